use std::io::Write;
fn main() {
    let mut out = std::io::stdout().lock();
    for path in std::env::args().skip(1) {
        let body = std::fs::read_to_string(&path).unwrap();
        let name = std::path::Path::new(&path).file_name().unwrap().to_string_lossy().to_string();
        for s in claimdb::extract::extract(&body) {
            let mut v = serde_json::to_value(&s).unwrap();
            v["article"] = name.clone().into();
            writeln!(out, "{}", v).unwrap();
        }
    }
}
