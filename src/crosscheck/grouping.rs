//! Groups from pairs of copies: best pairs first, and never two statements of one article in
//! a group (an article does not copy itself).

use std::collections::{HashMap, HashSet};

/// Merges `pairs` (similarity, statement, statement) into groups of two or more, each member
/// sorted by id. `article_of` tells which article a statement comes from.
pub fn merge(mut pairs: Vec<(f64, i64, i64)>, article_of: impl Fn(i64) -> i64) -> Vec<Vec<i64>> {
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut group_of: HashMap<i64, usize> = HashMap::new();
    let mut groups: Vec<Vec<i64>> = Vec::new();
    let articles = |g: &[i64]| g.iter().map(|&s| article_of(s)).collect::<HashSet<i64>>();
    for (_, a, b) in pairs {
        match (group_of.get(&a).copied(), group_of.get(&b).copied()) {
            (None, None) => {
                group_of.insert(a, groups.len());
                group_of.insert(b, groups.len());
                groups.push(vec![a, b]);
            }
            (Some(g), None) | (None, Some(g)) => {
                let new = if group_of.contains_key(&a) { b } else { a };
                if !articles(&groups[g]).contains(&article_of(new)) {
                    group_of.insert(new, g);
                    groups[g].push(new);
                }
            }
            (Some(g), Some(h))
                if g != h && articles(&groups[g]).is_disjoint(&articles(&groups[h])) =>
            {
                let moved = std::mem::take(&mut groups[h]);
                for s in &moved {
                    group_of.insert(*s, g);
                }
                groups[g].extend(moved);
            }
            _ => {}
        }
    }
    groups
        .into_iter()
        .filter(|g| g.len() >= 2)
        .map(|mut g| {
            g.sort_unstable();
            g
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn best_pairs_first_and_one_statement_per_article() {
        // Statements 1 and 2 are in article 10; 3 in article 20; 4 in article 30.
        let article = |s: i64| match s {
            1 | 2 => 10,
            3 => 20,
            _ => 30,
        };
        // 2-3 is the better match, so 1 stays out: an article does not copy itself.
        let groups = merge(vec![(0.8, 1, 3), (0.9, 2, 3), (0.7, 3, 4)], article);
        assert_eq!(groups, vec![vec![2, 3, 4]]);
    }

    #[test]
    fn groups_merge_when_their_articles_differ() {
        let groups = merge(vec![(0.9, 1, 2), (0.9, 3, 4), (0.5, 2, 3)], |s| s);
        assert_eq!(groups, vec![vec![1, 2, 3, 4]]);
    }
}
