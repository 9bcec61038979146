//! Fuzz target `extract`: arbitrary bytes, read as UTF-8 (lossily), through the embedded
//! taxonomy's skill extractor, then through the server's conversion to character offsets.
//!
//! The first byte picks the label language (none, en, fi, sv). Nothing may panic, and every
//! mention must be a real span of the input: non-empty, in bounds, on char boundaries, equal to
//! its `text`, in order and non-overlapping, naming a skill of the taxonomy; its character
//! offsets must count the characters before the byte offsets.
#![no_main]

use kohtaanto_server::convert::skill_mentions_to_proto;
use kohtaanto_taxonomy::{Lang, Taxonomy};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (selector, rest) = data.split_first().map_or((0, data), |(first, rest)| (*first, rest));
    let lang = match selector % 4 {
        0 => None,
        1 => Some(Lang::En),
        2 => Some(Lang::Fi),
        _ => Some(Lang::Sv),
    };
    let text = String::from_utf8_lossy(rest);
    let taxonomy = Taxonomy::embedded();
    let mentions = taxonomy.extractor().extract(taxonomy, &text, lang);

    let mut previous_end = 0;
    for mention in &mentions {
        assert!(mention.start < mention.end, "empty span {mention:?}");
        assert!(mention.end <= text.len(), "span past the end {mention:?}");
        assert!(text.is_char_boundary(mention.start), "start inside a char {mention:?}");
        assert!(text.is_char_boundary(mention.end), "end inside a char {mention:?}");
        assert_eq!(&text[mention.start..mention.end], mention.text, "text is not the span");
        assert!(mention.start >= previous_end, "out of order or overlapping {mention:?}");
        assert!(taxonomy.get(&mention.skill).is_some(), "unknown skill {mention:?}");
        previous_end = mention.end;
    }

    let converted = skill_mentions_to_proto(&text, &mentions);
    assert_eq!(converted.len(), mentions.len());
    for (proto, mention) in converted.iter().zip(&mentions) {
        assert_eq!(proto.start as usize, mention.start);
        assert_eq!(proto.end as usize, mention.end);
        assert_eq!(proto.char_start as usize, text[..mention.start].chars().count());
        assert_eq!(proto.char_end as usize, text[..mention.end].chars().count());
    }
});
