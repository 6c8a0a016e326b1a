//! Identifiers of the things in an assessment: procedures `p<n>`, comments `c<n>` and `y<n>`, policies
//! `cs<n>`, list entries `d<n>`, `f<n>`, `a<n>`… Given by the reducer, deterministic, never reused within
//! their list.

use std::collections::BTreeSet;

/// `prefix<n>` with `n` one more than the largest number used with that prefix.
///
/// ```
/// assert_eq!(tthc_core::id::next_id("p", ["p1", "p7", "x9"].into_iter()), "p8");
/// assert_eq!(tthc_core::id::next_id("c", std::iter::empty()), "c1");
/// ```
pub fn next_id<'a>(prefix: &str, existing: impl Iterator<Item = &'a str>) -> String {
    let max = existing
        .filter_map(|id| id.strip_prefix(prefix)?.parse::<u64>().ok())
        .max()
        .unwrap_or(0);
    format!("{prefix}{}", max.saturating_add(1))
}

/// Gives every entry with an empty (or repeated) id a fresh `prefix<n>` id, never reusing one in the list.
pub fn assign_ids<T>(list: &mut [T], prefix: &str, id: impl Fn(&mut T) -> &mut String) {
    let mut seen = BTreeSet::new();
    let mut next = 1usize;
    let taken: BTreeSet<String> = list
        .iter_mut()
        .map(|e| id(e).clone())
        .filter(|s| !s.is_empty())
        .collect();
    for entry in list.iter_mut() {
        let current = id(entry);
        if current.is_empty() || !seen.insert(current.clone()) {
            loop {
                let candidate = format!("{prefix}{next}");
                next += 1;
                if !taken.contains(&candidate) && !seen.contains(&candidate) {
                    seen.insert(candidate.clone());
                    *current = candidate;
                    break;
                }
            }
        }
    }
}
