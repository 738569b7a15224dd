//! The sameness view (`--compare`): a merged list's rows grouped across
//! sites, each distinct row once with the sites that have it and those
//! that lack it. Sites differ in IDs, so the ID columns (`ID`, `… ID`) are
//! left out of the comparison; `-c` narrows it to the columns named.

use serde_json::Value;

use super::{Cell, Listing};

/// Whether a column holds per-site IDs.
fn is_id(header: &str) -> bool {
    header == "ID" || header.ends_with(" ID")
}

/// `listing` (each row's first cell its site when `multi_site`, the Site
/// header not yet added) as the sameness view over `sites` (those that
/// answered, in the scope's order), and whether every row is at every
/// site.
pub fn sameness(
    listing: Listing,
    sites: &[String],
    multi_site: bool,
    chosen: &[String],
) -> (Listing, bool) {
    let skip = usize::from(multi_site);
    let headers = &listing.columns;
    let compared: Vec<usize> = headers
        .iter()
        .enumerate()
        .filter(|(_, h)| match chosen.is_empty() {
            true => !is_id(h),
            false => chosen.iter().any(|c| c.eq_ignore_ascii_case(h)),
        })
        .map(|(i, _)| i)
        .collect();
    // Distinct rows in order of first sight, each with its sites.
    let mut groups: Vec<(Vec<String>, Vec<Cell>, Vec<String>)> = Vec::new();
    for row in &listing.rows {
        let site = match multi_site {
            true => row[0].text_of_value().to_string(),
            false => sites.first().cloned().unwrap_or_default(),
        };
        let cells: Vec<Cell> = compared.iter().map(|&i| row[skip + i].clone()).collect();
        let key: Vec<String> = cells
            .iter()
            .map(|c| c.text_of_value().to_string())
            .collect();
        match groups.iter_mut().find(|(k, _, _)| *k == key) {
            Some((_, _, at)) if !at.contains(&site) => at.push(site),
            Some(_) => {}
            None => groups.push((key, cells, vec![site])),
        }
    }
    let list = |names: Vec<String>| {
        let human = names.join(", ");
        Cell::formatted(Value::from(names), human)
    };
    let mut same = true;
    let rows = groups
        .into_iter()
        .map(|(_, mut cells, at)| {
            let missing: Vec<String> = sites.iter().filter(|s| !at.contains(s)).cloned().collect();
            same &= missing.is_empty();
            let at: Vec<String> = sites.iter().filter(|s| at.contains(s)).cloned().collect();
            cells.push(list(at));
            cells.push(list(missing));
            cells
        })
        .collect();
    let columns = compared
        .iter()
        .map(|&i| headers[i].clone())
        .chain(["Sites".to_string(), "Missing".to_string()])
        .collect();
    (Listing { columns, rows }, same)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(cells: &[&str]) -> Vec<Cell> {
        cells.iter().map(|c| Cell::text(*c)).collect()
    }

    #[test]
    fn groups_rows_across_sites_without_their_ids() {
        let listing = Listing {
            columns: vec!["ID".into(), "Name".into()],
            rows: vec![
                row(&["a", "1", "alice"]),
                row(&["b", "2", "alice"]),
                row(&["a", "3", "bob"]),
            ],
        };
        let sites = ["a".to_string(), "b".to_string(), "c".to_string()];
        let (view, same) = sameness(listing, &sites, true, &[]);
        assert!(!same);
        assert_eq!(view.columns, ["Name", "Sites", "Missing"]);
        let texts: Vec<Vec<String>> = view
            .rows
            .iter()
            .map(|r| r.iter().map(|c| c.human_text()).collect())
            .collect();
        assert_eq!(texts[0], ["alice", "a, b", "c"]);
        assert_eq!(texts[1], ["bob", "a", "b, c"]);
    }

    #[test]
    fn one_site_is_the_same_as_itself() {
        let listing = Listing {
            columns: vec!["Name".into()],
            rows: vec![row(&["alice"])],
        };
        let (view, same) = sameness(listing, &["a".to_string()], false, &[]);
        assert!(same);
        assert_eq!(view.rows.len(), 1);
    }
}
