//! Strings of the catalogue tools: custom products, price edits, export and import.
crate::translation_table! {
    CATALOG_HEADING = "catalog.heading" => ["Catalogue", "Katalog", "Catalogus"],
    CATALOG_SUMMARY = "catalog.summary" => [{ "{n} product, as of {date}", "{n} products, as of {date}" }, { "{n} Produkt, Stand {date}", "{n} Produkte, Stand {date}" }, { "{n} product, per {date}", "{n} producten, per {date}" }],
    CATALOG_HELP = "catalog.help" => [
        "Add products missing from the list, or bring the catalogue to another computer as a file.",
        "Ergänzen Sie fehlende Produkte oder nehmen Sie den Katalog als Datei auf einen anderen Rechner mit.",
        "Voeg ontbrekende producten toe of neem de catalogus als bestand mee naar een andere computer."
    ],

    CATALOG_ADD_HEADING = "catalog.add.heading" => ["Add a product", "Produkt hinzufügen", "Product toevoegen"],
    CATALOG_ADD_HELP = "catalog.add.help" => [
        "Its ProductId is in the output of Get-MSCommerceProductPolicies.",
        "Die ProductId steht in der Ausgabe von Get-MSCommerceProductPolicies.",
        "De ProductId staat in de uitvoer van Get-MSCommerceProductPolicies."
    ],
    CATALOG_FIELD_ID = "catalog.field.id" => ["ProductId", "ProductId", "ProductId"],
    CATALOG_FIELD_ID_HELP = "catalog.field.id.help" => [
        "12 capital letters or digits, e.g. CFQ7TTC0MM8R.",
        "12 Großbuchstaben oder Ziffern, z. B. CFQ7TTC0MM8R.",
        "12 hoofdletters of cijfers, bijv. CFQ7TTC0MM8R."
    ],
    CATALOG_FIELD_NAME = "catalog.field.name" => ["Name", "Name", "Naam"],
    CATALOG_FIELD_PRICE = "catalog.field.price" => [
        "Annual list price per user/month ({currency})",
        "Listenpreis pro Benutzer/Monat bei Jahreslaufzeit ({currency})",
        "Lijstprijs per gebruiker/maand bij jaarcontract ({currency})"
    ],
    CATALOG_FIELD_PRICE_HELP = "catalog.field.price.help" => [
        "Optional. Leave empty if unknown: you will be asked for it with the costs.",
        "Optional. Lassen Sie das Feld leer, wenn der Preis unbekannt ist: Sie werden bei den Kosten danach gefragt.",
        "Optioneel. Laat leeg als onbekend: bij de kosten wordt erom gevraagd."
    ],
    CATALOG_FIELD_NO_CARD = "catalog.field.no_card" => ["Trial without payment method", "Testversion ohne Zahlungsmethode", "Proefversie zonder betalingsmethode"],
    CATALOG_ADD = "catalog.add" => ["Add product", "Hinzufügen", "Toevoegen"],
    CATALOG_ADD_FIX = "catalog.add.fix" => [
        "Nothing was added. Correct the marked fields.",
        "Nichts hinzugefügt. Korrigieren Sie bitte die markierten Felder.",
        "Niets toegevoegd. Verbeter de gemarkeerde velden."
    ],
    CATALOG_ADDED = "catalog.added" => ["Added: {name}", "Hinzugefügt: {name}", "Toegevoegd: {name}"],

    CATALOG_CUSTOM_HEADING = "catalog.custom.heading" => ["Your products", "Ihre Produkte", "Uw producten"],
    CATALOG_CUSTOM_NONE = "catalog.custom.none" => ["You have not added any product.", "Sie haben kein Produkt hinzugefügt.", "U hebt geen product toegevoegd."],
    CATALOG_CUSTOM_REMOVE = "catalog.custom.remove" => ["Remove", "Entfernen", "Verwijderen"],
    CATALOG_CUSTOM_REMOVE_NAMED = "catalog.custom.remove_named" => ["Remove {name}", "{name} entfernen", "{name} verwijderen"],
    CATALOG_CUSTOM_REMOVED = "catalog.custom.removed" => ["Removed: {name}", "Entfernt: {name}", "Verwijderd: {name}"],

    CATALOG_FILE_HEADING = "catalog.file.heading" => ["Catalogue file", "Katalogdatei", "Catalogusbestand"],
    CATALOG_EXPORT = "catalog.export" => ["Export catalogue (JSON)", "Katalog exportieren (JSON)", "Catalogus exporteren (JSON)"],
    CATALOG_EXPORT_HELP = "catalog.export.help" => [
        "Includes your products and your price edits.",
        "Enthält Ihre Produkte und Preisänderungen.",
        "Bevat uw producten en uw prijswijzigingen."
    ],
    CATALOG_EXPORT_FAILED = "catalog.export.failed" => [
        "The browser did not allow the download.",
        "Der Browser hat den Download nicht erlaubt.",
        "De browser stond de download niet toe."
    ],
    CATALOG_IMPORT = "catalog.import" => ["Import catalogue (JSON)", "Katalog importieren (JSON)", "Catalogus importeren (JSON)"],
    CATALOG_IMPORT_HELP = "catalog.import.help" => [
        "Replaces the shipped catalogue. A file with any problem is not applied at all.",
        "Ersetzt den mitgelieferten Katalog. Eine fehlerhafte Datei wird gar nicht übernommen.",
        "Vervangt de meegeleverde catalogus. Een bestand met een fout wordt helemaal niet toegepast."
    ],
    CATALOG_IMPORT_OK = "catalog.import.ok" => [
        { "Catalogue imported: {n} product.", "Catalogue imported: {n} products." },
        { "Katalog importiert: {n} Produkt.", "Katalog importiert: {n} Produkte." },
        { "Catalogus geïmporteerd: {n} product.", "Catalogus geïmporteerd: {n} producten." }
    ],
    CATALOG_IMPORT_FAILED = "catalog.import.failed" => [
        "Nothing was imported. Problems in {file} ({n}):",
        "Nichts importiert. Probleme in {file} ({n}):",
        "Niets geïmporteerd. Problemen in {file} ({n}):"
    ],
    CATALOG_IMPORT_WOULD_DROP = "catalog.import.would_drop" => [
        { "This catalogue ({total} products) is valid but lacks {products}, which is selected in your scenario. Importing removes it, with its seats, price and answers.", "This catalogue ({total} products) is valid but lacks {products}, which are selected in your scenario. Importing removes them, with their seats, prices and answers." },
        { "Dieser Katalog ({total} Produkte) ist gültig, enthält aber {products} nicht, das in Ihrem Szenario gewählt ist. Der Import entfernt es mit Lizenzen, Preis und Antworten.", "Dieser Katalog ({total} Produkte) ist gültig, enthält aber {products} nicht, die in Ihrem Szenario gewählt sind. Der Import entfernt sie mit Lizenzen, Preisen und Antworten." },
        { "Deze catalogus ({total} producten) is geldig maar mist {products}, dat in uw scenario is gekozen. Importeren verwijdert het, met licenties, prijs en antwoorden.", "Deze catalogus ({total} producten) is geldig maar mist {products}, die in uw scenario zijn gekozen. Importeren verwijdert ze, met licenties, prijzen en antwoorden." }
    ],
    CATALOG_IMPORT_ANYWAY = "catalog.import.anyway" => ["Import and remove", "Importieren und entfernen", "Importeren en verwijderen"],
    CATALOG_IMPORT_CANCEL = "catalog.import.cancel" => ["Keep the current catalogue", "Aktuellen Katalog behalten", "Huidige catalogus houden"],
    CATALOG_IMPORT_CANCELLED = "catalog.import.cancelled" => [
        "Nothing was imported; the catalogue and the scenario are unchanged.",
        "Nichts importiert; Katalog und Szenario sind unverändert.",
        "Niets geïmporteerd; catalogus en scenario zijn ongewijzigd."
    ],
    CATALOG_IMPORT_DROPPED = "catalog.import.dropped" => [
        { "Removed from the scenario: {products}.", "Removed from the scenario: {products}." },
        { "Aus dem Szenario entfernt: {products}.", "Aus dem Szenario entfernt: {products}." },
        { "Uit het scenario verwijderd: {products}.", "Uit het scenario verwijderd: {products}." }
    ],
    CATALOG_IMPORT_WHOLE_FILE = "catalog.import.whole_file" => ["Whole file", "Ganze Datei", "Heel bestand"],
    CATALOG_IMPORT_READ_FAILED = "catalog.import.read_failed" => [
        "The file could not be read: {detail}",
        "Die Datei konnte nicht gelesen werden: {detail}",
        "Het bestand kon niet worden gelezen: {detail}"
    ],
    CATALOG_IMPORT_TOO_LARGE = "catalog.import.too_large" => [
        "The file is larger than {max} MB; a catalogue is much smaller.",
        "Die Datei ist größer als {max} MB; ein Katalog ist viel kleiner.",
        "Het bestand is groter dan {max} MB; een catalogus is veel kleiner."
    ],
    CATALOG_RESET = "catalog.reset" => ["Back to the shipped catalogue", "Zurück zum mitgelieferten Katalog", "Terug naar de meegeleverde catalogus"],
    CATALOG_RESET_DONE = "catalog.reset.done" => [
        "The shipped catalogue is in use again.",
        "Der mitgelieferte Katalog gilt wieder.",
        "De meegeleverde catalogus is weer in gebruik."
    ],

    CATALOG_ERR_ID_TAKEN = "catalog.err.id_taken" => [
        "ProductId {id} already belongs to {name}.",
        "ProductId {id} gehört schon zu {name}.",
        "ProductId {id} hoort al bij {name}."
    ],
    CATALOG_ERR_ID_TAKEN_LEGACY = "catalog.err.id_taken_legacy" => [
        "ProductId {id} is a former ProductId of {name}.",
        "ProductId {id} ist eine frühere ProductId von {name}.",
        "ProductId {id} is een eerdere ProductId van {name}."
    ],
    CATALOG_ERR_NAME_EMPTY = "catalog.err.name_empty" => ["Enter a name.", "Geben Sie einen Namen ein.", "Vul een naam in."],
    CATALOG_ERR_NAME_TOO_LONG = "catalog.err.name_too_long" => [
        "At most {max} characters; this has {n}.",
        "Höchstens {max} Zeichen; dieser hat {n}.",
        "Hoogstens {max} tekens; deze heeft er {n}."
    ],
    CATALOG_ERR_NAME_CONTROL = "catalog.err.name_control" => [
        "No line breaks, tabs or invisible characters ({code}).",
        "Keine Zeilenumbrüche, Tabs oder unsichtbaren Zeichen ({code}).",
        "Geen regeleinden, tabs of onzichtbare tekens ({code})."
    ],
}
