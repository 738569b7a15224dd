//! The floor under oscope's scale numbers: the same requests, sent at once
//! by the least client that can send them (one reqwest client, one task
//! per site, answers read and dropped, nothing parsed, no cache, no
//! output), timed inside the process so that its start-up is not counted.
//!
//!     cargo bench --bench floor -- CLOUDS_YAML SITES [RUNS]
//!
//! For the first SITES clouds named `siteNNNN` of an oscope-sim
//! clouds.yaml it prints the median of RUNS runs of
//! - `cold`: Keystone's `POST /v3/auth/tokens`, then `GET servers` with the
//!   token it gave, every site at once (oscope's cold `server list`);
//! - `warm`: `GET servers` with tokens already in hand (oscope's warm one);
//! - `socket-cold` and `socket-warm`: the same exchanges with no HTTP
//!   library at all, each request written by hand on a tokio `TcpStream`
//!   and each answer read to its `Content-Length`: what is left is the
//!   kernel's loopback TCP and the simulator, the floor under any client.
//!
//! benches/run.sh prints these beside oscope's times: on a machine whose
//! cores the simulator shares, they are the honest limit, above the
//! injected round trips.

use std::future::Future;
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

#[tokio::main(worker_threads = 2)]
async fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let [file, sites, rest @ ..] = args.as_slice() else {
        eprintln!("usage: floor CLOUDS_YAML SITES [RUNS]");
        std::process::exit(2);
    };
    let sites: usize = sites.parse().expect("SITES is a number");
    let runs: usize = rest
        .first()
        .map_or(Ok(5), |r| r.parse())
        .expect("RUNS is a number");
    let text = std::fs::read_to_string(file).expect("clouds.yaml");
    let clouds: Value = serde_yaml_ng::from_str(&text).expect("YAML");
    let width = sites.to_string().len().max(4);
    let targets: Vec<(String, Value)> = (1..=sites)
        .map(|i| {
            let auth = &clouds["clouds"][format!("site{i:0width$}")]["auth"];
            let body = json!({"auth": {
                "identity": {"methods": ["password"], "password": {"user": {
                    "name": auth["username"], "password": auth["password"],
                    "domain": {"name": auth["user_domain_name"]}}}},
                "scope": {"project": {"name": auth["project_name"],
                    "domain": {"name": auth["project_domain_name"]}}}}});
            let url = auth["auth_url"].as_str().expect("auth_url").to_string();
            (url, body)
        })
        .collect();
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(1)
        .build()
        .expect("client");

    let (cold, warm) = cold_then_warm(
        &targets,
        runs,
        |(url, body)| {
            let client = client.clone();
            async move {
                let reply = client
                    .post(format!("{url}/auth/tokens"))
                    .json(&body)
                    .send()
                    .await
                    .expect("Keystone");
                let token = reply.headers()["x-subject-token"]
                    .to_str()
                    .expect("token")
                    .to_string();
                reply.bytes().await.expect("token body");
                let servers = servers_url(&url);
                get(&client, &servers, &token).await;
                (servers, token)
            }
        },
        |(servers, token)| {
            let client = client.clone();
            async move { get(&client, &servers, &token).await }
        },
    )
    .await;
    println!("cold {:.4}", cold.as_secs_f64());
    println!("warm {:.4}", warm.as_secs_f64());

    let (cold, warm) = cold_then_warm(
        &targets,
        runs,
        |(url, body)| async move { socket_cold(&url, &body.to_string()).await },
        |(url, token)| async move {
            let mut stream = connect(&url).await;
            socket_get(&mut stream, &url, &token).await;
        },
    )
    .await;
    println!("socket-cold {:.4}", cold.as_secs_f64());
    println!("socket-warm {:.4}", warm.as_secs_f64());
}

/// The medians of `runs` cold fan-outs, `cold` for every site at once,
/// each followed by a warm one, `warm` at once on what every site's
/// `cold` gave back.
async fn cold_then_warm<C, CF, W, WF, K>(
    targets: &[(String, Value)],
    runs: usize,
    cold: C,
    warm: W,
) -> (Duration, Duration)
where
    C: Fn((String, Value)) -> CF,
    CF: Future<Output = K> + Send + 'static,
    K: Send + 'static,
    W: Fn(K) -> WF,
    WF: Future<Output = ()> + Send + 'static,
{
    let (mut colds, mut warms) = (Vec::new(), Vec::new());
    for _ in 0..runs {
        let (kept, took) = at_once(targets.iter().cloned().map(&cold)).await;
        colds.push(took);
        warms.push(at_once(kept.into_iter().map(&warm)).await.1);
    }
    (median(colds), median(warms))
}

/// Spawns every future at once and waits for them all: their outputs, and
/// the time from the first spawn to the last answer.
async fn at_once<F>(futures: impl Iterator<Item = F>) -> (Vec<F::Output>, Duration)
where
    F: Future + Send + 'static,
    F::Output: Send + 'static,
{
    let started = Instant::now();
    let tasks: Vec<_> = futures.map(tokio::spawn).collect();
    let mut outputs = Vec::new();
    for task in tasks {
        outputs.push(task.await.expect("task"));
    }
    (outputs, started.elapsed())
}

/// A cold site over a bare socket: the token, then the list on the same
/// connection, as reqwest's pool does it. Returns what a warm run needs.
async fn socket_cold(auth_url: &str, body: &str) -> (String, String) {
    let mut stream = connect(auth_url).await;
    let (host, path) = split(auth_url);
    let request = format!(
        "POST {path}/auth/tokens HTTP/1.1\r\nhost: {host}\r\n\
         content-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).await.expect("send");
    let head = read_answer(&mut stream).await;
    let token = header(&head, "x-subject-token").expect("token");
    socket_get(&mut stream, auth_url, &token).await;
    (auth_url.to_string(), token)
}

/// `GET servers` with `token`, on `stream`, which it closes.
async fn socket_get(stream: &mut TcpStream, auth_url: &str, token: &str) {
    let (host, _) = split(auth_url);
    let servers = servers_url(auth_url);
    let (_, path) = split(&servers);
    let request = format!(
        "GET {path} HTTP/1.1\r\nhost: {host}\r\nx-auth-token: {token}\r\n\
         connection: close\r\n\r\n"
    );
    stream.write_all(request.as_bytes()).await.expect("send");
    let head = read_answer(stream).await;
    assert!(head.starts_with("HTTP/1.1 200"), "{auth_url}: {head}");
}

async fn connect(url: &str) -> TcpStream {
    let stream = TcpStream::connect(split(url).0).await.expect("connect");
    stream.set_nodelay(true).expect("nodelay");
    stream
}

/// `http://host:port/path` as `(host:port, /path)`.
fn split(url: &str) -> (&str, &str) {
    let rest = url.strip_prefix("http://").expect("an http:// URL");
    rest.split_at(rest.find('/').unwrap_or(rest.len()))
}

/// An answer's head; its body is read to its `Content-Length` and dropped.
async fn read_answer(stream: &mut TcpStream) -> String {
    let mut buffer = Vec::with_capacity(16 * 1024);
    let mut chunk = vec![0; 64 * 1024];
    loop {
        let n = stream.read(&mut chunk).await.expect("read");
        assert!(n > 0, "the answer ended in its head");
        buffer.extend_from_slice(&chunk[..n]);
        let Some(end) = buffer.windows(4).position(|w| w == b"\r\n\r\n") else {
            continue;
        };
        let head = String::from_utf8_lossy(&buffer[..end]).into_owned();
        let length: usize = header(&head, "content-length")
            .and_then(|l| l.parse().ok())
            .expect("content-length");
        let mut read = buffer.len() - (end + 4);
        while read < length {
            let n = stream.read(&mut chunk).await.expect("read");
            assert!(n > 0, "the answer ended in its body");
            read += n;
        }
        return head;
    }
}

fn header(head: &str, name: &str) -> Option<String> {
    head.lines().find_map(|line| {
        let (key, value) = line.split_once(':')?;
        key.eq_ignore_ascii_case(name)
            .then(|| value.trim().to_string())
    })
}

/// oscope-sim serves every service of a site under Keystone's host.
fn servers_url(auth_url: &str) -> String {
    let base = auth_url.trim_end_matches("/identity/v3");
    format!("{base}/compute/v2.1/servers")
}

async fn get(client: &reqwest::Client, url: &str, token: &str) {
    let reply = client
        .get(url)
        .header("x-auth-token", token)
        .header("connection", "close")
        .send()
        .await
        .expect("Nova");
    assert!(reply.status().is_success(), "{url}: {}", reply.status());
    reply.bytes().await.expect("servers");
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}
