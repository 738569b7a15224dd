//! Any bytes as clouds.yaml, secure.yaml and oscope's config.yaml (split at
//! 0xFF bytes): loaded, every site's settings built, `*` and every group
//! resolved. No panic.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| oscope::fuzzing::config(data));
