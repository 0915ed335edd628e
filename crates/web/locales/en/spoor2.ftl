# spoor2: the texts of the web application, in English (the second language).
# Every message is also in ../nl/spoor2.ftl (a test checks that). Terms of the law stay Dutch in English too
# (probleemanalyse, plan van aanpak, loonsanctie, wachttijd, re-integratieverslag, spoor 2, belastbaarheid,
# FML); milestones, findings, FML items and levels come from the domain crate, and the store's messages, in Dutch.

## Shared by several pages

algemeen-datum = Date
algemeen-werkgever = Employer
algemeen-werknemer = Employee
algemeen-status = Status
algemeen-toelichting = Explanation
algemeen-advies = Advice:
algemeen-vastgelegd = Saved.
algemeen-vastleggen = Save
algemeen-geen-datum = '{ $waarde }' is not a date
algemeen-titel = Title
algemeen-bestand = File (PDF, PNG or JPEG, at most 10 MiB)
algemeen-document-toevoegen = Add document
algemeen-nog-geen-documenten = No documents yet.
algemeen-uiterste-datum = Deadline

## The header of every page after login

kop-mijn-reintegratie = My re-integration
kop-werkvoorraad = Worklist
kop-ziekmelding = Report sick
kop-beheer = Administration
kop-uitloggen = Log out
kop-andere-taal = Nederlands

## Login and the second step

inloggen-titel = Log in
inloggen-email = Email address
inloggen-wachtwoord = Password
inloggen-verder = Continue
tweestap-titel = Second step
tweestap-instellen = First set up your second factor: scan this code with an authenticator app (for example one from your organisation), or enter the secret by hand.
tweestap-geheim = Secret:
tweestap-code = Code from your authenticator app (6 digits)
tweestap-inloggen = Log in

## Error pages

fout-naar-start = To the start page
fout-niet-gevonden = Not found
fout-niet-gevonden-uitleg = This page does not exist, or is not for you.
fout-geen-toegang = No access
fout-lukte-niet = That did not work
fout-onleesbaar = This request could not be read: a field is missing, has a wrong value, or the form is damaged. Go back and try again.
fout-methode = This address cannot do that (wrong HTTP method).
fout-te-groot = This request is too large. A form may be at most 64 kB, a file at most the size stated with it.
fout-soort-inhoud = This request has a content type that does not fit here.
fout-nul-teken = This request contains a NUL character. It belongs in no name, text or code, so the request was refused; nothing was saved.
fout-intern = Something went wrong
fout-intern-uitleg = Something went wrong on our side. Please try again later.
fout-onbeschikbaar = Temporarily unavailable
fout-onbeschikbaar-verbinding = The database cannot be reached right now. What you just entered was not saved; please try again in a minute.
fout-onbeschikbaar-opslag = The database cannot save anything right now (the disk is full or read-only). What you just entered was not saved; please tell the administrator and try again later.

## The werkvoorraad

werkvoorraad-titel = Worklist
werkvoorraad-aantallen = Counts
werkvoorraad-te-laat = overdue
werkvoorraad-binnenkort = due soon
werkvoorraad-risico =
    { $aantal ->
        [one] finding
       *[other] findings
    } with a risk of loonsanctie or a fine
werkvoorraad-overig =
    { $aantal ->
        [one] other finding
       *[other] other findings
    }
werkvoorraad-dossiers =
    { $aantal ->
        [one] { $aantal } case
       *[other] { $aantal } cases
    }
werkvoorraad-alle = All
werkvoorraad-coach = Coach
werkvoorraad-soort = Type
werkvoorraad-alles = Everything
werkvoorraad-filter-te-laat = Overdue
werkvoorraad-filter-binnenkort = Due soon
werkvoorraad-filter-bevindingen = Findings
werkvoorraad-filter = Filter
werkvoorraad-niets = Nothing to do with these filters.
werkvoorraad-bijschrift = Milestones and findings, overdue first
werkvoorraad-wat = What
werkvoorraad-toelichting-en-advies = Explanation and advice
werkvoorraad-dossiers-kop = Cases
werkvoorraad-geen-dossiers = There are no cases for you (yet).

## The dossier page

dossier-samenvatting = { $functie } at { $werkgever } · first day of sickness { $eerste } · end of the wachttijd { $einde }
dossier-wie-zag = Who has looked at this data?
dossier-mijlpalen = Milestones
dossier-mijlpaal = Milestone
dossier-week = Week
dossier-gedaan-op = Done on
dossier-bevindingen = Findings
dossier-geen-bevindingen = No findings: everything is on time.
dossier-grondslag = Legal basis:
dossier-belastbaarheid = Belastbaarheid (work capacity)
dossier-oordeel-van = Assessment of { $datum }. Functional capacities and restrictions only; no medical data.
dossier-geen-benutbare = No usable capacities (geen benutbare mogelijkheden): { $reden }.
dossier-reden-bij-bedrijfsarts = only the bedrijfsarts knows the reason
dossier-geen-beperkingen = No restrictions recorded.
dossier-item = Item
dossier-mogelijkheid = Capacity
dossier-prognose = Prognosis:
dossier-nog-geen-belastbaarheid = No belastbaarheid recorded yet.
dossier-belastbaarheid-vastleggen = Record the belastbaarheid (FML)
dossier-verloop = Course of the dossier
dossier-nog-geen-verloop = Nothing recorded yet.
dossier-datum = Date
dossier-toelichting = Explanation
dossier-door = By
dossier-notitie = Note
dossier-notitie-toevoegen = Add note
dossier-documenten = Documents
dossier-ondertekend-door = signed by { $naam }
dossier-bij-welke-stap = For which step
dossier-overig = Other
dossier-ondertekend-optioneel = Signed by (optional)
dossier-geen-medische-stukken = No medical documents: those belong with the bedrijfsarts.
dossier-medische-notities = Medical notes
dossier-alleen-bedrijfsarts = Visible to the bedrijfsarts only; every view is logged.
dossier-medisch-bewaard-van = This dossier was anonymised after its retention period; the medical notes stay until their own period has passed and concern { $naam }.
dossier-nog-geen-notities = No medical notes yet.
dossier-medische-notitie = Medical note
dossier-notitie-vastleggen = Save note
dossier-wat = What
dossier-herstel = Fully recovered (last day of sickness)
dossier-opnieuw-ziek = Reported sick again (first day of sickness)
dossier-toelichting-optioneel = Explanation (optional)
dossier-geen-medische-gegevens = Do not enter medical data here: diagnosis, complaints and treatment belong with the bedrijfsarts only.
dossier-notitie-leeg = the note is empty
dossier-geen-stap = '{ $code }' is not a step

## The steps recorded on the dossier page (names from the law stay Dutch)

stap-ziekmelding-arbodienst = Sick report to the bedrijfsarts/arbodienst
stap-probleemanalyse = Probleemanalyse
stap-plan-van-aanpak = Plan van aanpak
stap-casemanager-benoemd = Casemanager appointed
stap-evaluatie = Evaluation of the plan van aanpak
stap-ziekmelding-uwv = Sick report to UWV (week 42)
stap-eerstejaarsevaluatie = Eerstejaarsevaluatie
stap-start-spoor2 = Start of spoor 2
stap-spoor2-activiteit = Spoor 2 activity
stap-voortgangsrapportage = Progress report (voortgangsrapportage)
stap-deskundigenoordeel = Deskundigenoordeel requested
stap-reintegratieverslag = Re-integratieverslag complete
stap-wia-aanvraag = WIA application
stap-bevredigend-resultaat = Satisfactory re-integration result

## The bar of 104 weeks

tijdbalk-uitleg = The 104 weeks of the wachttijd with the milestones and today
tijdbalk-vandaag = Today
tijdbalk-week = week { $week }

## The bedrijfsarts' FML form (the FML's rubrieken, items and levels come from the domain crate, in Dutch)

fml-titel = Belastbaarheid { $werknemer }
fml-kop = Belastbaarheid (FML) – { $werknemer }
fml-terug = Back to the case
fml-uitleg = Record the functional capacities as the Functionele Mogelijkhedenlijst (FML) defines them. An item left empty means: no restriction recorded. The employer, coach and arbeidsdeskundige see this data:
fml-geen-diagnose = do not write a diagnosis, complaints or treatment here
fml-alleen-functioneel = , functional terms only.
fml-datum = Date of the assessment
fml-voorblad = Voorblad: usable capacities (benutbare mogelijkheden)
fml-benutbaar-vraag = Does the employee have usable capacities?
fml-benutbaar-ja = Yes, there are usable capacities
fml-benutbaar-nee = No: { $reden }
fml-rubriek = Rubriek { $nummer }: { $naam }
fml-niet-ingevuld = not filled in (no restriction)
fml-toelichting = Explanation { $code } (functional, optional)
fml-prognose = Prognosis (in time, without medical data)
fml-vastleggen = Record the belastbaarheid
fml-geen-reden = '{ $waarde }' is not a reason for geen benutbare mogelijkheden
fml-geen-item = '{ $code }' is not an FML item filled in this way
fml-geen-niveau = FML item { $code }: '{ $waarde }' is not a level
fml-geen-keuze = FML item { $code }: '{ $bit }' is not a choice
fml-onbekend-veld = unknown field '{ $naam }'
fml-prognose-leeg = fill in the prognosis (in time, without medical data)

## The werknemerportaal

portaal-titel = My re-integration
portaal-geen-dossier = You have no open sickness case.
portaal-verzuim-bij = Sickness absence at { $werkgever }
portaal-wachttijd = First day of sickness { $eerste } · the wachttijd of 104 weeks runs until { $einde }.
portaal-wat-u-moet-doen = What you need to do
portaal-niets-open = There is nothing for you to do right now.
portaal-te-laat = overdue
portaal-alle-stappen = All steps of the law (Wet verbetering poortwachter)
portaal-stap = Step
portaal-mijn-documenten = My documents
portaal-document-titel = Title of your document (for example: CV, application letter)
portaal-geen-medische-stukken = Medical documents belong with the bedrijfsarts, not here: your employer can see these documents.
portaal-mijn-visie = My view on the re-integration
portaal-visie-vraag = What do you think of how your re-integration is going, the plan and the agreements?
portaal-visie-uitleg = Your view goes into the re-integratieverslag, with the date and your name. Your employer reads it: do not write a diagnosis or treatment in it.
portaal-visie-vastleggen = Save my view
portaal-wie-zag = Who has looked at my data?
portaal-alleen-werknemer = the employee portal is for the employee only
portaal-visie-leeg = your view is empty: first write what you think
portaal-visie-te-lang = your view is too long (at most 10,000 characters)

## What the employee does for a milestone, in plain words

taak-probleemanalyse = Talk to the bedrijfsarts (company doctor), who draws up the probleemanalyse; you and your employer receive the advice.
taak-plan-van-aanpak = Draw up the plan van aanpak together with your employer: what is the goal and who does what. You sign it together.
taak-evaluatie = Discuss with your employer how things are going and whether the plan van aanpak needs adjusting.
taak-eerstejaarsevaluatie = Look back on the first year with your employer and agree on the goal for the second year.
taak-start-spoor2 = If returning to your own work does not succeed, you also look for work with another employer (spoor 2).
taak-reintegratieverslag = Write your own view on the re-integration: it belongs in the re-integratieverslag. You can do that below.
taak-wia-aanvraag = Apply to UWV for the WIA benefit, by this date at the latest.
taak-uwv-wia-brief = UWV sends you information about the WIA application.

## Inzage: who looked at the data

inzage-titel = Access log
inzage-niemand = Nobody yet.
inzage-moment = When
inzage-wie = Who
inzage-wat = What
inzage-gegevens = Data
inzage-waarvoor = What for
inzage-soort-medisch = medical data
inzage-soort-dossier = case file

## The employer's sick report

ziekmelding-titel = Sick report
ziekmelding-uitleg = Report an employee sick. Only enter what the employer may record: no diagnosis, complaints or treatment.
ziekmelding-voornaam = First name
ziekmelding-achternaam = Last name
ziekmelding-email = Email address (optional)
ziekmelding-telefoon = Phone (optional)
ziekmelding-functie = Job title
ziekmelding-uren = Contract hours per week
ziekmelding-postcode = Postcode
ziekmelding-opleidingsniveau = Level of education
ziekmelding-bsn = BSN (citizen service number)
ziekmelding-eerste-ziektedag = First day of sickness
ziekmelding-ziek-melden = Report sick
ziekmelding-alleen-werkgever = reporting sick is for the employer
ziekmelding-ontbreekt = { $veld } is missing
ziekmelding-veld-werkgever = employer
ziekmelding-veld-voornaam = first name
ziekmelding-veld-achternaam = last name
ziekmelding-veld-functie = job title
ziekmelding-contracturen = contract hours: enter a number of hours per week between 1 and 60
ziekmelding-postcode-fout = postcode: { $fout }
ziekmelding-bsn-fout = BSN: { $fout }
ziekmelding-datum-fout = first day of sickness: '{ $waarde }' is not a date

## Beheer

beheer-titel = Administration
beheer-gebruikers = Users
beheer-naam = Name
beheer-email = Email address
beheer-rol = Role
beheer-herstellen = Reset
beheer-nieuw-wachtwoord = New password
beheer-nieuw-wachtwoord-voor = New password for { $naam }
beheer-tweede-factor = Reset second factor
beheer-tweede-factor-voor = Reset second factor for { $naam }
beheer-nieuwe-gebruiker = New user
beheer-werkgevers-van-account = Employers (for werkgever, arbeidsdeskundige and bedrijfsarts)
beheer-werknemer-van-account = Employee (only for the role werknemer)
beheer-gebruiker-aanmaken = Create user
beheer-werkgevers = Employers
beheer-eigenrisicodrager = eigenrisicodrager Ziektewet
beheer-werkgever-naam = Name of the employer
beheer-eigenrisicodrager-keuze = Eigenrisicodrager for the Ziektewet (self-insurer)
beheer-werkgever-toevoegen = Add employer
beheer-caseloads = Caseloads
beheer-coach-voor = Coach for { $werknemer }
beheer-geen-coach = no coach
beheer-coach-vastleggen-voor = Save the coach for { $werknemer }
beheer-tweede-factor-hersteld = The second factor has been reset: the user sets up a new one at the next login.
beheer-wachtwoord-getoond = New password: { $wachtwoord } — pass it on once; it is not shown again.
beheer-account-aangemaakt = Account for { $email } created. First password: { $wachtwoord } — pass it on once; it is not shown again. At the first login the user sets up the second factor.
beheer-vul-naam-in = fill in the name
beheer-geen-email = '{ $email }' is not an email address
beheer-kies-werkgevers = choose the employer(s) this { $rol } works for
beheer-kies-werknemer = choose the employee of this account
beheer-werkgever-naam-fout = fill in the name of the employer (at most 200 characters)


## Retention

bewaar-titel = Retention periods
bewaar-link = Retention periods and what expires soon
bewaar-uitleg = After its retention period spoor2 anonymises a dossier (the Inzicht figures remain) and deletes the bedrijfsarts's medical notes once their own period has passed; each time is recorded in the log. This happens once a day.
bewaar-termijnen = Periods
bewaar-dossier-jaren = Re-integration dossier: years after the re-integration ended ({ $min } to { $max })
bewaar-eigenrisico-jaren = For an eigenrisicodrager (Ziektewet self-insurer): years (at least those of a dossier, at most { $max })
bewaar-medisch-jaren = The bedrijfsarts's medical file: years after the last note ({ $min } to { $max })
bewaar-opslaan = Save periods
bewaar-werkgevers = Eigenrisicodragers
bewaar-eigenrisicodrager-voor = { $werkgever } bears its own risk
bewaar-vervalt-tot = What expires up to and including { $datum }
bewaar-vervalt-uitleg = Dossier numbers and dates only: the dossiers' contents are not for administration.
bewaar-niets = Nothing.
bewaar-dossier = Dossier
bewaar-wat = What
bewaar-einde = Period runs from
bewaar-termijn = Period
bewaar-vervalt-op = Expires on
bewaar-wat-dossier = dossier is anonymised
bewaar-wat-medisch = medical notes are deleted
bewaar-termijn-dossier = { $jaren } years after the re-integration
bewaar-termijn-eigenrisicodrager = { $jaren } years after the re-integration (eigenrisicodrager)
bewaar-termijn-medisch = { $jaren } years after the last medical note

## Documents (upload)

document-niet-volledig = the form was not received completely
document-te-groot = the file is too large (at most 10 MiB)
document-geen-tekst = a field is not text
document-kies-bestand = choose a file
document-soort = only PDF, PNG or JPEG
document-datum = the date is missing or is not a date
document-titel-ontbreekt = the title is missing

## The language switch

taal-onbekend = '{ $taal }' is not a language of spoor2: choose nl or en

## Beheer: API tokens

beheer-tokens = API tokens
beheer-tokens-uitleg = An API token gives another system access to the
beheer-tokens-api = JSON API
beheer-tokens-rechten = , with exactly the rights of the user you issue it for. What is viewed through the token is in the log under that user's name.
beheer-token-kopieer = Copy the token now: it is not shown again.
beheer-token-vingerafdruk = spoor2 keeps only a fingerprint of it. Treat it like a password. Lost or leaked? Revoke it and issue a new one.
beheer-token-gebruiker = For user
beheer-token-naam = Name of the token
beheer-token-voorbeeld = for example: payroll system link
beheer-token-uitgeven = Issue token
beheer-geen-tokens = No tokens have been issued yet.
beheer-token-kolom-gebruiker = User
beheer-token-uitgegeven = Issued
beheer-token-laatst-gebruikt = Last used
beheer-token-nooit = never
beheer-token-ingetrokken-op = revoked on { $moment }
beheer-token-intrekken = Revoke
beheer-token-intrekken-van = Revoke token { $naam }
beheer-token-ingetrokken = The token has been revoked: it no longer gives access.

traject-titel = Spoor 2 traject
traject-terug = Back to the dossier
traject-geen = This dossier has no spoor 2 traject (yet). It starts with the arbeidsdeskundige's advice.
traject-advies = Advice on spoor 2
traject-conclusie = Conclusion
traject-zoekrichtingen = Search directions
traject-zoekrichtingen-regels = Search directions (one per line, in non-medical terms)
traject-aanbevolen-start = Recommended start (optional)
traject-geen-medisch = No medical data: diagnosis, complaints and treatment belong with the bedrijfsarts only.
traject-advies-vastleggen = Record advice
traject-fase = Phase
traject-activiteiten-per-week = Activities per week (last 4 weeks)
traject-uren-per-week = Hours per week
traject-sollicitaties-per-maand = Applications (last 4 weeks)
traject-dagen-stil = Days since the latest activity
traject-klok = Traject clock
traject-opdracht = Commission
traject-start = start
traject-weken = weeks
traject-budget = budget
traject-interval = report every (weeks)
traject-nog-geen-opdracht = No commission yet.
traject-uitvoerder = Carried out by
traject-bureau = Re-integration bureau
traject-intern = In-house
traject-duur = Agreed duration (weeks)
traject-budget-euro = Budget (euros)
traject-opdracht-geven = Commission the traject
traject-intake = Intake and assessment
traject-werkervaring = Work history
traject-opleiding = Education level
traject-vaardigheden = Skills
traject-wensen = Wishes
traject-mogelijkheden = Possibilities
traject-belemmeringen = Obstacles (non-medical)
traject-zoekprofiel = Search profile (zoekprofiel)
traject-nog-geen-intake = No intake recorded yet.
traject-intake-vastleggen = Record intake
traject-plan = Trajectplan
traject-nog-geen-plan = No trajectplan yet.
traject-versie = version
traject-goedgekeurd = approved
traject-doelen = Goals
traject-doelen-regels = Goals (one per line)
traject-geplande-activiteiten = Planned activities (one per line: date; what; who)
traject-akkoord-werknemer = Approved by the employee
traject-akkoord-werkgever = Approved by the employer
traject-akkoord-geven = Approve the trajectplan
traject-plan-vastleggen = Record a new version of the plan
traject-activiteiten = Activities
traject-nog-geen-activiteiten = No activities yet.
traject-inhoud = Content
traject-onbevestigd = awaiting the coach's confirmation
traject-bevestigen = Confirm
traject-activiteit-loggen = Record an activity
traject-sollicitatie-loggen = Record an application
traject-minuten = Duration in minutes
traject-doel = Goal
traject-vacature = Vacancy
traject-kanaal = Channel (e.g. werk.nl, network)
traject-met-wie = With whom
traject-afspraken = Agreements
traject-vervolg = Follow-up
traject-volgende-afspraak = Next appointment (optional)
traject-fase-wijzigen = Change phase
traject-afsluiten-reden = Next phase, or close with a reason
traject-naar-volgende = To the next phase
traject-afsluiten = Close
traject-overgangen = Course of the phases
dossier-traject = Spoor 2 traject
traject-plaatsing = Placement and aftercare (nazorg)
traject-uur-per-week = hours per week
traject-no-risk = Ziektewet no-risk policy
traject-loonverhouding = Wage relative to the old wage
traject-nazorg = Nazorg moments
traject-na-maanden = After months
traject-werk-duurt = the work lasts
traject-werk-duurt-niet = the work does not last
traject-werk-duurt-vraag = Does the work last?
traject-ja = yes
traject-nee = no
traject-nazorg-vastleggen = Record nazorg contact
traject-nog-geen-plaatsing = No placement recorded yet.
traject-nieuwe-werkgever = New employer
traject-functie = Function
traject-contract = Contract
traject-startdatum = Start date
traject-loon = Wage per month (euros)
traject-oud-loon = Old wage per month (euros)
traject-oud-loon-uitleg = Gross, before the sickness; suitable work weighs a vacancy's wage against it (65% or more counts as a satisfactory re-integration result). May be left empty.
traject-no-risk-vraag = Does the Ziektewet no-risk policy apply?
traject-plaatsing-vastleggen = Record placement
traject-uren-kosten = Hours and costs
traject-besteed = used
traject-resterend = remaining
traject-categorie = Category
traject-uren = Hours
traject-omschrijving = Description
traject-bedrag = Amount
traject-niet-declarabel = not billable
traject-csv = Billable lines as CSV
traject-tarief = Rate per hour (euros)
traject-declarabel = Billable
traject-uren-registreren = Register hours
traject-visie-op-plan = My view on the plan (optional)
traject-visie-werknemer = The employee's view
traject-gastwerkgever = Host employer (work trial, work experience placement)
traject-tot = Until (period of a work trial)
passend-titel = Suitable work (passende arbeid)
passend-geen-belastbaarheid = No belastbaarheid recorded yet: the bedrijfsarts records it first.
passend-uitleg = Occupations of the built-in catalogue, judged against the belastbaarheid of { $datum } (functional terms only). A beoordelingspunt must be motivated by the coach before the work counts as suitable.
passend-niets = No suitable occupation found in the catalogue.
passend-score = score
passend-besluit = Decision on
passend-accepteren = Accept
passend-afwijzen = Reject (with a reason)
passend-motiveren = Motivate the beoordelingspunt
passend-toelichting = Reason or motivation
passend-ongeschikt = Unsuitable ({ $aantal }), with the reasons
dossier-passend-werk = Suitable work
passend-toon-ongeschikt = Show the unsuitable work with the reasons

vacatures-titel = Vacancies
vacatures-geen-toegang = Vacancies belong to the work of the coach, the labour expert and the administrator.
vacatures-niet-volledig = The form did not arrive completely; please try again.
vacatures-te-groot = The file is too large (at most 32 MB).
vacatures-kies-bestand = Choose a file with vacancies.
vacatures-geen-utf8 = The file is not UTF-8 text; save it as UTF-8 (CSV UTF-8 in Excel).
vacatures-niets-leesbaar = Not one vacancy in the file could be read; nothing was imported.
vacatures-geimporteerd = Imported: { $nieuw } new, { $bijgewerkt } updated, { $verwijderd } removed.
vacatures-overgeslagen = Rows skipped
vacatures-regel = Line { $regel }
vacatures-meer-overgeslagen = And { $aantal } more rows skipped.
vacatures-aantal = The organisation has { $aantal } vacancies.
vacatures-onleesbaar = { $aantal } stored vacancies can no longer be read by the matcher.
vacatures-importeren = Import vacancies
vacatures-uitleg = A file of schema.org JobPosting objects (JSON or JSON lines, as job sites publish them) or a CSV export. Unreadable rows are skipped and reported with their line number and reason; the rest is imported at once. A vacancy with the same reference is replaced.
vacatures-kolommen = Columns (CSV only)
vacatures-kolommen-uitleg = Leave empty when the columns are named like our fields (id, titel, werkgever, plaats, postcode, beroep, uren, diensten, opleiding, omschrijving). Otherwise for example: id=Vacaturenummer,titel=Functie,postcode=PC
vacatures-vervang = Replace all current vacancies (whatever is not in the file is removed)
vacatures-importeer = Import
kop-vacatures = Vacancies
passend-reisafstand-ongeldig = Enter a travel distance of 1 to 300 km.
passend-kies-besluit = Choose a decision.
passend-geen-postcodetabel = Travel distances are unknown: the postcode table has not been imported yet (spoor2 postcodes importeer). No vacancy is excluded by distance.
passend-woonplaats-onbekend = The employee's postcode is not in the postcode table: travel distances are unknown.
passend-vacature-weg = This vacancy is not (or no longer) among the organisation's vacancies.
passend-vacatures = Vacancies
passend-reisafstand = Maximum travel distance (km)
passend-opnieuw-zoeken = Search again
passend-vacatures-telling = Of the { $totaal } vacancies, { $geschikt } are suitable and { $beoordelingspunt } have a point to assess; the best are listed below.
passend-toestemming-ja = The employee has consented to sharing the profile with employers.
passend-toestemming-ingetrokken = The employee has withdrawn consent to share the profile.
passend-toestemming-geen = The employee has not (yet) consented to sharing the profile with employers; the employee does so in My re-integration.
passend-geen-vacatures = No suitable vacancy found.
passend-solliciteren = Record an application
passend-profiel-delen = Share the profile with this employer
passend-delingen = Profile shared
passend-loon-onder-65 = wage below 65% of the former wage
passend-loon-boven-65 = wage 65% or more of the former wage
kandidaat-titel = Candidate profile
kandidaat-terug = Back to suitable work
kandidaat-gedeeld = The share has been recorded in the dossier.
kandidaat-voor = For the vacancy { $vacature } at { $werkgever }, { $datum }.
kandidaat-uitleg = Anonymous profile: the candidate's possibilities in functional terms. No name, BSN or medical data.
kandidaat-opleiding = Education level:
portaal-toestemming-kies = Choose whether you give or withdraw consent.
portaal-profiel-delen = Sharing your profile with employers
portaal-profiel-uitleg = If you consent, your coach may share an anonymous profile with the employer of a suitable vacancy: your possibilities in functional terms and your education level, without name, BSN or medical data. You can withdraw your consent at any time.
portaal-toestemming-gegeven = You have given consent.
portaal-toestemming-ingetrokken = You have withdrawn your consent.
portaal-toestemming-nooit = You have not given consent yet.
portaal-toestemming-geven = Give consent
portaal-toestemming-intrekken = Withdraw consent
portaal-profiel-gedeeld = Your profile was shared:
inzicht-titel = Insight
kop-inzicht = Insight
inzicht-uitleg = Figures over the dossiers you may see: trajects, placements, lasting results, intensity, loonsanctie risks, costs and Poortwachter steps on time. Counts only, no person's data.
inzicht-van = From
inzicht-tot = Up to and including
inzicht-toon = Show
inzicht-datum-ongeldig = Give the period as dates (yyyy-mm-dd).
inzicht-te-klein = This selection counts { $aantal } employees: fewer than five. To keep people from being recognised, employers are not shown figures then; choose a wider selection.
inzicht-per-fase = Trajects per phase
inzicht-per-uitkomst = Closed trajects per outcome
inzicht-cijfers = The figures
inzicht-dossiers = Dossiers
inzicht-trajecten = Spoor 2 trajects (begun in the period)
inzicht-plaatsingen = Placement rate (placed, of the trajects that ended or were placed)
inzicht-mediaan = Median days from commission to placement
inzicht-na-6 = Still in work after 6 months (per nazorg)
inzicht-na-12 = Still in work after 12 months (per nazorg)
inzicht-intensiteit = Activities per week in running trajects (last 4 weeks)
inzicht-loonsanctie-open = Dossiers with an open loonsanctie risk
inzicht-loonsanctie-opgelost = Dossiers with a late step since taken (risk resolved)
inzicht-kosten-traject = Mean cost per traject (billable hours, €)
inzicht-kosten-plaatsing = Cost per placement (€)
inzicht-op-tijd = Poortwachter steps on time (of the steps taken or late with a deadline in the period)
inzicht-definities = A traject counts in the period its advice fell in; a Poortwachter step in the period of its deadline. Open and lapsed steps do not count for "on time".
export-niet-voor-werknemer = You download your own data in My re-integration.
export-titel = Export (CSV for Excel, or XLSX)
export-werkvoorraad = Work queue
export-trajecten = Trajects and costs
export-activiteiten = Activities
export-uren = Hours
kop-meldingen = Notifications
kop-instellingen = Settings
mail-onderwerp-dagelijks = spoor2: { $aantal } { $aantal ->
    [one] deadline
   *[other] deadlines
}, { $te_laat } overdue ({ $datum })
mail-onderwerp-direct = spoor2: { $aantal ->
    [one] a deadline needs
   *[other] { $aantal } deadlines need
} attention
mail-aanhef = Hello,
mail-uitleg-dagelijks = These are the deadlines in your cases that are overdue or coming up.
mail-uitleg-direct = A deadline in one of your cases needs attention.
mail-uiterlijk = due
mail-te-laat = overdue
mail-binnenkort = coming up
mail-dossier = case { $referentie }
mail-voet = This e-mail comes from spoor2. Names and other personal data are left out on purpose: open the case in the application. Whether and how often you get reminders, you choose under Settings.
instellingen-titel = Settings
instellingen-herinneringen = Reminders by e-mail
instellingen-email = Reminders go to { $email }: overdue and upcoming deadlines (milestones of the Poortwachter clock and deadlines of the traject) in your cases, without names or medical data.
instellingen-keuze = How do you want to receive reminders?
instellingen-dagelijks = One digest a day
instellingen-direct = At once, per deadline
instellingen-uit = No e-mail (notifications in the application only)
instellingen-opslaan = Save
instellingen-agenda = Calendar subscription
instellingen-agenda-uitleg = A secret address with every deadline of your cases as a calendar (iCalendar), for your calendar app. Whoever knows the address sees the deadlines: do not share it, and revoke it if it leaks.
instellingen-agenda-actief = You have had a calendar address since { $sinds }. The address is shown only once; make a new one if you lost it (the old one then stops working).
instellingen-agenda-geen = You have no calendar address yet.
instellingen-agenda-maak = Make a new calendar address
instellingen-agenda-nieuw = Your calendar address (shown only once; add it as a calendar subscription):
instellingen-agenda-intrekken = Revoke the calendar address
meldingen-titel = Notifications
meldingen-geen = No notifications.
meldingen-uitleg = Deadlines in your cases that are overdue or coming up, as soon as they are.
meldingen-alles-gelezen = Mark all as read
meldingen-gelezen = Read
meldingen-nieuw = new
meldingen-ongelezen = { $aantal } unread
meldingen-datum = Due
meldingen-wat = What
meldingen-dossier = Case
meldingen-stand = Status
## Reports and the re-integratieverslag
rapport-titel = Reports
rapport-kop = Reports of { $werknemer }
rapport-opgeslagen = In the dossier
rapport-geen = No reports in the dossier yet.
rapport-werknemer-akkoord = Acknowledged by the employee
rapport-coach-akkoord = Acknowledged by the coach
rapport-nog-niet = not yet
rapport-bevestigen = Acknowledge
rapport-nieuw-voortgang = New voortgangsrapportage (progress report)
rapport-nieuw-eind = Eindrapportage (final report)
rapport-van = Period from
rapport-tot = Period up to and including
rapport-gegenereerd = Goals, search directions, activities, applications and intensity come from the traject; you write only the narrative.
rapport-inzet = The employee's effort
rapport-belemmeringen = Obstacles (non-medical)
rapport-resultaten = Results
rapport-vervolg = Next steps
rapport-verloop = Course of the traject
rapport-resultaat = Result
rapport-advies = Advice
rapport-voorbeeld = Preview
rapport-opslaan = Store in the dossier (PDF)
rapport-ongeldige-periode = Give a valid period: the start is not after the end.
rapport-te-lang = A narrative is too long (at most 10,000 characters).
rapport-te-bevestigen = Reports to acknowledge
rapport-alle = All reports
riv-titel = Re-integratieverslag (RIV)
riv-uiterste = Deadline for the re-integratieverslag: { $datum }.
riv-volledig = Every required part is present, dated and signed.
riv-onvolledig = What is missing ({ $aantal })
riv-onderdeel = Part
riv-stukken = Documents
riv-laatste-datum = Latest date
riv-uitleg = The bedrijfsarts's actueel oordeel may be at most { $weken } weeks old at the deadline. Medical data is never part of the employer's bundle.
riv-downloaden = Download the bundle (PDF/A, with BSN)
riv-terug = Back to the dossier
riv-soort-eindevaluatie = Eindevaluatie (final evaluation, RIV)
riv-soort-actueel-oordeel = Actueel oordeel of the bedrijfsarts (RIV)
riv-soort-visie-arbeidsrelatie = View on the working relationship (RIV)
riv-soort-visie-passende-arbeid = View on suitable work at the own employer (RIV)
riv-soort-ad-rapport = Arbeidsdeskundig report
beheer-logo = Logo on the reports
beheer-logo-bestand = Logo (PNG or JPEG, at most 512 kB)
beheer-logo-opslaan = Save logo
beheer-logo-ongeldig = Choose a logo as a PNG or JPEG file of at most 512 kB.

rechten-titel = Download my data
rechten-uitleg = You have the right to see everything recorded about you here, and to take it with you (GDPR articles 15 and 20). Download it as a readable PDF, as a JSON file for another system, or as a ZIP with both and all your documents. Every download is in the log.
rechten-pdf = Overview as PDF
rechten-json = Data as JSON
rechten-zip = Everything as ZIP (JSON, PDF and documents)
rechten-medisch = Medical data and the occupational physician's notes are not included: the bedrijfsarts keeps them. Ask your bedrijfsarts for a copy of your medical file.
correctie-titel = Is something wrong?
correctie-uitleg = Ask for your data to be corrected (GDPR article 16). Whoever records that part assesses your request within a month; you see the outcome here.
correctie-ingediend = Filed
correctie-onderdeel = Which part
correctie-kies = Choose a part
correctie-kies-onderdeel = choose which part of your data the request is about
correctie-wat-onjuist = What is wrong?
correctie-wat-juist = What should it be?
correctie-uiterlijk = answer by { $datum }
correctie-geen-medisch = Do not write a diagnosis or treatment here: the bedrijfsarts corrects medical data.
correctie-indienen = File request
correctie-verzoeken = Correction requests
correctie-uitleg-afhandelen = The employee asks for a correction (GDPR article 16). Make the correction in the dossier, or refuse the request with a reason; the employee sees the outcome.
correctie-uitkomst = Outcome
correctie-reden = Reason or explanation (required when refusing)
correctie-afhandelen = Record
correctie-onderdeel-persoonsgegevens = personal and contact data
correctie-onderdeel-verzuim = sickness data (sick report, recovery, steps)
correctie-onderdeel-belastbaarheid = belastbaarheid (functional capacities)
correctie-onderdeel-traject = traject and activities
correctie-onderdeel-rapporten = reports
correctie-onderdeel-ad-rapport = labour expert's report
correctie-onderdeel-documenten = documents
correctie-onderdeel-overig = something else
correctie-status-open = open
correctie-status-doorgevoerd = corrected
correctie-status-afgewezen = refused
beheer-correcties =
    { $open ->
        [0] No open correction requests.
        [one] 1 open correction request
       *[other] { $open } open correction requests
    }{ $open ->
        [0] {""}
       *[other] , of which { $te_laat } past the one-month term; the oldest is { $dagen } days old.
    }
beheer-correcties-uitleg = Employees ask for their data to be corrected; whoever records the part concerned settles it. You see only counts and ages, not the content.
