//! list, show, delete and set of every resource in `resources::RESOURCES`,
//! and the create of each.
//!
//! One code path serves every resource: what differs (paths, keys,
//! columns) is data in the resource table, and only the request bodies of
//! create and set are written per resource.

use std::collections::HashMap;
use std::io::Write;
use std::sync::Arc;

use reqwest::Method;
use serde_json::{Map, Value, json};

pub use super::creation::{Creation, create, create_plain, create_with, reread};
use super::{write_listing, write_records};
use crate::cli::{DeleteArgs, ListArgs, ShowArgs, ShowFormat};
use crate::error::Error;
use crate::exit::ExitStatus;
use crate::output::{Cell, Listing, sameness};
use crate::resources::{self, AlsoBy, Column, Lookup, Names, Resource};
use crate::route::{Change, Operation, Outcome, dedup, print_failures, report, status};
use crate::scope::Plan;
use crate::scope::ServiceType;
use crate::setup::Setup;
use crate::site::{Body, Call, FailureClass, Session, SiteError, Stopped, encode};

/// What narrows a list (`server list --status ERROR --flavor m1.small`).
#[derive(Default)]
pub struct Filters<'a> {
    /// Query parameters, the same at every site.
    pub query: Vec<(&'a str, String)>,
    /// Query parameters whose value is a name each site looks up to its own
    /// ID.
    pub lookups: Vec<ByName<'a>>,
    /// The most items each site sends, and the most rows shown once the
    /// sites' rows are merged and sorted (Nova's `--limit`, Neutron's
    /// `--max-items`).
    pub limit: Option<usize>,
    /// Items per page, when pages are smaller than `limit` (Neutron's
    /// `--limit`): pages are read until `limit` items, or all of them.
    pub page_size: Option<usize>,
    /// Columns after the resource's (`Project ID` under `--all-projects`).
    pub extra: &'static [Column],
    /// The header `extra` goes before; without one, before the columns
    /// shown only with values, which OSC adds last.
    pub extra_before: Option<&'static str>,
    /// `-n`: image IDs instead of their names, and no image list read.
    pub no_name_lookup: bool,
    /// The items below one item of another resource, found by name at
    /// each site (a user's groups: `users/{id}/groups`), instead of the
    /// whole collection.
    pub below: Option<(&'static Resource, std::borrow::Cow<'a, str>, &'static str)>,
    /// Only the items another list at each site names (the users with a
    /// role on a project).
    pub among: Option<Among<'a>>,
    /// The items below the signed-in user at each site
    /// (`users/{id}/application_credentials`).
    pub below_self: Option<&'static str>,
    /// Query parameters whose value is the signed-in user's or project's
    /// ID at each site (`role assignment list --auth-user`).
    pub signed_in: Vec<(&'static str, SignedIn)>,
}

/// What of the signed-in token a filter takes.
#[derive(Clone, Copy)]
pub enum SignedIn {
    User,
    Project,
}

/// The items whose IDs `list` names at each site, given the ID of the
/// `parent` found there by `name`: `list(parent ID)` is the path, its
/// answer's `plural` the items, `id` an item's ID of the listed resource.
#[derive(Clone)]
pub struct Among<'a> {
    pub parent: &'static Resource,
    pub name: std::borrow::Cow<'a, str>,
    pub list: fn(&str) -> String,
    pub plural: &'static str,
    pub id: fn(&Value) -> Option<&str>,
}

/// A query parameter whose value is a name each site looks up to its own
/// ID, sent as `{prefix}{id}` (`fixed_ips=subnet_id=…`).
#[derive(Clone)]
pub struct ByName<'a> {
    pub param: &'static str,
    pub prefix: &'static str,
    pub resource: &'static Resource,
    pub name: std::borrow::Cow<'a, str>,
    /// The domain (name or ID) the name is in, when given.
    pub domain: Option<std::borrow::Cow<'a, str>>,
    /// A name no item has is taken as the ID (the backups of a volume
    /// deleted since, as python-openstackclient finds them).
    pub or_text: bool,
}

impl<'a> Filters<'a> {
    /// A pair of opposite flags (`--share`/`--no-share`) as `key=true` or
    /// `key=false`; nothing when neither is given.
    pub fn either(&mut self, key: &'static str, yes: bool, no: bool) {
        if yes || no {
            self.query.push((key, yes.to_string()));
        }
    }

    /// Each flag given, as its query parameter.
    pub fn given(&mut self, flags: &[(&'static str, &Option<String>)]) {
        for (key, value) in flags {
            if let Some(value) = value {
                self.query.push((key, value.clone()));
            }
        }
    }

    /// The items below `name`, a `parent` looked up at each site:
    /// `{parent's path}/{its id}/{path}`.
    pub fn below(&mut self, parent: &'static Resource, name: &'a str, path: &'static str) {
        self.below = Some((parent, name.into(), path));
    }

    /// [`Filters::look_up`], the name in `domain` when one is given.
    pub fn look_up_in(
        &mut self,
        param: &'static str,
        resource: &'static Resource,
        name: &'a str,
        domain: Option<&'a str>,
    ) {
        self.look_up(param, resource, name);
        if let Some(lookup) = self.lookups.last_mut() {
            lookup.domain = domain.map(Into::into);
        }
    }

    /// Cinder's `--all-projects` and `--project` (in `domain`): a project's
    /// items are other projects' to an admin (`all_tenants`), the project
    /// looked up at each site.
    pub fn all_tenants(&mut self, all: bool, project: Option<&'a str>, domain: Option<&'a str>) {
        if all || project.is_some() {
            self.query.push(("all_tenants", "True".into()));
        }
        if let Some(project) = project {
            self.look_up_in("project_id", &crate::resources::PROJECT, project, domain);
        }
    }

    /// `param` is the ID, at each site, of the `resource` named `name`.
    pub fn look_up(&mut self, param: &'static str, resource: &'static Resource, name: &'a str) {
        self.lookups.push(ByName {
            param,
            prefix: "",
            resource,
            name: name.into(),
            domain: None,
            or_text: false,
        });
    }

    /// [`Filters::look_up`], the text itself where no item has that name.
    pub fn look_up_or_text(
        &mut self,
        param: &'static str,
        resource: &'static Resource,
        name: &'a str,
    ) {
        self.look_up(param, resource, name);
        if let Some(lookup) = self.lookups.last_mut() {
            lookup.or_text = true;
        }
    }
}

/// `<noun> list`: every page of every site, merged.
pub async fn list(
    setup: &Setup,
    resource: &'static Resource,
    args: &ListArgs,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    list_filtered(setup, resource, args, &Filters::default(), out).await
}

/// [`list`], narrowed by `filters`. Each site turns its items into rows as
/// they arrive, so only the shown columns are kept.
pub async fn list_filtered(
    setup: &Setup,
    resource: &'static Resource,
    args: &ListArgs,
    filters: &Filters<'_>,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let plan = setup.plan(resource.service)?;
    let router = setup.router([plan]);
    // `-c` columns, and the `--sort-column`s, which cliff sorts by before
    // it picks the shown ones.
    let mut wanted = args.format.columns.clone();
    if !wanted.is_empty() {
        wanted.extend(args.format.sort_columns.iter().cloned());
    }
    let mut columns = resource.list_columns(args.long, &wanted);
    let at = columns
        .iter()
        .position(|c| match filters.extra_before {
            Some(header) => c.header == header,
            None => c.if_any,
        })
        .unwrap_or(columns.len());
    columns.splice(at..at, filters.extra.iter().copied());
    if filters.no_name_lookup {
        columns.iter_mut().for_each(Column::without_name_lookup);
    }
    let columns: Arc<[Column]> = columns.into();
    let keys: Arc<[&str]> = resource.row_keys(&columns).into();
    let multi_site = plan.sites().len() > 1;
    let query: Arc<[(String, String)]> = filters
        .query
        .iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect();
    let lookups: Arc<[ByName<'static>]> = filters
        .lookups
        .iter()
        .map(|l| ByName {
            name: l.name.to_string().into(),
            domain: l.domain.as_ref().map(|d| d.to_string().into()),
            ..l.clone()
        })
        .collect();
    let (limit, no_name_lookup) = (filters.limit, filters.no_name_lookup);
    let below: Option<(&'static Resource, Arc<str>, &'static str)> = filters
        .below
        .as_ref()
        .map(|(parent, name, path)| (*parent, Arc::from(name.as_ref()), *path));
    let below_self = filters.below_self;
    let signed_in: Arc<[(&str, SignedIn)]> = filters.signed_in.clone().into();
    let among: Option<Among<'static>> = filters.among.as_ref().map(|a| Among {
        name: a.name.to_string().into(),
        ..a.clone()
    });
    let pages = match (limit, filters.page_size) {
        (Some(most), Some(size)) if size > 0 => most.div_ceil(size).max(1),
        (Some(_), _) => 1,
        (None, _) => usize::MAX,
    };
    // Each site's task parses its answers into finished rows (its Site
    // cell first, when there are several sites; its duplicates dropped),
    // so that what is left once every site answered is to concatenate.
    let outcomes = router
        .run_spawned(plan, Operation::Read, |session| {
            let (columns, keys) = (columns.clone(), keys.clone());
            let (query, lookups, below) = (query.clone(), lookups.clone(), below.clone());
            let among = among.clone();
            let signed_in = signed_in.clone();
            async move {
                let columns = &columns[..];
                let keys = &keys[..];
                let none = Lookup::default();
                // One text for the Site cell of all the site's rows.
                let site: Arc<str> = session.name().into();
                let mut params: Vec<(&str, String)> =
                    query.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
                if !signed_in.is_empty() {
                    let auth = session.authenticate().await?;
                    for (param, what) in signed_in.iter() {
                        let id = match what {
                            SignedIn::User => auth.user_id(),
                            SignedIn::Project => auth.project_id(),
                        };
                        params.push((param, id.unwrap_or_default().to_string()));
                    }
                }
                for l in lookups.iter() {
                    let id = match find_id(&session, l.resource, &l.name, l.domain.as_deref()).await
                    {
                        Err(e) if l.or_text && e.class == FailureClass::NotFound => {
                            l.name.to_string()
                        }
                        found => found?,
                    };
                    params.push((l.param, format!("{}{}", l.prefix, id)));
                }
                let base = match (&below, below_self) {
                    (Some((parent, name, path)), _) => {
                        let found = find(&session, parent, name).await?;
                        format!("{}/{}/{path}", parent.path, encode(parent.id_of(&found)))
                    }
                    (None, Some(path)) => below_signed_in(&session, path).await?,
                    (None, None) => resource.list_path_for(keys).to_string(),
                };
                let path = with_query(&base, &params);
                let wanted = match &among {
                    Some(among) => Some(listed_ids(&session, resource, among).await?),
                    None => None,
                };
                let rows = session.list_map_pages(
                    resource.service,
                    &path,
                    resource.plural,
                    Some(keys),
                    pages,
                    |item| {
                        let item = resource.unwrapped(&item);
                        let image = resources::image_id(item).map(str::to_string);
                        let (id, row) = resource.id_and_row(item, columns, &none);
                        (id, row, image)
                    },
                );
                let images = Resource::shows_image_names(columns) && !no_name_lookup;
                let sources = Resource::name_sources(columns);
                let mut rows = if images || !sources.is_empty() {
                    // Names and rows at once: one round trip, not two.
                    let (lookup, rows) = tokio::join!(names(&session, images, &sources), rows);
                    let mut rows = rows?;
                    for (_, row, image) in &mut rows {
                        resource.fill_names(row, columns, image.as_deref(), &lookup);
                    }
                    rows
                } else {
                    rows.await?
                };
                if let Some(wanted) = &wanted {
                    rows.retain(|(id, _, _)| wanted.contains(&**id));
                }
                // Items without an ID (role assignments) are all kept.
                dedup(&mut rows, |(id, _, _)| {
                    (!id.is_empty()).then(|| (**id).into())
                });
                // IDs apart from rows: the routing cache's thread takes
                // them, and frees them, while the rows are printed.
                let mut ids = Vec::with_capacity(rows.len());
                let rows = rows
                    .into_iter()
                    .map(|(id, mut row, _)| {
                        if !id.is_empty() {
                            ids.push(id);
                        }
                        if multi_site {
                            row.insert(0, Cell::text(site.clone()));
                        }
                        row
                    })
                    .collect::<Vec<_>>();
                Ok((ids, rows))
            }
        })
        .await;
    let mut status = report(&outcomes);
    let answered: Vec<String> = outcomes
        .iter()
        .filter(|o| o.result.is_ok())
        .map(|o| o.site.clone())
        .collect();
    let total = outcomes
        .iter()
        .map(|o| o.result.as_ref().map_or(0, |(_, rows)| rows.len()))
        .sum();
    let mut rows = Vec::with_capacity(total);
    let mut seen = Vec::with_capacity(outcomes.len());
    for outcome in outcomes {
        let Ok((ids, site_rows)) = outcome.result else {
            continue;
        };
        rows.extend(site_rows);
        seen.push((outcome.site, ids));
    }
    setup.remember(Change::seen_in(seen));
    let mut headers = Resource::headers(&columns);
    if let Some(at) = headers.iter().position(|h| h == "Name") {
        let at = at + usize::from(multi_site);
        let names: Vec<String> = rows
            .iter()
            .take(crate::route::MAX_NAMES)
            .filter_map(|row| match &*row.get(at)?.value() {
                Value::String(name) => Some(name.clone()),
                _ => None,
            })
            .collect();
        setup.remember_names(resource.noun, &names);
    }
    Resource::drop_empty(&columns, &mut headers, &mut rows, usize::from(multi_site));
    let mut options = setup.list_options(&args.format);
    options.limit = limit;
    let listing = Listing {
        columns: headers,
        rows,
    };
    if args.compare {
        let (view, same) = sameness(listing, &answered, multi_site, &options.columns);
        options.columns.clear();
        if !same && status == ExitStatus::Success {
            status = ExitStatus::Differs;
        }
        write_listing(out, view, false, &options)?;
        return Ok(status);
    }
    write_listing(out, listing, multi_site, &options)?;
    Ok(status)
}

/// `users/{the signed-in user's ID}/{path}` at the session's site.
pub async fn below_signed_in(session: &Session, path: &str) -> Result<String, SiteError> {
    let auth = session.authenticate().await?;
    let user = auth.user_id().unwrap_or_default();
    Ok(format!("users/{}/{path}", encode(user)))
}

/// The IDs `among` names at the session's site.
async fn listed_ids(
    session: &Session,
    resource: &Resource,
    among: &Among<'_>,
) -> Result<std::collections::HashSet<String>, SiteError> {
    let parent = find(session, among.parent, &among.name).await?;
    let path = (among.list)(&encode(among.parent.id_of(&parent)));
    let answer = session.get_json(resource.service, &path).await?;
    Ok(answer[among.plural]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|item| (among.id)(item).map(str::to_string))
        .collect())
}

/// `path` with `params` added to its query, encoded.
fn with_query(path: &str, params: &[(&str, String)]) -> String {
    let mut path = path.to_string();
    for (i, (key, value)) in params.iter().enumerate() {
        let separator = if i == 0 && !path.contains('?') {
            '?'
        } else {
            '&'
        };
        path.push_str(&format!("{separator}{key}={}", encode(value)));
    }
    path
}

/// The names a list's columns show for IDs: the site's image names (for
/// `server list`) and each other list the columns name, one request each
/// rather than one per row. A list the site cannot give just shows IDs, as
/// python-openstackclient's caches do.
async fn names(session: &Session, images: bool, sources: &[&'static Names]) -> Lookup {
    let by_id = |items: Vec<Value>| -> HashMap<String, String> {
        items
            .into_iter()
            .filter_map(|i| {
                Some((
                    i["id"].as_str()?.to_string(),
                    i["name"].as_str().unwrap_or_default().to_string(),
                ))
            })
            .collect()
    };
    let images = async {
        match images {
            true => session
                .list(ServiceType::Image, "images?limit=1000", "images")
                .await
                .map(by_id)
                .unwrap_or_default(),
            false => HashMap::new(),
        }
    };
    // Grouped by another key: `{its value}\0{id}`, so that names of one
    // value do not replace each other.
    let grouped = |key: &str, items: Vec<Value>| -> HashMap<String, String> {
        items
            .into_iter()
            .filter_map(|i| {
                Some((
                    format!("{}\0{}", i[key].as_str()?, i["id"].as_str()?),
                    i["name"].as_str().unwrap_or_default().to_string(),
                ))
            })
            .collect()
    };
    let others = futures::future::join_all(sources.iter().map(|n| async move {
        let items = session.list(n.service, n.path, n.plural).await;
        match n.by {
            Some(key) => items.map(|items| grouped(key, items)),
            None => items.map(by_id),
        }
        .unwrap_or_default()
    }));
    let (images, others) = tokio::join!(images, others);
    Lookup {
        images,
        names: others.into_iter().flatten().collect(),
    }
}

/// Finds one resource at a site by ID, else by exact name: as osc-lib's
/// `find_resource`, a name shared by several is an error.
pub async fn find(
    session: &Session,
    resource: &Resource,
    name_or_id: &str,
) -> Result<Value, SiteError> {
    find_where(session, resource, name_or_id, &[]).await
}

/// [`find`], a name looked up in `domain` (name or ID) when one is given.
pub async fn find_in(
    session: &Session,
    resource: &Resource,
    name_or_id: &str,
    domain: Option<&str>,
) -> Result<Value, SiteError> {
    let Some(domain) = domain else {
        return find(session, resource, name_or_id).await;
    };
    let domain = find(session, &crate::resources::DOMAIN, domain).await?;
    let id = crate::resources::DOMAIN.id_of(&domain).to_string();
    find_where(session, resource, name_or_id, &[("domain_id", id)]).await
}

/// The ID of the item of this name or ID (in `domain` when given) at the
/// session's site. Keystone's refusal to look a user or project up leaves
/// the text as the ID, as python-openstackclient does for users who may
/// not list them.
pub async fn find_id(
    session: &Session,
    resource: &Resource,
    name_or_id: &str,
    domain: Option<&str>,
) -> Result<String, SiteError> {
    match find_in(session, resource, name_or_id, domain).await {
        Ok(found) => Ok(resource.id_of(&found).to_string()),
        Err(e) if e.class == FailureClass::Auth && resource.service == ServiceType::Identity => {
            Ok(name_or_id.to_string())
        }
        Err(e) => Err(e),
    }
}

/// [`find`], a name looked for only among the items `extra` (query
/// parameters) selects: a user of one domain (`domain_id`).
pub async fn find_where(
    session: &Session,
    resource: &Resource,
    name_or_id: &str,
    extra: &[(&str, String)],
) -> Result<Value, SiteError> {
    let by_id = Call::get(
        resource.service,
        format!("{}/{}", resource.path, encode(name_or_id)),
    );
    match session.read(&by_id).await {
        Ok(reply) => return Ok(resource.item(reply.json()?)),
        Err(e) if e.class == FailureClass::NotFound => {}
        Err(e) => return Err(e),
    }
    let path = match resource.name_filter {
        Some(filter) => {
            let separator = if resource.list_path.contains('?') {
                '&'
            } else {
                '?'
            };
            format!(
                "{}{separator}{filter}={}",
                resource.list_path,
                encode(name_or_id)
            )
        }
        None => resource.list_path.to_string(),
    };
    let path = extra.iter().fold(path, |path, (key, value)| {
        let separator = if path.contains('?') { '&' } else { '?' };
        format!("{path}{separator}{key}={}", encode(value))
    });
    let items = resource.unwrap_items(
        session
            .list(resource.service, &path, resource.plural)
            .await?,
    );
    // What the list filters by names the item (a floating IP's address).
    let key = resource.name_filter.unwrap_or("name");
    let mut matches = items.into_iter().filter(|i| i[key] == name_or_id);
    match (matches.next(), matches.next()) {
        (Some(item), None) => Ok(item),
        (None, _) => {
            let (key, path) = match resource.also_by {
                None => return Err(not_found(resource, name_or_id)),
                Some(AlsoBy::Key(key)) => (
                    key,
                    format!("{}?{key}={}", resource.list_path, encode(name_or_id)),
                ),
                Some(AlsoBy::Query(query)) => {
                    let separator = if path.contains('?') { '&' } else { '?' };
                    (key, format!("{path}{separator}{query}"))
                }
            };
            let items = session
                .list(resource.service, &path, resource.plural)
                .await?;
            let mut matches = items.into_iter().filter(|i| i[key] == name_or_id);
            match (matches.next(), matches.next()) {
                (Some(item), None) => Ok(resource.unwrap_item(item)),
                (None, _) => Err(not_found(resource, name_or_id)),
                (Some(_), Some(_)) => Err(SiteError::new(
                    FailureClass::Request,
                    format!(
                        "More than one {} exists with the {key} '{name_or_id}'.",
                        resource.noun
                    ),
                )),
            }
        }
        (Some(_), Some(_)) => Err(SiteError::new(
            FailureClass::Request,
            format!(
                "More than one {} exists with the name '{name_or_id}'.",
                resource.noun
            ),
        )),
    }
}

fn not_found(resource: &Resource, name_or_id: &str) -> SiteError {
    SiteError::new(
        FailureClass::NotFound,
        format!(
            "No {} with a name or ID of '{name_or_id}' exists.",
            resource.noun
        ),
    )
}

/// Reports the outcomes of a look-up: a site where the resource does not
/// exist is no failure when another site has it; when none has it, one
/// line says so, as python-openstackclient does.
pub fn report_lookup<T>(outcomes: &[Outcome<T>], resource: &Resource, name: &str) -> ExitStatus {
    let found = outcomes.iter().any(Outcome::served);
    let missing = |o: &Outcome<T>| {
        o.failure()
            .is_some_and(|e| e.class == FailureClass::NotFound)
    };
    if !found && outcomes.iter().all(missing) {
        crate::sys::tell!("No {} with a name or ID of '{name}' exists.", resource.noun);
        return ExitStatus::Failure;
    }
    let kept: Vec<&Outcome<T>> = outcomes.iter().filter(|o| !(found && missing(o))).collect();
    print_failures(kept.iter().copied());
    status(kept)
}

/// `<noun> show`: at every site of a `&` that has it, at the first of a `|`.
pub async fn show(
    setup: &Setup,
    resource: &'static Resource,
    args: &ShowArgs,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    show_with(setup, resource, args, out, |_, item| async { item }).await
}

/// [`show`], with `then` completing the found item at its site before it
/// is shown (`server show`: the image's name from that site's Glance).
pub async fn show_with<F, Fut>(
    setup: &Setup,
    resource: &'static Resource,
    args: &ShowArgs,
    out: &mut (dyn Write + Send),
    then: F,
) -> Result<ExitStatus, Error>
where
    F: Fn(Arc<Session>, Value) -> Fut + Send + Sync,
    Fut: std::future::Future<Output = Value> + Send,
{
    let plan = setup.plan(resource.service)?;
    let router = setup.router([plan]);
    let (name, then) = (&args.name, &then);
    let hint = setup.route_of(name);
    let outcomes = router
        .run_hinted(
            plan,
            hint.as_deref(),
            Operation::Lookup,
            |session| async move {
                let item = find(&session, resource, name).await?;
                Ok(then(session, item).await)
            },
        )
        .await;
    setup.remember_found(resource, &outcomes);
    let status = report_lookup(&outcomes, resource, name);
    write_shown(setup, out, resource, plan, &outcomes, &args.format)?;
    Ok(status)
}

/// Finds a resource by name or ID under `plan`, at the site the routing
/// cache knows for its ID when there is one: every site's outcome, with
/// the failures reported, and how the look-up ends.
pub async fn lookup(
    setup: &Setup,
    router: &crate::route::Router,
    plan: &Plan,
    resource: &'static Resource,
    name: &str,
) -> (Vec<Outcome<Value>>, ExitStatus) {
    let hint = setup.route_of(name);
    let outcomes = router
        .run_hinted(
            plan,
            hint.as_deref(),
            Operation::Lookup,
            |session| async move { Ok(find(&session, resource, name).await?) },
        )
        .await;
    setup.remember_found(resource, &outcomes);
    let status = report_lookup(&outcomes, resource, name);
    (outcomes, status)
}

/// Does `op` to each named resource at every site where the scope finds
/// it (through the routing cache for IDs), one name after another, and
/// returns what each site's `op` gave. A name not found anywhere is one
/// line, as python-openstackclient says it; with several names, one more
/// line says how many could not be `verb`ed. The status: failure when a
/// name failed, partial when a site did, else success.
pub async fn each<T, F, Fut>(
    setup: &Setup,
    resource: &'static Resource,
    names: &[String],
    verb: &str,
    op: F,
) -> Result<(ExitStatus, Vec<T>), Error>
where
    T: Send + Sync + 'static,
    F: Fn(Arc<Session>, Value) -> Fut + Send + Sync,
    Fut: std::future::Future<Output = Result<T, Stopped>> + Send,
{
    let plan = setup.plan(resource.service)?;
    let router = setup.router([plan]);
    let op = &op;
    let mut failures = 0;
    let mut partial = false;
    let mut done = Vec::new();
    for name in names {
        let hint = setup.route_of(name);
        let outcomes = router
            .run_hinted(
                plan,
                hint.as_deref(),
                Operation::Lookup,
                |session| async move {
                    let item = find(&session, resource, name).await?;
                    op(session, item).await.map_err(found_first)
                },
            )
            .await;
        match report_lookup(&outcomes, resource, name) {
            ExitStatus::Success => {}
            ExitStatus::Partial => partial = true,
            _ => failures += 1,
        }
        done.extend(outcomes.into_iter().filter_map(|o| o.result.ok()));
    }
    let status = if failures > 0 {
        if names.len() > 1 {
            crate::sys::tell!(
                "{failures} of {} {}s failed to {verb}.",
                names.len(),
                resource.noun
            );
        }
        ExitStatus::Failure
    } else if partial {
        ExitStatus::Partial
    } else {
        ExitStatus::Success
    };
    Ok((status, done))
}

/// [`each`] for one name, whose `op` changes what it finds: the status.
pub async fn change<F, Fut>(
    setup: &Setup,
    resource: &'static Resource,
    target: &str,
    op: F,
) -> Result<ExitStatus, Error>
where
    F: Fn(Arc<Session>, Value) -> Fut + Send + Sync,
    Fut: std::future::Future<Output = Result<(), Stopped>> + Send,
{
    let (status, _) = each(setup, resource, &[target.to_string()], "change", op).await?;
    Ok(status)
}

/// A failure of an operation on an item found: a 404 now is about the
/// request (a property the item lacks, a host), not the item.
pub fn found_first(e: Stopped) -> Stopped {
    match e {
        Stopped::Failed(e) if e.class == FailureClass::NotFound => Stopped::Failed(SiteError {
            class: FailureClass::Request,
            ..e
        }),
        other => other,
    }
}

/// `<noun> delete`: each name, wherever the scope finds it. Prints nothing
/// on success, as python-openstackclient.
pub async fn delete(
    setup: &Setup,
    resource: &'static Resource,
    args: &DeleteArgs,
) -> Result<ExitStatus, Error> {
    let (status, gone) = each(
        setup,
        resource,
        &args.names,
        "delete",
        |session, item| async move {
            let id = resource.id_of(&item).to_string();
            delete_at(&session, resource, &id).await?;
            Ok(id)
        },
    )
    .await?;
    // One update of the routing cache for all the names.
    setup.remember(gone.into_iter().map(|id| Change::Gone { id }));
    Ok(status)
}

/// `DELETE <path>/<id>` at a site.
pub(super) async fn delete_at(
    session: &Session,
    resource: &Resource,
    id: &str,
) -> Result<(), Stopped> {
    let path = format!("{}/{}", resource.path, encode(id));
    session
        .call(&Call::new(
            resource.service,
            Method::DELETE,
            path,
            Body::Empty,
        ))
        .await
        .map(|_| ())
}

/// An action on each named resource at every site that has it (`server
/// stop a b`): `change` makes the request from the item found there.
/// Prints nothing on success, as python-openstackclient.
pub async fn act<F>(
    setup: &Setup,
    resource: &'static Resource,
    names: &[String],
    verb: &str,
    change: F,
) -> Result<ExitStatus, Error>
where
    F: Fn(&Value) -> Call + Send + Sync,
{
    let change = &change;
    let (status, _) = each(setup, resource, names, verb, |session, item| async move {
        session.call(&change(&item)).await?;
        Ok(())
    })
    .await?;
    Ok(status)
}

/// A change of one resource at every site that has it.
pub async fn set<F>(
    setup: &Setup,
    resource: &'static Resource,
    target: &str,
    change: F,
) -> Result<ExitStatus, Error>
where
    F: Fn(&Value) -> Call + Send + Sync,
{
    act(setup, resource, &[target.to_string()], "change", change).await
}

/// Shows, one record per site, the items the sites found or made.
pub(super) fn write_shown(
    setup: &Setup,
    out: &mut (dyn Write + Send),
    resource: &Resource,
    plan: &crate::scope::Plan,
    outcomes: &[Outcome<Value>],
    format: &ShowFormat,
) -> Result<(), Error> {
    let records = outcomes
        .iter()
        .filter_map(|o| {
            o.result
                .as_ref()
                .ok()
                .map(|item| (o.site.clone(), resource.record(item)))
        })
        .collect();
    write_records(
        out,
        records,
        plan.sites().len() > 1,
        &setup.show_options(format),
    )
}

/// `KEY=VALUE` pairs as a JSON mapping.
pub fn properties(pairs: &[String]) -> Result<Map<String, Value>, Error> {
    pairs
        .iter()
        .map(|p| {
            p.split_once('=')
                .map(|(k, v)| (k.to_string(), json!(v)))
                .ok_or_else(|| Error::Usage(format!("`{p}`: a property is KEY=VALUE")))
        })
        .collect()
}
