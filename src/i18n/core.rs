//! General interface strings: shell, products, selection, costs table, script view, errors.
crate::translation_table! {
    OFFER_HEADING = "offer.heading" => ["Apps sold by others (offer types)", "Apps anderer Anbieter (Angebotstypen)", "Apps van andere aanbieders (aanbiedingstypen)"],
    OFFER_HELP = "offer.help" => [
        "Self-service purchase also covers four kinds of apps and add-ins that others sell through Microsoft. They can only be allowed or blocked, with MSCommerce 2.0 or later. SaaS apps bought through the Azure portal are not covered by this policy.",
        "Der Self-Service-Kauf umfasst auch vier Arten von Apps und Add-Ins, die andere Anbieter über Microsoft verkaufen. Sie lassen sich nur zulassen oder nicht zulassen, mit MSCommerce 2.0 oder neuer. Über das Azure-Portal gekaufte SaaS-Apps erfasst diese Richtlinie nicht.",
        "Selfservice-aankoop geldt ook voor vier soorten apps en invoegtoepassingen die anderen via Microsoft verkopen. Ze kunnen alleen worden toegestaan of niet toegestaan, met MSCommerce 2.0 of later. SaaS-apps die via de Azure-portal zijn gekocht, vallen niet onder dit beleid."
    ],
    OFFER_SAAS_NOTE = "offer.saas_note" => [
        "Against allowing: anyone can subscribe the organisation's data to an outside app. But SaaS apps bought through the Azure portal are not covered by this policy at all: control those with Azure policies.",
        "Gegen Zulassen: Jeder kann Daten der Organisation an eine fremde App anbinden. Über das Azure-Portal gekaufte SaaS-Apps erfasst diese Richtlinie aber gar nicht: Diese steuern Sie mit Azure-Richtlinien.",
        "Tegen toestaan: iedereen kan de gegevens van de organisatie aan een externe app koppelen. SaaS-apps die via de Azure-portal worden gekocht, vallen echter helemaal niet onder dit beleid: regel die met Azure-beleid."
    ],
    OFFER_POWERBIVISUALS_NOTE = "offer.powerbivisuals_note" => [
        "Paid custom visuals in Power BI reports. Power BI's own admin settings also decide which visuals may be used.",
        "Kostenpflichtige benutzerdefinierte Visuals in Power BI-Berichten. Welche Visuals genutzt werden dürfen, regeln auch die Power BI-Administratoreinstellungen.",
        "Betaalde aangepaste visuals in Power BI-rapporten. Welke visuals gebruikt mogen worden, bepalen ook de Power BI-beheerinstellingen."
    ],
    OFFER_DYNAMICS_NOTE = "offer.dynamics_note" => [
        "Add-on apps for Dynamics 365 (Dataverse) or Business Central environments; usually installed by whoever runs those systems.",
        "Zusatz-Apps für Dynamics 365 (Dataverse) oder Business Central; meist von den Verantwortlichen dieser Systeme installiert.",
        "Aanvullende apps voor Dynamics 365 (Dataverse) of Business Central; meestal geïnstalleerd door wie die systemen beheert."
    ],
    OFFER_LEAVE = "offer.leave" => ["Leave as it is", "Unverändert lassen", "Laten zoals het is"],
    OFFER_SAAS = "offer.saas" => ["SaaS apps from AppSource (SaaS)", "SaaS-Apps aus AppSource (SaaS)", "SaaS-apps uit AppSource (SaaS)"],
    OFFER_POWERBIVISUALS = "offer.powerbivisuals" => ["Power BI visuals (POWERBIVISUALS)", "Power BI-Visuals (POWERBIVISUALS)", "Power BI-visuals (POWERBIVISUALS)"],
    OFFER_DYNAMICSCE = "offer.dynamicsce" => ["Dynamics 365 Dataverse apps (DYNAMICSCE)", "Dynamics 365-Dataverse-Apps (DYNAMICSCE)", "Dynamics 365-Dataverse-apps (DYNAMICSCE)"],
    OFFER_DYNAMICSBC = "offer.dynamicsbc" => ["Business Central apps (DYNAMICSBC)", "Business Central-Apps (DYNAMICSBC)", "Business Central-apps (DYNAMICSBC)"],
    REPORT_TITLE = "report.title" => ["Self-service purchase: decision report", "Self-Service-Kauf: Entscheidungsbericht", "Selfservice-aankoop: beslisrapport"],
    REPORT_TENANT = "report.tenant" => ["Tenant", "Mandant", "Tenant"],
    REPORT_DATE = "report.date" => ["Date", "Datum", "Datum"],
    REPORT_CATALOGUE = "report.catalogue" => ["Product catalogue as of", "Produktkatalog, Stand", "Productcatalogus per"],
    REPORT_LINK = "report.link" => ["Reopen this scenario", "Dieses Szenario wieder öffnen", "Dit scenario opnieuw openen"],
    REPORT_SUMMARY = "report.summary" => ["Summary", "Zusammenfassung", "Samenvatting"],
    REPORT_DIFFERS = "report.differs" => [
        { "The script applies the chosen policy, not the recommendation, for {n} product: {items}.", "The script applies the chosen policies, not the recommendation, for {n} products: {items}." },
        { "Das Skript setzt für {n} Produkt die gewählte Richtlinie, nicht die Empfehlung: {items}.", "Das Skript setzt für {n} Produkte die gewählten Richtlinien, nicht die Empfehlung: {items}." },
        { "Het script past voor {n} product het gekozen beleid toe, niet de aanbeveling: {items}.", "Het script past voor {n} producten het gekozen beleid toe, niet de aanbeveling: {items}." }
    ],
    REPORT_DIFFERS_ITEM = "report.differs_item" => [
        "{product} (chosen: {chosen}; recommended: {recommended})",
        "{product} (gewählt: {chosen}; empfohlen: {recommended})",
        "{product} (gekozen: {chosen}; aanbevolen: {recommended})"
    ],
    REPORT_DIFFERS_AFTER = "report.differs_after" => [
        "Everything below about what users will see follows the chosen policies, as the script does.",
        "Alles, was unten darüber steht, was Benutzer sehen werden, folgt den gewählten Richtlinien, wie das Skript.",
        "Alles hieronder over wat gebruikers zullen zien, volgt het gekozen beleid, zoals het script."
    ],
    REPORT_FILE_LINK = "report.file_link" => [
        "This link is a path to a file on this computer: it opens only here. In any other copy of the advisor, add the scenario code {code} after # in its address, or save the scenario as a file.",
        "Dieser Link ist der Pfad zu einer Datei auf diesem Computer: Er öffnet sich nur hier. In jeder anderen Kopie des Beraters den Szenariocode {code} hinter # an die Adresse anhängen oder das Szenario als Datei speichern.",
        "Deze link is het pad naar een bestand op deze computer: hij opent alleen hier. Voeg in een andere kopie van de adviseur de scenariocode {code} na # aan het adres toe, of sla het scenario op als bestand."
    ],
    SHARE_FILE_LINK = "share.file_link" => [
        "This link is a path to a file on this computer: it opens only here. In any other copy of the advisor, add the scenario code below after # in its address, or save the scenario as a file.",
        "Dieser Link ist der Pfad zu einer Datei auf diesem Computer: Er öffnet sich nur hier. In jeder anderen Kopie des Beraters den Szenariocode unten hinter # an die Adresse anhängen oder das Szenario als Datei speichern.",
        "Deze link is het pad naar een bestand op deze computer: hij opent alleen hier. Voeg in een andere kopie van de adviseur de scenariocode hieronder na # aan het adres toe, of sla het scenario op als bestand."
    ],
    SHARE_SCENARIO_CODE = "share.scenario_code" => ["Scenario code", "Szenariocode", "Scenariocode"],
    REPORT_FINANCE = "report.finance" => [
        "For finance: self-service against the cheapest channel, over {months}",
        "Für die Finanzabteilung: Self-Service gegenüber dem günstigsten Kanal, über {months}",
        "Voor financiën: selfservice tegenover het goedkoopste kanaal, over {months}"
    ],
    REPORT_FIN_SELF_SERVICE = "report.fin.self_service" => ["Self-service, annual", "Self-Service, jährlich", "Selfservice, jaarlijks"],
    REPORT_FIN_CHEAPEST = "report.fin.cheapest" => ["Cheapest channel", "Günstigster Kanal", "Goedkoopste kanaal"],
    REPORT_FIN_SAVING = "report.fin.saving" => ["Saving", "Ersparnis", "Besparing"],
    REPORT_FIN_PER_YEAR = "report.fin.per_year" => ["Saving per year (average)", "Ersparnis pro Jahr (Durchschnitt)", "Besparing per jaar (gemiddeld)"],
    REPORT_PER_YEAR = "report.per_year" => ["Per year (average)", "Pro Jahr (Durchschnitt)", "Per jaar (gemiddeld)"],
    REPORT_SAVING_STARTS = "report.saving_starts" => [
        "The saving is figured from today. Self-service subscriptions already bought run, and are paid, until their renewal date, so for them it starts then; import the tenant's subscription list to see the dates.",
        "Die Ersparnis ist ab heute gerechnet. Bereits gekaufte Self-Service-Abonnements laufen und werden bezahlt bis zu ihrem Verlängerungsdatum; für sie beginnt sie erst dann. Importieren Sie die Abonnementliste des Mandanten, um die Daten zu sehen.",
        "De besparing is gerekend vanaf vandaag. Al gekochte selfserviceabonnementen lopen en worden betaald tot hun verlengingsdatum; voor die abonnementen begint zij pas dan. Importeer de abonnementenlijst van de tenant om de data te zien."
    ],
    REPORT_SAVING_STARTS_PLAN = "report.saving_starts_plan" => [
        "The saving starts for each self-service subscription already bought at its renewal date: see the take-over plan below for the months still paid.",
        "Für jedes bereits gekaufte Self-Service-Abonnement beginnt die Ersparnis an seinem Verlängerungsdatum: Die noch bezahlten Monate stehen im Übernahmeplan unten.",
        "Voor elk al gekocht selfserviceabonnement begint de besparing op zijn verlengingsdatum: de nog betaalde maanden staan in het overnameplan hieronder."
    ],
    REPORT_UNKNOWN = "report.unknown" => ["unknown", "unbekannt", "onbekend"],
    REPORT_PRICES = "report.prices" => ["Appendix: every price used, with its source", "Anhang: alle verwendeten Preise mit Quelle", "Bijlage: alle gebruikte prijzen met bron"],
    REPORT_PRICE_BASIS = "report.price_basis" => ["How it is figured", "Wie er berechnet ist", "Hoe die berekend is"],
    REPORT_TOTALS = "report.totals" => ["Totals across products", "Summen über alle Produkte", "Totalen over alle producten"],
    REPORT_NOT_STATED = "report.not_stated" => ["not stated (figured with {value})", "nicht angegeben (gerechnet mit {value})", "niet opgegeven (gerekend met {value})"],
    REPORT_DEFAULT_ESTIMATE = "report.default_estimate" => ["{value} (the tool's default estimate)", "{value} (Standardschätzung des Werkzeugs)", "{value} (standaardschatting van de tool)"],
    REPORT_ORG_SIZE_FIGURED = "report.org_size_figured" => ["{band} (figured with {n})", "{band} (gerechnet mit {n})", "{band} (gerekend met {n})"],
    REPORT_EA_DATE = "report.ea_date" => ["Enterprise Agreement signed or renewed", "Enterprise Agreement geschlossen oder verlängert", "Enterprise Agreement gesloten of verlengd"],
    REPORT_CUSTOMER = "report.customer" => ["Customer or tenant name", "Kunde oder Mandantenname", "Klant- of tenantnaam"],
    REPORT_CUSTOMER_HINT = "report.customer_hint" => [
        "Shown in the report's title and the PDF's name, and in the script's comments.",
        "Erscheint im Titel des Berichts, im Namen der PDF-Datei und in den Kommentaren des Skripts.",
        "Verschijnt in de titel van het rapport, de naam van de pdf en in het commentaar van het script."
    ],
    REPORT_DECISIONS = "report.decisions" => ["Decision per product", "Entscheidung je Produkt", "Beslissing per product"],
    REPORT_REASONS = "report.reasons" => ["Strongest reasons", "Wichtigste Gründe", "Belangrijkste redenen"],
    REPORT_MARKDOWN = "report.markdown" => ["Download the report (Markdown)", "Bericht herunterladen (Markdown)", "Rapport downloaden (Markdown)"],
    REPORT_CSV = "report.csv" => ["Download the figures (CSV)", "Zahlen herunterladen (CSV)", "Cijfers downloaden (CSV)"],
    UNIT_SEATS = "unit.seats" => [{ "{n} seat", "{n} seats" }, { "{n} Lizenz", "{n} Lizenzen" }, { "{n} licentie", "{n} licenties" }],
    UNIT_MONTHS = "unit.months" => [{ "{n} month", "{n} months" }, { "{n} Monat", "{n} Monate" }, { "{n} maand", "{n} maanden" }],
    UNIT_PRODUCTS = "unit.products" => [{ "{n} product", "{n} products" }, { "{n} Produkt", "{n} Produkte" }, { "{n} product", "{n} producten" }],
    APP_TITLE = "app.title" => ["Self-Service Purchase Advisor", "Self-Service-Kauf-Berater", "Adviseur selfservice-aankopen"],
    APP_TAGLINE = "app.tagline" => [
        "Should employees buy Microsoft 365 licences on their own card? Product by product, with what each choice costs.",
        "Sollen Mitarbeitende Microsoft-365-Lizenzen mit eigener Karte kaufen dürfen? Produkt für Produkt, mit den Kosten jeder Wahl.",
        "Mogen medewerkers Microsoft 365-licenties met hun eigen kaart kopen? Per product, met wat elke keuze kost."
    ],
    APP_LANGUAGE = "app.language" => ["Language", "Sprache", "Taal"],
    APP_CATALOGUE_AS_OF = "app.catalogue_as_of" => ["Catalogue as of {date}", "Katalogstand {date}", "Catalogus per {date}"],
    UPGRADE_LOADING = "app.upgrade.loading" => [
        "Loading the rest of the tool…",
        "Der Rest des Tools wird geladen …",
        "De rest van de tool wordt geladen…"
    ],
    UPGRADE_FAILED = "app.upgrade.failed" => [
        "The rest of the tool could not be loaded. Check the connection and try again; your choices are kept.",
        "Der Rest des Tools konnte nicht geladen werden. Prüfen Sie die Verbindung und versuchen Sie es erneut; Ihre Auswahl bleibt erhalten.",
        "De rest van de tool kon niet worden geladen. Controleer de verbinding en probeer het opnieuw; uw keuzes blijven bewaard."
    ],
    APP_OFFLINE_NOTE = "app.offline_note" => [
        "Runs entirely in your browser: nothing you enter leaves this page.",
        "Läuft vollständig im Browser: Ihre Eingaben verlassen diese Seite nicht.",
        "Draait volledig in uw browser: niets wat u invoert verlaat deze pagina."
    ],
    FATAL_RELOAD = "fatal.reload" => [
        "Please reload the page. If it happens again, send the text below to whoever runs this tool.",
        "Bitte laden Sie die Seite neu. Passiert es wieder, senden Sie den Text unten an die Betreiber dieses Werkzeugs.",
        "Laad de pagina opnieuw. Gebeurt het weer, stuur dan de tekst hieronder naar wie deze tool beheert."
    ],
    FATAL_TITLE = "fatal.title" => ["Something went wrong", "Etwas ist schiefgelaufen", "Er ging iets mis"],

    NAV_LABEL = "nav.label" => ["Parts of the advisor", "Teile des Beraters", "Onderdelen van de adviseur"],
    NAV_PRODUCTS = "nav.products" => ["Products", "Produkte", "Producten"],
    NAV_DECIDE = "nav.decide" => ["Decide", "Entscheiden", "Beslissen"],
    NAV_COSTS = "nav.costs" => ["Costs", "Kosten", "Kosten"],
    NAV_SCRIPT = "nav.script" => ["Script", "Skript", "Script"],

    WALK_HEADING = "walk.heading" => ["Should users buy these products themselves?", "Sollen Benutzer diese Produkte selbst kaufen?", "Mogen gebruikers deze producten zelf kopen?"],
    WALK_HELP = "walk.help" => [
        "Answer what you know; skip what you don't. Every answer can be changed later, and the recommendation follows.",
        "Beantworten Sie, was Sie wissen, und überspringen Sie den Rest. Jede Antwort lässt sich später ändern; die Empfehlung passt sich an.",
        "Beantwoord wat u weet; sla over wat u niet weet. Elk antwoord kan later worden gewijzigd; het advies past zich daaraan aan."
    ],
    WALK_PROGRESS = "walk.progress" => ["Questions answered", "Beantwortete Fragen", "Beantwoorde vragen"],
    WALK_ANSWERED = "walk.answered" => ["{n} of {total} answered", "{n} von {total} beantwortet", "{n} van {total} beantwoord"],
    WALK_STEP_OF = "walk.step_of" => ["Question {n} of {total}", "Frage {n} von {total}", "Vraag {n} van {total}"],
    WALK_STEPS = "walk.steps" => ["Questions", "Fragen", "Vragen"],
    WALK_SKIP_TO_CURRENT = "walk.skip_to_current" => ["Skip to the current question", "Zur aktuellen Frage springen", "Naar de huidige vraag"],
    WALK_NOT_NEEDED = "walk.not_needed" => [
        "Not needed: self-service purchase is not offered for this tenant.",
        "Nicht nötig: Für diesen Mandanten gibt es keinen Self-Service-Kauf.",
        "Niet nodig: voor deze tenant is selfservice-aankoop niet beschikbaar."
    ],
    WALK_EA_FACTS = "walk.ea_facts" => [
        "What the Enterprise Agreement price depends on",
        "Wovon der Preis im Enterprise Agreement abhängt",
        "Waar de prijs in de Enterprise Agreement van afhangt"
    ],
    WALK_NONE_OF_THEM = "walk.none_of_them" => ["None of them", "Keines davon", "Geen van deze"],
    WALK_BACK = "walk.back" => ["Back", "Zurück", "Terug"],
    WALK_NEXT = "walk.next" => ["Next", "Weiter", "Volgende"],
    WALK_TO_RESULT = "walk.to_result" => ["See the recommendation", "Zur Empfehlung", "Naar het advies"],
    WALK_CLEAR_ANSWER = "walk.clear_answer" => ["Clear this answer", "Antwort löschen", "Antwoord wissen"],
    WALK_ARGUMENTS_FOR = "walk.arguments_for" => ["For self-service", "Für Self-Service", "Voor selfservice"],
    WALK_ARGUMENTS_AGAINST = "walk.arguments_against" => ["Against self-service", "Gegen Self-Service", "Tegen selfservice"],
    WALK_NO_ARGUMENTS = "walk.no_arguments" => ["None given in the sources.", "Die Quellen nennen keine.", "De bronnen noemen er geen."],

    REC_HEADING = "rec.heading" => ["Recommendation", "Empfehlung", "Advies"],
    REC_APPLY = "rec.apply" => ["Apply these recommendations", "Empfehlungen übernehmen", "Adviezen overnemen"],
    REC_NOTHING_TO_CONFIGURE = "rec.nothing_to_configure" => ["Nothing to configure", "Nichts zu konfigurieren", "Niets te configureren"],
    REC_POINTS = "rec.points" => [{ "{points} point", "{points} points" }, { "{points} Punkt", "{points} Punkte" }, { "{points} punt", "{points} punten" }],
    REC_EXTRA_COST = "rec.extra_cost" => [
        { "Over {n} month, self-service (annual) costs {amount} more than the cheapest central channel: licences {licences}, estimated overhead {overhead}.", "Over {n} months, self-service (annual) costs {amount} more than the cheapest central channel: licences {licences}, estimated overhead {overhead}." },
        { "Über {n} Monat kostet Self-Service (jährlich) {amount} mehr als der günstigste zentrale Kanal: Lizenzen {licences}, geschätzter Aufwand {overhead}.", "Über {n} Monate kostet Self-Service (jährlich) {amount} mehr als der günstigste zentrale Kanal: Lizenzen {licences}, geschätzter Aufwand {overhead}." },
        { "Over {n} maand kost selfservice (jaarlijks) {amount} meer dan het goedkoopste centrale kanaal: licenties {licences}, geschatte overhead {overhead}.", "Over {n} maanden kost selfservice (jaarlijks) {amount} meer dan het goedkoopste centrale kanaal: licenties {licences}, geschatte overhead {overhead}." }
    ],
    REC_NO_EXTRA_COST = "rec.no_extra_cost" => [
        { "Over {n} month, self-service (annual) costs {amount} less than the cheapest central channel (licences {licences}, estimated overhead {overhead}).", "Over {n} months, self-service (annual) costs {amount} less than the cheapest central channel (licences {licences}, estimated overhead {overhead})." },
        { "Über {n} Monat kostet Self-Service (jährlich) {amount} weniger als der günstigste zentrale Kanal (Lizenzen {licences}, geschätzter Aufwand {overhead}).", "Über {n} Monate kostet Self-Service (jährlich) {amount} weniger als der günstigste zentrale Kanal (Lizenzen {licences}, geschätzter Aufwand {overhead})." },
        { "Over {n} maand kost selfservice (jaarlijks) {amount} minder dan het goedkoopste centrale kanaal (licenties {licences}, geschatte overhead {overhead}).", "Over {n} maanden kost selfservice (jaarlijks) {amount} minder dan het goedkoopste centrale kanaal (licenties {licences}, geschatte overhead {overhead})." }
    ],

    SUMMARY_HEADING = "summary.heading" => ["Your decision so far", "Ihre Entscheidung bisher", "Uw beslissing tot nu toe"],
    SUMMARY_SEATS = "summary.seats" => [{ "{n} seat", "{n} seats" }, { "{n} Lizenz", "{n} Lizenzen" }, { "{n} licentie", "{n} licenties" }],
    SUMMARY_NO_RECOMMENDATION = "summary.no_recommendation" => [
        "No recommendation yet: answer at least one question under Decide.",
        "Noch keine Empfehlung: Beantworten Sie unter „Entscheiden“ mindestens eine Frage.",
        "Nog geen advies: beantwoord onder Beslissen minstens één vraag."
    ],
    SUMMARY_RECOMMENDED_VERDICT = "summary.recommended_verdict" => ["Recommended: {verdict}", "Empfohlen: {verdict}", "Aanbevolen: {verdict}"],
    SUMMARY_CHOSEN = "summary.chosen" => [
        "In the script now: {allow} allow, {trials} trials only, {block} block.",
        "Im Skript jetzt: {allow} erlauben, {trials} nur Testversionen, {block} blockieren.",
        "Nu in het script: {allow} toestaan, {trials} alleen proefversies, {block} blokkeren."
    ],
    SUMMARY_PERIOD = "summary.period" => [
        { "Totals over {n} month, costs list prices hide included:", "Totals over {n} months, costs list prices hide included:" },
        { "Summen über {n} Monat, inklusive versteckter Kosten:", "Summen über {n} Monate, inklusive versteckter Kosten:" },
        { "Totalen over {n} maand, inclusief verborgen kosten:", "Totalen over {n} maanden, inclusief verborgen kosten:" }
    ],
    SUMMARY_CHOSEN_LABEL = "summary.chosen_label" => ["Chosen:", "Gewählt:", "Gekozen:"],
    SCRIPT_DIFFERS = "script.differs" => [
        { "{n} product in this script differs from the recommendation: {products}.", "{n} products in this script differ from the recommendation: {products}." },
        { "{n} Produkt in diesem Skript weicht von der Empfehlung ab: {products}.", "{n} Produkte in diesem Skript weichen von der Empfehlung ab: {products}." },
        { "{n} product in dit script wijkt af van het advies: {products}.", "{n} producten in dit script wijken af van het advies: {products}." }
    ],
    SCRIPT_FOLLOWS = "script.follows" => [
        "This script sets every product as recommended.",
        "Dieses Skript setzt jedes Produkt wie empfohlen.",
        "Dit script stelt elk product in zoals aanbevolen."
    ],
    SCRIPT_NO_RECOMMENDATION = "script.no_recommendation" => [
        "There is no recommendation yet: this script sets exactly the policies chosen under Products.",
        "Noch keine Empfehlung: Dieses Skript setzt genau die unter „Produkte“ gewählten Richtlinien.",
        "Nog geen advies: dit script stelt precies het beleid in dat onder Producten is gekozen."
    ],
    REC_APPLIED = "rec.applied" => [
        { "Applied to {n} product. The script follows the recommendation now.", "Applied to {n} products. The script follows the recommendation now." },
        { "Auf {n} Produkt angewendet. Das Skript folgt jetzt der Empfehlung.", "Auf {n} Produkte angewendet. Das Skript folgt jetzt der Empfehlung." },
        { "Toegepast op {n} product. Het script volgt nu het advies.", "Toegepast op {n} producten. Het script volgt nu het advies." }
    ],
    REC_NOT_COUNTED = "rec.not_counted" => [
        { "{n} other answer points a way too, but is not counted: a hard rule decides this product.", "{n} other answers point a way too, but are not counted: a hard rule decides this product." },
        { "{n} weitere Antwort weist ebenfalls in eine Richtung, zählt aber nicht: Für dieses Produkt entscheidet eine feste Regel.", "{n} weitere Antworten weisen ebenfalls in eine Richtung, zählen aber nicht: Für dieses Produkt entscheidet eine feste Regel." },
        { "{n} ander antwoord wijst ook een richting aan, maar telt niet mee: voor dit product beslist een vaste regel.", "{n} andere antwoorden wijzen ook een richting aan, maar tellen niet mee: voor dit product beslist een vaste regel." }
    ],
    REC_NONE_YET = "rec.none_yet" => [
        "Answer at least one question to get a recommendation. Until then every product keeps the policy chosen under Products.",
        "Beantworten Sie mindestens eine Frage, um eine Empfehlung zu erhalten. Bis dahin behält jedes Produkt die unter „Produkte“ gewählte Richtlinie.",
        "Beantwoord minstens één vraag om een advies te krijgen. Tot dan houdt elk product het beleid dat onder Producten is gekozen."
    ],
    SELECTION_NEW_DEFAULT = "selection.new_default" => [
        "A product you add starts at {policy} with {seats}: change both here.",
        "Ein hinzugefügtes Produkt beginnt mit {policy} und {seats}; beides ändern Sie hier.",
        "Een toegevoegd product begint met {policy} en {seats}; wijzig beide hier."
    ],
    SUMMARY_RECOMMENDED = "summary.recommended" => ["recommended: {policy}", "empfohlen: {policy}", "aanbevolen: {policy}"],
    SUMMARY_CHEAPEST_MIX = "summary.cheapest_mix" => ["Cheapest mix", "Günstigste Kombination", "Goedkoopste combinatie"],

    PRODUCTS_HEADING = "products.heading" => ["Products", "Produkte", "Producten"],
    PRODUCTS_HELP = "products.help" => [
        "Pick the products users could buy themselves. The list is what Get-MSCommerceProductPolicies returns.",
        "Wählen Sie die Produkte, die Benutzer selbst kaufen könnten. Die Liste entspricht der Ausgabe von Get-MSCommerceProductPolicies.",
        "Kies de producten die gebruikers zelf zouden kunnen kopen. De lijst is wat Get-MSCommerceProductPolicies teruggeeft."
    ],
    PRODUCTS_CURRENT = "products.current" => ["Current self-service products", "Aktuelle Self-Service-Produkte", "Huidige selfserviceproducten"],
    PRODUCTS_OLDER = "products.older" => ["Retired, legacy and unlisted products", "Eingestellte, ältere und nicht mehr gelistete Produkte", "Stopgezette, oudere en niet meer vermelde producten"],
    PRODUCTS_NO_CARD_TRIAL = "products.no_card_trial" => ["trial without card", "Testversion ohne Karte", "proefversie zonder kaart"],
    PRODUCTS_PRICE_UNKNOWN = "products.price_unknown" => ["price unknown", "Preis unbekannt", "prijs onbekend"],
    PRODUCTS_END_OF_SALE = "products.end_of_sale" => ["no new purchases since", "keine Neukäufe seit", "geen nieuwe aankopen sinds"],
    PRODUCTS_RETIRED = "products.retired" => ["retired", "eingestellt", "stopgezet"],
    PRODUCTS_LEGACY = "products.legacy" => ["legacy", "veraltet", "verouderd"],
    PRODUCTS_UNLISTED = "products.unlisted" => ["no longer in Microsoft's list", "nicht mehr in Microsofts Liste", "niet meer in de lijst van Microsoft"],
    PRODUCTS_PER_MONTH = "products.per_month" => ["{price} per user/month (annual)", "{price} pro Benutzer/Monat (jährlich)", "{price} per gebruiker/maand (jaarlijks)"],
    PRODUCTS_NONE_SELECTED = "products.none_selected" => [
        "No product selected yet. Pick at least one above.",
        "Noch kein Produkt gewählt. Wählen Sie oben mindestens eines.",
        "Nog geen product gekozen. Kies er hierboven minstens één."
    ],

    SELECTION_HEADING = "selection.heading" => ["Seats and policy", "Lizenzen und Richtlinie", "Licenties en beleid"],
    SELECTION_PRODUCT = "selection.product" => ["Product", "Produkt", "Product"],
    SELECTION_SEATS = "selection.seats" => ["Seats", "Lizenzen", "Licenties"],
    SELECTION_SEATS_FOR = "selection.seats_for" => ["Seats for {product}", "Lizenzen für {product}", "Licenties voor {product}"],
    SELECTION_POLICY = "selection.policy" => ["Self-service purchase", "Self-Service-Kauf", "Selfservice-aankoop"],
    SELECTION_POLICY_FOR = "selection.policy_for" => ["Self-service purchase of {product}", "Self-Service-Kauf von {product}", "Selfservice-aankoop van {product}"],
    SELECTION_TRIALS_UNAVAILABLE = "selection.trials_unavailable" => [
        "Trials only is offered only where Microsoft documents a trial without payment method.",
        "„Nur Testversionen zulassen“ gibt es nur, wo Microsoft eine Testversion ohne Zahlungsmethode dokumentiert.",
        "‘Alleen proefversies toestaan’ is alleen mogelijk als Microsoft een proefversie zonder betalingsmethode documenteert."
    ],
    SELECTION_REMOVE_COL = "selection.remove_col" => ["Remove", "Entfernen", "Verwijderen"],
    SELECTION_REMOVE = "selection.remove" => ["Remove {product}", "{product} entfernen", "{product} verwijderen"],

    POLICY_ALLOW = "policy.allow" => ["Allow", "Zulassen", "Toestaan"],
    POLICY_TRIALS = "policy.trials" => ["Trials only", "Nur Testversionen zulassen", "Alleen proefversies toestaan"],
    POLICY_BLOCK = "policy.block" => ["Block", "Nicht zulassen", "Niet toestaan"],

    TERM_ANNUAL = "term.annual" => ["annual, paid up front", "jährlich, im Voraus bezahlt", "jaarlijks, vooraf betaald"],
    TERM_ANNUAL_BILLED_MONTHLY = "term.annual_billed_monthly" => ["annual, billed monthly", "jährlich, monatlich abgerechnet", "jaarlijks, maandelijks gefactureerd"],
    TERM_MONTHLY = "term.monthly" => ["monthly term", "monatliche Laufzeit", "maandelijkse looptijd"],

    CHANNEL_SSP = "channel.ssp" => ["Self-service", "Self-Service", "Selfservice"],
    CHANNEL_CSP = "channel.csp" => ["CSP", "CSP", "CSP"],
    CHANNEL_EA = "channel.ea" => ["Enterprise Agreement", "Enterprise Agreement", "Enterprise Agreement"],

    COSTS_HELP = "costs.help" => [
        "List prices per user and month, excluding VAT. Each invoice line is rounded to the cent.",
        "Listenpreise pro Benutzer und Monat, ohne MwSt. Jede Rechnungszeile wird auf den Cent gerundet.",
        "Lijstprijzen per gebruiker per maand, exclusief btw. Elke factuurregel wordt op de cent afgerond."
    ],
    COSTS_TOTAL = "costs.total" => ["Total", "Summe", "Totaal"],
    COST_PRICE_UNKNOWN = "cost.price_unknown" => ["Price unknown: enter it", "Preis unbekannt: bitte eingeben", "Prijs onbekend: vul hem in"],
    COST_EA_BELOW_MINIMUM = "cost.ea_below_minimum" => [
        "Not available: an EA needs at least {min} licences in the organisation",
        "Nicht verfügbar: Ein EA erfordert mindestens {min} Lizenzen in der Organisation",
        "Niet beschikbaar: een EA vereist minstens {min} licenties in de organisatie"
    ],

    SCRIPT_HEADING = "script.heading" => ["Apply the decision", "Entscheidung umsetzen", "De beslissing toepassen"],
    SCRIPT_HELP = "script.help" => [
        "The scripts apply the policies chosen for each product. Run them on Windows as a Global or Billing Administrator. For a first run, tick “Dry run” under Options: the script then changes nothing and only shows what it would change.",
        "Die Skripte wenden die je Produkt gewählten Richtlinien an. Führen Sie sie unter Windows als globaler Administrator oder Abrechnungsadministrator aus. Für den ersten Lauf kreuzen Sie unter „Optionen“ „Probelauf“ an: Dann ändert das Skript nichts und zeigt nur, was es ändern würde.",
        "De scripts passen het per product gekozen beleid toe. Voer ze uit op Windows als globale beheerder of factureringsbeheerder. Vink voor een eerste uitvoering onder Opties “Testrun” aan: het script wijzigt dan niets en toont alleen wat het zou wijzigen."
    ],
    SCRIPT_OPTIONS = "script.options" => ["Options", "Optionen", "Opties"],
    SCRIPT_VARIANTS = "script.variants" => ["Ways to apply it", "Wege zur Umsetzung", "Manieren om het toe te passen"],
    SCRIPT_DOWNLOAD = "script.download" => ["Download {file}", "{file} herunterladen", "{file} downloaden"],
    SCRIPT_DOWNLOADED = "script.downloaded" => ["Download started", "Download gestartet", "Download gestart"],
    SCRIPT_DOWNLOAD_FAILED = "script.download_failed" => [
        "The browser refused the download. Copy the text instead.",
        "Der Browser hat den Download verweigert. Kopieren Sie stattdessen den Text.",
        "De browser weigerde de download. Kopieer de tekst."
    ],
    SCRIPT_COPY = "script.copy" => ["Copy", "Kopieren", "Kopiëren"],
    SCRIPT_COPIED = "script.copied" => ["Copied to the clipboard", "In die Zwischenablage kopiert", "Gekopieerd naar het klembord"],
    SCRIPT_COPY_FAILED = "script.copy_failed" => [
        "The browser did not allow copying. The script is selected: press Ctrl+C.",
        "Der Browser hat das Kopieren nicht erlaubt. Das Skript ist markiert: Drücken Sie Strg+C.",
        "De browser stond kopiëren niet toe. Het script is geselecteerd: druk op Ctrl+C."
    ],
    SCRIPT_EMPTY = "script.empty" => [
        "Pick a product to get its script.",
        "Wählen Sie ein Produkt, um sein Skript zu erhalten.",
        "Kies een product om het script te krijgen."
    ],

    ERR_NUMBER_EMPTY = "err.number.empty" => ["Enter a number.", "Geben Sie eine Zahl ein.", "Vul een getal in."],
    ERR_NUMBER_NEGATIVE = "err.number.negative" => ["Must not be negative.", "Darf nicht negativ sein.", "Mag niet negatief zijn."],
    ERR_NUMBER_NOT_A_NUMBER = "err.number.not_a_number" => ["That is not a number.", "Das ist keine Zahl.", "Dat is geen getal."],
    ERR_NUMBER_FRACTION = "err.number.fraction" => ["Use a whole number.", "Verwenden Sie eine ganze Zahl.", "Gebruik een heel getal."],
    ERR_NUMBER_TOO_SMALL = "err.number.too_small" => ["Must be at least {min}.", "Muss mindestens {min} sein.", "Moet minstens {min} zijn."],
    ERR_NUMBER_TOO_LARGE = "err.number.too_large" => ["Must be at most {max}.", "Darf höchstens {max} sein.", "Mag hoogstens {max} zijn."],
    ERR_NUMBER_TOO_MANY_DECIMALS = "err.number.too_many_decimals" => ["Use at most {dp} decimals.", "Höchstens {dp} Nachkommastellen.", "Gebruik hoogstens {dp} decimalen."],
    ERR_NUMBER_AMBIGUOUS = "err.number.ambiguous" => [
        "Ambiguous: write 1000 or 1,000.00 for a thousand, 1.00 for one.",
        "Mehrdeutig: Schreiben Sie 1000 oder 1.000,00 für tausend, 1,00 für eins.",
        "Dubbelzinnig: schrijf 1000 of 1.000,00 voor duizend, 1,00 voor één."
    ],
    ERR_NUMBER_GROUPING = "err.number.grouping" => [
        "Thousands separators go between groups of three digits, before the decimal point: 1,234.56.",
        "Tausendertrennzeichen stehen zwischen Dreiergruppen von Ziffern, vor dem Dezimalkomma: 1.234,56.",
        "Scheidingstekens voor duizendtallen staan tussen groepen van drie cijfers, vóór de decimale komma: 1.234,56."
    ],
    ERR_KEPT_PREVIOUS = "err.kept_previous" => ["Showing the last valid value.", "Es gilt weiter der letzte gültige Wert.", "De laatste geldige waarde blijft staan."],

    ERR_PRODUCT_ID_EMPTY = "err.product_id.empty" => ["Enter a ProductId.", "Geben Sie eine ProductId ein.", "Vul een ProductId in."],
    ERR_PRODUCT_ID_LENGTH = "err.product_id.length" => [
        "A ProductId has exactly 12 characters; this has {n}.",
        "Eine ProductId hat genau 12 Zeichen; diese hat {n}.",
        "Een ProductId heeft precies 12 tekens; deze heeft er {n}."
    ],
    ERR_PRODUCT_ID_CHAR = "err.product_id.char" => [
        "Only capital letters A–Z and digits are allowed, not “{c}”.",
        "Nur Großbuchstaben A–Z und Ziffern sind erlaubt, nicht „{c}“.",
        "Alleen hoofdletters A–Z en cijfers zijn toegestaan, niet ‘{c}’."
    ],

    COST_TERM_NOT_OFFERED = "cost.term_not_offered" => [
        "Not sold on this term",
        "Mit dieser Laufzeit nicht erhältlich",
        "Niet verkrijgbaar met deze looptijd"
    ],
    COST_TENANT_LICENSED = "cost.tenant_licensed" => [
        "Licensed per tenant, not per user: there is no per-user cost to compare",
        "Pro Mandant lizenziert, nicht pro Benutzer: Es gibt keine Kosten pro Benutzer zum Vergleichen",
        "Per tenant gelicentieerd, niet per gebruiker: er zijn geen kosten per gebruiker om te vergelijken"
    ],
    COST_NO_PLAN_COMPARED = "cost.no_plan_compared" => [
        "Bought centrally under this policy, but no central plan is compared",
        "Bei dieser Richtlinie zentral gekauft, aber kein zentraler Kaufweg ist im Vergleich",
        "Bij dit beleid centraal gekocht, maar er wordt geen centraal aankoopkanaal vergeleken"
    ],
    ERR_JSON_ENDS_EARLY = "err.json.ends_early" => [
        "The file ends before its JSON is complete (line {line}, column {column}): was it cut off when copying?",
        "Die Datei endet, bevor ihr JSON vollständig ist (Zeile {line}, Spalte {column}): Wurde sie beim Kopieren abgeschnitten?",
        "Het bestand eindigt voordat de JSON compleet is (regel {line}, kolom {column}): is het bij het kopiëren afgekapt?"
    ],
    ERR_JSON_SYNTAX = "err.json.syntax" => [
        "This is not valid JSON at line {line}, column {column} (a missing comma, quote or bracket?).",
        "Das ist an Zeile {line}, Spalte {column} kein gültiges JSON (fehlt ein Komma, Anführungszeichen oder eine Klammer?).",
        "Dit is geen geldige JSON op regel {line}, kolom {column} (ontbreekt er een komma, aanhalingsteken of haakje?)."
    ],
    ERR_JSON_MISSING_FIELD = "err.json.missing_field" => ["The field “{field}” is missing.", "Das Feld „{field}“ fehlt.", "Het veld ‘{field}’ ontbreekt."],
    ERR_JSON_UNKNOWN_VALUE = "err.json.unknown_value" => [
        "“{value}” is not one of the allowed values ({allowed}).",
        "„{value}“ ist keiner der erlaubten Werte ({allowed}).",
        "‘{value}’ is geen van de toegestane waarden ({allowed})."
    ],
    ERR_JSON_PRODUCT_ID = "err.json.product_id" => [
        "A ProductId here is not 12 capital letters and digits (like CFQ7TTC0H9MP).",
        "Eine ProductId hier besteht nicht aus 12 Großbuchstaben und Ziffern (wie CFQ7TTC0H9MP).",
        "Een ProductId hier bestaat niet uit 12 hoofdletters en cijfers (zoals CFQ7TTC0H9MP)."
    ],
    ERR_JSON_NUMBER = "err.json.number" => [
        "A number here cannot be read: write it like 14.00, in quotes or not.",
        "Eine Zahl hier ist nicht lesbar: Schreiben Sie sie wie 14.00, mit oder ohne Anführungszeichen.",
        "Een getal hier is niet leesbaar: schrijf het als 14.00, met of zonder aanhalingstekens."
    ],
    ERR_JSON_DATE = "err.json.date" => [
        "A date here is not written as YYYY-MM-DD.",
        "Ein Datum hier ist nicht als JJJJ-MM-TT geschrieben.",
        "Een datum hier is niet geschreven als JJJJ-MM-DD."
    ],
    ERR_CATALOG_TERM_NOT_OFFERED = "err.catalog.term_not_offered" => [
        "A price for a term this product is not sold on (see its terms_offered).",
        "Ein Preis für eine Laufzeit, mit der dieses Produkt nicht verkauft wird (siehe terms_offered).",
        "Een prijs voor een looptijd waarmee dit product niet wordt verkocht (zie terms_offered)."
    ],
    ERR_CATALOG_IS_SCENARIO = "err.catalog.is_scenario" => [
        "This is a scenario file, not a catalogue: open it with “Open file” next to the share link.",
        "Das ist eine Szenario-Datei, kein Katalog: Öffnen Sie sie mit „Datei öffnen“ neben dem Link zum Teilen.",
        "Dit is een scenariobestand, geen catalogus: open het met ‘Bestand openen’ naast de deellink."
    ],
    ERR_CATALOG_NOT_OBJECT = "err.catalog.not_object" => ["The file must contain one catalogue object.", "Die Datei muss ein Katalogobjekt enthalten.", "Het bestand moet één catalogusobject bevatten."],
    ERR_CATALOG_SCHEMA = "err.catalog.schema" => ["Unknown catalogue format (schema must be 1).", "Unbekanntes Katalogformat (schema muss 1 sein).", "Onbekend catalogusformaat (schema moet 1 zijn)."],
    ERR_CATALOG_AS_OF = "err.catalog.as_of" => ["The as-of date is missing or not YYYY-MM-DD.", "Das Stichtagsdatum fehlt oder ist nicht JJJJ-MM-TT.", "De peildatum ontbreekt of is geen JJJJ-MM-DD."],
    ERR_CATALOG_PRODUCTS = "err.catalog.products" => ["The product list is missing.", "Die Produktliste fehlt.", "De productlijst ontbreekt."],
    ERR_CATALOG_DUPLICATE_ID = "err.catalog.duplicate_id" => ["ProductId {id} appears more than once.", "ProductId {id} kommt mehrfach vor.", "ProductId {id} komt meer dan eens voor."],
    ERR_CATALOG_NAME_EMPTY = "err.catalog.name_empty" => ["The name is empty.", "Der Name ist leer.", "De naam is leeg."],
    ERR_CATALOG_PRICE_RANGE = "err.catalog.price_range" => ["Price {amount} is outside 0 to 100,000.", "Preis {amount} liegt nicht zwischen 0 und 100.000.", "Prijs {amount} ligt niet tussen 0 en 100.000."],
    ERR_CATALOG_PRICE_SCALE = "err.catalog.price_scale" => ["A price has more than 4 decimals.", "Ein Preis hat mehr als 4 Nachkommastellen.", "Een prijs heeft meer dan 4 decimalen."],
    ERR_CATALOG_CONTROL = "err.catalog.control" => [
        "A control needs its name, effect, path and source, each one line of at most 400 characters.",
        "Eine Einstellung braucht Name, Wirkung, Pfad und Quelle, jeweils eine Zeile mit höchstens 400 Zeichen.",
        "Een instelling heeft een naam, effect, pad en bron nodig, elk één regel van hoogstens 400 tekens."
    ],
    ERR_CATALOG_PARTNER_TRIAL = "err.catalog.partner_trial" => [
        "A partner trial needs its name and source, and more than 0 seats, days and users.",
        "Eine Partner-Testversion braucht Name und Quelle sowie mehr als 0 Lizenzen, Tage und Benutzer.",
        "Een partnerproefversie heeft een naam en bron nodig, en meer dan 0 licenties, dagen en gebruikers."
    ],
    ERR_CATALOG_PRICE_SOURCE = "err.catalog.price_source" => ["A price needs its source.", "Ein Preis braucht seine Quelle.", "Een prijs heeft een bron nodig."],
    ERR_CATALOG_PRICE_DATES = "err.catalog.price_dates" => ["The price ends before it starts.", "Der Preis endet, bevor er beginnt.", "De prijs eindigt voordat hij begint."],
}
