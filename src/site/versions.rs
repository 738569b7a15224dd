//! Microversions: which one each request asks for (oscope's choice per
//! request, or `--os-<service>-api-version` for all of them), and a site's
//! highest, from its version document (`latest`) or from a 406 that names
//! it.

use reqwest::Method;
use serde_json::Value;

use super::auth::Auth;
use super::request::{Body, Call, Kind, Reply, http_error};
use super::{FailureClass, Session, SiteError};
use crate::config::Microversion;
use crate::scope::ServiceType;

/// The compute microversion oscope speaks: new enough for embedded flavors
/// (2.47) and old enough for every supported Nova (Train and later).
pub const COMPUTE_MICROVERSION: &str = "2.79";

/// The compute microversion of a request: [`COMPUTE_MICROVERSION`], but
/// 2.80 (Ussuri) for a migration list by project or user, the filters
/// that came with it, 2.56 for quotas (openstacksdk's, which still has the
/// injected-file quotas python-openstackclient shows), and 2.30 for a live
/// migration, as openstacksdk sends it: Nova then says at once when no
/// host can take the server (from 2.34 it accepts and fails later).
fn compute_microversion(call: &Call) -> &'static str {
    let path = call.path.as_str();
    if path.starts_with("os-quota-sets") || path.starts_with("os-quota-class-sets") {
        return "2.56";
    }
    if path.starts_with("os-migrations")
        && (path.contains("project_id=") || path.contains("user_id="))
    {
        return "2.80";
    }
    match &call.body {
        Body::Json(body) if body.get("os-migrateLive").is_some() => "2.30",
        _ => COMPUTE_MICROVERSION,
    }
}

/// The block-storage microversion of volume requests: openstacksdk's for
/// volumes (Zed), so that `volume show` has the fields python-openstackclient
/// shows. A site whose Cinder is older says so (406), and the request goes
/// again at its maximum ([`Session::read`]).
pub const VOLUME_MICROVERSION: &str = "3.71";

/// The block-storage microversion of a request, when it needs one: volumes
/// at [`VOLUME_MICROVERSION`], openstacksdk's for services (3.32), transfers (3.55, the API that has
/// `volume-transfers`) and backups (3.64: their project, user and
/// metadata; a restore goes without, as openstacksdk sends it), and the
/// first that has attachments (3.27), migrations to a cluster (3.16) and
/// type lists by extra specs (3.52).
/// Other requests speak Cinder's 3.0.
fn volume_microversion(call: &Call) -> Option<&'static str> {
    let path = call.path.as_str();
    let to_cluster = matches!(&call.body,
        Body::Json(body) if body["os-migrate_volume"].get("cluster").is_some());
    if path.starts_with("volumes") {
        Some(VOLUME_MICROVERSION)
    } else if path.starts_with("types?") && path.contains("extra_specs=") {
        Some("3.52")
    } else if path.starts_with("attachments") {
        Some("3.27")
    } else if to_cluster {
        Some("3.16")
    } else if path.starts_with("os-services") {
        Some("3.32")
    } else if path.starts_with("volume-transfers") {
        Some("3.55")
    } else if path.starts_with("backups") && !path.ends_with("/restore") {
        Some("3.64")
    } else {
        None
    }
}

/// `3.71` as (3, 71).
fn parse_version(text: &str) -> Option<(u32, u32)> {
    let (major, minor) = text.trim().split_once('.')?;
    Some((major.parse().ok()?, minor.parse().ok()?))
}

/// The maximum a 406 names: "Version 3.71 is not supported by the API.
/// Minimum is 3.0 and maximum is 3.59."
pub(super) fn highest_named(reply: &Reply) -> Option<(u32, u32)> {
    let message = super::error_message(&reply.body);
    let (_, rest) = message.rsplit_once("maximum is ")?;
    parse_version(rest.trim_end_matches('.'))
}

/// The lowest compute microversion a request needs, if oscope's choice is
/// more than a choice: a migration list by project or user came with 2.80.
fn compute_minimum(call: &Call) -> Option<(u32, u32)> {
    let path = call.path.as_str();
    let by_owner = path.contains("project_id=") || path.contains("user_id=");
    (path.starts_with("os-migrations") && by_owner).then_some((2, 80))
}

impl Session {
    /// The microversion header of `call`, if its service takes one.
    pub(super) async fn microversion(
        &self,
        auth: &Auth,
        call: &Call,
    ) -> Result<Option<(String, String)>, SiteError> {
        let service = call.service;
        let (name, chosen, minimum) = match service {
            ServiceType::Compute => (
                "compute",
                Some(compute_microversion(call)),
                compute_minimum(call),
            ),
            ServiceType::BlockStorage => ("volume", volume_microversion(call), None),
            ServiceType::Placement => ("placement", None, None),
            _ => return Ok(None),
        };
        let version = match self.config.microversion(service) {
            Some(Microversion::Exact(major, minor)) => (major, minor),
            Some(Microversion::Latest) => self.highest(auth, service).await?,
            None => match chosen.and_then(parse_version) {
                // An older service's highest, once a 406 named it.
                Some(chosen) => match self.known_highest(service) {
                    Some(highest) if highest < chosen => highest,
                    _ => chosen,
                },
                None => return Ok(None),
            },
        };
        if let Some(minimum) = minimum.filter(|m| version < *m) {
            return Err(SiteError::new(
                FailureClass::Config,
                format!(
                    "this request needs {name} microversion {}.{} or later, not {}.{} \
                     (--os-{name}-api-version)",
                    minimum.0, minimum.1, version.0, version.1
                ),
            ));
        }
        Ok(Some((
            "openstack-api-version".to_string(),
            format!("{name} {}.{}", version.0, version.1),
        )))
    }

    fn known_highest(&self, service: ServiceType) -> Option<(u32, u32)> {
        let highest = self.highest.lock().expect("version lock");
        highest.get(&service).copied()
    }

    /// Remembers the site's highest microversion of `service`.
    pub(super) fn learn_highest(&self, service: ServiceType, version: (u32, u32)) {
        let mut highest = self.highest.lock().expect("version lock");
        highest.insert(service, version);
    }

    /// The site's highest microversion of `service`, from its version
    /// document, read once per command.
    async fn highest(&self, auth: &Auth, service: ServiceType) -> Result<(u32, u32), SiteError> {
        if let Some(known) = self.known_highest(service) {
            return Ok(known);
        }
        Ok(self.range(auth, service).await?.1)
    }

    /// The lowest and highest microversion of `service` here, from its
    /// version document (`site list --check`); `None` when the catalogue
    /// has no such service.
    pub async fn microversions(&self, service: ServiceType) -> Result<Option<Range>, SiteError> {
        let auth = self.authenticate().await?;
        match self.range(&auth, service).await {
            Ok(range) => Ok(Some(range)),
            Err(e) if e.is_no_endpoint() => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Reads the version document of `service`.
    async fn range(&self, auth: &Auth, service: ServiceType) -> Result<Range, SiteError> {
        let url = version_root(&self.url_with(auth, service)?);
        // With the token: Cinder's `/v3/` is behind Keystone's middleware.
        let token = Some(auth.token.as_str());
        let reply = self
            .send(Method::GET, &url, token, &Body::Empty, &[], Kind::Small)
            .await?;
        if reply.status >= 400 {
            return Err(http_error(&reply));
        }
        let range = range_in(&reply.json()?).ok_or_else(|| {
            SiteError::new(
                FailureClass::Server,
                format!("the version document at {url} names no microversions"),
            )
        })?;
        self.learn_highest(service, range.1);
        Ok(range)
    }
}

/// A service's lowest and highest microversion.
pub type Range = ((u32, u32), (u32, u32));

/// Where a service's version document is: its endpoint without the
/// project ID some catalogues put after the version (`.../v3/{project}`),
/// with a slash.
fn version_root(endpoint: &str) -> String {
    let endpoint = endpoint.trim_end_matches('/');
    let versioned = |segment: &str| {
        segment.len() > 1
            && segment.starts_with('v')
            && segment[1..].chars().all(|c| c.is_ascii_digit() || c == '.')
    };
    match endpoint.rsplit_once('/') {
        Some((root, last))
            if !versioned(last) && root.rsplit('/').next().is_some_and(versioned) =>
        {
            format!("{root}/")
        }
        _ => format!("{endpoint}/"),
    }
}

/// The lowest and highest microversion a version document names:
/// `min_version` and `version` (Nova, Cinder) or `max_version`
/// (Placement), of `{"version": ...}` or of the current entry of
/// `{"versions": [...]}`.
fn range_in(document: &Value) -> Option<Range> {
    let of = |v: &Value| {
        let highest = ["version", "max_version"]
            .iter()
            .find_map(|k| v[k].as_str().and_then(parse_version))?;
        let lowest = v["min_version"].as_str().and_then(parse_version);
        Some((lowest.unwrap_or(highest), highest))
    };
    match (&document["version"], document["versions"].as_array()) {
        (Value::Object(_), _) => of(&document["version"]),
        (_, Some(versions)) => versions
            .iter()
            .filter(|v| {
                v["status"]
                    .as_str()
                    .is_none_or(|s| s == "CURRENT" || s == "SUPPORTED")
            })
            .filter_map(of)
            .max_by_key(|range| range.1),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn version_documents_are_found_and_read() {
        assert_eq!(
            version_root("http://h/compute/v2.1"),
            "http://h/compute/v2.1/"
        );
        assert_eq!(
            version_root("http://h/volume/v3/0123abcd"),
            "http://h/volume/v3/"
        );
        assert_eq!(version_root("http://h/placement"), "http://h/placement/");
        assert_eq!(version_root("http://h:8774/v2.1/"), "http://h:8774/v2.1/");
        let nova = json!({"version": {"id": "v2.1", "version": "2.96", "min_version": "2.1"}});
        assert_eq!(range_in(&nova), Some(((2, 1), (2, 96))));
        let cinder = json!({"versions": [{"id": "v3.0", "status": "CURRENT", "version": "3.71",
            "min_version": "3.0"}]});
        assert_eq!(range_in(&cinder), Some(((3, 0), (3, 71))));
        let old = json!({"versions": [{"id": "v3.0", "status": "CURRENT", "version": "3.59"}]});
        assert_eq!(range_in(&old), Some(((3, 59), (3, 59))));
        let placement =
            json!({"versions": [{"id": "v1.0", "max_version": "1.39", "min_version": "1.0"}]});
        assert_eq!(range_in(&placement), Some(((1, 0), (1, 39))));
        assert_eq!(range_in(&json!({"versions": "x"})), None);
        assert_eq!(range_in(&json!({"version": {"version": 2}})), None);
    }
}
