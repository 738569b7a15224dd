//! Glance `/v2`: the unversioned root's version document, images with
//! `next` pagination, JSON-patch updates, and image data upload and download
//! with `checksum` (MD5) and `os_hash_value` (SHA-512), as Glance computes them.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::SystemTime;

use axum::extract::Path;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Extension, Router, middleware};
use bytes::Bytes;
use serde_json::{Value, json};

use crate::http::{Q, Query, error, json_response, next_query, page, project_of, require_token};
use crate::site::{Service, Site, Token, image_json, iso, set_image_data};

const S: Option<Service> = Some(Service::Image);

pub fn router() -> Router {
    let protected = Router::new()
        .route("/v2/images", get(list_images).post(create_image))
        .route(
            "/v2/images/{id}",
            get(show_image).patch(update_image).delete(delete_image),
        )
        .route("/v2/images/{id}/file", get(download).put(upload))
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

fn visible(image: &Value, token: &Token) -> bool {
    image["visibility"] == "public"
        || image["visibility"] == "community"
        || image["owner"] == project_of(token).as_str()
}

async fn list_images(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Q(q): Query,
) -> Response {
    let data = site.data.lock().unwrap();
    let mut images: Vec<&Value> = data
        .images
        .iter()
        .filter(|i| visible(i, &t))
        .filter(|i| {
            [
                "name",
                "status",
                "visibility",
                "owner",
                "checksum",
                "os_hash_value",
            ]
            .iter()
            .all(|k| q.get(*k).is_none_or(|v| i[*k] == v.as_str()))
        })
        .filter(|i| {
            q.get("tag").is_none_or(|tag| {
                i["tags"]
                    .as_array()
                    .is_some_and(|tags| tags.iter().any(|t| t == tag.as_str()))
            })
        })
        .collect();
    // Glance's order: newest first unless sort_key says otherwise; equal
    // keys fall back to the ID, as Glance adds it.
    let key = q
        .get("sort_key")
        .map(String::as_str)
        .unwrap_or("created_at");
    let ascending = q.get("sort_dir").is_some_and(|d| d == "asc");
    images.reverse();
    images.sort_by(|a, b| {
        let ordering = a[key]
            .as_str()
            .unwrap_or_default()
            .cmp(b[key].as_str().unwrap_or_default());
        if ascending {
            ordering
        } else {
            ordering.reverse()
        }
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
            next_query(&q, last["id"].as_str().unwrap_or_default())
        ));
    }
    json_response(StatusCode::OK, body)
}

async fn show_image(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path(id): Path<String>,
) -> Response {
    let data = site.data.lock().unwrap();
    match data
        .images
        .iter()
        .find(|i| i["id"] == id.as_str() && visible(i, &t))
    {
        Some(image) => json_response(StatusCode::OK, image.clone()),
        None => not_found(&id),
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
    let mut data = site.data.lock().unwrap();
    let Some(image) = data
        .images
        .iter_mut()
        .find(|i| i["id"] == id.as_str() && visible(i, &t))
    else {
        return not_found(&id);
    };
    for op in ops {
        let path = op["path"]
            .as_str()
            .unwrap_or_default()
            .trim_start_matches('/')
            .to_string();
        if READ_ONLY.contains(&path.as_str()) {
            return error(
                S,
                StatusCode::FORBIDDEN,
                &format!("Attribute '{path}' is read-only."),
            );
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
    json_response(StatusCode::OK, image.clone())
}

async fn delete_image(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path(id): Path<String>,
) -> Response {
    let mut data = site.data.lock().unwrap();
    let Some(index) = data
        .images
        .iter()
        .position(|i| i["id"] == id.as_str() && visible(i, &t))
    else {
        return not_found(&id);
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
    StatusCode::NO_CONTENT.into_response()
}

async fn upload(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let mut data = site.data.lock().unwrap();
    let Some(image) = data
        .images
        .iter_mut()
        .find(|i| i["id"] == id.as_str() && visible(i, &t))
    else {
        return not_found(&id);
    };
    if image["status"] != "queued" {
        return error(
            S,
            StatusCode::CONFLICT,
            &format!(
                "Image status transition from {} to saving is not allowed",
                image["status"].as_str().unwrap_or_default()
            ),
        );
    }
    set_image_data(image, &body, SystemTime::now());
    data.image_data.insert(id, body);
    StatusCode::NO_CONTENT.into_response()
}

async fn download(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path(id): Path<String>,
) -> Response {
    let data = site.data.lock().unwrap();
    let Some(image) = data
        .images
        .iter()
        .find(|i| i["id"] == id.as_str() && visible(i, &t))
    else {
        return not_found(&id);
    };
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
