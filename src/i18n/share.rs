//! Strings of sharing and saving: links, saved sessions, scenario files.
crate::translation_table! {

    SHARE_LINK_LABEL = "share.link_label" => ["Link to this scenario", "Link zu diesem Szenario", "Link naar dit scenario"],
    SHARE_COPY_LINK = "share.copy_link" => ["Copy link", "Link kopieren", "Link kopiëren"],
    SHARE_LINK_COPIED = "share.link_copied" => ["Link copied. Anyone opening it sees these answers and figures.", "Link kopiert. Wer ihn öffnet, sieht diese Antworten und Zahlen.", "Link gekopieerd. Wie hem opent, ziet deze antwoorden en bedragen."],
    SHARE_LINK_SELECT = "share.link_select" => ["The browser did not allow copying; the link is selected: press Ctrl+C.", "Der Browser hat das Kopieren nicht erlaubt; der Link ist markiert: Drücken Sie Strg+C.", "De browser stond kopiëren niet toe; de link is geselecteerd: druk op Ctrl+C."],
    SHARE_SAVE_FILE = "share.save_file" => ["Save as file", "Als Datei speichern", "Opslaan als bestand"],
    SHARE_OPEN_FILE = "share.open_file" => ["Open file", "Datei öffnen", "Bestand openen"],
    SHARE_FILE_SAVED = "share.file_saved" => ["Scenario file downloaded.", "Szenariodatei heruntergeladen.", "Scenariobestand gedownload."],
    SHARE_FILE_OPENED = "share.file_opened" => ["Scenario opened from the file.", "Szenario aus der Datei geöffnet.", "Scenario uit het bestand geopend."],
    SHARE_FILE_INVALID = "share.file_invalid" => ["Nothing was changed. The file has these problems:", "Nichts wurde geändert. Die Datei hat diese Probleme:", "Er is niets gewijzigd. Het bestand heeft deze problemen:"],
    SHARE_FILE_UNREADABLE = "share.file_unreadable" => ["The file could not be read.", "Die Datei konnte nicht gelesen werden.", "Het bestand kon niet worden gelezen."],
    SHARE_SESSION_NAME = "share.session_name" => ["Save in this browser as", "In diesem Browser speichern als", "In deze browser opslaan als"],
    SHARE_SAVE_SESSION = "share.save_session" => ["Save", "Speichern", "Opslaan"],
    SHARE_SESSION_NAME_NEEDED = "share.session_name_needed" => ["Give the session a name first.", "Geben Sie der Sitzung bitte zuerst einen Namen.", "Geef de sessie eerst een naam."],
    SHARE_SESSION_SAVED = "share.session_saved" => ["Saved as “{name}”.", "Als „{name}“ gespeichert.", "Opgeslagen als ‘{name}’."],
    SHARE_SESSION_OPENED = "share.session_opened" => ["Opened “{name}”.", "„{name}“ geöffnet.", "‘{name}’ geopend."],
    SHARE_SESSIONS = "share.sessions" => ["Saved sessions", "Gespeicherte Sitzungen", "Opgeslagen sessies"],
    SHARE_DELETE_SESSION = "share.delete_session" => ["Delete “{name}”", "„{name}“ löschen", "‘{name}’ verwijderen"],
    SHARE_RESET = "share.reset" => ["Start over", "Neu beginnen", "Opnieuw beginnen"],
    SHARE_RESET_CONFIRM = "share.reset_confirm" => ["Clear all products, answers and assumptions?", "Alle Produkte, Antworten und Annahmen löschen?", "Alle producten, antwoorden en aannames wissen?"],
    SHARE_RESET_DONE = "share.reset_done" => ["Started over.", "Neu begonnen.", "Opnieuw begonnen."],
    SHARE_ERR_NO_STORAGE = "share.err.no_storage" => ["This browser does not allow saving here (private mode or embedded); save as a file instead.", "Dieser Browser erlaubt hier kein Speichern (privater Modus oder eingebettet); speichern Sie stattdessen als Datei.", "Deze browser staat hier geen opslag toe (privémodus of ingesloten); sla op als bestand."],
    SHARE_ERR_STORAGE_FULL = "share.err.storage_full" => ["This browser's storage is full; save as a file instead.", "Der Browserspeicher ist voll; speichern Sie stattdessen als Datei.", "De browseropslag is vol; sla op als bestand."],
    SHARE_NOTICE_LINK_INVALID = "share.notice.link_invalid" => ["This link could not be opened, so the tool starts empty:", "Dieser Link ließ sich nicht öffnen, das Werkzeug beginnt leer:", "Deze link kon niet worden geopend; de tool begint leeg:"],
    SHARE_NOTICE_LINK_INVALID_KEPT = "share.notice.link_invalid_kept" => [
        "This link could not be opened; your current scenario is unchanged:",
        "Dieser Link ließ sich nicht öffnen; Ihr aktuelles Szenario bleibt unverändert:",
        "Deze link kon niet worden geopend; uw huidige scenario blijft ongewijzigd:"
    ],
    SHARE_NOTICE_SAVED_INVALID = "share.notice.saved_invalid" => ["The last saved scenario could not be restored:", "Das zuletzt gespeicherte Szenario ließ sich nicht wiederherstellen:", "Het laatst opgeslagen scenario kon niet worden hersteld:"],
    SHARE_NOTICE_DISMISS = "share.notice.dismiss" => ["Dismiss", "Schließen", "Sluiten"],
    SHARE_HEADING = "share.heading" => ["Share and save", "Teilen und speichern", "Delen en opslaan"],

    // Problems found in a link or file (domain::share::validate and the readers).
    SHARE_ERR_VERSION = "share.err.version" => [
        "This scenario has format version {version}; this advisor reads version {supported}.",
        "Dieses Szenario hat Formatversion {version}; dieser Berater liest Version {supported}.",
        "Dit scenario heeft formaatversie {version}; deze adviseur leest versie {supported}."
    ],
    SHARE_ERR_UNKNOWN_PRODUCT = "share.err.unknown_product" => [
        "ProductId {id} is not in the catalogue.",
        "Die ProductId {id} ist nicht im Katalog.",
        "ProductId {id} staat niet in de catalogus."
    ],
    SHARE_ERR_DUPLICATE_PRODUCT = "share.err.duplicate_product" => [
        "{name} ({id}) is selected more than once.",
        "{name} ({id}) ist mehrfach ausgewählt.",
        "{name} ({id}) is meer dan eens geselecteerd."
    ],
    SHARE_ERR_SEATS = "share.err.seats" => [
        "Seats for {name} must be from {min} to {max} (found {value}).",
        "Die Lizenzen für {name} müssen zwischen {min} und {max} liegen (gefunden: {value}).",
        "Het aantal licenties voor {name} moet tussen {min} en {max} liggen (gevonden: {value})."
    ],
    SHARE_ERR_TRIALS_ONLY = "share.err.trials_only" => [
        "“Trials only” is not possible for {name}: it has no trial without payment method.",
        "„Nur Testversionen zulassen“ ist für {name} nicht möglich: Es gibt keine Testversion ohne Zahlungsmethode.",
        "‘Alleen proefversies toestaan’ kan niet voor {name}: er is geen proefversie zonder betalingsmethode."
    ],
    SHARE_ERR_HORIZON = "share.err.horizon" => [
        "The horizon must be from {min} to {max} months (found {value}).",
        "Der Zeitraum muss zwischen {min} und {max} Monaten liegen (gefunden: {value}).",
        "De periode moet tussen {min} en {max} maanden liggen (gevonden: {value})."
    ],
    SHARE_ERR_ORG_SEATS = "share.err.org_seats" => [
        "The organisation size must be from {min} to {max} seats (found {value}).",
        "Die Organisationsgröße muss zwischen {min} und {max} Lizenzen liegen (gefunden: {value}).",
        "De grootte van de organisatie moet tussen {min} en {max} licenties liggen (gevonden: {value})."
    ],
    SHARE_ERR_VAT_RATE = "share.err.vat_rate" => [
        "The VAT rate must be from {min} % to {max} %, with at most {dp} decimals (found {value}).",
        "Der Umsatzsteuersatz muss zwischen {min} % und {max} % liegen, mit höchstens {dp} Nachkommastellen (gefunden: {value}).",
        "Het btw-tarief moet tussen {min}% en {max}% liggen, met hoogstens {dp} decimalen (gevonden: {value})."
    ],
    SHARE_ERR_CSP_ADJUST = "share.err.csp_adjust" => [
        "The CSP partner discount or markup must be from {min} % to {max} %, with at most {dp} decimals (found {value}).",
        "Der Partnerrabatt oder -aufschlag (CSP) muss zwischen {min} % und {max} % liegen, mit höchstens {dp} Nachkommastellen (gefunden: {value}).",
        "De CSP-partnerkorting of -opslag moet tussen {min}% en {max}% liggen, met hoogstens {dp} decimalen (gevonden: {value})."
    ],
    SHARE_ERR_EA_LEVEL_DISCOUNT = "share.err.ea_level_discount" => [
        "The EA discount for level {level} must be from {min} % to {max} %, with at most {dp} decimals (found {value}).",
        "Der EA-Rabatt für Stufe {level} muss zwischen {min} % und {max} % liegen, mit höchstens {dp} Nachkommastellen (gefunden: {value}).",
        "De EA-korting voor niveau {level} moet tussen {min}% en {max}% liggen, met hoogstens {dp} decimalen (gevonden: {value})."
    ],
    SHARE_ERR_EA_NEGOTIATED = "share.err.ea_negotiated" => [
        "The negotiated EA discount must be from {min} % to {max} %, with at most {dp} decimals (found {value}).",
        "Der verhandelte EA-Rabatt muss zwischen {min} % und {max} % liegen, mit höchstens {dp} Nachkommastellen (gefunden: {value}).",
        "De onderhandelde EA-korting moet tussen {min}% en {max}% liggen, met hoogstens {dp} decimalen (gevonden: {value})."
    ],
    SHARE_ERR_PROCUREMENT = "share.err.procurement" => [
        "The procurement cost per central order must be from {min} to {max}, with at most {dp} decimals (found {value}).",
        "Die Beschaffungskosten je zentraler Bestellung müssen zwischen {min} und {max} liegen, mit höchstens {dp} Nachkommastellen (gefunden: {value}).",
        "De inkoopkosten per centrale bestelling moeten tussen {min} en {max} liggen, met hoogstens {dp} decimalen (gevonden: {value})."
    ],
    SHARE_ERR_EXPENSE_CLAIM = "share.err.expense_claim" => [
        "The cost of an expense claim must be from {min} to {max}, with at most {dp} decimals (found {value}).",
        "Die Kosten einer Spesenabrechnung müssen zwischen {min} und {max} liegen, mit höchstens {dp} Nachkommastellen (gefunden: {value}).",
        "De kosten van een declaratie moeten tussen {min} en {max} liggen, met hoogstens {dp} decimalen (gevonden: {value})."
    ],
    SHARE_ERR_ADMIN_REVIEW = "share.err.admin_review" => [
        "The admin cost per subscription must be from {min} to {max}, with at most {dp} decimals (found {value}).",
        "Die Admin-Kosten je Abonnement müssen zwischen {min} und {max} liegen, mit höchstens {dp} Nachkommastellen (gefunden: {value}).",
        "De beheerkosten per abonnement moeten tussen {min} en {max} liggen, met hoogstens {dp} decimalen (gevonden: {value})."
    ],
    SHARE_ERR_SEATS_PER_PURCHASE = "share.err.seats_per_purchase" => [
        "Seats per card purchase must be from {min} to {max} (found {value}).",
        "Die Lizenzen je Kartenkauf müssen zwischen {min} und {max} liegen (gefunden: {value}).",
        "Het aantal licenties per kaartaankoop moet tussen {min} en {max} liggen (gevonden: {value})."
    ],
    SHARE_ERR_CENTRALISE_AFTER = "share.err.centralise_after" => [
        "The month to centralise in must be empty or from {min} to {max} (found {value}).",
        "Der Monat der Zentralisierung muss leer sein oder zwischen {min} und {max} liegen (gefunden: {value}).",
        "De maand waarin wordt gecentraliseerd, moet leeg zijn of tussen {min} en {max} liggen (gevonden: {value})."
    ],
    SHARE_ERR_DATE = "share.err.date" => [
        "{value} is not a valid date.",
        "{value} ist kein gültiges Datum.",
        "{value} is geen geldige datum."
    ],
    SHARE_ERR_PRICE_OVERRIDE = "share.err.price_override" => [
        "The price entered for {name} must be from {min} to {max} per seat and month, with at most {dp} decimals (found {value}).",
        "Der eingegebene Preis für {name} muss zwischen {min} und {max} je Lizenz und Monat liegen, mit höchstens {dp} Nachkommastellen (gefunden: {value}).",
        "De ingevoerde prijs voor {name} moet tussen {min} en {max} per licentie per maand liggen, met hoogstens {dp} decimalen (gevonden: {value})."
    ],
    SHARE_ERR_PRICE_OVERRIDE_UNKNOWN = "share.err.price_override_unknown" => [
        "A price is entered for ProductId {id}, which is not in the catalogue.",
        "Es ist ein Preis für die ProductId {id} eingegeben, die nicht im Katalog ist.",
        "Er is een prijs ingevoerd voor ProductId {id}, die niet in de catalogus staat."
    ],
    SHARE_ERR_PLANS_EMPTY = "share.err.plans_empty" => [
        "At least one plan must be shown.",
        "Mindestens eine Kombination aus Kanal und Laufzeit muss angezeigt werden.",
        "Er moet minstens één combinatie van kanaal en looptijd worden getoond."
    ],
    SHARE_ERR_PLAN_DUPLICATE = "share.err.plan_duplicate" => [
        "This plan is already listed among the shown plans.",
        "Diese Kombination aus Kanal und Laufzeit wird bereits angezeigt.",
        "Deze combinatie van kanaal en looptijd wordt al getoond."
    ],
    SHARE_ERR_PLAN_UNKNOWN = "share.err.plan_unknown" => [
        "This plan does not exist: an Enterprise Agreement is billed annually only.",
        "Diese Kombination aus Kanal und Laufzeit gibt es nicht: Ein Enterprise Agreement wird nur jährlich abgerechnet.",
        "Deze combinatie van kanaal en looptijd bestaat niet: een Enterprise Agreement wordt alleen jaarlijks gefactureerd."
    ],
    SHARE_ERR_COVERS_NOT_SELECTED = "share.err.covers_not_selected" => [
        "The answer on what the agreement covers names {id}, which is not a selected product.",
        "Die Antwort, was der Vertrag abdeckt, nennt {id}, das kein ausgewähltes Produkt ist.",
        "Het antwoord over wat de overeenkomst dekt noemt {id}, dat geen geselecteerd product is."
    ],
    SHARE_ERR_PLANNED_NOT_SELECTED = "share.err.planned_not_selected" => [
        "The answer on the planned purchase names {id}, which is not a selected product.",
        "Die Antwort zum geplanten Kauf nennt {id}, das kein ausgewähltes Produkt ist.",
        "Het antwoord over de geplande aankoop noemt {id}, dat geen geselecteerd product is."
    ],

    SHARE_ERR_TENANT_LABEL = "share.err.tenant_label" => [
        "The tenant name may have at most {max} characters and no line breaks.",
        "Der Mandantenname darf höchstens {max} Zeichen und keine Zeilenumbrüche haben.",
        "De tenantnaam mag hoogstens {max} tekens en geen regeleinden hebben."
    ],

    // Links
    SHARE_ERR_LINK_EMPTY = "share.err.link_empty" => [
        "The link holds no scenario.",
        "Der Link enthält kein Szenario.",
        "De link bevat geen scenario."
    ],
    SHARE_ERR_LINK_TOO_LONG = "share.err.link_too_long" => [
        "The link is too long to be a scenario of this advisor (at most {max} characters).",
        "Der Link ist zu lang für ein Szenario dieses Beraters (höchstens {max} Zeichen).",
        "De link is te lang voor een scenario van deze adviseur (hoogstens {max} tekens)."
    ],
    SHARE_ERR_LINK_VERSION = "share.err.link_version" => [
        "This link was made by another version of the advisor (format {version}) and cannot be opened here.",
        "Dieser Link stammt aus einer anderen Version des Beraters (Format {version}) und kann hier nicht geöffnet werden.",
        "Deze link komt uit een andere versie van de adviseur (formaat {version}) en kan hier niet worden geopend."
    ],
    SHARE_NOTICE_TITLE = "share.notice.title" => [
        "Opened, with everything this advisor can use. Left out (made by a newer version, or not in this catalogue):",
        "Geöffnet, mit allem, was dieser Berater verwenden kann. Weggelassen (aus einer neueren Version oder nicht in diesem Katalog):",
        "Geopend, met alles wat deze adviseur kan gebruiken. Weggelaten (uit een nieuwere versie of niet in deze catalogus):"
    ],
    SHARE_SESSION_OVERWRITE = "share.session_overwrite" => [
        "A session named “{name}” exists. Replace it with the current scenario?",
        "Es gibt schon eine Sitzung „{name}“. Durch das aktuelle Szenario ersetzen?",
        "Er is al een sessie ‘{name}’. Vervangen door het huidige scenario?"
    ],
    SHARE_SESSION_DELETE_CONFIRM = "share.session_delete_confirm" => [
        "Delete the saved session “{name}”? This cannot be undone.",
        "Die gespeicherte Sitzung „{name}“ löschen? Das lässt sich nicht rückgängig machen.",
        "De opgeslagen sessie ‘{name}’ verwijderen? Dit kan niet ongedaan worden gemaakt."
    ],
    TENANT_HEADING = "tenant.heading" => ["Start from the tenant's current state", "Vom aktuellen Stand des Mandanten ausgehen", "Uitgaan van de huidige status van de tenant"],
    TENANT_HELP = "tenant.help" => [
        "Run these read-only commands (MSCommerce 2.0+) and paste what they print, or the console table, or an Export-Csv file. The scripts then change only what differs and check their own work.",
        "Führen Sie diese Befehle aus (nur lesend, MSCommerce 2.0+) und fügen Sie die Ausgabe ein – oder die Konsolentabelle oder eine Export-Csv-Datei. Die Skripte ändern dann nur, was abweicht, und prüfen ihr Ergebnis.",
        "Voer deze opdrachten uit (alleen lezen, MSCommerce 2.0+) en plak wat ze tonen, of de consoletabel, of een Export-Csv-bestand. De scripts wijzigen dan alleen wat afwijkt en controleren hun eigen werk."
    ],
    TENANT_COPY_COMMAND = "tenant.copy_command" => ["Copy the commands", "Befehle kopieren", "Opdrachten kopiëren"],
    TENANT_PASTE_LABEL = "tenant.paste_label" => ["What the commands printed", "Was die Befehle ausgegeben haben", "Wat de opdrachten toonden"],
    TENANT_READ_BUTTON = "tenant.read_button" => ["Read the tenant's state", "Mandantenstand einlesen", "Tenantstatus inlezen"],
    TENANT_OPEN_FILE = "tenant.open_file" => ["Open a file", "Datei öffnen", "Bestand openen"],
    TENANT_PRIVATE = "tenant.private" => [
        "What you paste stays in this browser: it is kept with the scenario in files and saved sessions, never in links.",
        "Was Sie einfügen, bleibt in diesem Browser: Es wird mit dem Szenario in Dateien und gespeicherten Sitzungen aufbewahrt, nie in Links.",
        "Wat u plakt, blijft in deze browser: het wordt met het scenario bewaard in bestanden en opgeslagen sessies, nooit in links."
    ],
    TENANT_READ = "tenant.read" => [
        { "{n} product or offer type read from the tenant; the scripts change {changes} of them.", "{n} products and offer types read from the tenant; the scripts change {changes} of them." },
        { "{n} Produkt oder Angebotstyp aus dem Mandanten gelesen; die Skripte ändern {changes} davon.", "{n} Produkte und Angebotstypen aus dem Mandanten gelesen; die Skripte ändern {changes} davon." },
        { "{n} product of aanbiedingstype uit de tenant gelezen; de scripts wijzigen er {changes}.", "{n} producten en aanbiedingstypen uit de tenant gelezen; de scripts wijzigen er {changes}." }
    ],
    TENANT_ENABLED_UNCHOSEN = "tenant.enabled_unchosen" => [
        { "Enabled in the tenant, and nobody chose it: {items}.", "Enabled in the tenant, and nobody chose them: {items}." },
        { "Im Mandanten zugelassen, ohne dass jemand es gewählt hat: {items}.", "Im Mandanten zugelassen, ohne dass jemand sie gewählt hat: {items}." },
        { "In de tenant toegestaan, zonder dat iemand het koos: {items}.", "In de tenant toegestaan, zonder dat iemand ze koos: {items}." }
    ],
    TENANT_COL_CURRENT = "tenant.col_current" => ["In the tenant now", "Jetzt im Mandanten", "Nu in de tenant"],
    TENANT_COL_CHOSEN = "tenant.col_chosen" => ["Chosen", "Gewählt", "Gekozen"],
    TENANT_COL_RECOMMENDED = "tenant.col_recommended" => ["Recommended", "Empfohlen", "Aanbevolen"],
    TENANT_COL_CHANGES = "tenant.col_changes" => ["The script changes it", "Das Skript ändert es", "Het script wijzigt het"],
    TENANT_CHANGES_YES = "tenant.changes_yes" => ["yes", "ja", "ja"],
    TENANT_CHANGES_NO = "tenant.changes_no" => ["no", "nein", "nee"],
    TENANT_UNKNOWN_HEADING = "tenant.unknown_heading" => [
        "In the tenant, unknown to this catalogue (new products arrive enabled)",
        "Im Mandanten, diesem Katalog unbekannt (neue Produkte sind standardmäßig zugelassen)",
        "In de tenant, onbekend in deze catalogus (nieuwe producten worden standaard toegestaan)"
    ],
    TENANT_ADD_CUSTOM = "tenant.add_custom" => ["Add and decide it", "Hinzufügen und entscheiden", "Toevoegen en beslissen"],
    TENANT_NOT_RETURNED = "tenant.not_returned" => [
        { "{n} catalogue product was not returned by the tenant (not sold in its market, or not offered to it)", "{n} catalogue products were not returned by the tenant (not sold in its market, or not offered to it)" },
        { "{n} Katalogprodukt hat der Mandant nicht geliefert (in seinem Markt nicht verkauft oder ihm nicht angeboten)", "{n} Katalogprodukte hat der Mandant nicht geliefert (in seinem Markt nicht verkauft oder ihm nicht angeboten)" },
        { "{n} catalogusproduct is niet door de tenant teruggegeven (niet verkocht in zijn markt, of niet aangeboden)", "{n} catalogusproducten zijn niet door de tenant teruggegeven (niet verkocht in zijn markt, of niet aangeboden)" }
    ],
    TENANT_FORGET = "tenant.forget" => ["Forget the imported state", "Importierten Stand verwerfen", "Geïmporteerde status vergeten"],
    SHARE_ERR_TENANT_ROW = "share.err.tenant_row" => [
        "This row of the imported tenant state is repeated or not valid.",
        "Diese Zeile des importierten Mandantenstands ist doppelt oder ungültig.",
        "Deze rij van de geïmporteerde tenantstatus is dubbel of ongeldig."
    ],
    TENANT_ERR_TOO_LARGE = "tenant.err.too_large" => [
        "This is larger than {max_kb} KB: paste only the output of Get-MSCommerceProductPolicies.",
        "Das ist größer als {max_kb} KB: Fügen Sie nur die Ausgabe von Get-MSCommerceProductPolicies ein.",
        "Dit is groter dan {max_kb} KB: plak alleen de uitvoer van Get-MSCommerceProductPolicies."
    ],
    TENANT_ERR_NOTHING = "tenant.err.nothing" => [
        "No product policy could be read. Paste the output of Get-MSCommerceProductPolicies -PolicyId AllowSelfServicePurchase as printed, or piped to ConvertTo-Json or Export-Csv.",
        "Es ließ sich keine Produktrichtlinie lesen. Fügen Sie die Ausgabe von Get-MSCommerceProductPolicies -PolicyId AllowSelfServicePurchase so ein, wie sie erscheint, oder über ConvertTo-Json bzw. Export-Csv.",
        "Er kon geen productbeleid worden gelezen. Plak de uitvoer van Get-MSCommerceProductPolicies -PolicyId AllowSelfServicePurchase zoals die verschijnt, of via ConvertTo-Json of Export-Csv."
    ],
    TENANT_ERR_NO_ID = "tenant.err.no_id" => ["This row has no ProductId.", "Diese Zeile hat keine ProductId.", "Deze rij heeft geen ProductId."],
    TENANT_ERR_BAD_ID = "tenant.err.bad_id" => [
        "“{id}” is neither a ProductId (12 capital letters and digits) nor an offer type.",
        "„{id}“ ist weder eine ProductId (12 Großbuchstaben und Ziffern) noch ein Angebotstyp.",
        "‘{id}’ is geen ProductId (12 hoofdletters en cijfers) en geen aanbiedingstype."
    ],
    TENANT_ERR_NO_VALUE = "tenant.err.no_value" => ["This row has no PolicyValue (or Enabled) column.", "Diese Zeile hat keine Spalte PolicyValue (oder Enabled).", "Deze rij heeft geen kolom PolicyValue (of Enabled)."],
    TENANT_ERR_BAD_VALUE = "tenant.err.bad_value" => [
        "“{value}” is not a policy value (Enabled, OnlyTrialsWithoutPaymentMethod or Disabled).",
        "„{value}“ ist kein Richtlinienwert (Enabled, OnlyTrialsWithoutPaymentMethod oder Disabled).",
        "‘{value}’ is geen beleidswaarde (Enabled, OnlyTrialsWithoutPaymentMethod of Disabled)."
    ],
    TENANT_ERR_DUPLICATE = "tenant.err.duplicate" => [
        "{id} appears again with another value: the first one is kept.",
        "{id} kommt noch einmal mit einem anderen Wert vor: Der erste bleibt.",
        "{id} komt nogmaals voor met een andere waarde: de eerste blijft."
    ],
    SHARE_ERR_VARIANT_UNKNOWN = "share.err.variant_unknown" => [
        "The offer “{key}” chosen for {id} is not one of that selected product's offers in this catalogue.",
        "Das für {id} gewählte Angebot „{key}“ gehört in diesem Katalog nicht zu diesem ausgewählten Produkt.",
        "Het voor {id} gekozen aanbod ‘{key}’ hoort in deze catalogus niet bij dit geselecteerde product."
    ],
    SHARE_ERR_OFFER_TYPE_VALUE = "share.err.offer_type_value" => [
        "The offer type {offer} can only be allowed or blocked (Enabled or Disabled).",
        "Der Angebotstyp {offer} kann nur zugelassen oder nicht zugelassen werden (Enabled oder Disabled).",
        "Het aanbiedingstype {offer} kan alleen worden toegestaan of niet toegestaan (Enabled of Disabled)."
    ],
    SHARE_ERR_PRICE_SHEET_NOT_SELECTED = "share.err.price_sheet_not_selected" => [
        "The EA price sheet names {id}, which is not a selected product.",
        "Die EA-Preisliste nennt {id}, das kein ausgewähltes Produkt ist.",
        "De EA-prijslijst noemt {id}, dat geen geselecteerd product is."
    ],
    SHARE_CARRIES_CUSTOM = "share.carries_custom" => [
        { "The link and the file also carry your own product {products}: whoever opens them gets it added to their catalogue.", "The link and the file also carry your own products {products}: whoever opens them gets them added to their catalogue." },
        { "Link und Datei enthalten auch Ihr eigenes Produkt {products}: Wer sie öffnet, bekommt es in seinen Katalog.", "Link und Datei enthalten auch Ihre eigenen Produkte {products}: Wer sie öffnet, bekommt sie in seinen Katalog." },
        { "De link en het bestand bevatten ook uw eigen product {products}: wie ze opent, krijgt het in zijn catalogus.", "De link en het bestand bevatten ook uw eigen producten {products}: wie ze opent, krijgt ze in zijn catalogus." }
    ],
    SHARE_NOTICE_PRODUCT_MISSING = "share.notice.product_missing" => [
        "product {id}, which this catalogue does not have (add it under Products, then open the link again)",
        "das Produkt {id}, das dieser Katalog nicht hat (unter „Produkte“ hinzufügen und den Link erneut öffnen)",
        "product {id}, dat deze catalogus niet heeft (voeg het toe onder Producten en open de link opnieuw)"
    ],
    SHARE_NOTICE_UNKNOWN_FIELD = "share.notice.unknown_field" => [
        "a setting this version does not know (field {field})",
        "eine Einstellung, die diese Version nicht kennt (Feld {field})",
        "een instelling die deze versie niet kent (veld {field})"
    ],
    SHARE_NOTICE_UNKNOWN_QUESTION = "share.notice.unknown_question" => [
        "the answer to a question this version does not ask (question {field})",
        "die Antwort auf eine Frage, die diese Version nicht stellt (Frage {field})",
        "het antwoord op een vraag die deze versie niet stelt (vraag {field})"
    ],
    SHARE_NOTICE_UNKNOWN_QUESTION_NAMED = "share.notice.unknown_question_named" => [
        "the answer to a question this version does not ask ({name})",
        "die Antwort auf eine Frage, die diese Version nicht stellt ({name})",
        "het antwoord op een vraag die deze versie niet stelt ({name})"
    ],
    SHARE_NOTICE_UNKNOWN_OPTION = "share.notice.unknown_option" => [
        "an answer this version does not offer; the question is left unanswered ({question})",
        "eine Antwort, die diese Version nicht anbietet; die Frage bleibt unbeantwortet ({question})",
        "een antwoord dat deze versie niet aanbiedt; de vraag blijft onbeantwoord ({question})"
    ],
    SHARE_NOTICE_UNKNOWN_WEIGHT = "share.notice.unknown_weight" => [
        "a weight this version does not know (criterion {field})",
        "eine Gewichtung, die diese Version nicht kennt (Kriterium {field})",
        "een weging die deze versie niet kent (criterium {field})"
    ],
    SHARE_ERR_LINK_DAMAGED = "share.err.link_damaged" => [
        "The link is incomplete or damaged. Copy the whole link again, or ask for it to be sent again.",
        "Der Link ist unvollständig oder beschädigt. Kopieren Sie den ganzen Link erneut oder lassen Sie ihn sich noch einmal schicken.",
        "De link is onvolledig of beschadigd. Kopieer de hele link opnieuw of vraag om hem nogmaals te sturen."
    ],

    // Files and saved sessions
    SHARE_ERR_FILE_TOO_LARGE = "share.err.file_too_large" => [
        "The file is too large to be a scenario (at most {max_kb} KB).",
        "Die Datei ist zu groß für ein Szenario (höchstens {max_kb} KB).",
        "Het bestand is te groot voor een scenario (hoogstens {max_kb} KB)."
    ],
    SHARE_ERR_NOT_SCENARIO_FILE = "share.err.not_scenario_file" => [
        "This file is not a scenario saved by this advisor.",
        "Diese Datei ist kein von diesem Berater gespeichertes Szenario.",
        "Dit bestand is geen scenario dat met deze adviseur is opgeslagen."
    ],
    SHARE_ERR_FILE_VERSION = "share.err.file_version" => [
        "The file has format version {version}; this advisor reads version {supported}.",
        "Die Datei hat Formatversion {version}; dieser Berater liest Version {supported}.",
        "Het bestand heeft formaatversie {version}; deze adviseur leest versie {supported}."
    ],
    SHARE_ERR_MISSING = "share.err.missing" => [
        "This value is missing.",
        "Dieser Wert fehlt.",
        "Deze waarde ontbreekt."
    ],
    SHARE_ERR_INVALID_VALUE = "share.err.invalid_value" => [
        "This value cannot be read: check its spelling and form.",
        "Dieser Wert ist nicht lesbar: Prüfen Sie Schreibweise und Form.",
        "Deze waarde is niet leesbaar: controleer spelling en vorm."
    ],
    SHARE_ERR_UNKNOWN_FIELD = "share.err.unknown_field" => [
        "“{name}” is not part of a scenario: check the spelling.",
        "„{name}“ gehört nicht zu einem Szenario: Prüfen Sie die Schreibweise.",
        "‘{name}’ hoort niet bij een scenario: controleer de spelling."
    ],
}
