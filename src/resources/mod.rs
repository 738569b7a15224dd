//! What each OpenStack resource is, as data: where it lives, what its JSON
//! is called, and which columns python-openstackclient shows.
//!
//! A new resource is a `static` in `table.rs`: service, paths, JSON keys,
//! default and `--long` columns, and how `show` lays it out. List, show and
//! delete work for every entry through the same code (`commands::resource`);
//! only creation, whose flags differ, is written per resource.

mod cells;
mod cinder;
mod keystone;
mod neutron;
mod nova;
mod quotas;
mod table;

use std::sync::Arc;

use serde_json::{Map, Value};

use crate::output::{Cell, Record};
use crate::scope::ServiceType;
use cells::cell;
pub use cells::{dict_text, formatted, image_id, list_text};
pub use cinder::*;
pub use keystone::*;
pub use neutron::*;
pub use nova::*;
pub use quotas::*;
pub use table::*;

/// Names of other resources a column needs (image names for `server list`),
/// fetched once per site rather than once per row.
#[derive(Clone, Debug, Default)]
pub struct Lookup {
    pub images: std::collections::HashMap<String, String>,
    /// Other resources' names by ID, from each [`Names`] the columns use
    /// (keyed `{value}\0{id}` for one that groups them [`Names::by`]).
    pub names: std::collections::HashMap<String, String>,
}

impl Lookup {
    /// The names grouped under `value` by a [`Names::by`], in the order
    /// of their items' IDs (Cinder's order of a specification's
    /// associations: its database's).
    pub fn grouped(names: &std::collections::HashMap<String, String>, value: &str) -> Vec<String> {
        let prefix = format!("{value}\0");
        let mut found: Vec<(&String, &String)> = names
            .iter()
            .filter(|(key, _)| key.starts_with(&prefix))
            .collect();
        found.sort();
        found.into_iter().map(|(_, name)| name.clone()).collect()
    }
}

/// Another resource whose items' names a column shows for their IDs (a
/// snapshot's volume), from one list of them per site.
pub struct Names {
    pub service: ServiceType,
    pub path: &'static str,
    pub plural: &'static str,
    /// The items' names by this key's value instead of their IDs, several
    /// for one value (the volume types a QoS specification is associated
    /// with, by their `qos_specs_id`): see [`Lookup::grouped`].
    pub by: Option<&'static str>,
}

/// How a column gets its cell from a resource's JSON.
#[derive(Clone, Copy)]
pub enum Get {
    /// The value of a key, shown as Python shows it.
    Key(&'static str),
    /// A list, shown sorted and joined by `, ` (osc-lib's `ListColumn`).
    List(&'static str),
    /// A list in its own order, joined by `, ` (python-openstackclient's
    /// `UnsortedListColumn`: name servers, whose order matters).
    Unsorted(&'static str),
    /// A mapping, shown as `key='value', ...`.
    Dict(&'static str),
    /// A list of mappings, one per line as `key='value', ...` (`[]` when
    /// absent), as osc-lib's `ListDictColumn`.
    Dicts(&'static str),
    /// A server's image name, from the site's image list.
    ImageName,
    /// The name of the item whose ID is at a key, from a list of those
    /// items; the ID when the list lacks it (python-openstackclient's
    /// `VolumeIdColumn`); JSON keeps the ID.
    NameOf(&'static str, &'static Names),
    /// The value at a key, formatted with the names of another resource's
    /// items by ID (a volume's attachments: "Attached to <server's name>");
    /// JSON keeps the value.
    NamesIn(
        &'static str,
        &'static Names,
        fn(&Value, &std::collections::HashMap<String, String>) -> Cell,
    ),
    /// The names of another resource's items whose [`Names::by`] key is
    /// this item's ID, as osc-lib's `ListColumn` (the volume types
    /// associated with a QoS specification); JSON has the list.
    Grouped(&'static Names),
    /// A boolean shown as one of two words (`UP`/`DOWN`).
    Words(&'static str, &'static str, &'static str),
    /// Anything else: a function, and the keys of the item it reads.
    With(fn(&Value, &Lookup) -> Cell, &'static [&'static str]),
}

/// A column of a list.
#[derive(Clone, Copy)]
pub struct Column {
    pub header: &'static str,
    pub get: Get,
    /// Shown only when some row has a value for it, as python-openstackclient
    /// adds `Host Status` only when Nova gave one.
    pub if_any: bool,
}

pub(super) const fn col(header: &'static str, get: Get) -> Column {
    Column {
        header,
        get,
        if_any: false,
    }
}

impl Column {
    /// The column as `-n` (`--no-name-lookup`) shows it: an image's ID
    /// where its name would be (`Image`), nothing in `Image Name`.
    pub fn without_name_lookup(&mut self) {
        if matches!(self.get, Get::ImageName) {
            self.get = match self.header {
                "Image" => Get::With(cells::server_image_id, &["image"]),
                _ => Get::With(cells::blank, &[]),
            };
        }
    }
}

/// A column shown only when some row has a value for it.
pub(super) const fn col_if_any(header: &'static str, get: Get) -> Column {
    Column {
        if_any: true,
        ..col(header, get)
    }
}

/// Where else [`Resource::also_by`] looks for a name.
#[derive(Clone, Copy, Debug)]
pub enum AlsoBy {
    /// Another key whose value a name may be (a service's type, as
    /// python-openstackclient finds services).
    Key(&'static str),
    /// The items a list leaves out unless this query asks for them
    /// (Glance's hidden images, as openstacksdk finds them).
    Query(&'static str),
}

/// How `show` lays a resource out.
#[derive(Clone, Copy)]
pub enum Show {
    /// The API's keys, reshaped as openstacksdk and python-openstackclient
    /// do, sorted.
    Spec(&'static ShowSpec),
    /// These keys, in this order (missing ones as null), as they are.
    Fields(&'static [&'static str]),
    /// These fields, in this order, each named by its column's header and
    /// read as its column says (python-openstackclient's own order, not
    /// sorted: `port show`).
    Layout(&'static [Column]),
    /// A layout of its own.
    With(fn(&Value) -> Record),
}

/// How python-openstackclient reshapes an API document for `show`.
pub struct ShowSpec {
    /// Attributes openstacksdk always has: shown as null when absent.
    pub add: &'static [&'static str],
    /// (the API's key, the name shown).
    pub rename: &'static [(&'static str, &'static str)],
    /// Keys not shown.
    pub drop: &'static [&'static str],
    /// Keys shown formatted in tables (lists joined, mappings as
    /// `k='v'`); the others as Python prints them.
    pub formatted: &'static [(&'static str, Get)],
    /// Changes of value beyond renaming.
    pub fix: Option<fn(&mut Map<String, Value>)>,
}

impl ShowSpec {
    fn record(&self, item: &Value) -> Record {
        let mut map = item.as_object().cloned().unwrap_or_default();
        for (from, to) in self.rename {
            if let Some(v) = map.remove(*from) {
                map.insert(to.to_string(), v);
            }
        }
        for key in self.add {
            map.entry(key.to_string()).or_insert(Value::Null);
        }
        for key in self.drop.iter().chain(["links"].iter()) {
            map.remove(*key);
        }
        if let Some(fix) = self.fix {
            fix(&mut map);
        }
        let mut keys: Vec<String> = map.keys().cloned().collect();
        keys.sort();
        let item = Value::Object(map);
        let lookup = Lookup::default();
        Record {
            fields: keys
                .into_iter()
                .map(|k| {
                    let cell = match self.formatted.iter().find(|(key, _)| *key == k) {
                        Some((_, get)) => cell(&item, *get, &lookup),
                        None => Cell::new(item[&k].clone()),
                    };
                    (k, cell)
                })
                .collect(),
        }
    }
}

/// One kind of resource.
#[derive(Clone, Copy)]
pub struct Resource {
    /// The command noun (`server`).
    pub noun: &'static str,
    pub service: ServiceType,
    /// The collection's path; one item is `{path}/{id}`.
    pub path: &'static str,
    /// The path that lists items with all their fields.
    pub list_path: &'static str,
    /// A list of fewer fields (Nova's and Cinder's `servers`, `volumes`):
    /// its path and the keys its items have. A list whose columns read
    /// only those keys asks for it, so `-c ID` does not fetch every
    /// server's every field.
    pub brief: Option<(&'static str, &'static [&'static str])>,
    /// The list's JSON key.
    pub plural: &'static str,
    /// The JSON key around one item; `None` when the item is bare (Glance).
    pub singular: Option<&'static str>,
    /// The key around each item of a list, when the list wraps them (Nova's
    /// key pairs: `{"keypair": {...}}`).
    pub wrapped: Option<&'static str>,
    /// The key that identifies an item.
    pub id_key: &'static str,
    /// The query parameter that filters a list by name, if the API has one.
    pub name_filter: Option<&'static str>,
    /// Where else a name is looked for when no item has it.
    pub also_by: Option<AlsoBy>,
    pub columns: &'static [Column],
    pub long_columns: &'static [Column],
    pub show: Show,
}

impl Resource {
    /// One item out of an answer (`{"server": {...}}`, or bare).
    pub fn item(&self, answer: Value) -> Value {
        match self.singular {
            Some(key) => answer.get(key).cloned().unwrap_or(answer),
            None => answer,
        }
    }

    /// One item of a list answer, out of its wrapper if the list has one.
    pub fn unwrap_item(&self, mut item: Value) -> Value {
        match self.wrapped.and_then(|key| item.get_mut(key)) {
            Some(inner) => inner.take(),
            None => item,
        }
    }

    /// One item of a list answer, borrowed out of its wrapper if the list
    /// has one.
    pub fn unwrapped<'a>(&self, item: &'a Value) -> &'a Value {
        self.wrapped.and_then(|key| item.get(key)).unwrap_or(item)
    }

    /// The items of a list answer's array, out of their wrappers.
    pub fn unwrap_items(&self, items: Vec<Value>) -> Vec<Value> {
        items.into_iter().map(|i| self.unwrap_item(i)).collect()
    }

    /// The ID of an item.
    pub fn id_of<'a>(&self, item: &'a Value) -> &'a str {
        item[self.id_key].as_str().unwrap_or_default()
    }

    /// The columns a list shows: the default or `--long` ones; only those
    /// `-c` names when it names nothing else (the rest would be computed to
    /// be thrown away; a name that is no column is left for the output to
    /// report, with every column it could have been).
    pub fn list_columns(&self, long: bool, wanted: &[String]) -> Vec<Column> {
        let all = if long {
            self.long_columns
        } else {
            self.columns
        };
        let known = |w: &String| {
            w.eq_ignore_ascii_case("site") || all.iter().any(|c| c.header.eq_ignore_ascii_case(w))
        };
        if wanted.is_empty() || !wanted.iter().all(known) {
            return all.to_vec();
        }
        all.iter()
            .filter(|c| wanted.iter().any(|w| c.header.eq_ignore_ascii_case(w)))
            .copied()
            .collect()
    }

    /// Drops the columns shown only when some row has a value for them
    /// where none has: from `headers`, and from each row, whose cells
    /// start at `first`.
    pub fn drop_empty(
        columns: &[Column],
        headers: &mut Vec<String>,
        rows: &mut [Vec<Cell>],
        first: usize,
    ) {
        for (i, column) in columns.iter().enumerate().rev() {
            let empty = || {
                rows.iter()
                    .all(|r| r.get(first + i).is_none_or(|c| c.value().is_null()))
            };
            if column.if_any && empty() {
                headers.remove(i);
                for row in rows.iter_mut() {
                    row.remove(first + i);
                }
            }
        }
    }

    /// The cells of a row.
    pub fn row(&self, item: &Value, columns: &[Column], lookup: &Lookup) -> Vec<Cell> {
        self.cells(item, columns, lookup, None)
    }

    /// An item's ID and the cells of its row, whose ID cell (if it shows
    /// one) shares the ID's text: a list's IDs go to the routing cache,
    /// and a hundred thousand of them are not copied twice.
    pub fn id_and_row(
        &self,
        item: &Value,
        columns: &[Column],
        lookup: &Lookup,
    ) -> (Arc<str>, Vec<Cell>) {
        let id: Arc<str> = self.id_of(item).into();
        let row = self.cells(item, columns, lookup, Some(&id));
        (id, row)
    }

    fn cells(
        &self,
        item: &Value,
        columns: &[Column],
        lookup: &Lookup,
        id: Option<&Arc<str>>,
    ) -> Vec<Cell> {
        // Room for the Site cell a multi-site list puts first: without it,
        // that insert doubles every row's allocation.
        let mut row = Vec::with_capacity(columns.len() + 1);
        row.extend(columns.iter().map(|c| match (c.get, id) {
            (Get::Key(key), Some(id)) if key == self.id_key && item[key].is_string() => {
                Cell::text(id.clone())
            }
            (get, _) => cell(item, get, lookup),
        }));
        row
    }

    /// Fills a row's name cells once the site's names are known (they are
    /// fetched at the same time as the rows).
    pub fn fill_names(
        &self,
        row: &mut [Cell],
        columns: &[Column],
        image: Option<&str>,
        lookup: &Lookup,
    ) {
        for (cell, column) in row.iter_mut().zip(columns) {
            match (column.get, image) {
                (Get::ImageName, Some(id)) => {
                    *cell = Cell::new(lookup.images.get(id).cloned().unwrap_or_default());
                }
                (Get::NameOf(..), _) => {
                    let id = cell.text_of_value().into_owned();
                    if let Some(name) = lookup.names.get(&id) {
                        *cell = Cell::formatted(id, name.clone());
                    }
                }
                (Get::NamesIn(_, _, format), _) => {
                    *cell = format(&cell.value(), &lookup.names);
                }
                (Get::Grouped(_), _) => {
                    let found = Lookup::grouped(&lookup.names, &cell.text_of_value());
                    let mut sorted = found.clone();
                    sorted.sort();
                    *cell = Cell::formatted(serde_json::json!(found), sorted.join(", "));
                }
                _ => {}
            }
        }
    }

    /// The lists of other resources whose names these columns show.
    pub fn name_sources(columns: &[Column]) -> Vec<&'static Names> {
        let mut sources: Vec<&'static Names> = Vec::new();
        for column in columns {
            let names = match column.get {
                Get::NameOf(_, names) | Get::NamesIn(_, names, _) | Get::Grouped(names) => names,
                _ => continue,
            };
            if !sources.iter().any(|s| std::ptr::eq(*s, names)) {
                sources.push(names);
            }
        }
        sources
    }

    /// The keys of an item that a row of these columns reads, sorted: a
    /// list keeps only these of each item it parses.
    pub fn row_keys(&self, columns: &[Column]) -> Vec<&'static str> {
        let mut keys = vec![self.id_key];
        keys.extend(self.wrapped);
        for column in columns {
            match column.get {
                Get::Key(k)
                | Get::List(k)
                | Get::Unsorted(k)
                | Get::Dict(k)
                | Get::Dicts(k)
                | Get::Words(k, _, _) => keys.push(k),
                Get::ImageName => keys.push("image"),
                Get::Grouped(_) => {}
                Get::NameOf(k, _) | Get::NamesIn(k, _, _) => keys.push(k),
                Get::With(_, read) => keys.extend_from_slice(read),
            }
        }
        keys.sort_unstable();
        keys.dedup();
        keys
    }

    /// The headers of these columns.
    pub fn headers(columns: &[Column]) -> Vec<String> {
        columns.iter().map(|c| c.header.to_string()).collect()
    }

    /// The path that lists what rows reading `keys` need: the brief list
    /// when it has them all.
    pub fn list_path_for(&self, keys: &[&str]) -> &'static str {
        match self.brief {
            Some((path, brief)) if keys.iter().all(|k| brief.contains(k)) => path,
            _ => self.list_path,
        }
    }

    /// Whether a row of these columns shows image names, which the
    /// site's image list gives.
    pub fn shows_image_names(columns: &[Column]) -> bool {
        columns.iter().any(|c| matches!(c.get, Get::ImageName))
    }

    /// The record `show` prints.
    pub fn record(&self, item: &Value) -> Record {
        match self.show {
            Show::Spec(spec) => spec.record(item),
            Show::Fields(keys) => Record {
                fields: keys
                    .iter()
                    .map(|k| {
                        (
                            k.to_string(),
                            Cell::new(item.get(*k).cloned().unwrap_or(Value::Null)),
                        )
                    })
                    .collect(),
            },
            Show::Layout(fields) => {
                let lookup = Lookup::default();
                Record {
                    fields: fields
                        .iter()
                        .map(|c| (c.header.to_string(), cell(item, c.get, &lookup)))
                        .collect(),
                }
            }
            Show::With(layout) => layout(item),
        }
    }
}

#[cfg(test)]
#[cfg(test)]
mod tests {
    use super::cells::image_name;
    #[test]
    fn a_list_item_keeps_only_the_keys_its_row_reads() {
        // Every resource's row reads only what row_keys names.
        let server = serde_json::json!({"id": "i", "name": "n", "status": "ACTIVE",
            "addresses": {"net": [{"addr": "10.0.0.4", "version": 4}]},
            "image": {"id": "img"}, "flavor": {"original_name": "m1.small"},
            "OS-EXT-STS:task_state": null, "OS-EXT-STS:power_state": 1,
            "OS-EXT-AZ:availability_zone": "nova", "OS-EXT-SRV-ATTR:host": "h",
            "metadata": {"k": "v"}, "pinned_availability_zone": null, "hostId": "x",
            "unused": [1, 2, 3]});
        for resource in RESOURCES {
            for long in [false, true] {
                let columns = resource.list_columns(long, &[]);
                let keys = resource.row_keys(&columns);
                let kept = crate::site::parse_kept(&server.to_string(), &keys).unwrap();
                let lookup = Lookup::default();
                let whole: Vec<String> = resource
                    .row(&server, &columns, &lookup)
                    .iter()
                    .map(|c| format!("{c:?}"))
                    .collect();
                let pruned: Vec<String> = resource
                    .row(&kept, &columns, &lookup)
                    .iter()
                    .map(|c| format!("{c:?}"))
                    .collect();
                assert_eq!(whole, pruned, "{} long={long}", resource.noun);
            }
        }
    }

    use super::*;
    use serde_json::json;

    #[test]
    fn server_columns_as_osc_shows_them() {
        let server = json!({
            "id": "s1", "name": "vm", "status": "ACTIVE", "OS-EXT-STS:power_state": 1,
            "addresses": {"shared": [{"addr": "10.0.0.4"}, {"addr": "10.0.0.5"}], "b": [{"addr": "::1"}]},
            "image": {"id": "i1"}, "flavor": {"original_name": "m1.tiny"}, "metadata": {"b": 2, "a": "x"}
        });
        let mut lookup = Lookup::default();
        lookup.images.insert("i1".into(), "cirros".into());
        let server_resource = &SERVER;
        let row = server_resource.row(&server, server_resource.columns, &lookup);
        let human: Vec<String> = row
            .iter()
            .map(|c| {
                c.human()
                    .map_or_else(|| c.text_of_value().into_owned(), str::to_string)
            })
            .collect();
        assert_eq!(
            human,
            [
                "s1",
                "vm",
                "ACTIVE",
                "shared=10.0.0.4, 10.0.0.5; b=::1",
                "cirros",
                "m1.tiny"
            ]
        );
        assert_eq!(
            *row[3].value(),
            json!({"shared": ["10.0.0.4", "10.0.0.5"], "b": ["::1"]})
        );
        let long = server_resource.row(&server, server_resource.long_columns, &lookup);
        assert_eq!(long[4].human(), Some("Running"));
        assert_eq!(*long[4].value(), json!(1));
        assert_eq!(long[11].human(), Some("a='x', b='2'"));
        let booted_from_volume = json!({"image": ""});
        assert_eq!(
            *image_name(&booted_from_volume, &lookup).value(),
            json!("N/A (booted from volume)")
        );
    }

    #[test]
    fn a_rows_id_cell_is_the_id_it_reports() {
        let server = &SERVER;
        let columns = server.list_columns(false, &["ID".into(), "Name".into()]);
        let lookup = Lookup::default();
        let (id, row) = server.id_and_row(&json!({"id": "s1", "name": "vm"}), &columns, &lookup);
        assert_eq!(&*id, "s1");
        // One text, held by the ID cell and the ID the routing cache gets.
        assert_eq!(Arc::strong_count(&id), 2);
        assert_eq!(
            row,
            server.row(&json!({"id": "s1", "name": "vm"}), &columns, &lookup)
        );
        assert_eq!(row, [Cell::new("s1"), Cell::new("vm")]);
        // An ID that is not a string is shown as it is, and routes nothing.
        let (id, row) = server.id_and_row(&json!({"id": 7}), &columns, &lookup);
        assert_eq!((&*id, &row[0]), ("", &Cell::new(7)));
    }

    #[test]
    fn image_properties_come_in_openstacksdks_order() {
        // Glance's order differs; openstacksdk's declared properties come
        // first and last, the others where its `properties` stands.
        let image = json!({"id": "i", "os_distro": "debian", "zz": "1", "os_hash_algo": "sha512",
                           "aa": "2", "os_hidden": false, "stores": "fs"});
        let record = &IMAGE.record(&image);
        let properties = record.fields[1].1.value();
        let keys: Vec<&String> = properties.as_object().unwrap().keys().collect();
        assert_eq!(
            keys,
            [
                "os_hidden",
                "os_hash_algo",
                "zz",
                "aa",
                "stores",
                "os_distro"
            ]
        );
    }

    #[test]
    fn image_show_gathers_properties() {
        let image = json!({"id": "i", "name": "n", "os_hidden": false, "stores": "file", "tags": ["a", "b"], "self": "/v2/images/i"});
        let record = &IMAGE.record(&image);
        let names: Vec<&str> = record.fields.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["id", "name", "properties", "tags"]);
        assert_eq!(
            record.fields[2].1.human(),
            Some("os_hidden='False', stores='file'")
        );
        assert_eq!(record.fields[3].1.human(), Some("a, b"));
    }
}
