//! oscope's output against python-openstackclient's, recorded from OSC
//! 10.2.1 pointed at the simulator (`tests/golden/record.sh`): one site,
//! so the bytes must be the same.

mod common;

use common::SimSandbox;

#[test]
fn output_matches_python_openstackclient() {
    let s = SimSandbox::named(&["berlin"]);
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let cases = std::fs::read_to_string(dir.join("cases.txt")).unwrap();
    let mut checked = 0;
    let mut failures = Vec::new();
    for line in cases
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let (name, args) = line.split_once('|').unwrap();
        let (name, args) = (name.trim(), args.split_whitespace().collect::<Vec<_>>());
        let want = std::fs::read_to_string(dir.join(format!("{name}.txt"))).unwrap();
        let (code, out, err) = s.run(&[&["--os-cloud", "berlin"][..], &args].concat());
        if code != 0 || out != want {
            failures.push(format!(
                "{name} (exit {code}, {err}):\n--- OSC\n{want}+++ oscope\n{out}"
            ));
        }
        checked += 1;
    }
    assert!(checked >= 20);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
