//! spoor2's documents: the voortgangsrapportage, the eindrapportage and the re-integratieverslag (RIV)
//! bundle, built from the logged data of a dossier ([`laden`]) into one model ([`Rapport`]: a title and a
//! list of blocks), and rendered to PDF with typst as a library ([`Rapport::pdf`]) or to HTML for the
//! preview ([`Rapport::html`]). One template (`sjablonen/rapport.typ` with the house style
//! `sjablonen/huisstijl.typ`) renders every report; the data goes in as JSON, never as markup.

pub mod inzage;
pub mod laden;
mod zetten;

use serde::Serialize;

pub use laden::{Eindverhaal, RivInstellingen, Voortgangsverhaal};

/// Whether an image (a logo) decodes whole as PNG or JPEG, as the typesetter will decode it on the head of
/// every report: a file with the right first bytes and garbage after them does not.
pub fn afbeelding_leesbaar(bytes: &[u8]) -> bool {
    image::load_from_memory(bytes).is_ok_and(|b| b.width() > 0 && b.height() > 0)
}

#[derive(Debug, thiserror::Error)]
pub enum RapportFout {
    #[error(transparent)]
    Store(#[from] store::StoreFout),
    #[error("{0}")]
    Ongeldig(String),
    #[error("het document kon niet worden opgemaakt: {0}")]
    Zetten(String),
}

/// Which report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Soort {
    Voortgangsrapportage,
    Eindrapportage,
    Riv,
    /// The employee's own complete export (inzage); never stored in the dossier.
    Gegevensoverzicht,
}

impl Soort {
    /// The document kind under which it is stored in the dossier.
    pub fn code(self) -> &'static str {
        match self {
            Self::Voortgangsrapportage => "voortgangsrapportage",
            Self::Eindrapportage => "eindrapportage",
            Self::Riv => "reintegratieverslag",
            Self::Gegevensoverzicht => "gegevensoverzicht",
        }
    }

    pub fn uit_code(code: &str) -> Option<Self> {
        [Self::Voortgangsrapportage, Self::Eindrapportage, Self::Riv, Self::Gegevensoverzicht]
            .into_iter()
            .find(|s| s.code() == code)
    }
}

/// What every page shows.
#[derive(Debug, Clone, Serialize)]
pub struct Kop {
    pub organisatie: String,
    pub logo: bool,
    pub titel: String,
    pub werknemer: String,
    /// Only on the RIV: UWV wants the BSN on every page of it, and no other report carries it.
    pub bsn: Option<String>,
    /// The report's date (dd-mm-jjjj).
    pub datum: String,
}

/// A part of a report, in order.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "soort", rename_all = "snake_case")]
pub enum Blok {
    Kop {
        tekst: String,
        niveau: u8,
        nieuwe_pagina: bool,
    },
    /// Label–value pairs.
    Velden {
        rijen: Vec<(String, String)>,
    },
    Lijst {
        items: Vec<String>,
        leeg: String,
    },
    /// `breedtes`: relative widths (`"2"`) or `"auto"`, one per column.
    Tabel {
        koppen: Vec<String>,
        breedtes: Vec<String>,
        rijen: Vec<Vec<String>>,
        leeg: String,
    },
    Tekst {
        tekst: String,
        leeg: String,
    },
    /// Key figures: (value, what).
    Cijfers {
        cijfers: Vec<(String, String)>,
    },
    /// A framed message: `goed` or `fout`, with lines.
    Melding {
        toon: String,
        titel: String,
        regels: Vec<String>,
    },
    /// An attachment (by virtual path) shown as an image.
    Afbeelding {
        pad: String,
    },
    /// Every page of an attached PDF.
    PdfPaginas {
        pad: String,
        paginas: usize,
    },
    /// Signature lines: (role, name).
    Handtekeningen {
        namen: Vec<(String, String)>,
    },
    Witregel,
}

impl Blok {
    pub fn kop(tekst: impl Into<String>) -> Self {
        Self::Kop { tekst: tekst.into(), niveau: 2, nieuwe_pagina: false }
    }

    pub fn hoofdstuk(tekst: impl Into<String>, nieuwe_pagina: bool) -> Self {
        Self::Kop { tekst: tekst.into(), niveau: 1, nieuwe_pagina }
    }

    pub fn tekst(tekst: impl Into<String>) -> Self {
        Self::Tekst { tekst: tekst.into(), leeg: "Niet ingevuld.".into() }
    }

    pub fn lijst(items: Vec<String>, leeg: &str) -> Self {
        Self::Lijst { items, leeg: leeg.into() }
    }
}

/// A report ready to render.
#[derive(Debug, Clone, Serialize)]
pub struct Rapport {
    #[serde(skip)]
    pub soort: Soort,
    /// A stable identity (dossier and period) for the PDF's document id.
    #[serde(skip)]
    pub kenmerk: String,
    /// The report's date (the PDF's creation date).
    #[serde(skip)]
    pub datum: jiff::civil::Date,
    pub kop: Kop,
    pub titel: String,
    pub ondertitel: Option<String>,
    pub blokken: Vec<Blok>,
    /// Files the blocks refer to, by virtual path.
    #[serde(skip)]
    pub bijlagen: Vec<(String, Vec<u8>)>,
}

const SJABLOON: &str = include_str!("../sjablonen/rapport.typ");

impl Rapport {
    /// The PDF; PDF/A-2b, since every report can go into the dossier.
    pub fn pdf(&self) -> Result<Vec<u8>, RapportFout> {
        let gegevens = serde_json::to_value(self).map_err(|e| RapportFout::Zetten(e.to_string()))?;
        zetten::pdf(zetten::Zetwerk {
            sjabloon: SJABLOON,
            gegevens,
            bijlagen: self.bijlagen.clone(),
            kenmerk: &self.kenmerk,
            datum: self.datum,
            archief: true,
        })
    }

    /// The same report as an HTML fragment for the preview (no attachments inline: they are listed).
    pub fn html(&self) -> String {
        let mut h = String::new();
        h.push_str("<article class=\"rapport\">");
        h.push_str(&format!("<p class=\"rapport-kop\">{}", esc(&self.kop.organisatie)));
        if let Some(bsn) = &self.kop.bsn {
            h.push_str(&format!(" · BSN {}", esc(bsn)));
        }
        h.push_str("</p>");
        h.push_str(&format!("<h1>{}</h1>", esc(&self.titel)));
        if let Some(o) = &self.ondertitel {
            h.push_str(&format!("<p class=\"rapport-ondertitel\">{}</p>", esc(o)));
        }
        for b in &self.blokken {
            blok_html(&mut h, b);
        }
        h.push_str("</article>");
        h
    }

    /// The text of every block, for a quick check (tests, logs without personal data are not the aim).
    pub fn platte_tekst(&self) -> String {
        let html = self.html();
        let mut uit = String::new();
        let mut in_tag = false;
        for c in html.chars() {
            match c {
                '<' => {
                    in_tag = true;
                    uit.push(' ');
                }
                '>' => in_tag = false,
                c if !in_tag => uit.push(c),
                _ => {}
            }
        }
        uit.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
    }
}

/// Escapes text for HTML.
pub fn esc(t: &str) -> String {
    let mut s = String::with_capacity(t.len());
    for c in t.chars() {
        match c {
            '&' => s.push_str("&amp;"),
            '<' => s.push_str("&lt;"),
            '>' => s.push_str("&gt;"),
            '"' => s.push_str("&quot;"),
            '\'' => s.push_str("&#39;"),
            c => s.push(c),
        }
    }
    s
}

fn blok_html(h: &mut String, b: &Blok) {
    match b {
        Blok::Kop { tekst, niveau, .. } => {
            let n = (*niveau).clamp(1, 3) + 1;
            h.push_str(&format!("<h{n}>{}</h{n}>", esc(tekst)));
        }
        Blok::Velden { rijen } => {
            h.push_str("<dl class=\"velden\">");
            for (k, w) in rijen {
                h.push_str(&format!("<dt>{}</dt><dd>{}</dd>", esc(k), esc(w)));
            }
            h.push_str("</dl>");
        }
        Blok::Lijst { items, leeg } => {
            if items.is_empty() {
                h.push_str(&format!("<p class=\"melding\">{}</p>", esc(leeg)));
            } else {
                h.push_str("<ul>");
                for i in items {
                    h.push_str(&format!("<li>{}</li>", esc(i)));
                }
                h.push_str("</ul>");
            }
        }
        Blok::Tabel { koppen, rijen, leeg, .. } => {
            if rijen.is_empty() {
                h.push_str(&format!("<p class=\"melding\">{}</p>", esc(leeg)));
                return;
            }
            h.push_str("<table><thead><tr>");
            for k in koppen {
                h.push_str(&format!("<th scope=\"col\">{}</th>", esc(k)));
            }
            h.push_str("</tr></thead><tbody>");
            for r in rijen {
                h.push_str("<tr>");
                for c in r {
                    h.push_str(&format!("<td>{}</td>", esc(c)));
                }
                h.push_str("</tr>");
            }
            h.push_str("</tbody></table>");
        }
        Blok::Tekst { tekst, leeg } => {
            if tekst.trim().is_empty() {
                h.push_str(&format!("<p class=\"melding\">{}</p>", esc(leeg)));
            }
            for p in tekst.split("\n\n").filter(|p| !p.trim().is_empty()) {
                h.push_str(&format!("<p>{}</p>", esc(p).replace('\n', "<br>")));
            }
        }
        Blok::Cijfers { cijfers } => {
            h.push_str("<dl class=\"cijfers\">");
            for (w, wat) in cijfers {
                h.push_str(&format!("<div><dt>{}</dt><dd>{}</dd></div>", esc(wat), esc(w)));
            }
            h.push_str("</dl>");
        }
        Blok::Melding { toon, titel, regels } => {
            let klasse = if toon == "goed" { "goed" } else { "fout" };
            h.push_str(&format!("<div class=\"melding {klasse}\"><strong>{}</strong>", esc(titel)));
            if !regels.is_empty() {
                h.push_str("<ul>");
                for r in regels {
                    h.push_str(&format!("<li>{}</li>", esc(r)));
                }
                h.push_str("</ul>");
            }
            h.push_str("</div>");
        }
        Blok::Afbeelding { .. } | Blok::PdfPaginas { .. } => {
            h.push_str("<p class=\"melding\">(bijlage: in de PDF opgenomen)</p>");
        }
        Blok::Handtekeningen { namen } => {
            h.push_str("<ul class=\"handtekeningen\">");
            for (rol, naam) in namen {
                h.push_str(&format!("<li>{}: {}</li>", esc(rol), esc(naam)));
            }
            h.push_str("</ul>");
        }
        Blok::Witregel => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rapport(blokken: Vec<Blok>, bsn: Option<&str>) -> Rapport {
        Rapport {
            soort: Soort::Voortgangsrapportage,
            kenmerk: "test".into(),
            datum: jiff::civil::date(2026, 11, 23),
            kop: Kop {
                organisatie: "Bureau De Brug".into(),
                logo: false,
                titel: "Voortgangsrapportage".into(),
                werknemer: "Sanne de Vries".into(),
                bsn: bsn.map(String::from),
                datum: "23-11-2026".into(),
            },
            titel: "Voortgangsrapportage spoor 2".into(),
            ondertitel: Some("Periode 01-10-2026 t/m 23-11-2026".into()),
            blokken,
            bijlagen: vec![],
        }
    }

    fn tekst_van(pdf: &[u8]) -> String {
        pdf_extract::extract_text_from_mem(pdf).expect("leesbare PDF")
    }

    #[test]
    fn typst_markup_in_user_text_is_printed_as_text_not_executed() {
        // Everything a user types reaches typst as JSON data: markup, code and a read of another file
        // stay literal text.
        let kwaad = r#"#read("/gegevens.json") *vet* $x^2$ ] #{ panic("ingebroken") } <label> @ref \ `code`"#;
        let r = rapport(vec![Blok::kop("Inzet"), Blok::tekst(kwaad)], None);
        let pdf = r.pdf().expect("opgemaakt");
        let tekst = tekst_van(&pdf);
        assert!(tekst.contains("#read"), "{tekst}");
        assert!(tekst.contains("panic(\"ingebroken\")"), "{tekst}");
        assert!(tekst.contains("*vet*"), "{tekst}");
        assert!(r.html().contains("&lt;label&gt;"));
    }

    #[test]
    fn every_page_shows_its_number_and_the_bsn_only_when_given() {
        let veel: Vec<Blok> = (0..120).map(|i| Blok::tekst(format!("Regel {i} van een lange rapportage."))).collect();
        let pdf = rapport(veel.clone(), Some("123456782")).pdf().unwrap();
        let met = tekst_van(&pdf);
        let paginas = met.matches("Pagina ").count();
        assert!(paginas >= 2, "{met}");
        assert_eq!(met.matches("BSN 123456782").count(), paginas);
        assert!(met.contains(&format!("Pagina {paginas} van {paginas}")));
        let zonder = tekst_van(&rapport(veel, None).pdf().unwrap());
        assert!(!zonder.contains("BSN"));
    }

    #[test]
    fn the_organisations_logo_is_on_the_head_as_an_image() {
        // One transparent pixel.
        let png = b"\x89PNG\x0d\x0a\x1a\x0a\x00\x00\x00\x0dIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\x0bIDATx\x9cc`\x00\x02\x00\x00\x05\x00\x01z^\xab?\x00\x00\x00\x00IEND\xaeB`\x82";
        let mut r = rapport(vec![Blok::tekst("Hallo")], None);
        let zonder = lopdf::Document::load_mem(&r.pdf().unwrap()).unwrap();
        r.kop.logo = true;
        r.bijlagen.push(("/logo".into(), png.to_vec()));
        let met = lopdf::Document::load_mem(&r.pdf().unwrap()).unwrap();
        let beelden = |d: &lopdf::Document| {
            d.objects
                .values()
                .filter(|o| {
                    o.as_stream()
                        .is_ok_and(|s| s.dict.get(b"Subtype").is_ok_and(|t| t.as_name().is_ok_and(|n| n == b"Image")))
                })
                .count()
        };
        assert_eq!((beelden(&zonder), beelden(&met) > 0), (0, true));
        assert!(afbeelding_leesbaar(png));
        // The PNG's signature with nothing, or garbage, after it; a JPEG's first bytes alone.
        for kapot in [&png[..8], &[&png[..16], &[0xAB; 64][..]].concat()[..], b"\xff\xd8\xff\xe0 geen jpeg"] {
            assert!(!afbeelding_leesbaar(kapot));
        }
    }

    #[test]
    fn the_pdf_is_pdf_a_with_the_house_font_embedded() {
        let pdf = rapport(vec![Blok::tekst("Hallo")], None).pdf().unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        let s = String::from_utf8_lossy(&pdf);
        assert!(s.contains("pdfaid"), "PDF/A-identificatie in de XMP-metadata");
        assert!(s.contains("Inter"), "het huislettertype is ingebed");
        let doc = lopdf::Document::load_mem(&pdf).expect("geldige PDF");
        assert_eq!(doc.get_pages().len(), 1);
    }
}
