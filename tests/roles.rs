//! Roles across independent Keystones (issue 25) end to end against the
//! simulator: made, given and taken under one site, `&` and `|`, the names
//! looked up at each site, a name missing at a site that site's failure,
//! and role assignments listed with IDs and with names.

mod common;

use common::{SimSandbox, json_of};
use oscope_sim::{Fault, FaultSpec};

const BOTH: &str = "berlin & denver";

fn sites() -> SimSandbox {
    SimSandbox::named(&["berlin", "denver"])
}

#[test]
fn a_role_is_made_given_listed_and_taken_at_every_site() {
    let s = sites();
    let made = json_of(&s.ok(
        BOTH,
        &[
            "role",
            "create",
            "operator",
            "--description",
            "ops",
            "-f",
            "json",
        ],
    ));
    let made = made.as_array().expect("one per site");
    assert_eq!(made.len(), 2);
    let keys: Vec<&str> = made[0]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys, ["Site", "id", "name", "domain_id", "description"]);
    // --or-show: the existing one, not a failure.
    s.ok(BOTH, &["role", "create", "operator", "--or-show"]);
    let (code, _, err) = s.run(&["--os-scope", "berlin", "role", "create", "operator"]);
    assert_eq!(code, 1);
    assert!(err.contains("Duplicate entry"), "{err}");
    s.ok(BOTH, &["user", "create", "alice", "--project", "demo"]);
    s.ok(
        BOTH,
        &[
            "role",
            "add",
            "operator",
            "--user",
            "alice",
            "--project",
            "demo",
        ],
    );
    s.ok(
        BOTH,
        &[
            "role",
            "add",
            "member",
            "--user",
            "alice",
            "--domain",
            "default",
            "--inherited",
        ],
    );
    let named = s.ok(
        BOTH,
        &[
            "role",
            "assignment",
            "list",
            "--user",
            "alice",
            "--names",
            "-f",
            "value",
            "--sort-column",
            "Role",
        ],
    );
    assert_eq!(
        named,
        "berlin member alice@Default   Default  True\n\
         denver member alice@Default   Default  True\n\
         berlin operator alice@Default  demo@Default   False\n\
         denver operator alice@Default  demo@Default   False\n",
        "{named}"
    );
    // In effect, the domain's member role is on each of its projects.
    let effective = s.ok(
        "berlin",
        &[
            "role",
            "assignment",
            "list",
            "--user",
            "alice",
            "--project",
            "demo",
            "--effective",
            "--names",
            "-c",
            "Role",
            "-f",
            "value",
        ],
    );
    let mut roles: Vec<&str> = effective.lines().collect();
    roles.sort();
    // member implies reader, as in a fresh Keystone.
    assert_eq!(roles, ["member", "operator", "reader"]);
    // IDs without --names, as Keystone gives them.
    let ids = json_of(&s.ok(
        "denver",
        &[
            "role",
            "assignment",
            "list",
            "--role",
            "operator",
            "-f",
            "json",
        ],
    ));
    let role = s.ok(
        "denver",
        &["role", "show", "operator", "-f", "value", "-c", "id"],
    );
    assert_eq!(ids[0]["Role"], role.trim());
    assert_eq!(ids[0]["Inherited"], false);
    s.ok(
        BOTH,
        &[
            "role",
            "remove",
            "operator",
            "--user",
            "alice",
            "--project",
            "demo",
        ],
    );
    let left = s.ok(
        BOTH,
        &[
            "role",
            "assignment",
            "list",
            "--user",
            "alice",
            "--project",
            "demo",
            "-f",
            "value",
        ],
    );
    assert_eq!(left, "");
    // Taking it again: Keystone's 404, at each site.
    let (code, _, err) = s.run(&[
        "--os-scope",
        BOTH,
        "role",
        "remove",
        "operator",
        "--user",
        "alice",
        "--project",
        "demo",
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("Could not find role assignment"), "{err}");
    s.ok(BOTH, &["role", "delete", "operator"]);
    let roles = s.ok("berlin", &["role", "list", "-f", "value", "-c", "Name"]);
    assert!(!roles.contains("operator"), "{roles}");
}

#[test]
fn a_user_missing_at_one_site_fails_that_site_by_name() {
    let s = sites();
    s.ok("berlin", &["user", "create", "bob"]);
    let (code, _, err) = s.run(&[
        "--os-scope",
        BOTH,
        "role",
        "add",
        "member",
        "--user",
        "bob",
        "--project",
        "demo",
    ]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("denver") && err.contains("bob"), "{err}");
    let given = s.ok(
        "berlin",
        &[
            "role",
            "assignment",
            "list",
            "--user",
            "bob",
            "--names",
            "-c",
            "Project",
            "-f",
            "value",
        ],
    );
    assert_eq!(given, "demo@Default\n");
    // --atomic: all or nothing, berlin's role taken back.
    s.ok(
        "berlin",
        &[
            "role",
            "remove",
            "member",
            "--user",
            "bob",
            "--project",
            "demo",
        ],
    );
    let (code, _, err) = s.run(&[
        "--os-scope",
        BOTH,
        "role",
        "add",
        "member",
        "--user",
        "bob",
        "--project",
        "demo",
        "--atomic",
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("berlin: rolled back"), "{err}");
    let given = s.ok(
        "berlin",
        &["role", "assignment", "list", "--user", "bob", "-f", "value"],
    );
    assert_eq!(given, "");
}

#[test]
fn a_failing_site_costs_the_others_nothing() {
    let s = sites();
    s.sim
        .site("denver")
        .set_fault(Some(FaultSpec::always(Fault::ServerError)));
    let (code, out, err) = s.run(&[
        "--os-scope",
        BOTH,
        "role",
        "list",
        "-f",
        "value",
        "-c",
        "Name",
    ]);
    assert_eq!(code, 3, "{err}");
    assert!(out.contains("berlin admin"), "{out}");
    assert!(err.contains("denver"), "{err}");
    let (code, out, err) = s.run(&[
        "--os-scope",
        "denver | berlin",
        "role",
        "show",
        "reader",
        "-f",
        "value",
        "-c",
        "name",
    ]);
    assert_eq!((code, out.as_str()), (0, "berlin\nreader\n"), "{err}");
}

#[test]
fn domains_are_made_changed_and_deleted_once_disabled() {
    let s = sites();
    s.ok(BOTH, &["domain", "create", "acme", "--description", "d"]);
    s.ok(BOTH, &["domain", "create", "acme", "--or-show"]);
    let listed = s.ok(
        BOTH,
        &[
            "domain", "list", "--name", "acme", "-f", "value", "-c", "Name", "-c", "Enabled",
        ],
    );
    assert_eq!(listed, "berlin acme True\ndenver acme True\n");
    let shown = json_of(&s.ok("berlin", &["domain", "show", "acme", "-f", "json"]));
    let keys: Vec<&str> = shown
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys, ["id", "name", "enabled", "description", "options"]);
    // Keystone keeps an enabled domain.
    let (code, _, err) = s.run(&["--os-scope", BOTH, "domain", "delete", "acme"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("please disable it first"), "{err}");
    s.ok(
        BOTH,
        &["domain", "set", "acme", "--disable", "--name", "acme-old"],
    );
    let enabled = s.ok(
        "denver",
        &["domain", "list", "--enabled", "-f", "value", "-c", "Name"],
    );
    assert_eq!(enabled, "Default\n");
    s.ok(BOTH, &["domain", "delete", "acme-old"]);
    let left = s.ok(BOTH, &["domain", "list", "-f", "value", "-c", "Name"]);
    assert_eq!(left, "berlin Default\ndenver Default\n");
}

#[test]
fn groups_and_their_users_at_every_site() {
    let s = sites();
    s.ok(BOTH, &["group", "create", "ops", "--description", "d"]);
    s.ok(BOTH, &["group", "create", "ops", "--or-show"]);
    s.ok(BOTH, &["user", "create", "carol"]);
    s.ok(BOTH, &["group", "add", "user", "ops", "carol", "demo"]);
    let shown = json_of(&s.ok("berlin", &["group", "show", "ops", "-f", "json"]));
    let keys: Vec<&str> = shown
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys, ["description", "domain_id", "id", "name"]);
    let of_carol = s.ok(
        BOTH,
        &[
            "group", "list", "--user", "carol", "-f", "value", "-c", "Name",
        ],
    );
    assert_eq!(of_carol, "berlin ops\ndenver ops\n");
    let long = s.ok(
        "denver",
        &[
            "group", "list", "--long", "--domain", "default", "-f", "value",
        ],
    );
    assert!(long.ends_with(" ops default d\n"), "{long}");
    let (code, out, err) = s.run(&[
        "--os-scope",
        BOTH,
        "group",
        "contains",
        "user",
        "ops",
        "carol",
    ]);
    assert_eq!(
        (code, out.as_str()),
        (
            0,
            "berlin: carol in group ops\ndenver: carol in group ops\n"
        ),
        "{err}"
    );
    s.ok(BOTH, &["group", "remove", "user", "ops", "carol"]);
    let (code, out, err) = s.run(&[
        "--os-scope",
        "berlin",
        "group",
        "contains",
        "user",
        "ops",
        "carol",
    ]);
    assert_eq!((code, out.as_str()), (0, ""), "{err}");
    assert_eq!(err, "carol not in group ops\n");
    // A user missing at one site: that site's failure, OSC's count.
    s.ok("berlin", &["user", "create", "dave"]);
    let (code, _, err) = s.run(&["--os-scope", BOTH, "group", "add", "user", "ops", "dave"]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("denver") && err.contains("dave"), "{err}");
    let (code, _, err) = s.run(&[
        "--os-scope",
        "berlin",
        "group",
        "add",
        "user",
        "ops",
        "nobody",
        "dave",
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("1 of 2 users not added to group ops."),
        "{err}"
    );
    s.ok(BOTH, &["group", "set", "ops", "--name", "sre"]);
    s.ok(BOTH, &["group", "delete", "sre"]);
    let left = s.ok(BOTH, &["group", "list", "-f", "value"]);
    assert_eq!(left, "");
}

/// `--compare`: "is alice admin of demo at every site?", for a person (a
/// table of the rows and where each is missing) and for a script (exit 4
/// when a site misses one).
#[test]
fn the_sameness_view_shows_where_sites_differ() {
    let s = SimSandbox::named(&["berlin", "denver", "paris"]);
    let three = "berlin & denver & paris";
    s.ok(three, &["user", "create", "alice"]);
    s.ok(
        "berlin & denver",
        &[
            "role",
            "add",
            "admin",
            "--user",
            "alice",
            "--project",
            "demo",
        ],
    );
    let compare = |scope: &str, args: &[&str]| {
        let args = [&["--os-scope", scope][..], args, &["--compare"]].concat();
        s.run(&args)
    };
    let assignments = [
        "role",
        "assignment",
        "list",
        "--user",
        "alice",
        "--names",
        "-f",
        "value",
        "-c",
        "Role",
        "-c",
        "Project",
    ];
    let (code, out, err) = compare(three, &assignments);
    assert_eq!(code, 4, "{err}");
    assert_eq!(out, "admin demo@Default ['berlin', 'denver'] ['paris']\n");
    let (code, table, _) = compare(
        three,
        &[
            "role",
            "assignment",
            "list",
            "--user",
            "alice",
            "--names",
            "-c",
            "Role",
            "-c",
            "Project",
        ],
    );
    assert_eq!(code, 4);
    assert!(
        table.contains("| admin | demo@Default | berlin, denver | paris   |"),
        "{table}"
    );
    // Made the same: exit 0, nothing missing.
    s.ok(
        "paris",
        &[
            "role",
            "add",
            "admin",
            "--user",
            "alice",
            "--project",
            "demo",
        ],
    );
    let (code, out, err) = compare(three, &assignments);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "admin demo@Default ['berlin', 'denver', 'paris'] []\n");

    // Users (their IDs differ by site, so they are left out) and groups'
    // members.
    s.ok("berlin", &["user", "create", "bob"]);
    let (code, out, _) = compare(three, &["user", "list", "-f", "json"]);
    assert_eq!(code, 4);
    let users = json_of(&out);
    let bob = users
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["Name"] == "bob")
        .unwrap();
    assert_eq!(
        bob.as_object().unwrap().keys().collect::<Vec<_>>(),
        ["Name", "Sites", "Missing"]
    );
    assert_eq!(bob["Missing"], serde_json::json!(["denver", "paris"]));
    s.ok(three, &["group", "create", "ops"]);
    s.ok("berlin & paris", &["group", "add", "user", "ops", "alice"]);
    let (code, out, _) = compare(three, &["user", "list", "--group", "ops", "-f", "value"]);
    assert_eq!(code, 4);
    assert_eq!(out, "alice ['berlin', 'paris'] ['denver']\n");

    // A failing site: the others are compared, and the exit says partial.
    s.sim
        .site("paris")
        .set_fault(Some(FaultSpec::always(Fault::ServerError)));
    let (code, out, _) = compare(three, &["user", "list", "--group", "ops", "-f", "value"]);
    assert_eq!(code, 3);
    assert_eq!(out, "alice ['berlin'] ['denver']\n");
}

/// `role add|remove --group`: a group's role at every site, listed by
/// group and, with `--effective`, as each member's.
#[test]
fn a_group_is_given_a_role_at_every_site() {
    let s = sites();
    s.ok(BOTH, &["user", "create", "carol"]);
    s.ok(BOTH, &["group", "create", "ops"]);
    s.ok(BOTH, &["group", "add", "user", "ops", "carol"]);
    s.ok(
        BOTH,
        &[
            "role",
            "add",
            "member",
            "--group",
            "ops",
            "--project",
            "demo",
        ],
    );
    let by_group = s.ok(
        BOTH,
        &[
            "role",
            "assignment",
            "list",
            "--group",
            "ops",
            "--names",
            "-f",
            "value",
            "-c",
            "Role",
            "-c",
            "User",
            "-c",
            "Group",
            "-c",
            "Project",
        ],
    );
    assert_eq!(
        by_group,
        "berlin member  ops@Default demo@Default\ndenver member  ops@Default demo@Default\n"
    );
    let effective = s.ok(
        BOTH,
        &[
            "role",
            "assignment",
            "list",
            "--user",
            "carol",
            "--effective",
            "--names",
            "-f",
            "value",
            "-c",
            "Role",
            "-c",
            "User",
            "-c",
            "Project",
        ],
    );
    assert_eq!(
        effective,
        "berlin member carol@Default demo@Default\nberlin reader carol@Default demo@Default\n\
         denver member carol@Default demo@Default\ndenver reader carol@Default demo@Default\n",
        "the group's role and the role it implies"
    );
    // Not the user's own: without --effective there is none.
    let own = s.ok(
        BOTH,
        &[
            "role",
            "assignment",
            "list",
            "--user",
            "carol",
            "-f",
            "value",
        ],
    );
    assert_eq!(own, "");
    // `|`: the first site that serves.
    s.ok(
        "berlin | denver",
        &[
            "role",
            "remove",
            "member",
            "--group",
            "ops",
            "--project",
            "demo",
        ],
    );
    let left = s.ok(
        BOTH,
        &[
            "role",
            "assignment",
            "list",
            "--group",
            "ops",
            "--names",
            "-f",
            "value",
            "-c",
            "Role",
        ],
    );
    assert_eq!(left, "denver member\n");
    // A group missing at a site is that site's failure, by name.
    s.ok("berlin", &["group", "create", "audit"]);
    let (code, _, err) = s.run(&[
        "--os-scope",
        BOTH,
        "role",
        "add",
        "reader",
        "--group",
        "audit",
        "--domain",
        "default",
    ]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("denver") && err.contains("audit"), "{err}");
}

/// `implied role list|create|delete`: a fresh Keystone's admin → member →
/// reader, and one more at every site.
#[test]
fn implied_roles_are_listed_made_and_deleted_at_every_site() {
    let s = sites();
    let listed = s.ok(
        "berlin",
        &[
            "implied",
            "role",
            "list",
            "-f",
            "value",
            "-c",
            "Prior Role Name",
            "-c",
            "Implied Role Name",
        ],
    );
    assert_eq!(listed, "admin member\nmember reader\n");
    s.ok(BOTH, &["role", "create", "auditor"]);
    let made = json_of(&s.ok(
        BOTH,
        &[
            "implied",
            "role",
            "create",
            "auditor",
            "--implied-role",
            "reader",
            "-f",
            "json",
        ],
    ));
    let made = made.as_array().expect("one per site");
    assert_eq!(made.len(), 2);
    assert_eq!(
        made[0].as_object().unwrap().keys().collect::<Vec<_>>(),
        ["Site", "implies", "prior_role"]
    );
    let listed = s.ok(
        BOTH,
        &[
            "implied",
            "role",
            "list",
            "-f",
            "value",
            "-c",
            "Prior Role Name",
            "-c",
            "Implied Role Name",
        ],
    );
    assert!(listed.contains("berlin auditor reader\n"), "{listed}");
    assert!(listed.contains("denver auditor reader\n"), "{listed}");
    // Whoever is given auditor holds reader in effect.
    s.ok("berlin", &["user", "create", "dave"]);
    s.ok(
        "berlin",
        &[
            "role",
            "add",
            "auditor",
            "--user",
            "dave",
            "--project",
            "demo",
        ],
    );
    let effective = s.ok(
        "berlin",
        &[
            "role",
            "assignment",
            "list",
            "--user",
            "dave",
            "--effective",
            "--names",
            "-f",
            "value",
            "-c",
            "Role",
        ],
    );
    assert_eq!(effective, "auditor\nreader\n");
    // `|`: deleted at the first site only; a missing one is a 404.
    s.ok(
        "berlin | denver",
        &[
            "implied",
            "role",
            "delete",
            "auditor",
            "--implied-role",
            "reader",
        ],
    );
    let (code, _, err) = s.run(&[
        "--os-scope",
        "berlin",
        "implied",
        "role",
        "delete",
        "auditor",
        "--implied-role",
        "reader",
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("404"), "{err}");
    s.sim
        .site("denver")
        .set_fault(Some(FaultSpec::always(Fault::ServerError)));
    let (code, out, err) = s.run(&[
        "--os-scope",
        BOTH,
        "implied",
        "role",
        "list",
        "-f",
        "value",
        "-c",
        "Prior Role Name",
    ]);
    assert_eq!(code, 3, "{err}");
    assert_eq!(out, "berlin admin\nberlin member\n");
}

/// `user list --project`: the users with a role on the project at each
/// site, and `--enabled`/`--disabled`.
#[test]
fn the_users_of_a_project_at_every_site() {
    let s = sites();
    s.ok(BOTH, &["project", "create", "acme"]);
    s.ok(BOTH, &["user", "create", "frank"]);
    s.ok("berlin", &["user", "create", "grace", "--disable"]);
    s.ok(
        BOTH,
        &[
            "role",
            "add",
            "member",
            "--user",
            "frank",
            "--project",
            "acme",
        ],
    );
    s.ok(
        "berlin",
        &[
            "role",
            "add",
            "reader",
            "--user",
            "grace",
            "--project",
            "acme",
        ],
    );
    s.ok(
        "berlin",
        &[
            "role",
            "add",
            "admin",
            "--user",
            "frank",
            "--project",
            "acme",
        ],
    );
    let users = s.ok(
        BOTH,
        &[
            "user",
            "list",
            "--project",
            "acme",
            "-f",
            "value",
            "-c",
            "Name",
            "--sort-column",
            "Name",
        ],
    );
    assert_eq!(users, "berlin frank\ndenver frank\nberlin grace\n");
    let disabled = s.ok(
        BOTH,
        &["user", "list", "--disabled", "-f", "value", "-c", "Name"],
    );
    assert_eq!(disabled, "berlin grace\n");
    let (code, _, err) = s.run(&["--os-scope", BOTH, "user", "list", "--project", "nowhere"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("nowhere"), "{err}");
}

/// `--system`, and names looked up in a domain (`--user-domain`,
/// `--project-domain`), and `--auth-user`/`--auth-project`.
#[test]
fn system_roles_and_names_in_other_domains() {
    let s = sites();
    s.ok(BOTH, &["domain", "create", "acme"]);
    s.ok(BOTH, &["user", "create", "hal"]);
    s.ok(BOTH, &["user", "create", "hal", "--domain", "acme"]);
    s.ok(
        BOTH,
        &[
            "role",
            "add",
            "reader",
            "--system",
            "all",
            "--user",
            "hal",
            "--user-domain",
            "acme",
        ],
    );
    let system = s.ok(
        BOTH,
        &[
            "role",
            "assignment",
            "list",
            "--system",
            "all",
            "--names",
            "-f",
            "value",
            "-c",
            "Role",
            "-c",
            "User",
            "-c",
            "System",
        ],
    );
    assert_eq!(
        system,
        "berlin reader hal@acme all\ndenver reader hal@acme all\n"
    );
    // Without the domain the name is ambiguous: that site's failure.
    let (code, _, err) = s.run(&[
        "--os-scope",
        "berlin",
        "role",
        "add",
        "member",
        "--user",
        "hal",
        "--project",
        "demo",
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("More than one user"), "{err}");
    s.ok(
        "berlin | denver",
        &[
            "role",
            "add",
            "member",
            "--user",
            "hal",
            "--user-domain",
            "Default",
            "--project",
            "demo",
            "--project-domain",
            "default",
        ],
    );
    let on_demo = s.ok(
        BOTH,
        &[
            "role",
            "assignment",
            "list",
            "--user",
            "hal",
            "--user-domain",
            "Default",
            "--names",
            "-f",
            "value",
            "-c",
            "Project",
        ],
    );
    assert_eq!(on_demo, "berlin demo@Default\n");
    let mine = s.ok(
        "denver",
        &[
            "role",
            "assignment",
            "list",
            "--auth-user",
            "--auth-project",
            "--names",
            "-f",
            "value",
            "-c",
            "Role",
            "-c",
            "User",
            "-c",
            "Project",
        ],
    );
    assert_eq!(
        mine,
        "admin admin@Default admin@Default\nmember admin@Default admin@Default\n"
    );
    s.ok(
        BOTH,
        &[
            "role",
            "remove",
            "reader",
            "--system",
            "all",
            "--user",
            "hal",
            "--user-domain",
            "acme",
        ],
    );
    assert_eq!(
        s.ok(
            BOTH,
            &[
                "role",
                "assignment",
                "list",
                "--system",
                "all",
                "-f",
                "value"
            ]
        ),
        ""
    );
}
