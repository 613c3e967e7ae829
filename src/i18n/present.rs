//! Strings of the workshop (presenter) mode and the printable decision report.
crate::translation_table! {
    PRESENT_OPEN = "present.open" => ["Present", "Präsentieren", "Presenteren"],
    PRESENT_OPEN_HELP = "present.open_help" => ["Workshop mode for a projector: one question per screen, driven by the keyboard or a clicker.", "Workshop-Modus für den Beamer: eine Frage pro Bildschirm, gesteuert mit Tastatur oder Presenter.", "Workshopmodus voor een beamer: één vraag per scherm, te bedienen met het toetsenbord of een presenter."],
    PRESENT_CUSTOMER = "present.customer" => ["Customer", "Kunde", "Klant"],
    PRESENT_EXIT = "present.exit" => ["Leave (Esc)", "Beenden (Esc)", "Verlaten (Esc)"],
    PRESENT_PROGRESS = "present.progress" => ["Slide {n} of {total}", "Folie {n} von {total}", "Dia {n} van {total}"],
    PRESENT_KEYS = "present.keys" => [
        "→, Page Down or Space: next · ← or Page Up: back · 1–9: answer (same key, 0 or Backspace: clear) · W: weight · N: notes · A: apply the recommendation · Esc: leave",
        "→, Bild ab oder Leertaste: weiter · ← oder Bild auf: zurück · 1–9: Antwort (gleiche Taste, 0 oder Rücktaste: löschen) · W: Gewichtung · N: Notizen · A: Empfehlung übernehmen · Esc: beenden",
        "→, Page Down of spatie: verder · ← of Page Up: terug · 1–9: antwoord (dezelfde toets, 0 of Backspace: wissen) · W: weging · N: notities · A: advies overnemen · Esc: verlaten"
    ],
    PRESENT_NOTES = "present.notes" => ["Facilitator notes", "Notizen für die Moderation", "Notities voor de begeleider"],
    PRESENT_WEIGHT = "present.weight" => ["Weight of “{criterion}” (W): {weight}", "Gewichtung von „{criterion}“ (W): {weight}", "Gewicht van ‘{criterion}’ (W): {weight}"],
    PRESENT_NOTES_SHOW = "present.notes_show" => ["Show facilitator notes (N)", "Notizen für die Moderation zeigen (N)", "Notities voor de begeleider tonen (N)"],
    PRESENT_NOTES_HIDE = "present.notes_hide" => ["Hide facilitator notes (N)", "Notizen für die Moderation ausblenden (N)", "Notities voor de begeleider verbergen (N)"],
    PRESENT_NO_PRODUCTS = "present.no_products" => [
        "No products chosen yet: leave the workshop (Esc) and choose them under Products.",
        "Noch keine Produkte gewählt: Beenden Sie den Workshop (Esc) und wählen Sie sie unter „Produkte“.",
        "Nog geen producten gekozen: verlaat de workshop (Esc) en kies ze onder ‘Producten’."
    ],
    PRESENT_QUESTIONS_ADDED = "present.questions_added" => [
        { "A follow-up question was added after this one.", "{n} follow-up questions were added after this one." },
        { "Eine Folgefrage wurde nach dieser eingefügt.", "{n} Folgefragen wurden nach dieser eingefügt." },
        { "Er is na deze vraag een vervolgvraag toegevoegd.", "Er zijn na deze vraag {n} vervolgvragen toegevoegd." }
    ],
    PRESENT_QUESTIONS_REMOVED = "present.questions_removed" => [
        { "A question after this one was removed.", "{n} questions after this one were removed." },
        { "Eine der folgenden Fragen entfällt.", "{n} der folgenden Fragen entfallen." },
        { "Een van de volgende vragen vervalt.", "{n} van de volgende vragen vervallen." }
    ],
    PRESENT_SLIDES_NOW = "present.slides_now" => [
        { "The deck now has {n} slide.", "The deck now has {n} slides." },
        { "Die Präsentation hat jetzt {n} Folie.", "Die Präsentation hat jetzt {n} Folien." },
        { "De presentatie telt nu {n} dia.", "De presentatie telt nu {n} dia’s." }
    ],
    PRESENT_PART = "present.part" => ["{title} ({n}/{total})", "{title} ({n}/{total})", "{title} ({n}/{total})"],
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
    PRESENT_APPLY_REC = "present.apply_rec" => ["Apply the recommendation (A)", "Empfehlung übernehmen (A)", "Advies overnemen (A)"],
    PRESENT_CONFIRM_TITLE = "present.confirm_title" => ["Apply the recommendation?", "Die Empfehlung übernehmen?", "Het advies overnemen?"],
    PRESENT_CONFIRM_LINE = "present.confirm_line" => [
        "chosen {chosen}, recommended {recommended}",
        "gewählt {chosen}, empfohlen {recommended}",
        "gekozen {chosen}, geadviseerd {recommended}"
    ],
    PRESENT_CONFIRM_HOW = "present.confirm_how" => [
        { "Going on (Page Down, → or Enter) sets this product as recommended. To keep the chosen setting, go back (Page Up or ←) or choose “Go on without applying”.",
          "Going on (Page Down, → or Enter) sets these {n} products as recommended. To keep the chosen settings, go back (Page Up or ←) or choose “Go on without applying”." },
        { "Weiter (Bild ab, → oder Eingabetaste) stellt dieses Produkt wie empfohlen ein. Um die gewählte Einstellung zu behalten, gehen Sie zurück (Bild auf oder ←) oder wählen Sie „Weiter ohne Übernehmen“.",
          "Weiter (Bild ab, → oder Eingabetaste) stellt diese {n} Produkte wie empfohlen ein. Um die gewählten Einstellungen zu behalten, gehen Sie zurück (Bild auf oder ←) oder wählen Sie „Weiter ohne Übernehmen“." },
        { "Verder (Page Down, → of Enter) stelt dit product in zoals geadviseerd. Wilt u de gekozen instelling houden, ga dan terug (Page Up of ←) of kies ‘Verder zonder overnemen’.",
          "Verder (Page Down, → of Enter) stelt deze {n} producten in zoals geadviseerd. Wilt u de gekozen instellingen houden, ga dan terug (Page Up of ←) of kies ‘Verder zonder overnemen’." }
    ],
    PRESENT_CONFIRM_GO = "present.confirm_go" => ["Apply the recommendation and go on (A)", "Empfehlung übernehmen und weiter (A)", "Advies overnemen en verder (A)"],
    PRESENT_CONFIRM_SKIP = "present.confirm_skip" => ["Go on without applying", "Weiter ohne Übernehmen", "Verder zonder overnemen"],
    PRESENT_CONFIRM_NEXT = "present.confirm_next" => ["Apply and go on", "Übernehmen und weiter", "Overnemen en verder"],
    PRESENT_CONFIRM_DONE = "present.confirm_done" => [
        "Every product is set as recommended: nothing to apply.",
        "Alle Produkte sind wie empfohlen eingestellt: Es gibt nichts zu übernehmen.",
        "Alle producten staan ingesteld zoals geadviseerd: er is niets over te nemen."
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
