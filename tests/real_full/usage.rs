//! `usage list|show` on real Nova as python-openstackclient shows them
//! (hours grow while the test runs: compared to the hundredth, masked in
//! the decimals beyond), and the simulator's answers to the same requests
//! compared with real Nova's.

use super::*;
use moves::Run;

impl Nova {
    /// What `usage list|show` send.
    fn usages(&self, project: &str) -> Vec<Step> {
        let period = "start=2020-01-01T00:00:00&end=2099-01-01T00:00:00";
        [
            ("list, as OSC asks", format!("os-simple-tenant-usage?detailed=True&{period}")),
            ("list with servers", format!("os-simple-tenant-usage?detailed=1&{period}")),
            ("show", format!("os-simple-tenant-usage/{project}?{period}")),
            (
                "show, nothing then",
                format!("os-simple-tenant-usage/{project}?start=2020-01-01T00:00:00&end=2020-01-02T00:00:00"),
            ),
            ("a bad time (400)", format!("os-simple-tenant-usage/{project}?start=bogus")),
        ]
        .into_iter()
        .map(|(label, path)| {
            let (status, shape) = self.send(reqwest::Method::GET, &path, None);
            (label.to_string(), status, shape, String::new())
        })
        .collect()
    }
}

/// The figures that grow while the test runs, masked.
fn masked(text: &str) -> String {
    let mut out = String::new();
    let mut number = String::new();
    let flush = |number: &mut String, out: &mut String| {
        // A float: its digits after the first two decimals are masked.
        match number.split_once('.') {
            Some((_, decimals)) if decimals.len() > 2 => out.push('F'),
            _ => out.push_str(number),
        }
        number.clear();
    };
    for c in text.chars() {
        if c.is_ascii_digit() || (c == '.' && !number.is_empty()) {
            number.push(c);
        } else {
            flush(&mut number, &mut out);
            out.push(c);
        }
    }
    flush(&mut number, &mut out);
    out
}

#[test]
#[ignore = "needs real Nova, Neutron and Cinder: scripts/test-real.sh --full"]
fn usage_as_osc_shows_it_and_as_the_simulator_answers() {
    let f = Full::get();
    let (_, _, id) = f.booted("usage");
    let mut differ = Vec::new();
    for args in [
        vec!["usage", "list"],
        vec![
            "usage",
            "list",
            "--start",
            "2020-01-01",
            "--end",
            "2099-01-01",
        ],
        vec!["usage", "show"],
        vec![
            "usage",
            "show",
            "--project",
            "admin",
            "--start",
            "2020-01-01",
        ],
    ] {
        for format in ["table", "json", "value"] {
            if args[1] == "show" && format != "table" {
                continue;
            }
            let mut all = vec!["--os-cloud", "berlin"];
            all.extend(&args);
            all.extend(["-f", format]);
            let (want, got) = (masked(&f.osc(&all)), masked(&f.ok(&all)));
            // The hundredths may tick over between the two runs.
            let close = want.len() == got.len()
                && want
                    .lines()
                    .zip(got.lines())
                    .all(|(w, g)| w == g || w.contains('|'));
            if !close {
                differ.push(format!("{all:?}\n--- openstack\n{want}+++ oscope\n{got}"));
            }
        }
    }
    // `usage show -f json`: openstacksdk's server usages (less the name
    // it repeats, which JSON keeps once).
    let show = ["--os-cloud", "berlin", "usage", "show", "-f", "json"];
    let parse = |text: String| serde_json::from_str::<Value>(&text).unwrap();
    let (theirs, ours) = (parse(f.osc(&show)), parse(f.ok(&show)));
    let keys = |v: &Value| {
        v["Servers"][0]
            .as_object()
            .map(|o| o.keys().cloned().collect::<std::collections::BTreeSet<_>>())
    };
    assert_eq!(keys(&theirs), keys(&ours));
    assert_eq!(
        theirs["Servers"].as_array().map(Vec::len),
        ours["Servers"].as_array().map(Vec::len)
    );
    assert!(differ.is_empty(), "{}", differ.join("\n"));

    let project = |run: &Run| {
        let (code, out, err) = run(&[
            "--os-cloud",
            "berlin",
            "token",
            "issue",
            "-c",
            "project_id",
            "-f",
            "value",
        ]);
        assert_eq!(code, 0, "{err}");
        out.trim().to_string()
    };
    let sim = SimSandbox::named(&["berlin"]);
    let real = Nova::of(|args| f.run(args), "berlin");
    let simulated = Nova::of(|args| sim.run(args), "berlin");
    let real_steps = real.usages(&project(&|a: &[&str]| f.run(a)));
    let sim_steps = simulated.usages(&project(&|a: &[&str]| sim.run(a)));
    let problems = departures(&real_steps, &sim_steps);
    f.ok(&["--os-cloud", "berlin", "server", "delete", &id]);
    assert!(
        problems.is_empty(),
        "the simulator departs from real Nova:\n{}",
        problems.join("\n")
    );
}
