//! Federated sign-in with SAML 2.0's ECP profile, as keystoneauth's
//! `v3samlpassword` does it: Keystone's service provider answers the
//! `OS-FEDERATION` path with an authentication request (PAOS); its body
//! goes to the identity provider's ECP endpoint with the user's name and
//! password (HTTP Basic); the provider's response, with the service
//! provider's relay state put in its header, goes to the consumer URL both
//! named; the consumer's session cookie then takes the first request
//! through to Keystone, which answers with an unscoped token. Each site's
//! service provider asks for its own assertion; the password is asked once.

use base64::Engine;
use reqwest::Method as Http;
use reqwest::Url;
use roxmltree::{Document, Node};

use super::auth::Auth;
use super::request::{Body, Kind, Reply, http_error};
use super::{FailureClass, Session, SiteError, error_message};
use crate::config::{Method, Saml};

const SOAP: &str = "http://schemas.xmlsoap.org/soap/envelope/";
const PAOS: &str = "urn:liberty:paos:2003-08";
const ECP: &str = "urn:oasis:names:tc:SAML:2.0:profiles:SSO:ecp";
const PAOS_TYPE: &str = "application/vnd.paos+xml";
/// The `PAOS` header: the client speaks PAOS for the ECP service.
const PAOS_VERSION: &str =
    r#"ver="urn:liberty:paos:2003-08";"urn:oasis:names:tc:SAML:2.0:profiles:SSO:ecp""#;
/// What the client tells a service provider whose consumer URL the
/// identity provider does not confirm (the ECP profile asks for it).
const FAULT: &str = r#"<S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/"><S:Body><S:Fault><faultcode>S:Server</faultcode><faultstring>responseConsumerURL from SP and assertionConsumerServiceURL from IdP do not match</faultstring></S:Fault></S:Body></S:Envelope>"#;

impl Session {
    /// An unscoped token through the SAML identity provider.
    pub(super) async fn saml(&self, saml: &Saml, method: &Method) -> Result<Auth, SiteError> {
        let password = self.secret_of(method).await?;
        let url = self.federation_url(&saml.identity_provider, &saml.protocol);
        let paos = vec![
            (
                "accept".to_string(),
                format!("application/json, {PAOS_TYPE}"),
            ),
            ("paos".to_string(), PAOS_VERSION.to_string()),
        ];
        let first = self
            .send(Http::GET, &url, None, &Body::Empty, &paos, Kind::Step)
            .await?;
        let content_type = first
            .headers
            .get("content-type")
            .and_then(|v| v.to_str().ok());
        // A service provider that knows the client already lets Keystone
        // answer.
        let answer = if first.status != 200 || content_type != Some(PAOS_TYPE) {
            first
        } else {
            let request = AuthnRequest::read(&first.body)?;
            let pair = format!("{}:{password}", saml.username);
            let basic = base64::engine::general_purpose::STANDARD.encode(pair);
            let authorization = [("authorization".to_string(), format!("Basic {basic}"))];
            let body = Body::Bytes(request.body.into(), "text/xml");
            let idp = &saml.identity_provider_url;
            let reply = self
                .send(Http::POST, idp, None, &body, &authorization, Kind::Step)
                .await?;
            if reply.status == 401 || reply.status == 403 {
                return Err(refused(
                    &reply,
                    "the identity provider refused the user's password",
                ));
            }
            if reply.status >= 400 {
                return Err(refused(&reply, "the identity provider"));
            }
            let response = AuthnResponse::read(&reply.body, request.relay_state.as_deref())?;
            if response.consumer != request.consumer {
                if same_origin(&request.consumer, &url) {
                    let fault = Body::Bytes(FAULT.into(), PAOS_TYPE);
                    let consumer = &request.consumer;
                    let _ = self
                        .send(Http::POST, consumer, None, &fault, &[], Kind::Step)
                        .await;
                }
                return Err(SiteError::new(
                    FailureClass::Auth,
                    format!(
                        "the service provider's consumer URL {} is not the identity \
                         provider's {}",
                        request.consumer, response.consumer
                    ),
                ));
            }
            let body = Body::Bytes(response.body.into(), PAOS_TYPE);
            let consumer = &response.consumer;
            let consumed = self
                .send(Http::POST, consumer, None, &body, &[], Kind::Step)
                .await?;
            if consumed.status >= 400 {
                return Err(refused(
                    &consumed,
                    "the service provider refused the identity provider's assertion",
                ));
            }
            if !matches!(consumed.status, 302 | 303) {
                consumed
            } else {
                let back = consumed
                    .headers
                    .get("location")
                    .and_then(|v| v.to_str().ok())
                    .and_then(|l| Url::parse(consumer).ok()?.join(l).ok())
                    .map(String::from)
                    .unwrap_or_default();
                if !same_origin(&back, &url) {
                    return Err(SiteError::new(
                        FailureClass::Server,
                        format!(
                            "the service provider sent the client to {back:?}, not to Keystone"
                        ),
                    ));
                }
                let mut headers = paos;
                headers.push(("cookie".to_string(), cookies(&consumed)));
                self.send(Http::GET, &back, None, &Body::Empty, &headers, Kind::Step)
                    .await?
            }
        };
        if answer.status == 401 {
            return Err(refused(&answer, "Keystone refused the SAML sign-in"));
        }
        super::auth::token_of(answer, std::slice::from_ref(method))
    }
}

/// Reads `data` as every SAML answer oscope takes (for the fuzz targets).
pub fn read_answers(data: &[u8]) {
    if let Ok(request) = AuthnRequest::read(data) {
        let _ = AuthnResponse::read(request.body.as_bytes(), request.relay_state.as_deref());
    }
    let _ = AuthnResponse::read(
        data,
        Some("<ecp:RelayState xmlns:ecp=\"urn:e\">r</ecp:RelayState>"),
    );
    let _ = fault_string(data);
}

/// A refusal as the site's failure: what refused, and why it said.
fn refused(reply: &Reply, what: &str) -> SiteError {
    let why = fault_string(&reply.body).unwrap_or_else(|| error_message(&reply.body));
    let class = match reply.status {
        401 | 403 => FailureClass::Auth,
        _ => http_error(reply).class,
    };
    SiteError {
        class,
        message: match why.is_empty() {
            true => what.to_string(),
            false => format!("{what}: {why}"),
        },
        ..http_error(reply)
    }
}

/// A SOAP fault's `faultstring`, if the body is one.
fn fault_string(body: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(body).ok()?;
    let document = Document::parse(text).ok()?;
    let fault = document
        .descendants()
        .find(|n| n.has_tag_name("faultstring"))?;
    Some(
        fault
            .text()?
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// The session cookies a service provider set, as a `Cookie` header.
fn cookies(reply: &Reply) -> String {
    reply
        .headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter_map(|v| v.split(';').next())
        .map(str::trim)
        .collect::<Vec<_>>()
        .join("; ")
}

/// Both URLs are of one scheme, host and port: the client sends nothing
/// to a host the service provider names unless it is Keystone's.
fn same_origin(a: &str, b: &str) -> bool {
    match (Url::parse(a), Url::parse(b)) {
        (Ok(a), Ok(b)) => a.origin() == b.origin(),
        _ => false,
    }
}

/// The service provider's authentication request.
struct AuthnRequest {
    /// Where it wants the provider's response (`paos:Request`).
    consumer: String,
    /// Its relay state, as XML that stands on its own.
    relay_state: Option<String>,
    /// The envelope without its header: what the provider gets.
    body: String,
}

impl AuthnRequest {
    fn read(body: &[u8]) -> Result<AuthnRequest, SiteError> {
        let text = xml_text(body, "the service provider's PAOS request")?;
        let document = parse(text, "the service provider's PAOS request")?;
        let envelope = document.root_element();
        let header = child(envelope, SOAP, "Header");
        let consumer = header
            .and_then(|h| child(h, PAOS, "Request"))
            .and_then(|r| r.attribute("responseConsumerURL"))
            .ok_or_else(|| {
                malformed("the service provider's PAOS request has no responseConsumerURL")
            })?;
        let relay_state = header
            .and_then(|h| child(h, ECP, "RelayState"))
            .map(|r| standalone(text, r));
        let body = match header {
            Some(h) => format!("{}{}", &text[..h.range().start], &text[h.range().end..]),
            None => text.to_string(),
        };
        Ok(AuthnRequest {
            consumer: consumer.to_string(),
            relay_state,
            body,
        })
    }
}

/// The identity provider's response.
struct AuthnResponse {
    /// The consumer it is for (`ecp:Response`).
    consumer: String,
    /// The envelope with the service provider's relay state in its header,
    /// in place of `ecp:Response`: what the consumer gets.
    body: String,
}

impl AuthnResponse {
    fn read(body: &[u8], relay_state: Option<&str>) -> Result<AuthnResponse, SiteError> {
        let what = "the identity provider's response";
        let text = xml_text(body, what)?;
        let document = parse(text, what)?;
        let header = child(document.root_element(), SOAP, "Header")
            .ok_or_else(|| malformed("the identity provider's response has no SOAP header"))?;
        let response = child(header, ECP, "Response");
        let consumer = response
            .and_then(|r| r.attribute("AssertionConsumerServiceURL"))
            .zip(response)
            .ok_or_else(|| {
                malformed("the identity provider's response has no AssertionConsumerServiceURL")
            });
        let (consumer, response) = consumer?;
        let body = match relay_state {
            None => text.to_string(),
            Some(relay) => {
                let range = response.range();
                format!("{}{relay}{}", &text[..range.start], &text[range.end..])
            }
        };
        Ok(AuthnResponse {
            consumer: consumer.to_string(),
            body,
        })
    }
}

fn xml_text<'a>(body: &'a [u8], what: &str) -> Result<&'a str, SiteError> {
    std::str::from_utf8(body).map_err(|_| malformed(&format!("{what} is not UTF-8")))
}

fn parse<'a>(text: &'a str, what: &str) -> Result<Document<'a>, SiteError> {
    Document::parse(text).map_err(|e| malformed(&format!("{what} is not XML: {e}")))
}

fn malformed(message: &str) -> SiteError {
    SiteError::new(FailureClass::Server, message)
}

/// `node`'s first child element named `name` in namespace `ns`.
fn child<'a, 'input>(node: Node<'a, 'input>, ns: &str, name: &str) -> Option<Node<'a, 'input>> {
    node.children().find(|n| n.has_tag_name((ns, name)))
}

/// `element`'s text in `source`, with the namespaces it inherits declared
/// on it, so that it means the same moved into another document.
fn standalone(source: &str, element: Node<'_, '_>) -> String {
    let text = &source[element.range()];
    let tag_end = text
        .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
        .unwrap_or(text.len());
    let start_tag = &text[..text.find('>').unwrap_or(text.len())];
    let mut declarations = String::new();
    for ns in element.namespaces() {
        let attribute = match ns.name() {
            Some(prefix) => format!("xmlns:{prefix}"),
            None => "xmlns".to_string(),
        };
        if ns.name() != Some("xml") && !declares(start_tag, &attribute) {
            let uri = ns.uri().replace('&', "&amp;").replace('"', "&quot;");
            declarations += &format!(" {attribute}=\"{uri}\"");
        }
    }
    format!("{}{declarations}{}", &text[..tag_end], &text[tag_end..])
}

/// The start tag declares `attribute` (`xmlns:ecp`) itself.
fn declares(start_tag: &str, attribute: &str) -> bool {
    start_tag.match_indices(attribute).any(|(at, _)| {
        let before = start_tag[..at].chars().next_back();
        let after = start_tag[at + attribute.len()..]
            .trim_start()
            .chars()
            .next();
        before.is_some_and(char::is_whitespace) && after == Some('=')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const REQUEST: &str = r#"<S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ecp="urn:oasis:names:tc:SAML:2.0:profiles:SSO:ecp" xmlns:paos="urn:liberty:paos:2003-08"><S:Header><paos:Request S:mustUnderstand="1" responseConsumerURL="https://sp/ECP" service="urn:oasis:names:tc:SAML:2.0:profiles:SSO:ecp"/><ecp:RelayState S:mustUnderstand="1">ss:mem:42</ecp:RelayState></S:Header><S:Body><samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_1"/></S:Body></S:Envelope>"#;
    const RESPONSE: &str = r#"<soap11:Envelope xmlns:soap11="http://schemas.xmlsoap.org/soap/envelope/"><soap11:Header><ecp:Response xmlns:ecp="urn:oasis:names:tc:SAML:2.0:profiles:SSO:ecp" AssertionConsumerServiceURL="https://sp/ECP" soap11:mustUnderstand="1"/></soap11:Header><soap11:Body><saml2p:Response xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol"/></soap11:Body></soap11:Envelope>"#;

    #[test]
    fn the_relay_state_moves_with_its_namespaces_and_the_header_goes() {
        let request = AuthnRequest::read(REQUEST.as_bytes()).unwrap();
        assert_eq!(request.consumer, "https://sp/ECP");
        assert!(!request.body.contains("Header"), "{}", request.body);
        assert!(request.body.contains("<S:Body><samlp:AuthnRequest"));
        Document::parse(&request.body).unwrap();
        let response =
            AuthnResponse::read(RESPONSE.as_bytes(), request.relay_state.as_deref()).unwrap();
        assert_eq!(response.consumer, "https://sp/ECP");
        // The relay state's prefixes (S, ecp) were declared on the SP's
        // envelope: in the provider's document they are declared on it.
        let document = Document::parse(&response.body).unwrap();
        let relay = document
            .descendants()
            .find(|n| n.has_tag_name((ECP, "RelayState")))
            .unwrap();
        assert_eq!(relay.text(), Some("ss:mem:42"));
        assert_eq!(relay.attribute((SOAP, "mustUnderstand")), Some("1"));
        assert!(child(relay.parent().unwrap(), ECP, "Response").is_none());
    }

    #[test]
    fn a_declaration_the_element_has_is_not_repeated() {
        let text = r#"<a:x xmlns:a="urn:a"><a:y xmlns:a="urn:a" xmlns:b="urn:b">v</a:y></a:x>"#;
        let document = Document::parse(text).unwrap();
        let y = document.root_element().first_child().unwrap();
        let moved = standalone(text, y);
        assert_eq!(moved.matches("xmlns:a=").count(), 1, "{moved}");
        Document::parse(&moved).unwrap();
    }

    #[test]
    fn bad_answers_are_errors_not_panics() {
        for body in ["", "<x", "<S:Envelope xmlns:S=\"urn:s\"/>", "not xml"] {
            assert!(AuthnRequest::read(body.as_bytes()).is_err(), "{body}");
            assert!(
                AuthnResponse::read(body.as_bytes(), Some("<r/>")).is_err(),
                "{body}"
            );
        }
        assert_eq!(
            fault_string(FAULT.as_bytes()).as_deref(),
            Some(
                "responseConsumerURL from SP and assertionConsumerServiceURL from IdP do not match"
            )
        );
        assert!(same_origin("http://h:1/a", "http://h:1/b"));
        assert!(!same_origin("http://h:1/a", "http://h:2/a"));
        assert!(!same_origin("nope", "nope"));
    }
}
