//! The terminal view of a group: a heading with its verdict and speaker, its differences and
//! notes, then each copy with its outlet and date, its own words (what it drops struck out in
//! red, what it adds in green, or [-...-] and {+...+} without colour) and its link on a line of
//! its own. Lines wrap at the terminal's width.

use std::io::Write;

use anyhow::Result;

use crate::crosscheck::Group;

pub struct View {
    pub colour: bool,
    pub width: usize,
}

const DROPPED: &str = "\x1b[9;31m";
const ADDED: &str = "\x1b[32m";
const BOLD: &str = "\x1b[1m";
const DIM: &str = "\x1b[2m";
const RESET: &str = "\x1b[0m";

impl View {
    pub fn write(&self, g: &Group, out: &mut impl Write) -> Result<()> {
        let outlets: std::collections::BTreeSet<&str> = g
            .members
            .iter()
            .map(|m| m.outlet.as_deref().unwrap_or(&m.article))
            .collect();
        let heading = format!(
            "group {} · {} · {} · {} copies from {} outlets",
            g.id,
            g.verdict.to_uppercase(),
            g.speaker.as_deref().unwrap_or("speaker unknown"),
            g.members.len(),
            outlets.len()
        );
        self.wrapped(out, "", &heading, BOLD)?;
        for d in &g.differences {
            self.wrapped(out, "  ! ", &self.diff(d), "")?;
        }
        for n in &g.notes {
            self.wrapped(out, "  note: ", &self.diff(n), "")?;
        }
        for m in &g.members {
            let mut about = m.outlet.clone().unwrap_or_else(|| m.article.clone());
            if let Some(date) = &m.published {
                about += &format!(" · {date}");
            }
            if let Some(s) = &m.speaker {
                about += &format!(" · {s}");
            }
            self.wrapped(out, "  ", &about, BOLD)?;
            let words = match &m.diff {
                Some(diff) => self.diff(diff),
                None => m.text.clone(),
            };
            self.wrapped(out, "    ", &words, "")?;
            writeln!(out, "    {}", self.paint(DIM, &m.link))?;
        }
        Ok(())
    }

    fn paint(&self, style: &str, text: &str) -> String {
        if self.colour {
            format!("{style}{text}{RESET}")
        } else {
            text.to_string()
        }
    }

    /// A stored diff with its marks turned into colour, when colour is on.
    fn diff(&self, diff: &str) -> String {
        if !self.colour {
            return diff.to_string();
        }
        diff.replace("[-", DROPPED)
            .replace("-]", RESET)
            .replace("{+", ADDED)
            .replace("+}", RESET)
    }

    /// Writes `text` after `indent`, wrapped at the width (escape codes take no room), each
    /// line in `style` when colour is on.
    fn wrapped(&self, out: &mut impl Write, indent: &str, text: &str, style: &str) -> Result<()> {
        let room = self.width.saturating_sub(indent.chars().count()).max(20);
        let pad = " ".repeat(indent.chars().count());
        let mut lines: Vec<String> = vec![String::new()];
        let mut used = 0;
        for word in text.split_whitespace() {
            let visible = visible_len(word);
            if used > 0 && used + 1 + visible > room {
                lines.push(String::new());
                used = 0;
            }
            let line = lines.last_mut().expect("one line at least");
            if used > 0 {
                line.push(' ');
                used += 1;
            }
            line.push_str(word);
            used += visible;
        }
        for (k, line) in lines.iter().enumerate() {
            let lead = if k == 0 { indent } else { &pad };
            if style.is_empty() {
                writeln!(out, "{lead}{line}")?;
            } else {
                writeln!(out, "{lead}{}", self.paint(style, line))?;
            }
        }
        Ok(())
    }
}

/// Characters a terminal shows, ANSI escape sequences left out.
fn visible_len(s: &str) -> usize {
    let mut n = 0;
    let mut escape = false;
    for c in s.chars() {
        match (escape, c) {
            (false, '\x1b') => escape = true,
            (true, 'm') => escape = false,
            (true, _) => {}
            (false, _) => n += 1,
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crosscheck::GroupMember;

    fn group() -> Group {
        let member = |outlet: &str, text: &str, diff: Option<&str>| GroupMember {
            article: format!("{outlet}.txt"),
            outlet: Some(outlet.into()),
            start: 0,
            end: text.chars().count() as i64,
            text: text.into(),
            speaker: Some("Barack Obama".into()),
            role: None,
            link: format!("https://{outlet}/a#:~:text=We"),
            published: Some("2015-03-03".into()),
            diff: diff.map(String::from),
        };
        Group {
            id: 3,
            verdict: "reworded".into(),
            speaker: Some("Barack Obama".into()),
            members: vec![
                member("yunba.cc", "We have made it very clear to them", None),
                member(
                    "example.org",
                    "We have made it clear to them",
                    Some("We have made it [-very-] clear to them"),
                ),
            ],
            differences: vec!["example.org drops 'very': We have made it [-very-] clear".into()],
            notes: vec![],
        }
    }

    #[test]
    fn a_block_shows_each_copy_with_its_words_and_link() {
        let mut out = Vec::new();
        View {
            colour: false,
            width: 80,
        }
        .write(&group(), &mut out)
        .unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(
            text,
            "group 3 · REWORDED · Barack Obama · 2 copies from 2 outlets\n  ! example.org drops 'very': We have made it [-very-] clear\n  yunba.cc · 2015-03-03 · Barack Obama\n    We have made it very clear to them\n    https://yunba.cc/a#:~:text=We\n  example.org · 2015-03-03 · Barack Obama\n    We have made it [-very-] clear to them\n    https://example.org/a#:~:text=We\n"
        );
    }

    #[test]
    fn colour_replaces_the_marks_and_lines_fit_the_width() {
        let mut out = Vec::new();
        View {
            colour: true,
            width: 40,
        }
        .write(&group(), &mut out)
        .unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains("\x1b[9;31mvery\x1b[0m"), "{text:?}");
        assert!(!text.contains("[-"));
        assert!(
            text.lines()
                .all(|l| visible_len(l) <= 40 || !l.trim_start().contains(" ")),
            "{text}"
        );
    }
}
