//! SAML 2.0's ECP profile, both ends: the identity provider's ECP endpoint
//! (as Shibboleth's IdP serves it, HTTP Basic for the user) and the service
//! provider in front of each Keystone's `OS-FEDERATION/.../saml2/auth` (as
//! Shibboleth's SP or mod_auth_mellon): a PAOS authentication request to a
//! client that accepts it, the assertion consumer that checks the relay
//! state and the assertion and opens a session (a cookie, then a redirect
//! back), and the session's user for Keystone. Assertions are not signed:
//! the provider remembers what it issued, which is what a signature proves.

use std::collections::HashMap;
use std::sync::Arc;

use axum::Extension;
use axum::Router;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use base64::Engine;
use bytes::Bytes;

use crate::idp::{Idp, USERS};
use crate::site::Site;

pub const SOAP: &str = "http://schemas.xmlsoap.org/soap/envelope/";
pub const PAOS: &str = "urn:liberty:paos:2003-08";
pub const ECP: &str = "urn:oasis:names:tc:SAML:2.0:profiles:SSO:ecp";
const PROTOCOL: &str = "urn:oasis:names:tc:SAML:2.0:protocol";
const ASSERTION: &str = "urn:oasis:names:tc:SAML:2.0:assertion";
const ACTOR: &str = "http://schemas.xmlsoap.org/soap/actor/next";
/// The media type of PAOS messages.
pub const PAOS_TYPE: &str = "application/vnd.paos+xml";
/// Where the identity provider takes ECP requests (Shibboleth IdP's path).
pub const ECP_PATH: &str = "/idp/profile/SAML2/SOAP/ECP";
/// Where each site's service provider consumes assertions.
pub const CONSUMER_PATH: &str = "/Shibboleth.sso/SAML2/ECP";
const SESSION_COOKIE: &str = "_shibsession_64656661756c7468747470";

/// What the provider and the service providers have issued.
#[derive(Default)]
pub struct State {
    /// Relay states: the site and the URL to go back to.
    relay_states: HashMap<String, (String, String)>,
    /// Authentication requests: the consumer that asked.
    requests: HashMap<String, String>,
    /// Assertions not yet consumed: the subject, the consumer and the
    /// request they answer.
    assertions: HashMap<String, Assertion>,
    /// Sessions: the site and the subject.
    sessions: HashMap<String, (String, String)>,
    /// A misconfigured provider answers this consumer instead.
    consumer_override: Option<String>,
    /// Users the provider signed in.
    sign_ins: u64,
    issued: u64,
}

struct Assertion {
    subject: String,
    consumer: String,
    in_response_to: String,
}

impl State {
    fn next(&mut self, kind: &str) -> String {
        self.issued += 1;
        let digest = <sha2::Sha256 as sha2::Digest>::digest(format!("saml/{kind}/{}", self.issued));
        format!("_{}", hex::encode(&digest[..16]))
    }
}

impl Idp {
    /// The provider answers every ECP request for `url` instead of the
    /// consumer asked for, as one whose metadata names another does.
    pub fn answer_saml_consumer(&self, url: Option<&str>) {
        self.saml.lock().unwrap().consumer_override = url.map(str::to_string);
    }

    /// How many times the provider signed a user in at its ECP endpoint.
    pub fn saml_sign_ins(&self) -> u64 {
        self.saml.lock().unwrap().sign_ins
    }

    /// The subject of a service provider's session at `site` (its base
    /// URL), from the request's cookies.
    pub fn saml_session(&self, site: &str, headers: &HeaderMap) -> Option<String> {
        let state = self.saml.lock().unwrap();
        cookies(headers)
            .filter(|(name, _)| *name == SESSION_COOKIE)
            .find_map(|(_, id)| match state.sessions.get(id) {
                Some((at, subject)) if at == site => Some(subject.clone()),
                _ => None,
            })
    }

    /// The service provider's PAOS authentication request for a client at
    /// `site` that asked for `url`.
    pub fn saml_request(&self, site: &str, url: &str) -> Response {
        let mut state = self.saml.lock().unwrap();
        let (relay, id) = (state.next("relay"), state.next("request"));
        let consumer = format!("{site}{CONSUMER_PATH}");
        state
            .relay_states
            .insert(relay.clone(), (site.to_string(), url.to_string()));
        state.requests.insert(id.clone(), consumer.clone());
        // The namespaces are declared once, on the envelope, as
        // mod_auth_mellon does: a client that moves the relay state must
        // declare them again where it puts it.
        let body = format!(
            r#"<S:Envelope xmlns:S="{SOAP}" xmlns:paos="{PAOS}" xmlns:ecp="{ECP}" xmlns:samlp="{PROTOCOL}" xmlns:saml="{ASSERTION}"><S:Header><paos:Request S:actor="{ACTOR}" S:mustUnderstand="1" responseConsumerURL="{consumer}" service="{ECP}"/><ecp:Request IsPassive="0" S:actor="{ACTOR}" S:mustUnderstand="1"><saml:Issuer>{site}/shibboleth</saml:Issuer></ecp:Request><ecp:RelayState S:actor="{ACTOR}" S:mustUnderstand="1">{relay}</ecp:RelayState></S:Header><S:Body><samlp:AuthnRequest AssertionConsumerServiceURL="{consumer}" ID="{id}" IssueInstant="{now}" ProtocolBinding="urn:oasis:names:tc:SAML:2.0:bindings:PAOS" Version="2.0"><saml:Issuer>{site}/shibboleth</saml:Issuer><samlp:NameIDPolicy AllowCreate="1"/></samlp:AuthnRequest></S:Body></S:Envelope>"#,
            now = crate::site::iso_micro(std::time::SystemTime::now()),
        );
        ([(header::CONTENT_TYPE, PAOS_TYPE)], body).into_response()
    }
}

pub fn router() -> Router {
    Router::new()
        .route(ECP_PATH, post(ecp))
        .route(CONSUMER_PATH, post(consume))
}

/// The cookies of a request, by name.
fn cookies(headers: &HeaderMap) -> impl Iterator<Item = (&str, &str)> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
}

/// A SOAP fault, as both ends answer what they cannot take.
fn fault(status: StatusCode, why: &str) -> Response {
    let body = format!(
        r#"<S:Envelope xmlns:S="{SOAP}"><S:Body><S:Fault><faultcode>S:Client</faultcode><faultstring>{why}</faultstring></S:Fault></S:Body></S:Envelope>"#
    );
    (status, [(header::CONTENT_TYPE, "text/xml")], body).into_response()
}

/// The identity provider's ECP endpoint: the user by HTTP Basic, the
/// authentication request in a SOAP body without a header.
async fn ecp(Extension(idp): Extension<Arc<Idp>>, headers: HeaderMap, body: Bytes) -> Response {
    let user = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Basic "))
        .and_then(|b| base64::engine::general_purpose::STANDARD.decode(b).ok())
        .and_then(|b| String::from_utf8(b).ok())
        .and_then(|pair| {
            let (user, password) = pair.split_once(':')?;
            USERS
                .iter()
                .any(|(u, p)| *u == user && *p == password)
                .then(|| user.to_string())
        });
    let Some(user) = user else {
        return (
            StatusCode::UNAUTHORIZED,
            [(
                header::WWW_AUTHENTICATE,
                r#"Basic realm="Identity Provider""#,
            )],
            "Unauthorized",
        )
            .into_response();
    };
    let text = String::from_utf8_lossy(&body);
    let Ok(document) = roxmltree::Document::parse(&text) else {
        return fault(StatusCode::BAD_REQUEST, "the message is not XML");
    };
    let envelope = document.root_element();
    if !envelope.has_tag_name((SOAP, "Envelope")) {
        return fault(
            StatusCode::BAD_REQUEST,
            "the message is not a SOAP envelope",
        );
    }
    let request = envelope
        .children()
        .find(|n| n.has_tag_name((SOAP, "Body")))
        .and_then(|b| {
            b.children()
                .find(|n| n.has_tag_name((PROTOCOL, "AuthnRequest")))
        });
    let Some(request) = request else {
        return fault(StatusCode::BAD_REQUEST, "the body holds no AuthnRequest");
    };
    let (Some(id), Some(consumer)) = (
        request.attribute("ID"),
        request.attribute("AssertionConsumerServiceURL"),
    ) else {
        return fault(
            StatusCode::BAD_REQUEST,
            "the AuthnRequest lacks its ID or AssertionConsumerServiceURL",
        );
    };
    let mut state = idp.saml.lock().unwrap();
    let consumer = state
        .consumer_override
        .clone()
        .unwrap_or_else(|| consumer.to_string());
    state.sign_ins += 1;
    let (response_id, assertion_id) = (state.next("response"), state.next("assertion"));
    state.assertions.insert(
        assertion_id.clone(),
        Assertion {
            subject: user.clone(),
            consumer: consumer.clone(),
            in_response_to: id.to_string(),
        },
    );
    let now = crate::site::iso_micro(std::time::SystemTime::now());
    let body = format!(
        r#"<soap11:Envelope xmlns:soap11="{SOAP}"><soap11:Header><ecp:Response xmlns:ecp="{ECP}" AssertionConsumerServiceURL="{consumer}" soap11:actor="{ACTOR}" soap11:mustUnderstand="1"/></soap11:Header><soap11:Body><saml2p:Response xmlns:saml2p="{PROTOCOL}" Destination="{consumer}" ID="{response_id}" InResponseTo="{id}" IssueInstant="{now}" Version="2.0"><saml2:Issuer xmlns:saml2="{ASSERTION}">idp</saml2:Issuer><saml2p:Status><saml2p:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></saml2p:Status><saml2:Assertion xmlns:saml2="{ASSERTION}" ID="{assertion_id}" IssueInstant="{now}" Version="2.0"><saml2:Issuer>idp</saml2:Issuer><saml2:Subject><saml2:NameID>{user}</saml2:NameID></saml2:Subject></saml2:Assertion></saml2p:Response></soap11:Body></soap11:Envelope>"#
    );
    ([(header::CONTENT_TYPE, "application/soap+xml")], body).into_response()
}

/// A site's assertion consumer: the provider's response with the service
/// provider's relay state in its header. A session cookie and a redirect
/// back to the URL first asked for.
async fn consume(
    Extension(idp): Extension<Arc<Idp>>,
    Extension(site): Extension<Arc<Site>>,
    body: Bytes,
) -> Response {
    let text = String::from_utf8_lossy(&body);
    let document = match roxmltree::Document::parse(&text) {
        Ok(document) => document,
        Err(e) => {
            return fault(
                StatusCode::BAD_REQUEST,
                &format!("the message is not XML: {e}"),
            );
        }
    };
    let envelope = document.root_element();
    let header = child(envelope, SOAP, "Header");
    let relay = header
        .and_then(|h| child(h, ECP, "RelayState"))
        .and_then(|r| r.text());
    let response = child(envelope, SOAP, "Body").and_then(|b| child(b, PROTOCOL, "Response"));
    let assertion = response.and_then(|r| child(r, ASSERTION, "Assertion"));
    let consumer = format!("{}{CONSUMER_PATH}", site.base());
    let mut state = idp.saml.lock().unwrap();
    let Some((at, back)) = relay.and_then(|r| state.relay_states.remove(r)) else {
        return fault(
            StatusCode::BAD_REQUEST,
            "no relay state this provider issued",
        );
    };
    let taken = assertion
        .and_then(|a| a.attribute("ID"))
        .and_then(|id| state.assertions.remove(id));
    let in_response_to = response.and_then(|r| r.attribute("InResponseTo"));
    let subject = match taken {
        Some(a)
            if a.consumer == consumer
                && at == site.base()
                && Some(a.in_response_to.as_str()) == in_response_to
                && state.requests.remove(&a.in_response_to).as_ref() == Some(&consumer) =>
        {
            a.subject
        }
        _ => return fault(StatusCode::FORBIDDEN, "the assertion is not valid here"),
    };
    let session = state.next("session");
    state.sessions.insert(session.clone(), (at, subject));
    (
        StatusCode::FOUND,
        [
            (header::LOCATION, back),
            (
                header::SET_COOKIE,
                format!("{SESSION_COOKIE}={session}; path=/; HttpOnly"),
            ),
        ],
    )
        .into_response()
}

/// `node`'s first child element named `name` in namespace `ns`.
fn child<'a, 'input>(
    node: roxmltree::Node<'a, 'input>,
    ns: &str,
    name: &str,
) -> Option<roxmltree::Node<'a, 'input>> {
    node.children().find(|n| n.has_tag_name((ns, name)))
}
