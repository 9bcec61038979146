//! Fuzz target `convert_posting`: arbitrary bytes decoded with prost as a `kohtaanto.v1.JobPosting`
//! and converted to the domain at the server edge (`job_posting_from_proto`, which validates).
//!
//! Nothing may panic; a rejection names a field; an accepted posting passes the domain's
//! validation and round-trips: to protobuf, encoded, decoded and converted again, it is equal.
#![no_main]

use kohtaanto_domain::Validate;
use kohtaanto_proto::v1 as pb;
use kohtaanto_server::convert::{job_posting_from_proto, job_posting_to_proto};
use libfuzzer_sys::fuzz_target;
use prost::Message;

fuzz_target!(|data: &[u8]| {
    let Ok(proto) = pb::JobPosting::decode(data) else {
        return;
    };
    let posting = match job_posting_from_proto(proto) {
        Ok(posting) => posting,
        Err(error) => {
            assert!(!error.field.is_empty(), "a rejection must name the field: {error}");
            return;
        }
    };
    assert_eq!(posting.validate(), Ok(()));
    let encoded = job_posting_to_proto(posting.clone(), &[]).encode_to_vec();
    let decoded = pb::JobPosting::decode(encoded.as_slice()).expect("our own encoding decodes");
    let again = job_posting_from_proto(decoded).expect("a converted posting converts again");
    assert_eq!(again, posting);
});
