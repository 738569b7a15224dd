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
    let certs: Vec<CertificateDer<'static>> =
        CertificateDer::pem_file_iter(fixtures().join("server.pem"))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
    let key = PrivateKeyDer::from_pem_file(fixtures().join("server.key")).unwrap();
    let provider = Arc::new(tokio_rustls::rustls::crypto::ring::default_provider());
    let config = tokio_rustls::rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .unwrap();
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

#[test]
fn tls_is_verified_unless_told_otherwise() {
    let sim = oscope_sim::BackgroundSim::start(oscope_sim::SimConfig::named(&["berlin"])).unwrap();
    let base = sim.site("berlin").base();
    let backend = base.trim_start_matches("http://").parse().unwrap();
    let port = tls_proxy(backend);
    let sandbox = Sandbox::new();
    let ca = fixtures().join("ca.pem");
    let cloud = |extra: &str| {
        format!(
            "clouds:\n  berlin:\n    auth:\n      auth_url: https://127.0.0.1:{port}/identity/v3\n      \
             username: admin\n      password: berlin-admin\n      project_name: admin\n      \
             user_domain_name: Default\n      project_domain_name: Default\n{extra}"
        )
    };
    let token = |yaml: &str, flags: &[&str]| {
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
    };

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

    // A CA that did not sign the server's certificate is no help.
    let other = sandbox.write(
        "other.pem",
        &std::fs::read_to_string(fixtures().join("server.pem")).unwrap(),
    );
    let (code, _, err) = token(&cloud(""), &["--os-cacert", other.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.contains("transport"), "{err}");
}
