//! Extraction against the hand-marked gold of the seeds, the `extract --format jsonl`
//! contract, and properties that must hold on any text.

mod common;

use claimdb::eval::{load, score_dir};
use claimdb::extract::extract;
use common::{root, seeds, Work};
use proptest::prelude::*;

#[test]
fn seeds_gold_meets_the_bar() {
    let gold = load(&root().join("fixtures/gold_seeds.json")).unwrap();
    let s = score_dir(&gold, &seeds()).unwrap();
    let q = s.quotes;
    let i = s.indirect;
    assert!(q.recall() >= 0.95, "quote recall {:?}", q);
    assert!(q.precision() >= 0.95, "quote precision {:?}", q);
    assert!(q.speaker_accuracy() >= 0.95, "quote speaker {:?}", q);
    assert!(i.recall() >= 0.80, "reported speech recall {:?}", i);
    assert!(
        i.speaker_accuracy() >= 0.85,
        "reported speech speaker {:?}",
        i
    );
}

#[test]
fn eval_command_prints_the_figures() {
    let w = Work::new();
    let out = w.run(&[
        "eval",
        "--gold",
        root().join("fixtures/gold_seeds.json").to_str().unwrap(),
        "--articles",
        seeds().to_str().unwrap(),
    ]);
    assert!(
        out.contains("quotes: recall 1.000 (16/16) precision 1.000 (fp 0)"),
        "{out}"
    );
    assert!(
        out.lines()
            .last()
            .unwrap()
            .starts_with("summary: quote_R=1.000 quote_P=1.000 quote_speaker=1.000"),
        "{out}"
    );
}

#[test]
fn extract_jsonl_is_the_statement_lines_contract() {
    let w = Work::new();
    let file = seeds().join("002_1088e96b628aa367.txt");
    let out = w.run(&["extract", file.to_str().unwrap(), "--format", "jsonl"]);
    let body: Vec<char> = std::fs::read_to_string(&file).unwrap().chars().collect();
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let keys: Vec<&str> = lines[0]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "article",
            "kind",
            "text",
            "start",
            "end",
            "speaker",
            "mention",
            "mention_start",
            "mention_end",
            "role",
            "cue",
            "via",
            "paragraph",
            "rule",
            "utterance"
        ]
    );
    let obama = lines
        .iter()
        .find(|l| {
            l["text"]
                .as_str()
                .unwrap()
                .starts_with("We have made it very clear")
        })
        .unwrap();
    assert_eq!(obama["article"], "002_1088e96b628aa367.txt");
    assert_eq!(obama["kind"], "direct");
    assert_eq!(obama["speaker"], "Barack Obama");
    assert_eq!(obama["mention"], "Obama");
    assert_eq!(obama["cue"], "said");
    assert_eq!(obama["role"], serde_json::Value::Null);
    // The second piece of an utterance split by "Obama said in an interview".
    assert_eq!(obama["rule"], "nearby-quote");
    let first_piece = lines
        .iter()
        .find(|l| l["text"].as_str().unwrap().starts_with("This is something"))
        .unwrap();
    assert_eq!(first_piece["rule"], "subject-cue");
    assert_eq!(first_piece["utterance"], obama["utterance"]);
    let (s, e) = (
        obama["start"].as_u64().unwrap() as usize,
        obama["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(
        body[s..e].iter().collect::<String>(),
        obama["text"].as_str().unwrap()
    );
    let (ms, me) = (
        obama["mention_start"].as_u64().unwrap() as usize,
        obama["mention_end"].as_u64().unwrap() as usize,
    );
    assert_eq!(body[ms..me].iter().collect::<String>(), "Obama");
    let hua = lines
        .iter()
        .find(|l| l["text"].as_str().unwrap().starts_with("All countries"))
        .unwrap();
    assert_eq!(hua["speaker"], "Hua Chunying");
    assert_eq!(hua["role"], "Foreign Ministry spokesman");
    assert_eq!(
        hua["mention"],
        "China’s Foreign Ministry spokesman Hua Chunying"
    );
    // Offsets hold for every statement of every seed.
    for entry in std::fs::read_dir(seeds()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|x| x == "txt") {
            let text = std::fs::read_to_string(&path).unwrap();
            let chars: Vec<char> = text.chars().collect();
            for st in extract(&text) {
                assert_eq!(
                    chars[st.start..st.end].iter().collect::<String>(),
                    st.text,
                    "{}",
                    path.display()
                );
            }
        }
    }
}

#[test]
fn extract_reports_unreadable_files_and_goes_on() {
    let w = Work::new();
    std::fs::write(w.path().join("bin.txt"), b"a\x00b").unwrap();
    let good = seeds().join("003_9c4cd3d54106c8e7.txt");
    let out = w
        .cmd()
        .args([
            "extract",
            "bin.txt",
            good.to_str().unwrap(),
            "--format",
            "jsonl",
        ])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("bin.txt: binary file"))
        .get_output()
        .stdout
        .clone();
    assert!(String::from_utf8(out).unwrap().lines().count() > 5);
}

fn check_offsets(text: &str) {
    let chars: Vec<char> = text.chars().collect();
    for s in extract(text) {
        assert!(s.start <= s.end && s.end <= chars.len());
        assert_eq!(chars[s.start..s.end].iter().collect::<String>(), s.text);
        if let (Some(a), Some(b)) = (s.mention_start, s.mention_end) {
            assert_eq!(Some(chars[a..b].iter().collect::<String>()), s.mention);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_unicode_never_panics_and_offsets_hold(text in "\\PC{0,400}") {
        check_offsets(&text);
    }

    #[test]
    fn quote_heavy_text_never_panics(parts in proptest::collection::vec(prop_oneof![
        Just("“".to_string()), Just("”".to_string()), Just("\"".to_string()), Just("''".to_string()),
        Just("\n\n".to_string()), Just(", he said. ".to_string()), Just("said Hua Chunying".to_string()),
        Just("according to Xinhua".to_string()), Just(" ".to_string()), Just("U.S.".to_string()),
        "[A-Za-z’é中]{1,12}".prop_map(|s| s),
    ], 0..120)) {
        check_offsets(&parts.concat());
    }

    #[test]
    fn huge_lines_never_panic(word in "[a-z“”\"]{1,8}", n in 1usize..3000) {
        let text = format!("Title\n\n{}", vec![word; n].join(" "));
        check_offsets(&text);
    }
}

#[test]
fn eval_by_rule_gives_each_construction_its_figures() {
    let w = Work::new();
    let out = w.run(&[
        "eval",
        "--gold",
        root().join("fixtures/gold_seeds.json").to_str().unwrap(),
        "--articles",
        seeds().to_str().unwrap(),
        "--by-rule",
    ]);
    let line = |rule: &str| {
        out.lines()
            .find(|l| l.starts_with(&format!("rule {rule}: ")))
            .unwrap_or_else(|| panic!("no {rule} in {out}"))
            .to_string()
    };
    assert_eq!(
        line("inverted-cue"),
        "rule inverted-cue: statements 3 precision 1.000 speaker-accuracy 1.000 (quotes found 2 fp 0 speaker 2; indirect found 1 fp 0 speaker 1)"
    );
    assert!(line("subject-cue").starts_with("rule subject-cue: statements "));
    // The rules' statements add up to all statements of the seeds' gold articles.
    let made: usize = out
        .lines()
        .map(|l| {
            l.split("statements ")
                .nth(1)
                .unwrap()
                .split(' ')
                .next()
                .unwrap()
        })
        .map(|n| n.parse::<usize>().unwrap())
        .sum();
    let gold = load(&root().join("fixtures/gold_seeds.json")).unwrap();
    let all: usize = gold
        .articles
        .values()
        .map(|f| extract(&std::fs::read_to_string(seeds().join(f)).unwrap()).len())
        .sum();
    assert_eq!(made, all, "{out}");
}

#[test]
fn one_person_is_one_speaker_across_articles() {
    let w = Work::new();
    let dir = w.path().join("articles");
    std::fs::create_dir(&dir).unwrap();
    for (file, body) in [
        ("a.txt", "Rally\n\n“We will win,” said Donald J. Trump at a rally.\n\nFelipe Calderón said the plan would fail badly."),
        ("b.txt", "Debate\n\n“They are losers,” contender Donald Trump said on stage.\n\n“It is over,” Calderon said after the vote."),
        ("c.txt", "Poll\n\n“The numbers are great,” Trump said.\n\nStory Continued Below\n\n“I like the polls,” Donald Trump told reporters."),
    ] {
        std::fs::write(dir.join(file), body).unwrap();
    }
    w.run(&["ingest", dir.to_str().unwrap(), "--no-crosscheck"]);
    assert_eq!(
        w.scalar(
            "SELECT group_concat(name, '|') FROM (SELECT name FROM speakers sp
             WHERE EXISTS (SELECT 1 FROM statements s WHERE s.speaker_id = sp.id) ORDER BY name)"
        ),
        "Donald Trump|Felipe Calderón"
    );
    assert_eq!(
        w.scalar("SELECT count(*) FROM statements WHERE speaker_id = (SELECT id FROM speakers WHERE name = 'Donald Trump')"),
        "4"
    );
    let who = w.csv(&["who", "trump", "--format", "csv"]);
    assert_eq!(who.len(), 5, "{who:?}");
    assert!(who[1..].iter().all(|r| r[1] == "Donald Trump"), "{who:?}");
}

#[test]
fn extract_jsonl_names_a_relative_pronoun_and_a_poll_at_their_words() {
    let w = Work::new();
    let file = w.path().join("poll.txt");
    let text = "Vale Leads\n\nThe plan drew fire from Sen. Ada Vale of Ohio, who mused that the \
                mayor was “unfit for the job.”\n\nIn a Ledger poll last month, Vale had a \
                ten-point lead among older voters.\n";
    std::fs::write(&file, text).unwrap();
    let out = w.run(&["extract", file.to_str().unwrap(), "--format", "jsonl"]);
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let chars: Vec<char> = text.chars().collect();
    let at = |l: &serde_json::Value| -> String {
        let (a, b) = (
            l["mention_start"].as_u64().unwrap(),
            l["mention_end"].as_u64().unwrap(),
        );
        chars[a as usize..b as usize].iter().collect()
    };
    let quote = lines
        .iter()
        .find(|l| l["text"] == "unfit for the job.")
        .unwrap();
    assert_eq!(quote["speaker"], "Ada Vale");
    assert_eq!(
        (quote["mention"].as_str(), at(quote)),
        (Some("who"), "who".to_string())
    );
    let poll = lines
        .iter()
        .find(|l| l["text"] == "Vale had a ten-point lead among older voters")
        .unwrap();
    assert_eq!(
        (poll["kind"].as_str(), poll["rule"].as_str()),
        (Some("indirect"), Some("in-poll"))
    );
    assert_eq!(at(poll), "a Ledger poll");
}
