//! What a simulated site holds when it starts: a fresh Keystone's domain,
//! projects, users and roles, three flavors, and as many servers, images,
//! networks and volumes as its seed asks for, at fixed times and with IDs
//! derived from its name.

use serde_json::json;

use crate::quotas::Quotas;

use crate::site::{
    Assignment, Data, Server, Site, VmState, image_json, network_json, project_json, seed_time,
    set_image_data, subnet_json, user_json, volume_json,
};

impl Site {
    /// Puts the seed data in: the domain, projects, users and roles of a
    /// fresh Keystone, three flavors, and the requested number of servers,
    /// images, networks and volumes.
    pub(crate) fn populate(&self) {
        let t = seed_time();
        let mut d = Data {
            compute_quotas: Quotas::new(crate::compute::QUOTAS),
            volume_quotas: Quotas::new(crate::volume::QUOTAS),
            network_quotas: Quotas::new(crate::network::QUOTAS),
            ..Data::default()
        };
        d.domains.push(json!({
            "id": "default", "name": "Default", "description": "The default domain",
            "enabled": true, "tags": [], "options": {},
            "links": {"self": format!("{}/identity/v3/domains/default", self.base())}
        }));
        for (role, _) in [("admin", 0), ("member", 1), ("reader", 2)] {
            let id = self.new_id("role");
            d.roles.push(json!({
                // `keystone-manage bootstrap` makes its roles immutable.
                "id": id, "name": role, "domain_id": null, "description": null,
                "options": {"immutable": true},
                "links": {"self": format!("{}/identity/v3/roles/{id}", self.base())}
            }));
        }
        let role_id = |d: &Data, name: &str| {
            d.roles
                .iter()
                .find(|r| r["name"] == name)
                .map(|r| r["id"].as_str().unwrap().to_string())
                .unwrap()
        };
        crate::keystone::seed_catalog(self, &mut d);
        // As `keystone-manage bootstrap` leaves them.
        for (prior, implied) in [("admin", "member"), ("member", "reader")] {
            let pair = (role_id(&d, prior), role_id(&d, implied));
            d.implied_roles.push(pair);
        }
        for name in ["admin", "demo", "service"] {
            let id = self.new_id("project");
            d.projects
                .push(project_json(&self.base(), &id, name, "Bootstrap project"));
        }
        let project_id = |d: &Data, name: &str| {
            d.projects
                .iter()
                .find(|p| p["name"] == name)
                .map(|p| p["id"].as_str().unwrap().to_string())
                .unwrap()
        };
        let users = [
            ("admin", self.seed.admin_password.clone(), "admin", "admin"),
            ("demo", format!("{}-demo", self.name), "demo", "member"),
        ];
        for (name, password, project, role) in users {
            let id = self.new_id("user");
            let mut user = user_json(&self.base(), &id, name, None); // bootstrap users have no default project
            user["_password"] = json!(password);
            d.users.push(user);
            let (p, r) = (project_id(&d, project), role_id(&d, role));
            d.assignments.push(Assignment::on_project(&id, &p, &r));
            if role == "admin" {
                let member = role_id(&d, "member");
                d.assignments.push(Assignment::on_project(&id, &p, &member));
            }
        }
        let admin_project = project_id(&d, "admin");
        let admin_user = d.users[0]["id"].as_str().unwrap().to_string();

        for (i, (name, vcpus, ram, disk)) in [
            ("m1.tiny", 1, 512, 1),
            ("m1.small", 1, 2048, 20),
            ("m1.medium", 2, 4096, 40),
        ]
        .into_iter()
        .enumerate()
        {
            let id = (i + 1).to_string();
            d.flavors.push(json!({
                "id": id, "name": name, "ram": ram, "disk": disk, "vcpus": vcpus,
                "OS-FLV-EXT-DATA:ephemeral": 0, "swap": 0, "rxtx_factor": 1.0,
                "os-flavor-access:is_public": true, "OS-FLV-DISABLED:disabled": false,
                "description": null, "extra_specs": {},
                "links": [
                    {"rel": "self", "href": format!("{}/compute/v2.1/flavors/{id}", self.base())},
                    {"rel": "bookmark", "href": format!("{}/compute/flavors/{id}", self.base())}
                ]
            }));
        }
        for i in 0..self.seed.images {
            let id = self.new_id("image");
            let name = if i == 0 {
                "cirros".to_string()
            } else {
                format!("image-{i:03}")
            };
            let content = format!("{}:{name}", self.name).into_bytes();
            let mut image = image_json(
                &id,
                &name,
                &admin_project,
                t,
                if i == 0 { "public" } else { "shared" },
            );
            set_image_data(&mut image, &content, t);
            d.image_data.insert(id, content.into());
            d.images.push(image);
        }
        for i in 0..self.seed.networks {
            let id = self.new_id("network");
            let name = if i == 0 {
                "shared".to_string()
            } else {
                format!("net-{i:03}")
            };
            let subnet_id = self.new_id("subnet");
            let cidr = format!("10.{}.{}.0/24", i / 256, i % 256);
            d.subnets.push(subnet_json(
                &subnet_id,
                &format!("{name}-subnet"),
                &id,
                &cidr,
                &admin_project,
                t,
            ));
            let mut network = network_json(&id, &name, &admin_project, t);
            network["subnets"] = json!([subnet_id]);
            network["shared"] = json!(i == 0);
            d.networks.push(network);
        }
        let image_id = d
            .images
            .first()
            .map(|i| i["id"].as_str().unwrap().to_string())
            .unwrap_or_default();
        let network = d
            .networks
            .first()
            .map(|n| n["name"].as_str().unwrap().to_string())
            .unwrap_or_else(|| "private".into());
        for i in 0..self.seed.servers {
            let id = self.new_id("server");
            d.servers.push(Server {
                id,
                name: format!("{}-vm-{i:03}", self.name.to_lowercase()),
                project_id: admin_project.clone(),
                user_id: admin_user.clone(),
                image_id: image_id.clone(),
                flavor_id: ((i % 3) + 1).to_string(),
                network: network.clone(),
                address: format!("10.0.{}.{}", i / 250, i % 250 + 4),
                key_name: None,
                created: t,
                active_at: t,
                metadata: serde_json::Map::new(),
                state: VmState::Active,
                lock: None,
                description: None,
                tags: Vec::new(),
                fault: None,
                actions: Vec::new(),
                resized: None,
                deleted_at: None,
                security_groups: vec!["default".into()],
                user_data: None,
                config_drive: false,
                group: None,
                volumes: Vec::new(),
            });
        }
        for i in 0..self.seed.volumes {
            let id = self.new_id("volume");
            d.volumes.push(volume_json(
                &self.base(),
                &id,
                &format!("vol-{i:03}"),
                1 + (i as u64 % 10),
                &admin_project,
                &admin_user,
                t,
            ));
        }
        // Cinder's own type, and the default one devstack makes (last:
        // the IDs of what is seeded before stay as they were).
        for (name, description, default) in [
            ("__DEFAULT__", Some("Default Volume Type"), false),
            ("lvmdriver-1", None, true),
        ] {
            let id = self.new_id("volume-type");
            d.volume_types
                .push(crate::volume::type_json(&id, name, description, default));
        }
        d.volume_services = crate::volume::seeded_services(&self.name);
        *self.data.lock().unwrap() = d;
    }
}
