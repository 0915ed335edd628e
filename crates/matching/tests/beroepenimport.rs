//! The ESCO + O*NET importer on the real files in `../shared/data` (skipped with a notice where that
//! directory is absent): counts per path, recognisable profiles, ESCO URI and O*NET code kept, the written
//! catalogue reading back; and bad rows on small files.

use std::path::PathBuf;

use matching::beroepenimport::{BESTANDEN, Bronnen, Import, importeer, naar_toml};
use matching::{Beroep, Catalogus, Koppelpad, Oordeel, Sterkte, beoordeel_beroep, lees_profiel};

fn bestanden() -> Option<Vec<String>> {
    let map = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data");
    if !map.exists() {
        eprintln!("{} ontbreekt: test overgeslagen", map.display());
        return None;
    }
    Some(BESTANDEN.iter().map(|n| std::fs::read_to_string(map.join(n)).unwrap()).collect())
}

fn bronnen(t: &[String]) -> Bronnen<'_> {
    Bronnen { esco: &t[0], esco_onet: &t[1], onet_2010_2019: &t[2], onet: &t[3], isco_soc: &t[4] }
}

fn echt() -> Option<Import> {
    let t = bestanden()?;
    let mut laatste = (0, 0);
    let import = importeer(&bronnen(&t), |g, n| laatste = (g, n)).unwrap();
    assert_eq!(laatste, (3039, 3039), "progress reaches the end");
    Some(import)
}

fn beroep<'a>(import: &'a Import, uri_eind: &str) -> &'a Beroep {
    import.beroepen.iter().find(|b| b.herkomst.as_ref().unwrap().esco.ends_with(uri_eind)).unwrap()
}

#[test]
fn the_real_files_give_nearly_every_esco_occupation_a_profile_marking_its_path() {
    let Some(import) = echt() else { return };
    assert_eq!(import.esco_gelezen, 3039);
    assert_eq!(import.beroepen.len(), 2996);
    assert_eq!(import.aantal(Koppelpad::Direct), 1632);
    assert_eq!(import.aantal(Koppelpad::Isco), 1364);
    assert_eq!(import.zonder_profiel.len(), 43);
    // The BLS crosswalk has two rows with a three-digit ISCO code: reported, not used.
    let fouten: Vec<String> = import.fouten.iter().map(|f| f.to_string()).collect();
    assert_eq!(
        fouten,
        [
            "bls_isco08_soc2010_crosswalk.csv regel 183: '19-2099' → '211' zijn geen SOC- en ISCO-code",
            "bls_isco08_soc2010_crosswalk.csv regel 1051: '53-2022' → '315' zijn geen SOC- en ISCO-code",
        ]
    );
    for b in &import.beroepen {
        let h = b.herkomst.as_ref().unwrap();
        assert!(h.esco.starts_with("http://data.europa.eu/esco/occupation/"));
        assert!(!h.onet.is_empty());
        assert!(!b.vraag.niveaus.is_empty(), "{}", b.naam);
    }
}

#[test]
fn recognisable_occupations_get_recognisable_profiles() {
    let Some(import) = echt() else { return };
    let niveau = |b: &Beroep, item: &str| b.vraag.niveaus.get(item).copied();

    // Warehouse worker (ESCO magazijnmedewerker → O*NET stockers and order fillers): lifts and carries about
    // 15 kg and stands most of the day.
    let magazijn = beroep(&import, "bea705fe-06ac-4147-b8e0-6e8ac1208d8f");
    assert_eq!(magazijn.naam, "magazijnmedewerker");
    assert_eq!(magazijn.herkomst.as_ref().unwrap().onet, ["53-7065"]);
    assert_eq!(magazijn.herkomst.as_ref().unwrap().koppeling, Koppelpad::Direct);
    assert_eq!(
        (niveau(magazijn, "4.13"), niveau(magazijn, "4.14"), niveau(magazijn, "5.4")),
        (Some(0), Some(0), Some(0))
    );
    assert_eq!(niveau(magazijn, "5.2"), Some(3), "hardly sits");

    // Call-centre agent (→ telemarketers): sits nearly all day, much customer contact, time pressure.
    let callcenter = beroep(&import, "0ededdc2-050a-4ec3-8e70-6295105fcd19");
    assert_eq!(callcenter.naam, "callcentermedewerker");
    assert_eq!(niveau(callcenter, "5.2"), Some(0));
    assert_eq!(callcenter.vraag.voorwaarden.get("klantcontact"), Some(&Sterkte::Vaak));
    assert!(callcenter.vraag.voorwaarden.contains_key("deadlines"));
    assert_eq!(niveau(callcenter, "4.13"), None, "lifts nothing");
    assert_eq!((niveau(callcenter, "2.2"), niveau(callcenter, "2.3")), (Some(0), Some(0)), "hears and speaks");

    // Courier (auto- en bestelwagenkoerier → light truck or delivery services drivers): drives, as the core of
    // the job, and carries.
    let koerier = beroep(&import, "0c408028-c48f-4df8-ba5d-c3d3be15f5a2");
    assert_eq!(niveau(koerier, "2.11"), Some(0));
    assert!(koerier.vraag.kern.contains("2.11"));
    assert!(niveau(koerier, "4.14").is_some_and(|n| n <= 1), "carries at least 10 kg");

    // Education from the ISCO skill level.
    assert_eq!(magazijn.opleiding.code(), "geen");
    assert_eq!(callcenter.opleiding.code(), "mbo2");

    // Through the matcher: the issue's profile (2 kg, standing under 30 minutes, little customer contact).
    let profiel = lees_profiel(
        r#"{"belastbaarheid": {"4.13": 3, "4.14": 3, "5.4": 3},
            "voorwaarden": {"2.12": ["weinig_klantcontact"], "1.8": ["weinig_deadlines"]}}"#,
    )
    .unwrap();
    assert_eq!(beoordeel_beroep(&profiel, magazijn).oordeel, Oordeel::Ongeschikt);
    assert_eq!(beoordeel_beroep(&profiel, callcenter).oordeel, Oordeel::Ongeschikt);
    let geen_rijbewijs = lees_profiel(r#"{"belastbaarheid": {"2.11": 1}}"#).unwrap();
    let r = beoordeel_beroep(&geen_rijbewijs, koerier);
    assert_eq!(r.oordeel, Oordeel::Ongeschikt, "driving is the courier's core: {:?}", r.redenen);
}

#[test]
fn the_written_catalogue_reads_back_whole_and_matches_with_its_sources() {
    let Some(import) = echt() else { return };
    let toml = naar_toml(&import.beroepen);
    let c = Catalogus::lees(&toml).unwrap();
    assert_eq!(c.beroepen, import.beroepen);
    let r = beoordeel_beroep(&lees_profiel("{}").unwrap(), c.beroep("callcentermedewerker").unwrap());
    let json = serde_json::to_value(&r).unwrap();
    assert_eq!(json["herkomst"]["esco"], "http://data.europa.eu/esco/occupation/0ededdc2-050a-4ec3-8e70-6295105fcd19");
    assert_eq!(json["herkomst"]["onet"][0], "41-9041");
    assert_eq!(json["herkomst"]["koppeling"], "direct");
    // Dutch names that ESCO uses twice are told apart by their ESCO code.
    assert!(c.beroepen.iter().any(|b| b.naam.starts_with("portier (")));
}

#[test]
fn bad_rows_are_skipped_with_file_line_and_reason_and_a_missing_column_refuses_the_import() {
    let onet = "id_soc_code,occupation,".to_string();
    let Some(t) = bestanden() else { return };
    // The real header of the wide table, with three small rows: good, bad code, bad rating.
    let kop = t[3].lines().next().unwrap();
    let goed = t[3].lines().find(|r| r.starts_with("53-7065,")).unwrap();
    let slechte_code = goed.replacen("53-7065", "537065", 1);
    let slechte_waarde = goed.replacen("53-7065", "53-7062", 1).replacen(",78,", ",hoog,", 1);
    let wide = format!("{kop}\n{goed}\n{slechte_code}\n{slechte_waarde}\n");
    let esco = "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,regulatedProfessionNote,scopeNote,definition,inScheme,description,code\n\
        Occupation,http://data.europa.eu/esco/occupation/a,9333,magazijnmedewerker,\"loodsmedewerker\nmagazijnier\",,released,,,,,,,9333.1\n\
        Occupation,http://data.europa.eu/esco/occupation/b,933,kapot,,,released,,,,,,,933.1\n\
        Occupation,http://data.europa.eu/esco/occupation/c,9334,vakkenvuller,,,released,,,,,,,9334.1\n\
        Occupation,http://data.europa.eu/esco/occupation/d,9333\n";
    let crosswalk = "id,esco_occupation,isco_code,onet_code,onet_occupation,matching_job_titles,semantic_similarity,confidence,concept_uri\n\
        1,warehouse worker,9333,43-5081.03,x,[],0.8,1.0,http://data.europa.eu/esco/occupation/a\n";
    let c1019 = "\u{feff}soc2010_code;soc2010_title;soc2019_code;soc2019_title\r\n43-5081.03;x;53-7065.00;y\r\nkapot;x;53-7065.00;y\r\n";
    let isco = "\u{feff}soc2010_code;soc2010_title;isco08_code;isco08_title;Comment 8/17/11;\n43-5081;x;9334;y;;\n";
    let b = Bronnen { esco, esco_onet: crosswalk, onet_2010_2019: c1019, onet: &wide, isco_soc: isco };
    let import = importeer(&b, |_, _| {}).unwrap();
    let namen: Vec<(&str, Koppelpad)> =
        import.beroepen.iter().map(|b| (b.naam.as_str(), b.herkomst.as_ref().unwrap().koppeling)).collect();
    assert_eq!(namen, [("magazijnmedewerker", Koppelpad::Direct), ("vakkenvuller", Koppelpad::Isco)]);
    assert_eq!(import.beroepen[0].trefwoorden, ["loodsmedewerker", "magazijnier"]);
    let fouten: Vec<String> = import.fouten.iter().map(|f| f.to_string()).collect();
    assert_eq!(fouten.len(), 5, "{fouten:#?}");
    assert_eq!(fouten[0], "atlas_df_occupations_2022_onet_wide.csv regel 3: '537065' is geen SOC-code (00-0000)");
    assert!(fouten[1].starts_with("atlas_df_occupations_2022_onet_wide.csv regel 4: ctx_spend_time_standing: 'hoog'"));
    assert_eq!(
        fouten[2],
        "onet_soc_2010_to_2019_crosswalk.csv regel 3: 'kapot' → '53-7065.00' zijn geen O*NET-SOC-codes"
    );
    assert_eq!(fouten[3], "occupations_nl_v1.2.csv regel 6: 3 kolommen; de kopregel heeft er 14");
    assert_eq!(fouten[4], "occupations_nl_v1.2.csv regel 4: iscoGroup '933' is geen ISCO-08-code van vier cijfers");

    let zonder_kolom = Bronnen { onet: &onet, ..b };
    let fout = importeer(&zonder_kolom, |_, _| {}).unwrap_err();
    assert!(fout.starts_with("atlas_df_occupations_2022_onet_wide.csv: de kolom '"), "{fout}");
}
