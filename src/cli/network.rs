//! Neutron's subcommands beside networks and subnets: security groups and
//! their rules, ports, floating IPs, routers; and what many Neutron commands share
//! (tags, pages).

use clap::{Args, Subcommand};

use super::{CreateOptions, DeleteArgs, ListArgs, ShowArgs};

/// `oscope security ...`
#[derive(Debug, Subcommand)]
pub enum SecurityCommand {
    /// Security groups and their rules
    #[command(subcommand)]
    Group(SecurityGroupCommand),
}

/// `oscope security group ...`
#[derive(Debug, Subcommand)]
pub enum SecurityGroupCommand {
    /// List security groups
    List(Box<SecurityGroupList>),
    /// Show a security group and its rules
    Show(ShowArgs),
    /// Create a security group at every site of the network scope
    Create(SecurityGroupCreate),
    /// Change a security group
    Set(SecurityGroupSet),
    /// Remove tags from a security group
    Unset(SecurityGroupUnset),
    /// Delete security groups
    Delete(DeleteArgs),
    /// Rules of security groups
    #[command(subcommand)]
    Rule(SecurityGroupRuleCommand),
}

/// `oscope security group list`
#[derive(Debug, Args)]
pub struct SecurityGroupList {
    /// Only this project's groups (name or ID, looked up at each site)
    #[arg(long, value_name = "PROJECT")]
    pub project: Option<String>,
    /// Only groups shared between projects
    #[arg(long, conflicts_with = "no_share")]
    pub share: bool,
    /// Only groups not shared between projects
    #[arg(long)]
    pub no_share: bool,
    #[command(flatten)]
    pub tags: TagFilters,
    #[command(flatten)]
    pub paging: Paging,
    #[command(flatten)]
    pub list: ListArgs,
}

/// `oscope security group create`
#[derive(Debug, Args)]
pub struct SecurityGroupCreate {
    /// The new group's name
    #[arg(value_name = "NAME")]
    pub name: String,
    /// Description (default: the name, as python-openstackclient)
    #[arg(long, value_name = "DESCRIPTION")]
    pub description: Option<String>,
    /// Owner's project (name or ID, looked up at each site)
    #[arg(long, value_name = "PROJECT")]
    pub project: Option<String>,
    /// Stateful (the default)
    #[arg(long, conflicts_with = "stateless")]
    pub stateful: bool,
    /// Stateless
    #[arg(long)]
    pub stateless: bool,
    #[command(flatten)]
    pub tags: TagsOfCreate,
    #[command(flatten)]
    pub create: CreateOptions,
}

/// `oscope security group set`
#[derive(Debug, Args)]
pub struct SecurityGroupSet {
    /// Security group (name or ID)
    #[arg(value_name = "GROUP")]
    pub group: String,
    /// New name
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// New description
    #[arg(long, value_name = "DESCRIPTION")]
    pub description: Option<String>,
    /// Make it stateful
    #[arg(long, conflicts_with = "stateless")]
    pub stateful: bool,
    /// Make it stateless
    #[arg(long)]
    pub stateless: bool,
    #[command(flatten)]
    pub tags: TagsOfSet,
}

/// `oscope security group unset`
#[derive(Debug, Args)]
pub struct SecurityGroupUnset {
    /// Security group (name or ID)
    #[arg(value_name = "GROUP")]
    pub group: String,
    #[command(flatten)]
    pub tags: TagsOfUnset,
}

/// `oscope security group rule ...`
#[derive(Debug, Subcommand)]
pub enum SecurityGroupRuleCommand {
    /// List security group rules
    List(Box<SecurityGroupRuleList>),
    /// Show a security group rule (by ID)
    Show(ShowArgs),
    /// Create a rule in the same-named group at every site of the network
    /// scope
    Create(Box<SecurityGroupRuleCreate>),
    /// Delete security group rules (by ID)
    Delete(DeleteArgs),
}

/// `oscope security group rule list`
#[derive(Debug, Args)]
pub struct SecurityGroupRuleList {
    /// Only the rules of this group (name or ID, looked up at each site)
    #[arg(value_name = "GROUP")]
    pub group: Option<String>,
    /// Only rules of this IP protocol (tcp, udp, icmp, a number, ...)
    #[arg(long, value_name = "PROTOCOL")]
    pub protocol: Option<String>,
    /// Only rules of this ethertype (IPv4 or IPv6)
    #[arg(long, value_name = "ETHERTYPE")]
    pub ethertype: Option<String>,
    /// Only rules for incoming traffic
    #[arg(long, conflicts_with = "egress")]
    pub ingress: bool,
    /// Only rules for outgoing traffic
    #[arg(long)]
    pub egress: bool,
    /// Only this project's rules (name or ID, looked up at each site)
    #[arg(long, value_name = "PROJECT")]
    pub project: Option<String>,
    /// Deprecated, and ignored: every column is always shown
    #[arg(long)]
    pub long: bool,
    #[command(flatten)]
    pub paging: Paging,
    #[command(flatten)]
    pub format: super::ListFormat,
}

/// `oscope security group rule create`
#[derive(Debug, Args)]
pub struct SecurityGroupRuleCreate {
    /// The group to add the rule to (name or ID, looked up at each site)
    #[arg(value_name = "GROUP")]
    pub group: String,
    /// Remote IP address block (CIDR; default 0.0.0.0/0 or ::/0)
    #[arg(long, value_name = "IP_ADDRESS", conflicts_with_all = ["remote_group", "remote_address_group"])]
    pub remote_ip: Option<String>,
    /// Remote security group (name or ID, looked up at each site)
    #[arg(long, value_name = "GROUP", conflicts_with = "remote_address_group")]
    pub remote_group: Option<String>,
    /// Remote address group (name or ID, looked up at each site)
    #[arg(long, value_name = "GROUP")]
    pub remote_address_group: Option<String>,
    /// Destination port, or a range such as 137:139 (TCP, UDP)
    #[arg(long, value_name = "PORT_RANGE")]
    pub dst_port: Option<String>,
    /// IP protocol (tcp, udp, icmp, ..., a number 0-255, or any)
    #[arg(long, value_name = "PROTOCOL")]
    pub protocol: Option<String>,
    /// Description
    #[arg(long, value_name = "DESCRIPTION")]
    pub description: Option<String>,
    /// ICMP type (ICMP protocols)
    #[arg(long, value_name = "ICMP_TYPE", allow_negative_numbers = true)]
    pub icmp_type: Option<i64>,
    /// ICMP code (ICMP protocols)
    #[arg(long, value_name = "ICMP_CODE", allow_negative_numbers = true)]
    pub icmp_code: Option<i64>,
    /// For incoming traffic (the default)
    #[arg(long, conflicts_with = "egress")]
    pub ingress: bool,
    /// For outgoing traffic
    #[arg(long)]
    pub egress: bool,
    /// IPv4 or IPv6 (default: by the protocol)
    #[arg(long, value_name = "ETHERTYPE")]
    pub ethertype: Option<String>,
    /// Owner's project (name or ID, looked up at each site)
    #[arg(long, value_name = "PROJECT")]
    pub project: Option<String>,
    #[command(flatten)]
    pub create: CreateOptions,
}

/// Neutron's tag filters of a list.
#[derive(Debug, Default, Args)]
pub struct TagFilters {
    /// Only those with all these tags (comma-separated)
    #[arg(long, value_name = "TAG,...")]
    pub tags: Option<String>,
    /// Only those with any of these tags (comma-separated)
    #[arg(long, value_name = "TAG,...")]
    pub any_tags: Option<String>,
    /// Not those with all these tags (comma-separated)
    #[arg(long, value_name = "TAG,...")]
    pub not_tags: Option<String>,
    /// Not those with any of these tags (comma-separated)
    #[arg(long, value_name = "TAG,...")]
    pub not_any_tags: Option<String>,
}

/// Pages of a Neutron list, as python-openstackclient takes them.
#[derive(Debug, Default, Args)]
pub struct Paging {
    /// Items per request (the page size); every page is read
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// Start after this item's ID (one site only)
    #[arg(long, value_name = "ID")]
    pub marker: Option<String>,
    /// At most this many items per site, and rows in all
    #[arg(long, value_name = "N")]
    pub max_items: Option<usize>,
}

/// Tags of a new resource.
#[derive(Debug, Default, Args)]
pub struct TagsOfCreate {
    /// A tag to add; repeat for more
    #[arg(long = "tag", value_name = "TAG", conflicts_with = "no_tag")]
    pub tags: Vec<String>,
    /// No tags
    #[arg(long)]
    pub no_tag: bool,
}

/// Tags added by `set`.
#[derive(Debug, Default, Args)]
pub struct TagsOfSet {
    /// A tag to add; repeat for more
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,
    /// Remove every tag first
    #[arg(long)]
    pub no_tag: bool,
}

/// Tags removed by `unset`.
#[derive(Debug, Default, Args)]
pub struct TagsOfUnset {
    /// A tag to remove; repeat for more
    #[arg(long = "tag", value_name = "TAG", conflicts_with = "all_tag")]
    pub tags: Vec<String>,
    /// Remove every tag
    #[arg(long)]
    pub all_tag: bool,
}

/// `oscope port ...`
#[derive(Debug, Subcommand)]
pub enum PortCommand {
    /// List ports
    List(Box<PortList>),
    /// Show a port
    Show(ShowArgs),
    /// Create a port at every site of the network scope
    Create(Box<PortCreate>),
    /// Change a port
    Set(Box<PortSet>),
    /// Remove fixed IPs, security groups, allowed addresses or tags of a
    /// port
    Unset(Box<PortUnset>),
    /// Delete ports
    Delete(DeleteArgs),
}

/// `oscope port list`
#[derive(Debug, Args)]
pub struct PortList {
    /// Only ports on this network (name or ID, looked up at each site)
    #[arg(long, value_name = "NETWORK")]
    pub network: Option<String>,
    /// Only ports of this server (name or ID, looked up at each site)
    #[arg(long, value_name = "SERVER", conflicts_with_all = ["router", "device_id"])]
    pub server: Option<String>,
    /// Only ports of this router (name or ID, looked up at each site)
    #[arg(long, value_name = "ROUTER", conflicts_with = "device_id")]
    pub router: Option<String>,
    /// Only ports of this device
    #[arg(long, value_name = "DEVICE_ID")]
    pub device_id: Option<String>,
    /// Only ports of this device owner (`network:dhcp`, ...)
    #[arg(long, value_name = "DEVICE_OWNER")]
    pub device_owner: Option<String>,
    /// Only ports with this MAC address
    #[arg(long, value_name = "MAC_ADDRESS")]
    pub mac_address: Option<String>,
    /// Only ports with this fixed IP: subnet=SUBNET,ip-address=IP,
    /// ip-substring=TEXT (any of them)
    #[arg(long, value_name = "subnet=SUBNET,ip-address=IP")]
    pub fixed_ip: Vec<String>,
    /// Only ports with this status (ACTIVE, BUILD, DOWN, ERROR)
    #[arg(long, value_name = "STATUS")]
    pub status: Option<String>,
    /// Only ports with this name
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// Only this project's ports (name or ID, looked up at each site)
    #[arg(long, value_name = "PROJECT")]
    pub project: Option<String>,
    /// Only ports with this host
    #[arg(long, value_name = "HOST")]
    pub host: Option<String>,
    /// Only ports in this security group (ID; repeat for more)
    #[arg(long = "security-group", value_name = "SECURITY_GROUP")]
    pub security_groups: Vec<String>,
    #[command(flatten)]
    pub tags: TagFilters,
    #[command(flatten)]
    pub paging: Paging,
    #[command(flatten)]
    pub list: ListArgs,
}

/// What `port create` and `port set` both change.
#[derive(Debug, Default, Args)]
pub struct PortFields {
    /// Description
    #[arg(long, value_name = "DESCRIPTION")]
    pub description: Option<String>,
    /// The device that uses it (a server's ID, say)
    #[arg(long, value_name = "DEVICE_ID")]
    pub device: Option<String>,
    /// The device's owner (`compute:nova`, `network:dhcp`, ...)
    #[arg(long, value_name = "DEVICE_OWNER")]
    pub device_owner: Option<String>,
    /// MAC address (admin only)
    #[arg(long, value_name = "MAC_ADDRESS")]
    pub mac_address: Option<String>,
    /// Its host (admin only)
    #[arg(long, value_name = "HOST")]
    pub host: Option<String>,
    /// VNIC type (normal, direct, macvtap, ...)
    #[arg(long, value_name = "VNIC_TYPE")]
    pub vnic_type: Option<String>,
    /// Administratively up (the default)
    #[arg(long, conflicts_with = "disable")]
    pub enable: bool,
    /// Administratively down
    #[arg(long)]
    pub disable: bool,
    /// With port security
    #[arg(long, conflicts_with = "disable_port_security")]
    pub enable_port_security: bool,
    /// Without port security
    #[arg(long)]
    pub disable_port_security: bool,
    /// A fixed IP: subnet=SUBNET,ip-address=IP (either; repeat for more)
    #[arg(long, value_name = "subnet=SUBNET,ip-address=IP")]
    pub fixed_ip: Vec<String>,
    /// A security group (name or ID, looked up at each site; repeat for
    /// more)
    #[arg(long = "security-group", value_name = "SECURITY_GROUP")]
    pub security_groups: Vec<String>,
    /// An address the port may also send from:
    /// ip-address=IP[,mac-address=MAC] (repeat for more)
    #[arg(
        long = "allowed-address",
        value_name = "ip-address=IP[,mac-address=MAC]"
    )]
    pub allowed_addresses: Vec<String>,
}

/// `oscope port create`
#[derive(Debug, Args)]
pub struct PortCreate {
    /// The new port's name
    #[arg(value_name = "NAME")]
    pub name: String,
    /// Its network (name or ID, looked up at each site)
    #[arg(long, value_name = "NETWORK")]
    pub network: String,
    #[command(flatten)]
    pub fields: PortFields,
    /// No fixed IP
    #[arg(long, conflicts_with = "fixed_ip")]
    pub no_fixed_ip: bool,
    /// No security group (not even the default one)
    #[arg(long, conflicts_with = "security_groups")]
    pub no_security_group: bool,
    /// Owner's project (name or ID, looked up at each site)
    #[arg(long, value_name = "PROJECT")]
    pub project: Option<String>,
    #[command(flatten)]
    pub tags: TagsOfCreate,
    #[command(flatten)]
    pub create: CreateOptions,
}

/// `oscope port set`
#[derive(Debug, Args)]
pub struct PortSet {
    /// Port (name or ID)
    #[arg(value_name = "PORT")]
    pub port: String,
    /// New name
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    #[command(flatten)]
    pub fields: PortFields,
    /// Remove every fixed IP first
    #[arg(long)]
    pub no_fixed_ip: bool,
    /// Remove every security group first
    #[arg(long)]
    pub no_security_group: bool,
    /// Remove every allowed address first
    #[arg(long)]
    pub no_allowed_address: bool,
    #[command(flatten)]
    pub tags: TagsOfSet,
}

/// `oscope port unset`
#[derive(Debug, Args)]
pub struct PortUnset {
    /// Port (name or ID)
    #[arg(value_name = "PORT")]
    pub port: String,
    /// A fixed IP to remove: subnet=SUBNET,ip-address=IP (repeat for more)
    #[arg(long, value_name = "subnet=SUBNET,ip-address=IP")]
    pub fixed_ip: Vec<String>,
    /// A security group to remove (name or ID; repeat for more)
    #[arg(long = "security-group", value_name = "SECURITY_GROUP")]
    pub security_groups: Vec<String>,
    /// An allowed address to remove: ip-address=IP[,mac-address=MAC]
    #[arg(
        long = "allowed-address",
        value_name = "ip-address=IP[,mac-address=MAC]"
    )]
    pub allowed_addresses: Vec<String>,
    #[command(flatten)]
    pub tags: TagsOfUnset,
}

/// `oscope floating ...`
#[derive(Debug, Subcommand)]
pub enum FloatingCommand {
    /// Floating IPs
    #[command(subcommand)]
    Ip(FloatingIpCommand),
}

/// `oscope floating ip ...`
#[derive(Debug, Subcommand)]
pub enum FloatingIpCommand {
    /// List floating IPs
    List(Box<FloatingIpList>),
    /// Show a floating IP (by ID or address)
    Show(ShowArgs),
    /// Allocate a floating IP at every site of the network scope
    Create(Box<FloatingIpCreate>),
    /// Associate a floating IP with a port, or change it
    Set(FloatingIpSet),
    /// Dissociate a floating IP from its port, or remove its tags
    Unset(FloatingIpUnset),
    /// Release floating IPs (by ID or address)
    Delete(DeleteArgs),
}

/// `oscope floating ip list`
#[derive(Debug, Args)]
pub struct FloatingIpList {
    /// Only those of this external network (name or ID, looked up at each
    /// site; repeat for more)
    #[arg(long = "network", value_name = "NETWORK")]
    pub networks: Vec<String>,
    /// Only those associated with this port (name or ID, looked up at each
    /// site; repeat for more)
    #[arg(long = "port", value_name = "PORT")]
    pub ports: Vec<String>,
    /// Only those associated with this fixed IP address
    #[arg(long, value_name = "IP_ADDRESS")]
    pub fixed_ip_address: Option<String>,
    /// Only this floating IP address
    #[arg(long, value_name = "IP_ADDRESS")]
    pub floating_ip_address: Option<String>,
    /// Only those with this status (ACTIVE, DOWN)
    #[arg(long, value_name = "STATUS")]
    pub status: Option<String>,
    /// Only this project's (name or ID, looked up at each site)
    #[arg(long, value_name = "PROJECT")]
    pub project: Option<String>,
    #[command(flatten)]
    pub tags: TagFilters,
    #[command(flatten)]
    pub paging: Paging,
    #[command(flatten)]
    pub list: ListArgs,
}

/// `oscope floating ip create`
#[derive(Debug, Args)]
pub struct FloatingIpCreate {
    /// The external network to allocate it from (name or ID, looked up at
    /// each site)
    #[arg(value_name = "NETWORK")]
    pub network: String,
    /// The subnet to allocate it from (name or ID)
    #[arg(long, value_name = "SUBNET")]
    pub subnet: Option<String>,
    /// A port to associate it with (name or ID)
    #[arg(long, value_name = "PORT")]
    pub port: Option<String>,
    /// This address
    #[arg(long, value_name = "IP_ADDRESS")]
    pub floating_ip_address: Option<String>,
    /// The port's fixed IP address to associate it with
    #[arg(long, value_name = "IP_ADDRESS")]
    pub fixed_ip_address: Option<String>,
    /// Description
    #[arg(long, value_name = "DESCRIPTION")]
    pub description: Option<String>,
    /// Owner's project (name or ID, looked up at each site)
    #[arg(long, value_name = "PROJECT")]
    pub project: Option<String>,
    #[command(flatten)]
    pub tags: TagsOfCreate,
    #[command(flatten)]
    pub create: CreateOptions,
}

/// `oscope floating ip set`
#[derive(Debug, Args)]
pub struct FloatingIpSet {
    /// Floating IP (ID or address)
    #[arg(value_name = "FLOATING_IP")]
    pub floating_ip: String,
    /// Associate it with this port (name or ID)
    #[arg(long, value_name = "PORT")]
    pub port: Option<String>,
    /// The port's fixed IP address to associate it with
    #[arg(long, value_name = "IP_ADDRESS", requires = "port")]
    pub fixed_ip_address: Option<String>,
    /// Description
    #[arg(long, value_name = "DESCRIPTION")]
    pub description: Option<String>,
    #[command(flatten)]
    pub tags: TagsOfSet,
}

/// `oscope floating ip unset`
#[derive(Debug, Args)]
pub struct FloatingIpUnset {
    /// Floating IP (ID or address)
    #[arg(value_name = "FLOATING_IP")]
    pub floating_ip: String,
    /// Dissociate it from its port
    #[arg(long)]
    pub port: bool,
    #[command(flatten)]
    pub tags: TagsOfUnset,
}

/// `oscope router ...`
#[derive(Debug, Subcommand)]
pub enum RouterCommand {
    /// List routers
    List(Box<RouterList>),
    /// Show a router and its interfaces
    Show(ShowArgs),
    /// Create a router at every site of the network scope
    Create(Box<RouterCreate>),
    /// Change a router: its gateway, routes, name, state
    Set(Box<RouterSet>),
    /// Remove a router's gateway, routes or tags
    Unset(RouterUnset),
    /// Delete routers
    Delete(DeleteArgs),
    /// Attach a subnet or a port to a router
    #[command(subcommand)]
    Add(RouterAttach),
    /// Detach a subnet or a port from a router
    #[command(subcommand)]
    Remove(RouterAttach),
}

/// `oscope router add|remove ...`
#[derive(Debug, Subcommand)]
pub enum RouterAttach {
    /// A subnet (an interface at the subnet's gateway address)
    Subnet(RouterInterface),
    /// A port
    Port(RouterInterface),
}

/// A router and what to attach or detach.
#[derive(Debug, Args)]
pub struct RouterInterface {
    /// Router (name or ID, looked up at each site)
    #[arg(value_name = "ROUTER")]
    pub router: String,
    /// The subnet or port (name or ID, looked up at the router's site)
    #[arg(value_name = "SUBNET_OR_PORT")]
    pub target: String,
}

/// `oscope router list`
#[derive(Debug, Args)]
pub struct RouterList {
    /// Only routers with this name
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// Only administratively up routers
    #[arg(long, conflicts_with = "disable")]
    pub enable: bool,
    /// Only administratively down routers
    #[arg(long)]
    pub disable: bool,
    /// Only this project's routers (name or ID, looked up at each site)
    #[arg(long, value_name = "PROJECT")]
    pub project: Option<String>,
    #[command(flatten)]
    pub tags: TagFilters,
    #[command(flatten)]
    pub paging: Paging,
    #[command(flatten)]
    pub list: ListArgs,
}

/// What `router create` and `router set` both change.
#[derive(Debug, Default, Args)]
pub struct RouterFields {
    /// Description
    #[arg(long, value_name = "DESCRIPTION")]
    pub description: Option<String>,
    /// Administratively up (the default)
    #[arg(long, conflicts_with = "disable")]
    pub enable: bool,
    /// Administratively down
    #[arg(long)]
    pub disable: bool,
    /// Distributed (admin only)
    #[arg(long, conflicts_with = "centralized")]
    pub distributed: bool,
    /// Centralized (admin only)
    #[arg(long)]
    pub centralized: bool,
    /// Highly available (admin only)
    #[arg(long, conflicts_with = "no_ha")]
    pub ha: bool,
    /// Not highly available (admin only)
    #[arg(long)]
    pub no_ha: bool,
    /// Its gateway: an external network (name or ID, looked up at each
    /// site)
    #[arg(long, value_name = "NETWORK")]
    pub external_gateway: Option<String>,
    /// The gateway's address: subnet=SUBNET,ip-address=IP (repeat for more)
    #[arg(
        long = "fixed-ip",
        value_name = "subnet=SUBNET,ip-address=IP",
        requires = "external_gateway"
    )]
    pub fixed_ips: Vec<String>,
    /// Source NAT on the gateway (the default)
    #[arg(long, conflicts_with = "disable_snat", requires = "external_gateway")]
    pub enable_snat: bool,
    /// No source NAT on the gateway
    #[arg(long, requires = "external_gateway")]
    pub disable_snat: bool,
}

/// `oscope router create`
#[derive(Debug, Args)]
pub struct RouterCreate {
    /// The new router's name
    #[arg(value_name = "NAME")]
    pub name: String,
    #[command(flatten)]
    pub fields: RouterFields,
    /// An availability zone to place it in (repeat for more)
    #[arg(long = "availability-zone-hint", value_name = "AVAILABILITY_ZONE")]
    pub availability_zone_hints: Vec<String>,
    /// Owner's project (name or ID, looked up at each site)
    #[arg(long, value_name = "PROJECT")]
    pub project: Option<String>,
    #[command(flatten)]
    pub tags: TagsOfCreate,
    #[command(flatten)]
    pub create: CreateOptions,
}

/// `oscope router set`
#[derive(Debug, Args)]
pub struct RouterSet {
    /// Router (name or ID)
    #[arg(value_name = "ROUTER")]
    pub router: String,
    /// New name
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    #[command(flatten)]
    pub fields: RouterFields,
    /// A route to add: destination=CIDR,gateway=IP (repeat for more)
    #[arg(long = "route", value_name = "destination=CIDR,gateway=IP")]
    pub routes: Vec<String>,
    /// Remove every route first
    #[arg(long)]
    pub no_route: bool,
    #[command(flatten)]
    pub tags: TagsOfSet,
}

/// `oscope router unset`
#[derive(Debug, Args)]
pub struct RouterUnset {
    /// Router (name or ID)
    #[arg(value_name = "ROUTER")]
    pub router: String,
    /// A route to remove: destination=CIDR,gateway=IP (repeat for more)
    #[arg(long = "route", value_name = "destination=CIDR,gateway=IP")]
    pub routes: Vec<String>,
    /// Remove its gateway
    #[arg(long)]
    pub external_gateway: bool,
    #[command(flatten)]
    pub tags: TagsOfUnset,
}

/// `oscope address ...`
#[derive(Debug, Subcommand)]
pub enum AddressCommand {
    /// Address scopes
    #[command(subcommand)]
    Scope(AddressScopeCommand),
}

/// `oscope address scope ...`
#[derive(Debug, Subcommand)]
pub enum AddressScopeCommand {
    /// List address scopes
    List(AddressScopeList),
    /// Show an address scope
    Show(ShowArgs),
    /// Create an address scope at every site of the network scope
    Create(AddressScopeCreate),
    /// Delete address scopes
    Delete(DeleteArgs),
}

/// `oscope address scope list`
#[derive(Debug, Args)]
pub struct AddressScopeList {
    /// Only address scopes with this name
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// Only address scopes of this IP version
    #[arg(long, value_name = "IP_VERSION", value_parser = ["4", "6"])]
    pub ip_version: Option<String>,
    /// Only this project's (name or ID, looked up at each site)
    #[arg(long, value_name = "PROJECT")]
    pub project: Option<String>,
    /// Only shared ones
    #[arg(long, conflicts_with = "no_share")]
    pub share: bool,
    /// Only ones not shared
    #[arg(long)]
    pub no_share: bool,
    #[command(flatten)]
    pub paging: Paging,
    #[command(flatten)]
    pub list: ListArgs,
}

/// `oscope address scope create`
#[derive(Debug, Args)]
pub struct AddressScopeCreate {
    /// The new address scope's name
    #[arg(value_name = "NAME")]
    pub name: String,
    /// IP version (4 or 6)
    #[arg(long, value_name = "IP_VERSION", value_parser = ["4", "6"], default_value = "4")]
    pub ip_version: String,
    /// Owner's project (name or ID, looked up at each site)
    #[arg(long, value_name = "PROJECT")]
    pub project: Option<String>,
    /// Shared with every project
    #[arg(long, conflicts_with = "no_share")]
    pub share: bool,
    /// Not shared (the default)
    #[arg(long)]
    pub no_share: bool,
    #[command(flatten)]
    pub create: CreateOptions,
}

/// `oscope subnet pool ...` (beside `subnet list|show|...`)
#[derive(Debug, Subcommand)]
pub enum SubnetPoolCommand {
    /// List subnet pools
    List(Box<SubnetPoolList>),
    /// Show a subnet pool
    Show(ShowArgs),
    /// Create a subnet pool at every site of the network scope
    Create(Box<SubnetPoolCreate>),
    /// Delete subnet pools
    Delete(DeleteArgs),
}

/// `oscope subnet pool list`
#[derive(Debug, Args)]
pub struct SubnetPoolList {
    /// Only subnet pools with this name
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// Only shared ones
    #[arg(long, conflicts_with = "no_share")]
    pub share: bool,
    /// Only ones not shared
    #[arg(long)]
    pub no_share: bool,
    /// Only the default one
    #[arg(long, conflicts_with = "no_default")]
    pub default: bool,
    /// Only those not the default
    #[arg(long)]
    pub no_default: bool,
    /// Only this project's (name or ID, looked up at each site)
    #[arg(long, value_name = "PROJECT")]
    pub project: Option<String>,
    /// Only those in this address scope (name or ID, looked up at each
    /// site)
    #[arg(long, value_name = "ADDRESS_SCOPE")]
    pub address_scope: Option<String>,
    #[command(flatten)]
    pub tags: TagFilters,
    #[command(flatten)]
    pub paging: Paging,
    #[command(flatten)]
    pub list: ListArgs,
}

/// `oscope subnet pool create`
#[derive(Debug, Args)]
pub struct SubnetPoolCreate {
    /// The new subnet pool's name
    #[arg(value_name = "NAME")]
    pub name: String,
    /// A prefix of the pool, in CIDR notation (repeat for more)
    #[arg(long = "pool-prefix", value_name = "POOL_PREFIX", required = true)]
    pub prefixes: Vec<String>,
    /// The prefix length of subnets taken by default
    #[arg(long, value_name = "DEFAULT_PREFIX_LENGTH")]
    pub default_prefix_length: Option<u32>,
    /// The smallest prefix length a subnet may take
    #[arg(long, value_name = "MIN_PREFIX_LENGTH")]
    pub min_prefix_length: Option<u32>,
    /// The largest prefix length a subnet may take
    #[arg(long, value_name = "MAX_PREFIX_LENGTH")]
    pub max_prefix_length: Option<u32>,
    /// Its address scope (name or ID, looked up at each site)
    #[arg(long, value_name = "ADDRESS_SCOPE")]
    pub address_scope: Option<String>,
    /// The default subnet pool
    #[arg(long, conflicts_with = "no_default")]
    pub default: bool,
    /// Not the default (the default)
    #[arg(long)]
    pub no_default: bool,
    /// Shared with every project
    #[arg(long, conflicts_with = "no_share")]
    pub share: bool,
    /// Not shared (the default)
    #[arg(long)]
    pub no_share: bool,
    /// Description
    #[arg(long, value_name = "DESCRIPTION")]
    pub description: Option<String>,
    /// Addresses a project may take from it
    #[arg(long, value_name = "NUM_IP_ADDRESSES")]
    pub default_quota: Option<u64>,
    /// Owner's project (name or ID, looked up at each site)
    #[arg(long, value_name = "PROJECT")]
    pub project: Option<String>,
    #[command(flatten)]
    pub tags: TagsOfCreate,
    #[command(flatten)]
    pub create: CreateOptions,
}

/// `oscope network agent ...`
#[derive(Debug, Subcommand)]
pub enum NetworkAgentCommand {
    /// List network agents
    List(NetworkAgentList),
    /// Show a network agent (by ID)
    Show(ShowArgs),
}

/// `oscope network agent list`
#[derive(Debug, Args)]
pub struct NetworkAgentList {
    /// Only agents of this type
    #[arg(long, value_name = "AGENT_TYPE", value_parser = AGENT_TYPES.map(|(name, _)| name))]
    pub agent_type: Option<String>,
    /// Only agents on this host
    #[arg(long, value_name = "HOST")]
    pub host: Option<String>,
    /// The DHCP agents hosting this network (name or ID, looked up at each site)
    #[arg(long, value_name = "NETWORK", conflicts_with_all = ["router", "agent_type", "host"])]
    pub network: Option<String>,
    /// The L3 agents hosting this router (name or ID, looked up at each site)
    #[arg(long, value_name = "ROUTER", conflicts_with_all = ["agent_type", "host"])]
    pub router: Option<String>,
    #[command(flatten)]
    pub paging: Paging,
    #[command(flatten)]
    pub list: ListArgs,
}

/// `--agent-type` as python-openstackclient takes it, and the type
/// Neutron names.
pub const AGENT_TYPES: [(&str, &str); 16] = [
    ("bgp", "BGP dynamic routing agent"),
    ("dhcp", "DHCP agent"),
    ("open-vswitch", "Open vSwitch agent"),
    ("linux-bridge", "Linux bridge agent"),
    ("ofa", "OFA driver agent"),
    ("l3", "L3 agent"),
    ("loadbalancer", "Loadbalancer agent"),
    ("metering", "Metering agent"),
    ("metadata", "Metadata agent"),
    ("macvtap", "Macvtap agent"),
    ("nic", "NIC Switch agent"),
    ("baremetal", "Baremetal Node"),
    ("ovn-controller", "OVN Controller agent"),
    ("ovn-controller-gateway", "OVN Controller Gateway agent"),
    ("ovn-metadata", "OVN Metadata agent"),
    ("ovn-agent", "OVN Neutron agent"),
];

/// `oscope network segment ...`
#[derive(Debug, Subcommand)]
pub enum NetworkSegmentCommand {
    /// List network segments
    List(NetworkSegmentList),
    /// Show a network segment
    Show(ShowArgs),
}

/// `oscope network segment list`
#[derive(Debug, Args)]
pub struct NetworkSegmentList {
    /// Only the segments of this network (name or ID, looked up at each site)
    #[arg(long, value_name = "NETWORK")]
    pub network: Option<String>,
    #[command(flatten)]
    pub paging: Paging,
    #[command(flatten)]
    pub list: ListArgs,
}

/// `oscope network qos ...`
#[derive(Debug, Subcommand)]
pub enum NetworkQosCommand {
    /// QoS policies
    #[command(subcommand)]
    Policy(QosPolicyCommand),
}

/// `oscope network qos policy ...`
#[derive(Debug, Subcommand)]
pub enum QosPolicyCommand {
    /// List QoS policies
    List(QosPolicyList),
    /// Show a QoS policy
    Show(ShowArgs),
    /// Create a QoS policy at every site of the network scope
    Create(QosPolicyCreate),
    /// Delete QoS policies
    Delete(DeleteArgs),
}

/// `oscope network qos policy list`
#[derive(Debug, Args)]
pub struct QosPolicyList {
    /// Only this project's (name or ID, looked up at each site)
    #[arg(long, value_name = "PROJECT")]
    pub project: Option<String>,
    /// Only shared ones
    #[arg(long, conflicts_with = "no_share")]
    pub share: bool,
    /// Only ones not shared
    #[arg(long)]
    pub no_share: bool,
    #[command(flatten)]
    pub paging: Paging,
    #[command(flatten)]
    pub list: ListArgs,
}

/// `oscope network qos policy create`
#[derive(Debug, Args)]
pub struct QosPolicyCreate {
    /// The new policy's name
    #[arg(value_name = "NAME")]
    pub name: String,
    /// Its description
    #[arg(long, value_name = "DESCRIPTION")]
    pub description: Option<String>,
    /// Shared with every project
    #[arg(long, conflicts_with = "no_share")]
    pub share: bool,
    /// Not shared (the default)
    #[arg(long)]
    pub no_share: bool,
    /// The project's default policy
    #[arg(long, conflicts_with = "no_default")]
    pub default: bool,
    /// Not the project's default (the default)
    #[arg(long)]
    pub no_default: bool,
    /// Owner's project (name or ID, looked up at each site)
    #[arg(long, value_name = "PROJECT")]
    pub project: Option<String>,
    #[command(flatten)]
    pub create: CreateOptions,
}

/// `oscope network rbac ...`
#[derive(Debug, Subcommand)]
pub enum NetworkRbacCommand {
    /// List RBAC policies
    List(RbacList),
    /// Show an RBAC policy (by ID)
    Show(ShowArgs),
    /// Share an object at every site of the network scope
    Create(RbacCreate),
    /// Change the project an RBAC policy is for
    Set(RbacSet),
    /// Delete RBAC policies (by ID)
    Delete(DeleteArgs),
}

/// What an RBAC policy can share.
pub const RBAC_TYPES: [&str; 6] = [
    "address_group",
    "address_scope",
    "security_group",
    "subnetpool",
    "qos_policy",
    "network",
];

/// What an RBAC policy can grant.
pub const RBAC_ACTIONS: [&str; 2] = ["access_as_external", "access_as_shared"];

/// `oscope network rbac list`
#[derive(Debug, Args)]
pub struct RbacList {
    /// Only policies of objects of this type
    #[arg(long = "type", value_name = "TYPE", value_parser = RBAC_TYPES)]
    pub object_type: Option<String>,
    /// Only policies that grant this
    #[arg(long, value_name = "ACTION", value_parser = RBAC_ACTIONS)]
    pub action: Option<String>,
    /// Only policies for this project (name or ID, looked up at each site; `*` for all projects)
    #[arg(long, value_name = "PROJECT")]
    pub target_project: Option<String>,
    #[command(flatten)]
    pub paging: Paging,
    #[command(flatten)]
    pub list: ListArgs,
}

/// `oscope network rbac create`
#[derive(Debug, Args)]
pub struct RbacCreate {
    /// The object to share (name or ID, looked up at each site)
    #[arg(value_name = "RBAC_OBJECT")]
    pub object: String,
    /// The object's type
    #[arg(long = "type", value_name = "TYPE", value_parser = RBAC_TYPES, required = true)]
    pub object_type: String,
    /// What to grant
    #[arg(long, value_name = "ACTION", value_parser = RBAC_ACTIONS, required = true)]
    pub action: String,
    /// The project granted it (name or ID, looked up at each site)
    #[arg(
        long,
        value_name = "PROJECT",
        required_unless_present = "target_all_projects"
    )]
    pub target_project: Option<String>,
    /// Grant it to every project
    #[arg(long, conflicts_with = "target_project")]
    pub target_all_projects: bool,
    /// Owner's project (name or ID, looked up at each site)
    #[arg(long, value_name = "PROJECT")]
    pub project: Option<String>,
    #[command(flatten)]
    pub create: CreateOptions,
}

/// `oscope network rbac set`
#[derive(Debug, Args)]
pub struct RbacSet {
    /// The policy (ID)
    #[arg(value_name = "RBAC_POLICY")]
    pub policy: String,
    /// The project granted it (name or ID, looked up at the policy's site)
    #[arg(long, value_name = "PROJECT")]
    pub target_project: Option<String>,
}
