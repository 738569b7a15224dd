//! What the simulated Nova keeps of servers: each server, its state as
//! Nova's `vm_state`, status and power state tell it, its moves
//! (`os-migrations`), and the compute service's state.

use std::time::SystemTime;

use serde_json::Value;

/// A server, kept compact: a thousand sites of a hundred servers each
/// should fit in little memory, so the JSON is made when asked for.
#[derive(Clone, Debug)]
pub struct Server {
    pub id: String,
    pub name: String,
    pub project_id: String,
    pub user_id: String,
    pub image_id: String,
    pub flavor_id: String,
    pub network: String,
    pub address: String,
    pub key_name: Option<String>,
    pub created: SystemTime,
    /// When the server leaves BUILD for ACTIVE.
    pub active_at: SystemTime,
    pub metadata: serde_json::Map<String, Value>,
    /// What it is once built, as the actions left it.
    pub state: VmState,
    /// Locked, with the reason given if any (`lock`, `locked_reason`).
    pub lock: Option<Option<String>>,
    pub description: Option<String>,
    pub tags: Vec<String>,
    /// Why it went to ERROR (`fault.message`), when the scheduler found
    /// no host for it.
    pub fault: Option<String>,
    /// The actions done to it after its creation (Nova's instance
    /// actions): the action, its request ID, when.
    pub actions: Vec<(String, String, SystemTime)>,
    /// While a resize or cold migration awaits confirmation
    /// (`VERIFY_RESIZE`): what a revert goes back to.
    pub resized: Option<Resized>,
    /// Its security groups' names, as given at its creation.
    pub security_groups: Vec<String>,
    /// Base64, as given.
    pub user_data: Option<String>,
    pub config_drive: bool,
    /// The server group it was created in (a scheduler hint).
    pub group: Option<String>,
    /// The volumes attached to it: ID, device, delete on termination.
    pub volumes: Vec<(String, String, bool)>,
    /// When it was deleted; Nova keeps deleted servers for `deleted` and
    /// `changes-since` lists (the simulator in `Data::deleted_servers`).
    pub deleted_at: Option<SystemTime>,
}

/// What a server was before a resize or cold migration.
#[derive(Clone, Debug)]
pub struct Resized {
    pub old_flavor: String,
    pub before: VmState,
}

impl Server {
    /// `updated`: its last change by `now` (built, acted on, deleted).
    pub fn updated(&self, now: SystemTime) -> SystemTime {
        let acted = self.actions.iter().map(|a| a.2).max();
        [Some(self.active_at.min(now)), acted, self.deleted_at]
            .into_iter()
            .flatten()
            .fold(self.created, SystemTime::max)
    }

    /// `OS-EXT-STS:power_state`: a resized server runs only if it ran
    /// before (Nova powers on after a resize what was on).
    pub fn power_state(&self) -> u8 {
        match &self.resized {
            Some(r) if self.state == VmState::Resized => r.before.power_state(),
            _ => self.state.power_state(),
        }
    }
}

/// A move of a server (`os-migrations`): a resize, a cold or live
/// migration, an evacuation.
#[derive(Clone, Debug)]
pub struct Migration {
    /// Nova's integer ID.
    pub id: u64,
    pub uuid: String,
    pub server_id: String,
    pub project_id: String,
    pub user_id: String,
    /// `resize`, `migration`, `live-migration` or `evacuation`.
    pub kind: &'static str,
    /// `finished`, `confirmed`, `reverted`, `completed`, `error`.
    pub status: &'static str,
    pub source: String,
    /// Where it went; none when the scheduler found no host.
    pub dest: Option<String>,
    /// The flavors' integer IDs, as Nova reports them.
    pub old_flavor: u64,
    pub new_flavor: u64,
    pub created: SystemTime,
    pub updated: SystemTime,
}

/// The one `nova-compute` service's state, as `os-services` changes it,
/// and the services deleted.
#[derive(Clone, Debug, Default)]
pub struct ComputeService {
    /// Disabled, with the reason given if any.
    pub disabled: Option<Option<String>>,
    pub forced_down: bool,
    /// The binaries of the services deleted.
    pub deleted: Vec<String>,
}

/// A built server's state, as Nova's `vm_state`, status and power state
/// tell it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VmState {
    Active,
    Stopped,
    Paused,
    Suspended,
    /// Set by an admin's `os-resetState` (or a failed operation).
    Error,
    /// Shelved and kept on its host (a cloud that does not offload at once).
    Shelved,
    /// Shelved and gone from its host: Nova's default, offloading at once.
    ShelvedOffloaded,
    Rescued,
    /// Resized or cold-migrated, awaiting confirm or revert.
    Resized,
}

impl VmState {
    /// Every state: what lock, unlock, an admin's reset and the security
    /// group actions are allowed in.
    pub const ALL: &'static [VmState] = &[
        VmState::Active,
        VmState::Stopped,
        VmState::Paused,
        VmState::Suspended,
        VmState::Error,
        VmState::Shelved,
        VmState::ShelvedOffloaded,
        VmState::Rescued,
        VmState::Resized,
    ];

    /// `status`.
    pub fn status(self) -> &'static str {
        match self {
            VmState::Active => "ACTIVE",
            VmState::Stopped => "SHUTOFF",
            VmState::Paused => "PAUSED",
            VmState::Suspended => "SUSPENDED",
            VmState::Error => "ERROR",
            VmState::Shelved => "SHELVED",
            VmState::ShelvedOffloaded => "SHELVED_OFFLOADED",
            VmState::Rescued => "RESCUE",
            VmState::Resized => "VERIFY_RESIZE",
        }
    }

    /// `OS-EXT-STS:vm_state`.
    pub fn vm_state(self) -> &'static str {
        match self {
            VmState::Active => "active",
            VmState::Stopped => "stopped",
            VmState::Paused => "paused",
            VmState::Suspended => "suspended",
            VmState::Error => "error",
            VmState::Shelved => "shelved",
            VmState::ShelvedOffloaded => "shelved_offloaded",
            VmState::Rescued => "rescued",
            VmState::Resized => "resized",
        }
    }

    /// `OS-EXT-STS:power_state`: Nova's RUNNING, SHUTDOWN, PAUSED,
    /// SUSPENDED (a reset to ERROR leaves the guest running).
    pub fn power_state(self) -> u8 {
        match self {
            VmState::Active | VmState::Error | VmState::Rescued | VmState::Resized => 1,
            VmState::Stopped | VmState::Shelved | VmState::ShelvedOffloaded => 4,
            VmState::Paused => 3,
            VmState::Suspended => 7,
        }
    }
}
