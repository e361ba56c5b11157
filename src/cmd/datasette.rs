//! `claimdb datasette-metadata`: the Datasette metadata that makes a claimdb database readable
//! there: internal `_` tables hidden, label columns, facets and canned queries.

use std::path::Path;

use anyhow::Result;
use serde_json::{json, Value};

use crate::cli::DatasetteArgs;

/// Datasette names a database after its file without the extension.
fn database_name(db: &Path, asked: Option<&str>) -> String {
    asked.map(str::to_string).unwrap_or_else(|| {
        db.file_stem()
            .map_or("claims".into(), |s| s.to_string_lossy().into_owned())
    })
}

pub fn metadata(database: &str) -> Value {
    json!({
        "title": "claimdb: who said what, where",
        "description": "Attributed statements from news articles, and how outlets' copies of them diverge. Made by claimdb.",
        "databases": {
            database: {
                "tables": {
                    "_root_postings": {"hidden": true},
                    "_root_summaries": {"hidden": true},
                    "_root_postings_recent": {"hidden": true},
                    "_crosschecked": {"hidden": true},
                    "statements": {
                        "label_column": "text",
                        "facets": ["kind", "speaker_id", "cue"],
                        "description": "Every statement: its words (text), start and end offsets into the article's body, and a link to the source words. Search box: plain words and \"phrases\"; stems and ignores accents."
                    },
                    "articles": {
                        "label_column": "title",
                        "facets": ["outlet", "current"],
                        "sort_desc": "published"
                    },
                    "speakers": {"label_column": "name", "facets": ["kind"]},
                    "speaker_aliases": {"label_column": "alias"},
                    "groups": {
                        "label_column": "verdict",
                        "facets": ["verdict", "speaker_id"],
                        "description": "Cross-check groups: copies of one utterance in several articles. `group_summary` gives their counts and wording."
                    },
                    "group_members": {"facets": ["group_id"]},
                    "who_said_what": {"facets": ["speaker", "outlet", "kind"]},
                    "statement_copies": {"facets": ["verdict", "outlet"]},
                    "group_statements": {"facets": ["verdict", "outlet"]},
                    "group_summary": {"facets": ["verdict", "speaker"]},
                    "outlet_divergence": {},
                    "speaker_summary": {"facets": ["kind"]}
                },
                "queries": {
                    "who_said": {
                        "title": "Who said what",
                        "description": "Everything a speaker said (any part of their name), newest first.",
                        "sql": "SELECT speaker, role, kind, text, outlet, published, title, link FROM who_said_what WHERE speaker LIKE '%' || :speaker || '%' ORDER BY published DESC, statement_id LIMIT 500"
                    },
                    "divergent_groups": {
                        "title": "Divergent groups",
                        "description": "Cross-check groups whose copies differ, most serious first.",
                        "sql": "SELECT group_id, verdict, speaker, members, outlets, outlet_names, text, differences FROM group_summary WHERE verdict <> 'agree' ORDER BY CASE verdict WHEN 'conflict' THEN 1 WHEN 'attribution' THEN 2 WHEN 'reworded' THEN 3 WHEN 'truncated' THEN 4 ELSE 5 END, members DESC, group_id"
                    },
                    "divergence_by_outlet": {
                        "title": "Outlet divergence",
                        "description": "For each outlet: its copies in cross-check groups, by verdict; the most divergent first.",
                        "sql": "SELECT * FROM outlet_divergence"
                    }
                }
            }
        }
    })
}

pub fn run(db: &Path, args: &DatasetteArgs) -> Result<()> {
    let name = database_name(db, args.name.as_deref());
    println!("{}", serde_json::to_string_pretty(&metadata(&name))?);
    Ok(())
}
