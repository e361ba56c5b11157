//! Finding attributed statements in an article's text: paragraphs and page furniture
//! (`text`), quotation marks (`quotes`), cues and their content (`attribution`), and who the
//! speakers are (`speakers`).

mod attribution;
mod content;
mod frames;
pub mod lexicon;
pub mod names;
mod phrases;
mod quotes;
mod rule;
mod speakers;
mod text;
mod tweet;
mod utterance;

pub use attribution::StatementKind;
pub use rule::Rule;
use serde::Serialize;
pub use text::is_boilerplate;

impl StatementKind {
    pub fn as_str(self) -> &'static str {
        match self {
            StatementKind::Direct => "direct",
            StatementKind::Partial => "partial",
            StatementKind::Indirect => "indirect",
        }
    }
}

impl Serialize for StatementKind {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// One attributed statement. Offsets count code points into the article body, end exclusive.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Statement {
    pub kind: StatementKind,
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub speaker: Option<String>,
    /// The speaker is a person (not an organisation): only people's names are shortened
    /// ("Obama" for "Barack Obama").
    #[serde(skip)]
    pub speaker_is_person: bool,
    pub mention: Option<String>,
    pub mention_start: Option<usize>,
    pub mention_end: Option<usize>,
    pub role: Option<String>,
    pub cue: Option<String>,
    pub via: Option<String>,
    #[serde(skip)]
    pub venue: Option<String>,
    pub paragraph: usize,
    /// The construction that found the statement.
    pub rule: Rule,
    /// Pieces of one quotation split by its cue share an utterance; numbered from 1 in each
    /// article.
    pub utterance: usize,
}

/// Extracts every attributed statement of `body`, in the order they appear.
pub fn extract(body: &str) -> Vec<Statement> {
    let mut attributor = attribution::Attributor::new(body);
    let mut carried = false;
    for para in text::paragraphs(body) {
        if para.boilerplate {
            carried = false;
            continue;
        }
        // An embedded tweet: its words alone are read, and its author says them.
        let tweet = tweet::embedded(body, para.range);
        let range = tweet.map_or(para.range, |t| t.text);
        let quotes = quotes::find(body, range, carried);
        carried = quotes.last().is_some_and(|q| q.open_at_end);
        let quoted: Vec<text::Range> = quotes.iter().map(|q| q.words).collect();
        let tokens = text::tokenize(body, range, &quoted);
        let sentences = text::sentences(body, range, &tokens);
        attributor.paragraph(para.index, para.title_case, &tokens, &sentences, &quotes);
        if let Some(t) = tweet {
            attributor.found.push(tweeted(body, t, para.index));
        }
    }
    let mut found = attributor.found;
    found.sort_by_key(|f| (f.words.start, f.words.end));
    found.dedup_by(|a, b| a.words == b.words && a.kind == b.kind);
    let offsets = found
        .iter()
        .flat_map(|f| {
            [
                Some(f.words.start),
                Some(f.words.end),
                f.mention.map(|m| m.start),
                f.mention.map(|m| m.end),
            ]
        })
        .flatten()
        .collect();
    let chars = text::CharIndex::new(body, offsets);
    let utterances = utterance::utterances(body, &found);
    found
        .into_iter()
        .zip(utterances)
        .map(|(f, utterance)| Statement {
            kind: f.kind,
            text: body[f.words.start..f.words.end].to_string(),
            start: chars.chars(f.words.start),
            end: chars.chars(f.words.end),
            speaker: f
                .speaker
                .map(|n| match f.rule {
                    Rule::TranscriptLabel => names::from_capitals(&n),
                    _ => n,
                })
                .and_then(|n| names::clean(&n, f.speaker_is_person)),
            speaker_is_person: f.speaker_is_person,
            mention: f.mention.map(|m| body[m.start..m.end].to_string()),
            mention_start: f.mention.map(|m| chars.chars(m.start)),
            mention_end: f.mention.map(|m| chars.chars(m.end)),
            role: f.role,
            cue: f.cue,
            via: f.via,
            venue: f.venue,
            paragraph: f.paragraph,
            rule: f.rule,
            utterance,
        })
        .collect()
}

/// The statement of an embedded tweet: its words, said by the author its signature names.
fn tweeted(body: &str, t: tweet::Tweet, paragraph: usize) -> attribution::Found {
    let author = &body[t.author.start..t.author.end];
    attribution::Found {
        kind: StatementKind::Direct,
        words: t.text,
        speaker: Some(author.to_string()),
        speaker_is_person: speakers::is_person_name(author),
        mention: Some(t.author),
        role: None,
        cue: None,
        via: None,
        venue: None,
        paragraph,
        rule: Rule::TweetSignature,
    }
}

#[cfg(test)]
mod tests {
    //! One test per pattern the extractor must handle, on small texts.
    use super::*;

    fn run(body: &str) -> Vec<Statement> {
        extract(&format!("Title\n\n{body}"))
    }

    fn find<'a>(all: &'a [Statement], text: &str) -> &'a Statement {
        all.iter()
            .find(|s| s.text == text)
            .unwrap_or_else(|| panic!("no statement '{text}' in {all:#?}"))
    }

    #[test]
    fn an_embedded_tweet_is_said_by_its_signature_and_never_holds_it() {
        let s = run("Reed reacted online.\n\nLina Marsh was a kind woman. She will be missed! pic.twitter.com/xYz9 — Tom J. Reed (@tomreed) March 6, 2016\n\n“Open your eyes,” she said. – Lina, rest in peace https://t.co/AbC — Ana Brisk (@anabrisk) March 7, 2016");
        let q = find(&s, "Lina Marsh was a kind woman. She will be missed!");
        assert_eq!(
            (q.speaker.as_deref(), q.kind, q.rule),
            (
                Some("Tom J. Reed"),
                StatementKind::Direct,
                Rule::TweetSignature
            )
        );
        assert!(
            s.iter()
                .all(|st| !st.text.contains("(@") && !st.text.contains("pic.twitter")),
            "{s:#?}"
        );
        let q = find(&s, "“Open your eyes,” she said. – Lina, rest in peace");
        assert_eq!(q.speaker.as_deref(), Some("Ana Brisk"));
    }

    #[test]
    fn an_office_and_its_title_before_a_name_are_no_part_of_the_name() {
        let s = run("“We are ready,” said Harbor City Press Secretary Lena Oduya.\n\nHarbor City Port Authority Director Tom Reed said “no ships will dock.”\n\nThe Harbor City Port Authority said “the port is closed.”");
        let q = find(&s, "We are ready,");
        assert_eq!(
            (q.speaker.as_deref(), q.speaker_is_person),
            (Some("Lena Oduya"), true)
        );
        let q = find(&s, "no ships will dock.");
        assert_eq!(q.speaker.as_deref(), Some("Tom Reed"));
        let q = find(&s, "the port is closed.");
        assert_eq!(
            (q.speaker.as_deref(), q.speaker_is_person),
            (Some("Harbor City Port Authority"), false)
        );
    }

    #[test]
    fn potus_is_the_president_the_article_names_and_never_a_speaker_of_its_own() {
        let s = run("President Tom Reed spoke on Monday. POTUS says “we will never give up.”");
        assert_eq!(
            find(&s, "we will never give up.").speaker.as_deref(),
            Some("Tom Reed")
        );
        let s = run("Russian President Ivan Dorn arrived. POTUS says “we will never give up.”");
        let q = find(&s, "we will never give up.");
        assert_eq!(
            (q.speaker.as_deref(), q.mention.as_deref()),
            (None, Some("POTUS"))
        );
    }

    #[test]
    fn an_aspectual_verb_before_an_ing_cue_keeps_the_subject() {
        let s = run("Mara Quill spoke last. She began saying “we will win this one.” Tom Reed keeps talking about the “collective power of us.”");
        let q = find(&s, "we will win this one.");
        assert_eq!(
            (q.speaker.as_deref(), q.mention.as_deref()),
            (Some("Mara Quill"), Some("She"))
        );
        let q = find(&s, "collective power of us.");
        assert_eq!(
            (q.speaker.as_deref(), q.rule),
            (Some("Tom Reed"), Rule::PrepositionalObject)
        );
    }

    #[test]
    fn a_prepositional_phrase_between_subject_and_cue_is_no_subject() {
        let s = run("“Will he run?” a senior staffer in the room wondered. Ana Brisk, who has in the past described the plan as “a mirage,” left.");
        let q = find(&s, "Will he run?");
        assert_eq!(q.mention.as_deref(), Some("a senior staffer"));
        let q = find(&s, "a mirage,");
        assert_eq!(
            (q.speaker.as_deref(), q.mention.as_deref()),
            (Some("Ana Brisk"), Some("who"))
        );
        // A name after the preposition is the subject's own ("a way Director Ina Lamb
        // slammed"), and a number is no subject ("6 in 10 voters").
        let s =
            run("She used the server in a way Director Ina Lamb slammed as “extremely careless.”");
        assert_eq!(
            find(&s, "extremely careless.").speaker.as_deref(),
            Some("Ina Lamb")
        );
    }

    #[test]
    fn a_cue_that_ends_its_sentence_says_nothing() {
        for text in ["It is the law he cited", "That is what the mayor rejected"] {
            assert!(run(text).is_empty(), "{text}");
        }
        let s = run("Jones said Smith defended");
        assert_eq!(s.len(), 1, "{s:#?}");
        assert_eq!(find(&s, "Smith defended").speaker.as_deref(), Some("Jones"));
    }

    #[test]
    fn a_modal_before_a_risky_cue_keeps_it_a_verb() {
        let s = run("Tom Reed spoke first.\n\n“You do not know the job until you sit at that desk,” he will say.");
        let q = find(&s, "You do not know the job until you sit at that desk,");
        assert_eq!(q.speaker.as_deref(), Some("Tom Reed"));
        assert_eq!(
            (q.mention.as_deref(), q.rule),
            (Some("he"), Rule::SubjectCue)
        );
        assert!(run("Around 70 people would show up to each event.").is_empty());
    }

    #[test]
    fn present_and_participle_forms_of_reporting_verbs_are_cues() {
        let s = run("“The market has failed them,” Reed mocks. The suit contends that the city “ignored every warning.” Vale decried the plan, lamenting that it “leaves the poor behind.”");
        assert_eq!(
            find(&s, "The market has failed them,").speaker.as_deref(),
            Some("Reed")
        );
        assert_eq!(
            find(&s, "ignored every warning.").mention.as_deref(),
            Some("The suit")
        );
        assert_eq!(
            find(&s, "leaves the poor behind.").speaker.as_deref(),
            Some("Vale")
        );
        let s = run("Reed blasts the deal, alleging that it “hands the city to the bank.”");
        let q = find(&s, "hands the city to the bank.");
        assert_eq!(
            (q.speaker.as_deref(), q.cue.as_deref()),
            (Some("Reed"), Some("alleging"))
        );
    }

    #[test]
    fn a_noun_like_cue_right_after_a_quotation_is_a_verb() {
        let s =
            run("“We took notes on her life,” read the statement. “It is a fraud,” claims Reed.");
        let q = find(&s, "We took notes on her life,");
        assert_eq!(
            (q.mention.as_deref(), q.rule),
            (Some("the statement"), Rule::InvertedCue)
        );
        assert_eq!(find(&s, "It is a fraud,").speaker.as_deref(), Some("Reed"));
        assert!(run("The “Made in USA” claims are false, the “Buy Local” reports too.").is_empty());
    }

    #[test]
    fn phrasal_cues_after_a_quotation() {
        let s = run("\"We want the bridge built now,\" Reed shot back. \"It would end the wait,\" Reed went on.");
        assert_eq!(
            find(&s, "We want the bridge built now,").speaker.as_deref(),
            Some("Reed")
        );
        assert_eq!(
            find(&s, "It would end the wait,").speaker.as_deref(),
            Some("Reed")
        );
        assert!(run("The vote went on for hours and the council shot back a reply.").is_empty());
    }

    #[test]
    fn plural_present_cues_after_a_quotation() {
        let s = run("“Many of them oppose any new plan at all,” they conclude.");
        let q = find(&s, "Many of them oppose any new plan at all,");
        assert_eq!(
            (q.mention.as_deref(), q.rule),
            (Some("they"), Rule::SubjectCue)
        );
    }

    #[test]
    fn a_first_name_that_is_also_a_word_opens_an_inverted_subject() {
        let s = run("\"It is a pretty expensive model,\" said Will Doyle, a professor at Norwood.");
        let q = find(&s, "It is a pretty expensive model,");
        assert_eq!(q.speaker.as_deref(), Some("Will Doyle"));
        assert_eq!(q.role.as_deref(), Some("a professor at Norwood"));
        let s = run("Will Trump win the state? \"It is close,\" Trump said.");
        assert_eq!(find(&s, "It is close,").speaker.as_deref(), Some("Trump"));
    }

    #[test]
    fn a_name_closing_an_aside_is_not_the_subject() {
        let s = run("Ada Vale, during a town hall in Columbus, Ohio, said she would \"close the old mines for good.\"");
        assert_eq!(
            find(&s, "close the old mines for good.").speaker.as_deref(),
            Some("Ada Vale")
        );
        let s = run("Gia Moro, the editor of the town paper, The Courier, said every mayor was \"both loved and feared.\"");
        let q = find(&s, "both loved and feared.");
        assert_eq!(q.speaker.as_deref(), Some("Gia Moro"));
        assert_eq!(
            q.role.as_deref(),
            Some("the editor of the town paper, The Courier")
        );
    }

    #[test]
    fn as_a_named_person_with_an_apposition_put_it() {
        let s = run("As Ida Tabor, an expert on ports at the Norwood Institute, noted, “Everyone is waiting for the next mayor.”");
        let q = find(&s, "Everyone is waiting for the next mayor.");
        assert_eq!(q.speaker.as_deref(), Some("Ida Tabor"));
        assert_eq!(q.rule, Rule::Apposition);
    }

    #[test]
    fn a_relative_pronoun_is_the_mention_and_its_antecedent_the_speaker() {
        let s = run("The plan drew fire from Sen. Ada Vale of Ohio, who mused that the mayor was \"unfit for the job.\"");
        let q = find(&s, "unfit for the job.");
        assert_eq!(q.speaker.as_deref(), Some("Ada Vale"));
        assert_eq!(q.mention.as_deref(), Some("who"));
        assert_eq!(q.rule, Rule::SubjectCue);
    }

    #[test]
    fn a_question_put_to_someone_is_reported() {
        let s =
            run("Senator Ada Vale was asked whether the plan would pass the chamber this year.");
        let st = find(&s, "the plan would pass the chamber this year");
        assert_eq!(
            (st.kind, st.rule),
            (StatementKind::Indirect, Rule::AskedQuestion)
        );
        assert_eq!(st.mention.as_deref(), Some("Senator Ada Vale"));
        let s = run("When asked whether she would run again, Vale said she had not decided.");
        let st = find(&s, "she would run again");
        assert_eq!(
            (st.rule, st.mention.as_deref()),
            (Rule::AskedQuestion, Some("Vale"))
        );
        assert_eq!(find(&s, "she had not decided").rule, Rule::SubjectCue);
        let s =
            run("“It is over,” Lena Finch told reporters when asked whether the talks had failed.");
        let st = find(&s, "the talks had failed");
        assert_eq!(
            (st.rule, st.speaker.as_deref()),
            (Rule::AskedQuestion, Some("Lena Finch"))
        );
        // No cue answers the question: nobody is named as the one asked.
        assert!(run("Asked about the budget deficit, the mayor shook his head.").is_empty());
    }

    #[test]
    fn a_poll_gives_its_findings() {
        let s =
            run("In a Ledger poll last month, Ada Vale had a ten-point lead among older voters.");
        let st = find(&s, "Ada Vale had a ten-point lead among older voters");
        assert_eq!((st.kind, st.rule), (StatementKind::Indirect, Rule::InPoll));
        assert_eq!(st.mention.as_deref(), Some("a Ledger poll"));
        let s = run("Vale has a decisive lead in the polls ahead of the primary.");
        assert_eq!(find(&s, "Vale has a decisive lead").rule, Rule::InPoll);
        assert!(run("She spoke in a room full of voters.").is_empty());
    }

    #[test]
    fn direct_quote_with_curly_marks() {
        let s = run("“We will win this,” Smith said.");
        assert_eq!(find(&s, "We will win this,").kind, StatementKind::Direct);
        assert_eq!(
            find(&s, "We will win this,").speaker.as_deref(),
            Some("Smith")
        );
    }

    #[test]
    fn direct_quote_with_straight_marks_and_inverted_cue() {
        let s = run("\"We will win this,\" said Jane Smith, the campaign's spokeswoman.");
        let q = find(&s, "We will win this,");
        assert_eq!(q.speaker.as_deref(), Some("Jane Smith"));
        assert_eq!(q.role.as_deref(), Some("the campaign's spokeswoman"));
    }

    #[test]
    fn quote_split_by_its_attribution() {
        let s = run("John Smith arrived late.\n\n“We will win,” he said. “They will lose.”");
        assert_eq!(
            find(&s, "We will win,").speaker.as_deref(),
            Some("John Smith")
        );
        assert_eq!(
            find(&s, "They will lose.").speaker.as_deref(),
            Some("John Smith")
        );
    }

    #[test]
    fn quote_running_over_paragraphs() {
        let s = run("“The first part goes on here,” said Mary Jones. “And then the second\n\n“Third paragraph is still her talking.”");
        assert_eq!(
            find(&s, "Third paragraph is still her talking.")
                .speaker
                .as_deref(),
            Some("Mary Jones")
        );
    }

    #[test]
    fn unclosed_quote_ends_at_paragraph_end() {
        let s = run("Hua Chunying told a news briefing “All countries care, This is beyond reproach.\n\nNext paragraph.");
        let q = find(&s, "All countries care, This is beyond reproach.");
        assert_eq!(q.speaker.as_deref(), Some("Hua Chunying"));
    }

    #[test]
    fn unclosed_quote_ends_where_its_attribution_starts() {
        let s = run("“This is something that I raised with President Xi, Obama said in an interview, “We have made it clear.”");
        assert_eq!(
            find(&s, "This is something that I raised with President Xi")
                .speaker
                .as_deref(),
            Some("Obama")
        );
        assert_eq!(
            find(&s, "We have made it clear.").speaker.as_deref(),
            Some("Obama")
        );
    }

    #[test]
    fn closer_typed_as_an_opener() {
        let s = run("Foreign ministry spokeswoman Hua said “ I would like to point out this, “she said, adding more.");
        assert_eq!(
            find(&s, "I would like to point out this,")
                .speaker
                .as_deref(),
            Some("Hua")
        );
    }

    #[test]
    fn quotation_inside_quotation_stays_in_the_outer() {
        let s = run("“He called it ‘a disaster’ on Monday,” Smith said.");
        find(&s, "He called it ‘a disaster’ on Monday,");
    }

    #[test]
    fn partial_quote_inside_reported_speech() {
        let s = run("Jiang said companies have “suffered extensive invasion and wiretapping,” according to Xinhua.");
        let p = find(&s, "suffered extensive invasion and wiretapping,");
        assert_eq!(p.kind, StatementKind::Partial);
        assert_eq!(p.via.as_deref(), Some("Xinhua"));
        let i = find(
            &s,
            "companies have “suffered extensive invasion and wiretapping,”",
        );
        assert_eq!(i.kind, StatementKind::Indirect);
    }

    #[test]
    fn reported_speech_from_cue_words() {
        for (cue, sentence) in [
            (
                "said",
                "The minister said the plan would cut taxes for everyone.",
            ),
            (
                "told",
                "The minister told reporters that the plan would cut taxes for everyone.",
            ),
            (
                "warned",
                "The minister warned that the plan would cut taxes for everyone.",
            ),
            (
                "denied",
                "The minister denied that the plan would cut taxes for everyone.",
            ),
            (
                "according to",
                "The plan would cut taxes for everyone, according to the minister.",
            ),
            (
                "was quoted as saying",
                "The minister was quoted as saying the plan would cut taxes for everyone.",
            ),
            (
                "went on to state",
                "The minister went on to state that the plan would cut taxes for everyone.",
            ),
            (
                "called for",
                "The minister called for the plan would cut taxes for everyone.",
            ),
        ] {
            let s = run(sentence);
            let st = s
                .iter()
                .find(|s| s.kind == StatementKind::Indirect)
                .unwrap_or_else(|| panic!("{sentence}"));
            assert_eq!(st.cue.as_deref(), Some(cue), "{sentence}");
            assert!(
                st.text.ends_with("would cut taxes for everyone")
                    || st.text.ends_with("would cut taxes for everyone."),
                "{sentence}: {}",
                st.text
            );
        }
    }

    #[test]
    fn a_quotation_with_no_cue_takes_its_sentence_subject() {
        let s = run("Mr. Trump tries to turn the interruptions to his advantage, alternately crying “Get them out of here right now.”");
        let q = find(&s, "Get them out of here right now.");
        assert_eq!(q.speaker.as_deref(), Some("Trump"));
        assert_eq!(q.rule, Rule::SentenceSubject);
    }

    #[test]
    fn a_continuation_keeps_the_quotation_s_speaker_past_a_third_party_cue() {
        let s = run(
            "“It's over,” Ned Finch said, though officials have not said so. “We have the proof.”",
        );
        assert_eq!(
            find(&s, "We have the proof.").speaker.as_deref(),
            Some("Ned Finch")
        );
    }

    #[test]
    fn a_title_s_gender_picks_the_person() {
        let s = run("Laura Bush visited the school.\n\n“We will be back,” Mr. Bush said.");
        assert_ne!(
            find(&s, "We will be back,").speaker.as_deref(),
            Some("Laura Bush")
        );
        let s =
            run("She said Laura Bush visited the school.\n\n“We will be back,” Mrs. Bush said.");
        assert_eq!(
            find(&s, "We will be back,").speaker.as_deref(),
            Some("Laura Bush")
        );
    }

    #[test]
    fn the_issuer_of_a_statement_speaks() {
        let s = run("The Harwick Group issued a statement saying it would “fully cooperate with the inquiry.”");
        let q = find(&s, "fully cooperate with the inquiry.");
        assert_eq!(q.speaker.as_deref(), Some("Harwick Group"));
        assert_eq!(q.rule, Rule::StatementNoun);
    }

    #[test]
    fn a_fronted_time_phrase_is_never_a_speaker() {
        let s =
            run("In March, three unions sued the city, saying the rules were unfair to workers.");
        let st = find(&s, "the rules were unfair to workers");
        assert_eq!(st.mention.as_deref(), Some("three unions"));
        assert_eq!(st.speaker, None);
    }

    #[test]
    fn a_fronted_ing_clause_is_no_subject() {
        let s = run("Speaking at a town hall in Salem, New Hampshire, Trump went after Bush, calling him “a total stiff and a loser.”");
        let q = find(&s, "a total stiff and a loser.");
        assert_eq!(q.speaker.as_deref(), Some("Trump"));
        assert_eq!(q.rule, Rule::Participle);
        let s = run("Calling the mayor “a tireless ally of the working families,” Governor Ilse Marr praised the deal.");
        let q = find(&s, "a tireless ally of the working families,");
        assert_eq!(q.speaker.as_deref(), Some("Ilse Marr"));
        assert_eq!(q.rule, Rule::Participle);
    }

    #[test]
    fn an_ing_cue_after_a_preposition_takes_the_sentence_subject() {
        let s = run("Dunmore stirred the crowd by saying he would not back down from this fight.");
        let st = find(&s, "he would not back down from this fight");
        assert_eq!(st.speaker.as_deref(), Some("Dunmore"));
        assert_eq!(st.rule, Rule::PrepositionalParticiple);
    }

    #[test]
    fn the_one_quoted_as_saying_speaks() {
        let s = run("The Courier quoted Lana Mott, its manager, as saying: “No, we will not sell the paper.”");
        let q = find(&s, "No, we will not sell the paper.");
        assert_eq!(q.speaker.as_deref(), Some("Lana Mott"));
        assert_eq!(q.role.as_deref(), Some("its manager"));
        assert_eq!(q.via.as_deref(), Some("Courier"));
        assert_eq!(q.rule, Rule::QuotedAsSaying);
    }

    #[test]
    fn a_quotation_its_cue_follows_is_said_even_when_it_looks_like_a_title() {
        let s = run("“That would be Mara Quill,” Lena Oduya said.");
        let q = find(&s, "That would be Mara Quill,");
        assert_eq!(q.speaker.as_deref(), Some("Lena Oduya"));
        assert_eq!(q.kind, StatementKind::Direct);
    }

    #[test]
    fn a_cue_before_a_colon_governs_only_what_follows() {
        let s = run("“We are refugees,” Nour Haddad said. “We are not terrorists.” Omar Zahid said: “The attack was awful for all of us.”");
        assert_eq!(
            find(&s, "We are not terrorists.").speaker.as_deref(),
            Some("Nour Haddad")
        );
        assert_eq!(
            find(&s, "The attack was awful for all of us.")
                .speaker
                .as_deref(),
            Some("Omar Zahid")
        );
    }

    #[test]
    fn an_inverted_cue_before_a_described_name() {
        let s = run("“Drink a glass of water first,” advises therapist Lena Oduya.");
        let q = find(&s, "Drink a glass of water first,");
        assert_eq!(q.speaker.as_deref(), Some("Lena Oduya"));
        assert_eq!(q.rule, Rule::InvertedCue);
    }

    #[test]
    fn who_after_an_institution_in_an_apposition_is_the_person() {
        let s = run("Ana Brisk, a fellow at the Norwood Institute who calls the plan “a mirage built on sand,” disagreed.");
        let q = find(&s, "a mirage built on sand,");
        assert_eq!(q.speaker.as_deref(), Some("Ana Brisk"));
    }

    #[test]
    fn a_round_up_line_gives_the_name_before_the_outlet() {
        let s = run(
            "Rina Toller, Daily Ledger: “The challenger looked rested and ready for the fight.”",
        );
        let q = find(&s, "The challenger looked rested and ready for the fight.");
        assert_eq!(q.speaker.as_deref(), Some("Rina Toller"));
        assert_eq!(q.role.as_deref(), Some("Daily Ledger"));
        assert_eq!(q.rule, Rule::LeadIn);
    }

    #[test]
    fn the_name_after_told_is_the_addressee() {
        let s = run("“We are ahead in every county we polled,” Mara Quill, a pollster working for the campaign, told Channel 9.");
        let q = find(&s, "We are ahead in every county we polled,");
        assert_eq!(q.speaker.as_deref(), Some("Mara Quill"));
        assert_eq!(q.rule, Rule::Apposition);
    }

    #[test]
    fn cue_verbs_of_news_english() {
        for (cue, sentence) in [
            ("fumed", "“This is a disgrace to us all,” Mara Quill fumed."),
            (
                "sighed",
                "“We tried everything we could,” sighed Mara Quill.",
            ),
            (
                "emailed",
                "Mara Quill emailed: “We tried everything we could.”",
            ),
            (
                "demanded",
                "Mara Quill demanded that the council resign at once.",
            ),
            (
                "reiterated",
                "Mara Quill reiterated that the council must resign at once.",
            ),
            (
                "expressed",
                "Mara Quill expressed doubt that the council would ever resign.",
            ),
            (
                "referred to",
                "Mara Quill referred to the budget as “a mirage built on sand.”",
            ),
        ] {
            let s = run(sentence);
            assert!(
                s.iter().any(|st| st.cue.as_deref() == Some(cue)
                    && st.speaker.as_deref() == Some("Mara Quill")),
                "{sentence}: {s:#?}"
            );
        }
    }

    #[test]
    fn content_first_reported_speech() {
        let s = run("Major IT products will be vetted under the new system, China's state-controlled Xinhua News Agency announced on Thursday.");
        let st = find(&s, "Major IT products will be vetted under the new system");
        assert_eq!(st.speaker.as_deref(), Some("Xinhua News Agency"));
        assert_eq!(st.venue.as_deref(), Some("on Thursday"));
    }

    #[test]
    fn speaker_title_and_role_split_out() {
        let s = run("“All is well,” said China’s Foreign Ministry spokesman Hua Chunying in a news briefing.");
        let q = find(&s, "All is well,");
        assert_eq!(q.speaker.as_deref(), Some("Hua Chunying"));
        assert_eq!(q.role.as_deref(), Some("Foreign Ministry spokesman"));
        assert_eq!(q.venue.as_deref(), Some("in a news briefing"));
        let s = run("“All is well,” President Barack Obama said.");
        assert_eq!(
            find(&s, "All is well,").speaker.as_deref(),
            Some("Barack Obama")
        );
        assert_eq!(find(&s, "All is well,").role, None);
    }

    #[test]
    fn apposition_gives_the_role() {
        let s = run("Ensuring that cyberspace is safe is vital, said Jiang Jun, the Internet office's spokesman.");
        let st = find(&s, "Ensuring that cyberspace is safe is vital");
        assert_eq!(st.speaker.as_deref(), Some("Jiang Jun"));
        assert_eq!(st.role.as_deref(), Some("the Internet office's spokesman"));
        let s = run("Matthew Prince, chief executive of CloudFlare, a San Francisco company, said that activists criticized his company.");
        assert_eq!(
            find(&s, "activists criticized his company")
                .speaker
                .as_deref(),
            Some("Matthew Prince")
        );
    }

    #[test]
    fn apposition_inside_reported_words_names_no_speaker() {
        let s = run("Kiedis said his band and collaborator Brian Burton, AKA Danger Mouse, wrote the songs together last year.");
        assert!(
            s.iter().all(|st| st.speaker.as_deref() == Some("Kiedis")),
            "{s:#?}"
        );
        assert!(!s.is_empty());
    }

    #[test]
    fn pronouns_resolve_to_the_last_compatible_speaker() {
        let s = run("Foreign Ministry spokeswoman Hua pointed to recent reports of hacking.\n\n“I would like to point out that China is opposed,” she said.");
        assert_eq!(
            find(&s, "I would like to point out that China is opposed,")
                .speaker
                .as_deref(),
            Some("Hua")
        );
        let s = run("Ensuring this is vital, said Jiang Jun, the office's spokesman.\n\n“For a long time, governments gathered information,” he was quoted as saying.");
        let q = find(&s, "For a long time, governments gathered information,");
        assert_eq!(q.speaker.as_deref(), Some("Jiang Jun"));
        assert_eq!(q.cue.as_deref(), Some("was quoted as saying"));
    }

    #[test]
    fn descriptions_resolve_to_earlier_speakers() {
        let s = run("Last year, the American Chamber of Commerce in China said online security was weak in the country.\n\nThe group said that two-thirds of its member companies use cloud computing.");
        assert_eq!(
            find(&s, "two-thirds of its member companies use cloud computing")
                .speaker
                .as_deref(),
            Some("American Chamber of Commerce in China")
        );
        let s = run("In 2012, a U.S. congressional committee concluded that both companies were a threat.\n\nThe committee advised that U.S. companies buy their gear elsewhere.");
        assert_eq!(
            find(&s, "both companies were a threat").speaker.as_deref(),
            Some("U.S. congressional committee")
        );
        assert_eq!(
            find(&s, "U.S. companies buy their gear elsewhere")
                .speaker
                .as_deref(),
            Some("U.S. congressional committee")
        );
    }

    #[test]
    fn organisations_speak() {
        let s = run("On Tuesday, the two leaders discussed the issue in a phone call, the White House said in a statement.");
        assert_eq!(
            find(
                &s,
                "On Tuesday, the two leaders discussed the issue in a phone call"
            )
            .speaker
            .as_deref(),
            Some("White House")
        );
        let s = run("China's government announced Thursday it will examine technology for flaws.");
        assert_eq!(
            find(&s, "it will examine technology for flaws")
                .speaker
                .as_deref(),
            Some("China")
        );
    }

    #[test]
    fn where_or_how_it_was_said_is_no_statement() {
        let s = run("Smith said on Tuesday.\n\nLederman reported, via Twitter, \u{201c}We got off the plane.\u{201d}\n\nTrump announced, via Twitter, that he would rebuild the military.\n\nThe unions have insisted on acting now.");
        let texts: Vec<&str> = s.iter().map(|st| st.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "We got off the plane.",
                "he would rebuild the military",
                "on acting now"
            ]
        );
        assert_eq!(s[0].speaker.as_deref(), Some("Lederman"));
        assert_eq!(s[1].speaker.as_deref(), Some("Trump"));
    }

    #[test]
    fn nested_source_is_via() {
        let s = run("Experts will scrutinize products, the official Xinhua News Agency said.\n\nVetting is aimed at “preventing suppliers from cheating,” the Cabinet's Internet Information Office said, according to Xinhua.");
        let p = find(&s, "preventing suppliers from cheating,");
        assert_eq!(p.speaker.as_deref(), Some("Internet Information Office"));
        assert_eq!(p.via.as_deref(), Some("Xinhua News Agency"));
    }

    #[test]
    fn one_canonical_speaker_for_a_person() {
        let s = run("President Barack Obama has called for “swift work” on the issue.\n\n“This is something I raised,” Obama said.\n\nLater, president Obama said it could stifle business in China.");
        assert_eq!(
            find(&s, "This is something I raised,").speaker.as_deref(),
            Some("Barack Obama")
        );
        assert_eq!(
            find(&s, "it could stifle business in China")
                .speaker
                .as_deref(),
            Some("Barack Obama")
        );
    }

    #[test]
    fn byline_after_a_quotation() {
        let s = run("“He does not answer to anyone and respects no one.” ― Adriana Rodarte\n“A real disgrace for this country and its people.” ― Azucena Gonzalez");
        assert_eq!(
            find(&s, "He does not answer to anyone and respects no one.")
                .speaker
                .as_deref(),
            Some("Adriana Rodarte")
        );
        assert_eq!(
            find(&s, "A real disgrace for this country and its people.")
                .speaker
                .as_deref(),
            Some("Azucena Gonzalez")
        );
    }

    #[test]
    fn unnamed_speakers_stay_unknown() {
        let s = run("“We were never told about it by anyone,” a source said.");
        let q = find(&s, "We were never told about it by anyone,");
        assert_eq!(q.speaker, None);
        assert_eq!(q.mention.as_deref(), Some("a source"));
    }

    #[test]
    fn scare_quotes_and_names_are_not_statements() {
        let s = run("The legislation would require companies to create “back doors” into their systems.\n\nChina is developing a new “cybersecurity vetting system” to weed out spying.");
        assert!(s.is_empty(), "{s:#?}");
    }

    #[test]
    fn page_boilerplate_yields_nothing() {
        let s = run("Join the newsletter!\n\nSign up to gain exclusive access, he said, to email subscriptions.\n\nEdward Snowden\n\nTags regulationChinadistribution\n\n发表回复\n\n您的电子邮箱地址不会被公开。 必填项已用 * 标注\n\nHave you found an error, or know of something we’ve missed in one of our stories?");
        assert!(s.is_empty(), "{s:#?}");
    }

    #[test]
    fn a_noun_that_looks_like_a_cue_reports_nothing() {
        let s = extract("China defends new cybersecurity demands amid US complaints\n\nBody.");
        assert!(s.is_empty(), "{s:#?}");
    }

    #[test]
    fn an_adverbial_after_the_cue_is_not_what_was_said() {
        let s = run("The mayor said as he left the hall on Monday.");
        assert!(s.is_empty(), "{s:#?}");
        // A fronted clause with its main clause after the comma is reported speech.
        let s = run("The mayor said although the economy grew, jobs lagged.");
        find(&s, "although the economy grew, jobs lagged");
        // "said as much" reports, and so does "as" after a characterising cue.
        let s = run("The mayor has said as much in the past.");
        find(&s, "as much in the past");
        let s =
            run("The deal, which Senator Vail described as a disaster for the country, passed.");
        assert!(
            s.iter()
                .any(|st| st.text.starts_with("as a disaster for the country")),
            "{s:#?}"
        );
    }

    #[test]
    fn the_listener_after_to_is_not_what_was_said() {
        let s = run("Kemp wrote to staff that the consultant had quit.");
        assert_eq!(
            find(&s, "the consultant had quit").speaker.as_deref(),
            Some("Kemp")
        );
    }

    #[test]
    fn according_to_after_a_fronted_time_phrase_reports_the_rest() {
        let s = run("But the next day, according to Roffman, Trump made further demands.");
        let st = find(&s, "Trump made further demands");
        assert_eq!(st.speaker.as_deref(), Some("Roffman"));
        assert_eq!(st.rule, Rule::AccordingTo);
    }

    #[test]
    fn a_cue_word_inside_the_source_of_according_to_is_no_cue() {
        let s = run("The mill cut its payroll by a third, according to county reports.");
        let st = find(&s, "The mill cut its payroll by a third");
        assert_eq!(
            (st.mention.as_deref(), st.rule),
            (Some("county reports"), Rule::AccordingTo)
        );
    }

    #[test]
    fn people_counted_not_named_speak_after_an_inverted_cue() {
        let s = run("The ferry will never run on time, said several commuters.");
        let st = find(&s, "The ferry will never run on time");
        assert_eq!(
            (st.mention.as_deref(), st.rule),
            (Some("several commuters"), Rule::InvertedCue)
        );
        let s = run("The ferry will never run on time, said five commuters.");
        assert_eq!(
            find(&s, "The ferry will never run on time")
                .mention
                .as_deref(),
            Some("five commuters")
        );
        let s = run("The levy is a fair price for clean water, said a handful of farmers who rely on the canal.");
        let st = find(&s, "The levy is a fair price for clean water");
        assert_eq!(st.mention.as_deref(), Some("a handful of farmers"));
        assert_eq!(s.len(), 1, "{s:#?}");
    }

    #[test]
    fn a_transcript_label_in_capitals_names_who_speaks() {
        let s = run("The interview went on.\n\nNINA ORTEGA: The council never voted on the budget.\n\nUPDATE: The council met again on Friday.\n\nUN: PEACEKEEPERS PAYING 13-YEAR-OLDS FOR SEX “The United Nations has been grappling with abuse by its staff.” [WaPo.]");
        let st = find(&s, "The council never voted on the budget");
        assert_eq!(
            (st.speaker.as_deref(), st.rule),
            (Some("Nina Ortega"), Rule::TranscriptLabel)
        );
        // A headline in capitals before its colon's words is no speaker label.
        let q = find(
            &s,
            "The United Nations has been grappling with abuse by its staff.",
        );
        assert_eq!((q.speaker.as_deref(), q.rule), (None, Rule::Unattributed));
        assert_eq!(s.len(), 2, "{s:#?}");
    }

    #[test]
    fn a_stand_alone_quotation_takes_the_speaker_the_next_paragraph_names() {
        let s = run("“I expected to hate it.”\n\nJo Tarr, her lab partner, chimed in.");
        let q = find(&s, "I expected to hate it.");
        assert_eq!(q.speaker.as_deref(), Some("Jo Tarr"));
        assert_eq!(q.rule, Rule::NextParagraphCue);
        // A next paragraph that reports something of its own names no earlier speaker.
        let s = run("“I expected to hate it.”\n\nJo Tarr said the lab was cold.");
        assert_eq!(find(&s, "I expected to hate it.").speaker, None);
        // Nor does one with no cue.
        let s = run("“I expected to hate it.”\n\nJo Tarr left the lab.");
        assert_eq!(find(&s, "I expected to hate it.").rule, Rule::Unattributed);
        // The next paragraph's speaker wins over the speaker a stand-alone quotation seemed to
        // continue; without one, the quotation continues.
        let before = "“We are ahead,” Mara Quill said.\n\n“I expected to hate it.”";
        let s = run(&format!("{before}\n\nJo Tarr, her lab partner, chimed in."));
        let q = find(&s, "I expected to hate it.");
        assert_eq!(
            (q.speaker.as_deref(), q.rule),
            (Some("Jo Tarr"), Rule::NextParagraphCue)
        );
        // A paragraph that leads into the next quotation names nobody for the one before.
        let s = run(&format!("{before}\n\nJo Tarr echoed:\n\n“I loved it.”"));
        let q = find(&s, "I expected to hate it.");
        assert_eq!(
            (q.speaker.as_deref(), q.rule),
            (Some("Mara Quill"), Rule::ContinuedQuote)
        );
        let s = run(&format!("{before}\n\nThe poll closes on Friday."));
        let q = find(&s, "I expected to hate it.");
        assert_eq!(
            (q.speaker.as_deref(), q.rule),
            (Some("Mara Quill"), Rule::ContinuedQuote)
        );
    }

    #[test]
    fn the_senator_is_the_person_last_named_with_that_title() {
        let s = run("Sen. Ann Pike and Gov. Tom Reyes met in Vermont on Tuesday.\n\n“Nobody wanted this outcome,” the senator said. “Every dollar counts,” the governor added. “Not me,” the Vermont senator said. “We will see,” the former senator said.\n\nThe vote fell to former Sen. Jo Tarr. “Not yet,” the former senator said. “We can wait until spring,” the senator said.");
        let said = |text| find(&s, text).speaker.as_deref();
        assert_eq!(said("Nobody wanted this outcome,"), Some("Ann Pike"));
        assert_eq!(said("Every dollar counts,"), Some("Tom Reyes"));
        // A senator from a place may be someone never given the title, and a former senator
        // is one named so.
        assert_eq!(said("Not me,"), None);
        assert_eq!(said("We will see,"), None);
        assert_eq!(said("Not yet,"), Some("Jo Tarr"));
        assert_eq!(said("We can wait until spring,"), Some("Ann Pike"));
        // Nor does "the senator" reach back past a few paragraphs.
        let far = "The vote was close. ".repeat(110);
        let s = run(&format!(
            "Sen. Ann Pike spoke first.\n\n{far}\n\n“Nobody wanted this,” the senator said."
        ));
        assert_eq!(find(&s, "Nobody wanted this,").speaker, None);
    }

    #[test]
    fn the_agent_of_a_participle_of_getting_hold_is_no_subject() {
        let s = run("A memo obtained by The Courier warns that “the fund is empty.” A witness interviewed by committee staff said the fund “was raided.” A survey conducted by Gallup found that “most voters are unsure.”");
        let q = find(&s, "the fund is empty.");
        assert_eq!(
            (q.mention.as_deref(), q.rule),
            (Some("A memo"), Rule::PassiveModifier)
        );
        assert_eq!(
            find(&s, "was raided.").mention.as_deref(),
            Some("A witness")
        );
        // The agent of a participle of making speaks.
        let q = find(&s, "most voters are unsure.");
        assert_eq!(
            (q.speaker.as_deref(), q.rule),
            (Some("Gallup"), Rule::SubjectCue)
        );
    }

    #[test]
    fn a_headline_names_nobody_a_pronoun_could_mean() {
        let s = extract("Senators Debate the Budget\n\nAnn Pike and Tom Reyes met on Tuesday.\n\n“This plan will pass,” he said.");
        assert_eq!(
            find(&s, "This plan will pass,").speaker.as_deref(),
            Some("Tom Reyes")
        );
        // Yet a name the headline gives in full names the surname of the body.
        let s = extract("Felipe Calderon: The Wall Is Useless\n\nCalderon said the wall is “completely useless.”");
        assert_eq!(
            find(&s, "completely useless.").speaker.as_deref(),
            Some("Felipe Calderon")
        );
    }

    #[test]
    fn a_generic_company_with_no_antecedent_is_the_organisation_its_words_open_with() {
        let s = run("The bank is “reviewing the matter,” the company said.");
        let q = find(&s, "reviewing the matter,");
        assert_eq!(q.speaker.as_deref(), Some("the bank"));
        assert_eq!(q.mention.as_deref(), Some("the company"));
        // An organisation that spoke before is the one "the company" refers to.
        let s = run("Acme Corp. said it would cut jobs.\n\nThe bank is “reviewing the matter,” the company said.");
        assert_eq!(
            find(&s, "reviewing the matter,").speaker.as_deref(),
            Some("Acme Corp.")
        );
        // A document is no speaker.
        let s = run("The report is “a fraud,” the company said.");
        assert_eq!(find(&s, "a fraud,").speaker, None);
    }

    #[test]
    fn a_quotation_with_its_own_cue_before_it_ends_its_sentence() {
        for text in [
            "Jane Pike sighed, “Not again.” Tom Reed fumed that the vote was rigged.",
            "Jane Pike said: “Not again.” Tom Reed said the vote was rigged.",
        ] {
            let s = run(text);
            assert_eq!(find(&s, "Not again.").speaker.as_deref(), Some("Jane Pike"));
            assert_eq!(
                find(&s, "the vote was rigged").speaker.as_deref(),
                Some("Tom Reed")
            );
        }
        // Without a cue before it, the cue after the quotation is its own.
        let s = run("“Build the wall!” Trump said.");
        assert_eq!(
            find(&s, "Build the wall!").speaker.as_deref(),
            Some("Trump")
        );
    }

    #[test]
    fn went_on_about_is_a_cue() {
        let s = run("Senator Vail went on about how “nobody listens” to the council.");
        assert_eq!(find(&s, "nobody listens").speaker.as_deref(), Some("Vail"));
        assert_eq!(
            find(&s, "how “nobody listens” to the council").kind,
            StatementKind::Indirect
        );
    }

    #[test]
    fn a_verb_of_intention_reports_its_infinitive() {
        let s = run(
            "Senator Vail plans to block the bill next week. Smith declined to comment \
             on the inquiry. Sales declined to a low. Output had declined to below 50 per cent. The plans to expand stalled. \
             The share willing to invest fell. Vendors wanting to sell here pay more. Cruz is willing to debate anyone.",
        );
        let st = find(&s, "to block the bill next week");
        assert_eq!(
            (st.kind, st.speaker.as_deref(), st.rule),
            (StatementKind::Indirect, Some("Vail"), Rule::Intention)
        );
        assert_eq!(
            find(&s, "to comment on the inquiry").speaker.as_deref(),
            Some("Smith")
        );
        assert_eq!(
            find(&s, "to debate anyone").speaker.as_deref(),
            Some("Cruz")
        );
        // "Sales" is no one, "plans" as a noun has no subject before it, and "willing" after a
        // noun describes it.
        assert_eq!(s.len(), 3, "{s:#?}");
    }

    #[test]
    fn a_verb_of_knowing_reports_its_that_clause_only() {
        let s =
            run("Governor Marr recognized that the deal had failed. Marr recognized the crowd.");
        let st = find(&s, "the deal had failed");
        assert_eq!(
            (st.speaker.as_deref(), st.rule),
            (Some("Marr"), Rule::ThatClause)
        );
        assert_eq!(s.len(), 1, "{s:#?}");
    }

    #[test]
    fn a_plan_reported_inside_another_cue_leaves_the_quotation_to_it() {
        let s = run(
            "Dana Reyes, the group's director, said her office plans to “fight this in \
             every court we can.”",
        );
        let q = find(&s, "fight this in every court we can.");
        assert_eq!(q.speaker.as_deref(), Some("Dana Reyes"));
    }

    #[test]
    fn a_verb_of_speaking_reports_its_prepositional_object() {
        let s = run(
            "Senator Vail talked about the budget crisis on Monday. The issue Vail talked about \
             is taxes. Rep. Ana Brisk railed against the new tariffs. Cruz called on Congress to \
             act. The report focused on wages. She was too focused on her campaign. Vail spoke \
             on condition of anonymity.",
        );
        let st = find(&s, "the budget crisis on Monday");
        assert_eq!(
            (st.kind, st.speaker.as_deref(), st.rule),
            (
                StatementKind::Indirect,
                Some("Vail"),
                Rule::PrepositionalObject
            )
        );
        assert_eq!(
            find(&s, "the new tariffs").speaker.as_deref(),
            Some("Ana Brisk")
        );
        assert_eq!(find(&s, "Congress to act").speaker.as_deref(), Some("Cruz"));
        // A relative clause's gap ("the issue Vail talked about is"), a topic that is no
        // speaking ("focused on"), and "spoke on condition" report nothing.
        assert_eq!(s.len(), 3, "{s:#?}");
    }

    #[test]
    fn a_verb_of_stance_reports_its_direct_object_when_no_other_cue_is_there() {
        let s = run(
            "Senator Rae Vail supported the farm bill in 2013. The farm bill, supported by \
             Democrats, failed. The plan was opposed by unions. Ana Brisk criticized voters who \
             support the plan as “naive and misled.” Veterans came back home. The firm backed down.",
        );
        let st = find(&s, "the farm bill in 2013");
        assert_eq!(
            (st.kind, st.speaker.as_deref(), st.rule),
            (
                StatementKind::Indirect,
                Some("Rae Vail"),
                Rule::StanceObject
            )
        );
        // Beside a verb of saying the stance is part of what is said: Brisk speaks.
        let q = find(&s, "naive and misled.");
        assert_eq!(
            (q.speaker.as_deref(), q.rule),
            (Some("Ana Brisk"), Rule::SubjectCue)
        );
        // Participles, passives ("supported by", "was opposed by") and particles ("backed
        // down") name no holder: the three statements are Vail's and Brisk's two.
        assert_eq!(s.len(), 3, "{s:#?}");
    }

    #[test]
    fn a_verb_of_appearance_reports_its_infinitive() {
        let s = run("Senator Rae Vail appears to favor a border wall. It seems so.");
        let st = find(&s, "to favor a border wall");
        assert_eq!(
            (st.kind, st.speaker.as_deref(), st.rule),
            (StatementKind::Indirect, Some("Rae Vail"), Rule::Intention)
        );
        assert_eq!(s.len(), 1, "{s:#?}");
    }

    #[test]
    fn a_role_from_a_place_describes_a_person() {
        let s = run(
            "Senator Bernie Sanders spoke on Monday.\n\nThe senator from Vermont said the bill \
             would fail.\n\nThe governor of Texas said the wall would rise.",
        );
        // No one with the role spoke before: unnamed, never "Vermont" or "Texas".
        let st = find(&s, "the bill would fail");
        assert_eq!(
            (st.speaker.as_deref(), st.mention.as_deref()),
            (None, Some("The senator from Vermont"))
        );
        assert_eq!(find(&s, "the wall would rise").speaker, None);
    }

    #[test]
    fn a_title_case_quotation_after_a_preposition_is_a_title() {
        let s = run("Rubio said on ABC's “This Week With George Stephanopoulos.”");
        assert!(
            s.iter().all(|st| st.kind == StatementKind::Indirect),
            "{s:#?}"
        );
        let s = run("Rubio said on Sunday, “We Will Win This Race.”");
        assert_eq!(
            find(&s, "We Will Win This Race.").speaker.as_deref(),
            Some("Rubio")
        );
    }

    #[test]
    fn a_wire_photo_caption_yields_nothing() {
        let s = run(
            "FILE PHOTO: Senator Ted Cruz says “the bill is dead” in Washington, July 28, 2017.",
        );
        assert!(s.is_empty(), "{s:#?}");
    }

    #[test]
    fn the_possessor_of_a_claim_holds_its_that_clause() {
        let s = run(
            "Senator Ann Vail spoke in Iowa. Her belief that the deal is fair is well known. \
             Crowds cheering Vail's claim that taxes will fall were loud. There is a belief \
             that prices will rise.",
        );
        let st = find(&s, "the deal is fair is well known");
        assert_eq!(
            (st.speaker.as_deref(), st.rule),
            (Some("Ann Vail"), Rule::PossessedStatement)
        );
        assert_eq!(
            find(&s, "taxes will fall were loud").mention.as_deref(),
            Some("Vail's")
        );
        // "a belief that" names no one.
        assert_eq!(s.len(), 2, "{s:#?}");
    }
}
