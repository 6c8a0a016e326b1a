//! The parts of the official layout (NĐ 30/2020/NĐ-CP Phụ lục I) around a document's body, worked out for
//! the templates: the header (superior body over issuing body, number and symbol, place and date), Kính gửi,
//! and the signature block with Nơi nhận (the motto, the document type and the trích yếu are wording, in the
//! labels). What people left empty prints
//! as the dotted placeholder offices fill by hand. Agency names are broken into lines at word boundaries only.

use serde::{Deserialize, Serialize};

use crate::issuance::Issuance;
use crate::text::Lang;

/// The dotted placeholder printed where a person writes by hand.
pub const BLANK: &str = "……………";

/// The longest line of an agency name in the header's left column, in characters: the column is about 6 cm
/// wide, 12 pt capitals.
const AGENCY_LINE: usize = 24;

/// The header and the closing of a document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs, reason = "documented in templates/README.md")]
pub struct LetterheadView {
    /// The superior body in capitals, one entry per printed line (empty when none is given).
    pub superior: Vec<String>,
    /// The issuing body in capitals, one entry per printed line.
    pub issuer: Vec<String>,
    /// "Số: 45/BC-STP", or the placeholder.
    pub number: String,
    pub place_date: String,
    /// Kính gửi; empty when the document is not addressed.
    pub addressees: Vec<String>,
    pub signer: SignerView,
    /// Nơi nhận, each line as printed ("- Như trên;", …, "- Lưu: VT, …").
    pub recipients: Vec<String>,
}

/// The signature block.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs, reason = "documented in templates/README.md")]
pub struct SignerView {
    /// Quyền hạn in capitals ("KT. GIÁM ĐỐC"); empty when the head signs.
    pub authority: String,
    /// Chức vụ in capitals, or the placeholder.
    pub title: String,
    /// Họ tên, or the placeholder.
    pub name: String,
}

/// What a document's letterhead is made of.
pub(crate) struct Parts<'a> {
    pub issuance: &'a Issuance,
    /// The issuing body (the drafting body, the appraising body).
    pub issuer: &'a str,
    /// The number and symbol as typed (empty: a placeholder).
    pub number: &'a str,
    /// The type of document for the placeholder's symbol ("BC" for a báo cáo), when there is one.
    pub symbol: Option<&'a str>,
    pub place_date: String,
    /// Whom the document goes to when the people named no one (the report goes to the drafting body).
    pub default_addressee: Option<&'a str>,
}

pub(crate) fn build(p: &Parts<'_>, lang: Lang) -> LetterheadView {
    let i = p.issuance;
    let number = p.number.trim();
    let number = if number.is_empty() {
        match p.symbol {
            Some(symbol) => format!(
                "…/{symbol}-{}",
                initials(p.issuer).unwrap_or_else(|| "…".into())
            ),
            None => BLANK.to_owned(),
        }
    } else {
        number.to_owned()
    };
    let mut addressees = lines(&i.addressees);
    if addressees.is_empty()
        && let Some(a) = p.default_addressee.map(str::trim).filter(|a| !a.is_empty())
    {
        addressees.push(a.to_owned());
    }
    let issuer = p.issuer.trim();
    LetterheadView {
        superior: agency_lines(&i.superior_body),
        issuer: if issuer.is_empty() {
            vec![BLANK.to_owned()]
        } else {
            agency_lines(issuer)
        },
        number: format!("{} {number}", lang.pick("Số:", "No.:")),
        place_date: p.place_date.clone(),
        signer: SignerView {
            authority: i.signer.authority.trim().to_uppercase(),
            title: or_blank(&i.signer.title.trim().to_uppercase()),
            name: or_blank(i.signer.name.trim()),
        },
        recipients: recipients(&i.recipients, !addressees.is_empty(), lang),
        addressees,
    }
}

fn or_blank(s: &str) -> String {
    if s.is_empty() {
        BLANK.to_owned()
    } else {
        s.to_owned()
    }
}

/// The non-empty entries, trimmed.
fn lines(list: &[String]) -> Vec<String> {
    list.iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Nơi nhận as printed: "- X;" for each entry and "- Lưu: VT, …." last (added when no entry starts with
/// "Lưu"); "- Như trên;" first when nothing was typed and the document is addressed.
fn recipients(typed: &[String], addressed: bool, lang: Lang) -> Vec<String> {
    let archive = lang.pick("Lưu", "Archive");
    let mut list: Vec<String> = lines(typed)
        .into_iter()
        .map(|s| {
            s.trim_start_matches(['-', '–', '+', '•'])
                .trim_end_matches([';', '.', ','])
                .trim()
                .to_owned()
        })
        .filter(|s| !s.is_empty())
        .collect();
    if list.is_empty() && addressed {
        list.push(lang.pick("Như trên", "As above").to_owned());
    }
    let archived = list.iter().position(|s| s.starts_with(archive));
    match archived {
        // The archive line is printed last.
        Some(at) => {
            let line = list.remove(at);
            list.push(line);
        }
        None => list.push(format!("{archive}: VT, …")),
    }
    let final_line = list.len() - 1;
    list.into_iter()
        .enumerate()
        .map(|(n, s)| {
            let end = if n == final_line {
                if s.ends_with('…') { "" } else { "." }
            } else {
                ";"
            };
            format!("- {s}{end}")
        })
        .collect()
}

/// An agency's name in capitals, as printed lines: the lines typed (a line break in the name wins), each
/// longer than the column broken at spaces into balanced lines — never inside a word.
pub(crate) fn agency_lines(name: &str) -> Vec<String> {
    name.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .flat_map(|l| {
            let l = l.to_uppercase();
            before_locality(&l, AGENCY_LINE).unwrap_or_else(|| balanced(&l, AGENCY_LINE))
        })
        .collect()
}

/// The words that open a locality in an agency's name, in capitals: a name too long for one line breaks
/// before its locality first ("ỦY BAN NHÂN DÂN" / "THÀNH PHỐ HÀ NỘI").
const LOCALITY: [&str; 7] = [
    "THÀNH PHỐ",
    "TỈNH",
    "QUẬN",
    "HUYỆN",
    "THỊ XÃ",
    "XÃ",
    "PHƯỜNG",
];

/// `text` in two lines broken before its locality, when it is too long for one and both lines fit.
fn before_locality(text: &str, width: usize) -> Option<Vec<String>> {
    if text.chars().count() <= width {
        return None;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    (1..words.len()).find_map(|at| {
        let rest = words[at..].join(" ");
        let head = words[..at].join(" ");
        let opens = LOCALITY
            .iter()
            .any(|l| rest == *l || rest.starts_with(&format!("{l} ")));
        (opens && head.chars().count() <= width && rest.chars().count() <= width)
            .then(|| vec![head, rest])
    })
}

/// Breaks `text` at spaces into the fewest lines of at most `width` characters (a word longer than that
/// gets a line of its own), then evens them out: of the breaks into that many lines, the one whose longest
/// line is shortest.
fn balanced(text: &str, width: usize) -> Vec<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let len = |ws: &[&str]| {
        ws.iter().map(|w| w.chars().count()).sum::<usize>() + ws.len().saturating_sub(1)
    };
    if len(&words) <= width || words.len() < 2 {
        return vec![words.join(" ")];
    }
    // The fewest lines, greedily.
    let mut count = 1;
    let mut line = 0;
    for w in &words {
        let n = w.chars().count();
        if line > 0 && line + 1 + n > width {
            count += 1;
            line = n;
        } else {
            line += if line > 0 { 1 + n } else { n };
        }
    }
    // The smallest longest line that still fits in `count` lines.
    let fits = |limit: usize| {
        let (mut lines, mut line) = (1, 0);
        for w in &words {
            let n = w.chars().count();
            if line > 0 && line + 1 + n > limit {
                lines += 1;
                line = n;
            } else {
                line += if line > 0 { 1 + n } else { n };
            }
        }
        lines <= count
    };
    let longest_word = words.iter().map(|w| w.chars().count()).max().unwrap_or(0);
    let limit = (longest_word..=width.max(longest_word))
        .find(|&l| fits(l))
        .unwrap_or(width);
    let mut out: Vec<Vec<&str>> = vec![Vec::new()];
    for w in &words {
        let current = out.last_mut().expect("a line");
        let mut probe = current.clone();
        probe.push(w);
        if !current.is_empty() && len(&probe) > limit {
            out.push(vec![w]);
        } else {
            current.push(w);
        }
    }
    out.into_iter().map(|ws| ws.join(" ")).collect()
}

/// The initials offices use in a document's symbol ("Sở Tư pháp thành phố Hà Nội" → "STP"): the first
/// letter of each word of the name before the locality, without its tone marks (Đ kept), skipping "và".
fn initials(body: &str) -> Option<String> {
    const LOCALITY: [&str; 6] = ["thành", "tỉnh", "quận", "huyện", "xã", "phường"];
    let mut out = String::new();
    for w in body.split_whitespace() {
        let lower = w.to_lowercase();
        if LOCALITY.contains(&lower.as_str()) && !out.is_empty() {
            break;
        }
        if lower == "và" {
            continue;
        }
        if let Some(c) = w.chars().next() {
            out.push(base_letter(c));
        }
    }
    (!out.is_empty()).then_some(out)
}

/// A letter in capitals without its tone and vowel marks (Đ is a letter of its own and stays).
fn base_letter(c: char) -> char {
    const GROUPS: [(&str, char); 6] = [
        ("ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ", 'A'),
        ("ÈÉẺẼẸÊỀẾỂỄỆ", 'E'),
        ("ÌÍỈĨỊ", 'I'),
        ("ÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ", 'O'),
        ("ÙÚỦŨỤƯỪỨỬỮỰ", 'U'),
        ("ỲÝỶỸỴ", 'Y'),
    ];
    let upper = c.to_uppercase().next().unwrap_or(c);
    GROUPS
        .iter()
        .find(|(set, _)| set.contains(upper))
        .map_or(upper, |&(_, base)| base)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_agency_name_breaks_between_words_into_even_lines() {
        assert_eq!(
            agency_lines("Ủy ban nhân dân thành phố Hà Nội"),
            ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ NỘI"]
        );
        assert_eq!(agency_lines("Sở Tư pháp"), ["SỞ TƯ PHÁP"]);
        // A line typed by the person wins.
        assert_eq!(
            agency_lines("Sở Xây dựng\nthành phố Hà Nội"),
            ["SỞ XÂY DỰNG", "THÀNH PHỐ HÀ NỘI"]
        );
        // No line is longer than the column unless a single word is.
        let long = "Văn phòng Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu và các cơ quan liên quan";
        for l in agency_lines(long) {
            assert!(l.chars().count() <= AGENCY_LINE, "{l}");
        }
        let joined = agency_lines(long).join(" ");
        assert_eq!(joined, long.to_uppercase(), "nothing lost, no word cut");
    }

    #[test]
    fn the_symbol_placeholder_takes_the_initials_of_the_body() {
        assert_eq!(
            initials("Sở Tư pháp thành phố Hà Nội").as_deref(),
            Some("STP")
        );
        assert_eq!(
            initials("Sở Giáo dục và Đào tạo tỉnh Nam Định").as_deref(),
            Some("SGDĐT")
        );
        assert_eq!(initials("Ủy ban nhân dân").as_deref(), Some("UBND"));
        assert_eq!(initials("  "), None);
    }

    #[test]
    fn recipients_end_with_the_archive_line() {
        let typed = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(
            recipients(&[], true, Lang::Vi),
            ["- Như trên;", "- Lưu: VT, …"]
        );
        assert_eq!(recipients(&[], false, Lang::Vi), ["- Lưu: VT, …"]);
        assert_eq!(
            recipients(
                &typed(&["- Lưu: VT, KSTTHC.", "Sở Xây dựng;", "Giám đốc Sở (để b/c)"]),
                true,
                Lang::Vi
            ),
            [
                "- Sở Xây dựng;",
                "- Giám đốc Sở (để b/c);",
                "- Lưu: VT, KSTTHC."
            ]
        );
    }

    #[test]
    fn empty_parts_print_as_placeholders() {
        let issuance = Issuance::default();
        let v = build(
            &Parts {
                issuance: &issuance,
                issuer: "Sở Tư pháp thành phố Hà Nội",
                number: "",
                symbol: Some("BC"),
                place_date: "Hà Nội, ngày 01 tháng 12 năm 2026".into(),
                default_addressee: Some("Sở Xây dựng thành phố Hà Nội"),
            },
            Lang::Vi,
        );
        assert_eq!(v.number, "Số: …/BC-STP");
        assert_eq!(v.addressees, ["Sở Xây dựng thành phố Hà Nội"]);
        assert_eq!(v.signer.title, BLANK);
        assert_eq!(v.signer.name, BLANK);
        assert!(v.superior.is_empty());
        assert_eq!(v.issuer, ["SỞ TƯ PHÁP", "THÀNH PHỐ HÀ NỘI"]);
    }
}
