//! Choosing an endpoint from a token's catalogue, as keystoneauth does:
//! service type (the official one, then its aliases), then interface, then
//! region; `<service>_endpoint_override` first of all; then the API
//! version the URL needs when the catalogue lists it unversioned.

use serde::Deserialize;

use crate::config::SiteConfig;
use crate::scope::ServiceType;

/// One service of a token's catalogue: what endpoint choice reads of it.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct Service {
    #[serde(rename = "type", default)]
    pub kind: Option<String>,
    #[serde(default, deserialize_with = "null_is_empty")]
    pub endpoints: Vec<Endpoint>,
}

/// One endpoint of a catalogue service.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct Endpoint {
    #[serde(default)]
    pub interface: Option<String>,
    #[serde(default)]
    pub region_id: Option<String>,
    #[serde(default)]
    pub region: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
}

/// `null` where a list is expected reads as an empty list.
pub fn null_is_empty<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    Ok(Option::<Vec<T>>::deserialize(deserializer)?.unwrap_or_default())
}

/// The catalogue's URL for `service`, or `None` when the catalogue has no
/// such service at this interface and region.
pub fn find(
    catalog: &[Service],
    service: ServiceType,
    interface: &str,
    region: Option<&str>,
) -> Option<String> {
    let names = std::iter::once(service.as_str()).chain(service.aliases().iter().copied());
    for name in names {
        for entry in catalog.iter().filter(|e| e.kind.as_deref() == Some(name)) {
            let endpoint = entry.endpoints.iter().find(|e| {
                let same_interface = e
                    .interface
                    .as_deref()
                    .is_some_and(|i| i.trim_end_matches("URL").eq_ignore_ascii_case(interface));
                let same_region = region.is_none_or(|r| {
                    e.region_id.as_deref() == Some(r) || e.region.as_deref() == Some(r)
                });
                same_interface && same_region
            });
            if let Some(url) = endpoint.and_then(|e| e.url.as_deref()) {
                return Some(url.trim_end_matches('/').to_string());
            }
        }
    }
    None
}

/// The URL requests for `service` go to: the override or the catalogue's,
/// with `$(project_id)s` filled in and the API version appended where the
/// URL has none (`/image` → `/image/v2`, `/network` → `/network/v2.0`).
pub fn service_url(
    config: &SiteConfig,
    catalog: &[Service],
    service: ServiceType,
    project_id: Option<&str>,
) -> Option<String> {
    let base = match config.endpoint_overrides.get(&service) {
        Some(url) => url.trim_end_matches('/').to_string(),
        None => find(
            catalog,
            service,
            config.interface_of(service),
            config.region.as_deref(),
        )?,
    };
    let project = project_id.unwrap_or_default();
    let base = base
        .replace("$(project_id)s", project)
        .replace("%(project_id)s", project)
        .replace("{project_id}", project);
    let major = config
        .api_versions
        .get(&service)
        .map(|v| v.split('.').next().unwrap_or(v).to_string())
        .filter(|m| m.chars().all(|c| c.is_ascii_digit()));
    let has_version = |prefix: &str| {
        base.rsplit('/').take(2).any(|segment| {
            segment.starts_with(prefix)
                && segment[prefix.len()..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_digit())
        })
    };
    Some(match service {
        ServiceType::Identity if !has_version("v") => {
            format!("{base}/v{}", major.as_deref().unwrap_or("3"))
        }
        ServiceType::Image if !has_version("v") => {
            format!("{base}/v{}", major.as_deref().unwrap_or("2"))
        }
        ServiceType::Network if !has_version("v") => format!("{base}/v2.0"),
        ServiceType::Compute if !has_version("v") => format!("{base}/v2.1"),
        ServiceType::BlockStorage if !has_version("v") => match project_id {
            Some(p) => format!("{base}/v{}/{p}", major.as_deref().unwrap_or("3")),
            None => format!("{base}/v{}", major.as_deref().unwrap_or("3")),
        },
        _ => base,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn catalog() -> Vec<Service> {
        let endpoints = |path: &str| {
            json!([
                {"interface": "public", "region_id": "R1", "url": format!("http://pub-r1{path}")},
                {"interface": "internal", "region_id": "R1", "url": format!("http://int-r1{path}")},
                {"interface": "public", "region_id": "R2", "region": "R2", "url": format!("http://pub-r2{path}")},
            ])
        };
        serde_json::from_value(json!([
            {"type": "identity", "endpoints": endpoints("/identity")},
            {"type": "compute", "endpoints": endpoints("/compute/v2.1")},
            {"type": "image", "endpoints": endpoints("/image/")},
            {"type": "network", "endpoints": endpoints(":9696")},
            {"type": "volumev3", "endpoints": endpoints("/volume/v3/$(project_id)s")},
            {"type": "placement", "endpoints": endpoints("/placement")},
            {"type": "dns", "endpoints": null},
        ]))
        .unwrap()
    }

    fn config(interface: &str, region: Option<&str>) -> SiteConfig {
        SiteConfig {
            interface: interface.into(),
            region: region.map(str::to_string),
            ..SiteConfig::for_tests("s")
        }
    }

    #[test]
    fn interface_and_region_pick_the_endpoint() {
        let c = catalog();
        let url = |cfg: &SiteConfig, s| service_url(cfg, &c, s, Some("p1"));
        let public = config("public", None);
        assert_eq!(
            url(&public, ServiceType::Compute).unwrap(),
            "http://pub-r1/compute/v2.1"
        );
        assert_eq!(
            url(&public, ServiceType::Image).unwrap(),
            "http://pub-r1/image/v2"
        );
        assert_eq!(
            url(&public, ServiceType::Network).unwrap(),
            "http://pub-r1:9696/v2.0"
        );
        assert_eq!(
            url(&public, ServiceType::Identity).unwrap(),
            "http://pub-r1/identity/v3"
        );
        assert_eq!(
            url(&public, ServiceType::BlockStorage).unwrap(),
            "http://pub-r1/volume/v3/p1"
        );
        assert_eq!(
            url(&public, ServiceType::Placement).unwrap(),
            "http://pub-r1/placement"
        );
        assert_eq!(
            url(&config("internal", Some("R1")), ServiceType::Compute).unwrap(),
            "http://int-r1/compute/v2.1"
        );
        assert_eq!(
            url(&config("publicURL", Some("R2")), ServiceType::Compute),
            None,
            "interface is normalised first"
        );
        assert_eq!(
            url(&config("public", Some("R2")), ServiceType::Image).unwrap(),
            "http://pub-r2/image/v2"
        );
        assert_eq!(
            url(&config("internal", Some("R2")), ServiceType::Compute),
            None
        );
        assert_eq!(url(&public, ServiceType::Dns), None);
    }

    #[test]
    fn overrides_and_api_versions() {
        let c = catalog();
        let mut cfg = config("public", None);
        cfg.endpoint_overrides
            .insert(ServiceType::Compute, "http://override/compute/v2.1/".into());
        cfg.endpoint_overrides.insert(
            ServiceType::BlockStorage,
            "http://ov/volume/v3/%(project_id)s".into(),
        );
        cfg.api_versions.insert(ServiceType::Image, "1".into());
        let url = |s| service_url(&cfg, &c, s, Some("p1")).unwrap();
        assert_eq!(url(ServiceType::Compute), "http://override/compute/v2.1");
        assert_eq!(url(ServiceType::BlockStorage), "http://ov/volume/v3/p1");
        assert_eq!(url(ServiceType::Image), "http://pub-r1/image/v1");
    }
}
