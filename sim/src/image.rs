//! Glance `/v2`: the unversioned root's version document, images with
//! `next` pagination, JSON-patch updates, and image data upload and download
//! with `checksum` (MD5) and `os_hash_value` (SHA-512), as Glance computes them.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::SystemTime;

use axum::extract::Path;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Extension, Router, middleware};
use bytes::Bytes;
use serde_json::{Value, json};

use crate::http::{Q, error, json_response, next_query_of, page, project_of, require_token};
use crate::site::{Data, Service, Site, Token, image_json, iso, set_image_data};

mod members;

const S: Option<Service> = Some(Service::Image);

pub fn router() -> Router {
    let protected = Router::new()
        .route("/v2/images", get(list_images).post(create_image))
        .route(
            "/v2/images/{id}",
            get(show_image).patch(update_image).delete(delete_image),
        )
        .route("/v2/images/{id}/file", get(download).put(upload))
        .route(
            "/v2/images/{id}/members",
            get(members::list).post(members::add),
        )
        .route(
            "/v2/images/{id}/members/{member}",
            get(members::show)
                .put(members::update)
                .delete(members::remove),
        )
        .route(
            "/v2/images/{id}/tags/{tag}",
            put(add_tag).delete(remove_tag),
        )
        .route("/v2/images/{id}/actions/{action}", post(image_action))
        .route("/v2/images/{id}/stage", put(stage))
        .route("/v2/images/{id}/import", post(import))
        .route("/v2/info/import", get(import_info))
        .route_layer(middleware::from_fn(require_token));
    Router::new()
        .route("/", get(versions_root))
        .route("/versions", get(versions))
        .merge(protected)
}

fn version_list(site: &Site) -> Value {
    let mut versions = Vec::new();
    for minor in (0..=17).rev() {
        let status = match minor {
            17 => "CURRENT",
            _ => "SUPPORTED",
        };
        versions.push(json!({"id": format!("v2.{minor}"), "status": status,
                             "links": [{"rel": "self", "href": format!("{}/image/v2/", site.base())}]}));
    }
    json!({"versions": versions})
}

async fn versions_root(Extension(site): Extension<Arc<Site>>) -> Response {
    json_response(StatusCode::MULTIPLE_CHOICES, version_list(&site))
}

async fn versions(Extension(site): Extension<Arc<Site>>) -> Response {
    json_response(StatusCode::OK, version_list(&site))
}

fn not_found(id: &str) -> Response {
    error(
        S,
        StatusCode::NOT_FOUND,
        &format!("No image found with ID {id}"),
    )
}

/// Who asks: their project, and whether Glance's policy makes them an
/// admin (who sees every image, as in Glance).
pub(crate) struct Caller {
    project: String,
    admin: bool,
}

impl Caller {
    fn of(site: &Site, token: &Token) -> Caller {
        Caller {
            project: project_of(token),
            admin: crate::keystone::is_admin(site, token),
        }
    }

    fn owns(&self, image: &Value) -> bool {
        image["owner"] == self.project.as_str()
    }
}

/// The caller's membership status of a shared image, if a member.
fn membership<'a>(data: &'a Data, image: &Value, c: &Caller) -> Option<&'a str> {
    data.image_members
        .iter()
        .find(|m| m["image_id"] == image["id"] && m["member_id"] == c.project.as_str())
        .and_then(|m| m["status"].as_str())
}

/// Whether the caller may see the image at all (show, data, members).
fn visible(data: &Data, image: &Value, c: &Caller) -> bool {
    c.admin
        || c.owns(image)
        || image["visibility"] == "public"
        || image["visibility"] == "community"
        || (image["visibility"] == "shared" && membership(data, image, c).is_some())
}

/// Where the image the caller may see is, or Glance's 404.
fn index_of(data: &Data, id: &str, c: &Caller) -> Result<usize, Response> {
    data.images
        .iter()
        .position(|i| i["id"] == id && visible(data, i, c))
        .ok_or_else(|| not_found(id))
}

/// [`index_of`] for what only the owner (or an admin) may do.
fn owned_index(data: &Data, id: &str, c: &Caller, action: &str) -> Result<usize, Response> {
    let index = index_of(data, id, c)?;
    if c.admin || c.owns(&data.images[index]) {
        Ok(index)
    } else {
        Err(forbidden(action))
    }
}

fn forbidden(action: &str) -> Response {
    error(
        S,
        StatusCode::FORBIDDEN,
        &format!("You are not authorized to complete {action} action."),
    )
}

/// Whether a list shows the image, as Glance decides: by default the
/// public ones, the caller's own and those shared with it (accepted,
/// unless `member_status` says otherwise); an admin every image but other
/// projects' community ones.
fn listed(data: &Data, image: &Value, c: &Caller, visibility: Option<&str>, status: &str) -> bool {
    let is = |v: &str| image["visibility"] == v;
    let member = || {
        is("shared") && membership(data, image, c).is_some_and(|s| status == "all" || s == status)
    };
    match visibility {
        None if c.admin => !is("community") || c.owns(image),
        None => is("public") || c.owns(image) || member(),
        Some("all") => c.admin || is("public") || is("community") || c.owns(image) || member(),
        Some(v @ ("public" | "community")) => is(v),
        Some("private") => is("private") && (c.admin || c.owns(image)),
        Some("shared") => is("shared") && (c.admin || c.owns(image) || member()),
        Some(_) => false,
    }
}

/// A value as a query compares it: Glance filters on the text.
fn text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// Query parameters that are not filters on an image's own keys.
const CONTROLS: &[&str] = &[
    "limit",
    "marker",
    "sort",
    "sort_key",
    "sort_dir",
    "visibility",
    "member_status",
    "tag",
    "os_hidden",
];

/// The keys Glance sorts by.
const SORT_KEYS: &[&str] = &[
    "name",
    "status",
    "container_format",
    "disk_format",
    "size",
    "id",
    "created_at",
    "updated_at",
];

/// `sort=k1:dir,k2` or `sort_key` and `sort_dir`: the keys, ascending or
/// not; Glance's default is the newest first.
fn sort_keys(q: &HashMap<String, String>) -> Result<Vec<(String, bool)>, String> {
    let keys: Vec<(String, &str)> = match (q.get("sort"), q.get("sort_key")) {
        (Some(_), Some(_)) => return Err("Old and new sorting syntax cannot be combined".into()),
        (Some(sort), None) => sort
            .split(',')
            .map(|part| match part.split_once(':') {
                Some((key, dir)) => (key.trim().to_string(), dir.trim()),
                None => (part.trim().to_string(), "desc"),
            })
            .collect(),
        (None, key) => vec![(
            key.map_or("created_at", String::as_str).to_string(),
            q.get("sort_dir").map_or("desc", String::as_str),
        )],
    };
    keys.into_iter()
        .map(|(key, dir)| {
            if !SORT_KEYS.contains(&key.as_str()) {
                return Err(format!(
                    "Invalid sort key: {key}. It must be one of the following: {}.",
                    SORT_KEYS.join(", ")
                ));
            }
            match dir {
                "asc" => Ok((key, true)),
                "desc" => Ok((key, false)),
                _ => Err(format!("Invalid sort direction: {dir}")),
            }
        })
        .collect()
}

/// Orders two values as a database does: nothing first, numbers by value.
fn order(a: &Value, b: &Value) -> std::cmp::Ordering {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x
            .as_f64()
            .unwrap_or(0.0)
            .total_cmp(&y.as_f64().unwrap_or(0.0)),
        (Value::Null, Value::Null) => std::cmp::Ordering::Equal,
        (Value::Null, _) => std::cmp::Ordering::Less,
        (_, Value::Null) => std::cmp::Ordering::Greater,
        _ => text(a).cmp(&text(b)),
    }
}

async fn list_images(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Q(pairs): Q<Vec<(String, String)>>,
) -> Response {
    let c = Caller::of(&site, &t);
    let q: HashMap<String, String> = pairs.iter().cloned().collect();
    let keys = match sort_keys(&q) {
        Ok(keys) => keys,
        Err(e) => return error(S, StatusCode::BAD_REQUEST, &e),
    };
    let visibility = q.get("visibility").map(String::as_str);
    if visibility.is_some_and(|v| !["public", "private", "shared", "community", "all"].contains(&v))
    {
        let v = visibility.unwrap_or_default();
        return error(
            S,
            StatusCode::BAD_REQUEST,
            &format!("Invalid visibility value: {v}"),
        );
    }
    let member_status = q.get("member_status").map_or("accepted", String::as_str);
    let hidden = q
        .get("os_hidden")
        .is_some_and(|h| h.eq_ignore_ascii_case("true"));
    let tags: Vec<&str> = pairs
        .iter()
        .filter(|(k, _)| k == "tag")
        .map(|(_, v)| v.as_str())
        .collect();
    let data = site.data.lock().unwrap();
    let mut images: Vec<&Value> = data
        .images
        .iter()
        .filter(|i| listed(&data, i, &c, visibility, member_status))
        .filter(|i| i["os_hidden"] == hidden)
        // Any other parameter filters on the image's key or property;
        // `in:a,b` is any of those (how openstacksdk asks for the images
        // of a server list).
        .filter(|i| {
            q.iter()
                .filter(|(k, _)| !CONTROLS.contains(&k.as_str()))
                .all(|(k, v)| {
                    i.get(k).is_some_and(|have| match v.strip_prefix("in:") {
                        Some(any) => any.split(',').any(|v| text(have) == v),
                        None => text(have) == *v,
                    })
                })
        })
        .filter(|i| {
            tags.iter().all(|tag| {
                i["tags"]
                    .as_array()
                    .is_some_and(|have| have.iter().any(|t| t == tag))
            })
        })
        .collect();
    // Equal keys fall back to the ID, newest first, as Glance adds them.
    images.reverse();
    images.sort_by(|a, b| {
        keys.iter()
            .map(|(key, ascending)| {
                let ordering = order(&a[key.as_str()], &b[key.as_str()]);
                if *ascending {
                    ordering
                } else {
                    ordering.reverse()
                }
            })
            .find(|o| o.is_ne())
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    let (items, more) = match page(
        &images,
        |i| i["id"].as_str().unwrap_or_default(),
        &q,
        25,
        1000,
    ) {
        Ok(p) => p,
        Err(e) => return error(S, StatusCode::BAD_REQUEST, &e),
    };
    let mut body = json!({"images": items, "first": "/v2/images", "schema": "/v2/schemas/images"});
    if let (true, Some(last)) = (more, items.last()) {
        body["next"] = json!(format!(
            "/v2/images?{}",
            next_query_of(&pairs, last["id"].as_str().unwrap_or_default())
        ));
    }
    json_response(StatusCode::OK, body)
}

async fn show_image(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path(id): Path<String>,
) -> Response {
    let c = Caller::of(&site, &t);
    let data = site.data.lock().unwrap();
    match index_of(&data, &id, &c) {
        Ok(index) => json_response(StatusCode::OK, data.images[index].clone()),
        Err(r) => r,
    }
}

/// Keys a client may not set on create: Glance's read-only properties.
const READ_ONLY: &[&str] = &[
    "id",
    "status",
    "checksum",
    "size",
    "virtual_size",
    "created_at",
    "updated_at",
    "self",
    "file",
    "schema",
    "os_hash_algo",
    "os_hash_value",
    "stores",
];

/// Glance's schema properties, which a patch may change but not remove.
const BASE: &[&str] = &[
    "name",
    "visibility",
    "protected",
    "os_hidden",
    "min_ram",
    "min_disk",
    "disk_format",
    "container_format",
    "owner",
    "tags",
];

async fn create_image(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    body: Bytes,
) -> Response {
    let Ok(Value::Object(spec)) = serde_json::from_slice::<Value>(&body) else {
        return error(S, StatusCode::BAD_REQUEST, "Malformed request body");
    };
    if let Some(key) = spec
        .keys()
        .find(|k| READ_ONLY.contains(&k.as_str()) && k.as_str() != "id")
    {
        return error(
            S,
            StatusCode::FORBIDDEN,
            &format!("Attribute '{key}' is read-only."),
        );
    }
    let id = spec
        .get("id")
        .and_then(Value::as_str)
        .map(str::to_string)
        .unwrap_or_else(|| site.new_id("image"));
    let name = spec.get("name").and_then(Value::as_str).unwrap_or_default();
    let visibility = spec
        .get("visibility")
        .and_then(Value::as_str)
        .unwrap_or("shared");
    let mut image = image_json(&id, name, &project_of(&t), SystemTime::now(), visibility);
    if spec.get("name").is_none() {
        image["name"] = Value::Null;
    }
    for (key, value) in spec {
        if key != "id" {
            image[key.as_str()] = value;
        }
    }
    let mut data = site.data.lock().unwrap();
    if data.images.iter().any(|i| i["id"] == id.as_str()) {
        return error(
            S,
            StatusCode::CONFLICT,
            &format!("Image with identifier {id} already exists!"),
        );
    }
    data.images.push(image.clone());
    let mut r = json_response(StatusCode::CREATED, image);
    r.headers_mut().insert(
        header::LOCATION,
        HeaderValue::from_str(&format!("{}/image/v2/images/{id}", site.base())).expect("ASCII"),
    );
    r
}

async fn update_image(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let Ok(Value::Array(ops)) = serde_json::from_slice::<Value>(&body) else {
        return error(S, StatusCode::BAD_REQUEST, "Malformed JSON-patch body");
    };
    let c = Caller::of(&site, &t);
    let mut data = site.data.lock().unwrap();
    let index = match owned_index(&data, &id, &c, "modify_image") {
        Ok(index) => index,
        Err(r) => return r,
    };
    // All or nothing, as Glance applies a patch.
    let mut image = data.images[index].clone();
    for op in ops {
        let path = op["path"]
            .as_str()
            .unwrap_or_default()
            .trim_start_matches('/')
            .to_string();
        let formats = ["disk_format", "container_format"].contains(&path.as_str());
        let refused = READ_ONLY.contains(&path.as_str())
            || (op["op"] == "remove" && BASE.contains(&path.as_str()))
            || (formats && image["status"] != "queued");
        if refused {
            // Glance's answer here is webob's bare 403.
            return error(S, StatusCode::FORBIDDEN, "Forbidden");
        }
        match op["op"].as_str() {
            Some("replace" | "add") => image[path.as_str()] = op["value"].clone(),
            Some("remove") => {
                if let Some(map) = image.as_object_mut() {
                    map.remove(&path);
                }
            }
            _ => {
                return error(
                    S,
                    StatusCode::BAD_REQUEST,
                    "Unable to find `op` in JSON Schema change.",
                );
            }
        }
    }
    image["updated_at"] = json!(iso(SystemTime::now()));
    data.images[index] = image.clone();
    json_response(StatusCode::OK, image)
}

async fn delete_image(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path(id): Path<String>,
) -> Response {
    let c = Caller::of(&site, &t);
    let mut data = site.data.lock().unwrap();
    let index = match owned_index(&data, &id, &c, "delete") {
        Ok(index) => index,
        Err(r) => return r,
    };
    if data.images[index]["protected"] == true {
        return error(
            S,
            StatusCode::FORBIDDEN,
            &format!("Image {id} is protected and cannot be deleted."),
        );
    }
    data.images.remove(index);
    data.image_data.remove(&id);
    data.image_members.retain(|m| m["image_id"] != id.as_str());
    StatusCode::NO_CONTENT.into_response()
}

async fn add_tag(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path((id, tag)): Path<(String, String)>,
) -> Response {
    let c = Caller::of(&site, &t);
    let mut data = site.data.lock().unwrap();
    let index = match owned_index(&data, &id, &c, "modify_image") {
        Ok(index) => index,
        Err(r) => return r,
    };
    let image = &mut data.images[index];
    if let Some(tags) = image["tags"].as_array_mut()
        && !tags.iter().any(|t| t == tag.as_str())
    {
        tags.push(json!(tag));
        image["updated_at"] = json!(iso(SystemTime::now()));
    }
    StatusCode::NO_CONTENT.into_response()
}

async fn remove_tag(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path((id, tag)): Path<(String, String)>,
) -> Response {
    let c = Caller::of(&site, &t);
    let mut data = site.data.lock().unwrap();
    let index = match owned_index(&data, &id, &c, "modify_image") {
        Ok(index) => index,
        Err(r) => return r,
    };
    let image = &mut data.images[index];
    let Some(tags) = image["tags"].as_array_mut() else {
        return StatusCode::NO_CONTENT.into_response();
    };
    let before = tags.len();
    tags.retain(|t| t != tag.as_str());
    if tags.len() == before {
        // webob's own 404, as Glance answers it.
        return error(S, StatusCode::NOT_FOUND, "The resource could not be found.");
    }
    image["updated_at"] = json!(iso(SystemTime::now()));
    StatusCode::NO_CONTENT.into_response()
}

/// `deactivate` (an active image's data cannot be downloaded, except by
/// an admin) and `reactivate`, by an admin, as Glance's default policy.
async fn image_action(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path((id, action)): Path<(String, String)>,
) -> Response {
    let c = Caller::of(&site, &t);
    let mut data = site.data.lock().unwrap();
    let index = match index_of(&data, &id, &c) {
        Ok(index) => index,
        Err(r) => return r,
    };
    let to = match action.as_str() {
        "deactivate" => "deactivated",
        "reactivate" => "active",
        _ => return error(S, StatusCode::NOT_FOUND, "The resource could not be found."),
    };
    if !c.admin {
        return forbidden(&action);
    }
    let image = &mut data.images[index];
    let status = image["status"].as_str().unwrap_or_default();
    if !["active", "deactivated"].contains(&status) {
        return error(
            S,
            StatusCode::FORBIDDEN,
            &format!("Not allowed to {action} image in status '{status}'"),
        );
    }
    image["status"] = json!(to);
    image["updated_at"] = json!(iso(SystemTime::now()));
    StatusCode::NO_CONTENT.into_response()
}

/// The import methods this Glance offers: the simulator fetches nothing
/// from the web, so `web-download` is not among them.
const IMPORT_METHODS: [&str; 2] = ["glance-direct", "copy-image"];

async fn import_info() -> Response {
    json_response(
        StatusCode::OK,
        json!({"import-methods": {"description": "Import methods available.",
                                  "type": "array", "value": IMPORT_METHODS}}),
    )
}

/// The image whose data the caller may now give (it has none yet), or
/// Glance's refusal of the move to status `to`.
fn data_index(data: &Data, id: &str, c: &Caller, to: &str) -> Result<usize, Response> {
    let index = owned_index(data, id, c, "upload_image")?;
    match data.images[index]["status"].as_str() {
        Some("queued") => Ok(index),
        status => Err(error(
            S,
            StatusCode::CONFLICT,
            &format!(
                "Image status transition from {} to {to} is not allowed",
                status.unwrap_or_default()
            ),
        )),
    }
}

/// The interoperable import's first half: the data kept aside, the image
/// `uploading` until it is imported.
async fn stage(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let c = Caller::of(&site, &t);
    let mut data = site.data.lock().unwrap();
    let index = match data_index(&data, &id, &c, "uploading") {
        Ok(index) => index,
        Err(r) => return r,
    };
    let image = &mut data.images[index];
    image["status"] = json!("uploading");
    image["updated_at"] = json!(iso(SystemTime::now()));
    data.image_staging.insert(id, body);
    StatusCode::NO_CONTENT.into_response()
}

/// The import's second half. Real Glance answers 202 and imports in the
/// background; the simulator's import is done when it answers.
async fn import(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let c = Caller::of(&site, &t);
    let request: Value = serde_json::from_slice(&body).unwrap_or_default();
    let method = request["method"]["name"].as_str().unwrap_or_default();
    let mut data = site.data.lock().unwrap();
    let index = match owned_index(&data, &id, &c, "import_image") {
        Ok(index) => index,
        Err(r) => return r,
    };
    if !IMPORT_METHODS.contains(&method) {
        return error(
            S,
            StatusCode::BAD_REQUEST,
            &format!("Unknown import method name '{method}'."),
        );
    }
    let status = data.images[index]["status"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    match method {
        "glance-direct" => {
            let Some(staged) = data.image_staging.remove(&id) else {
                return error(
                    S,
                    StatusCode::CONFLICT,
                    "Image needs to be staged before 'glance-direct' method can be used",
                );
            };
            let image = &mut data.images[index];
            set_image_data(image, &staged, SystemTime::now());
            image["os_glance_importing_to_stores"] = json!("");
            image["os_glance_failed_import"] = json!("");
            data.image_data.insert(id, staged);
        }
        _ if status != "active" => {
            return error(
                S,
                StatusCode::CONFLICT,
                "Only images with status active can be targeted for copying",
            );
        }
        // One store: a copy into it has nothing to do.
        _ => {}
    }
    StatusCode::ACCEPTED.into_response()
}

async fn upload(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let c = Caller::of(&site, &t);
    let mut data = site.data.lock().unwrap();
    let index = match data_index(&data, &id, &c, "saving") {
        Ok(index) => index,
        Err(r) => return r,
    };
    let image = &mut data.images[index];
    set_image_data(image, &body, SystemTime::now());
    data.image_data.insert(id, body);
    StatusCode::NO_CONTENT.into_response()
}

async fn download(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path(id): Path<String>,
) -> Response {
    let c = Caller::of(&site, &t);
    let data = site.data.lock().unwrap();
    let image = match index_of(&data, &id, &c) {
        Ok(index) => &data.images[index],
        Err(r) => return r,
    };
    if image["status"] == "deactivated" && !c.admin {
        return error(
            S,
            StatusCode::FORBIDDEN,
            "The requested image has been deactivated. Image data download is forbidden.",
        );
    }
    let Some(content) = data.image_data.get(&id) else {
        return StatusCode::NO_CONTENT.into_response();
    };
    let headers: HashMap<_, _> = [
        (header::CONTENT_TYPE, "application/octet-stream".to_string()),
        (header::CONTENT_LENGTH, content.len().to_string()),
        (
            header::HeaderName::from_static("content-md5"),
            image["checksum"].as_str().unwrap_or_default().to_string(),
        ),
    ]
    .into_iter()
    .collect();
    let mut r = Response::new(axum::body::Body::from(content.clone()));
    for (k, v) in headers {
        r.headers_mut()
            .insert(k, HeaderValue::from_str(&v).expect("ASCII"));
    }
    r
}
