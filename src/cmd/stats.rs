//! `claimdb stats`: how much is stored: rows per table, groups per verdict, articles and
//! statements per outlet.

use std::path::Path;

use anyhow::Result;

use crate::cli::StatsArgs;
use crate::store::Store;

const STATS: &str = "
SELECT 'table' AS what, name, count, NULL AS statements FROM (
    SELECT 'articles' AS name, (SELECT count(*) FROM articles WHERE current = 1) AS count, 1 AS o
    UNION ALL SELECT 'article revisions', (SELECT count(*) FROM articles), 2
    UNION ALL SELECT 'statements', (SELECT count(*) FROM statements), 3
    UNION ALL SELECT 'speakers', (SELECT count(*) FROM speakers), 4
    UNION ALL SELECT 'speaker_aliases', (SELECT count(*) FROM speaker_aliases), 5
    UNION ALL SELECT 'groups', (SELECT count(*) FROM groups), 6
    UNION ALL SELECT 'group_members', (SELECT count(*) FROM group_members), 7
    ORDER BY o)
UNION ALL
SELECT 'verdict', verdict, n, members FROM (
    SELECT v.verdict, count(DISTINCT g.id) AS n, count(gm.statement_id) AS members, v.o
    FROM (SELECT 'conflict' AS verdict, 1 AS o UNION ALL SELECT 'attribution', 2
          UNION ALL SELECT 'reworded', 3 UNION ALL SELECT 'truncated', 4
          UNION ALL SELECT 'detail', 5 UNION ALL SELECT 'agree', 6) v
    LEFT JOIN groups g ON g.verdict = v.verdict
    LEFT JOIN group_members gm ON gm.group_id = g.id
    GROUP BY v.verdict ORDER BY v.o)
UNION ALL
SELECT 'outlet', outlet, articles, statements FROM (
    SELECT COALESCE(a.outlet, '(unknown)') AS outlet, count(DISTINCT a.id) AS articles,
           count(s.id) AS statements
    FROM articles a LEFT JOIN statements s ON s.article_id = a.id
    WHERE a.current = 1
    GROUP BY 1 ORDER BY articles DESC, outlet)";

pub fn run(db: &Path, args: &StatsArgs) -> Result<()> {
    let store = Store::open_read_only(db)?;
    let mut rows = super::sql::rows(&store, STATS)?;
    // count: rows of a table, groups of a verdict, articles of an outlet; statements: the
    // statements in those groups or articles.
    rows.columns = ["what", "name", "count", "statements"]
        .map(String::from)
        .to_vec();
    super::print(&rows, &args.output)
}
