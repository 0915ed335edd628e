//! The tables, as diesel sees them; the same on SQLite and PostgreSQL (see the migrations).

diesel::table! {
    organisaties (id) {
        id -> Text,
        naam -> Text,
        soort -> Text,
        aangemaakt -> BigInt,
        logboek_lengte -> BigInt,
        logboek_kop -> Text,
    }
}

diesel::table! {
    werkgevers (id) {
        id -> Text,
        organisatie_id -> Text,
        naam -> Text,
        eigenrisicodrager -> Bool,
    }
}

diesel::table! {
    werknemers (id) {
        id -> Text,
        organisatie_id -> Text,
        werkgever_id -> Text,
        voornaam -> Text,
        achternaam -> Text,
        email -> Nullable<Text>,
        telefoon -> Nullable<Text>,
        functie -> Text,
        contracturen_per_week_x100 -> Integer,
        postcode -> Text,
        opleidingsniveau -> Text,
        bsn_versleuteld -> Binary,
    }
}

diesel::table! {
    gebruikers (id) {
        id -> Text,
        organisatie_id -> Text,
        email -> Text,
        naam -> Text,
        rol -> Text,
        werknemer_id -> Nullable<Text>,
        aangemaakt -> BigInt,
        taal -> Text,
        caseloadstand -> BigInt,
    }
}

diesel::table! {
    gebruiker_werkgevers (gebruiker_id, werkgever_id) {
        gebruiker_id -> Text,
        werkgever_id -> Text,
    }
}

diesel::table! {
    dossiers (id) {
        id -> Text,
        organisatie_id -> Text,
        werknemer_id -> Text,
        coach_id -> Nullable<Text>,
        versie -> BigInt,
        vrijwillige_verlenging_tot -> Nullable<Text>,
        loonsanctie_weken -> Nullable<Integer>,
        aangemaakt -> BigInt,
        geanonimiseerd -> Nullable<BigInt>,
        stand -> BigInt,
    }
}

diesel::table! {
    ziekteperiodes (id) {
        id -> Text,
        dossier_id -> Text,
        van -> Text,
        tot_en_met -> Nullable<Text>,
    }
}

diesel::table! {
    wazo_verlof (id) {
        id -> Text,
        dossier_id -> Text,
        van -> Text,
        tot_en_met -> Text,
    }
}

diesel::table! {
    gebeurtenissen (id) {
        id -> Text,
        dossier_id -> Text,
        soort -> Text,
        datum -> Text,
        betreft -> Nullable<Text>,
        reden -> Nullable<Text>,
        toelichting -> Nullable<Text>,
        vastgelegd_door -> Text,
        vastgelegd -> BigInt,
    }
}

diesel::table! {
    inhoud (sha256) {
        sha256 -> Text,
        bytes -> Binary,
    }
}

diesel::table! {
    documenten (id) {
        id -> Text,
        dossier_id -> Text,
        soort -> Text,
        titel -> Text,
        datum -> Text,
        auteur -> Text,
        ondertekend_door -> Nullable<Text>,
        bestandsnaam -> Text,
        mediatype -> Text,
        sha256 -> Text,
        medisch -> Bool,
        vastgelegd -> BigInt,
    }
}

diesel::table! {
    notities (id) {
        id -> Text,
        dossier_id -> Text,
        auteur_id -> Text,
        datum -> Text,
        tekst -> Text,
        medisch -> Bool,
        vastgelegd -> BigInt,
    }
}

diesel::table! {
    belastbaarheid (id) {
        id -> Text,
        dossier_id -> Text,
        datum -> Text,
        auteur_id -> Text,
        items -> Text,
        prognose -> Text,
        vastgelegd -> BigInt,
        geen_benutbare_mogelijkheden -> Nullable<Text>,
        toelichtingen -> Text,
    }
}

diesel::table! {
    logboek (organisatie_id, volgnummer) {
        organisatie_id -> Text,
        volgnummer -> BigInt,
        tijdstip -> BigInt,
        actor -> Text,
        soort -> Text,
        entiteit -> Text,
        entiteit_id -> Text,
        werknemer_id -> Nullable<Text>,
        context -> Text,
        details -> Text,
        vorige_hash -> Text,
        hash -> Text,
    }
}

diesel::table! {
    instellingen (naam) {
        naam -> Text,
        waarde -> Text,
    }
}

diesel::table! {
    inloggegevens (gebruiker_id) {
        gebruiker_id -> Text,
        wachtwoord_hash -> Text,
        totp_geheim -> Nullable<Binary>,
        totp_actief -> Bool,
        laatste_totp_stap -> BigInt,
        mislukte_pogingen -> Integer,
        geblokkeerd_tot -> BigInt,
    }
}

diesel::table! {
    mislukte_aanmeldingen (adres, tijdstip) {
        adres -> Text,
        tijdstip -> BigInt,
    }
}

diesel::table! {
    sessies (sleutel) {
        sleutel -> Text,
        gegevens -> Text,
        verloopt -> BigInt,
    }
}

diesel::table! {
    tokens (id) {
        id -> Text,
        organisatie_id -> Text,
        gebruiker_id -> Text,
        naam -> Text,
        sha256 -> Text,
        aangemaakt -> BigInt,
        aangemaakt_door -> Text,
        ingetrokken -> Nullable<BigInt>,
        laatst_gebruikt -> Nullable<BigInt>,
    }
}

diesel::table! {
    trajecten (id) {
        id -> Text,
        dossier_id -> Text,
        fase -> Text,
        afsluitreden -> Nullable<Text>,
        advies -> Text,
        opdracht -> Nullable<Text>,
        intake -> Nullable<Text>,
        aangemaakt -> BigInt,
        plaatsing -> Nullable<Text>,
    }
}

diesel::table! {
    traject_overgangen (id) {
        id -> Text,
        traject_id -> Text,
        van -> Text,
        naar -> Text,
        datum -> Text,
        reden -> Nullable<Text>,
        door -> Text,
        vastgelegd -> BigInt,
    }
}

diesel::table! {
    trajectplannen (traject_id, versie) {
        traject_id -> Text,
        versie -> Integer,
        datum -> Text,
        inhoud -> Text,
        door -> Text,
        werknemer_akkoord_door -> Nullable<Text>,
        werknemer_akkoord_op -> Nullable<BigInt>,
        werkgever_akkoord_door -> Nullable<Text>,
        werkgever_akkoord_op -> Nullable<BigInt>,
        vastgelegd -> BigInt,
        werknemer_visie -> Nullable<Text>,
    }
}

diesel::table! {
    activiteiten (id) {
        id -> Text,
        traject_id -> Text,
        soort -> Text,
        datum -> Text,
        minuten -> Integer,
        inhoud -> Text,
        ingevoerd_door -> Text,
        bevestigd_door -> Nullable<Text>,
        vastgelegd -> BigInt,
    }
}

diesel::table! {
    nazorgcontacten (id) {
        id -> Text,
        traject_id -> Text,
        datum -> Text,
        werk_duurt -> Bool,
        notitie -> Text,
        door -> Text,
        vastgelegd -> BigInt,
    }
}

diesel::table! {
    urenregels (id) {
        id -> Text,
        traject_id -> Text,
        datum -> Text,
        categorie -> Text,
        minuten -> Integer,
        tarief_centen -> BigInt,
        omschrijving -> Text,
        declarabel -> Bool,
        door -> Text,
        vastgelegd -> BigInt,
    }
}

diesel::table! {
    matchbesluiten (id) {
        id -> Text,
        dossier_id -> Text,
        soort -> Text,
        referentie -> Text,
        naam -> Text,
        besluit -> Text,
        toelichting -> Text,
        door -> Text,
        vastgelegd -> BigInt,
    }
}

diesel::table! {
    taken (id) {
        id -> Text,
        soort -> Text,
        sleutel -> Text,
        gegevens -> Text,
        status -> Text,
        pogingen -> Integer,
        max_pogingen -> Integer,
        volgende_poging -> BigInt,
        lease_tot -> Nullable<BigInt>,
        werker -> Nullable<Text>,
        laatste_fout -> Nullable<Text>,
        aangemaakt -> BigInt,
        afgerond -> Nullable<BigInt>,
    }
}

diesel::table! {
    vacatures (id) {
        id -> Text,
        organisatie_id -> Text,
        referentie -> Text,
        titel -> Text,
        posting -> Text,
        geimporteerd -> BigInt,
    }
}

diesel::table! {
    herinneringsvoorkeuren (gebruiker_id) {
        gebruiker_id -> Text,
        email -> Text,
        agenda_sha256 -> Nullable<Text>,
        agenda_sinds -> Nullable<BigInt>,
    }
}

diesel::table! {
    meldingen (id) {
        id -> Text,
        gebruiker_id -> Text,
        sleutel -> Text,
        dossier_id -> Text,
        wat -> Text,
        datum -> Text,
        te_laat -> Bool,
        aangemaakt -> BigInt,
        gelezen -> Nullable<BigInt>,
    }
}

diesel::table! {
    profieltoestemmingen (id) {
        id -> Text,
        dossier_id -> Text,
        gegeven -> Bool,
        door -> Text,
        vastgelegd -> BigInt,
    }
}

diesel::table! {
    profieldelingen (id) {
        id -> Text,
        dossier_id -> Text,
        referentie -> Text,
        naam -> Text,
        door -> Text,
        gedeeld -> BigInt,
    }
}

diesel::table! {
    rapporten (id) {
        id -> Text,
        dossier_id -> Text,
        document_id -> Text,
        soort -> Text,
        van -> Text,
        tot -> Text,
        verhaal -> Text,
        sha256 -> Text,
        gemaakt_door -> Text,
        gemaakt -> BigInt,
        werknemer_akkoord_door -> Nullable<Text>,
        werknemer_akkoord -> Nullable<BigInt>,
        coach_akkoord_door -> Nullable<Text>,
        coach_akkoord -> Nullable<BigInt>,
    }
}

diesel::table! {
    organisatielogos (organisatie_id) {
        organisatie_id -> Text,
        mediatype -> Text,
        bytes -> Binary,
        gewijzigd -> BigInt,
    }
}

diesel::table! {
    bewaartermijnen (organisatie_id) {
        organisatie_id -> Text,
        dossier_jaren -> Integer,
        eigenrisicodrager_jaren -> Integer,
        medisch_jaren -> Integer,
        gewijzigd -> BigInt,
    }
}

diesel::table! {
    bewaarde_identiteiten (werknemer_id) {
        werknemer_id -> Text,
        voornaam -> Text,
        achternaam -> Text,
        bsn_versleuteld -> Binary,
    }
}

diesel::table! {
    correctieverzoeken (id) {
        id -> Text,
        dossier_id -> Text,
        onderdeel -> Text,
        wat_onjuist -> Text,
        wat_juist -> Text,
        ingediend_door -> Text,
        ingediend -> BigInt,
        status -> Text,
        reden -> Nullable<Text>,
        afgehandeld_door -> Nullable<Text>,
        afgehandeld -> Nullable<BigInt>,
    }
}

diesel::table! {
    inzagelijsten (organisatie_id, hash) {
        organisatie_id -> Text,
        hash -> Text,
        inhoud -> Text,
    }
}

diesel::table! {
    inzagelijstregels (organisatie_id, werknemer_id, lijst, dossier_id) {
        organisatie_id -> Text,
        werknemer_id -> Text,
        lijst -> Text,
        dossier_id -> Text,
        details -> Text,
    }
}

diesel::allow_tables_to_appear_in_same_query!(
    inzagelijsten,
    inzagelijstregels,
    bewaartermijnen,
    bewaarde_identiteiten,
    correctieverzoeken,
    organisatielogos,
    vacatures,
    profieltoestemmingen,
    profieldelingen,
    rapporten,
    matchbesluiten,
    trajecten,
    nazorgcontacten,
    urenregels,
    traject_overgangen,
    trajectplannen,
    activiteiten,
    inloggegevens,
    organisaties,
    werkgevers,
    werknemers,
    gebruikers,
    gebruiker_werkgevers,
    dossiers,
    ziekteperiodes,
    wazo_verlof,
    gebeurtenissen,
    inhoud,
    documenten,
    notities,
    belastbaarheid,
    logboek,
    tokens,
    taken,
    herinneringsvoorkeuren,
    meldingen,
);
