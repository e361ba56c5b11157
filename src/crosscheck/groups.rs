//! Stored groups: built from the decided roots, keeping their ids as they grow (when two merge,
//! the older id stays), each assessed and written with its members' diffs.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use anyhow::Result;
use rusqlite::{params, OptionalExtension, Transaction};

use super::changes::{Change, Changes};
use super::copies::{copies, fuller, Match};
use super::verdict::assess;
use super::{ids, statements_of, Info, Infos};

fn group_of(tx: &Transaction, statement: i64) -> Result<Option<i64>> {
    Ok(tx
        .prepare_cached("SELECT group_id FROM group_members WHERE statement_id = ?1")?
        .query_row([statement], |r| r.get(0))
        .optional()?)
}

/// `statement` and the other members of its group.
pub fn members_with(tx: &Transaction, statement: i64) -> Result<Vec<i64>> {
    match group_of(tx, statement)? {
        Some(g) => members_of(tx, g),
        None => Ok(vec![statement]),
    }
}

fn members_of(tx: &Transaction, group: i64) -> Result<Vec<i64>> {
    ids(
        tx,
        "SELECT statement_id FROM group_members WHERE group_id = ?1",
        [group],
    )
}

/// The statements decided with `statement`'s utterance: its group's members (or the statement
/// alone) and the copies their articles carry again. A group holds each article's copy once
/// (`one_per_copy`), but the copies it leaves out were decided with it too: when a fuller copy
/// arrives, one of them may be the article's better copy, so they are decided again with the
/// rest. They are found as the statements of those articles in no group and with no summary
/// kept (every root has one; a copy in a group may too): some utterance's copy, or one that
/// takes no part.
pub fn decided_with(tx: &Transaction, statement: i64) -> Result<Vec<i64>> {
    let (mut out, articles) = match group_of(tx, statement)? {
        Some(g) => (
            members_of(tx, g)?,
            ids(
                tx,
                "SELECT DISTINCT s.article_id FROM group_members m
                 JOIN statements s ON s.id = m.statement_id WHERE m.group_id = ?1",
                [g],
            )?,
        ),
        None => (
            vec![statement],
            ids(
                tx,
                "SELECT article_id FROM statements WHERE id = ?1",
                [statement],
            )?,
        ),
    };
    for article in articles {
        out.extend(ids(
            tx,
            "SELECT s.id FROM statements s WHERE s.article_id = ?1
             AND NOT EXISTS (SELECT 1 FROM group_members m WHERE m.statement_id = s.id)
             AND NOT EXISTS (SELECT 1 FROM _root_summaries r WHERE r.statement_id = s.id)",
            [article],
        )?);
    }
    Ok(out)
}

/// Takes the statements of superseded articles out of the index and their groups; returns the
/// statements that shared groups with them, to be decided again.
pub fn retire(
    tx: &Transaction,
    lookup: &mut super::index::Lookup,
    superseded: &[i64],
) -> Result<BTreeSet<i64>> {
    let mut touched = BTreeSet::new();
    for &article in superseded {
        let gone = statements_of(tx, &[article])?;
        for &s in &gone {
            touched.extend(decided_with(tx, s)?);
            lookup.remove(tx, &super::Row::read(tx, s)?.into_info())?;
            tx.execute("DELETE FROM group_members WHERE statement_id = ?1", [s])?;
        }
        for s in gone {
            touched.remove(&s);
        }
        tx.execute("DELETE FROM _crosschecked WHERE article_id = ?1", [article])?;
    }
    Ok(touched)
}

/// The groups that the decided statements form, and those they join, as `write` stores them:
/// each with its members (root first) and the groups its members were in before.
pub struct Plan {
    ordered: Vec<(i64, Vec<i64>)>,
    old_group: HashMap<i64, i64>,
    old_ids: BTreeSet<i64>,
}

/// Plans the groups of a pass; only reads, so a pass decided on a snapshot plans from that
/// snapshot (every member it reads, names included, as the pass saw them).
pub fn plan(
    tx: &Transaction,
    affected: &[i64],
    root_of: &HashMap<i64, i64>,
    infos: &mut Infos,
) -> Result<Plan> {
    // Clusters by root; a root decided earlier brings its group's other members.
    let mut clusters: BTreeMap<i64, BTreeSet<i64>> = BTreeMap::new();
    for (&s, &root) in root_of {
        clusters.entry(root).or_default().insert(s);
    }
    let affected_set: HashSet<i64> = affected.iter().copied().collect();
    for (&root, members) in clusters.iter_mut() {
        if !affected_set.contains(&root) {
            let kept = members_with(tx, root)?;
            members.extend(kept.into_iter().filter(|s| !affected_set.contains(s)));
        }
    }
    // Old group of every statement involved, before anything is rewritten.
    let mut old_group: HashMap<i64, i64> = HashMap::new();
    let mut old_ids: BTreeSet<i64> = BTreeSet::new();
    for s in clusters.values().flatten().chain(affected) {
        if let Some(g) = group_of(tx, *s)? {
            old_group.insert(*s, g);
            old_ids.insert(g);
        }
    }
    for s in clusters.values().flatten() {
        infos.load(tx, *s)?;
    }
    let mut ordered: Vec<(i64, Vec<i64>)> = clusters
        .into_iter()
        .map(|(root, members)| (root, one_per_copy(root, members, infos)))
        .filter(|(_, members)| members.len() >= 2)
        .collect();
    // Fullest utterances first claim their old ids: a group keeps its id as it grows.
    ordered.sort_by(|a, b| fuller(infos.get(b.0), infos.get(a.0)));
    Ok(Plan {
        ordered,
        old_group,
        old_ids,
    })
}

/// Writes the planned groups.
pub fn write(tx: &Transaction, plan: Plan, infos: &Infos) -> Result<Changes> {
    let Plan {
        ordered,
        old_group,
        old_ids,
    } = plan;
    for s in old_group.keys() {
        tx.prepare_cached("DELETE FROM group_members WHERE statement_id = ?1")?
            .execute([s])?;
    }
    let mut claimed = BTreeSet::new();
    let mut changes = Changes::default();
    for (root, members) in ordered {
        let id = members
            .iter()
            .filter_map(|s| old_group.get(s))
            .filter(|g| !claimed.contains(*g))
            .min()
            .copied();
        let change = store_group(tx, id, root, &members, infos)?;
        claimed.insert(change.id);
        changes.push(change);
    }
    for g in old_ids.difference(&claimed) {
        tx.execute("DELETE FROM groups WHERE id = ?1", [g])?;
    }
    Ok(changes)
}

/// An article carries each of its copies once: statements of one article whose words contain
/// one another are one copy stored twice (a quotation and the reported speech around it, or a
/// fragment the article quotes again), and the one that matches the root best stays; in the
/// root's own article, the root is the copy. Other fragments of the utterance that an article carries stay
/// members of their own. Members are ordered fullest first, the root leading.
fn one_per_copy(root: i64, members: BTreeSet<i64>, infos: &Infos) -> Vec<i64> {
    let r = infos.get(root);
    let mut candidates: Vec<(Option<Match>, &Info)> = members
        .into_iter()
        .filter(|&s| s != root)
        .map(|s| (copies(infos.get(s), r), infos.get(s)))
        .collect();
    // Best first: the better match, then the quotation itself over the reported speech around
    // it, then the longer copy, then the one that ranks fuller (an article's first occurrence).
    candidates.sort_by(|(m1, a), (m2, b)| {
        let by_match = match (m1, m2) {
            (Some(x), Some(y)) => x.cmp(y),
            _ => m1.is_some().cmp(&m2.is_some()),
        };
        by_match
            .reverse()
            .then(a.is_reported().cmp(&b.is_reported()))
            .then(b.words.len().cmp(&a.words.len()))
            .then(b.order_key.cmp(&a.order_key))
    });
    let mut kept: Vec<&Info> = vec![r];
    for (_, info) in candidates {
        let copy_kept =
            |k: &&Info| k.article_id == info.article_id && (k.id == root || same_copy(k, info));
        if !kept.iter().any(copy_kept) {
            kept.push(info);
        }
    }
    let mut out: Vec<i64> = kept[1..].iter().map(|i| i.id).collect();
    out.sort_by(|a, b| fuller(infos.get(*b), infos.get(*a)));
    out.insert(0, root);
    out
}

/// Whether two statements of one article are one copy: the words of one stand in the other's
/// in a run. Reported speech without a quotation is told apart by nothing but its content, so
/// an article tells one utterance that way once.
fn same_copy(a: &Info, b: &Info) -> bool {
    if !(a.is_quote() && b.is_quote()) {
        return true;
    }
    let (short, long) = if a.words.len() <= b.words.len() {
        (&a.words, &b.words)
    } else {
        (&b.words, &a.words)
    };
    short.is_empty()
        || long
            .windows(short.len())
            .any(|w| w.iter().zip(short.iter()).all(|(x, y)| x.norm == y.norm))
}

fn store_group(
    tx: &Transaction,
    id: Option<i64>,
    root: i64,
    members: &[i64],
    infos: &Infos,
) -> Result<Change> {
    let refs: Vec<&Info> = members.iter().map(|&s| infos.get(s)).collect();
    let a = assess(&refs);
    let outlets: BTreeSet<&str> = refs
        .iter()
        .map(|m| m.outlet.as_deref().unwrap_or(&m.file))
        .collect();
    let values = params![
        a.verdict.as_str(),
        a.speaker.as_ref().map(|s| s.id),
        serde_json::to_string(&a.differences)?,
        serde_json::to_string(&a.notes)?,
        root,
        members.len() as i64,
        outlets.len() as i64,
    ];
    let id = match id {
        Some(id) => {
            tx.prepare_cached(
                "UPDATE groups SET verdict = ?1, speaker_id = ?2, differences = ?3, notes = ?4,
                 root_statement_id = ?5, members = ?6, outlets = ?7 WHERE id = ?8",
            )?
            .execute(rusqlite::params_from_iter(
                values.iter().copied().chain([&id as &dyn rusqlite::ToSql]),
            ))?;
            id
        }
        None => {
            tx.prepare_cached(
                "INSERT INTO groups (verdict, speaker_id, differences, notes, root_statement_id, members, outlets)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?
            .execute(values)?;
            tx.last_insert_rowid()
        }
    };
    let mut insert = tx.prepare_cached(
        "INSERT INTO group_members (group_id, statement_id, diff) VALUES (?1, ?2, ?3)",
    )?;
    for (s, d) in members.iter().zip(&a.diffs) {
        insert.execute(params![id, s, d])?;
    }
    Ok(Change {
        id,
        verdict: a.verdict,
        speaker: a.speaker.map(|s| s.name),
        members: members.len(),
        outlets: outlets.len(),
        differences: a.differences,
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::info;
    use super::*;

    fn infos(list: Vec<Info>) -> Infos {
        Infos {
            loaded: list.into_iter().map(|i| (i.id, i)).collect(),
            ..Infos::default()
        }
    }

    #[test]
    fn an_article_carries_each_copy_once_and_each_fragment() {
        let speech = "When Mexico sends its people, they are not sending their best. They are sending people that have lots of problems. They are bringing drugs. They are bringing crime.";
        let all = infos(vec![
            info(1, 1, "direct", speech, Some("Trump")),
            // The root's own article quoting a part again.
            info(
                2,
                1,
                "partial",
                "they are not sending their best",
                Some("Trump"),
            ),
            // A quotation and the reported speech around it: one copy.
            info(
                3,
                2,
                "indirect",
                "he said \"they are sending people that have lots of problems\" on Monday",
                Some("Trump"),
            ),
            info(
                4,
                2,
                "partial",
                "they are sending people that have lots of problems",
                Some("Trump"),
            ),
            // Two fragments of the speech in one article: two copies.
            info(
                5,
                3,
                "direct",
                "When Mexico sends its people, they are not sending their best",
                Some("Trump"),
            ),
            info(
                6,
                3,
                "direct",
                "They are bringing drugs. They are bringing crime.",
                Some("Trump"),
            ),
        ]);
        let members = one_per_copy(1, (2..=6).collect(), &all);
        assert_eq!(members, vec![1, 5, 4, 6]);
    }
}
