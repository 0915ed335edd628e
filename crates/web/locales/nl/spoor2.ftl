# spoor2: the texts of the web application in Dutch, the default language and the fallback.
# Every message is also in ../en/spoor2.ftl (a test checks that both files have the same messages).
# Milestones, findings and the FML come from the domain crate, and the store's messages, in Dutch.

## Shared by several pages

algemeen-datum = Datum
algemeen-werkgever = Werkgever
algemeen-werknemer = Werknemer
algemeen-status = Status
algemeen-toelichting = Toelichting
algemeen-advies = Advies:
algemeen-vastgelegd = Vastgelegd.
algemeen-vastleggen = Vastleggen
algemeen-geen-datum = '{ $waarde }' is geen datum
algemeen-titel = Titel
algemeen-bestand = Bestand (PDF, PNG of JPEG, hoogstens 10 MiB)
algemeen-document-toevoegen = Document toevoegen
algemeen-nog-geen-documenten = Nog geen documenten.
algemeen-uiterste-datum = Uiterste datum

## The header of every page after login

kop-mijn-reintegratie = Mijn re-integratie
kop-werkvoorraad = Werkvoorraad
kop-ziekmelding = Ziekmelding
kop-beheer = Beheer
kop-uitloggen = Uitloggen
kop-andere-taal = English

## Login and the second step

inloggen-titel = Inloggen
inloggen-email = E-mailadres
inloggen-wachtwoord = Wachtwoord
inloggen-verder = Verder
tweestap-titel = Tweede stap
tweestap-instellen = Stel eerst uw tweede factor in: scan deze code met een authenticator-app (bijvoorbeeld een app van uw organisatie), of voer het geheim met de hand in.
tweestap-geheim = Geheim:
tweestap-code = Code uit uw authenticator-app (6 cijfers)
tweestap-inloggen = Inloggen

## Error pages

fout-naar-start = Naar de startpagina
fout-niet-gevonden = Niet gevonden
fout-niet-gevonden-uitleg = Deze pagina bestaat niet, of is niet voor u.
fout-geen-toegang = Geen toegang
fout-lukte-niet = Dat lukte niet
fout-intern = Er ging iets mis
fout-intern-uitleg = Er ging aan onze kant iets mis. Probeer het later opnieuw.

## The werkvoorraad

werkvoorraad-titel = Werkvoorraad
werkvoorraad-aantallen = Aantallen
werkvoorraad-te-laat = te laat
werkvoorraad-binnenkort = binnenkort
werkvoorraad-risico =
    { $aantal ->
        [one] bevinding
       *[other] bevindingen
    } met loonsanctie- of boeterisico
werkvoorraad-overig =
    { $aantal ->
        [one] andere bevinding
       *[other] andere bevindingen
    }
werkvoorraad-dossiers =
    { $aantal ->
        [one] { $aantal } dossier
       *[other] { $aantal } dossiers
    }
werkvoorraad-alle = Alle
werkvoorraad-coach = Coach
werkvoorraad-soort = Soort
werkvoorraad-alles = Alles
werkvoorraad-filter-te-laat = Te laat
werkvoorraad-filter-binnenkort = Binnenkort
werkvoorraad-filter-bevindingen = Bevindingen
werkvoorraad-filter = Filter
werkvoorraad-niets = Niets te doen met deze filters.
werkvoorraad-bijschrift = Mijlpalen en bevindingen, te laat eerst
werkvoorraad-wat = Wat
werkvoorraad-toelichting-en-advies = Toelichting en advies
werkvoorraad-dossiers-kop = Dossiers
werkvoorraad-geen-dossiers = Er zijn (nog) geen dossiers voor u.

## The dossier page

dossier-samenvatting = { $functie } bij { $werkgever } · eerste ziektedag { $eerste } · einde wachttijd { $einde }
dossier-wie-zag = Wie heeft deze gegevens ingezien?
dossier-mijlpalen = Mijlpalen
dossier-mijlpaal = Mijlpaal
dossier-week = Week
dossier-gedaan-op = Gedaan op
dossier-bevindingen = Bevindingen
dossier-geen-bevindingen = Geen bevindingen: alles is op tijd.
dossier-grondslag = Grondslag:
dossier-belastbaarheid = Belastbaarheid
dossier-oordeel-van = Oordeel van { $datum }. Alleen functionele mogelijkheden en beperkingen; geen medische gegevens.
dossier-geen-benutbare = Geen benutbare mogelijkheden: { $reden }.
dossier-reden-bij-bedrijfsarts = de reden is alleen bekend bij de bedrijfsarts
dossier-geen-beperkingen = Geen beperkingen vastgelegd.
dossier-item = Item
dossier-mogelijkheid = Mogelijkheid
dossier-prognose = Prognose:
dossier-nog-geen-belastbaarheid = Nog geen belastbaarheid vastgelegd.
dossier-belastbaarheid-vastleggen = Belastbaarheid vastleggen (FML)
dossier-verloop = Verloop
dossier-nog-geen-verloop = Nog niets vastgelegd.
dossier-datum = Datum
dossier-toelichting = Toelichting
dossier-door = Door
dossier-notitie = Notitie
dossier-notitie-toevoegen = Notitie toevoegen
dossier-documenten = Documenten
dossier-ondertekend-door = ondertekend door { $naam }
dossier-bij-welke-stap = Bij welke stap
dossier-overig = Overig
dossier-ondertekend-optioneel = Ondertekend door (optioneel)
dossier-geen-medische-stukken = Geen medische stukken: die horen bij de bedrijfsarts.
dossier-medische-notities = Medische notities
dossier-alleen-bedrijfsarts = Alleen zichtbaar voor de bedrijfsarts; elke inzage wordt vastgelegd.
dossier-nog-geen-notities = Nog geen medische notities.
dossier-medische-notitie = Medische notitie
dossier-notitie-vastleggen = Notitie vastleggen
dossier-wat = Wat
dossier-herstel = Volledig hersteld (laatste ziektedag)
dossier-opnieuw-ziek = Opnieuw ziek gemeld (eerste ziektedag)
dossier-toelichting-optioneel = Toelichting (optioneel)
dossier-geen-medische-gegevens = Vul hier geen medische gegevens in: diagnose, klachten en behandeling horen alleen bij de bedrijfsarts.
dossier-notitie-leeg = de notitie is leeg
dossier-geen-stap = '{ $code }' is geen stap

## The steps recorded on the dossier page (names from the law stay Dutch)

stap-ziekmelding-arbodienst = Ziekmelding bij bedrijfsarts/arbodienst
stap-probleemanalyse = Probleemanalyse
stap-plan-van-aanpak = Plan van aanpak
stap-casemanager-benoemd = Casemanager benoemd
stap-evaluatie = Evaluatie plan van aanpak
stap-ziekmelding-uwv = Ziekmelding bij UWV (42e week)
stap-eerstejaarsevaluatie = Eerstejaarsevaluatie
stap-start-spoor2 = Start spoor 2
stap-spoor2-activiteit = Spoor 2-activiteit
stap-voortgangsrapportage = Voortgangsrapportage
stap-deskundigenoordeel = Deskundigenoordeel aangevraagd
stap-reintegratieverslag = Re-integratieverslag compleet
stap-wia-aanvraag = WIA-aanvraag
stap-bevredigend-resultaat = Bevredigend re-integratieresultaat

## The bar of 104 weeks

tijdbalk-uitleg = De 104 weken van de wachttijd met de mijlpalen en vandaag
tijdbalk-vandaag = Vandaag
tijdbalk-week = week { $week }

## The bedrijfsarts' FML form (the FML's rubrieken, items and levels come from the domain crate, in Dutch)

fml-titel = Belastbaarheid { $werknemer }
fml-kop = Belastbaarheid (FML) – { $werknemer }
fml-terug = Terug naar het dossier
fml-uitleg = Leg de functionele mogelijkheden vast zoals de Functionele Mogelijkhedenlijst ze kent. Een item dat u leeg laat, betekent: geen beperking vastgelegd. Werkgever, coach en arbeidsdeskundige zien deze gegevens:
fml-geen-diagnose = schrijf hier geen diagnose, klachten of behandeling
fml-alleen-functioneel = , alleen functionele termen.
fml-datum = Datum van het oordeel
fml-voorblad = Voorblad: benutbare mogelijkheden
fml-benutbaar-vraag = Heeft de werknemer benutbare mogelijkheden?
fml-benutbaar-ja = Ja, er zijn benutbare mogelijkheden
fml-benutbaar-nee = Nee: { $reden }
fml-rubriek = Rubriek { $nummer }: { $naam }
fml-niet-ingevuld = niet ingevuld (geen beperking)
fml-toelichting = Toelichting { $code } (functioneel, optioneel)
fml-prognose = Prognose (in tijd, zonder medische gegevens)
fml-vastleggen = Belastbaarheid vastleggen
fml-geen-reden = '{ $waarde }' is geen reden voor geen benutbare mogelijkheden
fml-geen-item = '{ $code }' is geen FML-item met deze invulling
fml-geen-niveau = FML-item { $code }: '{ $waarde }' is geen niveau
fml-geen-keuze = FML-item { $code }: '{ $bit }' is geen keuze
fml-onbekend-veld = onbekend veld '{ $naam }'
fml-prognose-leeg = vul de prognose in (in tijd, zonder medische gegevens)

## The werknemerportaal

portaal-titel = Mijn re-integratie
portaal-geen-dossier = U heeft geen lopend verzuimdossier.
portaal-verzuim-bij = Verzuim bij { $werkgever }
portaal-wachttijd = Eerste ziektedag { $eerste } · de wachttijd van 104 weken loopt tot { $einde }.
portaal-wat-u-moet-doen = Wat u moet doen
portaal-niets-open = Er staat nu niets voor u open.
portaal-te-laat = te laat
portaal-alle-stappen = Alle stappen van de wet (Poortwachter)
portaal-stap = Stap
portaal-mijn-documenten = Mijn documenten
portaal-document-titel = Titel van uw document (bijvoorbeeld: cv, sollicitatiebrief)
portaal-geen-medische-stukken = Medische stukken horen bij de bedrijfsarts, niet hier: uw werkgever kan deze documenten zien.
portaal-mijn-visie = Mijn visie op de re-integratie
portaal-visie-vraag = Wat vindt u van het verloop van uw re-integratie, het plan en de afspraken?
portaal-visie-uitleg = Uw visie komt in het re-integratieverslag, met de datum en uw naam. Uw werkgever leest haar: schrijf er geen diagnose of behandeling in.
portaal-visie-vastleggen = Visie vastleggen
portaal-wie-zag = Wie heeft mijn gegevens ingezien?
portaal-alleen-werknemer = het werknemerportaal is alleen voor de werknemer zelf
portaal-visie-leeg = uw visie is leeg: schrijf eerst wat u ervan vindt
portaal-visie-te-lang = uw visie is te lang (hoogstens 10.000 tekens)

## What the employee does for a milestone, in plain words

taak-probleemanalyse = Spreek met de bedrijfsarts. Die stelt de probleemanalyse op; u en uw werkgever krijgen het advies.
taak-plan-van-aanpak = Maak samen met uw werkgever het plan van aanpak: wat is het doel en wie doet wat. U ondertekent het samen.
taak-evaluatie = Bespreek met uw werkgever hoe het gaat en of het plan van aanpak bijgesteld moet worden.
taak-eerstejaarsevaluatie = Kijk met uw werkgever terug op het eerste jaar en spreek af wat het doel is voor het tweede jaar.
taak-start-spoor2 = Lukt terugkeer in uw eigen werk niet, dan zoekt u ook naar werk bij een andere werkgever (spoor 2).
taak-reintegratieverslag = Schrijf uw eigen visie op de re-integratie: die hoort in het re-integratieverslag. Dat kan hieronder.
taak-wia-aanvraag = Vraag de WIA-uitkering aan bij UWV, uiterlijk op deze datum.
taak-uwv-wia-brief = UWV stuurt u informatie over de WIA-aanvraag.

## Inzage: who looked at the data

inzage-titel = Inzage
inzage-niemand = Nog niemand.
inzage-moment = Moment
inzage-wie = Wie
inzage-wat = Wat
inzage-gegevens = Gegevens
inzage-waarvoor = Waarvoor
inzage-soort-medisch = medische gegevens
inzage-soort-dossier = dossier

## The employer's sick report

ziekmelding-titel = Ziekmelding
ziekmelding-uitleg = Meld een werknemer ziek. Vul hier alleen in wat de werkgever mag vastleggen: geen diagnose, klachten of behandeling.
ziekmelding-voornaam = Voornaam
ziekmelding-achternaam = Achternaam
ziekmelding-email = E-mailadres (optioneel)
ziekmelding-telefoon = Telefoon (optioneel)
ziekmelding-functie = Functie
ziekmelding-uren = Contracturen per week
ziekmelding-postcode = Postcode
ziekmelding-opleidingsniveau = Opleidingsniveau
ziekmelding-bsn = BSN
ziekmelding-eerste-ziektedag = Eerste ziektedag
ziekmelding-ziek-melden = Ziek melden
ziekmelding-alleen-werkgever = ziekmelden is voor de werkgever
ziekmelding-ontbreekt = { $veld } ontbreekt
ziekmelding-veld-werkgever = werkgever
ziekmelding-veld-voornaam = voornaam
ziekmelding-veld-achternaam = achternaam
ziekmelding-veld-functie = functie
ziekmelding-contracturen = contracturen: vul een aantal uren per week in tussen 1 en 60
ziekmelding-postcode-fout = postcode: { $fout }
ziekmelding-bsn-fout = BSN: { $fout }
ziekmelding-datum-fout = eerste ziektedag: '{ $waarde }' is geen datum

## Beheer

beheer-titel = Beheer
beheer-gebruikers = Gebruikers
beheer-naam = Naam
beheer-email = E-mailadres
beheer-rol = Rol
beheer-herstellen = Herstellen
beheer-nieuw-wachtwoord = Nieuw wachtwoord
beheer-nieuw-wachtwoord-voor = Nieuw wachtwoord voor { $naam }
beheer-tweede-factor = Tweede factor herstellen
beheer-tweede-factor-voor = Tweede factor herstellen voor { $naam }
beheer-nieuwe-gebruiker = Nieuwe gebruiker
beheer-werkgevers-van-account = Werkgevers (voor werkgever, arbeidsdeskundige en bedrijfsarts)
beheer-werknemer-van-account = Werknemer (alleen voor de rol werknemer)
beheer-gebruiker-aanmaken = Gebruiker aanmaken
beheer-werkgevers = Werkgevers
beheer-eigenrisicodrager = eigenrisicodrager Ziektewet
beheer-werkgever-naam = Naam van de werkgever
beheer-eigenrisicodrager-keuze = Eigenrisicodrager voor de Ziektewet
beheer-werkgever-toevoegen = Werkgever toevoegen
beheer-caseloads = Caseloads
beheer-coach-voor = Coach voor { $werknemer }
beheer-geen-coach = geen coach
beheer-coach-vastleggen-voor = Coach vastleggen voor { $werknemer }
beheer-tweede-factor-hersteld = De tweede factor is hersteld: bij de volgende keer inloggen stelt de gebruiker een nieuwe in.
beheer-wachtwoord-getoond = Nieuw wachtwoord: { $wachtwoord } — geef het één keer door; het wordt niet opnieuw getoond.
beheer-account-aangemaakt = Account voor { $email } aangemaakt. Eerste wachtwoord: { $wachtwoord } — geef het één keer door; het wordt niet opnieuw getoond. Bij de eerste keer inloggen stelt de gebruiker de tweede factor in.
beheer-vul-naam-in = vul de naam in
beheer-geen-email = '{ $email }' is geen e-mailadres
beheer-kies-werkgevers = kies de werkgever(s) waarvoor deze { $rol } werkt
beheer-kies-werknemer = kies de werknemer van dit account
beheer-werkgever-naam-fout = vul de naam van de werkgever in (hoogstens 200 tekens)

## Documents (upload)

document-niet-volledig = het formulier is niet volledig ontvangen
document-te-groot = het bestand is te groot (hoogstens 10 MiB)
document-geen-tekst = een veld is geen tekst
document-kies-bestand = kies een bestand
document-soort = alleen PDF, PNG of JPEG
document-datum = de datum ontbreekt of is geen datum
document-titel-ontbreekt = de titel ontbreekt

## The language switch

taal-onbekend = '{ $taal }' is geen taal van spoor2: kies nl of en

## Beheer: API tokens

beheer-tokens = API-tokens
beheer-tokens-uitleg = Een API-token geeft een ander systeem toegang tot de
beheer-tokens-api = JSON-API
beheer-tokens-rechten = , met precies de rechten van de gebruiker voor wie u het uitgeeft. Wat via het token wordt ingezien, staat in het logboek op naam van die gebruiker.
beheer-token-kopieer = Kopieer het token nu: het wordt niet opnieuw getoond.
beheer-token-vingerafdruk = spoor2 bewaart alleen een vingerafdruk ervan. Behandel het als een wachtwoord. Kwijt of uitgelekt? Trek het in en geef een nieuw uit.
beheer-token-gebruiker = Voor gebruiker
beheer-token-naam = Naam van het token
beheer-token-voorbeeld = bijvoorbeeld: koppeling salarissysteem
beheer-token-uitgeven = Token uitgeven
beheer-geen-tokens = Er zijn nog geen tokens uitgegeven.
beheer-token-kolom-gebruiker = Gebruiker
beheer-token-uitgegeven = Uitgegeven
beheer-token-laatst-gebruikt = Laatst gebruikt
beheer-token-nooit = nooit
beheer-token-ingetrokken-op = ingetrokken op { $moment }
beheer-token-intrekken = Intrekken
beheer-token-intrekken-van = Token { $naam } intrekken
beheer-token-ingetrokken = Het token is ingetrokken: het geeft geen toegang meer.

traject-titel = Spoor 2-traject
traject-terug = Terug naar het dossier
traject-geen = Dit dossier heeft (nog) geen spoor 2-traject. Het begint met het advies van de arbeidsdeskundige.
traject-advies = Advies spoor 2
traject-conclusie = Conclusie
traject-zoekrichtingen = Zoekrichtingen
traject-zoekrichtingen-regels = Zoekrichtingen (één per regel, in niet-medische termen)
traject-aanbevolen-start = Aanbevolen start (optioneel)
traject-geen-medisch = Geen medische gegevens: diagnose, klachten en behandeling horen alleen bij de bedrijfsarts.
traject-advies-vastleggen = Advies vastleggen
traject-fase = Fase
traject-activiteiten-per-week = Activiteiten per week (laatste 4 weken)
traject-uren-per-week = Uren per week
traject-sollicitaties-per-maand = Sollicitaties (laatste 4 weken)
traject-dagen-stil = Dagen sinds de laatste activiteit
traject-klok = Klok van het traject
traject-opdracht = Opdracht
traject-start = start
traject-weken = weken
traject-budget = budget
traject-interval = rapportage elke (weken)
traject-nog-geen-opdracht = Nog geen opdracht gegeven.
traject-uitvoerder = Uitvoerder
traject-bureau = Re-integratiebureau
traject-intern = Intern
traject-duur = Afgesproken duur (weken)
traject-budget-euro = Budget (euro)
traject-opdracht-geven = Opdracht geven
traject-intake = Intake en assessment
traject-werkervaring = Werkervaring
traject-opleiding = Opleidingsniveau
traject-vaardigheden = Vaardigheden
traject-wensen = Wensen
traject-mogelijkheden = Mogelijkheden
traject-belemmeringen = Belemmeringen (niet-medisch)
traject-zoekprofiel = Zoekprofiel
traject-nog-geen-intake = Nog geen intake vastgelegd.
traject-intake-vastleggen = Intake vastleggen
traject-plan = Trajectplan
traject-nog-geen-plan = Nog geen trajectplan.
traject-versie = versie
traject-goedgekeurd = goedgekeurd
traject-doelen = Doelen
traject-doelen-regels = Doelen (één per regel)
traject-geplande-activiteiten = Geplande activiteiten (één per regel: datum; wat; wie)
traject-akkoord-werknemer = Akkoord werknemer
traject-akkoord-werkgever = Akkoord werkgever
traject-akkoord-geven = Akkoord geven op het trajectplan
traject-plan-vastleggen = Nieuwe versie van het plan vastleggen
traject-activiteiten = Activiteiten
traject-nog-geen-activiteiten = Nog geen activiteiten.
traject-inhoud = Inhoud
traject-onbevestigd = wacht op bevestiging van de coach
traject-bevestigen = Bevestigen
traject-activiteit-loggen = Activiteit vastleggen
traject-sollicitatie-loggen = Sollicitatie vastleggen
traject-minuten = Duur in minuten
traject-doel = Doel
traject-vacature = Vacature
traject-kanaal = Kanaal (bijvoorbeeld werk.nl, netwerk)
traject-met-wie = Met wie
traject-afspraken = Afspraken
traject-vervolg = Vervolg
traject-volgende-afspraak = Volgende afspraak (optioneel)
traject-fase-wijzigen = Fase wijzigen
traject-afsluiten-reden = Volgende fase, of afsluiten met een reden
traject-naar-volgende = Naar de volgende fase
traject-afsluiten = Afsluiten
traject-overgangen = Verloop van de fasen
dossier-traject = Spoor 2-traject
traject-plaatsing = Plaatsing en nazorg
traject-uur-per-week = uur per week
traject-no-risk = no-riskpolis Ziektewet
traject-loonverhouding = Loon ten opzichte van het oude loon
traject-nazorg = Nazorgmomenten
traject-na-maanden = Na maanden
traject-werk-duurt = het werk duurt voort
traject-werk-duurt-niet = het werk duurt niet voort
traject-werk-duurt-vraag = Duurt het werk voort?
traject-ja = ja
traject-nee = nee
traject-nazorg-vastleggen = Nazorgcontact vastleggen
traject-nog-geen-plaatsing = Nog geen plaatsing vastgelegd.
traject-nieuwe-werkgever = Nieuwe werkgever
traject-functie = Functie
traject-contract = Contract
traject-startdatum = Startdatum
traject-loon = Loon per maand (euro)
traject-oud-loon = Oude loon per maand (euro)
traject-no-risk-vraag = Geldt de no-riskpolis van de Ziektewet?
traject-plaatsing-vastleggen = Plaatsing vastleggen
traject-uren-kosten = Uren en kosten
traject-besteed = besteed
traject-resterend = resterend
traject-categorie = Categorie
traject-uren = Uren
traject-omschrijving = Omschrijving
traject-bedrag = Bedrag
traject-niet-declarabel = niet declarabel
traject-csv = Declarabele regels als CSV
traject-tarief = Tarief per uur (euro)
traject-declarabel = Declarabel
traject-uren-registreren = Uren registreren
traject-visie-op-plan = Mijn visie op het plan (optioneel)
traject-visie-werknemer = Visie van de werknemer
traject-gastwerkgever = Gastwerkgever (proefplaatsing, werkervaringsplaats)
traject-tot = Tot en met (periode van een proefplaatsing)
passend-titel = Passend werk
passend-geen-belastbaarheid = Nog geen belastbaarheid vastgelegd: de bedrijfsarts legt die eerst vast.
passend-uitleg = Beroepen uit de ingebouwde catalogus, getoetst aan de belastbaarheid van { $datum } (alleen functionele termen). Een beoordelingspunt moet de coach motiveren voordat het werk als passend geldt.
passend-niets = Geen passend beroep gevonden in de catalogus.
passend-score = score
passend-besluit = Besluit over
passend-accepteren = Accepteren
passend-afwijzen = Afwijzen (met reden)
passend-motiveren = Beoordelingspunt motiveren
passend-toelichting = Reden of motivering
passend-ongeschikt = Ongeschikt ({ $aantal }), met de redenen
dossier-passend-werk = Passend werk
passend-toon-ongeschikt = Toon het ongeschikte werk met de redenen

## Rapportages en het re-integratieverslag
rapport-titel = Rapportages
rapport-kop = Rapportages van { $werknemer }
rapport-opgeslagen = In het dossier
rapport-geen = Nog geen rapportages in het dossier.
rapport-werknemer-akkoord = Voor gezien door de werknemer
rapport-coach-akkoord = Voor gezien door de coach
rapport-nog-niet = nog niet
rapport-bevestigen = Voor gezien
rapport-nieuw-voortgang = Nieuwe voortgangsrapportage
rapport-nieuw-eind = Eindrapportage
rapport-van = Periode vanaf
rapport-tot = Periode tot en met
rapport-gegenereerd = Doelen, zoekrichtingen, activiteiten, sollicitaties en intensiteit komen uit het traject; u schrijft alleen de toelichting.
rapport-inzet = Inzet van de werknemer
rapport-belemmeringen = Belemmeringen (niet-medisch)
rapport-resultaten = Resultaten
rapport-vervolg = Volgende stappen
rapport-verloop = Verloop van het traject
rapport-resultaat = Resultaat
rapport-advies = Advies
rapport-voorbeeld = Voorbeeld
rapport-opslaan = Opslaan in het dossier (PDF)
rapport-ongeldige-periode = Geef een geldige periode: het begin ligt niet na het einde.
rapport-te-lang = Een toelichting is te lang (ten hoogste 10.000 tekens).
rapport-te-bevestigen = Rapportages om voor gezien te tekenen
rapport-alle = Alle rapportages
riv-titel = Re-integratieverslag
riv-uiterste = Uiterste datum voor het re-integratieverslag: { $datum }.
riv-volledig = Alle verplichte onderdelen zijn aanwezig, gedateerd en ondertekend.
riv-onvolledig = Wat ontbreekt ({ $aantal })
riv-onderdeel = Onderdeel
riv-stukken = Stukken
riv-laatste-datum = Laatste datum
riv-uitleg = Het actueel oordeel van de bedrijfsarts mag op de uiterste datum niet ouder zijn dan { $weken } weken. Medische gegevens zitten nooit in de bundel van de werkgever.
riv-downloaden = Bundel downloaden (PDF/A, met BSN)
riv-terug = Terug naar het dossier
riv-soort-eindevaluatie = Eindevaluatie (RIV)
riv-soort-actueel-oordeel = Actueel oordeel bedrijfsarts (RIV)
riv-soort-visie-arbeidsrelatie = Visie op de arbeidsverhouding (RIV)
riv-soort-visie-passende-arbeid = Visie op passend werk bij de eigen werkgever (RIV)
riv-soort-ad-rapport = Arbeidsdeskundig rapport
