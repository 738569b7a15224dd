//! Keystone's subcommands beside users and projects: roles and their
//! assignments.

use clap::{Args, Subcommand};

use super::{CreateOptions, DeleteArgs, ListArgs, ListFormat, ShowArgs, ShowFormat};

/// `oscope role ...`
#[derive(Debug, Subcommand)]
pub enum RoleCommand {
    /// List roles
    List(ListArgs),
    /// Show a role
    Show(ShowArgs),
    /// Create a role at every site of the identity scope
    Create(RoleCreate),
    /// Delete roles
    Delete(RoleDelete),
    /// Give a user a role on a project or a domain, at every site
    Add(RoleGrant),
    /// Take a role from a user on a project or a domain, at every site
    Remove(RoleGrant),
    /// Role assignments
    #[command(subcommand)]
    Assignment(RoleAssignmentCommand),
}

/// `oscope role create`
#[derive(Debug, Args)]
pub struct RoleCreate {
    /// The new role's name
    #[arg(value_name = "ROLE_NAME")]
    pub name: String,
    /// A description
    #[arg(long, value_name = "DESCRIPTION")]
    pub description: Option<String>,
    /// Show the role of that name where it exists, instead of failing
    #[arg(long)]
    pub or_show: bool,
    #[command(flatten)]
    pub create: CreateOptions,
}

/// `oscope role delete`
#[derive(Debug, Args)]
pub struct RoleDelete {
    /// Names or IDs
    #[arg(value_name = "ROLE", required = true)]
    pub roles: Vec<String>,
}

/// `oscope role add|remove`
#[derive(Debug, Args)]
pub struct RoleGrant {
    /// The role (name or ID, looked up at each site)
    #[arg(value_name = "ROLE")]
    pub role: String,
    /// To this user (name or ID, looked up at each site)
    #[arg(long, value_name = "USER", required_unless_present = "group")]
    pub user: Option<String>,
    /// To this group (name or ID, looked up at each site)
    #[arg(long, value_name = "GROUP", conflicts_with = "user")]
    pub group: Option<String>,
    /// On this project (name or ID, looked up at each site)
    #[arg(
        long,
        value_name = "PROJECT",
        required_unless_present_any = ["domain", "system"]
    )]
    pub project: Option<String>,
    /// On this domain (name or ID, looked up at each site)
    #[arg(long, value_name = "DOMAIN", conflicts_with_all = ["project", "system"])]
    pub domain: Option<String>,
    /// On the system (`all`)
    #[arg(long, value_name = "SYSTEM", conflicts_with_all = ["project", "inherited"])]
    pub system: Option<System>,
    #[command(flatten)]
    pub domains: NameDomains,
    /// Inherited by the projects below (OS-INHERIT)
    #[arg(long)]
    pub inherited: bool,
    /// All or nothing: when any site fails, undo the change at the others
    #[arg(long)]
    pub atomic: bool,
}

/// The system scope: Keystone has one, `all`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum System {
    All,
}

/// The domains the names of users, groups and projects are looked up in.
#[derive(Debug, Default, Args)]
pub struct NameDomains {
    /// The domain the user's name is in (name or ID)
    #[arg(long, value_name = "USER_DOMAIN")]
    pub user_domain: Option<String>,
    /// The domain the group's name is in (name or ID)
    #[arg(long, value_name = "GROUP_DOMAIN")]
    pub group_domain: Option<String>,
    /// The domain the project's name is in (name or ID)
    #[arg(long, value_name = "PROJECT_DOMAIN")]
    pub project_domain: Option<String>,
}

/// `oscope implied ...`
#[derive(Debug, Subcommand)]
pub enum ImpliedCommand {
    /// Roles that imply others
    #[command(subcommand)]
    Role(ImpliedRoleCommand),
}

/// `oscope implied role ...`
#[derive(Debug, Subcommand)]
pub enum ImpliedRoleCommand {
    /// List implied roles
    List(ImpliedRoleList),
    /// Create an association between prior and implied roles
    Create(ImpliedRoleCreate),
    /// Delete an association between prior and implied roles
    Delete(ImpliedRoleArgs),
}

/// `oscope implied role list`
#[derive(Debug, Args)]
pub struct ImpliedRoleList {
    #[command(flatten)]
    pub format: ListFormat,
}

/// `oscope implied role create|delete`
#[derive(Debug, Args)]
pub struct ImpliedRoleArgs {
    /// Role (name or ID, looked up at each site) that implies another role
    #[arg(value_name = "ROLE")]
    pub role: String,
    /// The role (name or ID, looked up at each site) it implies
    #[arg(long, value_name = "ROLE", required = true)]
    pub implied_role: String,
}

/// `oscope implied role create`
#[derive(Debug, Args)]
pub struct ImpliedRoleCreate {
    #[command(flatten)]
    pub roles: ImpliedRoleArgs,
    #[command(flatten)]
    pub format: ShowFormat,
}

/// `oscope role assignment ...`
#[derive(Debug, Subcommand)]
pub enum RoleAssignmentCommand {
    /// List role assignments
    List(Box<RoleAssignmentList>),
}

/// `oscope role assignment list`
#[derive(Debug, Args)]
pub struct RoleAssignmentList {
    /// Only this user's (name or ID, looked up at each site)
    #[arg(long, value_name = "USER", conflicts_with = "group")]
    pub user: Option<String>,
    /// Only this group's (name or ID, looked up at each site)
    #[arg(long, value_name = "GROUP")]
    pub group: Option<String>,
    /// Only on this project (name or ID, looked up at each site)
    #[arg(long, value_name = "PROJECT", conflicts_with = "domain")]
    pub project: Option<String>,
    /// Only on this domain (name or ID, looked up at each site)
    #[arg(long, value_name = "DOMAIN", conflicts_with = "system")]
    pub domain: Option<String>,
    /// Only on the system (`all`)
    #[arg(long, value_name = "SYSTEM", conflicts_with = "project")]
    pub system: Option<System>,
    #[command(flatten)]
    pub domains: NameDomains,
    /// Only the signed-in user's
    #[arg(long, conflicts_with_all = ["user", "group"])]
    pub auth_user: bool,
    /// Only on the signed-in project
    #[arg(long, conflicts_with_all = ["project", "domain", "system"])]
    pub auth_project: bool,
    /// Only of this role (name or ID, looked up at each site)
    #[arg(long, value_name = "ROLE")]
    pub role: Option<String>,
    /// The assignments in effect (a domain's inherited ones on each of its projects)
    #[arg(long)]
    pub effective: bool,
    /// Only inherited assignments
    #[arg(long)]
    pub inherited: bool,
    /// Names instead of IDs (name@domain)
    #[arg(long)]
    pub names: bool,
    #[command(flatten)]
    pub list: ListArgs,
}

/// `oscope domain ...`
#[derive(Debug, Subcommand)]
pub enum DomainCommand {
    /// List domains
    List(DomainList),
    /// Show a domain
    Show(ShowArgs),
    /// Create a domain at every site of the identity scope
    Create(DomainCreate),
    /// Change a domain
    Set(DomainSet),
    /// Delete domains (disabled ones, as Keystone wants)
    Delete(super::DeleteArgs),
}

/// `oscope domain list`
#[derive(Debug, Args)]
pub struct DomainList {
    /// Only the domain with this name
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// Only enabled domains
    #[arg(long)]
    pub enabled: bool,
    #[command(flatten)]
    pub list: ListArgs,
}

/// `oscope domain create`
#[derive(Debug, Args)]
pub struct DomainCreate {
    /// The new domain's name
    #[arg(value_name = "DOMAIN_NAME")]
    pub name: String,
    /// A description
    #[arg(long, value_name = "DESCRIPTION")]
    pub description: Option<String>,
    /// Enabled (the default)
    #[arg(long, conflicts_with = "disable")]
    pub enable: bool,
    /// Disabled
    #[arg(long)]
    pub disable: bool,
    /// Show the domain of that name where it exists, instead of failing
    #[arg(long)]
    pub or_show: bool,
    #[command(flatten)]
    pub create: CreateOptions,
}

/// `oscope domain set`
#[derive(Debug, Args)]
pub struct DomainSet {
    /// The domain (name or ID)
    #[arg(value_name = "DOMAIN")]
    pub domain: String,
    /// New name
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// New description
    #[arg(long, value_name = "DESCRIPTION")]
    pub description: Option<String>,
    /// Enable it
    #[arg(long, conflicts_with = "disable")]
    pub enable: bool,
    /// Disable it
    #[arg(long)]
    pub disable: bool,
}

/// `oscope group ...`
#[derive(Debug, Subcommand)]
pub enum GroupCommand {
    /// List groups
    List(GroupList),
    /// Show a group
    Show(ShowArgs),
    /// Create a group at every site of the identity scope
    Create(GroupCreate),
    /// Change a group
    Set(super::RenameArgs),
    /// Delete groups
    Delete(super::DeleteArgs),
    /// Add users to a group
    #[command(subcommand)]
    Add(GroupUserCommand),
    /// Remove users from a group
    #[command(subcommand)]
    Remove(GroupUserCommand),
    /// Whether a group contains a user
    #[command(subcommand)]
    Contains(GroupContainsCommand),
}

/// `oscope group list`
#[derive(Debug, Args)]
pub struct GroupList {
    /// Only this domain's groups (name or ID, looked up at each site)
    #[arg(long, value_name = "DOMAIN")]
    pub domain: Option<String>,
    /// Only the groups of this user (name or ID, looked up at each site)
    #[arg(long, value_name = "USER")]
    pub user: Option<String>,
    #[command(flatten)]
    pub list: ListArgs,
}

/// `oscope group create`
#[derive(Debug, Args)]
pub struct GroupCreate {
    /// The new group's name
    #[arg(value_name = "GROUP_NAME")]
    pub name: String,
    /// Its domain (name or ID, looked up at each site)
    #[arg(long, value_name = "DOMAIN")]
    pub domain: Option<String>,
    /// A description
    #[arg(long, value_name = "DESCRIPTION")]
    pub description: Option<String>,
    /// Show the group of that name where it exists, instead of failing
    #[arg(long)]
    pub or_show: bool,
    #[command(flatten)]
    pub create: CreateOptions,
}

/// `oscope group add|remove ...`
#[derive(Debug, Subcommand)]
pub enum GroupUserCommand {
    /// Users of the group
    User(GroupUsers),
}

/// `oscope group add|remove user`
#[derive(Debug, Args)]
pub struct GroupUsers {
    /// The group (name or ID, looked up at each site)
    #[arg(value_name = "GROUP")]
    pub group: String,
    /// The users (names or IDs, looked up at each site)
    #[arg(value_name = "USER", required = true)]
    pub users: Vec<String>,
}

/// `oscope group contains ...`
#[derive(Debug, Subcommand)]
pub enum GroupContainsCommand {
    /// Whether the group contains a user
    User(GroupUser),
}

/// `oscope group contains user`
#[derive(Debug, Args)]
pub struct GroupUser {
    /// The group (name or ID, looked up at each site)
    #[arg(value_name = "GROUP")]
    pub group: String,
    /// The user (name or ID, looked up at each site)
    #[arg(value_name = "USER")]
    pub user: String,
}

/// `oscope region ...`
#[derive(Debug, Subcommand)]
pub enum RegionCommand {
    /// List regions
    List(RegionList),
    /// Show a region
    Show(ShowArgs),
    /// Create a region at every site of the identity scope
    Create(RegionCreate),
    /// Delete regions
    Delete(DeleteArgs),
    /// Change a region
    Set(RegionSet),
}

/// `oscope region list`
#[derive(Debug, Args)]
pub struct RegionList {
    /// Only the regions below this one
    #[arg(long, value_name = "REGION_ID")]
    pub parent_region: Option<String>,
    #[command(flatten)]
    pub list: ListArgs,
}

/// `oscope region create`
#[derive(Debug, Args)]
pub struct RegionCreate {
    /// The new region's ID
    #[arg(value_name = "REGION_ID")]
    pub region: String,
    /// The region it is part of
    #[arg(long, value_name = "REGION_ID")]
    pub parent_region: Option<String>,
    /// A description
    #[arg(long, value_name = "DESCRIPTION")]
    pub description: Option<String>,
    #[command(flatten)]
    pub create: CreateOptions,
}

/// `oscope region set`
#[derive(Debug, Args)]
pub struct RegionSet {
    /// The region
    #[arg(value_name = "REGION_ID")]
    pub region: String,
    /// New parent region
    #[arg(long, value_name = "REGION_ID")]
    pub parent_region: Option<String>,
    /// New description
    #[arg(long, value_name = "DESCRIPTION")]
    pub description: Option<String>,
}

/// `oscope service ...`
#[derive(Debug, Subcommand)]
pub enum ServiceCommand {
    /// List services
    List(ListArgs),
    /// Show a service (by ID, name or type)
    Show(ShowArgs),
    /// Create a service at every site of the identity scope
    Create(ServiceCreate),
    /// Delete services (by ID, name or type)
    Delete(DeleteArgs),
    /// Change a service (by ID, name or type)
    Set(ServiceSet),
}

/// `oscope service create`
#[derive(Debug, Args)]
pub struct ServiceCreate {
    /// The new service's type (`compute`, `image`, …)
    #[arg(value_name = "TYPE")]
    pub service_type: String,
    /// Its name
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// A description
    #[arg(long, value_name = "DESCRIPTION")]
    pub description: Option<String>,
    /// Enabled (the default)
    #[arg(long, conflicts_with = "disable")]
    pub enable: bool,
    /// Disabled
    #[arg(long)]
    pub disable: bool,
    #[command(flatten)]
    pub create: CreateOptions,
}

/// `oscope service set`
#[derive(Debug, Args)]
pub struct ServiceSet {
    /// The service (ID, name or type)
    #[arg(value_name = "SERVICE")]
    pub service: String,
    /// New type
    #[arg(long = "type", value_name = "TYPE")]
    pub service_type: Option<String>,
    /// New name
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// New description
    #[arg(long, value_name = "DESCRIPTION")]
    pub description: Option<String>,
    /// Enable it
    #[arg(long, conflicts_with = "disable")]
    pub enable: bool,
    /// Disable it
    #[arg(long)]
    pub disable: bool,
}

/// `oscope application ...`
#[derive(Debug, Subcommand)]
pub enum ApplicationCommand {
    /// The signed-in user's application credentials
    #[command(subcommand)]
    Credential(AppCredCommand),
}

/// `oscope application credential ...`
#[derive(Debug, Subcommand)]
pub enum AppCredCommand {
    /// List application credentials
    List(AppCredList),
    /// Show an application credential (name or ID)
    Show(ShowArgs),
    /// Create an application credential at every site of the identity scope
    Create(AppCredCreate),
    /// Delete application credentials (names or IDs)
    Delete(DeleteArgs),
}

/// `oscope application credential list` and `access rule list`
#[derive(Debug, Args)]
pub struct AppCredList {
    /// This user's (name or ID, looked up at each site; default: the signed-in user)
    #[arg(long, value_name = "USER")]
    pub user: Option<String>,
    #[command(flatten)]
    pub list: ListArgs,
}

/// `oscope application credential create`
#[derive(Debug, Args)]
pub struct AppCredCreate {
    /// The new credential's name
    #[arg(value_name = "NAME")]
    pub name: String,
    /// The secret (default: one Keystone makes)
    #[arg(long, value_name = "SECRET")]
    pub secret: Option<String>,
    /// A role it has (name or ID; repeat for more; default: the signed-in user's)
    #[arg(long = "role", value_name = "ROLE")]
    pub roles: Vec<String>,
    /// When it expires: YYYY-mm-ddTHH:MM:SS
    #[arg(long, value_name = "EXPIRATION")]
    pub expiration: Option<String>,
    /// A description
    #[arg(long, value_name = "DESCRIPTION")]
    pub description: Option<String>,
    /// It may make and delete other application credentials and trusts
    #[arg(long, conflicts_with = "restricted")]
    pub unrestricted: bool,
    /// It may not (the default)
    #[arg(long)]
    pub restricted: bool,
    /// The access rules: JSON, or a file of it
    #[arg(long, value_name = "ACCESS_RULES")]
    pub access_rules: Option<String>,
    #[command(flatten)]
    pub create: CreateOptions,
}

/// `oscope access ...`
#[derive(Debug, Subcommand)]
pub enum AccessCommand {
    /// Access rules of application credentials
    #[command(subcommand)]
    Rule(AccessRuleCommand),
}

/// `oscope access rule ...`
#[derive(Debug, Subcommand)]
pub enum AccessRuleCommand {
    /// List access rules
    List(AppCredList),
}

/// `oscope credential ...`
#[derive(Debug, Subcommand)]
pub enum CredentialCommand {
    /// List credentials
    List(CredentialList),
    /// Show a credential (ID)
    Show(ShowArgs),
    /// Create a credential at every site of the identity scope
    Create(CredentialCreate),
    /// Delete credentials (IDs)
    Delete(DeleteArgs),
}

/// `oscope credential create`
#[derive(Debug, Args)]
pub struct CredentialCreate {
    /// The user it belongs to (name or ID, looked up at each site)
    #[arg(value_name = "USER")]
    pub user: String,
    /// Its data: for `totp`, the base32 secret
    #[arg(value_name = "DATA")]
    pub data: String,
    /// Its type: cert, ec2, totp, …
    #[arg(long = "type", value_name = "TYPE", default_value = "cert")]
    pub credential_type: String,
    /// The project it is limited to (name or ID, looked up at each site)
    #[arg(long, value_name = "PROJECT")]
    pub project: Option<String>,
    #[command(flatten)]
    pub create: CreateOptions,
}

/// `oscope credential list`
#[derive(Debug, Args)]
pub struct CredentialList {
    /// Only this user's (name or ID, looked up at each site)
    #[arg(long, value_name = "USER")]
    pub user: Option<String>,
    /// Only of this type: cert, ec2, totp, …
    #[arg(long = "type", value_name = "TYPE")]
    pub credential_type: Option<String>,
    #[command(flatten)]
    pub list: ListArgs,
}

/// `oscope limit ...`
#[derive(Debug, Subcommand)]
pub enum LimitCommand {
    /// List unified limits of projects
    List(LimitList),
}

/// `oscope registered ...`
#[derive(Debug, Subcommand)]
pub enum RegisteredCommand {
    /// Default unified limits
    #[command(subcommand)]
    Limit(RegisteredLimitCommand),
}

/// `oscope registered limit ...`
#[derive(Debug, Subcommand)]
pub enum RegisteredLimitCommand {
    /// List registered limits
    List(LimitList),
}

/// `oscope limit list` and `registered limit list`
#[derive(Debug, Args)]
pub struct LimitList {
    /// Only this service's (ID, name or type, looked up at each site)
    #[arg(long, value_name = "SERVICE")]
    pub service: Option<String>,
    /// Only of this resource
    #[arg(long, value_name = "RESOURCE_NAME")]
    pub resource_name: Option<String>,
    /// Only of this region
    #[arg(long, value_name = "REGION_ID")]
    pub region: Option<String>,
    /// Only this project's (name or ID, looked up at each site; `limit list` only)
    #[arg(long, value_name = "PROJECT")]
    pub project: Option<String>,
    #[command(flatten)]
    pub list: ListArgs,
}
