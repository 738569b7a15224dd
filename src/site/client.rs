//! The HTTP clients: one per TLS setting, shared by every site that has
//! it, and which idle connections a command keeps.

use std::path::{Path, PathBuf};
use std::time::Duration;

use super::{FailureClass, Sessions, SiteError};
use crate::config::SiteConfig;

/// The most sites of a command that keep idle connections open.
pub const KEEP_ALIVE_SITES: usize = 100;

/// Which connections a command keeps open, idle, for a site's next request.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Reuse {
    /// Every one: pages and look-ups follow each other on one connection.
    #[default]
    All,
    /// Those that carried a small answer (Keystone's token, a look-up), so
    /// that a site's list follows its authentication on one connection;
    /// a list page's connection closes after it (`Connection: close`).
    Small,
    /// None: each request opens its own connection.
    None,
}

impl Reuse {
    /// The policy for a command over `sites` sites, `concurrency` at a
    /// time, with `limit` descriptors. A few sites keep everything. Over
    /// [`KEEP_ALIVE_SITES`] sites, a connection that read a large answer
    /// is not kept: it holds its read buffer, which at a thousand sites is
    /// most of the memory (the peak memory of the 1,000-site `server list`
    /// with default columns, benches/ab.sh). And no connection is kept when one idle connection
    /// per site would not fit in the limit.
    pub fn for_command(sites: usize, concurrency: usize, limit: Option<u64>) -> Reuse {
        let in_flight = 2 * concurrency as u64 + 64;
        let fits = |idle: u64| limit.is_none_or(|limit| idle + in_flight <= limit);
        if sites <= KEEP_ALIVE_SITES && fits(2 * sites as u64) {
            Reuse::All
        } else if fits(sites as u64) {
            Reuse::Small
        } else {
            Reuse::None
        }
    }
}

/// What tells clients apart: TLS verification, the CA bundle, the client
/// certificate, whether redirects are followed, and which idle connections
/// are kept.
pub(super) type Key = (
    bool,
    Option<PathBuf>,
    Option<(PathBuf, Option<PathBuf>)>,
    bool,
    Reuse,
);

impl Sessions {
    /// One client per TLS configuration, shared by all sites that have it,
    /// so connections are pooled and kept alive; one more that does not
    /// follow redirects, for the sign-ins that need to see them.
    pub(super) fn client(
        &self,
        config: &SiteConfig,
        redirects: bool,
    ) -> Result<reqwest::Client, SiteError> {
        let key = (
            config.verify,
            config.cacert.clone(),
            config.client_cert.clone(),
            redirects,
            self.reuse,
        );
        let mut clients = self.clients.lock().expect("clients lock");
        if let Some(client) = clients.get(&key) {
            return Ok(client.clone());
        }
        let mut builder = reqwest::Client::builder()
            .use_rustls_tls()
            .user_agent(concat!("oscope/", env!("CARGO_PKG_VERSION")))
            .tcp_nodelay(true)
            .connect_timeout(Duration::from_secs(10))
            .pool_idle_timeout(Duration::from_secs(30))
            .danger_accept_invalid_certs(!config.verify);
        if !redirects {
            builder = builder.redirect(reqwest::redirect::Policy::none());
        }
        builder = match self.reuse {
            Reuse::All => builder,
            Reuse::Small => builder.pool_max_idle_per_host(1),
            Reuse::None => builder.pool_max_idle_per_host(0),
        };
        if let Some(path) = &config.cacert {
            let pem = std::fs::read(path).map_err(|e| {
                SiteError::new(
                    FailureClass::Config,
                    format!("cannot read cacert {}: {e}", path.display()),
                )
            })?;
            let certs = reqwest::Certificate::from_pem_bundle(&pem).map_err(|e| {
                SiteError::new(
                    FailureClass::Config,
                    format!("bad cacert {}: {e}", path.display()),
                )
            })?;
            for cert in certs {
                builder = builder.add_root_certificate(cert);
            }
        }
        if let Some((cert, key)) = &config.client_cert {
            builder = builder.identity(identity(cert, key.as_deref())?);
        }
        let client = builder
            .build()
            .map_err(|e| SiteError::new(FailureClass::Config, format!("TLS setup: {e}")))?;
        clients.insert(key, client.clone());
        Ok(client)
    }
}

/// A client certificate and its key, from PEM files (the key may be in the
/// certificate's file).
fn identity(cert: &Path, key: Option<&Path>) -> Result<reqwest::Identity, SiteError> {
    let read = |path: &Path| {
        std::fs::read(path).map_err(|e| {
            SiteError::new(
                FailureClass::Config,
                format!("cannot read {}: {e}", path.display()),
            )
        })
    };
    let mut pem = read(cert)?;
    if let Some(key) = key {
        pem.push(b'\n');
        pem.extend(read(key)?);
    }
    reqwest::Identity::from_pem(&pem).map_err(|e| {
        SiteError::new(
            FailureClass::Config,
            format!("bad client certificate {}: {e}", cert.display()),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn idle_connections_are_kept_only_when_they_fit() {
        assert_eq!(Reuse::for_command(100, 256, Some(1024)), Reuse::All);
        assert_eq!(Reuse::for_command(100, 256, None), Reuse::All);
        assert_eq!(Reuse::for_command(101, 256, None), Reuse::Small);
        assert_eq!(Reuse::for_command(400, 256, Some(1024)), Reuse::Small);
        assert_eq!(Reuse::for_command(600, 256, Some(1024)), Reuse::None);
        assert_eq!(Reuse::for_command(10_000, 320, Some(20_000)), Reuse::Small);
    }
}
