//! Extraction on any text: no panic, and every statement's offsets (code points, end exclusive)
//! give back its text, and its speaker mention's offsets give back the mention.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(body) = std::str::from_utf8(data) else {
        return;
    };
    let chars: Vec<char> = body.chars().collect();
    let span = |start: usize, end: usize| -> String {
        assert!(start <= end && end <= chars.len(), "{start}..{end} of {}", chars.len());
        chars[start..end].iter().collect()
    };
    for s in claimdb::extract::extract(body) {
        assert_eq!(span(s.start, s.end), s.text);
        if let (Some(m), Some(start), Some(end)) = (&s.mention, s.mention_start, s.mention_end) {
            assert_eq!(&span(start, end), m);
        }
    }
});
