//! The fault matrix: one faulty site among healthy ones, for `&` and for
//! `|`, for every fault the simulator can inject. Each case checks that
//! the healthy sites' rows are printed, the faulty site is named with its
//! failure class, the exit status is SPEC §5's, nothing panics, and the
//! command ends within its deadline plus a margin (a bound on hanging, not
//! a measure of speed).

mod common;

use std::time::{Duration, Instant};

use common::SimSandbox;
use oscope_sim::{Fault, FaultSpec, Service};

/// Each site's deadline in these cases.
const DEADLINE: &str = "2";

/// What a slow machine may add to the deadline: start-up, the healthy
/// sites, and a faulty site's connection being torn down.
const MARGIN: Duration = Duration::from_secs(10);

struct Case {
    fault: Fault,
    /// The service that misbehaves; `None` for the whole site (Keystone
    /// included), as a dead or hung host does.
    service: Option<Service>,
    /// How the failed site's line begins after `oscope: b: `.
    class: &'static str,
}

fn cases() -> Vec<Case> {
    let image = Some(Service::Image);
    vec![
        Case {
            fault: Fault::Refused,
            service: None,
            class: "transport: ",
        },
        Case {
            fault: Fault::Hang,
            service: None,
            class: "timeout: no answer within 2s",
        },
        Case {
            fault: Fault::ServerError,
            service: image,
            class: "server: HTTP 500",
        },
        Case {
            fault: Fault::Unavailable { retry_after: 0 },
            service: image,
            class: "server: HTTP 503",
        },
        Case {
            fault: Fault::ExpiredToken,
            service: image,
            class: "auth: HTTP 401",
        },
        Case {
            fault: Fault::MalformedJson,
            service: image,
            class: "server: HTTP 200",
        },
        Case {
            fault: Fault::Truncated,
            service: image,
            class: "transport: ",
        },
        Case {
            fault: Fault::Huge { bytes: 100 << 20 },
            service: image,
            class: "server: HTTP 200",
        },
        Case {
            fault: Fault::Drip {
                interval: Duration::from_millis(100),
            },
            service: image,
            class: "timeout: no answer within 2s",
        },
    ]
}

fn run(s: &SimSandbox, scope: &str) -> (i32, String, String, Duration) {
    let started = Instant::now();
    let (code, out, err) = s.run(&[
        "--os-scope",
        scope,
        "--timeout",
        DEADLINE,
        "image",
        "list",
        "-f",
        "value",
        "-c",
        "Name",
    ]);
    (code, out, err, started.elapsed())
}

#[test]
fn every_fault_under_and_and_or() {
    let deadline = Duration::from_secs(DEADLINE.parse().unwrap());
    for case in cases() {
        let s = SimSandbox::named(&["a", "b", "c"]);
        s.sim.site("b").set_fault(Some(FaultSpec {
            fault: case.fault.clone(),
            service: case.service,
            remaining: None,
        }));
        let what = format!("{:?}", case.fault);
        let line = format!("oscope: b: {}", case.class);

        // a & b & c: a's and c's rows, b named, exit 3.
        let (code, out, err, took) = run(&s, "a & b & c");
        assert_eq!(code, 3, "{what}: {err}");
        let rows: Vec<&str> = out.lines().collect();
        assert_eq!(
            rows,
            [
                "a cirros",
                "a image-001",
                "a image-002",
                "c cirros",
                "c image-001",
                "c image-002"
            ],
            "{what}"
        );
        let lines: Vec<&str> = err.lines().collect();
        assert_eq!(lines.len(), 1, "{what}: one line for b: {err}");
        assert!(lines[0].starts_with(&line), "{what}: {err}");
        assert!(!err.contains("panicked"), "{what}: {err}");
        assert!(took < deadline + MARGIN, "{what}: took {took:?}");

        // b | a: b fails, a serves, exit 0.
        let (code, out, err, took) = run(&s, "b | a");
        assert_eq!(code, 0, "{what}: {err}");
        assert_eq!(out, "a cirros\na image-001\na image-002\n", "{what}");
        assert!(err.starts_with(&line), "{what}: {err}");
        assert!(err.trim_end().ends_with("(failed over)"), "{what}: {err}");
        assert!(took < deadline + MARGIN, "{what}: took {took:?}");

        // b alone: nothing served, exit 1.
        let (code, out, err, _) = run(&s, "b");
        assert_eq!((code, out.as_str()), (1, ""), "{what}: {err}");
        assert!(err.starts_with(&line), "{what}: {err}");
    }
}

#[test]
fn an_oversized_answer_is_capped_not_read() {
    let s = SimSandbox::named(&["a", "b"]);
    s.sim.site("b").set_fault(Some(FaultSpec {
        fault: Fault::Huge { bytes: 100 << 20 },
        service: Some(Service::Image),
        remaining: None,
    }));
    let (code, _, err, _) = run(&s, "a & b");
    assert_eq!(code, 3);
    assert!(
        err.contains("the answer is larger than 64 MiB"),
        "the documented cap: {err}"
    );
}

/// A kept connection the server closes as it is reused (its keep-alive ran
/// out) fails one read: an idempotent read is sent once more, and the
/// command does not fail; a second failure in a row fails the site.
#[test]
fn a_read_cut_short_once_is_sent_again() {
    let s = SimSandbox::named(&["a"]);
    let once = |remaining| {
        s.sim.site("a").set_fault(Some(FaultSpec {
            fault: Fault::Truncated,
            service: Some(Service::Image),
            remaining: Some(remaining),
        }));
    };
    once(1);
    let before = s.requests("a", "GET /image/v2/images");
    let (code, out, err, _) = run(&s, "a");
    assert_eq!(code, 0, "{err}");
    assert!(!out.is_empty());
    assert_eq!(s.requests("a", "GET /image/v2/images"), before + 2);
    once(2);
    let (code, _, err, _) = run(&s, "a");
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("a: transport: "), "{err}");
}
