//! The house style's colour pairs meet WCAG 2.1 AA (contrast 4.5:1 for text), read from the style
//! sheet itself so that a change of colour is checked.

const CSS: &str = include_str!("../assets/spoor2.css");

/// A colour of the style sheet: `#rrggbb`, `#fff` or `var(--naam)`.
fn kleur(waarde: &str) -> [f64; 3] {
    let waarde = waarde.trim();
    let hex = match waarde.strip_prefix("var(--").and_then(|v| v.strip_suffix(')')) {
        Some(naam) => {
            let begin = CSS.find(&format!("--{naam}:")).unwrap_or_else(|| panic!("--{naam} not in the style sheet"));
            CSS[begin..].split(':').nth(1).unwrap().split(';').next().unwrap().trim().to_string()
        }
        None => waarde.to_string(),
    };
    let hex = hex.trim_start_matches('#');
    let hex: String = if hex.len() == 3 { hex.chars().flat_map(|c| [c, c]).collect() } else { hex.to_string() };
    let kanaal = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).unwrap() as f64 / 255.0;
    [kanaal(0), kanaal(2), kanaal(4)]
}

fn luminantie([r, g, b]: [f64; 3]) -> f64 {
    let lineair = |c: f64| if c <= 0.03928 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) };
    0.2126 * lineair(r) + 0.7152 * lineair(g) + 0.0722 * lineair(b)
}

fn contrast(voor: &str, achter: &str) -> f64 {
    let (a, b) = (luminantie(kleur(voor)), luminantie(kleur(achter)));
    (a.max(b) + 0.05) / (a.min(b) + 0.05)
}

#[test]
fn text_and_background_pairs_meet_wcag_aa() {
    let paren = [
        ("var(--tekst)", "var(--achtergrond)", "body text"),
        ("var(--accent)", "var(--achtergrond)", "links"),
        ("#fff", "var(--accent)", "header and buttons"),
        ("var(--rood)", "var(--achtergrond)", "late and sanction risk"),
        ("var(--oranje)", "var(--achtergrond)", "warnings"),
        ("var(--grijs)", "var(--achtergrond)", "secondary text"),
        ("var(--tekst)", "#fdecea", "error messages"),
        ("var(--tekst)", "#e8f0fa", "notices"),
        ("var(--rood)", "#fdecea", "late inside an error message"),
    ];
    for (voor, achter, wat) in paren {
        let c = contrast(voor, achter);
        assert!(c >= 4.5, "{wat}: {voor} on {achter} has contrast {c:.2}, below 4.5");
    }
    assert!((contrast("#000", "#fff") - 21.0).abs() < 0.01, "the formula itself");
}

#[test]
fn focus_is_visible_on_every_control() {
    let regel = CSS.lines().find(|l| l.contains(":focus")).expect("a focus style");
    for control in ["a:focus", "button:focus", "input:focus", "select:focus", "textarea:focus"] {
        assert!(regel.contains(control), "{control} has no focus style");
    }
    assert!(regel.contains("outline: 3px"), "the focus outline is thick enough to see");
}
