//! Any text through the scope parser and the error renderer: no panic, and a
//! scope that parses prints to text that parses to the same scope.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match oscope::scope::parse_scope(text) {
        Ok(scope) => {
            let printed = scope.to_string();
            let again = oscope::scope::parse_scope(&printed).expect("canonical text parses");
            assert_eq!(again, scope, "{printed}");
        }
        Err(error) => {
            let _ = error.to_string();
        }
    }
    let _ = oscope::scope::parse_expr(text).map_err(|e| e.to_string());
});
