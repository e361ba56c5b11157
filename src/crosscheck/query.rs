//! Reading stored groups: filtered in SQL, one group at a time, so that a large database is
//! never loaded whole to answer `crosscheck --verdict conflict --limit 50`.

use anyhow::Result;
use rusqlite::{params, Connection};

/// Which groups to read.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub verdict: Option<String>,
    /// A speaker id: groups given to them, or with a copy that names them.
    pub speaker: Option<i64>,
    /// Groups with a copy from this outlet (case aside).
    pub outlet: Option<String>,
    pub group: Option<i64>,
    pub limit: Option<usize>,
}

/// A group as the `crosscheck` command shows it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Group {
    pub id: i64,
    pub verdict: String,
    pub speaker: Option<String>,
    /// Copies, the fullest first; each with its own words.
    pub members: Vec<GroupMember>,
    pub differences: Vec<String>,
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct GroupMember {
    pub article: String,
    pub outlet: Option<String>,
    pub start: i64,
    pub end: i64,
    pub text: String,
    pub speaker: Option<String>,
    pub role: Option<String>,
    pub link: String,
    pub published: Option<String>,
    /// Its words against the fullest copy: [-dropped-] and {+added+}; null for the fullest.
    pub diff: Option<String>,
}

/// Calls `each` with every group that passes `filter`, in id order.
pub fn for_each_group(
    conn: &Connection,
    filter: &Filter,
    mut each: impl FnMut(Group) -> Result<()>,
) -> Result<()> {
    let mut select = conn.prepare(
        "SELECT g.id, g.verdict, sp.name, g.differences, g.notes FROM groups g
         LEFT JOIN speakers sp ON sp.id = g.speaker_id
         WHERE (?1 IS NULL OR g.verdict = ?1)
           AND (?2 IS NULL OR g.speaker_id = ?2 OR EXISTS (
                SELECT 1 FROM group_members gm JOIN statements s ON s.id = gm.statement_id
                WHERE gm.group_id = g.id AND s.speaker_id = ?2))
           AND (?3 IS NULL OR EXISTS (
                SELECT 1 FROM group_members gm JOIN statements s ON s.id = gm.statement_id
                JOIN articles a ON a.id = s.article_id
                WHERE gm.group_id = g.id AND a.outlet = ?3 COLLATE NOCASE))
           AND (?5 IS NULL OR g.id = ?5)
         ORDER BY g.id LIMIT ?4",
    )?;
    let mut members = conn.prepare(
        "SELECT a.file, a.outlet, s.start, s.end, s.text, sp.name, s.role, s.link, a.published, gm.diff
         FROM group_members gm
         JOIN statements s ON s.id = gm.statement_id
         JOIN articles a ON a.id = s.article_id
         LEFT JOIN speakers sp ON sp.id = s.speaker_id
         WHERE gm.group_id = ?1 ORDER BY gm.rowid",
    )?;
    let limit = filter.limit.map_or(-1, |n| n as i64);
    let mut rows = select.query(params![
        filter.verdict,
        filter.speaker,
        filter.outlet,
        limit,
        filter.group
    ])?;
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        let json = |k: usize| -> rusqlite::Result<Vec<String>> {
            let text: String = r.get(k)?;
            Ok(serde_json::from_str(&text).unwrap_or_default())
        };
        let group = Group {
            id,
            verdict: r.get(1)?,
            speaker: r.get(2)?,
            members: members
                .query_map([id], |m| {
                    Ok(GroupMember {
                        article: m.get(0)?,
                        outlet: m.get(1)?,
                        start: m.get(2)?,
                        end: m.get(3)?,
                        text: m.get(4)?,
                        speaker: m.get(5)?,
                        role: m.get(6)?,
                        link: m.get(7)?,
                        published: m.get(8)?,
                        diff: m.get(9)?,
                    })
                })?
                .collect::<rusqlite::Result<_>>()?,
            differences: json(3)?,
            notes: json(4)?,
        };
        each(group)?;
    }
    Ok(())
}

/// Every group that passes `filter`, in id order.
pub fn groups(conn: &Connection, filter: &Filter) -> Result<Vec<Group>> {
    let mut out = Vec::new();
    for_each_group(conn, filter, |g| {
        out.push(g);
        Ok(())
    })?;
    Ok(out)
}
