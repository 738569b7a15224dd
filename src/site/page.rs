//! One page of a list answer, read in one pass: its items handed over as
//! they are parsed, only the keys a command keeps of each, and the link to
//! the next page in whichever form the service gives it.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

use super::{Call, FailureClass, Session, SiteError};
use crate::scope::ServiceType;

/// Which keys of each item to parse: `None` for all of them, else these.
/// The rest is skipped unparsed, which is most of a server's
/// JSON. An item that is not an object is parsed whole.
pub type Keep<'k> = Option<&'k [&'k str]>;

/// Reads a page: hands each item of the `key` list to `each`, as soon as
/// it is parsed, and returns the link to the next page, if any. An answer
/// without the list, or that is not JSON, is the server's failure.
pub fn page(
    body: &[u8],
    key: &str,
    keep: Keep<'_>,
    each: &mut dyn FnMut(Value),
) -> Result<Option<String>, SiteError> {
    let bad = |e: serde_json::Error| {
        SiteError::new(
            FailureClass::Server,
            format!("the answer is not valid JSON: {e}"),
        )
    };
    let mut de = serde_json::Deserializer::from_slice(body);
    let (found, links) = de
        .deserialize_map(Page {
            key,
            links_key: format!("{key}_links"),
            keep,
            each,
        })
        .map_err(bad)?;
    de.end().map_err(bad)?;
    if !found {
        return Err(SiteError::new(
            FailureClass::Server,
            format!("the answer has no `{key}` list"),
        ));
    }
    Ok(next_link(&Value::Object(links), key).map(str::to_string))
}

/// An item of a list, keeping only `keys` of it (see [`Keep`]): what
/// [`page`] does to each item, for tests of what a row reads.
#[cfg(test)]
pub fn parse_kept(raw: &str, keys: &[&str]) -> Result<Value, serde_json::Error> {
    let mut de = serde_json::Deserializer::from_str(raw);
    let value = Item(Some(keys)).deserialize(&mut de)?;
    de.end()?;
    Ok(value)
}

/// The top-level object: the list's items handed over, the link keys kept
/// as values, everything else skipped.
struct Page<'k, 'f> {
    key: &'k str,
    links_key: String,
    keep: Keep<'k>,
    each: &'f mut dyn FnMut(Value),
}

impl<'de> Visitor<'de> for Page<'_, '_> {
    /// Whether the list was there, and the link keys.
    type Value = (bool, Map<String, Value>);

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let (mut found, mut links) = (false, Map::new());
        while let Some(Key(name)) = map.next_key()? {
            if name == self.key {
                if found {
                    return Err(de::Error::duplicate_field("the list"));
                }
                found = true;
                map.next_value_seed(Items {
                    keep: self.keep,
                    each: &mut *self.each,
                })?;
            } else if name == self.links_key || name == "next" || name == "links" {
                links.insert(name.into_owned(), map.next_value::<Value>()?);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok((found, links))
    }
}

/// The list itself: each item parsed and handed over in turn.
struct Items<'k, 'f> {
    keep: Keep<'k>,
    each: &'f mut dyn FnMut(Value),
}

impl<'de> DeserializeSeed<'de> for Items<'_, '_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for Items<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(item) = seq.next_element_seed(Item(self.keep))? {
            (self.each)(item);
        }
        Ok(())
    }
}

/// One item: an object keeps only the kept keys; anything else is parsed
/// whole.
struct Item<'k>(Keep<'k>);

impl<'de> DeserializeSeed<'de> for Item<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        match self.0 {
            None => serde::Deserialize::deserialize(d),
            Some(_) => d.deserialize_any(self),
        }
    }
}

impl<'de> Visitor<'de> for Item<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let keys = self.0.unwrap_or_default();
        let mut kept = Map::new();
        while let Some(Key(key)) = map.next_key()? {
            if keys.contains(&key.as_ref()) {
                kept.insert(key.into_owned(), map.next_value()?);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(Value::Object(kept))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<Value>()? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
}

/// A key, borrowed from the text when it has no escapes.
struct Key<'a>(Cow<'a, str>);

impl<'de> serde::Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a key")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v.to_string())))
            }
        }
        d.deserialize_str(KeyVisitor)
    }
}

/// The next page's link of a list answer, in whichever form the service uses.
fn next_link<'a>(page: &'a Value, key: &str) -> Option<&'a str> {
    if let Some(links) = page.get(format!("{key}_links")).and_then(Value::as_array) {
        return links
            .iter()
            .find(|l| l["rel"] == "next")
            .and_then(|l| l["href"].as_str());
    }
    if let Some(next) = page.get("next").and_then(Value::as_str) {
        return Some(next);
    }
    page.get("links")
        .and_then(|l| l.get("next"))
        .and_then(Value::as_str)
}

impl Session {
    /// Every item of a list, following every page: Nova, Cinder and
    /// Neutron's `<key>_links`, Glance's `next`, Keystone's `links.next`.
    pub async fn list(
        &self,
        service: ServiceType,
        path: &str,
        key: &str,
    ) -> Result<Vec<Value>, SiteError> {
        self.list_map(service, path, key, None, |item| item).await
    }

    /// [`Session::list`], handing each item to `f` as soon as it is parsed
    /// (only the `keep` keys of it), so that a command holds only what it
    /// shows, not the pages.
    pub async fn list_map<R>(
        &self,
        service: ServiceType,
        path: &str,
        key: &str,
        keep: Keep<'_>,
        f: impl FnMut(Value) -> R,
    ) -> Result<Vec<R>, SiteError> {
        self.list_map_pages(service, path, key, keep, usize::MAX, f)
            .await
    }

    /// [`Session::list_map`] over at most `pages` pages (`--limit`: one).
    pub async fn list_map_pages<R>(
        &self,
        service: ServiceType,
        path: &str,
        key: &str,
        keep: Keep<'_>,
        pages: usize,
        mut f: impl FnMut(Value) -> R,
    ) -> Result<Vec<R>, SiteError> {
        let mut items = Vec::new();
        let (base, query) = path.split_once('?').map_or((path, ""), |(b, q)| (b, q));
        let mut next_query = query.to_string();
        for _ in 0..pages.min(100_000) {
            let page_path = if next_query.is_empty() {
                base.to_string()
            } else {
                format!("{base}?{next_query}")
            };
            let reply = self.read(&Call::get(service, page_path).bulk()).await?;
            let next =
                page(&reply.body, key, keep, &mut |item| items.push(f(item))).map_err(|e| {
                    SiteError {
                        status: Some(reply.status),
                        request_id: reply.request_id.clone(),
                        ..e
                    }
                })?;
            match next.and_then(|href| href.split_once('?').map(|(_, q)| q.to_string())) {
                Some(q) if q != next_query => next_query = q,
                _ => return Ok(items),
            }
        }
        if pages <= 100_000 {
            return Ok(items);
        }
        Err(SiteError::new(
            FailureClass::Server,
            "more than 100000 pages: the pagination does not end",
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn items(body: &str, keep: Keep<'_>) -> Result<(Vec<Value>, Option<String>), SiteError> {
        let mut items = Vec::new();
        let next = page(body.as_bytes(), "servers", keep, &mut |item| {
            items.push(item)
        })?;
        Ok((items, next))
    }

    #[test]
    fn a_page_hands_over_its_items_with_only_the_kept_keys() {
        let body = r#"{"servers": [{"id": "a", "links": [{"href": "x"}], "name": "n"},
                                     {"id": "b", "name\u0073": 1}, [1, {"id": 2}], "s", 3, null],
                       "servers_links": [{"rel": "next", "href": "http://x/servers?marker=b"}],
                       "other": {"deep": [1, 2]}}"#;
        let (kept, next) = items(body, Some(&["id", "name"])).unwrap();
        assert_eq!(
            kept,
            [
                json!({"id": "a", "name": "n"}),
                json!({"id": "b"}),
                json!([1, {"id": 2}]),
                json!("s"),
                json!(3),
                json!(null)
            ]
        );
        assert_eq!(next.as_deref(), Some("http://x/servers?marker=b"));
        let (whole, _) = items(body, None).unwrap();
        let parsed: Value = serde_json::from_str(body).unwrap();
        assert_eq!(Value::Array(whole), parsed["servers"]);
    }

    #[test]
    fn a_page_without_its_list_or_not_json_is_the_servers_failure() {
        for body in [
            r#"{"images": []}"#,
            r#"{"servers": [{"id": "a"}"#,
            r#"{"servers": []} trailing"#,
            r#"{"servers": {}}"#,
            r#"{"servers": [], "servers": []}"#,
            "<html>",
        ] {
            let e = items(body, Some(&["id"])).unwrap_err();
            assert_eq!(e.class, FailureClass::Server, "{body}");
            assert!(!e.message.contains('\n'), "{e:?}");
        }
    }

    #[test]
    fn kept_keys_are_parsed_as_the_whole_would_be() {
        let raw = r#"{"id": "x", "big": {"deep": [1, 2, {"a": "\u00e9"}]}, "na\u006de": "n",
                      "addresses": {"net": [{"addr": "10.0.0.4"}]}, "status": null}"#;
        let kept = parse_kept(raw, &["addresses", "id", "name", "status"]).unwrap();
        assert_eq!(
            kept,
            json!({"id": "x", "name": "n", "addresses": {"net": [{"addr": "10.0.0.4"}]},
                               "status": null})
        );
        assert_eq!(parse_kept("[1]", &["id"]).unwrap(), json!([1]));
        assert!(parse_kept(r#"{"id": "x""#, &["id"]).is_err());
        assert!(parse_kept(r#"{"id": "x"} trailing"#, &["id"]).is_err());
    }

    #[test]
    fn next_links_in_every_form() {
        let nova = json!({"servers": [], "servers_links": [{"rel": "next", "href": "http://x/servers/detail?marker=a&limit=2"}]});
        assert_eq!(
            next_link(&nova, "servers"),
            Some("http://x/servers/detail?marker=a&limit=2")
        );
        let glance = json!({"images": [], "next": "/v2/images?marker=b"});
        assert_eq!(next_link(&glance, "images"), Some("/v2/images?marker=b"));
        let keystone = json!({"users": [], "links": {"next": null, "self": "x"}});
        assert_eq!(next_link(&keystone, "users"), None);
        let neutron_last =
            json!({"networks": [], "networks_links": [{"rel": "previous", "href": "x?marker=c"}]});
        assert_eq!(next_link(&neutron_last, "networks"), None);
    }
}
