//! Strings of the workshop (presenter) mode and the printable decision report.
crate::translation_table! {
    PRESENT_OPEN = "present.open" => ["Present", "Präsentieren", "Presenteren"],
    PRESENT_OPEN_HELP = "present.open_help" => ["Workshop mode for a projector: one question per screen, driven by the keyboard or a clicker.", "Workshop-Modus für den Beamer: eine Frage pro Bildschirm, gesteuert mit Tastatur oder Presenter.", "Workshopmodus voor een beamer: één vraag per scherm, te bedienen met het toetsenbord of een presenter."],
    PRESENT_EXIT = "present.exit" => ["Leave (Esc)", "Beenden (Esc)", "Verlaten (Esc)"],
    PRESENT_PROGRESS = "present.progress" => ["Slide {n} of {total}", "Folie {n} von {total}", "Dia {n} van {total}"],
    PRESENT_KEYS = "present.keys" => [
        "→, Page Down or Space: next · ← or Page Up: back · 1–9: answer · W: weight · Esc: leave",
        "→, Bild ab oder Leertaste: weiter · ← oder Bild auf: zurück · 1–9: Antwort · W: Gewichtung · Esc: beenden",
        "→, Page Down of spatie: verder · ← of Page Up: terug · 1–9: antwoord · W: weging · Esc: verlaten"
    ],
    PRESENT_NOTES = "present.notes" => ["Facilitator notes", "Notizen für die Moderation", "Notities voor de begeleider"],
    PRESENT_WEIGHT = "present.weight" => ["Weight of “{criterion}” (W): {weight}", "Gewichtung von „{criterion}“ (W): {weight}", "Gewicht van ‘{criterion}’ (W): {weight}"],
    PRESENT_NOT_ANSWERED = "present.not_answered" => ["Not answered yet", "Noch nicht beantwortet", "Nog niet beantwoord"],
    PRESENT_COST_TITLE = "present.cost_title" => ["Costs: {product}", "Kosten: {product}", "Kosten: {product}"],
    PRESENT_APPLY_TITLE = "present.apply_title" => ["Apply the decision", "Die Entscheidung umsetzen", "De beslissing toepassen"],
    PRESENT_CHOSEN = "present.chosen" => ["Chosen: {policy}", "Gewählt: {policy}", "Gekozen: {policy}"],
    PRESENT_SCRIPT_SIZE = "present.script_size" => [
        { "The MSCommerce PowerShell script that applies the chosen policies has {n} line ({size} KB). It is in part 4 (Script) and in the report's appendix.",
          "The MSCommerce PowerShell script that applies the chosen policies has {n} lines ({size} KB). It is in part 4 (Script) and in the report's appendix." },
        { "Das MSCommerce-PowerShell-Skript, das die gewählten Richtlinien setzt, hat {n} Zeile ({size} KB). Es steht in Teil 4 (Skript) und im Anhang des Berichts.",
          "Das MSCommerce-PowerShell-Skript, das die gewählten Richtlinien setzt, hat {n} Zeilen ({size} KB). Es steht in Teil 4 (Skript) und im Anhang des Berichts." },
        { "Het MSCommerce-PowerShell-script dat het gekozen beleid instelt, heeft {n} regel ({size} kB). Het staat in onderdeel 4 (Script) en in de bijlage van het rapport.",
          "Het MSCommerce-PowerShell-script dat het gekozen beleid instelt, heeft {n} regels ({size} kB). Het staat in onderdeel 4 (Script) en in de bijlage van het rapport." }
    ],
    PRESENT_DIFFERING = "present.differing" => [
        { "{n} product is set differently from the recommendation.", "{n} products are set differently from the recommendation." },
        { "{n} Produkt ist anders eingestellt als empfohlen.", "{n} Produkte sind anders eingestellt als empfohlen." },
        { "{n} product staat anders ingesteld dan geadviseerd.", "{n} producten staan anders ingesteld dan geadviseerd." }
    ],
    PRESENT_NO_COSTS = "present.no_costs" => ["No plan has a figure for this product yet: enter its price in part 3 (Costs).", "Für dieses Produkt hat noch kein Tarif einen Betrag: Tragen Sie den Preis in Teil 3 (Kosten) ein.", "Voor dit product heeft nog geen abonnement een bedrag: vul de prijs in bij onderdeel 3 (Kosten)."],
    REPORT_OPEN = "report.open" => ["Report", "Bericht", "Rapport"],
    REPORT_OPEN_HELP = "report.open_help" => ["A print-ready decision report (A4 or US Letter) to save as PDF.", "Ein druckfertiger Entscheidungsbericht (A4 oder US Letter) zum Speichern als PDF.", "Een afdrukklaar beslisrapport (A4 of US Letter) om als pdf op te slaan."],
    REPORT_PRINT = "report.print" => ["Print or save as PDF", "Drucken oder als PDF speichern", "Afdrukken of opslaan als pdf"],
    REPORT_BACK = "report.back" => ["Back to the tool", "Zurück zum Werkzeug", "Terug naar de tool"],
    REPORT_PRINT_HINT = "report.print_hint" => [
        "Choose A4 or Letter and “Save as PDF” in the print dialog; the report fits both paper sizes. Buttons are not printed.",
        "Wählen Sie im Druckdialog A4 oder Letter und „Als PDF speichern“; der Bericht passt auf beide Papierformate. Schaltflächen werden nicht gedruckt.",
        "Kies in het afdrukvenster A4 of Letter en ‘Opslaan als pdf’; het rapport past op beide papierformaten. Knoppen worden niet afgedrukt."
    ],
    REPORT_CHEAPEST_IS = "report.cheapest_is" => ["Cheapest: {plan}, {total} in total.", "Am günstigsten: {plan}, insgesamt {total}.", "Voordeligst: {plan}, in totaal {total}."],
    REPORT_APPENDIX = "report.appendix" => ["Appendix: applying the decision", "Anhang: die Entscheidung umsetzen", "Bijlage: de beslissing toepassen"],
    REPORT_NAV = "report.nav" => ["Report actions", "Aktionen zum Bericht", "Acties voor het rapport"],
}
