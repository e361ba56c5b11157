//! Cross-checking: statements from different articles that carry the same utterance form a
//! group with a verdict. Candidates come from an index of word shingles (`_shingles`), so the
//! work grows with the statements added, not with all pairs; adding articles regroups only
//! the statements their candidates touch.

mod align;
mod grouping;
mod normalize;
pub mod verdict;

use std::collections::hash_map::Entry;
use std::collections::{BTreeSet, HashMap, HashSet};

use anyhow::Result;
use rusqlite::{params, Transaction};

use crate::store::Store;
use normalize::{content_stems, shingles, words};
use verdict::{assess, Member};

/// A statement as cross-checking sees it.
#[derive(Debug, Clone)]
struct Info {
    member: Member,
    article_id: i64,
    stems: Vec<String>,
    norms: Vec<String>,
}

impl Info {
    fn is_quote(&self) -> bool {
        self.member.kind != "indirect"
    }
}

fn load(tx: &Transaction, id: i64) -> Result<Info> {
    let mut stmt = tx.prepare_cached(
        "SELECT s.id, s.article_id, a.file, s.kind, s.text, s.speaker_id, sp.name, s.role, s.venue,
                (SELECT o.role FROM statements o WHERE o.article_id = s.article_id AND o.speaker_id = s.speaker_id
                 AND o.role IS NOT NULL LIMIT 1)
         FROM statements s JOIN articles a ON a.id = s.article_id LEFT JOIN speakers sp ON sp.id = s.speaker_id
         WHERE s.id = ?1",
    )?;
    let info = stmt.query_row([id], |r| {
        let member = Member {
            statement_id: r.get(0)?,
            file: r.get(2)?,
            kind: r.get(3)?,
            text: r.get(4)?,
            speaker_id: r.get(5)?,
            speaker: r.get(6)?,
            role: r.get(7)?,
            venue: r.get(8)?,
            known_role: r.get(9)?,
        };
        Ok((member, r.get::<_, i64>(1)?))
    })?;
    let ws = words(&info.0.text);
    Ok(Info {
        stems: content_stems(&ws),
        norms: ws.into_iter().map(|w| w.norm).collect(),
        member: info.0,
        article_id: info.1,
    })
}

/// Longest common subsequence length of two word lists.
fn lcs(a: &[String], b: &[String]) -> usize {
    let mut prev = vec![0usize; b.len() + 1];
    for x in a.iter().take(400) {
        let mut cur = vec![0usize; b.len() + 1];
        for (j, y) in b.iter().enumerate().take(400) {
            cur[j + 1] = if x == y {
                prev[j] + 1
            } else {
                prev[j + 1].max(cur[j])
            };
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Whether two statements can be copies of one utterance, and if so how alike they are
/// (0..1). Quotations compare their words in order, reported speech its content stems (it is
/// a paraphrase). A copy cut short still counts (the shorter one is mostly inside the longer),
/// but the score, for choosing between candidates, prefers copies of like length: "could stifle
/// business" is a better match for "could stifle business" than for "a law that he said could
/// stifle business".
fn similarity(a: &Info, b: &Info) -> Option<f64> {
    if a.article_id == b.article_id || a.is_quote() != b.is_quote() {
        return None;
    }
    let (common, len_a, len_b, threshold) = if a.is_quote() {
        (lcs(&a.norms, &b.norms), a.norms.len(), b.norms.len(), 0.75)
    } else {
        let sa: HashSet<&String> = a.stems.iter().collect();
        let sb: HashSet<&String> = b.stems.iter().collect();
        (sa.intersection(&sb).count(), sa.len(), sb.len(), 0.5)
    };
    let shorter = len_a.min(len_b);
    if shorter < 3 || common < 3 || (common as f64 / shorter as f64) < threshold {
        return None;
    }
    Some(2.0 * common as f64 / (len_a + len_b) as f64)
}

/// Index keys carried by more statements than this are too common to tell copies apart
/// ("white house", "donald trump"); they are left out of candidate search.
const MAX_POSTINGS: usize = 200;

/// Statements that share index keys with `info` (two, or all it has when it has fewer), in
/// articles other than its own. Superseded revisions are not in the index.
fn candidates(tx: &Transaction, info: &Info) -> Result<Vec<i64>> {
    let keys = shingles(&info.stems);
    let mut stmt =
        tx.prepare_cached("SELECT statement_id FROM _shingles WHERE key = ?1 LIMIT ?2")?;
    let mut shared: HashMap<i64, usize> = HashMap::new();
    for key in &keys {
        let postings = stmt
            .query_map(params![key, MAX_POSTINGS as i64 + 1], |r| {
                r.get::<_, i64>(0)
            })?
            .collect::<rusqlite::Result<Vec<i64>>>()?;
        if postings.len() > MAX_POSTINGS {
            continue;
        }
        for id in postings {
            *shared.entry(id).or_default() += 1;
        }
    }
    let needed = keys.len().min(2);
    let mut ids: Vec<i64> = shared
        .into_iter()
        .filter(|&(id, n)| n >= needed && id != info.member.statement_id)
        .map(|(id, _)| id)
        .collect();
    ids.sort_unstable();
    Ok(ids)
}

/// Brings groups up to date after articles were stored: indexes every current article not yet
/// cross-checked, retires those superseded since. Returns the findings, one line each.
pub fn update(store: &mut Store) -> Result<Vec<String>> {
    let tx = store.conn.transaction()?;
    let (pending, superseded) = work_to_do(&tx)?;
    if pending.is_empty() && superseded.is_empty() {
        return Ok(Vec::new());
    }
    let mut infos: HashMap<i64, Info> = HashMap::new();
    // Statements whose groups must be worked out again: the companions of retired ones, and
    // the new ones with a copy elsewhere, with those copies.
    let mut touched = retire(&tx, &superseded)?;
    let fresh = index(&tx, &pending, &mut infos)?;
    let mut candidate_lists: HashMap<i64, Vec<i64>> = HashMap::new();
    for &id in &fresh {
        let info = infos[&id].clone();
        let found = candidates(&tx, &info)?;
        for &other in &found {
            if let Entry::Vacant(slot) = infos.entry(other) {
                slot.insert(load(&tx, other)?);
            }
            if similarity(&info, &infos[&other]).is_some() {
                touched.insert(id);
                touched.insert(other);
            }
        }
        candidate_lists.insert(id, found);
    }
    release_groups(&tx, &mut touched)?;
    let live = current_only(&tx, &touched, &mut infos)?;
    let pairs = pairs_among(&tx, &live, &infos, candidate_lists)?;
    let groups = grouping::merge(pairs, |s| infos[&s].article_id);
    let findings = store_groups(&tx, groups, &infos)?;
    tx.commit()?;
    Ok(findings)
}

fn ids(tx: &Transaction, sql: &str, param: Option<i64>) -> Result<Vec<i64>> {
    let mut stmt = tx.prepare_cached(sql)?;
    let rows = match param {
        Some(p) => stmt
            .query_map([p], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<i64>>>()?,
        None => stmt
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<i64>>>()?,
    };
    Ok(rows)
}

/// Articles to index (current ones not indexed yet: the new ones, but not those another claimdb
/// process indexed meanwhile) and articles whose statements must leave the index (superseded
/// by a new revision).
fn work_to_do(tx: &Transaction) -> Result<(BTreeSet<i64>, Vec<i64>)> {
    let pending = ids(tx, "SELECT id FROM articles WHERE current = 1 AND id NOT IN (SELECT article_id FROM _crosschecked)", None)?
        .into_iter()
        .collect();
    let superseded = ids(tx, "SELECT article_id FROM _crosschecked c JOIN articles a ON a.id = c.article_id WHERE a.current = 0", None)?;
    Ok((pending, superseded))
}

/// Takes superseded articles out of the index; returns the statements that shared groups with
/// theirs.
fn retire(tx: &Transaction, superseded: &[i64]) -> Result<BTreeSet<i64>> {
    let mut touched = BTreeSet::new();
    for &article in superseded {
        touched.extend(ids(
            tx,
            "SELECT gm2.statement_id FROM statements s JOIN group_members gm ON gm.statement_id = s.id
             JOIN group_members gm2 ON gm2.group_id = gm.group_id WHERE s.article_id = ?1 AND gm2.statement_id <> s.id",
            Some(article),
        )?);
        tx.execute("DELETE FROM _shingles WHERE statement_id IN (SELECT id FROM statements WHERE article_id = ?1)", [article])?;
        tx.execute("DELETE FROM _crosschecked WHERE article_id = ?1", [article])?;
    }
    Ok(touched)
}

/// Puts the statements of `pending` articles in the index; returns their ids.
fn index(
    tx: &Transaction,
    pending: &BTreeSet<i64>,
    infos: &mut HashMap<i64, Info>,
) -> Result<Vec<i64>> {
    let mut fresh = Vec::new();
    let mut insert =
        tx.prepare_cached("INSERT INTO _shingles (key, statement_id) VALUES (?1, ?2)")?;
    for &article in pending {
        for id in ids(
            tx,
            "SELECT id FROM statements WHERE article_id = ?1",
            Some(article),
        )? {
            let info = load(tx, id)?;
            for key in shingles(&info.stems) {
                insert.execute(params![key, id])?;
            }
            fresh.push(id);
            infos.insert(id, info);
        }
        tx.execute(
            "INSERT OR IGNORE INTO _crosschecked (article_id) VALUES (?1)",
            [article],
        )?;
    }
    Ok(fresh)
}

/// Dissolves every group a touched statement belongs to; its members join the touched.
fn release_groups(tx: &Transaction, touched: &mut BTreeSet<i64>) -> Result<()> {
    let mut old_groups = BTreeSet::new();
    for id in touched.clone() {
        if let Some(g) = ids(
            tx,
            "SELECT group_id FROM group_members WHERE statement_id = ?1",
            Some(id),
        )?
        .first()
        {
            old_groups.insert(*g);
        }
    }
    for g in old_groups {
        touched.extend(ids(
            tx,
            "SELECT statement_id FROM group_members WHERE group_id = ?1",
            Some(g),
        )?);
        tx.execute("DELETE FROM groups WHERE id = ?1", [g])?;
    }
    Ok(())
}

/// The touched statements that belong to current article revisions.
fn current_only(
    tx: &Transaction,
    touched: &BTreeSet<i64>,
    infos: &mut HashMap<i64, Info>,
) -> Result<Vec<i64>> {
    let mut live = Vec::new();
    for &id in touched {
        if let Entry::Vacant(slot) = infos.entry(id) {
            slot.insert(load(tx, id)?);
        }
        let current: bool = tx.query_row(
            "SELECT a.current FROM statements s JOIN articles a ON a.id = s.article_id WHERE s.id = ?1",
            [id],
            |r| r.get(0),
        )?;
        if current {
            live.push(id);
        }
    }
    Ok(live)
}

/// Every pair of live statements that are copies of each other, with how alike they are.
fn pairs_among(
    tx: &Transaction,
    live: &[i64],
    infos: &HashMap<i64, Info>,
    mut candidate_lists: HashMap<i64, Vec<i64>>,
) -> Result<Vec<(f64, i64, i64)>> {
    let live_set: HashSet<i64> = live.iter().copied().collect();
    let mut pairs = Vec::new();
    let mut seen: HashSet<(i64, i64)> = HashSet::new();
    for &id in live {
        let info = &infos[&id];
        let found = match candidate_lists.remove(&id) {
            Some(found) => found,
            None => candidates(tx, info)?,
        };
        for other in found {
            let pair = (id.min(other), id.max(other));
            if live_set.contains(&other) && seen.insert(pair) {
                if let Some(score) = similarity(info, &infos[&other]) {
                    pairs.push((score, pair.0, pair.1));
                }
            }
        }
    }
    Ok(pairs)
}

/// Writes the groups with their verdicts; returns one line per group and per finding.
fn store_groups(
    tx: &Transaction,
    groups: Vec<Vec<i64>>,
    infos: &HashMap<i64, Info>,
) -> Result<Vec<String>> {
    let mut findings = Vec::new();
    for group in groups {
        let members: Vec<Member> = group.iter().map(|s| infos[s].member.clone()).collect();
        let a = assess(&members);
        tx.execute(
            "INSERT INTO groups (verdict, speaker_id, differences) VALUES (?1, ?2, ?3)",
            params![
                a.verdict.as_str(),
                a.speaker_id,
                serde_json::to_string(&a.findings)?
            ],
        )?;
        let gid = tx.last_insert_rowid();
        for (m, d) in members.iter().zip(&a.diffs) {
            tx.execute(
                "INSERT INTO group_members (group_id, statement_id, diff) VALUES (?1, ?2, ?3)",
                params![gid, m.statement_id, d],
            )?;
        }
        let who = match a.speaker_id {
            Some(_) => members
                .iter()
                .find_map(|m| m.speaker.clone())
                .unwrap_or_default(),
            None if members.iter().all(|m| m.speaker_id.is_none()) => "speaker unknown".into(),
            None => "several speakers".into(),
        };
        let files: Vec<&str> = members.iter().map(|m| m.file.as_str()).collect();
        findings.push(format!(
            "group {gid} ({who}, {}): {}",
            a.verdict.as_str(),
            files.join(" + ")
        ));
        findings.extend(a.findings.iter().map(|f| format!("    {f}")));
    }
    Ok(findings)
}

/// A group as the `crosscheck` command shows it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Group {
    pub id: i64,
    pub verdict: String,
    pub speaker: Option<String>,
    pub members: Vec<GroupMember>,
    pub differences: Vec<String>,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct GroupMember {
    pub article: String,
    pub outlet: Option<String>,
    pub start: i64,
    pub end: i64,
    pub text: String,
    pub speaker: Option<String>,
    pub role: Option<String>,
    pub link: String,
    #[serde(skip)]
    pub diff: Option<String>,
}

/// Stored groups, in id order.
pub fn groups(store: &Store) -> Result<Vec<Group>> {
    let mut stmt = store.conn.prepare(
        "SELECT g.id, g.verdict, gs.name, g.differences, a.file, a.outlet, s.start, s.end, s.text, sp.name, s.role, s.link, gm.diff
         FROM groups g
         LEFT JOIN speakers gs ON gs.id = g.speaker_id
         JOIN group_members gm ON gm.group_id = g.id
         JOIN statements s ON s.id = gm.statement_id
         JOIN articles a ON a.id = s.article_id
         LEFT JOIN speakers sp ON sp.id = s.speaker_id
         ORDER BY g.id, a.file",
    )?;
    let mut out: Vec<Group> = Vec::new();
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        if out.last().is_none_or(|g| g.id != id) {
            let differences: String = r.get(3)?;
            out.push(Group {
                id,
                verdict: r.get(1)?,
                speaker: r.get(2)?,
                members: Vec::new(),
                differences: serde_json::from_str(&differences).unwrap_or_default(),
            });
        }
        let group = out.last_mut().expect("pushed above");
        group.members.push(GroupMember {
            article: r.get(4)?,
            outlet: r.get(5)?,
            start: r.get(6)?,
            end: r.get(7)?,
            text: r.get(8)?,
            speaker: r.get(9)?,
            role: r.get(10)?,
            link: r.get(11)?,
            diff: r.get(12)?,
        });
    }
    Ok(out)
}
