//! Tables of scopes: valid ones with their canonical form and plan, invalid
//! ones with the exact place and message; and properties over generated
//! trees and arbitrary text.

use std::collections::BTreeMap;

use proptest::prelude::*;

use super::*;

/// berlin, denver, paris, "New York", and a cloud with two regions.
fn directory() -> Directory {
    let groups = BTreeMap::from([
        ("europe".to_string(), "berlin & paris".to_string()),
        ("edge".to_string(), "denver | @europe".to_string()),
        ("loop".to_string(), "berlin & @loop2".to_string()),
        ("loop2".to_string(), "@loop".to_string()),
        ("broken".to_string(), "berlin &".to_string()),
    ]);
    Directory::new(
        vec![
            "berlin".into(),
            "denver".into(),
            "paris".into(),
            "New York".into(),
            "multi/RegionOne".into(),
            "multi/RegionTwo".into(),
        ],
        [("multi".to_string(), "multi/RegionOne".to_string())],
        groups,
    )
}

/// Parses and resolves with no environment and `berlin` as current cloud.
fn plan(text: &str) -> Result<(String, Vec<(String, String)>), String> {
    let scope = parse_scope(text).map_err(|e| e.to_string())?;
    let defaults = Defaults {
        env: BTreeMap::new(),
        current_cloud: Some("berlin".into()),
    };
    let resolved = resolve(Some(&scope), &defaults, &directory()).map_err(|e| e.to_string())?;
    let mut plans: Vec<(String, String)> = resolved
        .services
        .iter()
        .map(|(s, b)| (s.to_string(), b.plan.to_string()))
        .collect();
    plans.extend(
        resolved
            .default
            .map(|b| ("*".to_string(), b.plan.to_string())),
    );
    Ok((scope.to_string(), plans))
}

/// (input, canonical form, [(service, plan)])
type ValidCase = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
);

#[test]
fn valid_scopes() {
    let cases: &[ValidCase] = &[
        // Bare expressions, precedence, associativity, parentheses, blanks.
        ("berlin", "berlin", &[("*", "berlin")]),
        (
            "berlin&denver",
            "berlin & denver",
            &[("*", "berlin & denver")],
        ),
        (
            "berlin|denver",
            "berlin | denver",
            &[("*", "berlin | denver")],
        ),
        (
            "berlin | denver & paris",
            "berlin | denver & paris",
            &[("*", "berlin | denver & paris")],
        ),
        (
            "berlin & denver | paris",
            "berlin & denver | paris",
            &[("*", "berlin & denver | paris")],
        ),
        (
            "(berlin | denver) & paris",
            "(berlin | denver) & paris",
            &[("*", "(berlin | denver) & paris")],
        ),
        (
            "berlin & (denver & paris)",
            "berlin & (denver & paris)",
            &[("*", "berlin & denver & paris")],
        ),
        (
            "(berlin & denver) & paris",
            "berlin & denver & paris",
            &[("*", "berlin & denver & paris")],
        ),
        (
            "berlin | (denver | paris)",
            "berlin | (denver | paris)",
            &[("*", "berlin | denver | paris")],
        ),
        ("((berlin))", "berlin", &[("*", "berlin")]),
        (
            " \tberlin\n&\n denver ",
            "berlin & denver",
            &[("*", "berlin & denver")],
        ),
        // Duplicates are planned once.
        ("berlin & berlin", "berlin & berlin", &[("*", "berlin")]),
        (
            "berlin | berlin | denver",
            "berlin | berlin | denver",
            &[("*", "berlin | denver")],
        ),
        (
            "berlin & denver & berlin",
            "berlin & denver & berlin",
            &[("*", "berlin & denver")],
        ),
        // Names: quoted, case-insensitive, cloud/region, the cloud alone.
        (
            "\"New York\" & paris",
            "\"New York\" & paris",
            &[("*", "\"New York\" & paris")],
        ),
        ("\"berlin\"", "berlin", &[("*", "berlin")]),
        (
            "Berlin&DENVER",
            "Berlin & DENVER",
            &[("*", "berlin & denver")],
        ),
        (
            "multi/RegionTwo",
            "multi/RegionTwo",
            &[("*", "multi/RegionTwo")],
        ),
        ("multi", "multi", &[("*", "multi/RegionOne")]),
        (
            "multi & multi/RegionOne",
            "multi & multi/RegionOne",
            &[("*", "multi/RegionOne")],
        ),
        // Groups and every site.
        ("@europe", "@europe", &[("*", "berlin & paris")]),
        ("@edge", "@edge", &[("*", "denver | berlin & paris")]),
        (
            "@europe & berlin",
            "@europe & berlin",
            &[("*", "berlin & paris")],
        ),
        (
            "*",
            "*",
            &[(
                "*",
                "berlin & denver & paris & \"New York\" & multi/RegionOne & multi/RegionTwo",
            )],
        ),
        // Maps: keys normalised and ordered, `*` last, trailing comma.
        (
            "{image: denver | paris, compute: berlin}",
            "{compute: berlin, image: denver | paris}",
            &[
                ("compute", "berlin"),
                ("image", "denver | paris"),
                ("*", "berlin"),
            ],
        ),
        (
            "{nova: berlin, GLANCE: paris, *: denver,}",
            "{compute: berlin, image: paris, *: denver}",
            &[("compute", "berlin"), ("image", "paris"), ("*", "denver")],
        ),
        (
            "{*: berlin & paris}",
            "berlin & paris",
            &[("*", "berlin & paris")],
        ),
        (
            "{cinder: paris, keystone: berlin, neutron: denver}",
            "{block-storage: paris, identity: berlin, network: denver}",
            &[
                ("block-storage", "paris"),
                ("identity", "berlin"),
                ("network", "denver"),
                ("*", "berlin"),
            ],
        ),
        (
            "{volumev3: paris, swift: berlin, heat: denver, octavia: paris, designate: paris}",
            "{block-storage: paris, dns: paris, load-balancer: paris, object-store: berlin, orchestration: denver}",
            &[
                ("block-storage", "paris"),
                ("dns", "paris"),
                ("load-balancer", "paris"),
                ("object-store", "berlin"),
                ("orchestration", "denver"),
                ("*", "berlin"),
            ],
        ),
        (
            "{barbican: paris, ironic: berlin, manila: denver, zun: paris, placement: paris}",
            "{application-container: paris, baremetal: berlin, key-manager: paris, placement: paris, shared-file-system: denver}",
            &[
                ("application-container", "paris"),
                ("baremetal", "berlin"),
                ("key-manager", "paris"),
                ("placement", "paris"),
                ("shared-file-system", "denver"),
                ("*", "berlin"),
            ],
        ),
        // JSON maps.
        (
            r#"{"compute": "berlin & denver", "image": "denver|paris"}"#,
            "{compute: berlin & denver, image: denver | paris}",
            &[
                ("compute", "berlin & denver"),
                ("image", "denver | paris"),
                ("*", "berlin"),
            ],
        ),
        (
            r#"{"*": "\"New York\"", "Volume": "@europe"}"#,
            "{block-storage: @europe, *: \"New York\"}",
            &[("block-storage", "berlin & paris"), ("*", "\"New York\"")],
        ),
    ];
    for (input, canonical, plans) in cases {
        let (got_canonical, got_plans) = plan(input).unwrap_or_else(|e| panic!("{input}: {e}"));
        assert_eq!(got_canonical, *canonical, "canonical form of {input:?}");
        let want: Vec<(String, String)> = plans
            .iter()
            .map(|(s, p)| (s.to_string(), p.to_string()))
            .collect();
        assert_eq!(got_plans, want, "plan of {input:?}");
        // The canonical form means the same.
        assert_eq!(
            parse_scope(&got_canonical).unwrap(),
            parse_scope(input).unwrap()
        );
    }
}

#[test]
fn two_spellings_print_the_same() {
    let a = parse_scope("{glance: paris|denver, nova: berlin}").unwrap();
    let b = parse_scope(r#"{"compute": "berlin", "image": "paris | denver"}"#).unwrap();
    assert_eq!(a, b);
    assert_eq!(a.to_string(), b.to_string());
}

#[test]
fn invalid_scopes() {
    // (input, the first line of the message, the hint if any)
    let cases: &[(&str, &str, Option<&str>)] = &[
        (
            "",
            "invalid scope at 1:1: the scope is empty",
            Some("name a site"),
        ),
        (
            "   ",
            "invalid scope at 1:1: the scope is empty",
            Some("name a site"),
        ),
        (
            "berlin&&denver",
            "invalid scope at 1:8: expected a site name",
            Some("`&&` is not an operator"),
        ),
        (
            "berlin || denver",
            "invalid scope at 1:9: expected a site name",
            Some("`||` is not an operator"),
        ),
        (
            "berlin ^ denver",
            "invalid scope at 1:8: expected `&`, `|` or end of scope",
            Some("`^` is not an operator"),
        ),
        (
            "berlin, denver",
            "invalid scope at 1:7: expected `&`, `|` or end of scope",
            Some("`,` does not join sites"),
        ),
        (
            "berlin denver",
            "invalid scope at 1:8: expected `&`, `|` or end of scope",
            Some("two sites need an operator"),
        ),
        (
            "berlin &",
            "invalid scope at 1:9: expected a site name",
            Some("`&` needs a site on its right"),
        ),
        (
            "| berlin",
            "invalid scope at 1:1: expected a site name or `{`",
            None,
        ),
        (
            "(berlin & denver",
            "invalid scope at 1:17: expected `&`, `|` or `)`",
            None,
        ),
        (
            "berlin)",
            "invalid scope at 1:7: expected `&`, `|` or end of scope",
            None,
        ),
        ("()", "invalid scope at 1:2: expected a site name", None),
        (
            "berlin\n& \n& denver",
            "invalid scope at 3:1: expected a site name",
            Some("`&&` is not an operator"),
        ),
        (
            "\"New York",
            "invalid scope at 1:1: expected a site name or `{`",
            None,
        ),
        ("@", "invalid scope at 1:2: expected a group name", None),
        (
            "{}",
            "invalid scope at 1:2: expected a service name, `*` or a quoted JSON string",
            None,
        ),
        (
            "{compute berlin}",
            "invalid scope at 1:10: expected `:`",
            None,
        ),
        (
            "{compute: berlin, denver}",
            "invalid scope at 1:25: expected `:`",
            Some("`,` separates entries"),
        ),
        (
            "{compute: berlin",
            "invalid scope at 1:17: expected `&`, `|`, `,` or `}`",
            None,
        ),
        (
            "{computer: berlin}",
            "invalid scope at 1:2: unknown service `computer`",
            Some("known services include identity, compute"),
        ),
        (
            "{nova: berlin, compute: paris}",
            "invalid scope at 1:16: service `compute` is given twice, as `nova` and as `compute`",
            None,
        ),
        (
            "{image: a, IMAGE: b}",
            "invalid scope at 1:12: service `image` is given twice",
            None,
        ),
        (
            "{*: a, *: b}",
            "invalid scope at 1:8: the `*` key is given twice",
            None,
        ),
        (
            r#"{"compute": berlin}"#,
            "invalid scope at 1:13: expected a quoted JSON string",
            Some("keys and values are all quoted"),
        ),
        (
            r#"{"compute": "berlin &"}"#,
            "invalid scope at 1:22: expected a site name",
            Some("`&` needs a site on its right"),
        ),
        (
            r#"{"compute": "berlin", "nova": "paris"}"#,
            "invalid scope at 1:23: service `compute` is given twice, as `compute` and as `nova`",
            None,
        ),
        (
            r#"{"compute": "\q"}"#,
            "invalid scope at 1:13: bad JSON string",
            None,
        ),
        (
            "berlin & denver; paris",
            "invalid scope at 1:16: expected `&`, `|` or end of scope",
            None,
        ),
    ];
    for (input, first_line, hint) in cases {
        let error = parse_scope(input).expect_err(input);
        let text = error.to_string();
        let mut lines = text.lines();
        let line = lines.next().unwrap_or_default();
        assert!(
            line.starts_with(first_line),
            "{input:?}:\n got {line:?}\nwant {first_line:?}"
        );
        let hint_line = text.lines().find(|l| l.trim_start().starts_with("hint:"));
        match hint {
            Some(h) => assert!(
                hint_line.is_some_and(|l| l.contains(h)),
                "{input:?}: hint {hint_line:?}, want {h:?}"
            ),
            None => assert_eq!(hint_line, None, "{input:?}"),
        }
        // No rule names leak into messages.
        assert!(!text.contains("Rule") && !text.contains("EOI"), "{text}");
    }
}

#[test]
fn caret_points_at_the_fault() {
    let error = parse_scope("{compute: berlin&&denver}").unwrap_err();
    assert_eq!(
        error.to_string(),
        "invalid scope at 1:18: expected a site name\n  {compute: berlin&&denver}\n                   ^\n  hint: `&&` is not an operator: a single `&` means here and there"
    );
    let error = parse_scope("berlin &\n  | paris").unwrap_err();
    assert_eq!(
        error.to_string(),
        "invalid scope at 2:3: expected a site name\n    | paris\n    ^"
    );
}

#[test]
fn resolution_errors() {
    let cases: &[(&str, &str)] = &[
        ("berln", "unknown site `berln`; did you mean `berlin`?"),
        (
            "berlin & parsi",
            "unknown site `parsi`; did you mean `paris`?",
        ),
        (
            "tokyo",
            "unknown site `tokyo`; known sites: berlin, denver, paris, New York, multi/RegionOne, multi/RegionTwo",
        ),
        (
            "multi/RegionThree",
            "unknown site `multi/RegionThree`; did you mean `multi/RegionOne` or `multi/RegionTwo`?",
        ),
        (
            "@europa",
            "unknown group `@europa`; did you mean `@europe`?",
        ),
        (
            "@nothing",
            "unknown group `@nothing`; groups are defined under `groups:`",
        ),
        (
            "@loop",
            "group `@loop` is defined in terms of itself: @loop → @loop2 → @loop",
        ),
        (
            "{image: @broken}",
            "invalid scope in group @broken at 1:9: expected a site name",
        ),
    ];
    for (input, want) in cases {
        let error = plan(input).expect_err(input);
        assert!(
            error.starts_with(want),
            "{input:?}:\n got {error:?}\nwant {want:?}"
        );
    }
}

#[test]
fn ambiguous_case_insensitive_names() {
    let directory = Directory::new(vec!["lab".into(), "LAB".into()], [], BTreeMap::new());
    assert_eq!(directory.site("lab").unwrap(), "lab");
    let error = directory.site("Lab").unwrap_err().to_string();
    assert_eq!(error, "site `Lab` is ambiguous: it could be `LAB` or `lab`");
}

#[test]
fn no_sites_configured() {
    let empty = Directory::default();
    let error = empty.plan(&Expr::AllSites).unwrap_err().to_string();
    assert_eq!(error, "`*` stands for no site: the configuration has none");
    let error = empty.plan(&Expr::Site("x".into())).unwrap_err().to_string();
    assert!(error.contains("no sites are configured"), "{error}");
}

#[test]
fn defaults_in_order_map_key_environment_star_current_cloud() {
    let scope = parse_scope("{compute: paris, *: denver}").unwrap();
    let env = parse_env_scopes([
        ("OS_SCOPE_COMPUTE", "berlin"),
        ("OS_SCOPE_IMAGE", "berlin | paris"),
        ("HOME", "/root"),
    ])
    .unwrap();
    let defaults = Defaults {
        env,
        current_cloud: Some("multi".into()),
    };
    let resolved = resolve(Some(&scope), &defaults, &directory()).unwrap();
    let binding = |s| {
        resolved
            .for_service(s)
            .map(|b| (b.plan.to_string(), b.source))
    };
    assert_eq!(
        binding(ServiceType::Compute),
        Some(("paris".into(), Source::Scope))
    );
    assert_eq!(
        binding(ServiceType::Image),
        Some(("berlin | paris".into(), Source::Environment))
    );
    assert_eq!(
        binding(ServiceType::Network),
        Some(("denver".into(), Source::Default))
    );

    // Without a scope, the current cloud serves what no variable binds.
    let resolved = resolve(None, &defaults, &directory()).unwrap();
    let binding = |s| {
        resolved
            .for_service(s)
            .map(|b| (b.plan.to_string(), b.source))
    };
    assert_eq!(
        binding(ServiceType::Compute),
        Some(("berlin".into(), Source::Environment))
    );
    assert_eq!(
        binding(ServiceType::Network),
        Some(("multi/RegionOne".into(), Source::CurrentCloud))
    );

    // Nothing at all: no plan, which commands report when they need one.
    let resolved = resolve(None, &Defaults::default(), &directory()).unwrap();
    assert_eq!(resolved.for_service(ServiceType::Compute), None);
}

#[test]
fn environment_scopes_are_checked() {
    let error = parse_env_scopes([("OS_SCOPE_COMPUTER", "berlin")]).unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("invalid scope in OS_SCOPE_COMPUTER at 1:1: unknown service `COMPUTER`")
    );
    let error = parse_env_scopes([("OS_SCOPE_IMAGE", "berlin &&")]).unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("invalid scope in OS_SCOPE_IMAGE at 1:9: expected a site name")
    );
    let error = parse_env_scopes([("OS_SCOPE_NOVA", "a"), ("OS_SCOPE_COMPUTE", "b")]).unwrap_err();
    assert!(error.to_string().contains(
        "service `compute` is given twice, as `OS_SCOPE_NOVA` and as `OS_SCOPE_COMPUTE`"
    ));
    let ok = parse_env_scopes([("OS_SCOPE_BLOCK_STORAGE", "a"), ("OS_SCOPE", "ignored")]).unwrap();
    assert_eq!(ok.keys().collect::<Vec<_>>(), [&ServiceType::BlockStorage]);
}

#[test]
fn plan_sites_in_order_each_once() {
    let directory = directory();
    let expr = parse_expr("paris & (berlin | paris) & denver").unwrap();
    assert_eq!(
        directory.plan(&expr).unwrap().sites(),
        ["paris", "berlin", "denver"]
    );
}

// ───────────────────────────── Properties ─────────────────────────────

fn arb_name() -> impl Strategy<Value = String> {
    prop_oneof!["[a-zA-Z0-9_./-]{1,12}", "[a-zA-Z \"\\\\&|(){}*@,:ü-]{1,12}",]
}

fn arb_expr() -> impl Strategy<Value = Expr> {
    let leaf = prop_oneof![
        arb_name().prop_map(Expr::Site),
        "[a-zA-Z0-9_.-]{1,8}".prop_map(Expr::Group),
        Just(Expr::AllSites),
    ];
    leaf.prop_recursive(6, 48, 2, |inner| {
        prop_oneof![
            (inner.clone(), inner.clone()).prop_map(|(l, r)| Expr::And(Box::new(l), Box::new(r))),
            (inner.clone(), inner).prop_map(|(l, r)| Expr::Or(Box::new(l), Box::new(r))),
        ]
    })
}

fn arb_scope() -> impl Strategy<Value = Scope> {
    let services = proptest::collection::btree_map(
        proptest::sample::select(ServiceType::ALL.to_vec()),
        arb_expr(),
        0..4,
    );
    (services, proptest::option::of(arb_expr()))
        .prop_filter("a scope binds something", |(s, d)| {
            !s.is_empty() || d.is_some()
        })
        .prop_map(|(services, default)| Scope { services, default })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn printing_then_parsing_gives_the_same_tree(scope in arb_scope()) {
        let text = scope.to_string();
        let parsed = parse_scope(&text).map_err(|e| TestCaseError::fail(format!("{text}\n{e}")))?;
        prop_assert_eq!(parsed, scope);
    }

    #[test]
    fn no_input_panics_the_parser(text in "\\PC{0,40}") {
        if let Ok(scope) = parse_scope(&text) {
            prop_assert_eq!(parse_scope(&scope.to_string()).unwrap(), scope);
        }
    }

    #[test]
    fn no_scope_like_input_panics_the_parser(text in "[a-c &|(){}\"*@,:^\\\\\n]{0,30}") {
        match parse_scope(&text) {
            Ok(scope) => prop_assert_eq!(parse_scope(&scope.to_string()).unwrap(), scope),
            Err(e) => {
                // Rendering never panics and points inside the input.
                let _ = e.to_string();
                prop_assert!(e.offset <= text.len());
            }
        }
    }
}
