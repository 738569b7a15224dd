//! `console url show` on real Nova as python-openstackclient shows it, and
//! the simulator's answers to the same requests compared with real Nova's.

use super::*;

impl Nova {
    /// What `console url show` sends for each console type.
    fn consoles(&self, id: &str) -> Vec<Step> {
        let path = format!("servers/{id}/remote-consoles");
        [
            ("novnc", "vnc", "novnc"),
            ("spice, not enabled (400)", "spice", "spice-html5"),
            ("serial, not enabled (400)", "serial", "serial"),
            ("xvpvnc, gone (400)", "vnc", "xvpvnc"),
        ]
        .into_iter()
        .map(|(label, protocol, kind)| {
            let body = json!({"remote_console": {"protocol": protocol, "type": kind}});
            let (status, shape) = self.send(reqwest::Method::POST, &path, Some(&body));
            (label.to_string(), status, shape, String::new())
        })
        .collect()
    }
}

#[test]
#[ignore = "needs real Nova, Neutron and Cinder: scripts/test-real.sh --full"]
fn console_urls_as_osc_shows_them_and_as_the_simulator_answers() {
    let f = Full::get();
    let (_, name, id) = f.booted("console");
    // Each URL holds a new token: compare all but the token.
    let token = |text: String| {
        let at = text.find("token%3D").map_or(text.len(), |i| i + 8);
        let end = text[at..]
            .find(|c: char| !(c.is_ascii_hexdigit() || c == '-'))
            .map_or(text.len(), |n| at + n);
        format!("{}TOKEN{}", &text[..at], &text[end..])
    };
    for format in ["table", "json", "value", "shell"] {
        let args = [
            "--os-cloud",
            "berlin",
            "console",
            "url",
            "show",
            &name,
            "-f",
            format,
        ];
        assert_eq!(token(f.osc(&args)), token(f.ok(&args)), "{args:?}");
    }
    let (code, _, err) = f.run(&[
        "--os-cloud",
        "berlin",
        "console",
        "url",
        "show",
        "--spice",
        &name,
    ]);
    assert_eq!(code, 1);
    assert!(
        err.contains("Unavailable console type spice-html5."),
        "{err}"
    );

    let real = Nova::of(|args| f.run(args), "berlin");
    let sim = SimSandbox::named(&["berlin"]);
    let (code, sim_id, err) = sim.run(&[
        "--os-cloud",
        "berlin",
        "server",
        "show",
        "berlin-vm-000",
        "-f",
        "value",
        "-c",
        "id",
    ]);
    assert_eq!(code, 0, "{err}");
    let simulated = Nova::of(|args| sim.run(args), "berlin");
    let (real_steps, sim_steps) = (real.consoles(&id), simulated.consoles(sim_id.trim()));
    let problems = departures(&real_steps, &sim_steps);
    f.ok(&["--os-cloud", "berlin", "server", "delete", &id]);
    assert!(
        problems.is_empty(),
        "the simulator departs from real Nova:\n{}",
        problems.join("\n")
    );
}
