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
fout-onleesbaar = Dit verzoek kon niet worden gelezen: een veld ontbreekt, heeft een onjuiste waarde of het formulier is beschadigd. Ga terug en probeer het opnieuw.
fout-methode = Dit adres kan dat niet (verkeerde HTTP-methode).
fout-te-groot = Dit verzoek is te groot. Een formulier mag hooguit 64 kB zijn, een bestand hooguit de grootte die erbij staat.
fout-soort-inhoud = Dit verzoek heeft een soort inhoud (Content-Type) die hier niet past.
fout-nul-teken = Dit verzoek bevat een NUL-teken. Dat hoort in geen enkele naam, tekst of code en is daarom geweigerd; er is niets opgeslagen.
fout-intern = Er ging iets mis
fout-intern-uitleg = Er ging aan onze kant iets mis. Probeer het later opnieuw.
fout-onbeschikbaar = Tijdelijk niet beschikbaar
fout-onbeschikbaar-verbinding = De database is op dit moment niet bereikbaar. Wat u net invoerde is niet opgeslagen; probeer het over een minuut opnieuw.
fout-onbeschikbaar-opslag = De database kan op dit moment niets opslaan (de schijf is vol of alleen-lezen). Wat u net invoerde is niet opgeslagen; meld het aan de beheerder en probeer het later opnieuw.

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
dossier-medisch-bewaard-van = Dit dossier is na zijn bewaartermijn geanonimiseerd; de medische notities blijven tot hun eigen termijn voorbij is en betreffen { $naam }.
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


## Bewaartermijnen

bewaar-titel = Bewaartermijnen
bewaar-link = Bewaartermijnen en wat binnenkort vervalt
bewaar-uitleg = Na de bewaartermijn anonimiseert spoor2 een dossier (de cijfers van Inzicht blijven) en verwijdert het de medische notities van de bedrijfsarts wanneer hun eigen termijn voorbij is; elke keer staat in het logboek. Dat gebeurt eens per dag.
bewaar-termijnen = Termijnen
bewaar-dossier-jaren = Re-integratiedossier: jaren na het einde van de re-integratie ({ $min } tot en met { $max })
bewaar-eigenrisico-jaren = Bij een eigenrisicodrager voor de Ziektewet: jaren (ten minste die van een dossier, ten hoogste { $max })
bewaar-medisch-jaren = Medisch dossier van de bedrijfsarts: jaren na de laatste notitie ({ $min } tot en met { $max })
bewaar-opslaan = Termijnen opslaan
bewaar-werkgevers = Eigenrisicodragers
bewaar-eigenrisicodrager-voor = { $werkgever } draagt het eigen risico
bewaar-vervalt-tot = Wat vervalt tot en met { $datum }
bewaar-vervalt-uitleg = Alleen dossiernummers en data: de inhoud van de dossiers is niet voor beheer.
bewaar-niets = Niets.
bewaar-dossier = Dossier
bewaar-wat = Wat
bewaar-einde = Termijn loopt vanaf
bewaar-termijn = Termijn
bewaar-vervalt-op = Vervalt op
bewaar-wat-dossier = dossier wordt geanonimiseerd
bewaar-wat-medisch = medische notities worden verwijderd
bewaar-termijn-dossier = { $jaren } jaar na de re-integratie
bewaar-termijn-eigenrisicodrager = { $jaren } jaar na de re-integratie (eigenrisicodrager)
bewaar-termijn-medisch = { $jaren } jaar na de laatste medische notitie

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
traject-oud-loon-uitleg = Bruto, vóór de ziekte; passend werk zet het loon van een vacature ertegen af (65% of meer geldt als bevredigend re-integratieresultaat). Mag leeg blijven.
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

vacatures-titel = Vacatures
vacatures-geen-toegang = Vacatures horen bij het werk van de coach, de arbeidsdeskundige en de beheerder.
vacatures-niet-volledig = Het formulier kwam niet volledig aan; probeer het opnieuw.
vacatures-te-groot = Het bestand is te groot (hoogstens 32 MB).
vacatures-kies-bestand = Kies een bestand met vacatures.
vacatures-geen-utf8 = Het bestand is geen UTF-8-tekst; sla het op als UTF-8 (CSV UTF-8 in Excel).
vacatures-niets-leesbaar = Geen enkele vacature in het bestand was leesbaar; er is niets geïmporteerd.
vacatures-geimporteerd = Geïmporteerd: { $nieuw } nieuw, { $bijgewerkt } bijgewerkt, { $verwijderd } verwijderd.
vacatures-overgeslagen = Overgeslagen regels
vacatures-regel = Regel { $regel }
vacatures-meer-overgeslagen = En nog { $aantal } regels overgeslagen.
vacatures-aantal = De organisatie heeft { $aantal } vacatures.
vacatures-onleesbaar = { $aantal } opgeslagen vacatures kan de matcher niet (meer) lezen.
vacatures-importeren = Vacatures importeren
vacatures-uitleg = Een bestand met schema.org JobPosting-objecten (JSON of JSON-lines, zoals vacaturesites publiceren) of een CSV-export. Onleesbare regels worden overgeslagen en met regelnummer en reden gemeld; de rest wordt in één keer geïmporteerd. Een vacature met dezelfde referentie wordt vervangen.
vacatures-kolommen = Kolommen (alleen CSV)
vacatures-kolommen-uitleg = Leeg laten als de kolommen heten zoals onze velden (id, titel, werkgever, plaats, postcode, beroep, uren, diensten, opleiding, omschrijving). Anders bijvoorbeeld: id=Vacaturenummer,titel=Functie,postcode=PC
vacatures-vervang = Vervang alle huidige vacatures (wat niet in het bestand staat, vervalt)
vacatures-importeer = Importeren
kop-vacatures = Vacatures
passend-reisafstand-ongeldig = Geef een reisafstand van 1 tot 300 km.
passend-kies-besluit = Kies een besluit.
passend-geen-postcodetabel = Reisafstanden zijn onbekend: de postcodetabel is nog niet geïmporteerd (spoor2 postcodes importeer). Geen vacature is om de afstand uitgesloten.
passend-woonplaats-onbekend = De postcode van de werknemer staat niet in de postcodetabel: reisafstanden zijn onbekend.
passend-vacature-weg = Deze vacature staat niet (meer) in de vacatures van de organisatie.
passend-vacatures = Vacatures
passend-reisafstand = Maximale reisafstand (km)
passend-opnieuw-zoeken = Opnieuw zoeken
passend-vacatures-telling = Van de { $totaal } vacatures zijn er { $geschikt } geschikt en { $beoordelingspunt } met een beoordelingspunt; de beste staan hieronder.
passend-toestemming-ja = De werknemer heeft toestemming gegeven om het profiel met werkgevers te delen.
passend-toestemming-ingetrokken = De werknemer heeft de toestemming om het profiel te delen ingetrokken.
passend-toestemming-geen = De werknemer heeft (nog) geen toestemming gegeven om het profiel met werkgevers te delen; dat doet de werknemer in Mijn re-integratie.
passend-geen-vacatures = Geen passende vacature gevonden.
passend-solliciteren = Sollicitatie vastleggen
passend-profiel-delen = Profiel delen met deze werkgever
passend-delingen = Profiel gedeeld
passend-loon-onder-65 = loon onder 65% van het oude loon
passend-loon-boven-65 = loon 65% of meer van het oude loon
kandidaat-titel = Kandidaatprofiel
kandidaat-terug = Terug naar passend werk
kandidaat-gedeeld = Het delen is vastgelegd in het dossier.
kandidaat-voor = Voor de vacature { $vacature } bij { $werkgever }, { $datum }.
kandidaat-uitleg = Anoniem profiel: de mogelijkheden van de kandidaat in functionele termen. Zonder naam, BSN of medische gegevens.
kandidaat-opleiding = Opleidingsniveau:
portaal-toestemming-kies = Kies of u toestemming geeft of intrekt.
portaal-profiel-delen = Uw profiel delen met werkgevers
portaal-profiel-uitleg = Als u toestemming geeft, mag uw coach bij een passende vacature een anoniem profiel met de werkgever delen: uw mogelijkheden in functionele termen en uw opleidingsniveau, zonder naam, BSN of medische gegevens. U kunt de toestemming altijd intrekken.
portaal-toestemming-gegeven = U hebt toestemming gegeven.
portaal-toestemming-ingetrokken = U hebt uw toestemming ingetrokken.
portaal-toestemming-nooit = U hebt nog geen toestemming gegeven.
portaal-toestemming-geven = Toestemming geven
portaal-toestemming-intrekken = Toestemming intrekken
portaal-profiel-gedeeld = Uw profiel is gedeeld:
inzicht-titel = Inzicht
kop-inzicht = Inzicht
inzicht-uitleg = Cijfers over de dossiers die u mag zien: trajecten, plaatsingen, duurzaamheid, intensiteit, loonsanctierisico's, kosten en Poortwachter-stappen op tijd. Alleen aantallen, geen gegevens van personen.
inzicht-van = Van
inzicht-tot = Tot en met
inzicht-toon = Toon
inzicht-datum-ongeldig = Geef de periode als datums (jjjj-mm-dd).
inzicht-te-klein = Deze selectie telt { $aantal } werknemers: minder dan vijf. Om te voorkomen dat personen herkenbaar zijn, tonen we werkgevers dan geen cijfers; kies een ruimere selectie.
inzicht-per-fase = Trajecten per fase
inzicht-per-uitkomst = Afgesloten trajecten per uitkomst
inzicht-cijfers = De cijfers
inzicht-dossiers = Dossiers
inzicht-trajecten = Spoor 2-trajecten (begonnen in de periode)
inzicht-plaatsingen = Plaatsingspercentage (geplaatst, van de beëindigde of geplaatste trajecten)
inzicht-mediaan = Mediaan dagen van opdracht tot plaatsing
inzicht-na-6 = Na 6 maanden nog aan het werk (volgens nazorg)
inzicht-na-12 = Na 12 maanden nog aan het werk (volgens nazorg)
inzicht-intensiteit = Activiteiten per week in lopende trajecten (laatste 4 weken)
inzicht-loonsanctie-open = Dossiers met een open loonsanctierisico
inzicht-loonsanctie-opgelost = Dossiers met een te late stap die inmiddels is gezet (risico opgelost)
inzicht-kosten-traject = Gemiddelde kosten per traject (declarabele uren, €)
inzicht-kosten-plaatsing = Kosten per plaatsing (€)
inzicht-op-tijd = Poortwachter-stappen op tijd (van de gezette of te late stappen met een termijn in de periode)
inzicht-definities = Een traject telt in de periode waarin het advies viel; een Poortwachter-stap in de periode van zijn uiterste datum. Open en vervallen stappen tellen niet mee voor "op tijd".
export-niet-voor-werknemer = Uw eigen gegevens downloadt u in Mijn re-integratie.
export-titel = Exporteren (CSV voor Excel, of XLSX)
export-werkvoorraad = Werkvoorraad
export-trajecten = Trajecten en kosten
export-activiteiten = Activiteiten
export-uren = Uren
kop-meldingen = Meldingen
kop-instellingen = Instellingen
mail-onderwerp-dagelijks = spoor2: { $aantal } { $aantal ->
    [one] termijn
   *[other] termijnen
}, waarvan { $te_laat } te laat ({ $datum })
mail-onderwerp-direct = spoor2: { $aantal ->
    [one] een termijn vraagt
   *[other] { $aantal } termijnen vragen
} aandacht
mail-aanhef = Goedendag,
mail-uitleg-dagelijks = Dit zijn de termijnen in uw dossiers die te laat zijn of binnenkort verlopen.
mail-uitleg-direct = Een termijn in een van uw dossiers vraagt aandacht.
mail-uiterlijk = uiterlijk
mail-te-laat = te laat
mail-binnenkort = binnenkort
mail-dossier = dossier { $referentie }
mail-voet = Deze e-mail komt van spoor2. Namen en andere persoonsgegevens staan er bewust niet in: open het dossier in de applicatie. Of en hoe vaak u herinneringen krijgt, kiest u bij Instellingen.
instellingen-titel = Instellingen
instellingen-herinneringen = Herinneringen per e-mail
instellingen-email = Herinneringen gaan naar { $email }: te late en binnenkort verlopende termijnen (mijlpalen van de Poortwachter-klok en termijnen van het traject) in uw dossiers, zonder namen of medische gegevens.
instellingen-keuze = Hoe wilt u herinneringen ontvangen?
instellingen-dagelijks = Eén overzicht per dag
instellingen-direct = Direct, per termijn
instellingen-uit = Geen e-mail (alleen meldingen in de applicatie)
instellingen-opslaan = Opslaan
instellingen-agenda = Agenda-abonnement
instellingen-agenda-uitleg = Een geheim adres met alle termijnen van uw dossiers als agenda (iCalendar), voor uw agenda-app. Wie het adres kent, ziet de termijnen: deel het niet, en trek het in als het uitlekt.
instellingen-agenda-actief = U hebt een agenda-adres sinds { $sinds }. Het adres wordt maar één keer getoond; maak een nieuw als u het kwijt bent (het oude werkt dan niet meer).
instellingen-agenda-geen = U hebt nog geen agenda-adres.
instellingen-agenda-maak = Maak een nieuw agenda-adres
instellingen-agenda-nieuw = Uw agenda-adres (wordt maar één keer getoond; voeg het toe als agenda-abonnement):
instellingen-agenda-intrekken = Agenda-adres intrekken
meldingen-titel = Meldingen
meldingen-geen = Geen meldingen.
meldingen-uitleg = Termijnen in uw dossiers die te laat zijn of binnenkort verlopen, zodra ze dat worden.
meldingen-alles-gelezen = Alles gelezen
meldingen-gelezen = Gelezen
meldingen-nieuw = nieuw
meldingen-ongelezen = { $aantal } ongelezen
meldingen-datum = Uiterlijk
meldingen-wat = Wat
meldingen-dossier = Dossier
meldingen-stand = Stand
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
beheer-logo = Logo op de rapporten
beheer-logo-bestand = Logo (PNG of JPEG, hoogstens 512 kB)
beheer-logo-opslaan = Logo opslaan
beheer-logo-ongeldig = Kies een logo als PNG- of JPEG-bestand van hoogstens 512 kB dat als afbeelding te openen is.

rechten-titel = Mijn gegevens downloaden
rechten-uitleg = U heeft recht op inzage in alles wat hier over u is vastgelegd, en om het mee te nemen (AVG artikel 15 en 20). Download het als leesbare PDF, als JSON-bestand voor een ander systeem, of als ZIP met beide en al uw documenten. Elke download staat in het logboek.
rechten-pdf = Overzicht als PDF
rechten-json = Gegevens als JSON
rechten-zip = Alles als ZIP (JSON, PDF en documenten)
rechten-medisch = Medische gegevens en de notities van de bedrijfsarts staan er niet in: die beheert de bedrijfsarts. Vraag uw bedrijfsarts om een kopie van uw medisch dossier.
correctie-titel = Klopt er iets niet?
correctie-uitleg = Vraag om correctie van uw gegevens (AVG artikel 16). Wie dat deel vastlegt, beoordeelt uw verzoek binnen een maand; u ziet hier de uitkomst.
correctie-ingediend = Ingediend
correctie-onderdeel = Over welk deel
correctie-kies = Kies een deel
correctie-kies-onderdeel = kies over welk deel van uw gegevens het verzoek gaat
correctie-wat-onjuist = Wat klopt er niet?
correctie-wat-juist = Hoe moet het zijn?
correctie-uiterlijk = antwoord uiterlijk { $datum }
correctie-geen-medisch = Schrijf hier geen diagnose of behandeling: medische gegevens corrigeert de bedrijfsarts.
correctie-indienen = Verzoek indienen
correctie-verzoeken = Correctieverzoeken
correctie-uitleg-afhandelen = De werknemer vraagt om correctie (AVG artikel 16). Voer de correctie door in het dossier, of wijs het verzoek af met een reden; de werknemer ziet de uitkomst.
correctie-uitkomst = Uitkomst
correctie-reden = Reden of toelichting (verplicht bij afwijzen)
correctie-afhandelen = Vastleggen
correctie-onderdeel-persoonsgegevens = persoons- en contactgegevens
correctie-onderdeel-verzuim = verzuimgegevens (ziekmelding, herstel, stappen)
correctie-onderdeel-belastbaarheid = belastbaarheid
correctie-onderdeel-traject = traject en activiteiten
correctie-onderdeel-rapporten = rapportages
correctie-onderdeel-ad-rapport = arbeidsdeskundig rapport
correctie-onderdeel-documenten = documenten
correctie-onderdeel-overig = iets anders
correctie-status-open = open
correctie-status-doorgevoerd = doorgevoerd
correctie-status-afgewezen = afgewezen
beheer-correcties =
    { $open ->
        [0] Geen open correctieverzoeken.
        [one] 1 open correctieverzoek
       *[other] { $open } open correctieverzoeken
    }{ $open ->
        [0] {""}
       *[other] , waarvan { $te_laat } over de termijn van een maand; het oudste is { $dagen } dagen oud.
    }
beheer-correcties-uitleg = Werknemers vragen om correctie van hun gegevens; wie het betreffende deel vastlegt, handelt het af. U ziet alleen aantallen en leeftijden, niet de inhoud.
