//! Any bytes as a service's answer: its error message, a page of every
//! resource's list and a single item, rendered in every format. No panic.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| oscope::fuzzing::answer(data));
