//! What a Neutron site runs on: its agents (one DHCP agent, as the real
//! test sites register) and its networks' segments.

use std::time::SystemTime;

use serde_json::json;

use crate::site::{Data, Site};

/// Neutron's time format for agents: no `T`, no zone.
fn agent_time(t: SystemTime) -> String {
    crate::site::iso(t)
        .replace('T', " ")
        .trim_end_matches('Z')
        .to_string()
}

/// The site's DHCP agent, registered (again) when there is none, as an
/// agent does at its next report.
pub(super) fn ensure_agent(data: &mut Data, site: &Site) {
    if !data.agents.is_empty() {
        return;
    }
    let now = agent_time(SystemTime::now());
    data.agents.push(json!({
        "id": site.new_id("agent"), "agent_type": "DHCP agent", "binary": "neutron-dhcp-agent",
        "topic": "dhcp_agent", "host": format!("{}-net1", site.name), "admin_state_up": true,
        "created_at": now, "started_at": now, "heartbeat_timestamp": now,
        "description": null, "resources_synced": null, "availability_zone": "nova",
        "alive": true,
        "configurations": {"dhcp_driver": "neutron.agent.linux.dhcp.Dnsmasq", "networks": 0},
    }));
}

/// One segment per network, as ML2 makes it: the network's provider
/// attributes, or a VLAN of the tenant range when it has none.
pub(super) fn sync_segments(data: &mut Data, site: &Site) {
    let Data {
        networks, segments, ..
    } = data;
    segments.retain(|s| networks.iter().any(|n| n["id"] == s["network_id"]));
    for (n, network) in networks.iter().enumerate() {
        if segments.iter().any(|s| s["network_id"] == network["id"]) {
            continue;
        }
        let provider = |key: &str| network[format!("provider:{key}").as_str()].clone();
        let kind = provider("network_type");
        let (kind, physical, id) = match kind.as_str() {
            Some(_) => (
                kind,
                provider("physical_network"),
                provider("segmentation_id"),
            ),
            None => (json!("vlan"), json!("physnet1"), json!(1000 + n)),
        };
        let now = crate::site::iso(SystemTime::now());
        segments.push(json!({
            "id": site.new_id("segment"), "network_id": network["id"], "name": null,
            "description": null, "physical_network": physical, "network_type": kind,
            "segmentation_id": id, "created_at": now, "updated_at": now, "revision_number": 0,
        }));
    }
}

/// `networks/{id}/dhcp-agents`: the site's DHCP agent, for a network that
/// has a subnet with DHCP (Neutron schedules it there then);
/// `routers/{id}/l3-agents`: none, as the site has no L3 agent (a router
/// it does not know is a 404 there, unlike a network).
pub(super) fn hosting(router: axum::Router) -> axum::Router {
    use axum::extract::Path;
    use axum::routing::get;
    use axum::{Extension, http::StatusCode};
    use std::sync::Arc;

    use super::Kind;
    use crate::http::json_response;
    use crate::site::Token;

    router
        .route(
            "/v2.0/networks/{id}/dhcp-agents",
            get(
                |Extension(site): Extension<Arc<Site>>,
                 Extension(t): Extension<Token>,
                 Path(id): Path<String>| async move {
                    let mut data = site.data.lock().unwrap();
                    // A network it does not know hosts no agent: Neutron
                    // answers 200 with none.
                    let known = data
                        .networks
                        .iter()
                        .any(|n| n["id"] == id.as_str() && super::visible(n, &t));
                    ensure_agent(&mut data, &site);
                    let dhcp = known
                        && data
                            .subnets
                            .iter()
                            .any(|s| s["network_id"] == id.as_str() && s["enable_dhcp"] == true);
                    let agents: Vec<_> = data.agents.iter().filter(|_| dhcp).cloned().collect();
                    json_response(StatusCode::OK, json!({ "agents": agents }))
                },
            ),
        )
        .route(
            "/v2.0/routers/{id}/l3-agents",
            get(
                |Extension(site): Extension<Arc<Site>>,
                 Extension(t): Extension<Token>,
                 Path(id): Path<String>| async move {
                    let data = site.data.lock().unwrap();
                    if !data
                        .routers
                        .iter()
                        .any(|r| r["id"] == id.as_str() && super::visible(r, &t))
                    {
                        return Kind::Router.not_found(&id);
                    }
                    json_response(StatusCode::OK, json!({ "agents": [] }))
                },
            ),
        )
}
