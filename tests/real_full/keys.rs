//! `keypair create` without a public key on real Nova: the key made here
//! (Ed25519, as python-openstackclient makes it), its public half what
//! Nova holds, its output as OSC's.

use super::*;

#[test]
#[ignore = "needs real Nova, Neutron and Cinder: scripts/test-real.sh --full"]
fn a_key_made_here_is_imported_as_osc_imports_it() {
    let f = Full::get();
    let name = format!("made-{}", std::process::id());
    let private = f.ok(&["--os-cloud", "berlin", "keypair", "create", &name]);
    assert!(
        private.starts_with("-----BEGIN OPENSSH PRIVATE KEY-----\n"),
        "{private}"
    );
    assert!(
        private.ends_with("-----END OPENSSH PRIVATE KEY-----\n"),
        "{private}"
    );
    let public = f.osc(&[
        "--os-cloud",
        "berlin",
        "keypair",
        "show",
        "--public-key",
        &name,
    ]);
    assert!(public.starts_with("ssh-ed25519 "), "{public}");
    let show = [
        "--os-cloud",
        "berlin",
        "keypair",
        "show",
        &name,
        "-f",
        "json",
    ];
    let ours: Value = serde_json::from_str(&f.osc(&show)).unwrap();
    assert_eq!(ours["type"], "ssh");
    // OSC's own key of the same kind: the same fields, in the same form.
    let theirs_name = format!("{name}-osc");
    f.osc(&["--os-cloud", "berlin", "keypair", "create", &theirs_name]);
    let theirs_show = [
        "--os-cloud",
        "berlin",
        "keypair",
        "show",
        &theirs_name,
        "-f",
        "json",
    ];
    let theirs: Value = serde_json::from_str(&f.osc(&theirs_show)).unwrap();
    let keys = |v: &Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert_eq!(keys(&ours), keys(&theirs));
    let fingerprint = |v: &Value| v["fingerprint"].as_str().unwrap().len();
    assert_eq!(fingerprint(&ours), fingerprint(&theirs));
    // With --private-key: the file, and the key pair as OSC shows it.
    let file = f.sandbox.path().join("made.pem");
    let file = file.to_str().unwrap();
    let with_file = format!("{name}-file");
    let out = f.ok(&[
        "--os-cloud",
        "berlin",
        "keypair",
        "create",
        &with_file,
        "--private-key",
        file,
        "-f",
        "json",
    ]);
    let created: Value = serde_json::from_str(&out).unwrap();
    let osc_file = f.sandbox.path().join("osc.pem");
    let osc_with_file = format!("{name}-osc-file");
    let osc_out = f.osc(&[
        "--os-cloud",
        "berlin",
        "keypair",
        "create",
        &osc_with_file,
        "--private-key",
        osc_file.to_str().unwrap(),
        "-f",
        "json",
    ]);
    let osc_created: Value = serde_json::from_str(&osc_out).unwrap();
    assert_eq!(keys(&created), keys(&osc_created));
    assert!(
        std::fs::read_to_string(file)
            .unwrap()
            .starts_with("-----BEGIN OPENSSH PRIVATE KEY-----")
    );
    f.ok(&[
        "--os-cloud",
        "berlin",
        "keypair",
        "delete",
        &name,
        &theirs_name,
        &with_file,
        &osc_with_file,
    ]);
}
