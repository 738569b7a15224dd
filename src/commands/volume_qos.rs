//! `volume qos …`: Cinder's QoS specifications and the volume types they
//! are associated with, at every site of the block-storage scope.

use std::io::Write;

use reqwest::Method;
use serde_json::{Value, json};

use super::resource::{self, find};
use crate::cli::{DeleteArgs, VolumeQosCommand};
use crate::error::Error;
use crate::exit::ExitStatus;
use crate::resources::{VOLUME_QOS, VOLUME_TYPE};
use crate::setup::Setup;
use crate::site::{Body, Call, Session, Stopped, encode};

/// `volume qos …`
pub async fn qos(
    setup: &Setup,
    command: &VolumeQosCommand,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let r = &VOLUME_QOS;
    match command {
        VolumeQosCommand::List(a) => resource::list(setup, r, a, out).await,
        VolumeQosCommand::Show(a) => {
            resource::show_with(setup, r, a, out, |session, mut item| async move {
                // The types' names, shown only when there are some.
                let names = associations(&session, r.id_of(&item)).await;
                if !names.is_empty() {
                    item["associations"] = json!(names);
                }
                item
            })
            .await
        }
        VolumeQosCommand::Create(a) => {
            let mut spec = resource::properties(&a.properties)?;
            spec.insert("consumer".into(), json!(a.consumer));
            spec.insert("name".into(), json!(a.name));
            let body = &json!({ "qos_specs": spec });
            resource::create(
                setup,
                r,
                &a.create,
                out,
                |_| async move { Ok(body.clone()) },
                |_, created: Value| async { Ok(created) },
            )
            .await
        }
        VolumeQosCommand::Delete(a) if a.force => {
            resource::act(setup, r, &a.qos_specs, "delete", |item| {
                let path = format!("{}/{}?force=True", r.path, encode(r.id_of(item)));
                Call::new(r.service, Method::DELETE, path, Body::Empty)
            })
            .await
        }
        VolumeQosCommand::Delete(a) => {
            let names = DeleteArgs {
                names: a.qos_specs.clone(),
            };
            resource::delete(setup, r, &names).await
        }
        VolumeQosCommand::Set(a) => {
            let properties = &resource::properties(&a.properties)?;
            resource::change(setup, r, &a.qos_spec, |session, item| async move {
                if a.no_property {
                    let keys: Vec<&String> = item["specs"]
                        .as_object()
                        .into_iter()
                        .flatten()
                        .map(|(k, _)| k)
                        .collect();
                    delete_keys(&session, &item, json!(keys)).await?;
                }
                if !properties.is_empty() {
                    let path = format!("{}/{}", r.path, encode(r.id_of(&item)));
                    let body = Body::Json(json!({ "qos_specs": properties }));
                    session
                        .call(&Call::new(r.service, Method::PUT, path, body))
                        .await?;
                }
                Ok(())
            })
            .await
        }
        VolumeQosCommand::Unset(a) => {
            let keys = &a.properties;
            resource::change(setup, r, &a.qos_spec, |session, item| async move {
                if !keys.is_empty() {
                    delete_keys(&session, &item, json!(keys)).await?;
                }
                Ok(())
            })
            .await
        }
        VolumeQosCommand::Associate(a) => {
            let kind = &a.volume_type;
            resource::change(setup, r, &a.qos_spec, |session, item| async move {
                let kind = find(&session, &VOLUME_TYPE, kind).await?;
                type_call(&session, &item, "associate", Some(VOLUME_TYPE.id_of(&kind))).await
            })
            .await
        }
        VolumeQosCommand::Disassociate(a) => {
            let kind = &a.volume_type;
            let all = a.all;
            resource::change(setup, r, &a.qos_spec, |session, item| async move {
                match (kind, all) {
                    (Some(kind), _) => {
                        let kind = find(&session, &VOLUME_TYPE, kind).await?;
                        type_call(
                            &session,
                            &item,
                            "disassociate",
                            Some(VOLUME_TYPE.id_of(&kind)),
                        )
                        .await
                    }
                    (None, true) => type_call(&session, &item, "disassociate_all", None).await,
                    // Neither: nothing to do, as python-openstackclient.
                    (None, false) => Ok(()),
                }
            })
            .await
        }
    }
}

/// The names of the volume types associated with a specification.
async fn associations(session: &Session, id: &str) -> Vec<String> {
    let path = format!("{}/{}/associations", VOLUME_QOS.path, encode(id));
    let found = session.get_json(VOLUME_QOS.service, &path).await;
    found
        .ok()
        .and_then(|found| found["qos_associations"].as_array().cloned())
        .into_iter()
        .flatten()
        .filter_map(|a| a["name"].as_str().map(str::to_string))
        .collect()
}

/// `PUT qos-specs/{id}/delete_keys`: the specification's `keys` taken off.
async fn delete_keys(session: &Session, item: &Value, keys: Value) -> Result<(), Stopped> {
    let r = &VOLUME_QOS;
    let path = format!("{}/{}/delete_keys", r.path, encode(r.id_of(item)));
    let body = Body::Json(json!({ "keys": keys }));
    session
        .call(&Call::new(r.service, Method::PUT, path, body))
        .await?;
    Ok(())
}

/// Cinder's association calls, which are GETs: `associate`,
/// `disassociate` (with the type's ID) and `disassociate_all`.
async fn type_call(
    session: &Session,
    item: &Value,
    action: &str,
    kind: Option<&str>,
) -> Result<(), Stopped> {
    let r = &VOLUME_QOS;
    let mut path = format!("{}/{}/{action}", r.path, encode(r.id_of(item)));
    if let Some(kind) = kind {
        path.push_str(&format!("?vol_type_id={}", encode(kind)));
    }
    session.call(&Call::get(r.service, path)).await?;
    Ok(())
}
