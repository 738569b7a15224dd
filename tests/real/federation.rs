//! Federated sign-in through the simulator's identity provider, by
//! python-openstackclient (keystoneauth's `v3oidc*` plugins and its SAML
//! ECP plugin, `v3samlpassword`) and by oscope: keystoneauth accepting the
//! simulator's provider, service provider and `OS-FEDERATION` answers is
//! what shows they have the real shapes, and both clients must land on the
//! same federated user and project.

use super::*;

#[test]
#[ignore = "needs python-openstackclient: scripts/test-real.sh"]
fn python_openstackclient_signs_in_through_the_simulators_provider() {
    let osc = std::env::var("OSCOPE_REALSTACK_OSC")
        .expect("OSCOPE_REALSTACK_OSC: run with scripts/test-real.sh");
    let sim = common::SimSandbox::named(&["berlin"]);
    let idp = sim.sim.idp().clone();
    let site = sim.sim.site("berlin");
    let discovery = format!("{}/idp/.well-known/openid-configuration", site.base());
    let client = "client_id: oscope\n      client_secret: oscope-secret";
    let (osc_code, oscope_code) = (idp.code_for("alice"), idp.code_for("alice"));
    let token = idp.token_for("bob");
    let grants = [
        (
            "v3oidcpassword",
            format!("{client}\n      username: alice\n      password: alice-pw"),
        ),
        ("v3oidcclientcredentials", client.to_string()),
        ("v3oidcaccesstoken", format!("access_token: {token}")),
        ("v3oidcdeviceauthz", "client_id: oscope-cli".to_string()),
    ];
    let mut clouds = String::from("clouds:\n");
    let cloud = |name: &str, auth_type: &str, keys: &str| {
        format!(
            "  {name}:\n    auth_type: {auth_type}\n    auth:\n      auth_url: {}\n      \
             identity_provider: myidp\n      protocol: openid\n      discovery_endpoint: {discovery}\n      \
             project_name: demo\n      project_domain_name: Default\n      {keys}\n",
            site.auth_url()
        )
    };
    for (auth_type, keys) in &grants {
        clouds += &cloud(auth_type, auth_type, keys);
    }
    for (name, code) in [("osc-code", &osc_code), ("oscope-code", &oscope_code)] {
        let keys =
            format!("{client}\n      code: {code}\n      redirect_uri: http://127.0.0.1:8080/");
        clouds += &cloud(name, "v3oidcauthcode", &keys);
    }
    clouds += &format!(
        "  v3samlpassword:\n    auth_type: v3samlpassword\n    auth:\n      auth_url: {}\n      \
         identity_provider: myidp\n      protocol: saml2\n      identity_provider_url: {}{}\n      \
         username: bob\n      password: bob-pw\n      project_name: demo\n      \
         project_domain_name: Default\n",
        site.auth_url(),
        site.base(),
        oscope_sim::saml::ECP_PATH
    );
    let file = sim.sandbox.write("federated.yaml", &clouds);
    // The user at the device flow's verification URI, while either client
    // waits (bounded: the test's clients stop within their deadlines).
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let approver = {
        let (done, idp) = (done.clone(), idp.clone());
        std::thread::spawn(move || {
            while !done.load(std::sync::atomic::Ordering::Relaxed) {
                idp.approve_devices("alice");
                std::thread::sleep(std::time::Duration::from_millis(100));
            }
        })
    };
    let args = |cloud: &str| {
        vec![
            "--os-cloud".to_string(),
            cloud.to_string(),
            "token".into(),
            "issue".into(),
            "-f".into(),
            "value".into(),
            "-c".into(),
            "user_id".into(),
            "-c".into(),
            "project_id".into(),
        ]
    };
    let mut problems = Vec::new();
    let pairs = grants
        .iter()
        .map(|(t, _)| (t.to_string(), t.to_string()))
        .chain([
            ("osc-code".to_string(), "oscope-code".to_string()),
            ("v3samlpassword".to_string(), "v3samlpassword".to_string()),
        ]);
    for (osc_cloud, oscope_cloud) in pairs {
        let by_osc = Command::new(&osc)
            .args(args(&osc_cloud))
            .env("OS_CLIENT_CONFIG_FILE", &file)
            .output()
            .unwrap();
        let mut command = sim.oscope();
        command.env("OS_CLIENT_CONFIG_FILE", &file);
        let by_oscope = command.args(args(&oscope_cloud)).output().unwrap();
        let (want, got) = (
            String::from_utf8_lossy(&by_osc.stdout).to_string(),
            String::from_utf8_lossy(&by_oscope.stdout).to_string(),
        );
        if !by_osc.status.success() || want != got || want.is_empty() {
            problems.push(format!(
                "{osc_cloud}: openstack {:?} printed {want:?} ({}), oscope {:?} printed {got:?} ({})",
                by_osc.status.code(),
                String::from_utf8_lossy(&by_osc.stderr).lines().last().unwrap_or_default(),
                by_oscope.status.code(),
                String::from_utf8_lossy(&by_oscope.stderr).lines().last().unwrap_or_default(),
            ));
        }
    }
    done.store(true, std::sync::atomic::Ordering::Relaxed);
    approver.join().unwrap();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert_eq!(idp.saml_sign_ins(), 2, "each client signed in by ECP");
}
