//! Roles on real Keystone: made and given by oscope at two sites, listed
//! and shown byte for byte as python-openstackclient shows them, and the
//! simulator's answers to the same requests compared with real Keystone's.

use super::*;

impl Nova {
    /// What `role create|delete`, `role add|remove` and `role assignment
    /// list` send, and Keystone's refusals.
    fn roles(&self, name: &str) -> Vec<Step> {
        use reqwest::Method;
        let v3 = self.v3();
        let id_of = |path: &str, key: &str| {
            let (_, listed) = self.send_raw(Method::GET, &format!("{v3}{path}"), None);
            listed[key][0]["id"]
                .as_str()
                .unwrap_or_default()
                .to_string()
        };
        // The demo user: taking a user out of a group revokes its tokens.
        let user = id_of("users?name=demo", "users");
        let project = id_of("projects?name=demo", "projects");
        let mut steps = Vec::new();
        let body = json!({"role": {"name": name}});
        let (status, made) = self.send_raw(Method::POST, &format!("{v3}roles"), Some(&body));
        steps.push(("create".into(), status, shape(&made), String::new()));
        let role = made["role"]["id"].as_str().unwrap_or_default().to_string();
        let on_project = format!("projects/{project}/users/{user}/roles/{role}");
        let inherited =
            format!("OS-INHERIT/domains/default/users/{user}/roles/{role}/inherited_to_projects");
        for (label, method, path, body) in [
            (
                "create again (409)",
                Method::POST,
                "roles".to_string(),
                Some(body.clone()),
            ),
            ("show", Method::GET, format!("roles/{role}"), None),
            (
                "a missing one (404)",
                Method::GET,
                "roles/nope".to_string(),
                None,
            ),
            (
                "list by name",
                Method::GET,
                format!("roles?name={name}"),
                None,
            ),
            (
                "give it on a project",
                Method::PUT,
                on_project.clone(),
                None,
            ),
            ("give it again", Method::PUT, on_project.clone(), None),
            (
                "give it to the domain's projects",
                Method::PUT,
                inherited.clone(),
                None,
            ),
            (
                "give a missing role (404)",
                Method::PUT,
                format!("projects/{project}/users/{user}/roles/nope"),
                None,
            ),
            (
                "assignments",
                Method::GET,
                format!("role_assignments?role.id={role}"),
                None,
            ),
            (
                "assignments with names",
                Method::GET,
                format!("role_assignments?role.id={role}&include_names=True"),
                None,
            ),
            (
                "effective assignments",
                Method::GET,
                format!("role_assignments?role.id={role}&effective=True&include_names=True"),
                None,
            ),
            (
                "inherited assignments",
                Method::GET,
                format!("role_assignments?role.id={role}&scope.OS-INHERIT:inherited_to=projects"),
                None,
            ),
            ("take it", Method::DELETE, on_project.clone(), None),
            (
                "take it again (404)",
                Method::DELETE,
                on_project.clone(),
                None,
            ),
            (
                "take the inherited one",
                Method::DELETE,
                inherited.clone(),
                None,
            ),
            ("delete", Method::DELETE, format!("roles/{role}"), None),
            (
                "delete again (404)",
                Method::DELETE,
                format!("roles/{role}"),
                None,
            ),
        ] {
            let (status, shape) = self.send(method, &format!("{v3}{path}"), body.as_ref());
            steps.push((label.to_string(), status, shape, String::new()));
        }
        // Groups: made, refused twice, a user added, checked, listed both
        // ways, removed.
        let body = json!({"group": {"name": name}});
        let (status, made) = self.send_raw(Method::POST, &format!("{v3}groups"), Some(&body));
        steps.push(("create a group".into(), status, shape(&made), String::new()));
        let group = made["group"]["id"].as_str().unwrap_or_default().to_string();
        let member = format!("groups/{group}/users/{user}");
        for (label, method, path, body) in [
            (
                "create it again (409)",
                Method::POST,
                "groups".to_string(),
                Some(body.clone()),
            ),
            (
                "show the group",
                Method::GET,
                format!("groups/{group}"),
                None,
            ),
            (
                "groups by name",
                Method::GET,
                format!("groups?name={name}"),
                None,
            ),
            (
                "check a user not in it (404)",
                Method::HEAD,
                member.clone(),
                None,
            ),
            (
                "remove a user not in it (404)",
                Method::DELETE,
                member.clone(),
                None,
            ),
            ("add a user", Method::PUT, member.clone(), None),
            ("check the user", Method::HEAD, member.clone(), None),
            (
                "the group's users",
                Method::GET,
                format!("groups/{group}/users"),
                None,
            ),
            (
                "the user's groups",
                Method::GET,
                format!("users/{user}/groups"),
                None,
            ),
            (
                "add a missing user (404)",
                Method::PUT,
                format!("groups/{group}/users/nope"),
                None,
            ),
            (
                "rename the group",
                Method::PATCH,
                format!("groups/{group}"),
                Some(json!({"group": {"name": format!("{name}-2")}})),
            ),
            (
                "delete the group",
                Method::DELETE,
                format!("groups/{group}"),
                None,
            ),
            (
                "a missing group (404)",
                Method::GET,
                format!("groups/{group}"),
                None,
            ),
        ] {
            let (status, shape) = self.send(method, &format!("{v3}{path}"), body.as_ref());
            steps.push((label.to_string(), status, shape, String::new()));
        }
        // Domains: made, refused twice, changed, kept while enabled.
        let body = json!({"domain": {"name": name, "description": "d"}});
        let (status, made) = self.send_raw(Method::POST, &format!("{v3}domains"), Some(&body));
        steps.push((
            "create a domain".into(),
            status,
            shape(&made),
            String::new(),
        ));
        let domain = made["domain"]["id"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        for (label, method, path, body) in [
            (
                "create it again (409)",
                Method::POST,
                "domains".to_string(),
                Some(body.clone()),
            ),
            (
                "show the domain",
                Method::GET,
                format!("domains/{domain}"),
                None,
            ),
            (
                "domains by name",
                Method::GET,
                format!("domains?name={name}"),
                None,
            ),
            (
                "a missing domain (404)",
                Method::GET,
                "domains/nope".to_string(),
                None,
            ),
            (
                "delete it enabled (403)",
                Method::DELETE,
                format!("domains/{domain}"),
                None,
            ),
            (
                "disable it",
                Method::PATCH,
                format!("domains/{domain}"),
                Some(json!({"domain": {"enabled": false}})),
            ),
            (
                "delete the domain",
                Method::DELETE,
                format!("domains/{domain}"),
                None,
            ),
        ] {
            let (status, shape) = self.send(method, &format!("{v3}{path}"), body.as_ref());
            steps.push((label.to_string(), status, shape, String::new()));
        }
        steps
    }
}

#[test]
#[ignore = "needs real Nova, Neutron and Cinder: scripts/test-real.sh --full"]
fn roles_as_osc_shows_them_and_as_the_simulator_answers() {
    let f = Full::get();
    let pid = std::process::id();
    let role = format!("operator-{pid}");
    let user = format!("alice-{pid}");
    let both = ["--os-scope", "berlin & denver"];
    let at_both = |args: &[&str]| f.ok(&[&both[..], args].concat());
    at_both(&["role", "create", &role, "--description", "ops"]);
    let domain = format!("acme-{pid}");
    at_both(&["domain", "create", &domain, "--description", "d"]);
    at_both(&["user", "create", &user, "--project", "demo"]);
    let group = format!("ops-{pid}");
    at_both(&["group", "create", &group, "--description", "d"]);
    at_both(&["group", "add", "user", &group, &user]);
    at_both(&["role", "add", &role, "--user", &user, "--project", "demo"]);
    at_both(&[
        "role",
        "add",
        "member",
        "--user",
        &user,
        "--domain",
        "default",
        "--inherited",
    ]);
    let mut differ = Vec::new();
    // Every format at berlin; denver, made alike, in json (each format is
    // a run of OSC).
    for (site, formats) in [("berlin", LIST_FORMATS), ("denver", &["json"][..])] {
        for args in [
            vec!["role", "list"],
            vec!["role", "show", role.as_str()],
            vec!["domain", "list"],
            vec!["domain", "list", "--name", domain.as_str(), "--enabled"],
            vec!["domain", "show", domain.as_str()],
            vec!["group", "list", "--long"],
            vec!["group", "list", "--user", user.as_str()],
            vec!["group", "show", group.as_str()],
            vec!["user", "list", "--group", group.as_str(), "--long"],
            vec!["role", "assignment", "list", "--user", user.as_str()],
            vec![
                "role",
                "assignment",
                "list",
                "--user",
                user.as_str(),
                "--names",
            ],
            vec![
                "role",
                "assignment",
                "list",
                "--role",
                role.as_str(),
                "--project",
                "demo",
            ],
            vec![
                "role",
                "assignment",
                "list",
                "--user",
                user.as_str(),
                "--effective",
                "--names",
            ],
            vec![
                "role",
                "assignment",
                "list",
                "--user",
                user.as_str(),
                "--inherited",
            ],
            vec![
                "role",
                "assignment",
                "list",
                "--user",
                user.as_str(),
                "--domain",
                "default",
            ],
        ] {
            let args = [&["--os-cloud", site][..], &args].concat();
            differ.extend(f.unlike_osc(&args, formats));
        }
    }
    // What `role create` prints, but for the ID.
    let masked = |text: String| {
        text.lines()
            .filter(|l| !l.starts_with("| id ") && !l.trim_start().starts_with("\"id\""))
            .collect::<Vec<_>>()
            .join("\n")
    };
    for format in ["table", "json"] {
        let create = |name: &str| {
            ["--os-cloud", "paris", "role", "create", name, "-f", format]
                .map(str::to_string)
                .to_vec()
        };
        let want = f.osc(&moves::strs(&create(&format!("{role}-{format}"))));
        f.ok(&[
            "--os-cloud",
            "paris",
            "role",
            "delete",
            &format!("{role}-{format}"),
        ]);
        let got = f.ok(&moves::strs(&create(&format!("{role}-{format}"))));
        f.ok(&[
            "--os-cloud",
            "paris",
            "role",
            "delete",
            &format!("{role}-{format}"),
        ]);
        if masked(want.clone()) != masked(got.clone()) {
            differ.push(format!(
                "role create -f {format}\n--- openstack\n{want}+++ oscope\n{got}"
            ));
        }
    }
    at_both(&[
        "role",
        "remove",
        &role,
        "--user",
        &user,
        "--project",
        "demo",
    ]);
    at_both(&[
        "role",
        "remove",
        "member",
        "--user",
        &user,
        "--domain",
        "default",
        "--inherited",
    ]);
    let left = at_both(&["role", "assignment", "list", "--user", &user, "-f", "value"]);
    assert_eq!(left, "");
    for site in ["berlin", "denver"] {
        let check = [
            "--os-cloud",
            site,
            "group",
            "contains",
            "user",
            &group,
            &user,
        ];
        assert_eq!(f.osc(&check), f.ok(&check));
    }
    at_both(&["group", "remove", "user", &group, &user]);
    at_both(&["group", "delete", &group]);
    at_both(&["user", "delete", &user]);
    at_both(&["role", "delete", &role]);
    at_both(&["domain", "set", &domain, "--disable"]);
    at_both(&["domain", "delete", &domain]);
    assert!(differ.is_empty(), "{}", differ.join("\n"));

    f.answers_like_the_simulator("identity", |keystone| {
        keystone.roles(&format!("{role}-api"))
    });
}

/// `--compare` on real Keystones: the same everywhere until
/// python-openstackclient changes one site behind oscope's back.
#[test]
#[ignore = "needs real Keystone: scripts/test-real.sh --full"]
fn the_sameness_view_sees_a_change_behind_oscopes_back() {
    let f = Full::get();
    let id = std::process::id();
    let (user, group) = (format!("same-{id}"), format!("same-group-{id}"));
    let three = ["--os-scope", "berlin & denver & paris"];
    let at_all = |args: &[&str]| f.ok(&[&three[..], args].concat());
    at_all(&["user", "create", &user]);
    at_all(&["group", "create", &group]);
    at_all(&["group", "add", "user", &group, &user]);
    at_all(&[
        "role",
        "add",
        "member",
        "--user",
        &user,
        "--project",
        "demo",
    ]);
    let compare =
        |args: &[&str]| f.run(&[&three[..], args, &["--compare", "-f", "value"]].concat());
    let assignments = [
        "role",
        "assignment",
        "list",
        "--user",
        &user,
        "--names",
        "-c",
        "Role",
        "-c",
        "Project",
    ];
    let members = ["user", "list", "--group", &group, "-c", "Name"];
    let (code, out, err) = compare(&assignments);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        "member demo@Default ['berlin', 'denver', 'paris'] []\n"
    );
    let (code, out, err) = compare(&members);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, format!("{user} ['berlin', 'denver', 'paris'] []\n"));
    // Changed by python-openstackclient behind oscope's back.
    f.osc(&[
        "--os-cloud",
        "denver",
        "role",
        "remove",
        "member",
        "--user",
        &user,
        "--project",
        "demo",
    ]);
    f.osc(&[
        "--os-cloud",
        "paris",
        "group",
        "remove",
        "user",
        &group,
        &user,
    ]);
    let (code, out, err) = compare(&assignments);
    assert_eq!(code, 4, "{err}");
    assert_eq!(out, "member demo@Default ['berlin', 'paris'] ['denver']\n");
    let (code, out, err) = compare(&members);
    assert_eq!(code, 4, "{err}");
    assert_eq!(out, format!("{user} ['berlin', 'denver'] ['paris']\n"));
    at_all(&["user", "delete", &user]);
    at_all(&["group", "delete", &group]);
}

impl Nova {
    /// A group's grant on a project: given, listed by group, taken.
    fn group_grant(&self, group_name: &str) -> Vec<Step> {
        use reqwest::Method;
        let v3 = self.v3();
        let (_, made) = self.send_raw(
            Method::POST,
            &format!("{v3}groups"),
            Some(&json!({"group": {"name": group_name}})),
        );
        let group = made["group"]["id"].as_str().unwrap_or_default().to_string();
        let id_of = |path: &str, key: &str| {
            let (_, listed) = self.send_raw(Method::GET, &format!("{v3}{path}"), None);
            listed[key][0]["id"]
                .as_str()
                .unwrap_or_default()
                .to_string()
        };
        let project = id_of("projects?name=demo", "projects");
        let role = id_of("roles?name=member", "roles");
        let grant = format!("{v3}projects/{project}/groups/{group}/roles/{role}");
        let mut steps = Vec::new();
        for (label, method, path) in [
            ("give a group a role", Method::PUT, grant.clone()),
            (
                "list by group",
                Method::GET,
                format!("{v3}role_assignments?group.id={group}&include_names=True"),
            ),
            ("take it", Method::DELETE, grant.clone()),
            ("take it again (404)", Method::DELETE, grant.clone()),
            (
                "delete the group",
                Method::DELETE,
                format!("{v3}groups/{group}"),
            ),
        ] {
            let (status, shape) = self.send(method, &path, None);
            steps.push((label.to_string(), status, shape, String::new()));
        }
        steps
    }
}

/// `role add|remove --group` on real Keystone, listed as
/// python-openstackclient lists it, and the simulator's answers compared.
#[test]
#[ignore = "needs real Keystone: scripts/test-real.sh --full"]
fn a_group_is_given_a_role_on_real_keystone() {
    let f = Full::get();
    let group = format!("grant-{}", std::process::id());
    let at = |args: &[&str]| f.ok(&[&["--os-cloud", "berlin"][..], args].concat());
    at(&["group", "create", &group]);
    at(&[
        "role",
        "add",
        "member",
        "--group",
        &group,
        "--project",
        "demo",
    ]);
    at(&[
        "role",
        "add",
        "reader",
        "--group",
        &group,
        "--domain",
        "default",
        "--inherited",
    ]);
    let mut differ = Vec::new();
    for args in [
        vec!["role", "assignment", "list", "--group", &group],
        vec!["role", "assignment", "list", "--group", &group, "--names"],
    ] {
        differ.extend(f.unlike_osc(
            &[&["--os-cloud", "berlin"][..], &args].concat(),
            LIST_FORMATS,
        ));
    }
    at(&[
        "role",
        "remove",
        "member",
        "--group",
        &group,
        "--project",
        "demo",
    ]);
    at(&["group", "delete", &group]);
    assert!(differ.is_empty(), "{}", differ.join("\n"));
    f.answers_like_the_simulator("identity", |keystone| {
        keystone.group_grant(&format!("{group}-api"))
    });
}

impl Nova {
    /// What `implied role list|create|delete` send, and Keystone's 404s.
    fn implied_roles(&self, name: &str) -> Vec<Step> {
        use reqwest::Method;
        let v3 = self.v3();
        let (_, made) = self.send_raw(
            Method::POST,
            &format!("{v3}roles"),
            Some(&json!({"role": {"name": name}})),
        );
        let prior = made["role"]["id"].as_str().unwrap_or_default().to_string();
        let (_, listed) = self.send_raw(Method::GET, &format!("{v3}roles?name=reader"), None);
        let reader = listed["roles"][0]["id"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        let pair = format!("{v3}roles/{prior}/implies/{reader}");
        let mut steps = Vec::new();
        for (label, method, path) in [
            ("make it imply reader", Method::PUT, pair.clone()),
            ("show the implication", Method::GET, pair.clone()),
            (
                "what it implies",
                Method::GET,
                format!("{v3}roles/{prior}/implies"),
            ),
            (
                "every implication",
                Method::GET,
                format!("{v3}role_inferences"),
            ),
            ("delete it", Method::DELETE, pair.clone()),
            ("delete it again (404)", Method::DELETE, pair.clone()),
            (
                "a missing role (404)",
                Method::PUT,
                format!("{v3}roles/nope/implies/{reader}"),
            ),
            (
                "delete the role",
                Method::DELETE,
                format!("{v3}roles/{prior}"),
            ),
        ] {
            let (status, shape) = self.send(method, &path, None);
            steps.push((label.to_string(), status, shape, String::new()));
        }
        steps
    }
}

/// Implied roles on real Keystone: listed as python-openstackclient lists
/// them, in effect in `role assignment list --effective`, and the
/// simulator's answers compared.
#[test]
#[ignore = "needs real Keystone: scripts/test-real.sh --full"]
fn implied_roles_on_real_keystone() {
    let f = Full::get();
    let id = std::process::id();
    let (role, user) = (format!("implying-{id}"), format!("implied-{id}"));
    let at = |args: &[&str]| f.ok(&[&["--os-cloud", "berlin"][..], args].concat());
    at(&["role", "create", &role]);
    at(&[
        "implied",
        "role",
        "create",
        &role,
        "--implied-role",
        "reader",
    ]);
    at(&["user", "create", &user]);
    at(&["role", "add", &role, "--user", &user, "--project", "demo"]);
    at(&[
        "role",
        "add",
        "member",
        "--user",
        &user,
        "--domain",
        "default",
        "--inherited",
    ]);
    let mut differ = Vec::new();
    for args in [
        vec!["implied", "role", "list"],
        vec![
            "role",
            "assignment",
            "list",
            "--user",
            &user,
            "--effective",
            "--names",
        ],
        vec!["role", "assignment", "list", "--user", &user, "--effective"],
    ] {
        differ.extend(f.unlike_osc(
            &[&["--os-cloud", "berlin"][..], &args].concat(),
            LIST_FORMATS,
        ));
    }
    at(&[
        "implied",
        "role",
        "delete",
        &role,
        "--implied-role",
        "reader",
    ]);
    at(&["user", "delete", &user]);
    at(&["role", "delete", &role]);
    assert!(differ.is_empty(), "{}", differ.join("\n"));
    f.answers_like_the_simulator("identity", |keystone| {
        keystone.implied_roles(&format!("{role}-api"))
    });
}

impl Nova {
    /// What `user password set` sends, and Keystone's refusals.
    fn password_steps(&self, name: &str) -> Vec<Step> {
        use reqwest::Method;
        let v3 = self.v3();
        let (_, made) = self.send_raw(
            Method::POST,
            &format!("{v3}users"),
            Some(&json!({"user": {"name": name, "password": "first-secret"}})),
        );
        let user = made["user"]["id"].as_str().unwrap_or_default().to_string();
        let path = format!("{v3}users/{user}/password");
        let mut steps = Vec::new();
        for (label, body) in [
            (
                "a wrong original (401)",
                json!({"user": {"password": "x-secret", "original_password": "wrong"}}),
            ),
            (
                "no original (400)",
                json!({"user": {"password": "x-secret"}}),
            ),
            (
                "changed",
                json!({"user": {"password": "second-secret", "original_password": "first-secret"}}),
            ),
        ] {
            let (status, shape) = self.send(Method::POST, &path, Some(&body));
            steps.push((label.to_string(), status, shape, String::new()));
        }
        self.send(Method::DELETE, &format!("{v3}users/{user}"), None);
        steps
    }
}

/// `user password set` on real Keystone: the user's own change, and the
/// simulator's answers compared.
#[test]
#[ignore = "needs real Keystone: scripts/test-real.sh --full"]
fn a_user_changes_its_password_on_real_keystone() {
    let f = Full::get();
    let user = format!("pw-{}", std::process::id());
    let at = |args: &[&str]| f.ok(&[&["--os-cloud", "berlin"][..], args].concat());
    at(&["user", "create", &user, "--password", "first-secret"]);
    at(&[
        "role",
        "add",
        "member",
        "--user",
        &user,
        "--project",
        "demo",
    ]);
    let as_user = |password: &str, args: &[&str]| {
        let signed = [
            "--os-cloud",
            "berlin",
            "--no-token-cache",
            "--os-username",
            &user,
            "--os-password",
            password,
            "--os-project-name",
            "demo",
        ];
        f.run(&[&signed[..], args].concat())
    };
    let (code, out, err) = as_user(
        "first-secret",
        &[
            "user",
            "password",
            "set",
            "--password",
            "second-secret",
            "--original-password",
            "first-secret",
        ],
    );
    assert_eq!((code, out.as_str()), (0, ""), "{err}");
    // Keystone refuses a token in the second it revoked the old ones.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let (code, _, err) = as_user("second-secret", &["token", "issue"]);
    assert_eq!(code, 0, "{err}");
    let (code, _, _) = as_user("first-secret", &["token", "issue"]);
    assert_eq!(code, 1);
    // The users with a role on a project (OSC's order is a set's: sorted).
    let differ = f.unlike_osc(
        &[
            "--os-cloud",
            "berlin",
            "user",
            "list",
            "--project",
            "demo",
            "--sort-column",
            "Name",
        ],
        LIST_FORMATS,
    );
    at(&["user", "delete", &user]);
    assert!(differ.is_empty(), "{}", differ.join("\n"));

    f.answers_like_the_simulator("identity", |keystone| {
        keystone.password_steps(&format!("{user}-api"))
    });
}

impl Nova {
    /// A user's role on the system: given, listed, taken.
    fn system_grant(&self, name: &str) -> Vec<Step> {
        use reqwest::Method;
        let v3 = self.v3();
        let (_, made) = self.send_raw(
            Method::POST,
            &format!("{v3}users"),
            Some(&json!({"user": {"name": name}})),
        );
        let user = made["user"]["id"].as_str().unwrap_or_default().to_string();
        let (_, listed) = self.send_raw(Method::GET, &format!("{v3}roles?name=reader"), None);
        let role = listed["roles"][0]["id"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        let grant = format!("{v3}system/users/{user}/roles/{role}");
        let mut steps = Vec::new();
        for (label, method, path) in [
            ("give it on the system", Method::PUT, grant.clone()),
            (
                "the system's, by user",
                Method::GET,
                format!("{v3}role_assignments?scope.system=all&user.id={user}&include_names=True"),
            ),
            ("take it", Method::DELETE, grant.clone()),
            ("take it again (404)", Method::DELETE, grant.clone()),
            (
                "delete the user",
                Method::DELETE,
                format!("{v3}users/{user}"),
            ),
        ] {
            let (status, shape) = self.send(method, &path, None);
            steps.push((label.to_string(), status, shape, String::new()));
        }
        steps
    }
}

/// `--system` and names in other domains on real Keystone, listed as
/// python-openstackclient lists them, and the simulator's answers compared.
#[test]
#[ignore = "needs real Keystone: scripts/test-real.sh --full"]
fn system_roles_and_domain_names_on_real_keystone() {
    let f = Full::get();
    let id = std::process::id();
    let (domain, user) = (format!("dom-{id}"), format!("sys-{id}"));
    let at = |args: &[&str]| f.ok(&[&["--os-cloud", "berlin"][..], args].concat());
    at(&["domain", "create", &domain]);
    at(&["user", "create", &user, "--domain", &domain]);
    at(&[
        "role",
        "add",
        "reader",
        "--system",
        "all",
        "--user",
        &user,
        "--user-domain",
        &domain,
    ]);
    at(&[
        "role",
        "add",
        "member",
        "--user",
        &user,
        "--user-domain",
        &domain,
        "--project",
        "demo",
        "--project-domain",
        "Default",
    ]);
    let mut differ = Vec::new();
    for args in [
        vec!["role", "assignment", "list", "--system", "all", "--names"],
        vec![
            "role",
            "assignment",
            "list",
            "--user",
            &user,
            "--user-domain",
            &domain,
        ],
        vec![
            "role",
            "assignment",
            "list",
            "--auth-user",
            "--auth-project",
            "--names",
        ],
    ] {
        differ.extend(f.unlike_osc(
            &[&["--os-cloud", "berlin"][..], &args].concat(),
            LIST_FORMATS,
        ));
    }
    at(&[
        "role",
        "remove",
        "reader",
        "--system",
        "all",
        "--user",
        &user,
        "--user-domain",
        &domain,
    ]);
    at(&["user", "delete", &user]);
    at(&["domain", "set", &domain, "--disable"]);
    at(&["domain", "delete", &domain]);
    assert!(differ.is_empty(), "{}", differ.join("\n"));
    f.answers_like_the_simulator("identity", |keystone| {
        keystone.system_grant(&format!("{user}-api"))
    });
}
