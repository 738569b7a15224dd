//! The subcommands and flags of each resource (`flavor`, `image`,
//! `network`, `subnet`, `volume`, `user`, `project`, `keypair`), as
//! python-openstackclient names them; servers and Nova's other views are
//! in `compute.rs`.

use clap::{Args, Subcommand};

use super::{CreateOptions, DeleteArgs, ListArgs, ShowArgs, ShowFormat};

/// `oscope flavor ...`
#[derive(Debug, Subcommand)]
pub enum FlavorCommand {
    /// List flavors
    List(FlavorList),
    /// Show a flavor
    Show(ShowArgs),
    /// Create a flavor at every site of the compute scope
    Create(Box<FlavorCreate>),
    /// Set flavor properties, access or description
    Set(FlavorSet),
    /// Unset flavor properties or access
    Unset(FlavorUnset),
    /// Delete flavors
    Delete(DeleteArgs),
}

/// `oscope flavor create`
#[derive(Debug, Args)]
pub struct FlavorCreate {
    /// The new flavor's name
    #[arg(value_name = "NAME")]
    pub name: String,
    /// Memory in MiB
    #[arg(long, value_name = "SIZE_MB", default_value_t = 256)]
    pub ram: u64,
    /// Disk in GiB
    #[arg(long, value_name = "SIZE_GB", default_value_t = 0)]
    pub disk: u64,
    /// Ephemeral disk in GiB
    #[arg(long, value_name = "SIZE_GB", default_value_t = 0)]
    pub ephemeral: u64,
    /// Swap space in MiB
    #[arg(long, value_name = "SIZE_MB", default_value_t = 0)]
    pub swap: u64,
    /// Virtual CPUs
    #[arg(long, value_name = "VCPUS", default_value_t = 1)]
    pub vcpus: u64,
    /// Flavor ID (default: chosen by Nova)
    #[arg(long, value_name = "ID")]
    pub id: Option<String>,
    /// Available to other projects (the default)
    #[arg(long, conflicts_with = "private")]
    pub public: bool,
    /// Only for projects given access
    #[arg(long)]
    pub private: bool,
    /// A property (extra spec) to set; repeat for more
    #[arg(long, value_name = "KEY=VALUE")]
    pub property: Vec<String>,
    /// Give this project access to the private flavor (name or ID, looked
    /// up at each site)
    #[arg(long, value_name = "PROJECT", requires = "private")]
    pub project: Option<String>,
    /// Description
    #[arg(long, value_name = "DESCRIPTION")]
    pub description: Option<String>,
    #[command(flatten)]
    pub create: CreateOptions,
}

/// `oscope flavor list`
#[derive(Debug, Args)]
pub struct FlavorList {
    #[command(flatten)]
    pub list: ListArgs,
    /// List only public flavors (the default)
    #[arg(long, conflicts_with_all = ["private", "all"])]
    pub public: bool,
    /// List only private flavors (admin only)
    #[arg(long, conflicts_with = "all")]
    pub private: bool,
    /// List all flavors, whether public or private
    #[arg(long)]
    pub all: bool,
}

/// `oscope flavor set`
#[derive(Debug, Args)]
pub struct FlavorSet {
    /// Flavor (name or ID)
    #[arg(value_name = "FLAVOR")]
    pub flavor: String,
    /// A property (extra spec) to add or change; repeat for more
    #[arg(long, value_name = "KEY=VALUE")]
    pub property: Vec<String>,
    /// Remove every property first
    #[arg(long)]
    pub no_property: bool,
    /// Give this project access to the private flavor (name or ID)
    #[arg(long, value_name = "PROJECT")]
    pub project: Option<String>,
    /// New description
    #[arg(long, value_name = "DESCRIPTION")]
    pub description: Option<String>,
}

/// `oscope flavor unset`
#[derive(Debug, Args)]
pub struct FlavorUnset {
    /// Flavor (name or ID)
    #[arg(value_name = "FLAVOR")]
    pub flavor: String,
    /// A property (extra spec) to remove; repeat for more
    #[arg(long, value_name = "KEY")]
    pub property: Vec<String>,
    /// Take this project's access to the private flavor away (name or ID)
    #[arg(long, value_name = "PROJECT")]
    pub project: Option<String>,
}

/// `oscope image ...`
#[derive(Debug, Subcommand)]
pub enum ImageCommand {
    /// List images
    List(Box<ImageList>),
    /// Show an image
    Show(ShowArgs),
    /// Create an image at every site of the image scope
    Create(Box<ImageCreate>),
    /// Delete images
    Delete(DeleteArgs),
    /// Change an image
    Set(Box<ImageSet>),
    /// Take tags and properties off an image
    Unset(ImageUnset),
    /// Download an image's data, checksums verified
    Save(ImageSave),
    /// Upload an image's data to Glance's staging area (the image import
    /// API)
    Stage(ImageStage),
    /// Import an image's data: staged (glance-direct), from a URL
    /// (web-download), or into more stores (copy-image)
    Import(Box<ImageImport>),
    /// Copy an image to every site of another scope, streamed from the
    /// site the image scope finds it at, checksums verified; a copy there
    /// already is reused
    Copy(ImageCopy),
    /// Share an image with a project
    #[command(subcommand)]
    Add(ImageAddCommand),
    /// Stop sharing an image with a project
    #[command(subcommand)]
    Remove(ImageRemoveCommand),
    /// The projects an image is shared with
    #[command(subcommand)]
    Member(ImageMemberCommand),
}

/// `oscope image add ...`
#[derive(Debug, Subcommand)]
pub enum ImageAddCommand {
    /// Share a `--shared` image with a project
    Project(ImageProject),
}

/// `oscope image remove ...`
#[derive(Debug, Subcommand)]
pub enum ImageRemoveCommand {
    /// Stop sharing an image with a project
    Project(ImageProject),
}

/// `oscope image member ...`
#[derive(Debug, Subcommand)]
pub enum ImageMemberCommand {
    /// List the projects an image is shared with, and their answers
    List(ImageMemberList),
    /// Show one project's membership of an image
    Get(ImageMemberGet),
}

/// `oscope image add|remove project`
#[derive(Debug, Args)]
pub struct ImageProject {
    /// Image (name or ID)
    #[arg(value_name = "IMAGE")]
    pub image: String,
    /// Project (name or ID, looked up at each site)
    #[arg(value_name = "PROJECT")]
    pub project: String,
    /// Domain the project belongs to (name or ID)
    #[arg(long, value_name = "DOMAIN")]
    pub project_domain: Option<String>,
    #[command(flatten)]
    pub format: ShowFormat,
}

/// `oscope image member list`
#[derive(Debug, Args)]
pub struct ImageMemberList {
    /// Image (name or ID)
    #[arg(value_name = "IMAGE")]
    pub image: String,
    /// Accepted and ignored, as python-openstackclient does
    #[arg(long, value_name = "DOMAIN")]
    pub project_domain: Option<String>,
    #[command(flatten)]
    pub list: ListArgs,
}

/// `oscope image member get`
#[derive(Debug, Args)]
pub struct ImageMemberGet {
    /// Image (name or ID)
    #[arg(value_name = "IMAGE")]
    pub image: String,
    /// Project (name or ID, looked up at each site)
    #[arg(value_name = "PROJECT")]
    pub project: String,
    /// Domain the project belongs to (name or ID)
    #[arg(long, value_name = "DOMAIN")]
    pub project_domain: Option<String>,
    #[command(flatten)]
    pub format: ShowFormat,
}

/// Who may see an image.
#[derive(Debug, Default, Args)]
#[group(id = "visibility", multiple = false)]
pub struct Visibility {
    /// Visible to every project
    #[arg(long)]
    pub public: bool,
    /// Visible to the owner only
    #[arg(long)]
    pub private: bool,
    /// Visible to every project, not in their lists by default
    #[arg(long)]
    pub community: bool,
    /// Visible to the owner and the projects it is shared with
    #[arg(long)]
    pub shared: bool,
}

impl Visibility {
    /// The visibility chosen, if any.
    pub fn chosen(&self) -> Option<&'static str> {
        [
            (self.public, "public"),
            (self.private, "private"),
            (self.community, "community"),
            (self.shared, "shared"),
        ]
        .into_iter()
        .find_map(|(on, name)| on.then_some(name))
    }
}

/// `--protected` or `--unprotected`.
#[derive(Debug, Default, Args)]
pub struct Protection {
    /// Glance refuses to delete the image
    #[arg(long, conflicts_with = "unprotected")]
    pub protected: bool,
    /// The image may be deleted (the default)
    #[arg(long)]
    pub unprotected: bool,
}

impl Protection {
    pub fn chosen(&self) -> Option<bool> {
        (self.protected || self.unprotected).then_some(self.protected)
    }
}

/// The disk formats Glance takes, as python-openstackclient offers them.
const DISK_FORMATS: [&str; 11] = [
    "ami", "ari", "aki", "vhd", "vmdk", "raw", "qcow2", "vhdx", "vdi", "iso", "ploop",
];

/// The container formats python-openstackclient offers.
const CONTAINER_FORMATS: [&str; 7] = ["ami", "ari", "aki", "bare", "docker", "ova", "ovf"];

/// `oscope image list`
#[derive(Debug, Args)]
pub struct ImageList {
    #[command(flatten)]
    pub visibility: Visibility,
    /// Every image the project may use, community ones included
    #[arg(long, conflicts_with = "visibility")]
    pub all: bool,
    /// Only images with this property: KEY=VALUE (repeatable)
    #[arg(long, value_name = "KEY=VALUE")]
    pub property: Vec<String>,
    /// Only images with this name
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// Only images with this status
    #[arg(long, value_name = "STATUS")]
    pub status: Option<String>,
    /// Only shared images this project's membership of is in this state
    #[arg(long, value_name = "MEMBER_STATUS", ignore_case = true,
          value_parser = ["accepted", "pending", "rejected", "all"])]
    pub member_status: Option<String>,
    /// Only this project's images (name or ID, looked up at each site)
    #[arg(long, value_name = "PROJECT")]
    pub project: Option<String>,
    /// Domain the project belongs to (name or ID)
    #[arg(long, value_name = "DOMAIN")]
    pub project_domain: Option<String>,
    /// Only images with this tag (repeat: with every tag)
    #[arg(long, value_name = "TAG")]
    pub tag: Vec<String>,
    /// The hidden images instead
    #[arg(long)]
    pub hidden: bool,
    /// Sort by these keys: KEY[:asc|desc],...
    #[arg(long, value_name = "KEY[:DIRECTION]", default_value = "name:asc")]
    pub sort: String,
    /// At most this many images per site, and rows in all
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// Start after this image (name or ID; one site only)
    #[arg(long, value_name = "IMAGE")]
    pub marker: Option<String>,
    /// The same as --limit
    #[arg(long, value_name = "N")]
    pub max_items: Option<usize>,
    #[command(flatten)]
    pub list: ListArgs,
}

/// `oscope image create`
#[derive(Debug, Args)]
pub struct ImageCreate {
    /// The new image's name
    #[arg(value_name = "NAME")]
    pub name: String,
    /// The ID to give it
    #[arg(long, value_name = "ID")]
    pub id: Option<String>,
    /// Upload this file as the image's data
    #[arg(long, value_name = "FILE")]
    pub file: Option<std::path::PathBuf>,
    /// Make it from this volume (name or ID, looked up at each site of the
    /// block-storage scope): Cinder uploads the volume to its site's Glance
    #[arg(long, value_name = "VOLUME", conflicts_with_all = ["file", "use_import", "id"])]
    pub volume: Option<String>,
    /// With --volume: upload a volume that is in use
    #[arg(long, requires = "volume")]
    pub force: bool,
    /// Disk format
    #[arg(long, value_name = "FORMAT", default_value = "raw", value_parser = DISK_FORMATS)]
    pub disk_format: String,
    /// Container format
    #[arg(long, value_name = "FORMAT", default_value = "bare", value_parser = CONTAINER_FORMATS)]
    pub container_format: String,
    /// Smallest disk that boots it, in GB
    #[arg(long, value_name = "GB")]
    pub min_disk: Option<u64>,
    /// Least RAM that boots it, in MB
    #[arg(long, value_name = "MB")]
    pub min_ram: Option<u64>,
    #[command(flatten)]
    pub visibility: Visibility,
    #[command(flatten)]
    pub protection: Protection,
    /// A property: KEY=VALUE (repeatable)
    #[arg(long, value_name = "KEY=VALUE")]
    pub property: Vec<String>,
    /// A tag (repeatable)
    #[arg(long, value_name = "TAG")]
    pub tag: Vec<String>,
    /// The project that owns it (name or ID, looked up at each site)
    #[arg(long, value_name = "PROJECT")]
    pub project: Option<String>,
    /// Domain the project belongs to (name or ID)
    #[arg(long, value_name = "DOMAIN")]
    pub project_domain: Option<String>,
    /// Send the file through Glance's image import API (staged, then
    /// imported with glance-direct)
    #[arg(long = "import")]
    pub use_import: bool,
    #[command(flatten)]
    pub create: CreateOptions,
}

/// `oscope image stage`
#[derive(Debug, Args)]
pub struct ImageStage {
    /// Image (name or ID)
    #[arg(value_name = "IMAGE")]
    pub image: String,
    /// The data to stage
    #[arg(long, value_name = "FILE")]
    pub file: std::path::PathBuf,
}

/// `oscope image import`
#[derive(Debug, Args)]
pub struct ImageImport {
    /// Image (name or ID)
    #[arg(value_name = "IMAGE")]
    pub image: String,
    /// How Glance gets the data
    #[arg(long, value_name = "METHOD", default_value = "glance-direct",
          value_parser = ["glance-direct", "web-download", "glance-download", "copy-image"])]
    pub method: String,
    /// The URL to download (web-download)
    #[arg(long, value_name = "URI")]
    pub uri: Option<String>,
    /// The image to download from another region's Glance
    /// (glance-download)
    #[arg(long, value_name = "REMOTE_IMAGE")]
    pub remote_image: Option<String>,
    /// The region of that Glance (glance-download)
    #[arg(long, value_name = "REGION")]
    pub remote_region: Option<String>,
    /// The interface of that Glance (glance-download)
    #[arg(long, value_name = "INTERFACE")]
    pub remote_service_interface: Option<String>,
    /// The stores to import into (repeatable)
    #[arg(long = "store", value_name = "STORE", num_args = 0.., conflicts_with = "all_stores")]
    pub stores: Vec<String>,
    /// Every store
    #[arg(long)]
    pub all_stores: bool,
    /// The import succeeds if the data reaches one store (the default)
    #[arg(long, conflicts_with = "disallow_failure")]
    pub allow_failure: bool,
    /// The import fails unless the data reaches every store
    #[arg(long)]
    pub disallow_failure: bool,
    /// Accepted, as python-openstackclient accepts it (which does not wait)
    #[arg(long)]
    pub wait: bool,
    #[command(flatten)]
    pub format: ShowFormat,
}

/// `oscope image set`
#[derive(Debug, Args)]
pub struct ImageSet {
    /// Image, by name or ID
    #[arg(value_name = "IMAGE")]
    pub image: String,
    /// New name
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// Smallest disk that boots it, in GB
    #[arg(long, value_name = "GB")]
    pub min_disk: Option<u64>,
    /// Least RAM that boots it, in MB
    #[arg(long, value_name = "MB")]
    pub min_ram: Option<u64>,
    /// Container format (an image without data only)
    #[arg(long, value_name = "FORMAT", value_parser = CONTAINER_FORMATS)]
    pub container_format: Option<String>,
    /// Disk format (an image without data only)
    #[arg(long, value_name = "FORMAT", value_parser = DISK_FORMATS)]
    pub disk_format: Option<String>,
    #[command(flatten)]
    pub protection: Protection,
    #[command(flatten)]
    pub visibility: Visibility,
    /// A property: KEY=VALUE (repeatable)
    #[arg(long, value_name = "KEY=VALUE")]
    pub property: Vec<String>,
    /// A tag to add (repeatable)
    #[arg(long, value_name = "TAG")]
    pub tag: Vec<String>,
    /// Operating system architecture
    #[arg(long, value_name = "ARCHITECTURE")]
    pub architecture: Option<String>,
    /// The server the image was made from
    #[arg(long, value_name = "ID", alias = "instance-uuid")]
    pub instance_id: Option<String>,
    /// The kernel image that boots it
    #[arg(long, value_name = "ID")]
    pub kernel_id: Option<String>,
    /// Operating system distribution
    #[arg(long, value_name = "DISTRO")]
    pub os_distro: Option<String>,
    /// Operating system version
    #[arg(long, value_name = "VERSION")]
    pub os_version: Option<String>,
    /// The ramdisk image that boots it
    #[arg(long, value_name = "ID")]
    pub ramdisk_id: Option<String>,
    /// Deactivate it: its data cannot be downloaded (admin)
    #[arg(long, conflicts_with = "activate")]
    pub deactivate: bool,
    /// Activate it again (admin)
    #[arg(long)]
    pub activate: bool,
    /// The owner (name or ID); with --accept, --reject or --pending, the
    /// member whose answer it is
    #[arg(long, value_name = "PROJECT")]
    pub project: Option<String>,
    /// Domain the project belongs to (name or ID)
    #[arg(long, value_name = "DOMAIN")]
    pub project_domain: Option<String>,
    /// Accept the image shared with this project (or --project)
    #[arg(long, conflicts_with_all = ["reject", "pending"])]
    pub accept: bool,
    /// Reject the image shared with this project (or --project)
    #[arg(long, conflicts_with = "pending")]
    pub reject: bool,
    /// Answer the sharing of the image later
    #[arg(long)]
    pub pending: bool,
    /// Leave it out of image lists
    #[arg(long, conflicts_with = "unhidden")]
    pub hidden: bool,
    /// Show it in image lists again
    #[arg(long)]
    pub unhidden: bool,
}

impl ImageSet {
    /// The membership answer asked for, if any.
    pub fn membership(&self) -> Option<&'static str> {
        [
            (self.accept, "accepted"),
            (self.reject, "rejected"),
            (self.pending, "pending"),
        ]
        .into_iter()
        .find_map(|(on, status)| on.then_some(status))
    }
}

/// `oscope image unset`
#[derive(Debug, Args)]
pub struct ImageUnset {
    /// Image, by name or ID
    #[arg(value_name = "IMAGE")]
    pub image: String,
    /// A tag to take off (repeatable)
    #[arg(long, value_name = "TAG")]
    pub tag: Vec<String>,
    /// A property to take off (repeatable)
    #[arg(long, value_name = "KEY")]
    pub property: Vec<String>,
}

/// `oscope image copy`
#[derive(Debug, Args)]
pub struct ImageCopy {
    /// Image (name or ID), found under the image scope
    #[arg(value_name = "IMAGE")]
    pub image: String,
    /// The sites to copy it to: a scope (`'berlin & paris'`, `@europe`)
    #[arg(long, value_name = "SCOPE")]
    pub to: String,
    /// All or nothing: when a site fails, delete the copies made at the
    /// others
    #[arg(long)]
    pub atomic: bool,
    #[command(flatten)]
    pub format: super::ListFormat,
}

/// `oscope image save`
#[derive(Debug, Args)]
pub struct ImageSave {
    /// Image, by name or ID
    #[arg(value_name = "IMAGE")]
    pub image: String,
    /// Where to write the data
    #[arg(long, value_name = "FILE")]
    pub file: std::path::PathBuf,
}

/// `oscope network ...`
#[derive(Debug, Subcommand)]
pub enum NetworkCommand {
    /// List networks
    List(Box<NetworkList>),
    /// Show a network
    Show(ShowArgs),
    /// Create a network at every site of the network scope
    Create(Box<NetworkCreate>),
    /// Delete networks
    Delete(DeleteArgs),
    /// Change a network
    Set(Box<NetworkSet>),
    /// Remove tags from a network
    Unset(NetworkUnset),
    /// Neutron's agents
    #[command(subcommand)]
    Agent(super::network::NetworkAgentCommand),
    /// Segments of networks
    #[command(subcommand)]
    Segment(super::network::NetworkSegmentCommand),
    /// Quality of service
    #[command(subcommand)]
    Qos(super::network::NetworkQosCommand),
    /// Sharing networks and other objects with projects
    #[command(subcommand)]
    Rbac(super::network::NetworkRbacCommand),
}

/// `oscope subnet list`
#[derive(Debug, Args)]
pub struct SubnetList {
    /// Only subnets of this IP version
    #[arg(long, value_name = "IP_VERSION", value_parser = ["4", "6"])]
    pub ip_version: Option<String>,
    /// Only subnets with DHCP
    #[arg(long, conflicts_with = "no_dhcp")]
    pub dhcp: bool,
    /// Only subnets without DHCP
    #[arg(long)]
    pub no_dhcp: bool,
    /// Only subnets with this service type (repeat for subnets with all)
    #[arg(long = "service-type", value_name = "SERVICE_TYPE")]
    pub service_types: Vec<String>,
    /// Only this project's subnets (name or ID, looked up at each site)
    #[arg(long, value_name = "PROJECT")]
    pub project: Option<String>,
    /// Only subnets of this network (name or ID, looked up at each site)
    #[arg(long, value_name = "NETWORK")]
    pub network: Option<String>,
    /// Only subnets with this gateway IP
    #[arg(long, value_name = "GATEWAY")]
    pub gateway: Option<String>,
    /// Only subnets with this name
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// Only subnets of this range (CIDR)
    #[arg(long, value_name = "SUBNET_RANGE")]
    pub subnet_range: Option<String>,
    /// Only subnets from this subnet pool (name or ID, looked up at each site)
    #[arg(long, value_name = "SUBNET_POOL")]
    pub subnet_pool: Option<String>,
    #[command(flatten)]
    pub tags: super::TagFilters,
    #[command(flatten)]
    pub paging: super::Paging,
    #[command(flatten)]
    pub list: ListArgs,
}

/// `oscope network list`
#[derive(Debug, Args)]
pub struct NetworkList {
    /// Only external networks
    #[arg(long, conflicts_with = "internal")]
    pub external: bool,
    /// Only internal networks
    #[arg(long)]
    pub internal: bool,
    /// Only networks shared between projects
    #[arg(long, conflicts_with = "no_share")]
    pub share: bool,
    /// Only networks not shared between projects
    #[arg(long)]
    pub no_share: bool,
    /// Only this project's networks (name or ID, looked up at each site)
    #[arg(long, value_name = "PROJECT")]
    pub project: Option<String>,
    /// Only networks with this name
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// Only networks with this status (ACTIVE, BUILD, DOWN, ERROR)
    #[arg(long, value_name = "STATUS")]
    pub status: Option<String>,
    /// Only networks of this physical network type (flat, vlan, vxlan, ...)
    #[arg(long, value_name = "PROVIDER_NETWORK_TYPE")]
    pub provider_network_type: Option<String>,
    /// Only networks on this physical network
    #[arg(
        long = "provider-physical-network",
        value_name = "PROVIDER_PHYSICAL_NETWORK"
    )]
    pub physical_network: Option<String>,
    /// Only networks with this segmentation ID (VLAN ID, VNI)
    #[arg(long = "provider-segment", value_name = "PROVIDER_SEGMENT")]
    pub segment: Option<String>,
    #[command(flatten)]
    pub tags: super::TagFilters,
    #[command(flatten)]
    pub paging: super::Paging,
    #[command(flatten)]
    pub list: ListArgs,
}

/// What `network create` and `network set` both change.
#[derive(Debug, Default, Args)]
pub struct NetworkFields {
    /// Description
    #[arg(long, value_name = "DESCRIPTION")]
    pub description: Option<String>,
    /// Administratively up (the default)
    #[arg(long, conflicts_with = "disable")]
    pub enable: bool,
    /// Administratively down
    #[arg(long)]
    pub disable: bool,
    /// Shared with every project
    #[arg(long, conflicts_with = "no_share")]
    pub share: bool,
    /// Not shared
    #[arg(long)]
    pub no_share: bool,
    /// External: routers' gateways and floating IPs come from it
    #[arg(long, conflicts_with = "internal")]
    pub external: bool,
    /// Internal (the default)
    #[arg(long)]
    pub internal: bool,
    /// Port security for its ports (the default)
    #[arg(long, conflicts_with = "disable_port_security")]
    pub enable_port_security: bool,
    /// No port security for its ports
    #[arg(long)]
    pub disable_port_security: bool,
    /// Physical network type (flat, vlan, vxlan, geneve, ...; admin only)
    #[arg(long, value_name = "PROVIDER_NETWORK_TYPE")]
    pub provider_network_type: Option<String>,
    /// Physical network it is on (admin only)
    #[arg(
        long = "provider-physical-network",
        value_name = "PROVIDER_PHYSICAL_NETWORK"
    )]
    pub physical_network: Option<String>,
    /// VLAN ID, VNI or other segmentation ID (admin only)
    #[arg(long = "provider-segment", value_name = "PROVIDER_SEGMENT")]
    pub segment: Option<String>,
    /// MTU
    #[arg(long, value_name = "MTU")]
    pub mtu: Option<u32>,
}

/// `oscope network create`
#[derive(Debug, Args)]
pub struct NetworkCreate {
    /// The new network's name
    #[arg(value_name = "NAME")]
    pub name: String,
    #[command(flatten)]
    pub fields: NetworkFields,
    /// An availability zone to place it in (repeat for more)
    #[arg(long = "availability-zone-hint", value_name = "AVAILABILITY_ZONE")]
    pub availability_zone_hints: Vec<String>,
    /// Owner's project (name or ID, looked up at each site)
    #[arg(long, value_name = "PROJECT")]
    pub project: Option<String>,
    #[command(flatten)]
    pub tags: super::TagsOfCreate,
    #[command(flatten)]
    pub create: CreateOptions,
}

/// `oscope network set`
#[derive(Debug, Args)]
pub struct NetworkSet {
    /// Network (name or ID)
    #[arg(value_name = "NETWORK")]
    pub network: String,
    /// New name
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    #[command(flatten)]
    pub fields: NetworkFields,
    #[command(flatten)]
    pub tags: super::TagsOfSet,
}

/// `oscope network unset`
#[derive(Debug, Args)]
pub struct NetworkUnset {
    /// Network (name or ID)
    #[arg(value_name = "NETWORK")]
    pub network: String,
    #[command(flatten)]
    pub tags: super::TagsOfUnset,
}

/// `set` that renames or describes a resource.
#[derive(Debug, Args)]
pub struct RenameArgs {
    /// Name or ID
    #[arg(value_name = "NAME_OR_ID")]
    pub target: String,
    /// New name
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// New description
    #[arg(long, value_name = "DESCRIPTION")]
    pub description: Option<String>,
}

/// `oscope subnet ...`
#[derive(Debug, Subcommand)]
pub enum SubnetCommand {
    /// List subnets
    List(Box<SubnetList>),
    /// Show a subnet
    Show(ShowArgs),
    /// Create a subnet at every site of the network scope
    Create(Box<SubnetCreate>),
    /// Delete subnets
    Delete(DeleteArgs),
    /// Change a subnet
    Set(Box<SubnetSet>),
    /// Remove a subnet's name servers, pools, host routes or tags
    Unset(Box<SubnetUnset>),
    /// Subnet pools
    #[command(subcommand)]
    Pool(super::SubnetPoolCommand),
}

/// What `subnet create` and `subnet set` both change.
#[derive(Debug, Default, Args)]
pub struct SubnetFields {
    /// Description
    #[arg(long, value_name = "DESCRIPTION")]
    pub description: Option<String>,
    /// With DHCP (the default)
    #[arg(long, conflicts_with = "no_dhcp")]
    pub dhcp: bool,
    /// Without DHCP
    #[arg(long)]
    pub no_dhcp: bool,
    /// A DNS name server (repeat for more)
    #[arg(long = "dns-nameserver", value_name = "DNS_NAMESERVER")]
    pub dns_nameservers: Vec<String>,
    /// An allocation pool: start=IP,end=IP (repeat for more); under
    /// several sites the pools are split between them
    #[arg(long = "allocation-pool", value_name = "start=IP,end=IP")]
    pub allocation_pools: Vec<String>,
    /// A host route: destination=CIDR,gateway=IP (repeat for more)
    #[arg(long = "host-route", value_name = "destination=CIDR,gateway=IP")]
    pub host_routes: Vec<String>,
}

/// `oscope subnet create`
#[derive(Debug, Args)]
pub struct SubnetCreate {
    /// The new subnet's name
    #[arg(value_name = "NAME")]
    pub name: String,
    /// The network it belongs to, by name or ID
    #[arg(long, value_name = "NETWORK")]
    pub network: String,
    /// Its range, in CIDR notation
    #[arg(
        long,
        value_name = "SUBNET_RANGE",
        required_unless_present = "subnet_pool"
    )]
    pub subnet_range: Option<String>,
    /// The subnet pool to take the range from (name or ID, looked up at
    /// each site); with `--prefix-length`, or the given range
    #[arg(long, value_name = "SUBNET_POOL")]
    pub subnet_pool: Option<String>,
    /// The prefix length of the range taken from the pool
    #[arg(long, value_name = "PREFIX_LENGTH", requires = "subnet_pool")]
    pub prefix_length: Option<u32>,
    /// Its gateway: an address, `auto` (Neutron's choice) or `none`
    #[arg(long, value_name = "GATEWAY")]
    pub gateway: Option<String>,
    /// IP version (4 or 6; default: the range's)
    #[arg(long, value_name = "IP_VERSION", value_parser = ["4", "6"])]
    pub ip_version: Option<String>,
    /// IPv6 router advertisement mode (dhcpv6-stateful, dhcpv6-stateless,
    /// slaac)
    #[arg(long, value_name = "IPV6_RA_MODE")]
    pub ipv6_ra_mode: Option<String>,
    /// IPv6 address mode (dhcpv6-stateful, dhcpv6-stateless, slaac)
    #[arg(long, value_name = "IPV6_ADDRESS_MODE")]
    pub ipv6_address_mode: Option<String>,
    #[command(flatten)]
    pub fields: SubnetFields,
    /// Owner's project (name or ID, looked up at each site)
    #[arg(long, value_name = "PROJECT")]
    pub project: Option<String>,
    #[command(flatten)]
    pub tags: super::TagsOfCreate,
    #[command(flatten)]
    pub create: CreateOptions,
}

/// `oscope subnet set`
#[derive(Debug, Args)]
pub struct SubnetSet {
    /// Subnet (name or ID)
    #[arg(value_name = "SUBNET")]
    pub subnet: String,
    /// New name
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// Its gateway: an address or `none`
    #[arg(long, value_name = "GATEWAY")]
    pub gateway: Option<String>,
    #[command(flatten)]
    pub fields: SubnetFields,
    /// Remove every name server first
    #[arg(long)]
    pub no_dns_nameservers: bool,
    /// Remove every allocation pool first
    #[arg(long)]
    pub no_allocation_pool: bool,
    /// Remove every host route first
    #[arg(long)]
    pub no_host_route: bool,
    #[command(flatten)]
    pub tags: super::TagsOfSet,
}

/// `oscope subnet unset`
#[derive(Debug, Args)]
pub struct SubnetUnset {
    /// Subnet (name or ID)
    #[arg(value_name = "SUBNET")]
    pub subnet: String,
    /// A name server to remove (repeat for more)
    #[arg(long = "dns-nameserver", value_name = "DNS_NAMESERVER")]
    pub dns_nameservers: Vec<String>,
    /// An allocation pool to remove: start=IP,end=IP (repeat for more)
    #[arg(long = "allocation-pool", value_name = "start=IP,end=IP")]
    pub allocation_pools: Vec<String>,
    /// A host route to remove: destination=CIDR,gateway=IP (repeat for
    /// more)
    #[arg(long = "host-route", value_name = "destination=CIDR,gateway=IP")]
    pub host_routes: Vec<String>,
    #[command(flatten)]
    pub tags: super::TagsOfUnset,
}

/// `oscope volume ...`
#[derive(Debug, Subcommand)]
pub enum VolumeCommand {
    /// List volumes
    List(Box<VolumeList>),
    /// Show a volume
    Show(ShowArgs),
    /// Create a volume at every site of the block-storage scope
    Create(Box<VolumeCreate>),
    /// Delete volumes
    Delete(VolumeDelete),
    /// Change a volume at every site of the block-storage scope where it is
    Set(Box<VolumeSet>),
    /// Take properties off a volume
    Unset(VolumeUnset),
    /// Move a volume to another backend of its site (admin)
    Migrate(VolumeMigrate),
    /// Snapshots of volumes
    #[command(subcommand)]
    Snapshot(VolumeSnapshotCommand),
    /// Backups of volumes
    #[command(subcommand)]
    Backup(VolumeBackupCommand),
    /// Volumes' attachments to servers (block storage 3.27)
    #[command(subcommand)]
    Attachment(VolumeAttachmentCommand),
    /// QoS specifications of volume types (admin)
    #[command(subcommand)]
    Qos(VolumeQosCommand),
    /// Volume types
    #[command(subcommand)]
    Type(VolumeTypeCommand),
    /// Cinder's services (admin only)
    #[command(subcommand)]
    Service(VolumeServiceCommand),
    /// Volume transfers to another project
    #[command(subcommand)]
    Transfer(VolumeTransferCommand),
}

/// `oscope volume migrate`
#[derive(Debug, Args)]
pub struct VolumeMigrate {
    /// The volume (name or ID, looked up at each site)
    #[arg(value_name = "VOLUME")]
    pub volume: String,
    /// The backend to move it to: host@backend#pool
    #[arg(
        long,
        value_name = "HOST",
        required_unless_present = "cluster",
        conflicts_with = "cluster"
    )]
    pub host: Option<String>,
    /// The cluster to move it to (block storage 3.16)
    #[arg(long, value_name = "CLUSTER")]
    pub cluster: Option<String>,
    /// Copy the data through a host, past the driver's own way
    #[arg(long)]
    pub force_host_copy: bool,
    /// Keep the volume locked so that nothing aborts the migration
    #[arg(long)]
    pub lock_volume: bool,
}

/// `oscope volume qos ...`
#[derive(Debug, Subcommand)]
pub enum VolumeQosCommand {
    /// List QoS specifications, with the volume types associated with each
    List(ListArgs),
    /// Show a QoS specification
    Show(ShowArgs),
    /// Create a QoS specification at every site of the block-storage scope
    Create(VolumeQosCreate),
    /// Delete QoS specifications
    Delete(VolumeQosDelete),
    /// Change a QoS specification's properties at every site that has it
    Set(VolumeQosSet),
    /// Take properties off a QoS specification
    Unset(VolumeQosUnset),
    /// Associate a QoS specification with a volume type
    Associate(VolumeQosAssociate),
    /// Disassociate a QoS specification from volume types
    Disassociate(VolumeQosDisassociate),
}

/// `oscope volume qos create`
#[derive(Debug, Args)]
pub struct VolumeQosCreate {
    /// The new specification's name
    #[arg(value_name = "NAME")]
    pub name: String,
    /// Who applies it: front-end (the hypervisor), back-end (the storage) or both
    #[arg(long, value_name = "CONSUMER", default_value = "both", value_parser = ["front-end", "back-end", "both"])]
    pub consumer: String,
    /// A property, KEY=VALUE (repeat for more)
    #[arg(long = "property", value_name = "KEY=VALUE")]
    pub properties: Vec<String>,
    #[command(flatten)]
    pub create: CreateOptions,
}

/// `oscope volume qos delete`
#[derive(Debug, Args)]
pub struct VolumeQosDelete {
    /// Names or IDs
    #[arg(value_name = "QOS_SPEC", required = true)]
    pub qos_specs: Vec<String>,
    /// Delete it even when volume types are associated with it
    #[arg(long)]
    pub force: bool,
}

/// `oscope volume qos set`
#[derive(Debug, Args)]
pub struct VolumeQosSet {
    /// The specification (name or ID)
    #[arg(value_name = "QOS_SPEC")]
    pub qos_spec: String,
    /// Take every property off first
    #[arg(long)]
    pub no_property: bool,
    /// A property to add or change: KEY=VALUE (repeatable)
    #[arg(long = "property", value_name = "KEY=VALUE")]
    pub properties: Vec<String>,
}

/// `oscope volume qos unset`
#[derive(Debug, Args)]
pub struct VolumeQosUnset {
    /// The specification (name or ID)
    #[arg(value_name = "QOS_SPEC")]
    pub qos_spec: String,
    /// A property to take off (repeatable)
    #[arg(long = "property", value_name = "KEY")]
    pub properties: Vec<String>,
}

/// `oscope volume qos associate`
#[derive(Debug, Args)]
pub struct VolumeQosAssociate {
    /// The specification (name or ID)
    #[arg(value_name = "QOS_SPEC")]
    pub qos_spec: String,
    /// The volume type (name or ID, looked up at each site)
    #[arg(value_name = "VOLUME_TYPE")]
    pub volume_type: String,
}

/// `oscope volume qos disassociate`
#[derive(Debug, Args)]
pub struct VolumeQosDisassociate {
    /// The specification (name or ID)
    #[arg(value_name = "QOS_SPEC")]
    pub qos_spec: String,
    /// The volume type to take it from (name or ID, looked up at each site)
    #[arg(long, value_name = "VOLUME_TYPE", conflicts_with = "all")]
    pub volume_type: Option<String>,
    /// Take it from every volume type
    #[arg(long)]
    pub all: bool,
}

/// `oscope volume attachment ...`
#[derive(Debug, Subcommand)]
pub enum VolumeAttachmentCommand {
    /// List volume attachments
    List(Box<VolumeAttachmentList>),
    /// Show a volume attachment
    Show(ShowArgs),
}

/// `oscope volume attachment list`
#[derive(Debug, Args)]
pub struct VolumeAttachmentList {
    /// Every project's (admin)
    #[arg(long)]
    pub all_projects: bool,
    /// Only this project's (name or ID, looked up at each site; admin)
    #[arg(long, value_name = "PROJECT")]
    pub project: Option<String>,
    /// The domain of --project (name or ID)
    #[arg(long, value_name = "DOMAIN", requires = "project")]
    pub project_domain: Option<String>,
    /// Only this volume's attachments (its ID)
    #[arg(long, value_name = "VOLUME_ID")]
    pub volume_id: Option<String>,
    /// Only attachments with this status (attached, attaching, detached, reserved, ...)
    #[arg(long, value_name = "STATUS")]
    pub status: Option<String>,
    #[command(flatten)]
    pub paging: super::Paging,
    #[command(flatten)]
    pub list: ListArgs,
}

/// `oscope volume backup ...`
#[derive(Debug, Subcommand)]
pub enum VolumeBackupCommand {
    /// List volume backups
    List(Box<VolumeBackupList>),
    /// Show a volume backup
    Show(ShowArgs),
    /// Back a volume up at every site of the block-storage scope where it is
    Create(Box<VolumeBackupCreate>),
    /// Restore a backup into a new volume or, with --force, an existing one
    Restore(VolumeBackupRestore),
    /// Delete volume backups
    Delete(VolumeBackupDelete),
}

/// `oscope volume backup list`
#[derive(Debug, Args)]
pub struct VolumeBackupList {
    /// Backups of every project (admin)
    #[arg(long)]
    pub all_projects: bool,
    /// Only this project's (name or ID, looked up at each site; admin)
    #[arg(long, value_name = "PROJECT")]
    pub project: Option<String>,
    /// Only backups with this name
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// Only backups with this status
    #[arg(long, value_name = "STATUS", value_parser = ["creating", "available", "deleting", "error", "restoring", "error_restoring"])]
    pub status: Option<String>,
    /// Only backups of this volume (name or ID, looked up at each site; an
    /// ID of a volume deleted since works too)
    #[arg(long, value_name = "VOLUME")]
    pub volume: Option<String>,
    #[command(flatten)]
    pub paging: super::Paging,
    #[command(flatten)]
    pub list: ListArgs,
}

/// `oscope volume backup create`
#[derive(Debug, Args)]
pub struct VolumeBackupCreate {
    /// The volume to back up (name or ID, looked up at each site)
    #[arg(value_name = "VOLUME")]
    pub volume: String,
    /// The backup's name
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// A description
    #[arg(long, value_name = "DESCRIPTION")]
    pub description: Option<String>,
    /// Where the backup service keeps it (its default when not given)
    #[arg(long, value_name = "CONTAINER")]
    pub container: Option<String>,
    /// Back up this snapshot of the volume (name or ID, looked up at each site)
    #[arg(long, value_name = "SNAPSHOT")]
    pub snapshot: Option<String>,
    /// Back up a volume that is in use
    #[arg(long)]
    pub force: bool,
    /// Only what changed since the volume's latest backup
    #[arg(long)]
    pub incremental: bool,
    /// A full backup, the default (as in python-openstackclient, it does
    /// not undo --incremental)
    #[arg(long)]
    pub no_incremental: bool,
    /// A property, KEY=VALUE (repeat for more)
    #[arg(long = "property", value_name = "KEY=VALUE")]
    pub properties: Vec<String>,
    /// The availability zone to keep the backup in (the volume's by default)
    #[arg(long, value_name = "ZONE")]
    pub availability_zone: Option<String>,
    #[command(flatten)]
    pub format: ShowFormat,
}

/// `oscope volume backup restore`
#[derive(Debug, Args)]
pub struct VolumeBackupRestore {
    /// The backup (name or ID)
    #[arg(value_name = "BACKUP")]
    pub backup: String,
    /// The volume to restore into: an existing one's name or ID (with
    /// --force), or the name of a new one (a new volume named by Cinder
    /// when not given)
    #[arg(value_name = "VOLUME")]
    pub volume: Option<String>,
    /// Overwrite the existing volume named
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub format: ShowFormat,
}

/// `oscope volume backup delete`
#[derive(Debug, Args)]
pub struct VolumeBackupDelete {
    /// Names or IDs
    #[arg(value_name = "BACKUP", required = true)]
    pub backups: Vec<String>,
    /// Whatever the backup's state (admin)
    #[arg(long)]
    pub force: bool,
}

/// `oscope volume transfer ...`
#[derive(Debug, Subcommand)]
pub enum VolumeTransferCommand {
    /// Transfer requests
    #[command(subcommand)]
    Request(VolumeTransferRequestCommand),
}

/// `oscope volume transfer request ...`
#[derive(Debug, Subcommand)]
pub enum VolumeTransferRequestCommand {
    /// List transfer requests
    List(VolumeTransferList),
    /// Show a transfer request
    Show(ShowArgs),
    /// Offer a volume to another project, at every site that has it
    Create(VolumeTransferCreate),
    /// Take a volume offered to this project
    Accept(VolumeTransferAccept),
    /// Withdraw transfer requests
    Delete(DeleteArgs),
}

/// `oscope volume transfer request list`
#[derive(Debug, Args)]
pub struct VolumeTransferList {
    /// Every project's
    #[arg(long)]
    pub all_projects: bool,
    #[command(flatten)]
    pub list: ListArgs,
}

/// `oscope volume transfer request create`
#[derive(Debug, Args)]
pub struct VolumeTransferCreate {
    /// The volume (name or ID, looked up at each site)
    #[arg(value_name = "VOLUME")]
    pub volume: String,
    /// The request's name
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// The volume's snapshots go with it (the default)
    #[arg(long, conflicts_with = "no_snapshots")]
    pub snapshots: bool,
    /// Only a volume without snapshots may go
    #[arg(long)]
    pub no_snapshots: bool,
    #[command(flatten)]
    pub format: ShowFormat,
}

/// `oscope volume transfer request accept`
#[derive(Debug, Args)]
pub struct VolumeTransferAccept {
    /// The transfer request (ID: another project's requests cannot be
    /// listed)
    #[arg(value_name = "TRANSFER_REQUEST_ID")]
    pub transfer: String,
    /// The key the request was made with
    #[arg(long, value_name = "KEY", required = true)]
    pub auth_key: String,
    #[command(flatten)]
    pub format: ShowFormat,
}

/// `oscope volume service ...`
#[derive(Debug, Subcommand)]
pub enum VolumeServiceCommand {
    /// List Cinder's services at each site of the block-storage scope
    List(super::ServiceList),
    /// Enable or disable a Cinder service at every site that has it
    Set(VolumeServiceSet),
}

/// `oscope volume service set`
#[derive(Debug, Args)]
pub struct VolumeServiceSet {
    /// Name of host
    #[arg(value_name = "HOST")]
    pub host: String,
    /// Name of service (binary name), e.g. cinder-volume
    #[arg(value_name = "SERVICE")]
    pub service: String,
    /// Enable the service
    #[arg(long, conflicts_with = "disable")]
    pub enable: bool,
    /// Disable the service
    #[arg(long)]
    pub disable: bool,
    /// Why it is disabled (with --disable)
    #[arg(long, value_name = "REASON", requires = "disable")]
    pub disable_reason: Option<String>,
}

/// `oscope volume type ...`
#[derive(Debug, Subcommand)]
pub enum VolumeTypeCommand {
    /// List volume types
    List(VolumeTypeList),
    /// Show a volume type (a private one with the projects that may use it)
    Show(ShowArgs),
    /// Create a volume type at every site of the block-storage scope
    Create(Box<VolumeTypeCreate>),
    /// Change a volume type at every site that has it
    Set(Box<VolumeTypeSet>),
    /// Take properties or project access off a volume type
    Unset(VolumeTypeUnset),
    /// Delete volume types
    Delete(DeleteArgs),
}

/// `oscope volume type list`
#[derive(Debug, Args)]
pub struct VolumeTypeList {
    /// Only the default type
    #[arg(long, conflicts_with_all = ["public", "private"])]
    pub default: bool,
    /// Only public types
    #[arg(long, conflicts_with = "private")]
    pub public: bool,
    /// Only private types
    #[arg(long)]
    pub private: bool,
    /// Only the types with these properties (block storage 3.52)
    #[command(flatten)]
    pub specs: TypeSpecs,
    #[command(flatten)]
    pub list: ListArgs,
}

/// The extra specs a type gets, as python-openstackclient names them.
#[derive(Debug, Default, Args)]
pub struct TypeSpecs {
    /// A property (extra spec): KEY=VALUE (repeatable)
    #[arg(long, value_name = "KEY=VALUE")]
    pub property: Vec<String>,
    /// Volumes of the type can be attached to several servers
    /// (`multiattach='<is> True'`)
    #[arg(long)]
    pub multiattach: bool,
    /// Volumes of the type can be cached (`cacheable='<is> True'`)
    #[arg(long)]
    pub cacheable: bool,
    /// Volumes of the type are replicated (`replication_enabled='<is> True'`)
    #[arg(long)]
    pub replicated: bool,
    /// An availability zone the type is offered in (repeatable;
    /// `RESKEY:availability_zones`)
    #[arg(long = "availability-zone", value_name = "ZONE")]
    pub availability_zones: Vec<String>,
}

/// `oscope volume type create`
#[derive(Debug, Args)]
pub struct VolumeTypeCreate {
    /// The new type's name
    #[arg(value_name = "NAME")]
    pub name: String,
    /// Description
    #[arg(long, value_name = "DESCRIPTION")]
    pub description: Option<String>,
    /// Every project may use it (the default)
    #[arg(long, conflicts_with = "private")]
    pub public: bool,
    /// Only the projects given access may use it
    #[arg(long)]
    pub private: bool,
    #[command(flatten)]
    pub specs: TypeSpecs,
    /// A project that may use the private type (name or ID, looked up at
    /// each site)
    #[arg(long, value_name = "PROJECT", requires = "private")]
    pub project: Option<String>,
    /// Domain the project belongs to (name or ID)
    #[arg(long, value_name = "DOMAIN")]
    pub project_domain: Option<String>,
    #[command(flatten)]
    pub create: CreateOptions,
}

/// `oscope volume type set`
#[derive(Debug, Args)]
pub struct VolumeTypeSet {
    /// Volume type (name or ID)
    #[arg(value_name = "TYPE")]
    pub volume_type: String,
    /// New name
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// New description
    #[arg(long, value_name = "DESCRIPTION")]
    pub description: Option<String>,
    /// Every project may use it
    #[arg(long, conflicts_with = "private")]
    pub public: bool,
    /// Only the projects given access may use it
    #[arg(long)]
    pub private: bool,
    #[command(flatten)]
    pub specs: TypeSpecs,
    /// Give this project access to the private type (name or ID)
    #[arg(long, value_name = "PROJECT")]
    pub project: Option<String>,
    /// Domain the project belongs to (name or ID)
    #[arg(long, value_name = "DOMAIN")]
    pub project_domain: Option<String>,
}

/// `oscope volume type unset`
#[derive(Debug, Args)]
pub struct VolumeTypeUnset {
    /// Volume type (name or ID)
    #[arg(value_name = "TYPE")]
    pub volume_type: String,
    /// A property (extra spec) to take off (repeatable)
    #[arg(long, value_name = "KEY")]
    pub property: Vec<String>,
    /// Take this project's access to the private type away (name or ID)
    #[arg(long, value_name = "PROJECT")]
    pub project: Option<String>,
    /// Domain the project belongs to (name or ID)
    #[arg(long, value_name = "DOMAIN")]
    pub project_domain: Option<String>,
}

/// `oscope volume snapshot ...`
#[derive(Debug, Subcommand)]
pub enum VolumeSnapshotCommand {
    /// List volume snapshots
    List(Box<VolumeSnapshotList>),
    /// Show a volume snapshot
    Show(ShowArgs),
    /// Snapshot a volume at every site of the block-storage scope where it is
    Create(VolumeSnapshotCreate),
    /// Delete volume snapshots
    Delete(VolumeSnapshotDelete),
    /// Change a volume snapshot at every site of the block-storage scope where it is
    Set(VolumeSnapshotSet),
    /// Take properties off a volume snapshot
    Unset(VolumeSnapshotUnset),
}

/// `oscope volume snapshot set`
#[derive(Debug, Args)]
pub struct VolumeSnapshotSet {
    /// The snapshot (name or ID)
    #[arg(value_name = "SNAPSHOT")]
    pub snapshot: String,
    /// New name
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// New description
    #[arg(long, value_name = "DESCRIPTION")]
    pub description: Option<String>,
    /// Take every property off first
    #[arg(long)]
    pub no_property: bool,
    /// A property to add or change: KEY=VALUE (repeatable)
    #[arg(long = "property", value_name = "KEY=VALUE")]
    pub properties: Vec<String>,
    /// New state, as Cinder records it (admin; the snapshot itself is not changed)
    #[arg(long, value_name = "STATE", value_parser = ["available", "error", "creating", "deleting", "error_deleting"])]
    pub state: Option<String>,
}

/// `oscope volume snapshot unset`
#[derive(Debug, Args)]
pub struct VolumeSnapshotUnset {
    /// The snapshot (name or ID)
    #[arg(value_name = "SNAPSHOT")]
    pub snapshot: String,
    /// A property to take off (repeatable)
    #[arg(long = "property", value_name = "KEY")]
    pub properties: Vec<String>,
}

/// `oscope volume delete`
#[derive(Debug, Args)]
pub struct VolumeDelete {
    /// Names or IDs
    #[arg(value_name = "VOLUME", required = true)]
    pub volumes: Vec<String>,
    /// Whatever its state (admin)
    #[arg(long, conflicts_with = "purge")]
    pub force: bool,
    /// Its snapshots as well
    #[arg(long, alias = "cascade")]
    pub purge: bool,
}

/// `oscope volume set`
#[derive(Debug, Args)]
pub struct VolumeSet {
    /// The volume (name or ID)
    #[arg(value_name = "VOLUME")]
    pub volume: String,
    /// New name
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// New description
    #[arg(long, value_name = "DESCRIPTION")]
    pub description: Option<String>,
    /// Extend it to this size in GB
    #[arg(long, value_name = "SIZE")]
    pub size: Option<u64>,
    /// Take every property off first
    #[arg(long)]
    pub no_property: bool,
    /// A property to add or change: KEY=VALUE (repeatable)
    #[arg(long = "property", value_name = "KEY=VALUE")]
    pub properties: Vec<String>,
    /// New state, as Cinder records it (admin; the volume itself is not changed)
    #[arg(long, value_name = "STATE", value_parser = ["available", "error", "creating", "deleting", "in-use", "attaching", "detaching", "error_deleting", "maintenance"])]
    pub state: Option<String>,
    /// Mark it bootable
    #[arg(long, conflicts_with = "non_bootable")]
    pub bootable: bool,
    /// Mark it not bootable
    #[arg(long)]
    pub non_bootable: bool,
    /// An image property to add or change: KEY=VALUE (repeatable)
    #[arg(long = "image-property", value_name = "KEY=VALUE")]
    pub image_properties: Vec<String>,
    /// Record it as attached (admin; nothing is attached)
    #[arg(long, conflicts_with = "detached")]
    pub attached: bool,
    /// Record it as detached (admin; nothing is detached)
    #[arg(long)]
    pub detached: bool,
    /// Make it read-only
    #[arg(long, conflicts_with = "read_write")]
    pub read_only: bool,
    /// Make it read-write
    #[arg(long)]
    pub read_write: bool,
    /// Change its type (name or ID, looked up at each site)
    #[arg(long = "type", value_name = "TYPE")]
    pub volume_type: Option<String>,
    /// Whether Cinder may move the data to change the type (default:
    /// never)
    #[arg(long, alias = "retype-policy", value_name = "POLICY",
          value_parser = ["never", "on-demand"])]
    pub migration_policy: Option<String>,
}

/// `oscope volume unset`
#[derive(Debug, Args)]
pub struct VolumeUnset {
    /// The volume (name or ID)
    #[arg(value_name = "VOLUME")]
    pub volume: String,
    /// A property to take off (repeatable)
    #[arg(long = "property", value_name = "KEY")]
    pub properties: Vec<String>,
}

/// `oscope volume list`
#[derive(Debug, Args)]
pub struct VolumeList {
    /// Volumes of every project
    #[arg(long)]
    pub all_projects: bool,
    /// Only this project's (name or ID, looked up at each site)
    #[arg(long, value_name = "PROJECT")]
    pub project: Option<String>,
    /// Only this user's (name or ID, looked up at each site)
    #[arg(long, value_name = "USER")]
    pub user: Option<String>,
    /// Only volumes with this name
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// Only volumes with this status
    #[arg(long, value_name = "STATUS")]
    pub status: Option<String>,
    #[command(flatten)]
    pub paging: super::Paging,
    #[command(flatten)]
    pub list: ListArgs,
}

/// `oscope volume snapshot list`
#[derive(Debug, Args)]
pub struct VolumeSnapshotList {
    /// Snapshots of every project
    #[arg(long)]
    pub all_projects: bool,
    /// Only this project's (name or ID, looked up at each site)
    #[arg(long, value_name = "PROJECT")]
    pub project: Option<String>,
    /// Only snapshots with this name
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// Only snapshots with this status (available, error, creating, deleting, error_deleting)
    #[arg(long, value_name = "STATUS", value_parser = ["available", "error", "creating", "deleting", "error_deleting"])]
    pub status: Option<String>,
    /// Only snapshots of this volume (name or ID, looked up at each site)
    #[arg(long, value_name = "VOLUME")]
    pub volume: Option<String>,
    #[command(flatten)]
    pub paging: super::Paging,
    #[command(flatten)]
    pub list: ListArgs,
}

/// `oscope volume snapshot create`
#[derive(Debug, Args)]
pub struct VolumeSnapshotCreate {
    /// The new snapshot's name
    #[arg(value_name = "NAME")]
    pub name: String,
    /// The volume to snapshot (name or ID, looked up at each site; the
    /// snapshot's name when not given)
    #[arg(long, value_name = "VOLUME")]
    pub volume: Option<String>,
    /// A description
    #[arg(long, value_name = "DESCRIPTION")]
    pub description: Option<String>,
    /// Snapshot a volume that is in use
    #[arg(long)]
    pub force: bool,
    /// A property, KEY=VALUE (repeat for more)
    #[arg(long = "property", value_name = "KEY=VALUE")]
    pub properties: Vec<String>,
    #[command(flatten)]
    pub create: CreateOptions,
}

/// `oscope volume snapshot delete`
#[derive(Debug, Args)]
pub struct VolumeSnapshotDelete {
    /// Names or IDs
    #[arg(value_name = "SNAPSHOT", required = true)]
    pub snapshots: Vec<String>,
    /// Delete whatever the snapshot's state
    #[arg(long)]
    pub force: bool,
}

/// `oscope volume create`
#[derive(Debug, Args)]
pub struct VolumeCreate {
    /// The new volume's name
    #[arg(value_name = "NAME")]
    pub name: String,
    /// Size in GiB (at least the snapshot's or the source volume's)
    #[arg(long, value_name = "SIZE", required_unless_present_any = ["snapshot", "source"])]
    pub size: Option<u64>,
    /// Make it from this image (name or ID, looked up at each site)
    #[arg(long, value_name = "IMAGE", conflicts_with_all = ["snapshot", "source"])]
    pub image: Option<String>,
    /// Make it from this volume snapshot (name or ID, looked up at each site)
    #[arg(long, value_name = "SNAPSHOT", conflicts_with = "source")]
    pub snapshot: Option<String>,
    /// Make it a copy of this volume (name or ID, looked up at each site)
    #[arg(long, value_name = "VOLUME")]
    pub source: Option<String>,
    /// A description
    #[arg(long, value_name = "DESCRIPTION")]
    pub description: Option<String>,
    /// Volume type
    #[arg(long = "type", value_name = "TYPE")]
    pub volume_type: Option<String>,
    /// Availability zone
    #[arg(long, value_name = "ZONE")]
    pub availability_zone: Option<String>,
    /// A property: KEY=VALUE (repeatable)
    #[arg(long, value_name = "KEY=VALUE")]
    pub property: Vec<String>,
    /// Mark it bootable, once it is available
    #[arg(long, conflicts_with = "non_bootable")]
    pub bootable: bool,
    /// Mark it not bootable (the default)
    #[arg(long)]
    pub non_bootable: bool,
    /// Make it read-only, once it is available
    #[arg(long, conflicts_with = "read_write")]
    pub read_only: bool,
    /// Make it read-write (the default)
    #[arg(long)]
    pub read_write: bool,
    /// Create it where this server lives (by name or ID, found under the
    /// compute scope), whatever the block-storage scope says
    #[arg(long, value_name = "SERVER")]
    pub server: Option<String>,
    /// With --server: attach it to the server once it is available
    #[arg(long, requires = "server")]
    pub attach: bool,
    #[command(flatten)]
    pub create: CreateOptions,
}

/// `oscope user list`
#[derive(Debug, Args)]
pub struct UserList {
    /// Only this domain's users (name or ID, looked up at each site)
    #[arg(long, value_name = "DOMAIN")]
    pub domain: Option<String>,
    /// Only the users of this group (name or ID, looked up at each site)
    #[arg(long, value_name = "GROUP", conflicts_with = "project")]
    pub group: Option<String>,
    /// Only the users with a role on this project (name or ID, looked up at each site)
    #[arg(long, value_name = "PROJECT")]
    pub project: Option<String>,
    /// Only enabled users
    #[arg(long, conflicts_with_all = ["disabled", "project", "group"])]
    pub enabled: bool,
    /// Only disabled users
    #[arg(long, conflicts_with_all = ["project", "group"])]
    pub disabled: bool,
    #[command(flatten)]
    pub list: ListArgs,
}

/// `oscope user ...`
#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// List users
    List(UserList),
    /// Show a user
    Show(ShowArgs),
    /// Create a user at every site of the identity scope
    Create(UserCreate),
    /// Delete users
    Delete(DeleteArgs),
    /// Change a user
    Set(UserSet),
    /// The signed-in user's own password
    #[command(subcommand)]
    Password(UserPasswordCommand),
}

/// `oscope user password ...`
#[derive(Debug, Subcommand)]
pub enum UserPasswordCommand {
    /// Change the signed-in user's password at every site of the identity
    /// scope (asked for on the terminal when not given)
    Set(UserPasswordSet),
}

/// `oscope user password set`
#[derive(Debug, Args)]
pub struct UserPasswordSet {
    /// The new password
    #[arg(long, value_name = "NEW_PASSWORD")]
    pub password: Option<String>,
    /// The current password
    #[arg(long, value_name = "ORIGINAL_PASSWORD")]
    pub original_password: Option<String>,
}

/// `oscope user create`
#[derive(Debug, Args)]
pub struct UserCreate {
    /// The new user's name
    #[arg(value_name = "NAME")]
    pub name: String,
    /// Password
    #[arg(long, value_name = "PASSWORD")]
    pub password: Option<String>,
    /// Read the password from the terminal
    #[arg(long, conflicts_with = "password")]
    pub password_prompt: bool,
    /// Email address
    #[arg(long, value_name = "EMAIL")]
    pub email: Option<String>,
    /// A description
    #[arg(long, value_name = "DESCRIPTION")]
    pub description: Option<String>,
    /// Default project, by name or ID
    #[arg(long, value_name = "PROJECT")]
    pub project: Option<String>,
    /// Its domain (name or ID, looked up at each site; default: `default`)
    #[arg(long, value_name = "DOMAIN")]
    pub domain: Option<String>,
    /// Create it disabled
    #[arg(long)]
    pub disable: bool,
    /// Show the user instead of failing when it exists
    #[arg(long)]
    pub or_show: bool,
    #[command(flatten)]
    pub create: CreateOptions,
}

/// `oscope user set`
#[derive(Debug, Args)]
pub struct UserSet {
    /// User, by name or ID
    #[arg(value_name = "USER")]
    pub user: String,
    /// New name
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// New password
    #[arg(long, value_name = "PASSWORD")]
    pub password: Option<String>,
    /// Read the new password from the terminal
    #[arg(long, conflicts_with = "password")]
    pub password_prompt: bool,
    /// New email address
    #[arg(long, value_name = "EMAIL")]
    pub email: Option<String>,
    /// New description
    #[arg(long, value_name = "DESCRIPTION")]
    pub description: Option<String>,
    /// Enable the user
    #[arg(long, conflicts_with = "disable")]
    pub enable: bool,
    /// Disable the user
    #[arg(long)]
    pub disable: bool,
    /// Require the user's multi-factor rules at sign-in
    #[arg(long, conflicts_with = "disable_multi_factor_auth")]
    pub enable_multi_factor_auth: bool,
    /// No longer require the user's multi-factor rules
    #[arg(long)]
    pub disable_multi_factor_auth: bool,
    /// A rule of methods that sign the user in together, by commas
    /// (`password,totp`); repeat for other rules
    #[arg(long = "multi-factor-auth-rule", value_name = "RULE")]
    pub multi_factor_auth_rules: Vec<String>,
}

/// `oscope project ...`
#[derive(Debug, Subcommand)]
pub enum ProjectCommand {
    /// List projects
    List(ListArgs),
    /// Show a project
    Show(ShowArgs),
    /// Create a project at every site of the identity scope
    Create(ProjectCreate),
    /// Delete projects
    Delete(DeleteArgs),
    /// Change a project
    Set(RenameArgs),
}

/// `oscope project create`
#[derive(Debug, Args)]
pub struct ProjectCreate {
    /// The new project's name
    #[arg(value_name = "NAME")]
    pub name: String,
    /// A description
    #[arg(long, value_name = "DESCRIPTION")]
    pub description: Option<String>,
    /// Its domain (name or ID, looked up at each site; default: `default`)
    #[arg(long, value_name = "DOMAIN")]
    pub domain: Option<String>,
    /// Create it disabled
    #[arg(long)]
    pub disable: bool,
    /// Show the project instead of failing when it exists
    #[arg(long)]
    pub or_show: bool,
    #[command(flatten)]
    pub create: CreateOptions,
}

/// `oscope keypair ...`
#[derive(Debug, Subcommand)]
pub enum KeypairCommand {
    /// List key pairs
    List(ListArgs),
    /// Show a key pair
    Show(KeypairShow),
    /// Create (or import) a key pair at every site of the compute scope
    Create(KeypairCreate),
    /// Delete key pairs
    Delete(DeleteArgs),
}

/// `oscope keypair show`
#[derive(Debug, Args)]
pub struct KeypairShow {
    #[command(flatten)]
    pub show: ShowArgs,
    /// Show only the bare public key, as the key pair holds it
    #[arg(long)]
    pub public_key: bool,
}

/// `oscope keypair create`
#[derive(Debug, Args)]
pub struct KeypairCreate {
    /// The new key pair's name
    #[arg(value_name = "NAME")]
    pub name: String,
    /// Import this public key file instead of generating a key
    #[arg(long, value_name = "FILE", conflicts_with = "private_key")]
    pub public_key: Option<std::path::PathBuf>,
    /// Write the generated private key to this file (it is printed
    /// otherwise)
    #[arg(long, value_name = "FILE")]
    pub private_key: Option<std::path::PathBuf>,
    #[command(flatten)]
    pub create: CreateOptions,
}
