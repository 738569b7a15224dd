//! TLS is verified unless the user says otherwise: a Keystone behind a
//! certificate no system trusts is refused, and accepted with its CA
//! (`--os-cacert`, `cacert:`) or with verification off (`--insecure`,
//! `verify: false`).
//!
//! The server is the simulator behind a TLS proxy on 127.0.0.1 that uses
//! the certificates of tests/fixtures/tls (made by its make.sh).

mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use common::{Sandbox, run};
use tokio::net::{TcpListener, TcpStream};
use tokio_rustls::TlsAcceptor;
use tokio_rustls::rustls::pki_types::pem::PemObject;
use tokio_rustls::rustls::pki_types::{CertificateDer, PrivateKeyDer};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tls")
}

/// Listens on 127.0.0.1 with TLS and passes every connection on to
/// `backend` in plain TCP. Returns the port; the proxy lives as long as the
/// test process.
fn tls_proxy(backend: std::net::SocketAddr) -> u16 {
    tls_proxy_with(backend, false)
}

/// [`tls_proxy`], asking clients for a certificate of the test client CA
/// when `mutual`.
fn tls_proxy_with(backend: std::net::SocketAddr, mutual: bool) -> u16 {
    use tokio_rustls::rustls;
    let pem = |name: &str| -> Vec<CertificateDer<'static>> {
        CertificateDer::pem_file_iter(fixtures().join(name))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    let certs = pem("server.pem");
    let key = PrivateKeyDer::from_pem_file(fixtures().join("server.key")).unwrap();
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = rustls::ServerConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .unwrap();
    let builder = if mutual {
        let mut roots = rustls::RootCertStore::empty();
        for cert in pem("client-ca.pem") {
            roots.add(cert).unwrap();
        }
        let verifier =
            rustls::server::WebPkiClientVerifier::builder_with_provider(Arc::new(roots), provider)
                .build()
                .unwrap();
        builder.with_client_cert_verifier(verifier)
    } else {
        builder.with_no_client_auth()
    };
    let config = builder.with_single_cert(certs, key).unwrap();
    let acceptor = TlsAcceptor::from(Arc::new(config));
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    listener.set_nonblocking(true).unwrap();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async move {
            let listener = TcpListener::from_std(listener).unwrap();
            loop {
                let Ok((client, _)) = listener.accept().await else {
                    continue;
                };
                let acceptor = acceptor.clone();
                tokio::spawn(async move {
                    // A client that refuses the certificate ends here.
                    let Ok(mut tls) = acceptor.accept(client).await else {
                        return;
                    };
                    let Ok(mut server) = TcpStream::connect(backend).await else {
                        return;
                    };
                    let _ = tokio::io::copy_bidirectional(&mut tls, &mut server).await;
                });
            }
        });
    });
    port
}

/// A clouds.yaml whose cloud `berlin` is the simulator's behind the TLS
/// proxy on `port`, with the cloud's lines `extra`.
fn berlin(port: u16, extra: &str) -> String {
    format!(
        "clouds:\n  berlin:\n    auth:\n      auth_url: https://127.0.0.1:{port}/identity/v3\n      \
         username: admin\n      password: berlin-admin\n      project_name: admin\n      \
         user_domain_name: Default\n      project_domain_name: Default\n{extra}"
    )
}

/// `token issue` at berlin of `yaml` with `flags`, no token cache.
fn token_issue(sandbox: &Sandbox, yaml: &str, flags: &[&str]) -> (i32, String, String) {
    let clouds = sandbox.write("clouds.yaml", yaml);
    let mut command = sandbox.oscope();
    command.env("OS_CLIENT_CONFIG_FILE", clouds);
    let args = [
        &["--os-cloud", "berlin", "--no-token-cache"][..],
        flags,
        &["token", "issue", "-f", "value", "-c", "project_id"],
    ]
    .concat();
    run(command, &args)
}

#[test]
fn tls_is_verified_unless_told_otherwise() {
    let sim = oscope_sim::BackgroundSim::start(oscope_sim::SimConfig::named(&["berlin"])).unwrap();
    let base = sim.site("berlin").base();
    let backend = base.trim_start_matches("http://").parse().unwrap();
    let port = tls_proxy(backend);
    let sandbox = Sandbox::new();
    let ca = fixtures().join("ca.pem");
    let cloud = |extra: &str| berlin(port, extra);
    let token = |yaml: &str, flags: &[&str]| token_issue(&sandbox, yaml, flags);

    let (code, out, err) = token(&cloud(""), &[]);
    assert_eq!(code, 1, "{out}");
    assert!(err.starts_with("oscope: berlin: transport: "), "{err}");
    assert!(err.contains("certificate"), "{err}");
    assert!(err.contains(&format!("https://127.0.0.1:{port}/")), "{err}");

    let ca = ca.to_str().unwrap();
    for (yaml, flags) in [
        (cloud(""), vec!["--os-cacert", ca]),
        (cloud(&format!("    cacert: {ca}\n")), vec![]),
    ] {
        let (code, out, err) = token(&yaml, &flags);
        assert_eq!((code, err.as_str()), (0, ""), "{flags:?}");
        assert_eq!(out.trim().len(), 36, "a project ID: {out}");
    }
    let (code, _, err) = token(&cloud(""), &["--insecure"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        err,
        "oscope: warning: TLS certificates are not verified (--insecure)\n"
    );
    let (code, _, err) = token(&cloud("    verify: false\n"), &[]);
    assert_eq!((code, err.as_str()), (0, ""));
    // `--verify` (python-openstackclient's) verifies all the same.
    let (code, _, err) = token(&cloud("    verify: false\n"), &["--verify"]);
    assert_eq!(code, 1);
    assert!(err.starts_with("oscope: berlin: transport: "), "{err}");

    // A CA that did not sign the server's certificate is no help.
    let other = sandbox.write(
        "other.pem",
        &std::fs::read_to_string(fixtures().join("server.pem")).unwrap(),
    );
    let (code, _, err) = token(&cloud(""), &["--os-cacert", other.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.contains("transport"), "{err}");
}

#[test]
fn a_client_certificate_is_sent_to_a_site_that_asks_for_one() {
    let sim = oscope_sim::BackgroundSim::start(oscope_sim::SimConfig::named(&["berlin"])).unwrap();
    let base = sim.site("berlin").base();
    let port = tls_proxy_with(base.trim_start_matches("http://").parse().unwrap(), true);
    let sandbox = Sandbox::new();
    let ca = fixtures().join("ca.pem");
    let (cert, key) = (fixtures().join("client.pem"), fixtures().join("client.key"));
    let (ca, cert, key) = (
        ca.to_str().unwrap(),
        cert.to_str().unwrap(),
        key.to_str().unwrap(),
    );
    let cloud = |extra: &str| berlin(port, &format!("    cacert: {ca}\n{extra}"));
    let token = |yaml: &str, flags: &[&str]| token_issue(&sandbox, yaml, flags);
    // Without one, the site's TLS refuses the connection.
    let (code, _, err) = token(&cloud(""), &[]);
    assert_eq!(code, 1);
    assert!(err.starts_with("oscope: berlin: transport: "), "{err}");
    for (yaml, flags) in [
        (cloud(""), vec!["--os-cert", cert, "--os-key", key]),
        (
            cloud(&format!("    cert: {cert}\n    key: {key}\n")),
            vec![],
        ),
    ] {
        let (code, out, err) = token(&yaml, &flags);
        assert_eq!((code, err.as_str()), (0, ""), "{flags:?}");
        assert_eq!(out.trim().len(), 36, "a project ID: {out}");
    }
    // The key in the certificate's file does as well.
    let both = sandbox.write(
        "both.pem",
        &(std::fs::read_to_string(cert).unwrap() + &std::fs::read_to_string(key).unwrap()),
    );
    let (code, _, err) = token(&cloud(""), &["--os-cert", both.to_str().unwrap()]);
    assert_eq!((code, err.as_str()), (0, ""));
    // A key alone, or a file that is not one, says so.
    let (code, _, err) = token(&cloud(""), &["--os-key", key]);
    assert_eq!(code, 1);
    assert!(err.contains("a key without its certificate"), "{err}");
    let (code, _, err) = token(&cloud(""), &["--os-cert", ca, "--os-key", ca]);
    assert_eq!(code, 1);
    assert!(err.contains("bad client certificate"), "{err}");
}
