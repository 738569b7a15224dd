//! What the fuzz targets (`fuzz/`) and their proptest twins (below, run by
//! every `cargo test`) feed arbitrary bytes to: the configuration loader
//! and the handling of service answers. Neither may panic, whatever the
//! input; errors are fine.

use std::path::Path;

use serde_json::Value;

use crate::config::{Config, Overrides};
use crate::output::{ListFormat, ListOptions, Listing, ShowFormat, ShowOptions};
use crate::resources::{Lookup, RESOURCES};

/// A clouds.yaml, a secure.yaml and oscope's config.yaml, separated by
/// 0xFF bytes (never in UTF-8), loaded; then every site's settings, its
/// authentication request and token-cache key, and `*` resolved.
pub fn config(data: &[u8]) {
    let mut parts = data.split(|b| *b == 0xff).map(String::from_utf8_lossy);
    let clouds = parts.next().unwrap_or_default();
    let secure = parts.next();
    let oscope = parts.next();
    let path = Path::new("fuzz.yaml");
    let Ok(config) = Config::from_texts(
        Some((path, &clouds)),
        secure.as_deref().map(|s| (path, s)),
        oscope.as_deref().map(|s| (path, s)),
    ) else {
        return;
    };
    let directory = config.directory();
    let current = directory.sites().first().cloned();
    for site in directory.sites() {
        if let Ok(settings) = config.site(site, current.as_deref(), &Overrides::default()) {
            let methods = &settings.credentials.methods;
            let secrets = vec![String::from("s"); methods.len()];
            let _ = crate::site::AuthRequest::new(methods, &secrets, &settings.scope)
                .to_json()
                .to_string();
            let _ = crate::site::cache_key(&settings);
        }
    }
    if let Ok(all) = crate::scope::parse_expr("*") {
        let _ = directory.plan(&all);
    }
    for group in config.groups.keys() {
        if let Ok(expr) = crate::scope::parse_expr(&format!("@{group}")) {
            let _ = directory.plan(&expr).map_err(|e| e.to_string());
        }
    }
}

/// Bytes as a service's answer: its error message, and for every resource
/// a page of its list and a single item, turned into rows and records and
/// written in every format.
pub fn answer(data: &[u8]) {
    let _ = crate::site::error_message(data);
    crate::site::read_saml_answers(data);
    let single: Option<Value> = serde_json::from_slice(data).ok();
    for resource in RESOURCES {
        let mut items = Vec::new();
        if crate::site::page(data, resource.plural, None, &mut |item| items.push(item)).is_ok() {
            let rows: Vec<_> = items
                .into_iter()
                .map(|item| {
                    resource.row(
                        resource.unwrapped(&item),
                        resource.long_columns,
                        &Lookup::default(),
                    )
                })
                .collect();
            let listing = Listing {
                columns: crate::resources::Resource::headers(resource.long_columns),
                rows,
            };
            for format in [
                ListFormat::Table,
                ListFormat::Json,
                ListFormat::Yaml,
                ListFormat::Csv,
                ListFormat::Value,
            ] {
                let options = ListOptions {
                    format,
                    ..ListOptions::default()
                };
                let _ = listing.write(&mut std::io::sink(), &options);
            }
        }
        if let Some(value) = &single {
            let item = resource.item(value.clone());
            let _ = resource.id_of(&item);
            let record = resource.record(&item);
            for format in [
                ShowFormat::Table,
                ShowFormat::Json,
                ShowFormat::Yaml,
                ShowFormat::Value,
                ShowFormat::Shell,
            ] {
                let options = ShowOptions {
                    format,
                    ..ShowOptions::default()
                };
                let _ = record.write(&mut std::io::sink(), &options);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    /// Text shaped like a clouds.yaml: keys oscope reads, values of every
    /// YAML kind, at random depths.
    fn yamlish() -> impl Strategy<Value = String> {
        let key = prop::sample::select(vec![
            "clouds",
            "auth",
            "auth_url",
            "username",
            "password",
            "project_name",
            "region_name",
            "regions",
            "auth_type",
            "verify",
            "cacert",
            "interface",
            "application_credential_id",
            "application_credential_secret",
            "token",
            "user_domain_name",
            "project_id",
            "system_scope",
            "groups",
            "name",
            "identity_api_version",
            "compute_endpoint_override",
            "api_timeout",
            "a",
            "b",
        ]);
        let value = prop::sample::select(vec![
            "",
            "x",
            "1",
            "-1",
            "true",
            "null",
            "[]",
            "{}",
            "[a, b]",
            "{name: r}",
            "http://h/v3",
            "'a & b'",
            "\"@g\"",
            "~",
            "1.5",
            "[{name: x}, y]",
            "*",
            "- -",
        ]);
        prop::collection::vec((0usize..4, key, value), 0..20).prop_map(|lines| {
            lines
                .into_iter()
                .map(|(depth, k, v)| format!("{}{k}: {v}\n", "  ".repeat(depth)))
                .collect()
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        #[test]
        fn any_bytes_as_configuration(data in prop::collection::vec(any::<u8>(), 0..512)) {
            super::config(&data);
        }

        #[test]
        fn yaml_like_configuration(clouds in yamlish(), secure in yamlish(), groups in yamlish()) {
            let data = [clouds.as_bytes(), secure.as_bytes(), groups.as_bytes()].join(&0xff);
            super::config(&data);
        }

        #[test]
        fn any_bytes_as_an_answer(data in prop::collection::vec(any::<u8>(), 0..512)) {
            super::answer(&data);
        }

        #[test]
        fn any_xml_as_a_saml_answer(xml in xmlish(3)) {
            super::answer(xml.as_bytes());
        }

        #[test]
        fn any_json_as_an_answer(value in json(3)) {
            for key in ["servers", "images", "networks", "users", "volumes", "flavors"] {
                let page = serde_json::json!({ key: [value.clone()], "next": value.clone() });
                super::answer(page.to_string().as_bytes());
            }
            super::answer(value.to_string().as_bytes());
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// A list page reads back what was written: each item whole, or
        /// only the kept keys of each object item (numbers to the last bit:
        /// the parser rounds correctly).
        #[test]
        fn a_page_reads_back_what_was_written(items in prop::collection::vec(json(3), 0..4)) {
            let text = serde_json::json!({"servers": items, "servers_links": []}).to_string();
            let mut read = Vec::new();
            crate::site::page(text.as_bytes(), "servers", None, &mut |i| read.push(i)).unwrap();
            prop_assert_eq!(&read, &items);
            let keep = ["id", "links", "name"];
            let mut kept = Vec::new();
            crate::site::page(text.as_bytes(), "servers", Some(&keep), &mut |i| kept.push(i))
                .unwrap();
            let expected: Vec<serde_json::Value> = items
                .iter()
                .map(|item| match item {
                    serde_json::Value::Object(map) => serde_json::Value::Object(
                        map.iter()
                            .filter(|(k, _)| keep.contains(&k.as_str()))
                            .map(|(k, v)| (k.clone(), v.clone()))
                            .collect(),
                    ),
                    other => other.clone(),
                })
                .collect();
            prop_assert_eq!(kept, expected);
        }
    }

    /// Any JSON value, up to `depth` levels, with keys services use.
    /// SOAP-like XML: the names and namespaces of SAML's ECP messages,
    /// nested, declared here or there or not at all.
    fn xmlish(depth: u32) -> impl Strategy<Value = String> {
        let name = prop::sample::select(vec![
            "S:Envelope",
            "S:Header",
            "S:Body",
            "paos:Request",
            "ecp:RelayState",
            "ecp:Response",
            "faultstring",
            "x",
        ]);
        let attribute = prop::sample::select(vec![
            " xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"",
            " xmlns:ecp=\"urn:oasis:names:tc:SAML:2.0:profiles:SSO:ecp\"",
            " xmlns:paos=\"urn:liberty:paos:2003-08\"",
            " responseConsumerURL=\"http://h/>\"",
            " AssertionConsumerServiceURL=\"http://h/\"",
            " S:a=\"1\"",
            "",
        ]);
        let leaf = "[a-z<>&/ ]{0,6}".prop_map(|s| s.to_string());
        leaf.prop_recursive(depth, 24, 3, move |inner| {
            (
                name.clone(),
                prop::collection::vec(attribute.clone(), 0..3),
                prop::collection::vec(inner, 0..3),
            )
                .prop_map(|(name, attributes, children)| {
                    format!(
                        "<{name}{}>{}</{name}>",
                        attributes.concat(),
                        children.concat()
                    )
                })
        })
    }

    fn json(depth: u32) -> impl Strategy<Value = serde_json::Value> {
        use serde_json::Value;
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            any::<f64>()
                .prop_filter("finite", |f| f.is_finite())
                .prop_map(Value::from),
            ".{0,12}".prop_map(Value::from),
        ];
        leaf.prop_recursive(depth, 64, 8, |inner| {
            let key = prop::sample::select(vec![
                "id",
                "name",
                "status",
                "image",
                "flavor",
                "addresses",
                "networks",
                "tags",
                "properties",
                "metadata",
                "allocation_pools",
                "attachments",
                "links",
                "server",
                "size",
                "x",
            ]);
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
                prop::collection::vec((key, inner), 0..6).prop_map(|kv| Value::Object(
                    kv.into_iter().map(|(k, v)| (k.to_string(), v)).collect()
                )),
            ]
        })
    }
}
