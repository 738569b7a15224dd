//! Parse and plan of scopes, small to a thousand sites (criterion).

use std::collections::BTreeMap;

use criterion::{Criterion, criterion_group, criterion_main};
use oscope::scope::{Defaults, Directory, parse_scope, resolve};

fn directory(n: usize) -> Directory {
    let sites: Vec<String> = (1..=n).map(|i| format!("site{i:04}")).collect();
    Directory::new(
        sites,
        [],
        BTreeMap::from([("europe".to_string(), "site0001 & site0002".to_string())]),
    )
}

fn bench(c: &mut Criterion) {
    let small = "{compute: site0001 & site0002, image: site0003 | site0004, *: @europe}";
    let dir = directory(1000);
    let defaults = Defaults::default();
    c.bench_function("parse a per-service scope", |b| {
        b.iter(|| parse_scope(std::hint::black_box(small)).unwrap())
    });
    c.bench_function("parse + plan a per-service scope", |b| {
        b.iter(|| {
            resolve(
                Some(&parse_scope(std::hint::black_box(small)).unwrap()),
                &defaults,
                &dir,
            )
            .unwrap()
        })
    });
    let thousand = (1..=1000)
        .map(|i| format!("site{i:04}"))
        .collect::<Vec<_>>()
        .join(" & ");
    c.bench_function("parse + plan 1,000 sites joined by &", |b| {
        b.iter(|| {
            resolve(
                Some(&parse_scope(std::hint::black_box(&thousand)).unwrap()),
                &defaults,
                &dir,
            )
            .unwrap()
        })
    });
    c.bench_function("plan `*` over 1,000 sites", |b| {
        b.iter(|| {
            resolve(
                Some(&parse_scope(std::hint::black_box("*")).unwrap()),
                &defaults,
                &dir,
            )
            .unwrap()
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
