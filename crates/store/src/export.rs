//! Tables for export, written the way Dutch spreadsheets read them: CSV with `;`, a decimal comma, dates as
//! dd-mm-jjjj and a UTF-8 BOM (so Excel opens it as UTF-8), or XLSX with real numbers and dates. Text that a
//! spreadsheet would run as a formula (`=`, `+`, `-`, `@`) is written with a leading apostrophe.

use jiff::civil::Date;
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
use serde_json::json;

use crate::{Actor, Store, StoreFout, logboek};

/// One cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Cel {
    Tekst(String),
    Geheel(i64),
    /// A number with this many decimals.
    Getal(f64, usize),
    /// Cents, shown as euros with two decimals.
    Bedrag(i64),
    Datum(Date),
    Leeg,
}

impl From<&str> for Cel {
    fn from(t: &str) -> Self {
        Cel::Tekst(t.to_string())
    }
}

impl From<String> for Cel {
    fn from(t: String) -> Self {
        Cel::Tekst(t)
    }
}

impl From<Option<Date>> for Cel {
    fn from(d: Option<Date>) -> Self {
        d.map_or(Cel::Leeg, Cel::Datum)
    }
}

/// A table with a header row.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tabel {
    pub kop: Vec<&'static str>,
    pub rijen: Vec<Vec<Cel>>,
}

fn veilige_tekst(t: &str) -> String {
    if t.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{t}") } else { t.to_string() }
}

impl Cel {
    fn als_tekst(&self) -> String {
        match self {
            Cel::Tekst(t) => veilige_tekst(t),
            Cel::Geheel(n) => n.to_string(),
            Cel::Getal(x, decimalen) => format!("{x:.decimalen$}").replace('.', ","),
            Cel::Bedrag(c) => domain::traject::euro(*c),
            Cel::Datum(d) => domain::poortwachter::datum::nl(*d),
            Cel::Leeg => String::new(),
        }
    }
}

impl Tabel {
    /// CSV for Dutch Excel.
    pub fn csv(&self) -> String {
        let mut csv = csv::WriterBuilder::new().delimiter(b';').from_writer(Vec::new());
        // Writing into memory cannot fail.
        csv.write_record(&self.kop).expect("CSV in memory");
        for rij in &self.rijen {
            csv.write_record(rij.iter().map(Cel::als_tekst)).expect("CSV in memory");
        }
        let tekst = String::from_utf8(csv.into_inner().expect("CSV in memory")).expect("UTF-8 in, UTF-8 out");
        format!("\u{feff}{tekst}")
    }

    /// An XLSX workbook with one sheet named `blad`: a bold header, numbers and dates as such.
    pub fn xlsx(&self, blad: &str) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
        let mut boek = Workbook::new();
        let werkblad = boek.add_worksheet();
        werkblad.set_name(blad)?;
        let vet = Format::new().set_bold();
        let datum = Format::new().set_num_format("dd-mm-yyyy");
        let bedrag = Format::new().set_num_format("#,##0.00");
        for (k, naam) in self.kop.iter().enumerate() {
            werkblad.write_string_with_format(0, k as u16, *naam, &vet)?;
        }
        for (r, rij) in self.rijen.iter().enumerate() {
            let r = r as u32 + 1;
            for (k, cel) in rij.iter().enumerate() {
                let k = k as u16;
                match cel {
                    Cel::Tekst(t) => {
                        werkblad.write_string(r, k, veilige_tekst(t))?;
                    }
                    Cel::Geheel(n) => {
                        werkblad.write_number(r, k, *n as f64)?;
                    }
                    Cel::Getal(x, _) => {
                        werkblad.write_number(r, k, *x)?;
                    }
                    Cel::Bedrag(c) => {
                        werkblad.write_number_with_format(r, k, *c as f64 / 100.0, &bedrag)?;
                    }
                    Cel::Datum(d) => {
                        let d = ExcelDateTime::from_ymd(d.year() as u16, d.month() as u8, d.day() as u8)?;
                        werkblad.write_datetime_with_format(r, k, &d, &datum)?;
                    }
                    Cel::Leeg => {}
                }
            }
        }
        werkblad.autofit();
        boek.save_to_buffer()
    }
}

impl Store {
    /// Writes to the log that the actor exported a table (its name, format and number of rows); the dossiers
    /// read for it are logged by their own reads.
    pub fn leg_export_vast(&self, actor: Actor<'_>, wat: &str, formaat: &str, regels: usize) -> Result<(), StoreFout> {
        self.schrijf(|c| {
            logboek::schrijf(
                c,
                logboek::Regel {
                    organisatie_id: actor.organisatie_id,
                    actor: actor.id,
                    soort: logboek::Soort::Inzage,
                    entiteit: "export",
                    entiteit_id: wat,
                    werknemer_id: None,
                    context: "export",
                    details: &json!({"formaat": formaat, "regels": regels}),
                },
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;

    fn tabel() -> Tabel {
        Tabel {
            kop: vec!["Datum", "Omschrijving", "Uren", "Bedrag"],
            rijen: vec![
                vec![Cel::Datum(date(2022, 10, 24)), "Intake; \"cv\"".into(), Cel::Getal(1.5, 2), Cel::Bedrag(14_250)],
                vec![Cel::Leeg, "=SOM(A1)".into(), Cel::Geheel(3), Cel::Bedrag(-5)],
            ],
        }
    }

    #[test]
    fn csv_for_dutch_excel_has_a_bom_semicolons_decimal_commas_and_no_formulas() {
        assert_eq!(
            tabel().csv(),
            "\u{feff}Datum;Omschrijving;Uren;Bedrag\n24-10-2022;\"Intake; \"\"cv\"\"\";1,50;142,50\n;'=SOM(A1);3;-0,05\n"
        );
    }

    #[test]
    fn xlsx_opens_in_a_spreadsheet_reader_with_numbers_and_dates() {
        use calamine::{Data, Reader, Xlsx};
        let bytes = tabel().xlsx("Uren").unwrap();
        let mut boek = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
        let blad = boek.worksheet_range("Uren").unwrap();
        assert_eq!(blad.get_value((0, 3)), Some(&Data::String("Bedrag".into())));
        assert_eq!(blad.get_value((1, 2)), Some(&Data::Float(1.5)));
        assert_eq!(blad.get_value((1, 3)), Some(&Data::Float(142.5)));
        assert_eq!(blad.get_value((2, 1)), Some(&Data::String("'=SOM(A1)".into())));
        // A real date: Excel's day number of 24 October 2022.
        assert!(matches!(blad.get_value((1, 0)), Some(Data::DateTime(d)) if d.as_f64() == 44858.0));
    }
}
