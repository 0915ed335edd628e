//! Typesetting with typst as a library: an in-memory World that holds one template, the report's data as
//! JSON and its attachments (logo, included parts). Nothing is read from disk or downloaded: the
//! templates and the font (Inter, OFL) are compiled into the binary, and `@preview` packages are refused.
//! User text reaches typst only as JSON data, never as markup.

use std::collections::HashMap;
use std::sync::LazyLock;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards};

use crate::RapportFout;

const HUISSTIJL: &str = include_str!("../sjablonen/huisstijl.typ");

/// The fonts: Inter (the house style's sans-serif, SIL Open Font License, see fonts/OFL.txt), then
/// typst's own as a fallback for any glyph Inter lacks.
static LETTERS: LazyLock<(LazyHash<FontBook>, Vec<Font>)> = LazyLock::new(|| {
    let inter: [&'static [u8]; 4] = [
        include_bytes!("../fonts/Inter-Regular.otf"),
        include_bytes!("../fonts/Inter-Bold.otf"),
        include_bytes!("../fonts/Inter-Italic.otf"),
        include_bytes!("../fonts/Inter-SemiBold.otf"),
    ];
    let fonts: Vec<Font> =
        inter.into_iter().chain(typst_assets::fonts()).flat_map(|data| Font::iter(Bytes::new(data))).collect();
    (LazyHash::new(FontBook::from_fonts(&fonts)), fonts)
});

static BIBLIOTHEEK: LazyLock<LazyHash<Library>> = LazyLock::new(|| LazyHash::new(Library::default()));

fn bestand(pad: &str) -> FileId {
    RootedPath::new(VirtualRoot::Project, VirtualPath::new(pad).expect("een geldig pad")).intern()
}

/// One compilation: the main template, the house style, the data and the attachments.
struct Wereld {
    hoofd: Source,
    huisstijl: Source,
    bestanden: HashMap<FileId, Bytes>,
}

impl World for Wereld {
    fn library(&self) -> &LazyHash<Library> {
        &BIBLIOTHEEK
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &LETTERS.0
    }

    fn main(&self) -> FileId {
        self.hoofd.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.hoofd.id() {
            Ok(self.hoofd.clone())
        } else if id == self.huisstijl.id() {
            Ok(self.huisstijl.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        self.bestanden.get(&id).cloned().ok_or(FileError::AccessDenied)
    }

    fn font(&self, index: usize) -> Option<Font> {
        LETTERS.1.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}

/// What to typeset: a template (typst source under `sjablonen/`), its data, attachments by virtual path.
pub(crate) struct Zetwerk<'a> {
    pub sjabloon: &'static str,
    pub gegevens: serde_json::Value,
    /// Attachments by path (`/logo`, `/bijlage/0`, …).
    pub bijlagen: Vec<(String, Vec<u8>)>,
    /// The document's identity for the PDF (stable across renders of the same report).
    pub kenmerk: &'a str,
    pub datum: jiff::civil::Date,
    /// PDF/A-2b, for documents that go into the dossier.
    pub archief: bool,
}

/// Invisible format characters (zero-width spaces and joiners, direction marks and overrides, the byte order
/// mark): left out of a report, where they show nothing and a direction override could make text read
/// otherwise than it is written.
fn onzichtbaar(c: char) -> bool {
    matches!(u32::from(c), 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F | 0xFEFF | 0xFFF9..=0xFFFB)
}

/// Whether a font of [`LETTERS`] can show `c` (a line break or tab is layout, not a glyph).
fn toonbaar(c: char) -> bool {
    (c.is_ascii() && !c.is_ascii_control())
        || c == '\n'
        || c == '\t'
        || (!onzichtbaar(c) && LETTERS.1.iter().any(|f| f.info().coverage.contains(u32::from(c))))
}

/// Text typed by users may hold characters that no font has (an emoji, a control character) or that show
/// nothing; an archival PDF must show every character it holds, so the invisible ones are left out and each
/// other one no font has becomes `?`, instead of failing the whole report.
fn maak_toonbaar(w: &mut serde_json::Value) {
    match w {
        serde_json::Value::String(s) if !s.chars().all(toonbaar) => {
            *s = s.chars().filter(|c| !onzichtbaar(*c)).map(|c| if toonbaar(c) { c } else { '?' }).collect();
        }
        serde_json::Value::Array(a) => a.iter_mut().for_each(maak_toonbaar),
        serde_json::Value::Object(o) => o.values_mut().for_each(maak_toonbaar),
        _ => {}
    }
}

fn compileer(mut z: Zetwerk<'_>) -> Result<PagedDocument, RapportFout> {
    maak_toonbaar(&mut z.gegevens);
    let gegevens = serde_json::to_vec(&z.gegevens).map_err(|e| RapportFout::Zetten(e.to_string()))?;
    let mut bestanden = HashMap::new();
    bestanden.insert(bestand("/gegevens.json"), Bytes::new(gegevens));
    for (pad, inhoud) in z.bijlagen {
        bestanden.insert(bestand(&pad), Bytes::new(inhoud));
    }
    let wereld = Wereld {
        hoofd: Source::new(bestand("/hoofd.typ"), z.sjabloon.to_string()),
        huisstijl: Source::new(bestand("/huisstijl.typ"), HUISSTIJL.to_string()),
        bestanden,
    };
    let uitkomst = typst::compile::<PagedDocument>(&wereld);
    uitkomst.output.map_err(|fouten| {
        RapportFout::Zetten(fouten.iter().map(|f| f.message.to_string()).collect::<Vec<_>>().join("; "))
    })
}

/// Typesets to PDF (PDF/A-2b when `archief`).
pub(crate) fn pdf(z: Zetwerk<'_>) -> Result<Vec<u8>, RapportFout> {
    let archief = z.archief;
    let kenmerk = z.kenmerk.to_string();
    let datum = z.datum;
    let document = compileer(z)?;
    let standaarden = if archief {
        PdfStandards::new(&[PdfStandard::A_2b]).map_err(|e| RapportFout::Zetten(e.message().to_string()))?
    } else {
        PdfStandards::default()
    };
    let opties = PdfOptions {
        ident: typst::foundations::Smart::Custom(kenmerk),
        creator: typst::foundations::Smart::Custom(Some("spoor2".into())),
        standards: standaarden,
        timestamp: Datetime::from_ymd(datum.year().into(), datum.month() as u8, datum.day() as u8)
            .map(typst_pdf::Timestamp::new_utc),
        ..PdfOptions::default()
    };
    let uit = typst_pdf::pdf(&document, &opties).map_err(|fouten| {
        RapportFout::Zetten(fouten.iter().map(|f| f.message.to_string()).collect::<Vec<_>>().join("; "))
    });
    // Typst memoises across compilations; keep the cache from growing without bound in a server.
    typst::comemo::evict(20);
    uit
}

/// The number of pages of a PDF (to include every page of an uploaded part), `None` if it does not parse.
pub(crate) fn paginas(pdf: &[u8]) -> Option<usize> {
    hayro_syntax::Pdf::new(pdf.to_vec()).ok().map(|p| p.pages().len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn characters_no_font_has_become_question_marks_and_the_rest_stays() {
        let mut w = serde_json::json!({"a": ["Zoë \u{202e}exe\u{feff} 😀\u{1}", "€ – ‘’ “” é ß ĳ"], "b": 3});
        maak_toonbaar(&mut w);
        assert_eq!(w["a"][0], "Zoë exe ??");
        assert_eq!(w["a"][1], "€ – ‘’ “” é ß ĳ");
    }
}
