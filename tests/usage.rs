//! `usage list|show` (issue 23) against the simulator: each site's
//! projects and hours for a period, deleted servers counted, as
//! python-openstackclient shows them; a failing site.

mod common;

use common::SimSandbox;
use oscope_sim::{Fault, FaultSpec};
use serde_json::Value;

fn sites() -> SimSandbox {
    SimSandbox::named(&["berlin", "denver"])
}

#[test]
fn usage_list_names_each_site_s_projects_and_sums_their_hours() {
    let s = sites();
    // The seeded servers run since 2026-01-01: a day of them in January.
    let day = ["--start", "2026-01-10", "--end", "2026-01-11"];
    let mut args = vec!["--os-scope", "berlin & denver", "usage", "list"];
    args.extend(day);
    let (code, out, err) = s.run(&args);
    assert_eq!(code, 0, "{err}");
    let mut lines = out.lines();
    assert_eq!(lines.next(), Some("Usage from 2026-01-10 to 2026-01-11: "));
    let table: Vec<&str> = lines.collect();
    assert_eq!(
        table[1],
        "| Site   | Project | Servers | RAM MB-Hours | CPU Hours | Disk GB-Hours |"
    );
    // Five servers (m1.tiny, small, medium, tiny, small) for 24 hours:
    // 9216 MB, 6 vCPUs, 82 GB; no server count without `detailed=1`.
    assert!(
        table[3].starts_with("| berlin | admin   |         | 221184.00    | 144.00    | 1968.00"),
        "{out}"
    );
    assert_eq!(table.len(), 6, "{out}");
    let mut json_args = args.clone();
    json_args.extend(["-f", "json"]);
    let (_, out, _) = s.run(&json_args);
    let rows: Value = serde_json::from_str(&out).unwrap();
    // Machine formats show the project's ID, not its name.
    assert_ne!(rows[0]["Project"], "admin");
    assert_eq!(rows[0]["CPU Hours"], 144.0);
    // A failing site: the other's rows, exit 3.
    s.sim
        .site("denver")
        .set_fault(Some(FaultSpec::always(Fault::ServerError)));
    let (code, out, err) = s.run(&args);
    assert_eq!(code, 3, "{err}");
    assert!(
        out.contains("| berlin |") && !out.contains("| denver |"),
        "{out}"
    );
}

#[test]
fn usage_show_counts_servers_deleted_ones_too() {
    let s = sites();
    let (code, _, err) = s.run(&["--os-cloud", "berlin", "server", "delete", "berlin-vm-000"]);
    assert_eq!(code, 0, "{err}");
    let show = [
        "--os-cloud",
        "berlin",
        "usage",
        "show",
        "--project",
        "admin",
        "-f",
        "json",
    ];
    let (code, out, err) = s.run(&show);
    assert_eq!(code, 0, "{err}");
    let usage: Value = serde_json::from_str(&out).unwrap();
    let servers = usage["Servers"].as_array().unwrap();
    assert_eq!(servers.len(), 5);
    let gone = servers
        .iter()
        .find(|u| u["name"] == "berlin-vm-000")
        .unwrap();
    assert_eq!(gone["state"], "terminated");
    // openstacksdk's names: project_id, and its id and location.
    assert!(
        gone.get("project_id").is_some() && gone["id"].is_null(),
        "{gone}"
    );
    let table = ["--os-cloud", "berlin", "usage", "show"];
    let (_, out, _) = s.run(&table);
    assert!(out.starts_with("Usage from "), "{out}");
    assert!(out.contains("| Servers       | 5 "), "{out}");
    // A period with nothing: Nova's empty usage.
    let (code, out, err) = s.run(&[
        "--os-cloud",
        "berlin",
        "usage",
        "show",
        "--start",
        "2020-01-01",
        "--end",
        "2020-01-02",
        "-f",
        "json",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("\"Servers\": null"), "{out}");
    let (code, _, err) = s.run(&["--os-cloud", "berlin", "usage", "list", "--start", "bogus"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("time data 'bogus' does not match format '%Y-%m-%d'"),
        "{err}"
    );
}
