//! Strings of the catalogue tools: custom products, price edits, export and import.
crate::translation_table! {
    "catalog.heading" => ["Catalogue", "Katalog", "Catalogus"],
    "catalog.summary" => ["{n} products, as of {date}", "{n} Produkte, Stand {date}", "{n} producten, per {date}"],
    "catalog.help" => [
        "Add products missing from the list, or bring the catalogue to another computer as a file.",
        "Fehlende Produkte ergänzen oder den Katalog als Datei auf einen anderen Rechner mitnehmen.",
        "Voeg ontbrekende producten toe of neem de catalogus als bestand mee naar een andere computer."
    ],

    "catalog.add.heading" => ["Add a product", "Produkt hinzufügen", "Product toevoegen"],
    "catalog.add.help" => [
        "Its ProductId is in the output of Get-MSCommerceProductPolicies.",
        "Die ProductId steht in der Ausgabe von Get-MSCommerceProductPolicies.",
        "De ProductId staat in de uitvoer van Get-MSCommerceProductPolicies."
    ],
    "catalog.field.id" => ["ProductId", "ProductId", "ProductId"],
    "catalog.field.id.help" => [
        "12 capital letters or digits, e.g. CFQ7TTC0MM8R.",
        "12 Großbuchstaben oder Ziffern, z. B. CFQ7TTC0MM8R.",
        "12 hoofdletters of cijfers, bijv. CFQ7TTC0MM8R."
    ],
    "catalog.field.name" => ["Name", "Name", "Naam"],
    "catalog.field.price" => [
        "Annual list price per user/month ({currency})",
        "Jahres-Listenpreis pro Benutzer/Monat ({currency})",
        "Jaarlijkse lijstprijs per gebruiker/maand ({currency})"
    ],
    "catalog.field.price.help" => [
        "Optional. Leave empty if unknown: you will be asked for it with the costs.",
        "Optional. Leer lassen, wenn unbekannt: Sie werden bei den Kosten danach gefragt.",
        "Optioneel. Laat leeg als onbekend: bij de kosten wordt erom gevraagd."
    ],
    "catalog.field.no_card" => ["Trial without payment method", "Test ohne Zahlungsmittel", "Proefversie zonder betaalmethode"],
    "catalog.add" => ["Add product", "Hinzufügen", "Toevoegen"],
    "catalog.add.fix" => [
        "Nothing was added. Correct the marked fields.",
        "Nichts hinzugefügt. Bitte markierte Felder korrigieren.",
        "Niets toegevoegd. Verbeter de gemarkeerde velden."
    ],
    "catalog.added" => ["Added: {name}", "Hinzugefügt: {name}", "Toegevoegd: {name}"],

    "catalog.custom.heading" => ["Your products", "Ihre Produkte", "Uw producten"],
    "catalog.custom.none" => ["You have not added any product.", "Sie haben kein Produkt hinzugefügt.", "U hebt geen product toegevoegd."],
    "catalog.custom.remove" => ["Remove", "Entfernen", "Verwijderen"],
    "catalog.custom.remove_named" => ["Remove {name}", "{name} entfernen", "{name} verwijderen"],
    "catalog.custom.removed" => ["Removed: {name}", "Entfernt: {name}", "Verwijderd: {name}"],

    "catalog.file.heading" => ["Catalogue file", "Katalogdatei", "Catalogusbestand"],
    "catalog.export" => ["Export catalogue (JSON)", "Katalog exportieren (JSON)", "Catalogus exporteren (JSON)"],
    "catalog.export.help" => [
        "Includes your products and your price edits.",
        "Enthält Ihre Produkte und Preisänderungen.",
        "Bevat uw producten en uw prijswijzigingen."
    ],
    "catalog.export.failed" => [
        "The browser did not allow the download.",
        "Der Browser hat den Download nicht erlaubt.",
        "De browser stond de download niet toe."
    ],
    "catalog.import" => ["Import catalogue (JSON)", "Katalog importieren (JSON)", "Catalogus importeren (JSON)"],
    "catalog.import.help" => [
        "Replaces the shipped catalogue. A file with any problem is not applied at all.",
        "Ersetzt den mitgelieferten Katalog. Eine fehlerhafte Datei wird gar nicht übernommen.",
        "Vervangt de meegeleverde catalogus. Een bestand met een fout wordt helemaal niet toegepast."
    ],
    "catalog.import.ok" => [
        "Catalogue imported: {n} products.",
        "Katalog importiert: {n} Produkte.",
        "Catalogus geïmporteerd: {n} producten."
    ],
    "catalog.import.failed" => [
        "Nothing was imported. Problems in {file} ({n}):",
        "Nichts importiert. Probleme in {file} ({n}):",
        "Niets geïmporteerd. Problemen in {file} ({n}):"
    ],
    "catalog.import.whole_file" => ["Whole file", "Ganze Datei", "Heel bestand"],
    "catalog.import.read_failed" => [
        "The file could not be read: {detail}",
        "Die Datei konnte nicht gelesen werden: {detail}",
        "Het bestand kon niet worden gelezen: {detail}"
    ],
    "catalog.import.too_large" => [
        "The file is larger than {max} MB; a catalogue is much smaller.",
        "Die Datei ist größer als {max} MB; ein Katalog ist viel kleiner.",
        "Het bestand is groter dan {max} MB; een catalogus is veel kleiner."
    ],
    "catalog.reset" => ["Back to the shipped catalogue", "Zurück zum mitgelieferten Katalog", "Terug naar de meegeleverde catalogus"],
    "catalog.reset.done" => [
        "The shipped catalogue is in use again.",
        "Der mitgelieferte Katalog gilt wieder.",
        "De meegeleverde catalogus is weer in gebruik."
    ],

    "catalog.err.id_taken" => [
        "ProductId {id} already belongs to {name}.",
        "ProductId {id} gehört schon zu {name}.",
        "ProductId {id} hoort al bij {name}."
    ],
    "catalog.err.id_taken_legacy" => [
        "ProductId {id} is a former ProductId of {name}.",
        "ProductId {id} ist eine frühere ProductId von {name}.",
        "ProductId {id} is een eerdere ProductId van {name}."
    ],
    "catalog.err.name_empty" => ["Enter a name.", "Bitte einen Namen eingeben.", "Vul een naam in."],
    "catalog.err.name_too_long" => [
        "At most {max} characters; this has {n}.",
        "Höchstens {max} Zeichen; dieser hat {n}.",
        "Hoogstens {max} tekens; deze heeft er {n}."
    ],
    "catalog.err.name_control" => [
        "No line breaks, tabs or invisible characters ({code}).",
        "Keine Zeilenumbrüche, Tabs oder unsichtbaren Zeichen ({code}).",
        "Geen regeleinden, tabs of onzichtbare tekens ({code})."
    ],
}
