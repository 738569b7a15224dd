//! The committed man page and completions match the clap definition.
//!
//! When they do not, this test rewrites them and fails, so that running it
//! again passes and `git diff` shows the change to commit. To regenerate on
//! purpose: `cargo test --test generated`.

use std::path::Path;

#[test]
fn generated_files_are_up_to_date() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut stale = Vec::new();
    for (relative, content) in oscope::docs::generated_files() {
        let path = root.join(relative);
        let current = std::fs::read_to_string(&path).unwrap_or_default();
        if current != content {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &content).unwrap();
            stale.push(relative);
        }
    }
    assert!(
        stale.is_empty(),
        "these generated files were stale and have been rewritten; commit them: {stale:?}"
    );
}

#[test]
fn generated_files_carry_no_date() {
    for (relative, content) in oscope::docs::generated_files() {
        assert!(
            !content.contains("2026") && !content.contains("2025"),
            "{relative} has a date"
        );
    }
}

#[test]
fn man_page_has_the_sections_users_look_for() {
    let man = oscope::docs::man_page();
    for section in [
        ".SH NAME",
        ".SH SYNOPSIS",
        ".SH OPTIONS",
        "SCOPE LANGUAGE",
        ".SH ENVIRONMENT",
        ".SH FILES",
        "EXIT STATUS",
    ] {
        assert!(man.contains(section), "man page lacks {section}");
    }
}
