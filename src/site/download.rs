//! Binary answers (image data): opened for streaming, or downloaded to a
//! temporary file with the digests Glance checks.

use std::time::Instant;

use reqwest::Method;
use reqwest::header::HeaderMap;

use super::request::{http_error, request_id, transport_error};
use super::{FailureClass, Reply, Session, SiteError, Stopped};
use crate::scope::ServiceType;

/// Data streamed to a temporary file, with its digests.
#[derive(Debug)]
pub struct Download {
    /// Where the data is until the caller keeps (renames) or drops it.
    pub temp: std::path::PathBuf,
    pub size: u64,
    pub md5: String,
    pub sha512: String,
}

/// MD5 (Glance's `checksum`) and SHA-512 (its `os_hash_value`) of data
/// as it streams by.
#[derive(Default)]
pub struct Digests {
    md5: md5::Md5,
    sha512: sha2::Sha512,
    size: u64,
}

impl Digests {
    pub fn update(&mut self, chunk: &[u8]) {
        use md5::Digest as _;
        self.md5.update(chunk);
        sha2::Digest::update(&mut self.sha512, chunk);
        self.size += chunk.len() as u64;
    }

    /// Size, MD5 and SHA-512, in hex.
    pub fn finish(self) -> (u64, String, String) {
        use md5::Digest as _;
        (
            self.size,
            hex::encode(self.md5.finalize()),
            hex::encode(sha2::Digest::finalize(self.sha512)),
        )
    }
}

impl Session {
    /// Opens a service's binary answer (image data) for the caller to
    /// stream. Under `--explain` it is held back: data is not fetched to
    /// show a plan.
    pub async fn open(
        &self,
        service: ServiceType,
        path: &str,
    ) -> Result<reqwest::Response, Stopped> {
        let auth = self.authenticate().await?;
        let url = format!(
            "{}/{}",
            self.url_with(&auth, service)?,
            path.trim_start_matches('/')
        );
        if self.explaining() {
            self.hold_back(&Method::GET, &url, None);
            return Err(Stopped::HeldBack);
        }
        let started = Instant::now();
        let sent = self
            .client
            .get(&url)
            .header("x-auth-token", &auth.token)
            .send()
            .await
            .map_err(transport_error);
        let outcome = match &sent {
            Ok(r) => format!(
                "{} {}",
                r.status().as_u16(),
                request_id(r.headers()).as_deref().unwrap_or("-")
            ),
            Err(e) => format!("failed: {e}"),
        };
        self.count(&Method::GET, &url, started, &outcome);
        let response = sent?;
        let status = response.status().as_u16();
        if status >= 400 {
            let request_id = request_id(response.headers());
            let body = response.bytes().await.unwrap_or_default();
            return Err(http_error(&Reply {
                status,
                headers: HeaderMap::new(),
                body,
                request_id,
                permit: None,
            })
            .into());
        }
        Ok(response)
    }

    /// Streams a service's binary answer (image data) into `dest`, through
    /// a temporary file renamed at the end, and returns its size with its
    /// MD5 and SHA-512 digests for the caller to check.
    pub async fn download(
        &self,
        service: ServiceType,
        path: &str,
        dest: &std::path::Path,
    ) -> Result<Download, Stopped> {
        use tokio::io::AsyncWriteExt;
        let mut response = self.open(service, path).await?;
        let temp = dest.with_extension(format!("part.{}", std::process::id()));
        let local = |e: std::io::Error| {
            SiteError::new(
                FailureClass::Request,
                format!("cannot write {}: {e}", temp.display()),
            )
        };
        let mut file = tokio::fs::File::create(&temp).await.map_err(local)?;
        let mut digests = Digests::default();
        let copied: Result<(), SiteError> = async {
            while let Some(chunk) = response.chunk().await.map_err(transport_error)? {
                digests.update(&chunk);
                file.write_all(&chunk).await.map_err(local)?;
            }
            file.flush().await.map_err(local)?;
            Ok(())
        }
        .await;
        if let Err(e) = copied {
            let _ = tokio::fs::remove_file(&temp).await;
            return Err(e.into());
        }
        let (size, md5, sha512) = digests.finish();
        Ok(Download {
            temp,
            size,
            md5,
            sha512,
        })
    }
}
