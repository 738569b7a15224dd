//! One simulated site: its data, its behaviour (latency, faults) and what it
//! was asked.
//!
//! Every site is independent: its own users, tokens and resources, so a
//! token from one site is refused by every other, as with real Keystones.
//! IDs are derived from the site's name and a counter, so that two runs with
//! the same seed give the same IDs and golden outputs stay stable.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use md5::{Digest, Md5};
use serde_json::{Value, json};
use tokio::sync::watch;

pub use crate::servers::{ComputeService, Migration, Resized, Server, VmState};

/// The services a simulated site offers, by their catalogue path.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Service {
    Identity,
    Compute,
    Image,
    Network,
    Volume,
    Placement,
}

impl Service {
    /// The first path segment the service is served under.
    pub fn path(self) -> &'static str {
        match self {
            Service::Identity => "identity",
            Service::Compute => "compute",
            Service::Image => "image",
            Service::Network => "network",
            Service::Volume => "volume",
            Service::Placement => "placement",
        }
    }

    /// Parses a service by its path, type or project name.
    pub fn parse(name: &str) -> Option<Service> {
        Some(match name.to_ascii_lowercase().as_str() {
            "identity" | "keystone" => Service::Identity,
            "compute" | "nova" => Service::Compute,
            "image" | "glance" => Service::Image,
            "network" | "neutron" => Service::Network,
            "volume" | "block-storage" | "cinder" | "volumev3" => Service::Volume,
            "placement" => Service::Placement,
            _ => return None,
        })
    }
}

/// A way for a site to misbehave.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fault {
    /// Nothing listens: connections are refused.
    Refused,
    /// Connections are accepted and never answered.
    Hang,
    /// 500 Internal Server Error, in the service's error format.
    ServerError,
    /// 503 Service Unavailable with `Retry-After: <seconds>`.
    Unavailable { retry_after: u64 },
    /// 401 from services, as for a token that expired; Keystone still
    /// issues tokens, so a client that re-authenticates gets through.
    ExpiredToken,
    /// 200 with a body that is not JSON.
    MalformedJson,
    /// 200 with a `Content-Length` longer than the body, then the
    /// connection closes.
    Truncated,
    /// 200 with a valid JSON body of this many bytes.
    Huge { bytes: u64 },
    /// 200 with the real body, one byte per interval.
    Drip { interval: Duration },
}

impl Fault {
    /// Parses `refused`, `hang`, `500`, `503[:SECONDS]`, `401`, `malformed`,
    /// `truncated`, `huge[:BYTES]`, `drip[:MILLISECONDS]`.
    pub fn parse(text: &str) -> Result<Fault, String> {
        let (name, arg) = text
            .split_once(':')
            .map_or((text, None), |(n, a)| (n, Some(a)));
        let number = |default: u64| -> Result<u64, String> {
            arg.map_or(Ok(default), |a| {
                a.parse().map_err(|_| format!("`{a}` is not a number"))
            })
        };
        Ok(match name {
            "refused" => Fault::Refused,
            "hang" => Fault::Hang,
            "500" => Fault::ServerError,
            "503" => Fault::Unavailable {
                retry_after: number(1)?,
            },
            "401" | "expired" => Fault::ExpiredToken,
            "malformed" => Fault::MalformedJson,
            "truncated" => Fault::Truncated,
            "huge" => Fault::Huge {
                bytes: number(100 << 20)?,
            },
            "drip" => Fault::Drip {
                interval: Duration::from_millis(number(200)?),
            },
            other => {
                return Err(format!(
                    "unknown fault `{other}`: refused, hang, 500, 503[:SECONDS], 401, \
                     malformed, truncated, huge[:BYTES], drip[:MILLISECONDS]"
                ));
            }
        })
    }
}

/// A fault, the service it hits (all when `None`), and how many more
/// requests it hits (for ever when `None`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FaultSpec {
    pub fault: Fault,
    pub service: Option<Service>,
    pub remaining: Option<u32>,
}

impl FaultSpec {
    /// A fault on every request to every service.
    pub fn always(fault: Fault) -> FaultSpec {
        FaultSpec {
            fault,
            service: None,
            remaining: None,
        }
    }
}

/// How a site behaves: added latency, at most one fault, and the
/// highest compute and block-storage microversions its Nova and Cinder
/// take (2.96 and 3.71 when not set: an older one has a lower one).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Behaviour {
    pub latency: Duration,
    pub jitter: Duration,
    pub fault: Option<FaultSpec>,
    pub volume_max: Option<(u32, u32)>,
    pub compute_max: Option<(u32, u32)>,
}

/// A Keystone token.
#[derive(Clone, Debug)]
pub struct Token {
    pub user_id: String,
    pub project_id: Option<String>,
    pub domain_id: Option<String>,
    pub system: bool,
    pub methods: Vec<String>,
    pub issued: SystemTime,
    pub expires: SystemTime,
    /// The trust it is scoped to (`OS-TRUST:trust`), if any.
    pub trust: Option<String>,
}

/// An application credential: its secret stays here, as in Keystone.
#[derive(Clone, Debug, Default)]
pub struct AppCredential {
    pub id: String,
    pub name: String,
    pub user_id: String,
    pub project_id: String,
    pub secret: String,
    pub description: Option<String>,
    /// `2030-01-01T00:00:00.000000`, as Keystone keeps it.
    pub expires_at: Option<String>,
    pub unrestricted: bool,
    /// The roles' IDs, those implied included.
    pub roles: Vec<String>,
    /// Keystone leaves the key out when there are none.
    pub access_rules: Option<Value>,
}

/// A role given to a user or a group on a project or a domain; an
/// inherited one holds on the projects below instead (`OS-INHERIT`).
#[derive(Debug, Clone, PartialEq)]
pub struct Assignment {
    pub actor: Actor,
    pub on: On,
    pub role: String,
    pub inherited: bool,
}

/// Whom an assignment gives its role.
#[derive(Debug, Clone, PartialEq)]
pub enum Actor {
    User(String),
    Group(String),
}

/// What an assignment is on.
#[derive(Debug, Clone, PartialEq)]
pub enum On {
    Project(String),
    Domain(String),
    /// Keystone's one system, `all`.
    System,
}

impl Assignment {
    pub fn on_project(user: &str, project: &str, role: &str) -> Assignment {
        Assignment {
            actor: Actor::User(user.into()),
            on: On::Project(project.into()),
            role: role.into(),
            inherited: false,
        }
    }
}

/// Everything a site stores. Resources other than servers are few and kept
/// as the JSON the API returns; keys starting with `_` are private.
#[derive(Debug, Default)]
pub struct Data {
    pub domains: Vec<Value>,
    pub users: Vec<Value>,
    pub projects: Vec<Value>,
    pub roles: Vec<Value>,
    pub assignments: Vec<Assignment>,
    /// (prior role, implied role)
    pub implied_roles: Vec<(String, String)>,
    /// The catalogue (`keystone/catalog.rs`).
    pub regions: Vec<Value>,
    pub services: Vec<Value>,
    pub endpoints: Vec<Value>,
    /// Keystone's credentials and unified limits (`keystone/records.rs`).
    pub credentials: Vec<Value>,
    /// Keystone's trusts (`OS-TRUST`), as answered.
    pub trusts: Vec<Value>,
    pub limits: Vec<Value>,
    pub registered_limits: Vec<Value>,
    pub groups: Vec<Value>,
    /// (group id, user id)
    pub members: Vec<(String, String)>,
    pub app_credentials: Vec<AppCredential>,
    pub tokens: HashMap<String, Token>,
    /// Keystone's auth receipts: (user, methods so far, expiry) by ID.
    pub receipts: HashMap<String, (String, Vec<String>, SystemTime)>,
    pub servers: Vec<Server>,
    pub flavors: Vec<Value>,
    pub keypairs: Vec<Value>,
    pub server_groups: Vec<Value>,
    pub aggregates: Vec<crate::compute::Aggregate>,
    pub images: Vec<Value>,
    pub image_data: HashMap<String, bytes::Bytes>,
    /// Cinder's volume types (`_access`: the projects of a private one,
    /// `_default`: the default type).
    pub volume_types: Vec<Value>,
    /// Cinder's volume transfers (`_auth_key`, `_project`: the giver's).
    pub volume_transfers: Vec<Value>,
    /// Cinder's services: `{binary, host, zone, status, disabled_reason}`.
    pub volume_services: Vec<Value>,
    /// Data staged for an image's import, until it is imported.
    pub image_staging: HashMap<String, bytes::Bytes>,
    /// Glance image members: `{image_id, member_id, status, ...}`.
    pub image_members: Vec<Value>,
    pub networks: Vec<Value>,
    pub subnets: Vec<Value>,
    pub security_groups: Vec<Value>,
    pub security_group_rules: Vec<Value>,
    pub ports: Vec<Value>,
    pub floating_ips: Vec<Value>,
    pub routers: Vec<Value>,
    pub address_scopes: Vec<Value>,
    pub subnet_pools: Vec<Value>,
    pub qos_policies: Vec<Value>,
    pub rbac_policies: Vec<Value>,
    pub agents: Vec<Value>,
    pub segments: Vec<Value>,
    pub volumes: Vec<Value>,
    pub snapshots: Vec<Value>,
    /// Cinder's backups (`_parent`: the backup an incremental one builds
    /// on; `_volume`: its volume's name and description when made).
    pub backups: Vec<Value>,
    /// Cinder's QoS specifications: `{id, name, consumer, specs}`.
    pub qos_specs: Vec<Value>,
    pub migrations: Vec<Migration>,
    pub deleted_servers: Vec<Server>,
    pub compute_service: ComputeService,
    pub compute_quotas: crate::quotas::Quotas,
    pub volume_quotas: crate::quotas::Quotas,
    pub network_quotas: crate::quotas::Quotas,
}

/// The one compute host of a site, as Nova's fake virt driver reports it
/// to Placement: its vCPUs (over-committed by Nova's default ratio), RAM
/// (some reserved for the host) and disk.
pub struct Host;

impl Host {
    pub const VCPUS: i64 = 1000;
    pub const VCPU_RATIO: f64 = 4.0;
    pub const RAM_MB: i64 = 800_000;
    pub const RESERVED_RAM_MB: i64 = 512;
    pub const DISK_GB: i64 = 600_000;
}

/// What servers hold of their host, by their flavors.
#[derive(Clone, Copy, Debug, Default)]
pub struct InUse {
    pub vcpus: i64,
    pub ram_mb: i64,
    pub disk_gb: i64,
    pub servers: i64,
}

impl Data {
    /// A flavor's (vCPUs, RAM MB, disk GB); zeros for one it lacks.
    pub fn flavor_size(&self, id: &str) -> (i64, i64, i64) {
        let flavor = self.flavors.iter().find(|f| f["id"] == id);
        let of = |key: &str| flavor.and_then(|f| f[key].as_i64()).unwrap_or(0);
        (of("vcpus"), of("ram"), of("disk"))
    }

    /// What the servers the scheduler placed hold; with `built_by`, only
    /// those built by then (what the host and Placement report).
    pub fn in_use(&self, built_by: Option<SystemTime>) -> InUse {
        let mut used = InUse::default();
        let placed = self.servers.iter().filter(|s| s.fault.is_none());
        for server in placed.filter(|s| built_by.is_none_or(|t| t >= s.active_at)) {
            let (vcpus, ram, disk) = self.flavor_size(&server.flavor_id);
            used.vcpus += vcpus;
            used.ram_mb += ram;
            used.disk_gb += disk;
            used.servers += 1;
        }
        used
    }
}

/// What to put in a site when it starts.
#[derive(Clone, Debug)]
pub struct Seed {
    pub servers: usize,
    pub images: usize,
    pub networks: usize,
    pub volumes: usize,
    /// The admin user's password; the demo user's is `<site>-demo`.
    pub admin_password: String,
    /// How long a new server stays in BUILD.
    pub build_time: Duration,
    /// How long tokens live.
    pub token_ttl: Duration,
}

/// One simulated site.
#[derive(Debug)]
pub struct Site {
    pub name: String,
    pub region: String,
    pub port: u16,
    pub data: Mutex<Data>,
    pub seed: Seed,
    behaviour: Mutex<Behaviour>,
    /// Bumped whenever the behaviour changes, so that listeners and open
    /// connections can react (close for `Refused`).
    pub changes: watch::Sender<u64>,
    counter: AtomicU64,
    /// Tokens and request IDs come from their own sequence, so that
    /// resource IDs do not depend on how many requests came before.
    nonce: AtomicU64,
    requests: Mutex<HashMap<String, u64>>,
    total: AtomicU64,
    /// Connections accepted.
    connections: AtomicU64,
    /// Rendered list answers, so that a thousand sites answering the same
    /// list do not cost the machine the client runs on; emptied whenever
    /// the data they show changes.
    rendered: Mutex<HashMap<String, bytes::Bytes>>,
    /// Catalogues by project: the same for every token of a project (the
    /// endpoints' IDs are derived from the site), made once.
    catalogs: Mutex<HashMap<String, Arc<str>>>,
}

/// Fixed start time of seeded resources, so golden outputs do not move.
pub fn seed_time() -> SystemTime {
    SystemTime::UNIX_EPOCH + Duration::from_secs(1_767_225_600) // 2026-01-01T00:00:00Z
}

/// `2026-01-01T00:00:00Z`.
pub fn iso(t: SystemTime) -> String {
    humantime::format_rfc3339_seconds(t).to_string()
}

/// `2026-01-01T00:00:00.000000Z`, as Keystone and Neutron print it.
pub fn iso_micro(t: SystemTime) -> String {
    humantime::format_rfc3339_micros(t).to_string()
}

impl Site {
    /// A site with its seed data.
    pub fn new(name: &str, region: &str, port: u16, seed: Seed, behaviour: Behaviour) -> Site {
        let site = Site {
            name: name.to_string(),
            region: region.to_string(),
            port,
            data: Mutex::new(Data::default()),
            seed,
            behaviour: Mutex::new(behaviour),
            changes: watch::channel(0).0,
            counter: AtomicU64::new(0),
            nonce: AtomicU64::new(0),
            requests: Mutex::new(HashMap::new()),
            total: AtomicU64::new(0),
            connections: AtomicU64::new(0),
            rendered: Mutex::new(HashMap::new()),
            catalogs: Mutex::new(HashMap::new()),
        };
        site.populate();
        site
    }

    /// `http://127.0.0.1:<port>`
    pub fn base(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// The Keystone URL for clouds.yaml.
    pub fn auth_url(&self) -> String {
        format!("{}/identity/v3", self.base())
    }

    /// A new ID, the same for the same site and sequence on every run.
    pub fn new_id(&self, kind: &str) -> String {
        let n = self.counter.fetch_add(1, Ordering::Relaxed);
        stable_uuid(&format!("{}/{kind}/{n}", self.name))
    }

    /// A token string: random-looking, unique, never reused.
    pub fn new_token(&self) -> String {
        let n = self.nonce.fetch_add(1, Ordering::Relaxed);
        let nanos = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .unwrap_or_default()
            .as_nanos();
        let digest = Md5::digest(format!("{}/token/{n}/{nanos}", self.name));
        format!("gAAAAA{}", hex::encode(digest))
    }

    /// An `X-OpenStack-Request-ID`.
    pub fn new_request_id(&self) -> String {
        let n = self.nonce.fetch_add(1, Ordering::Relaxed);
        format!("req-{}", stable_uuid(&format!("{}/request/{n}", self.name)))
    }

    pub fn behaviour(&self) -> Behaviour {
        self.behaviour.lock().unwrap().clone()
    }

    /// Replaces the behaviour; open connections and the listener react.
    pub fn set_behaviour(&self, behaviour: Behaviour) {
        *self.behaviour.lock().unwrap() = behaviour;
        self.changes.send_modify(|n| *n += 1);
    }

    /// Sets or clears the fault, keeping the latency.
    /// Makes the site's Cinder one whose highest microversion is `max`.
    pub fn set_volume_max(&self, max: (u32, u32)) {
        let mut behaviour = self.behaviour();
        behaviour.volume_max = Some(max);
        self.set_behaviour(behaviour);
    }

    /// Makes the site's Nova one whose highest microversion is `max`.
    pub fn set_compute_max(&self, max: (u32, u32)) {
        let mut behaviour = self.behaviour();
        behaviour.compute_max = Some(max);
        self.set_behaviour(behaviour);
    }

    /// The highest compute microversion the site takes.
    pub fn compute_max(&self) -> (u32, u32) {
        self.behaviour
            .lock()
            .unwrap()
            .compute_max
            .unwrap_or((2, 96))
    }

    /// The highest block-storage microversion the site takes.
    pub fn volume_max(&self) -> (u32, u32) {
        self.behaviour.lock().unwrap().volume_max.unwrap_or((3, 71))
    }

    pub fn set_fault(&self, fault: Option<FaultSpec>) {
        let mut behaviour = self.behaviour();
        behaviour.fault = fault;
        self.set_behaviour(behaviour);
    }

    /// The fault that hits a request to `service` now, counting it down.
    pub fn take_fault(&self, service: Option<Service>) -> Option<Fault> {
        let mut behaviour = self.behaviour.lock().unwrap();
        let spec = behaviour.fault.as_mut()?;
        if spec.service.is_some() && spec.service != service {
            return None;
        }
        let fault = spec.fault.clone();
        if let Some(remaining) = &mut spec.remaining {
            *remaining = remaining.saturating_sub(1);
            if *remaining == 0 {
                behaviour.fault = None;
            }
        }
        Some(fault)
    }

    /// Whether connections should be refused now.
    pub fn refusing(&self) -> bool {
        let behaviour = self.behaviour.lock().unwrap();
        matches!(
            &behaviour.fault,
            Some(FaultSpec {
                fault: Fault::Refused,
                ..
            })
        )
    }

    /// Whether new connections should be accepted and left unanswered.
    pub fn hanging(&self) -> bool {
        let behaviour = self.behaviour.lock().unwrap();
        matches!(
            &behaviour.fault,
            Some(FaultSpec {
                fault: Fault::Hang,
                service: None,
                ..
            })
        )
    }

    /// A rendered answer for `key`, made once until [`Site::changed`].
    pub fn rendered(&self, key: &str, make: impl FnOnce() -> (bytes::Bytes, bool)) -> bytes::Bytes {
        if let Some(body) = self.rendered.lock().unwrap().get(key) {
            return body.clone();
        }
        let (body, keep) = make();
        if keep {
            self.rendered
                .lock()
                .unwrap()
                .insert(key.to_string(), body.clone());
        }
        body
    }

    /// The catalogue of tokens scoped to `project_id`, made once.
    pub fn catalog(&self, project_id: &str, make: impl FnOnce() -> serde_json::Value) -> Arc<str> {
        let mut catalogs = self.catalogs.lock().unwrap();
        catalogs
            .entry(project_id.to_string())
            .or_insert_with(|| make().to_string().into())
            .clone()
    }

    /// Forgets the tokens' catalogues: the catalogue changed.
    pub fn catalog_changed(&self) {
        self.catalogs.lock().unwrap().clear();
        self.changed();
    }

    /// Forgets rendered answers: the data changed.
    pub fn changed(&self) {
        self.rendered.lock().unwrap().clear();
    }

    /// Counts a request as `METHOD /path`.
    pub fn count(&self, method: &str, path: &str) {
        self.total.fetch_add(1, Ordering::Relaxed);
        *self
            .requests
            .lock()
            .unwrap()
            .entry(format!("{method} {path}"))
            .or_default() += 1;
    }

    /// Counts an accepted connection.
    pub fn connected(&self) {
        self.connections.fetch_add(1, Ordering::Relaxed);
    }

    /// How many connections the site has accepted.
    pub fn connections(&self) -> u64 {
        self.connections.load(Ordering::Relaxed)
    }

    /// How many times `METHOD /path` was asked.
    pub fn requests(&self, key: &str) -> u64 {
        self.requests.lock().unwrap().get(key).copied().unwrap_or(0)
    }

    /// Every request so far, by `METHOD /path`.
    pub fn request_counts(&self) -> HashMap<String, u64> {
        self.requests.lock().unwrap().clone()
    }

    /// How many requests the site has had in all.
    pub fn total_requests(&self) -> u64 {
        self.total.load(Ordering::Relaxed)
    }

    /// Forgets the request counts.
    pub fn reset_counts(&self) {
        self.requests.lock().unwrap().clear();
        self.total.store(0, Ordering::Relaxed);
    }

    /// Issues a token for a user, as Keystone does after any method.
    pub fn issue_token(&self, token: Token) -> String {
        let id = self.new_token();
        let mut data = self.data.lock().unwrap();
        let now = SystemTime::now();
        data.tokens.retain(|_, t| t.expires > now);
        data.tokens.insert(id.clone(), token);
        id
    }

    /// The token behind `X-Auth-Token`, if it is valid here and now.
    pub fn validate(&self, token: &str) -> Option<Token> {
        let data = self.data.lock().unwrap();
        data.tokens
            .get(token)
            .filter(|t| t.expires > SystemTime::now())
            .cloned()
    }
}

/// 32 hex digits as a UUID.
pub fn stable_uuid(seed: &str) -> String {
    let h = hex::encode(Md5::digest(seed));
    format!(
        "{}-{}-4{}-a{}-{}",
        &h[0..8],
        &h[8..12],
        &h[13..16],
        &h[17..20],
        &h[20..32]
    )
}

pub fn project_json(base: &str, id: &str, name: &str, description: &str) -> Value {
    json!({
        "id": id, "name": name, "domain_id": "default", "description": description,
        "enabled": true, "parent_id": "default", "is_domain": false, "tags": [], "options": {},
        "links": {"self": format!("{base}/identity/v3/projects/{id}")}
    })
}

pub fn user_json(base: &str, id: &str, name: &str, default_project: Option<&str>) -> Value {
    let mut user = json!({
        "id": id, "name": name, "domain_id": "default", "enabled": true,
        "password_expires_at": null, "options": {},
        "links": {"self": format!("{base}/identity/v3/users/{id}")}
    });
    if let Some(p) = default_project {
        user["default_project_id"] = json!(p);
    }
    user
}

pub fn image_json(id: &str, name: &str, owner: &str, t: SystemTime, visibility: &str) -> Value {
    json!({
        "name": name, "disk_format": "raw", "container_format": "bare", "visibility": visibility,
        "size": null, "virtual_size": null, "status": "queued", "checksum": null,
        "protected": false, "min_ram": 0, "min_disk": 0, "owner": owner, "os_hidden": false,
        "os_hash_algo": null, "os_hash_value": null, "id": id,
        "created_at": iso(t), "updated_at": iso(t), "tags": [],
        "self": format!("/v2/images/{id}"), "file": format!("/v2/images/{id}/file"),
        "schema": "/v2/schemas/image"
    })
}

/// Marks an image active with `content` as its data, checksums included.
pub fn set_image_data(image: &mut Value, content: &[u8], t: SystemTime) {
    image["status"] = json!("active");
    image["size"] = json!(content.len());
    image["virtual_size"] = json!(content.len());
    image["checksum"] = json!(hex::encode(Md5::digest(content)));
    image["os_hash_algo"] = json!("sha512");
    image["os_hash_value"] = json!(hex::encode(sha2::Sha512::digest(content)));
    image["stores"] = json!("file");
    image["updated_at"] = json!(iso(t));
}

pub fn network_json(id: &str, name: &str, project: &str, t: SystemTime) -> Value {
    json!({
        "id": id, "name": name, "tenant_id": project, "admin_state_up": true, "mtu": 1450,
        "status": "ACTIVE", "subnets": [], "shared": false, "availability_zone_hints": [],
        "availability_zones": ["nova"], "ipv4_address_scope": null, "ipv6_address_scope": null,
        "router:external": false, "description": "", "port_security_enabled": true,
        "qos_policy_id": null, "l2_adjacency": true,
        "provider:network_type": null, "provider:physical_network": null,
        "provider:segmentation_id": null, "qinq": false, "vlan_transparent": false, "tags": [],
        "created_at": iso(t), "updated_at": iso(t), "revision_number": 1, "project_id": project
    })
}

pub fn subnet_json(
    id: &str,
    name: &str,
    network: &str,
    cidr: &str,
    project: &str,
    t: SystemTime,
) -> Value {
    let prefix = cidr.rsplit_once('.').map_or("10.0.0", |(p, _)| p);
    json!({
        "id": id, "name": name, "tenant_id": project, "network_id": network, "ip_version": 4,
        "subnetpool_id": null, "enable_dhcp": true, "ipv6_ra_mode": null, "ipv6_address_mode": null,
        "gateway_ip": format!("{prefix}.1"), "cidr": cidr,
        "allocation_pools": [{"start": format!("{prefix}.2"), "end": format!("{prefix}.254")}],
        "host_routes": [], "dns_nameservers": [], "description": "", "service_types": [],
        "segment_id": null,
        "router:external": false,
        "tags": [], "created_at": iso(t), "updated_at": iso(t), "revision_number": 0,
        "project_id": project
    })
}

pub fn volume_json(
    base: &str,
    id: &str,
    name: &str,
    size: u64,
    project: &str,
    user: &str,
    t: SystemTime,
) -> Value {
    json!({
        "id": id, "name": name, "status": "available", "size": size,
        "availability_zone": "nova", "created_at": iso_micro(t).trim_end_matches('Z'),
        "updated_at": iso_micro(t).trim_end_matches('Z'), "attachments": [], "bootable": "false",
        "encrypted": false, "description": null, "volume_type": "lvmdriver-1",
        "snapshot_id": null, "source_volid": null, "metadata": {}, "user_id": user,
        "multiattach": false, "replication_status": null, "consistencygroup_id": null,
        "os-vol-tenant-attr:tenant_id": project, "migration_status": null, "group_id": null,
        "links": [
            {"href": format!("{base}/volume/v3/{project}/volumes/{id}"), "rel": "self"},
            {"href": format!("{base}/volume/{project}/volumes/{id}"), "rel": "bookmark"}
        ]
    })
}
