//! Which utterance each statement belongs to, decided the same way whatever order the articles
//! arrived in: statements are taken fullest first; one that copies an utterance already found
//! joins the one it copies best (its own article's fuller quotation before any other), any
//! other starts an utterance of its own.

use std::collections::HashMap;

use anyhow::Result;
use rusqlite::Transaction;

use super::copies::{copies, fuller, keys_needed, Match};
use super::summary::Summary;
use super::{index, Infos};

/// Decides the statements in `affected` (pinned in `infos`, their old index entries removed)
/// against the utterances in the index; returns each one's root (itself when it starts an
/// utterance).
pub fn assign(
    tx: &Transaction,
    affected: &[i64],
    infos: &mut Infos,
    lookup: &mut index::Lookup,
) -> Result<HashMap<i64, i64>> {
    let mut order = affected.to_vec();
    order.sort_by(|a, b| fuller(infos.get(*b), infos.get(*a)));
    let mut root_of = HashMap::new();
    for id in order {
        infos.trim();
        let me = infos.get(id);
        let mine = &me.summary;
        if !mine.takes_part() {
            root_of.insert(id, id);
            continue;
        }
        let mut candidates = Vec::new();
        for c in lookup.find(tx, &me.keys, keys_needed(me))? {
            let Some(theirs) = lookup.summary(tx, c)? else {
                continue;
            };
            // A root is the fuller copy: it has at least as many words.
            if c != id && theirs.len() >= mine.len() && Summary::may_copy(mine, theirs) {
                candidates.push(c);
            }
        }
        for &c in &candidates {
            infos.load(tx, c)?;
        }
        let me = infos.get(id);
        // A part an article quotes again belongs with its fuller quotation there, unless that
        // one is someone else's (a rival quoting the words back): the article carries the
        // utterance once, by that quotation, whichever other utterance it also fits and
        // whether that one arrived before or after.
        let in_my_article = |c: &i64| infos.get(*c).article_id == me.article_id;
        let best: Option<(Match, i64)> = candidates
            .iter()
            .filter(|&&c| fuller(infos.get(c), me).is_gt())
            .filter_map(|&c| copies(me, infos.get(c)).map(|m| (m, c)))
            .max_by(|(m1, c1), (m2, c2)| {
                m1.relation
                    .rank()
                    .cmp(&m2.relation.rank())
                    .then_with(|| in_my_article(c1).cmp(&in_my_article(c2)))
                    .then_with(|| m1.cmp(m2))
                    .then_with(|| fuller(infos.get(*c1), infos.get(*c2)))
            });
        match best {
            Some((_, root)) => {
                root_of.insert(id, root);
            }
            None => {
                lookup.insert(tx, me)?;
                root_of.insert(id, id);
            }
        }
    }
    Ok(root_of)
}
