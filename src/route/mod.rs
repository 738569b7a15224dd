//! The one place that knows `&` and `|`.
//!
//! [`Router::run`] walks a plan: the operands of `&` run at once (at most
//! `--max-concurrency` sites at a time, results kept in plan order), the
//! operands of `|` in order until one serves. Each site gets a deadline. A
//! site named twice in a plan is contacted once. Whether a failure moves a
//! `|` on to its next operand depends on its class and on what the command
//! does ([`Operation`]), as SPEC §3 says. Commands never re-implement any of
//! this: they hand in what to do at one site and get per-site outcomes back.

mod cache;
mod names;

pub use cache::{Change, MAX_ENTRIES, RouteCache};
pub use names::{MAX_NAMES, NameCache};

use std::borrow::Cow;
use std::collections::HashMap;
use std::future::Future;
use std::io::{IsTerminal, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use futures::future::BoxFuture;
use futures::{FutureExt, StreamExt, stream};
use tokio::sync::{OnceCell, Semaphore};

use crate::exit::ExitStatus;
use crate::output::{Cell, ListOptions, Listing};
use crate::scope::Plan;
use crate::site::{FailureClass, Session, SiteError, Stopped};

/// What a command does at a site, which decides failover.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operation {
    /// Reads a list or a document.
    Read,
    /// Looks a resource up by name or ID: not-found fails over.
    Lookup,
    /// Creates, changes or deletes: a request error never fails over.
    Mutate,
}

/// Whether `|` tries its next operand after this failure.
pub fn fails_over(class: FailureClass, operation: Operation) -> bool {
    match class {
        FailureClass::Transport
        | FailureClass::Timeout
        | FailureClass::Server
        | FailureClass::Auth
        | FailureClass::Config => true,
        FailureClass::NotFound => operation == Operation::Lookup,
        FailureClass::Request => false,
    }
}

/// The plan's sites as a failover chain, in plan order: for commands that
/// need one answer from wherever the scope has it (`image save` writes one
/// file).
pub fn first_of(plan: &Plan) -> Plan {
    match plan.sites().as_slice() {
        [one] => Plan::Site(one.to_string()),
        sites => Plan::Any(sites.iter().map(|s| Plan::Site(s.to_string())).collect()),
    }
}

/// What happened at one site.
#[derive(Clone, Debug)]
pub struct Outcome<T> {
    pub site: String,
    pub result: Result<T, Stopped>,
    /// The failure made a `|` move on to its next operand, which was tried.
    pub failed_over: bool,
    /// Wall time of the site's whole operation.
    pub elapsed: Duration,
}

impl<T> Outcome<T> {
    /// The site's failure, if it failed (not if `--explain` held it back).
    pub fn failure(&self) -> Option<&SiteError> {
        self.result.as_ref().err().and_then(Stopped::failure)
    }

    /// Whether the site did what was asked, or under `--explain` went as
    /// far as it could without changing anything.
    pub fn served(&self) -> bool {
        self.failure().is_none()
    }
}

/// Runs operations over plans, with the limits of one command.
pub struct Router {
    sessions: HashMap<String, Result<Arc<Session>, SiteError>>,
    permits: Arc<Semaphore>,
    concurrency: usize,
    deadline: Duration,
    progress: bool,
    /// `--timing`: a table of each run's sites on stderr.
    timing: bool,
}

type Memo<T> = std::sync::Mutex<HashMap<String, Arc<OnceCell<Outcome<T>>>>>;

/// A site as the plan reached it: whether a `|` moved on from it.
struct Leaf {
    site: String,
    failed_over: bool,
}

impl Router {
    /// A router over these sites' sessions (or why a site has none).
    pub fn new(
        sessions: HashMap<String, Result<Arc<Session>, SiteError>>,
        concurrency: usize,
        deadline: Duration,
        timing: bool,
    ) -> Router {
        let concurrency = concurrency.max(1);
        Router {
            sessions,
            permits: Arc::new(Semaphore::new(concurrency)),
            concurrency,
            deadline,
            progress: std::io::stderr().is_terminal() && !crate::sys::quiet(),
            timing,
        }
    }

    /// The session of a site, if it could be set up.
    pub fn session(&self, site: &str) -> Option<&Arc<Session>> {
        self.sessions.get(site).and_then(|s| s.as_ref().ok())
    }

    /// Runs `op` at the sites of `plan` and returns each site's outcome
    /// once, in plan order. Results are moved, never copied: a thousand
    /// sites' lists are not held twice.
    pub async fn run<T, F, Fut>(&self, plan: &Plan, operation: Operation, op: F) -> Vec<Outcome<T>>
    where
        T: Send + Sync + 'static,
        F: Fn(Arc<Session>) -> Fut + Send + Sync,
        Fut: Future<Output = Result<T, Stopped>> + Send,
    {
        let memo: Memo<T> = std::sync::Mutex::new(HashMap::new());
        let done = Arc::new(AtomicUsize::new(0));
        let total = plan.sites().len();
        let progress = (self.progress && total > 1).then(|| spawn_progress(done.clone(), total));
        let leaves = self.eval(plan, operation, &op, &memo, &done).await;
        if let Some(progress) = progress {
            progress.abort();
            eprint!("\r\x1b[K");
        }
        let mut cells = memo.into_inner().expect("memo lock");
        let outcomes: Vec<Outcome<T>> = leaves
            .into_iter()
            .filter_map(|leaf| {
                let cell = cells.remove(&leaf.site)?;
                let mut outcome = Arc::try_unwrap(cell).ok()?.into_inner()?;
                outcome.failed_over = leaf.failed_over;
                Some(outcome)
            })
            .collect();
        if self.timing {
            self.print_timing(&outcomes);
        }
        outcomes
    }

    /// `--timing`: each site's requests, time and result, on stderr.
    fn print_timing<T>(&self, outcomes: &[Outcome<T>]) {
        let rows = outcomes
            .iter()
            .map(|o| {
                let requests = self.session(&o.site).map_or(0, |s| s.stats().requests);
                let result = match &o.result {
                    Ok(_) => "ok".to_string(),
                    Err(Stopped::HeldBack) => "held back".to_string(),
                    Err(Stopped::Failed(e)) => e.class.to_string(),
                };
                let seconds = o.elapsed.as_secs_f64();
                vec![
                    Cell::new(o.site.as_str()),
                    Cell::new(requests),
                    Cell::formatted(seconds, format!("{seconds:.3}")),
                    Cell::new(result),
                ]
            })
            .collect();
        let listing = Listing {
            columns: ["Site", "Requests", "Seconds", "Result"]
                .map(String::from)
                .to_vec(),
            rows,
        };
        let _ = listing.write(&mut std::io::stderr(), &ListOptions::default());
    }

    /// [`Router::run`] with each site's operation as a task of its own, so
    /// that a fan-out's work (authentication, requests, parsing answers)
    /// is spread over every core instead of the one that waits for the
    /// outcomes. For operations that own what they use (`'static`). A site
    /// whose deadline passes has its task cancelled; a task that panics
    /// is that site's failure.
    pub async fn run_spawned<T, F, Fut>(
        &self,
        plan: &Plan,
        operation: Operation,
        op: F,
    ) -> Vec<Outcome<T>>
    where
        T: Send + Sync + 'static,
        F: Fn(Arc<Session>) -> Fut + Send + Sync,
        Fut: Future<Output = Result<T, Stopped>> + Send + 'static,
    {
        self.run(plan, operation, |session| Task(tokio::spawn(op(session))))
            .await
    }

    /// [`Router::run`] for a resource named by ID: where the routing cache
    /// last saw it (`hint`), when that site is in the plan; the whole plan
    /// when it has no hint or the hinted site does not serve (a stale entry
    /// answers 404).
    pub async fn run_hinted<T, F, Fut>(
        &self,
        plan: &Plan,
        hint: Option<&str>,
        operation: Operation,
        op: F,
    ) -> Vec<Outcome<T>>
    where
        T: Send + Sync + 'static,
        F: Fn(Arc<Session>) -> Fut + Send + Sync,
        Fut: Future<Output = Result<T, Stopped>> + Send,
    {
        if let Some(site) = hint.filter(|h| plan.sites().contains(h)) {
            let outcomes = self
                .run(&Plan::Site(site.to_string()), operation, &op)
                .await;
            if outcomes.iter().all(|o| o.result.is_ok()) {
                return outcomes;
            }
        }
        self.run(plan, operation, op).await
    }

    fn eval<'a, T, F, Fut>(
        &'a self,
        plan: &'a Plan,
        operation: Operation,
        op: &'a F,
        memo: &'a Memo<T>,
        done: &'a Arc<AtomicUsize>,
    ) -> BoxFuture<'a, Vec<Leaf>>
    where
        T: Send + Sync + 'static,
        F: Fn(Arc<Session>) -> Fut + Send + Sync,
        Fut: Future<Output = Result<T, Stopped>> + Send,
    {
        async move {
            match plan {
                Plan::Site(site) => {
                    self.at(site, op, memo, done).await;
                    vec![Leaf {
                        site: site.clone(),
                        failed_over: false,
                    }]
                }
                Plan::All(children) => {
                    let operands: Vec<BoxFuture<'a, Vec<Leaf>>> = children
                        .iter()
                        .map(|child| self.eval(child, operation, op, memo, done))
                        .collect();
                    stream::iter(operands)
                        .buffered(self.concurrency)
                        .collect::<Vec<_>>()
                        .await
                        .into_iter()
                        .flatten()
                        .collect()
                }
                Plan::Any(children) => {
                    let mut leaves = Vec::new();
                    for (i, child) in children.iter().enumerate() {
                        let mut tried = self.eval(child, operation, op, memo, done).await;
                        // A held-back change stands for one that was made.
                        let failures: Vec<Option<FailureClass>> = {
                            let memo = memo.lock().expect("memo lock");
                            tried
                                .iter()
                                .map(|l| {
                                    memo.get(&l.site)
                                        .and_then(|c| c.get())
                                        .and_then(|o| o.failure().map(|e| e.class))
                                })
                                .collect()
                        };
                        let served = failures.iter().any(Option::is_none);
                        let last = i + 1 == children.len();
                        let moves_on = !served
                            && !last
                            && failures
                                .iter()
                                .all(|c| c.is_some_and(|c| fails_over(c, operation)));
                        if moves_on {
                            tried.iter_mut().for_each(|l| l.failed_over = true);
                        }
                        leaves.extend(tried);
                        if !moves_on {
                            break;
                        }
                    }
                    leaves
                }
            }
        }
        .boxed()
    }

    /// One site, once per run, within its deadline and a concurrency permit.
    async fn at<T, F, Fut>(&self, site: &str, op: &F, memo: &Memo<T>, done: &AtomicUsize)
    where
        T: Send + Sync + 'static,
        F: Fn(Arc<Session>) -> Fut + Send + Sync,
        Fut: Future<Output = Result<T, Stopped>> + Send,
    {
        let cell = memo
            .lock()
            .expect("memo lock")
            .entry(site.to_string())
            .or_default()
            .clone();
        cell.get_or_init(|| async {
            let started = Instant::now();
            let result = match self.sessions.get(site) {
                None => Err(SiteError::new(FailureClass::Config, "not configured").into()),
                Some(Err(e)) => Err(e.clone().into()),
                Some(Ok(session)) => {
                    session.ask_ahead().await;
                    let _permit = self
                        .permits
                        .acquire()
                        .await
                        .expect("the semaphore is never closed");
                    let deadline = session.config.timeout.unwrap_or(self.deadline);
                    match tokio::time::timeout(deadline, op(session.clone())).await {
                        Ok(result) => result,
                        Err(_) => Err(SiteError::new(
                            FailureClass::Timeout,
                            format!("no answer within {}", humantime::format_duration(deadline)),
                        )
                        .into()),
                    }
                }
            };
            done.fetch_add(1, Ordering::Relaxed);
            Outcome {
                site: site.to_string(),
                result,
                failed_over: false,
                elapsed: started.elapsed(),
            }
        })
        .await;
    }
}

/// A site's spawned operation: its outcome when it ends, cancelled when
/// dropped (a deadline that passed).
struct Task<T>(tokio::task::JoinHandle<Result<T, Stopped>>);

impl<T> Future for Task<T> {
    type Output = Result<T, Stopped>;

    fn poll(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Self::Output> {
        self.0.poll_unpin(cx).map(|joined| match joined {
            Ok(result) => result,
            Err(e) => Err(SiteError::new(
                FailureClass::Server,
                format!("oscope's work for this site failed: {e}"),
            )
            .into()),
        })
    }
}

impl<T> Drop for Task<T> {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// "oscope: 37/1000 sites" on a terminal's stderr while a long fan-out runs.
fn spawn_progress(done: Arc<AtomicUsize>, total: usize) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(700)).await;
        loop {
            // Not while a question waits on the terminal.
            if let Ok(_free) = crate::sys::TERMINAL.try_lock() {
                eprint!(
                    "\r\x1b[K{}: {}/{total} sites",
                    crate::sys::name(),
                    done.load(Ordering::Relaxed)
                );
                let _ = std::io::stderr().flush();
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    })
}

/// Prints one line per failed site on stderr and says how the command ends:
/// success when every operand of the plan was served, partial when some
/// were, failure when none was.
pub fn report<T>(outcomes: &[Outcome<T>]) -> ExitStatus {
    print_failures(outcomes);
    status(outcomes)
}

/// One line per failed site on stderr: `oscope: SITE: CLASS: ...`, noting
/// when a `|` moved on from it.
pub fn print_failures<'a, T: 'a>(outcomes: impl IntoIterator<Item = &'a Outcome<T>>) {
    for outcome in outcomes {
        if let Some(e) = outcome.failure() {
            let note = if outcome.failed_over {
                " (failed over)"
            } else {
                ""
            };
            crate::sys::tell!("{}: {e}{note}", outcome.site);
        }
    }
}

/// The exit status outcomes call for, without printing.
pub fn status<'a, T: 'a>(outcomes: impl IntoIterator<Item = &'a Outcome<T>>) -> ExitStatus {
    let (mut succeeded, mut failed) = (0, 0);
    for outcome in outcomes {
        if outcome.served() {
            succeeded += 1;
        } else if !outcome.failed_over {
            failed += 1;
        }
    }
    match (succeeded, failed) {
        (s, 0) if s > 0 => ExitStatus::Success,
        (0, _) => ExitStatus::Failure,
        _ => ExitStatus::Partial,
    }
}

/// Items of every site that answered, tagged with the site, in plan
/// order, each site's duplicates dropped ([`dedup`]). Consumes the
/// outcomes: report failures before merging.
pub fn merge<T>(
    outcomes: Vec<Outcome<Vec<T>>>,
    id: impl Fn(&T) -> Option<Cow<'_, str>>,
) -> Vec<(String, T)> {
    let total = outcomes
        .iter()
        .map(|o| o.result.as_ref().map_or(0, Vec::len))
        .sum();
    let mut rows = Vec::with_capacity(total);
    for outcome in outcomes {
        let Ok(mut items) = outcome.result else {
            continue;
        };
        dedup(&mut items, &id);
        rows.extend(items.into_iter().map(|item| (outcome.site.clone(), item)));
    }
    rows
}

/// Drops the items of one site's list whose ID came before (a page
/// boundary that moved while the list was read), keeping the order.
pub fn dedup<T>(items: &mut Vec<T>, id: impl Fn(&T) -> Option<Cow<'_, str>>) {
    let fresh: Vec<bool> = {
        let mut seen = std::collections::HashSet::with_capacity(items.len());
        items
            .iter()
            .map(|item| id(item).is_none_or(|key| seen.insert(key)))
            .collect()
    };
    let mut fresh = fresh.into_iter();
    items.retain(|_| fresh.next().unwrap_or(true));
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    fn outcome(
        site: &str,
        result: Result<Vec<Value>, FailureClass>,
        failed_over: bool,
    ) -> Outcome<Vec<Value>> {
        Outcome {
            site: site.into(),
            result: result.map_err(|c| SiteError::new(c, "x").into()),
            failed_over,
            elapsed: Duration::ZERO,
        }
    }

    #[test]
    fn failover_by_class_and_operation() {
        use FailureClass::*;
        for class in [Transport, Timeout, Server, Auth, Config] {
            for op in [Operation::Read, Operation::Lookup, Operation::Mutate] {
                assert!(fails_over(class, op), "{class} {op:?}");
            }
        }
        assert!(fails_over(NotFound, Operation::Lookup));
        assert!(!fails_over(NotFound, Operation::Read));
        assert!(!fails_over(NotFound, Operation::Mutate));
        for op in [Operation::Read, Operation::Lookup, Operation::Mutate] {
            assert!(!fails_over(Request, op));
        }
    }

    #[test]
    fn exit_status_of_outcomes() {
        let ok = |s| outcome(s, Ok(vec![]), false);
        let failed = |s| outcome(s, Err(FailureClass::Server), false);
        let moved_on = |s| outcome(s, Err(FailureClass::Server), true);
        assert_eq!(status(&[ok("a"), ok("b")]), ExitStatus::Success);
        assert_eq!(status(&[moved_on("a"), ok("b")]), ExitStatus::Success);
        assert_eq!(status(&[ok("a"), failed("b")]), ExitStatus::Partial);
        assert_eq!(status(&[failed("a"), failed("b")]), ExitStatus::Failure);
        assert_eq!(status(&[moved_on("a"), failed("b")]), ExitStatus::Failure);
        let none: &[Outcome<Vec<Value>>] = &[];
        assert_eq!(status(none), ExitStatus::Failure);
        // --explain: a held-back change is served, and no failure.
        let held_back = |s: &str| Outcome::<Vec<Value>> {
            site: s.into(),
            result: Err(Stopped::HeldBack),
            failed_over: false,
            elapsed: Duration::ZERO,
        };
        assert!(held_back("a").failure().is_none());
        assert_eq!(status(&[held_back("a"), ok("b")]), ExitStatus::Success);
        assert_eq!(status(&[held_back("a"), failed("b")]), ExitStatus::Partial);
    }

    #[tokio::test]
    async fn spawned_work_is_cancelled_at_the_deadline_and_a_panic_fails_its_site() {
        use crate::config::SiteConfig;
        use crate::site::{Options, Sessions};
        use std::sync::atomic::AtomicBool;

        /// Sets its flag when dropped: when the slow site's task ends.
        struct Ended(Arc<AtomicBool>);
        impl Drop for Ended {
            fn drop(&mut self) {
                self.0.store(true, Ordering::SeqCst);
            }
        }

        let shared = Arc::new(Sessions::new(
            &crate::site::Kept::default(),
            None,
            Options::default(),
        ));
        let sites = ["slow", "broken", "fine"];
        let sessions = sites
            .iter()
            .map(|&name| {
                let session = shared.session(SiteConfig::for_tests(name)).map(Arc::new);
                (name.to_string(), session)
            })
            .collect();
        let router = Router::new(sessions, 10, Duration::from_millis(200), false);
        let plan = Plan::All(sites.iter().map(|s| Plan::Site(s.to_string())).collect());
        let ended = Arc::new(AtomicBool::new(false));
        let outcomes = router
            .run_spawned(&plan, Operation::Read, |session| {
                let ended = (session.name() == "slow").then(|| Ended(ended.clone()));
                async move {
                    match session.name() {
                        "slow" => {
                            let _ended = ended;
                            tokio::time::sleep(Duration::from_secs(3600)).await;
                            Ok(0)
                        }
                        "broken" => panic!("a bug at one site"),
                        _ => Ok(1),
                    }
                }
            })
            .await;
        let classes: Vec<_> = outcomes
            .iter()
            .map(|o| o.result.as_ref().map_err(|_| o.failure().map(|e| e.class)))
            .collect();
        assert_eq!(
            classes,
            [
                Err(Some(FailureClass::Timeout)),
                Err(Some(FailureClass::Server)),
                Ok(&1)
            ]
        );
        // The slow site's task was aborted, not left running.
        tokio::time::sleep(Duration::from_millis(50)).await;
        assert!(ended.load(Ordering::SeqCst));
    }

    #[test]
    fn dedup_keeps_the_first_of_each_id_in_order() {
        let mut items = vec![("a", 1), ("b", 2), ("a", 3), ("", 4), ("c", 5), ("b", 6)];
        dedup(&mut items, |(id, _)| {
            (!id.is_empty()).then_some((*id).into())
        });
        assert_eq!(items, [("a", 1), ("b", 2), ("", 4), ("c", 5)]);
    }

    #[test]
    fn merge_keeps_order_and_drops_duplicates() {
        use serde_json::json;
        // Site a's list read the item with ID 2 twice (a page boundary
        // moved); b has its own item 1.
        let a = outcome(
            "a",
            Ok(vec![json!({"id": 1}), json!({"id": 2}), json!({"id": 2})]),
            false,
        );
        let down = outcome("down", Err(FailureClass::Transport), false);
        let b = outcome("b", Ok(vec![json!({"id": 1})]), false);
        let rows = merge(vec![a, down, b], |v| Some(v["id"].to_string().into()));
        let tags: Vec<(String, i64)> = rows
            .iter()
            .map(|(s, v)| (s.clone(), v["id"].as_i64().unwrap()))
            .collect();
        assert_eq!(tags, [("a".into(), 1), ("a".into(), 2), ("b".into(), 1)]);
    }
}
