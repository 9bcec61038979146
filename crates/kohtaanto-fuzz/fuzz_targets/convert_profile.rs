//! Fuzz target `convert_profile`: arbitrary bytes decoded with prost as a
//! `kohtaanto.v1.JobseekerProfile` and converted to the domain at the server edge
//! (`profile_from_proto`, which validates).
//!
//! Nothing may panic; a rejection names a field; an accepted profile passes the domain's
//! validation and round-trips: to protobuf, encoded, decoded and converted again, it is equal.
#![no_main]

use kohtaanto_domain::Validate;
use kohtaanto_proto::v1 as pb;
use kohtaanto_server::convert::{profile_from_proto, profile_to_proto};
use libfuzzer_sys::fuzz_target;
use prost::Message;

fuzz_target!(|data: &[u8]| {
    let Ok(proto) = pb::JobseekerProfile::decode(data) else {
        return;
    };
    let profile = match profile_from_proto(proto) {
        Ok(profile) => profile,
        Err(error) => {
            assert!(!error.field.is_empty(), "a rejection must name the field: {error}");
            return;
        }
    };
    assert_eq!(profile.validate(), Ok(()));
    let encoded = profile_to_proto(profile.clone(), &[]).encode_to_vec();
    let decoded = pb::JobseekerProfile::decode(encoded.as_slice()).expect("our own encoding decodes");
    let again = profile_from_proto(decoded).expect("a converted profile converts again");
    assert_eq!(again, profile);
});
