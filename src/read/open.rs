//! Opening a source: only regular files (and stdin) are read, never more than `--max-size`
//! bytes at once, gzip-compressed files decompressed on the way.

use std::fs::File;
use std::io::{BufRead, BufReader, Read};

use flate2::read::MultiGzDecoder;
use indicatif::ProgressBar;

use super::{input_error, InputError, Source};

/// The source's bytes as a stream (for JSON Lines, read record by record).
pub fn stream(
    source: &Source,
    gz: bool,
    progress: &ProgressBar,
) -> Result<Box<dyn BufRead>, InputError> {
    let raw: Box<dyn Read> = match source {
        Source::Stdin => Box::new(std::io::stdin()),
        _ => Box::new(progress.wrap_read(regular_file(source)?)),
    };
    Ok(if gz {
        Box::new(BufReader::new(MultiGzDecoder::new(BufReader::new(raw))))
    } else {
        Box::new(BufReader::new(raw))
    })
}

/// All of the source's bytes, refused when there are more than `max_size` (after
/// decompression: a small .gz can hold a large file).
pub fn whole(
    source: &Source,
    gz: bool,
    max_size: u64,
    progress: &ProgressBar,
) -> Result<Vec<u8>, InputError> {
    let shown = source.shown();
    if let Source::File { path, .. } = source {
        let len = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
        if !gz && len > max_size {
            return Err(too_large(&shown, max_size));
        }
    }
    let reader = stream(source, gz, progress)?;
    let mut bytes = Vec::new();
    reader
        .take(max_size + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| match (gz, e.kind()) {
            (true, std::io::ErrorKind::InvalidInput | std::io::ErrorKind::InvalidData) => {
                input_error(&shown, format!("not a valid gzip file: {e}"))
            }
            _ => input_error(&shown, format!("cannot read: {e}")),
        })?;
    if bytes.len() as u64 > max_size {
        return Err(too_large(&shown, max_size));
    }
    Ok(bytes)
}

pub fn too_large(shown: &str, max_size: u64) -> InputError {
    input_error(
        shown,
        format!(
            "larger than --max-size ({}); raise the limit if it really is one article",
            human(max_size)
        ),
    )
}

/// 20000000 -> "20 MB"
pub fn human(bytes: u64) -> String {
    match bytes {
        b if b >= 1_000_000_000 && b % 1_000_000 == 0 => format!("{} GB", b as f64 / 1e9),
        b if b >= 1_000_000 && b % 1000 == 0 => format!("{} MB", b as f64 / 1e6),
        b if b >= 1000 => format!("{} kB", b as f64 / 1e3),
        b => format!("{b} bytes"),
    }
}

/// Opens a regular file (following symlinks). FIFOs, devices and sockets are refused before
/// opening them: a FIFO would block and a device never ends.
pub fn regular_file(source: &Source) -> Result<File, InputError> {
    let shown = source.shown();
    let Source::File { path, .. } = source else {
        return Err(input_error(&shown, "not a file"));
    };
    let cannot = |e: std::io::Error| {
        let why = match e.kind() {
            std::io::ErrorKind::NotFound => "no such file".to_string(),
            std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
            _ => format!("cannot read: {e}"),
        };
        input_error(&shown, why)
    };
    let meta = std::fs::metadata(path).map_err(cannot)?;
    if !meta.is_file() {
        return Err(input_error(
            &shown,
            format!(
                "not a regular file ({}); claimdb reads regular files, directories and - (stdin)",
                file_type_name(&meta.file_type())
            ),
        ));
    }
    File::open(path).map_err(cannot)
}

#[cfg(unix)]
fn file_type_name(t: &std::fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if t.is_fifo() {
        "a FIFO"
    } else if t.is_char_device() || t.is_block_device() {
        "a device"
    } else if t.is_socket() {
        "a socket"
    } else {
        "not a file"
    }
}

#[cfg(not(unix))]
fn file_type_name(_: &std::fs::FileType) -> &'static str {
    "not a file"
}

/// Parses a size such as `20MB`, `500k`, `1.5M`, `2GiB` or `1048576` (bytes).
pub fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let split = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(t.len());
    let (number, unit) = t.split_at(split);
    let number: f64 = number
        .parse()
        .map_err(|_| format!("'{s}' is not a size (examples: 20MB, 500k, 1048576)"))?;
    let factor: f64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1.0,
        "k" | "kb" => 1e3,
        "m" | "mb" => 1e6,
        "g" | "gb" => 1e9,
        "kib" => 1024.0,
        "mib" => 1024.0 * 1024.0,
        "gib" => 1024.0 * 1024.0 * 1024.0,
        _ => {
            return Err(format!(
                "'{s}' has an unknown unit (use k, MB, GB, KiB, MiB, GiB)"
            ))
        }
    };
    let bytes = number * factor;
    if bytes < 1.0 {
        return Err(format!("'{s}' is smaller than one byte"));
    }
    Ok(bytes as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("20MB"), Ok(20_000_000));
        assert_eq!(parse_size("500k"), Ok(500_000));
        assert_eq!(parse_size("1.5M"), Ok(1_500_000));
        assert_eq!(parse_size("2KiB"), Ok(2048));
        assert_eq!(parse_size("1048576"), Ok(1_048_576));
        assert!(parse_size("lots").is_err());
        assert!(parse_size("5 parsecs").is_err());
        assert!(parse_size("0").is_err());
        assert_eq!(human(20_000_000), "20 MB");
        assert_eq!(human(500_000), "500 kB");
    }
}
