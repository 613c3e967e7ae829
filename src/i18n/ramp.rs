//! Strings of seats that change over time (issue 24, item 3): the editor, the user's stated
//! assumption, why a ramp is refused, the break-even month and the cumulative chart.
crate::translation_table! {
    RAMP_HEADING = "ramp.heading" => ["Seats that change over time (your assumption)", "Lizenzen im Zeitverlauf (Ihre Annahme)", "Licenties in de loop van de tijd (uw aanname)"],
    RAMP_HELP = "ramp.help" => [
        "Optional. Say how you expect the seats to change; the costs of every plan then follow it month by month with each channel's own rules (annual terms bought in whole years, monthly terms following the seats). It is your assumption, not a forecast of this tool.",
        "Optional. Geben Sie an, wie sich die Lizenzen Ihrer Erwartung nach ändern; die Kosten jedes Plans folgen dann Monat für Monat mit den Regeln des jeweiligen Kanals (Jahresverträge in ganzen Jahren, monatliche Laufzeiten folgen den Lizenzen). Es ist Ihre Annahme, keine Prognose dieses Werkzeugs.",
        "Optioneel. Geef aan hoe u verwacht dat de licenties veranderen; de kosten van elk plan volgen dat dan maand voor maand met de regels van elk kanaal (jaarcontracten in hele jaren, maandelijkse looptijden volgen de licenties). Het is uw aanname, geen voorspelling van dit hulpmiddel."
    ],
    RAMP_KIND = "ramp.kind" => ["How the seats change", "Wie sich die Lizenzen ändern", "Hoe de licenties veranderen"],
    RAMP_KIND_NONE = "ramp.kind.none" => ["They stay the same every month", "Sie bleiben jeden Monat gleich", "Ze blijven elke maand gelijk"],
    RAMP_KIND_LINEAR = "ramp.kind.linear" => ["In a straight line to a month", "Geradlinig bis zu einem Monat", "In een rechte lijn tot een maand"],
    RAMP_KIND_GROWTH = "ramp.kind.growth" => ["By a rate every month", "Um einen Satz je Monat", "Met een percentage per maand"],
    RAMP_KIND_STEPS = "ramp.kind.steps" => ["As a list of months and seats", "Als Liste von Monaten und Lizenzen", "Als lijst van maanden en licenties"],
    RAMP_START = "ramp.start" => ["Seats at month 0", "Lizenzen in Monat 0", "Licenties in maand 0"],
    RAMP_END = "ramp.end" => ["Seats at the end month", "Lizenzen im Endmonat", "Licenties in de eindmaand"],
    RAMP_END_MONTH = "ramp.end_month" => ["End month (then flat)", "Endmonat (danach gleich)", "Eindmaand (daarna gelijk)"],
    RAMP_RATE = "ramp.rate" => ["Change per month", "Änderung je Monat", "Verandering per maand"],
    RAMP_RATE_HELP = "ramp.rate.help" => [
        "Percent, compounded; negative for a decline, e.g. 3 or −2.",
        "Prozent, mit Zinseszins; negativ für einen Rückgang, z. B. 3 oder −2.",
        "Procent, samengesteld; negatief voor een daling, bv. 3 of −2."
    ],
    RAMP_STEPS = "ramp.steps" => ["Months and seats", "Monate und Lizenzen", "Maanden en licenties"],
    RAMP_STEPS_HELP = "ramp.steps.help" => [
        "month: seats, separated by commas, starting with month 0, e.g. 0: 10, 6: 25, 12: 40 (at most {max}).",
        "Monat: Lizenzen, durch Kommas getrennt, beginnend mit Monat 0, z. B. 0: 10, 6: 25, 12: 40 (höchstens {max}).",
        "maand: licenties, gescheiden door komma's, beginnend bij maand 0, bv. 0: 10, 6: 25, 12: 40 (hoogstens {max})."
    ],
    RAMP_SAYS_LINEAR = "ramp.says.linear" => [
        "Your assumption: {start} at month 0, in a straight line to {end} by month {month}, then the same.",
        "Ihre Annahme: {start} in Monat 0, geradlinig bis {end} in Monat {month}, danach gleich.",
        "Uw aanname: {start} in maand 0, in een rechte lijn naar {end} in maand {month}, daarna gelijk."
    ],
    RAMP_SAYS_GROWTH = "ramp.says.growth" => [
        "Your assumption: {start} at month 0, changing by {rate} % a month.",
        "Ihre Annahme: {start} in Monat 0, mit einer Änderung von {rate} % je Monat.",
        "Uw aanname: {start} in maand 0, met een verandering van {rate}% per maand."
    ],
    RAMP_SAYS_STEPS = "ramp.says.steps" => ["Your assumption: {list}.", "Ihre Annahme: {list}.", "Uw aanname: {list}."],
    RAMP_STEP_ITEM = "ramp.step_item" => [
        { "{n} seat from month {month}", "{n} seats from month {month}" },
        { "{n} Lizenz ab Monat {month}", "{n} Lizenzen ab Monat {month}" },
        { "{n} licentie vanaf maand {month}", "{n} licenties vanaf maand {month}" }
    ],
    RAMP_SEATS_SPAN = "ramp.seats_span" => [
        "Over the horizon: {low} to {high} seats (month 0: {first}; last month: {last}).",
        "Im Zeitraum: {low} bis {high} Lizenzen (Monat 0: {first}; letzter Monat: {last}).",
        "In de periode: {low} tot {high} licenties (maand 0: {first}; laatste maand: {last})."
    ],
    RAMP_BREAK_EVEN = "ramp.break_even" => [
        "From month {month} on, {central} costs less in total than {ssp}, for good.",
        "Ab Monat {month} kostet {central} insgesamt weniger als {ssp}, und zwar dauerhaft.",
        "Vanaf maand {month} kost {central} in totaal minder dan {ssp}, en dat blijft zo."
    ],
    RAMP_NO_BREAK_EVEN = "ramp.no_break_even" => [
        { "Within the horizon of {n} month, {central} does not stay cheaper in total than {ssp}.", "Within the horizon of {n} months, {central} does not stay cheaper in total than {ssp}." },
        { "Innerhalb des Zeitraums von {n} Monat wird {central} insgesamt nicht dauerhaft günstiger als {ssp}.", "Innerhalb des Zeitraums von {n} Monaten wird {central} insgesamt nicht dauerhaft günstiger als {ssp}." },
        { "Binnen de periode van {n} maand wordt {central} in totaal niet blijvend goedkoper dan {ssp}.", "Binnen de periode van {n} maanden wordt {central} in totaal niet blijvend goedkoper dan {ssp}." }
    ],
    RAMP_ERR_HORIZON = "ramp.err.horizon" => [
        "The horizon must be from 1 to {max} months (found {months}).",
        "Der Zeitraum muss 1 bis {max} Monate betragen (gefunden: {months}).",
        "De periode moet 1 tot {max} maanden zijn (gevonden: {months})."
    ],
    RAMP_ERR_END_MONTH = "ramp.err.end_month" => [
        "The end month must be from 1 to {max} (found {month}).",
        "Der Endmonat muss zwischen 1 und {max} liegen (gefunden: {month}).",
        "De eindmaand moet tussen 1 en {max} liggen (gevonden: {month})."
    ],
    RAMP_ERR_NO_STEPS = "ramp.err.no_steps" => [
        "List at least month 0 and its seats, e.g. 0: 10.",
        "Geben Sie mindestens Monat 0 und seine Lizenzen an, z. B. 0: 10.",
        "Geef minstens maand 0 en de licenties ervan, bv. 0: 10."
    ],
    RAMP_ERR_TOO_MANY_STEPS = "ramp.err.too_many_steps" => [
        "At most {max} entries (found {count}).",
        "Höchstens {max} Einträge (gefunden: {count}).",
        "Hoogstens {max} items (gevonden: {count})."
    ],
    RAMP_ERR_FIRST_STEP = "ramp.err.first_step" => [
        "The list must start at month 0 (it starts at month {month}).",
        "Die Liste muss mit Monat 0 beginnen (sie beginnt mit Monat {month}).",
        "De lijst moet bij maand 0 beginnen (ze begint bij maand {month})."
    ],
    RAMP_ERR_STEPS_ORDER = "ramp.err.steps_order" => [
        "Each month must come after the one before it (month {month} does not).",
        "Jeder Monat muss nach dem vorigen kommen (Monat {month} tut das nicht).",
        "Elke maand moet na de vorige komen (maand {month} doet dat niet)."
    ],
    RAMP_ERR_STEP_MONTH = "ramp.err.step_month" => [
        "Month {month} is past the longest horizon (months 0 to {last}).",
        "Monat {month} liegt nach dem längsten Zeitraum (Monate 0 bis {last}).",
        "Maand {month} valt na de langste periode (maanden 0 tot {last})."
    ],
    RAMP_ERR_GROWTH = "ramp.err.growth" => [
        "The change per month must be from {min} to {max} % with at most {dp} decimals (found {value}).",
        "Die Änderung je Monat muss zwischen {min} und {max} % liegen, mit höchstens {dp} Nachkommastellen (gefunden: {value}).",
        "De verandering per maand moet tussen {min} en {max}% liggen, met hoogstens {dp} decimalen (gevonden: {value})."
    ],
    RAMP_ERR_SEATS = "ramp.err.seats" => [
        "The seats at month {month} would be outside {min} to {max}; over the longest horizon (36 months) every month must be.",
        "Die Lizenzen in Monat {month} lägen außerhalb von {min} bis {max}; über den längsten Zeitraum (36 Monate) muss jeder Monat darin liegen.",
        "De licenties in maand {month} zouden buiten {min} tot {max} vallen; over de langste periode (36 maanden) moet elke maand daarbinnen liggen."
    ],
    RAMP_ERR_STEP_SYNTAX = "ramp.err.step_syntax" => [
        "Could not read “{entry}”: write month: seats, e.g. 6: 25.",
        "„{entry}“ ist nicht lesbar: schreiben Sie Monat: Lizenzen, z. B. 6: 25.",
        "“{entry}” is niet leesbaar: schrijf maand: licenties, bv. 6: 25."
    ],
    RAMP_ERR_PRODUCT = "ramp.err.product" => [
        "A change of seats over time for {id}, which is not selected.",
        "Eine Lizenzänderung im Zeitverlauf für {id}, das nicht ausgewählt ist.",
        "Een verandering van licenties in de tijd voor {id}, dat niet geselecteerd is."
    ],
    RAMP_CHART_TITLE = "ramp.chart.title" => [
        "{product}: cost so far, month by month",
        "{product}: bisherige Kosten, Monat für Monat",
        "{product}: kosten tot dan toe, maand voor maand"
    ],
    RAMP_CHART_DESC = "ramp.chart.desc" => [
        { "The running total of each plan over {n} month, the seats following your assumption.", "The running total of each plan over {n} months, the seats following your assumption." },
        { "Die laufende Summe jedes Plans über {n} Monat, die Lizenzen gemäß Ihrer Annahme.", "Die laufende Summe jedes Plans über {n} Monate, die Lizenzen gemäß Ihrer Annahme." },
        { "Het lopende totaal van elk plan over {n} maand, de licenties volgens uw aanname.", "Het lopende totaal van elk plan over {n} maanden, de licenties volgens uw aanname." }
    ],
    RAMP_CHART_X = "ramp.chart.x" => ["Month", "Monat", "Maand"],
    RAMP_CHART_SEATS = "ramp.chart.seats" => ["Seats (your assumption)", "Lizenzen (Ihre Annahme)", "Licenties (uw aanname)"],
    RAMP_CHART_LEGEND = "ramp.chart.legend" => ["Break-even month", "Monat des Gleichstands", "Maand van omslag"],
    RAMP_CHART_VIEW = "ramp.chart.view" => ["Chart", "Diagramm", "Grafiek"],
    RAMP_CHART_BY_SEATS = "ramp.chart.by_seats" => ["Cost by seat count", "Kosten nach Lizenzzahl", "Kosten per aantal licenties"],
    RAMP_CHART_BY_MONTH = "ramp.chart.by_month" => ["Cost so far, month by month", "Bisherige Kosten je Monat", "Kosten tot dan toe per maand"],
    REPORT_RAMP_HEADING = "report.ramp.heading" => ["Seats that change over time (your assumptions)", "Lizenzen im Zeitverlauf (Ihre Annahmen)", "Licenties in de loop van de tijd (uw aannames)"],
    REPORT_RAMP_CSV_SEATS = "report.ramp.csv_seats" => ["Seats by month (your assumption)", "Lizenzen je Monat (Ihre Annahme)", "Licenties per maand (uw aanname)"],
    REPORT_RAMP_CSV_BREAK_EVEN = "report.ramp.csv_break_even" => ["Break-even month", "Monat des Gleichstands", "Maand van omslag"],
}
