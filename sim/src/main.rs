//! `oscope-sim`: start N simulated OpenStack sites, write their clouds.yaml,
//! and serve until interrupted.

use std::path::PathBuf;
use std::time::Duration;

use clap::Parser;
use oscope_sim::{Fault, FaultSpec, Service, Sim, SimConfig};

/// The simulator shares the benchmark machine with oscope: what it spends
/// in glibc's malloc is taken from oscope's cores (see BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Many independent OpenStack sites on 127.0.0.1, for oscope's tests,
/// benchmarks and demos, and for trying scopes and scripts without a cloud.
#[derive(Debug, Parser)]
#[command(name = "oscope-sim", version)]
struct Args {
    /// Site names, comma-separated
    #[arg(
        long,
        value_name = "NAMES",
        value_delimiter = ',',
        conflicts_with = "count"
    )]
    sites: Vec<String>,

    /// Generate this many sites (site0001, site0002, ...)
    #[arg(long, value_name = "N")]
    count: Option<usize>,

    /// Servers seeded per site
    #[arg(long, value_name = "N", default_value_t = 5)]
    servers: usize,

    /// Images seeded per site
    #[arg(long, value_name = "N", default_value_t = 3)]
    images: usize,

    /// Networks seeded per site
    #[arg(long, value_name = "N", default_value_t = 2)]
    networks: usize,

    /// Volumes seeded per site
    #[arg(long, value_name = "N", default_value_t = 2)]
    volumes: usize,

    /// Latency added to every request of every site (`100ms`, `1s`)
    #[arg(long, value_name = "DURATION", value_parser = humantime::parse_duration, default_value = "0s")]
    latency: Duration,

    /// Up to this much more latency, at random
    #[arg(long, value_name = "DURATION", value_parser = humantime::parse_duration, default_value = "0s")]
    jitter: Duration,

    /// Latency of one site: SITE=DURATION (repeatable)
    #[arg(long, value_name = "SITE=DURATION")]
    site_latency: Vec<String>,

    /// A fault of one site: SITE=FAULT[@SERVICE][*TIMES] (repeatable). FAULT is
    /// refused, hang, 500, 503[:SECONDS], 401, malformed, truncated,
    /// huge[:BYTES] or drip[:MILLISECONDS]
    #[arg(long, value_name = "SPEC")]
    fault: Vec<String>,

    /// How long a new server stays in BUILD
    #[arg(long, value_name = "DURATION", value_parser = humantime::parse_duration, default_value = "300ms")]
    build_time: Duration,

    /// How long tokens live
    #[arg(long, value_name = "DURATION", value_parser = humantime::parse_duration, default_value = "1h")]
    token_ttl: Duration,

    /// Where to write clouds.yaml
    #[arg(long, value_name = "PATH")]
    clouds_yaml: Option<PathBuf>,

    /// Port of the control API (0: any free port)
    #[arg(long, value_name = "PORT", default_value_t = 0)]
    control_port: u16,
}

fn fault_spec(text: &str) -> Result<(String, FaultSpec), String> {
    let (site, rest) = text
        .split_once('=')
        .ok_or_else(|| format!("`{text}`: expected SITE=FAULT"))?;
    let (rest, times) = match rest.split_once('*') {
        Some((r, t)) => (
            r,
            Some(
                t.parse::<u32>()
                    .map_err(|_| format!("`{t}` is not a count"))?,
            ),
        ),
        None => (rest, None),
    };
    let (fault, service) = match rest.split_once('@') {
        Some((f, s)) => (
            f,
            Some(Service::parse(s).ok_or_else(|| format!("unknown service `{s}`"))?),
        ),
        None => (rest, None),
    };
    Ok((
        site.to_string(),
        FaultSpec {
            fault: Fault::parse(fault)?,
            service,
            remaining: times,
        },
    ))
}

fn main() -> std::process::ExitCode {
    let args = Args::parse();
    // Before the runtime's threads: see `raise_fd_limit`.
    let sites = args.count.unwrap_or(args.sites.len().max(3));
    raise_fd_limit(3 * sites + 256);
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("oscope-sim: cannot start: {e}");
            return std::process::ExitCode::from(2);
        }
    };
    match runtime.block_on(run(args)) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("oscope-sim: {e}");
            std::process::ExitCode::from(2)
        }
    }
}

async fn run(args: Args) -> Result<(), String> {
    let mut config = match (args.count, args.sites.is_empty()) {
        (Some(n), _) => SimConfig::generated(n),
        (None, false) => {
            SimConfig::named(&args.sites.iter().map(String::as_str).collect::<Vec<_>>())
        }
        (None, true) => SimConfig::named(&["berlin", "denver", "paris"]),
    }
    .latency(args.latency, args.jitter);
    config.seed.servers = args.servers;
    config.seed.images = args.images;
    config.seed.networks = args.networks;
    config.seed.volumes = args.volumes;
    config.seed.build_time = args.build_time;
    config.seed.token_ttl = args.token_ttl;
    for spec in &args.fault {
        let (name, fault) = fault_spec(spec)?;
        let site = config
            .sites
            .iter_mut()
            .find(|s| s.name == name)
            .ok_or_else(|| format!("--fault: no site `{name}`"))?;
        site.behaviour.fault = Some(fault);
    }
    for spec in &args.site_latency {
        let (name, latency) = spec
            .split_once('=')
            .ok_or_else(|| format!("`{spec}`: expected SITE=DURATION"))?;
        let latency =
            humantime::parse_duration(latency).map_err(|e| format!("`{latency}`: {e}"))?;
        let site = config
            .sites
            .iter_mut()
            .find(|s| s.name == name)
            .ok_or_else(|| format!("--site-latency: no site `{name}`"))?;
        site.behaviour.latency = latency;
    }
    let started = std::time::Instant::now();
    let mut sim = Sim::start(config)
        .await
        .map_err(|e| format!("cannot start: {e}"))?;
    let control = sim
        .serve_control(args.control_port)
        .await
        .map_err(|e| format!("control API: {e}"))?;
    let path = args
        .clouds_yaml
        .unwrap_or_else(|| std::env::temp_dir().join("oscope-sim").join("clouds.yaml"));
    sim.write_clouds_yaml(&path)
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    let count = sim.sites().len();
    let shown: Vec<String> = sim
        .sites()
        .iter()
        .take(5)
        .map(|s| format!("{} :{}", s.name, s.port))
        .collect();
    let more = if count > 5 {
        format!(", and {} more", count - 5)
    } else {
        String::new()
    };
    println!(
        "oscope-sim: {count} sites on 127.0.0.1 in {:.2?} ({}{more})",
        started.elapsed(),
        shown.join(", ")
    );
    println!("clouds.yaml: {}", path.display());
    println!("control API: http://127.0.0.1:{control}/sites");
    println!("export OS_CLIENT_CONFIG_FILE={}", path.display());
    tokio::signal::ctrl_c().await.map_err(|e| e.to_string())?;
    sim.stop().await;
    Ok(())
}

/// Thousands of sites need thousands of descriptors: raise the soft limit
/// to the hard one, which an unprivileged process may do, and size the
/// descriptor table for `wanted` while there is one thread. (Linux grows
/// it by doubling, and in a process with threads each growth waits for an
/// RCU grace period, stalling every thread that opens a descriptor: the
/// simulator's answers would pause while a client connects.)
fn raise_fd_limit(wanted: usize) {
    #[cfg(unix)]
    // SAFETY: getrlimit and setrlimit only read and write the struct we pass.
    unsafe {
        let mut limit = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) == 0 && limit.rlim_cur < limit.rlim_max
        {
            limit.rlim_cur = limit.rlim_max;
            libc::setrlimit(libc::RLIMIT_NOFILE, &limit);
        }
        #[cfg(target_os = "linux")]
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) == 0 {
            let top = (wanted as u64).min(limit.rlim_cur) as libc::c_int - 1;
            // A copy of stdin at the top slot sizes the table; closing it
            // keeps the size.
            if libc::fcntl(top, libc::F_GETFD) == -1 && libc::dup2(0, top) == top {
                libc::close(top);
            }
        }
    }
}
