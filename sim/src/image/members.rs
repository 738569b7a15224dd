//! Glance image members: the owner of a `shared` image adds projects,
//! each member accepts or rejects it, and the image shows in a member's
//! default list once accepted.

use std::sync::Arc;
use std::time::SystemTime;

use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use serde_json::{Value, json};

use super::{Caller, S, index_of, owned_index};
use crate::http::error;
use crate::site::{Data, Site, Token, iso};

fn member_json(image: &str, member: &str, now: &str) -> Value {
    json!({"member_id": member, "image_id": image, "status": "pending",
           "created_at": now, "updated_at": now, "schema": "/v2/schemas/member"})
}

fn position(data: &Data, image: &str, member: &str) -> Result<usize, Response> {
    data.image_members
        .iter()
        .position(|m| m["image_id"] == image && m["member_id"] == member)
        .ok_or_else(|| {
            error(
                S,
                StatusCode::NOT_FOUND,
                &format!("{member} not found in the member list of the image {image}."),
            )
        })
}

pub async fn add(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path(id): Path<String>,
    Json(body): Json<Value>,
) -> Response {
    let c = Caller::of(&site, &t);
    let mut data = site.data.lock().unwrap();
    let index = match owned_index(&data, &id, &c, "add_member") {
        Ok(index) => index,
        Err(r) => return r,
    };
    if data.images[index]["visibility"] != "shared" {
        return error(
            S,
            StatusCode::FORBIDDEN,
            &format!("Not allowed to create members for image {id}."),
        );
    }
    let Some(member) = body["member"].as_str() else {
        return error(
            S,
            StatusCode::BAD_REQUEST,
            "Member to be added not specified",
        );
    };
    if position(&data, &id, member).is_ok() {
        return error(
            S,
            StatusCode::CONFLICT,
            &format!("Member {member} is duplicated for image {id}"),
        );
    }
    let created = member_json(&id, member, &iso(SystemTime::now()));
    data.image_members.push(created.clone());
    (StatusCode::OK, Json(created)).into_response()
}

/// The members the caller may see: all to the owner, its own to a member.
pub async fn list(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path(id): Path<String>,
) -> Response {
    let c = Caller::of(&site, &t);
    let data = site.data.lock().unwrap();
    let index = match index_of(&data, &id, &c) {
        Ok(index) => index,
        Err(r) => return r,
    };
    let everyone = c.admin || c.owns(&data.images[index]);
    let members: Vec<&Value> = data
        .image_members
        .iter()
        .filter(|m| m["image_id"] == id.as_str())
        .filter(|m| everyone || m["member_id"] == c.project.as_str())
        .collect();
    (
        StatusCode::OK,
        Json(json!({"members": members, "schema": "/v2/schemas/members"})),
    )
        .into_response()
}

pub async fn show(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path((id, member)): Path<(String, String)>,
) -> Response {
    let c = Caller::of(&site, &t);
    let data = site.data.lock().unwrap();
    if let Err(r) = index_of(&data, &id, &c) {
        return r;
    }
    match position(&data, &id, &member) {
        Ok(at) => (StatusCode::OK, Json(data.image_members[at].clone())).into_response(),
        Err(r) => r,
    }
}

/// A member's answer: only the member (or an admin) gives it.
pub async fn update(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path((id, member)): Path<(String, String)>,
    Json(body): Json<Value>,
) -> Response {
    let c = Caller::of(&site, &t);
    let mut data = site.data.lock().unwrap();
    if let Err(r) = index_of(&data, &id, &c) {
        return r;
    }
    let at = match position(&data, &id, &member) {
        Ok(at) => at,
        Err(r) => return r,
    };
    if !c.admin && member != c.project {
        return super::forbidden("modify_member");
    }
    let status = body["status"].as_str().unwrap_or_default();
    if !["pending", "accepted", "rejected"].contains(&status) {
        return error(
            S,
            StatusCode::BAD_REQUEST,
            "Incorrect request: Status must be \"pending\", \"accepted\" or \"rejected\".",
        );
    }
    let entry = &mut data.image_members[at];
    entry["status"] = json!(status);
    entry["updated_at"] = json!(iso(SystemTime::now()));
    (StatusCode::OK, Json(entry.clone())).into_response()
}

pub async fn remove(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path((id, member)): Path<(String, String)>,
) -> Response {
    let c = Caller::of(&site, &t);
    let mut data = site.data.lock().unwrap();
    if let Err(r) = owned_index(&data, &id, &c, "delete_member") {
        return r;
    }
    match position(&data, &id, &member) {
        Ok(at) => {
            data.image_members.remove(at);
            StatusCode::NO_CONTENT.into_response()
        }
        Err(r) => r,
    }
}
