//! The man page and shell completions, generated from the clap definition.
//!
//! `man/oscope.1` and `completions/*` are committed so that packagers need
//! not run oscope to get them; `tests/generated.rs` regenerates them in
//! memory and fails when the committed files are stale (and rewrites them,
//! so that the next run passes). Nothing here carries a date, so the files
//! change only when the interface does.

use clap_complete::Shell;

use crate::cli;

/// The shells completions are generated for, and the file each goes to.
pub const COMPLETIONS: &[(Shell, &str)] = &[
    (Shell::Bash, "completions/oscope.bash"),
    (Shell::Zsh, "completions/_oscope"),
    (Shell::Fish, "completions/oscope.fish"),
    (Shell::Elvish, "completions/oscope.elv"),
    (Shell::PowerShell, "completions/_oscope.ps1"),
];

/// The completion script for `shell`, for the program `name` (`oscope`, or
/// `openstack` when run as that).
pub fn completion(shell: Shell, name: &str) -> String {
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cli::command(), name, &mut buf);
    String::from_utf8(buf).expect("clap_complete writes UTF-8")
}

/// The man page `oscope(1)`, in roff.
pub fn man_page() -> String {
    let command = cli::command();
    let man =
        clap_mangen::Man::new(command).source(format!("oscope {}", env!("CARGO_PKG_VERSION")));
    let mut buf = Vec::new();
    let write = |buf: &mut Vec<u8>| -> std::io::Result<()> {
        man.render_title(buf)?;
        man.render_name_section(buf)?;
        man.render_synopsis_section(buf)?;
        man.render_description_section(buf)?;
        man.render_options_section(buf)?;
        buf.extend_from_slice(commands_section().as_bytes());
        buf.extend_from_slice(SECTIONS.as_bytes());
        man.render_version_section(buf)
    };
    write(&mut buf).expect("writing to memory cannot fail");
    String::from_utf8(buf).expect("clap_mangen writes UTF-8")
}

/// Escapes text for roff: backslashes, hyphens, and a leading dot or quote.
fn roff(text: &str) -> String {
    let escaped = text.replace('\\', "\\e").replace('-', "\\-");
    match escaped.chars().next() {
        Some('.' | '\'') => format!("\\&{escaped}"),
        _ => escaped,
    }
}

/// A COMMANDS section: every command that does something, with its
/// arguments and options, so that one page documents the whole tool.
fn commands_section() -> String {
    fn walk(command: &clap::Command, path: &str, out: &mut String) {
        for sub in command.get_subcommands().filter(|s| s.get_name() != "help") {
            let path = format!("{path} {}", sub.get_name());
            if sub.has_subcommands() {
                walk(sub, &path, out);
                continue;
            }
            let mut usage = sub.clone().bin_name(path.clone());
            let usage = usage.render_usage().to_string();
            let usage = usage.trim_start_matches("Usage: ");
            out.push_str(&format!(".TP\n\\fB{}\\fR\n", roff(usage)));
            let about = sub
                .get_long_about()
                .or(sub.get_about())
                .map(|a| a.to_string())
                .unwrap_or_default();
            for (i, paragraph) in about.split("\n\n").enumerate() {
                if i > 0 {
                    out.push_str(".IP\n");
                }
                out.push_str(&roff(&paragraph.replace('\n', " ")));
                out.push('\n');
            }
            for arg in sub
                .get_arguments()
                .filter(|a| !a.is_global_set() && !a.is_hide_set())
            {
                let name = match (arg.get_short(), arg.get_long()) {
                    (Some(s), Some(l)) => format!("-{s}, --{l}"),
                    (None, Some(l)) => format!("--{l}"),
                    (Some(s), None) => format!("-{s}"),
                    (None, None) => String::new(),
                };
                let value = arg
                    .get_value_names()
                    .filter(|_| arg.get_action().takes_values())
                    .map(|v| {
                        v.iter()
                            .map(|n| format!("<{n}>"))
                            .collect::<Vec<_>>()
                            .join(" ")
                    })
                    .unwrap_or_default();
                let label = [name, value]
                    .iter()
                    .filter(|s| !s.is_empty())
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(" ");
                let mut help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
                let values: Vec<String> = arg
                    .get_possible_values()
                    .iter()
                    .map(|v| v.get_name().to_string())
                    .collect();
                if !values.is_empty() && arg.get_action().takes_values() {
                    help.push_str(&format!(" [one of: {}]", values.join(", ")));
                }
                out.push_str(&format!(
                    ".RS\n.TP\n{}\n{}\n.RE\n",
                    roff(&label),
                    roff(&help)
                ));
            }
        }
    }
    let mut out = String::from(".SH COMMANDS\n");
    walk(&cli::command(), "oscope", &mut out);
    out
}

/// Every generated file: its path in the repository and its content.
pub fn generated_files() -> Vec<(&'static str, String)> {
    let mut files = vec![("man/oscope.1", man_page())];
    files.extend(
        COMPLETIONS
            .iter()
            .map(|(shell, path)| (*path, completion(*shell, "oscope"))),
    );
    files
}

/// The hand-written sections of the man page: what clap cannot know.
const SECTIONS: &str = r#".SH "SCOPE LANGUAGE"
A scope says which sites a command's requests go to, per OpenStack service.
It is the value of \fB\-\-os\-scope\fR, else of \fBOS_SCOPE\fR.
.TP
\fIsite\fR
A cloud of clouds.yaml (\fBberlin\fR), or one region of a cloud with a
\fBregions:\fR list (\fBmycloud/RegionTwo\fR).
Bare names are letters, digits, \fB\-\fR, \fB_\fR, \fB.\fR and \fB/\fR;
other names are quoted: \fB"New York"\fR.
A name that matches no site exactly matches one ignoring case, if there is
only one.
.TP
\fB@\fR\fIgroup\fR
A group of sites defined under \fBgroups:\fR in oscope's configuration file.
.TP
\fB*\fR
Every configured site (every region of a cloud with regions).
.TP
\fIa\fR \fB&\fR \fIb\fR
Here and there: both are asked at once and their answers merged.
A site named twice is asked once.
.TP
\fIa\fR \fB|\fR \fIb\fR
Here, or else there: \fIb\fR is asked only when \fIa\fR failed.
.TP
\fB(\fR \fIexpr\fR \fB)\fR
Grouping. \fB&\fR binds tighter than \fB|\fR and both are left-associative:
\fBa | b & c\fR is \fBa | (b & c)\fR. White space is free.
.PP
A scope is a bare expression, which applies to every service, or a map with
one expression per service:
.PP
.RS
.nf
{compute: berlin & denver, image: denver | paris}
{"compute": "berlin & denver"}
{image: denver, *: berlin}
.fi
.RE
.PP
Map keys are service types (\fBcompute\fR, \fBblock\-storage\fR), project
names (\fBnova\fR, \fBcinder\fR) or aliases (\fBvolumev3\fR), in any case;
\fB*\fR binds every service the map does not name.
A service named twice, also under two of its names, is an error.
A service is bound by, in order: its key in the map; the variable
\fBOS_SCOPE_\fR\fISERVICE_TYPE\fR; the map's \fB*\fR or the bare expression;
the current cloud.
.PP
\fBoscope scope check\fR \fIscope\fR prints a scope's canonical form and the
plan for each service, and exits 2 with the place and reason when the scope
is wrong.
.SH AUTHENTICATION
Each site signs in to its own Keystone as clouds.yaml's \fBauth_type\fR and
\fBauth\fR keys say, with keystoneauth's names (besides \fBauth_url\fR and
the project, domain or system scope):
.TP
\fBv3password\fR (the default)
\fBusername\fR or \fBuser_id\fR, \fBuser_domain_name\fR or \fBuser_domain_id\fR, \fBpassword\fR.
.TP
\fBv3token\fR
\fBtoken\fR.
.TP
\fBv3applicationcredential\fR
\fBapplication_credential_id\fR, or \fBapplication_credential_name\fR with
its user; \fBapplication_credential_secret\fR.
.TP
\fBv3totp\fR
The user and \fBpasscode\fR (\fB\-\-os\-passcode\fR, \fBOS_PASSCODE\fR).
.TP
\fBv3multifactor\fR
\fBauth_methods: [v3password, v3totp]\fR (\fBOS_AUTH_METHODS\fR) and the keys
of each. A receipt from Keystone is answered with the passcode or password
its rules still want.
.TP
\fBv3oidcpassword\fR, \fBv3oidcclientcredentials\fR, \fBv3oidcaccesstoken\fR, \fBv3oidcauthcode\fR, \fBv3oidcdeviceauthz\fR
OpenID Connect: \fBidentity_provider\fR, \fBprotocol\fR, \fBclient_id\fR,
\fBclient_secret\fR, \fBdiscovery_endpoint\fR (or \fBaccess_token_endpoint\fR,
\fBdevice_authorization_endpoint\fR), \fBopenid_scope\fR,
\fBaccess_token_type\fR; and \fBusername\fR and \fBpassword\fR,
\fBaccess_token\fR, or \fBcode\fR and \fBredirect_uri\fR as the grant needs.
The provider's token is got once per command for the sites that share it.
.TP
\fBv3samlpassword\fR
SAML 2.0 ECP: \fBidentity_provider\fR, \fBprotocol\fR,
\fBidentity_provider_url\fR (the provider's ECP endpoint), \fBusername\fR,
\fBpassword\fR.
.PP
A secret that no file, variable or flag gives comes from the command named
beside \fBauth\fR in \fBauth_commands\fR (\fBpassword\fR, \fBpasscode\fR,
\fBapplication_credential_secret\fR, \fBtoken\fR, \fBclient_secret\fR,
\fBaccess_token\fR, \fBcode\fR; its first line of output, once per
command), else from a question on the terminal (\fBPassword for admin at
berlin:\fR, once per Keystone or identity provider and user). Without a
terminal the site fails with a \fBconfig\fR error. Tokens are cached;
passwords, passcodes and identity providers' tokens never are.
.SH ENVIRONMENT
.TP
\fBOS_SCOPE\fR
The scope, when \fB\-\-os\-scope\fR is not given.
.TP
\fBOS_SCOPE_\fR\fISERVICE_TYPE\fR
An expression for one service, such as \fBOS_SCOPE_IMAGE='denver | paris'\fR
or \fBOS_SCOPE_BLOCK_STORAGE=berlin\fR. A key of the scope's map wins over it;
it wins over the map's \fB*\fR and over a bare expression.
.TP
\fBOS_CLOUD\fR
The current cloud, when \fB\-\-os\-cloud\fR is not given.
.TP
\fBOS_CLIENT_CONFIG_FILE\fR, \fBOS_CLIENT_SECURE_FILE\fR
The clouds.yaml and secure.yaml to read first.
.TP
\fBOSCOPE_CONFIG\fR
oscope's own configuration file.
.TP
\fBOS_AUTH_URL\fR, \fBOS_USERNAME\fR, \fBOS_PASSWORD\fR, \fBOS_PROJECT_NAME\fR, ...
Override the current cloud's settings, as in python\-openstackclient; the
\fB\-\-os\-*\fR flags override them in turn.
.TP
\fBOSCOPE_NO_TOKEN_CACHE\fR
Set to 1 to neither read nor write the token cache.
.TP
\fBOSCOPE_NO_ROUTE_CACHE\fR
Set to 1 to neither read nor write the routing cache.
.TP
\fBCLIFF_MAX_TERM_WIDTH\fR, \fBCLIFF_FIT_WIDTH\fR
Table width, as for python\-openstackclient.
.TP
\fBXDG_CONFIG_HOME\fR, \fBXDG_CACHE_HOME\fR
Where user configuration and the token cache live; \fI~/.config\fR and
\fI~/.cache\fR when unset.
.SH FILES
.TP
\fIclouds.yaml\fR
The sites. The first of \fBOS_CLIENT_CONFIG_FILE\fR,
\fI./clouds.{yaml,yml,json}\fR, \fI~/.config/openstack/clouds.{yaml,yml,json}\fR
and \fI/etc/openstack/clouds.{yaml,yml,json}\fR is read, as openstacksdk
does; \fIsecure.{yaml,yml,json}\fR from the same places (after
\fBOS_CLIENT_SECURE_FILE\fR) is merged over it key by key. Anchors,
aliases and merge keys (\fB<<: *defaults\fR) work as in openstacksdk.
A cloud's \fBprofile:\fR (or \fBcloud:\fR) gives its defaults: an entry
of \fBpublic-clouds:\fR in \fIclouds-public.{yaml,yml,json}\fR (from the
same places), one of openstacksdk's vendor profiles (carried in oscope),
or a URL whose \fI/.well-known/openstack/api\fR document gives it.
\fB{region_name}\fR in a setting is the site's region.
\fBoscope site list \-\-long\fR shows what each site resolves to.
.TP
\fI~/.config/oscope/config.yaml\fR
oscope's own settings (or \fBOSCOPE_CONFIG\fR). \fBgroups:\fR maps a group
name to a list of sites (all of them) or to any scope expression:
.RS
.PP
.nf
groups:
  europe: [berlin, paris]
  edge: "denver | @europe"
.fi
.RE
.TP
\fI~/.cache/oscope/tokens/\fR
The token cache: tokens keyed by a SHA-256 of auth URL, identity and scope,
in 16 shard files (\fINN.json\fR), mode 0600 in a 0700 directory. A command
reads a shard once and writes the tokens it obtained when a fan-out ends
(on a thread, beside the output) and at its end, under a lock (\fIlock\fR),
merging with other processes' and replacing each file atomically.
Passwords are never written.
.TP
\fI~/.cache/oscope/routes\fR
The routing cache: a line per resource ID (UUIDs only) with the site where
oscope last saw it, the 20,000 most recent, mode 0600, changed under a lock
(\fIroutes.lock\fR) and replaced atomically.
.TP
\fI~/.cache/oscope/names\fR
The names each kind of resource's last list showed (at most 1,000 of a
kind), for the dynamic completion (\fBCOMPLETE=bash oscope\fR); kept or
not with the routing cache, mode 0600.
.SH "CROSS-SITE OPERATIONS"
.TP
\fBserver create \-\-image\fR with image and compute at different sites
The image is found under the image scope. Each compute site boots from an
image with the same data (\fBos_hash_value\fR, else \fBchecksum\fR) in its
own Glance; when it has none, the image is streamed there from the source
Glance, checked against both sides' checksums (a bad copy is deleted),
tagged \fBoscope\-copy\fR, and reused by later boots.
\fB\-\-no\-copy\-image\fR fails instead. A \fB\-\-network\fR whose scope is
not the compute scope is refused before any request.
.TP
\fBcreate\fR under \fB&\fR
Creates at every site. When some fail, a table on standard error says what
each site did, and the exit status is 3; with \fB\-\-atomic\fR, what the
others created is deleted again and the exit status is 1.
.TP
\fBshow\fR, \fBdelete\fR, \fBset\fR by ID
Go straight to the site the routing cache knows for the ID, when the scope
includes it; the scope's fan\-out runs when that site no longer has it.
.TP
\fBvolume create \-\-server\fR \fIserver\fR
Creates the volume at the site where the server lives.
.TP
\fBsubnet create \-\-subnet\-range\fR \fIrange\fR over several sites
Each site gets a disjoint share of the range as its allocation pool; a
range with fewer free addresses than sites is refused.
.TP
\fB\-\-explain\fR
Prints the plan, the endpoints and every request instead of the output:
reads are sent, changes are held back and shown with their bodies, secrets
redacted.
.SH "FAILURES"
Each site that fails is named on standard error with the class of its
failure: \fBtransport\fR, \fBtimeout\fR, \fBserver\fR (5xx, 429/503 after
retries, a malformed or oversized answer), \fBauth\fR (401 after one
re\-authentication, 403), \fBconfig\fR, \fBnot found\fR or \fBrequest\fR.
\fB|\fR fails over on all but \fBrequest\fR, and on \fBnot found\fR only
when looking a resource up by name or ID. The other sites' results are
always printed.
.SH "EXIT STATUS"
.TP
\fB0\fR
Every site of the plan succeeded.
.TP
\fB1\fR
The command failed: no site served it, or a fatal error.
.TP
\fB2\fR
Usage: bad flags, bad scope, unknown site or service.
.TP
\fB3\fR
Partial: some sites failed; the others' results were printed.
.TP
\fB130\fR
Interrupted.
.PP
A closed pipe on standard output is not an error.
.SH EXAMPLES
.nf
oscope scope check 'berlin & denver | paris'
oscope scope check \-f json '{compute: berlin, image: denver | paris}'
.fi
"#;
