//! Strings of several scenarios and their comparison (issue 24): the switcher, the compare
//! view, what a policy change means for users, and the comparison's section in the report.
crate::translation_table! {
    SHELF_LABEL = "shelf.label" => ["Scenarios", "Szenarien", "Scenario's"],
    SHELF_DEFAULT_TODAY = "shelf.default.today" => ["Today", "Heute", "Vandaag"],
    SHELF_DEFAULT_PROPOSED = "shelf.default.proposed" => ["Proposed", "Vorschlag", "Voorstel"],
    SHELF_DEFAULT_OTHER = "shelf.default.other" => ["Scenario {n}", "Szenario {n}", "Scenario {n}"],
    SHELF_DUPLICATE = "shelf.duplicate" => ["Duplicate as a new scenario", "Als neues Szenario duplizieren", "Dupliceren als nieuw scenario"],
    SHELF_FULL = "shelf.full" => [
        "At most {max} scenarios: remove one to add another.",
        "Höchstens {max} Szenarien: Entfernen Sie eines, um ein weiteres anzulegen.",
        "Hoogstens {max} scenario's: verwijder er een om een ander toe te voegen."
    ],
    SHELF_NAME = "shelf.name" => ["Name of this scenario", "Name dieses Szenarios", "Naam van dit scenario"],
    SHELF_REMOVE = "shelf.remove" => ["Remove “{name}”", "„{name}“ entfernen", "‘{name}’ verwijderen"],
    SHELF_ACTIVE = "shelf.active" => [
        "The four parts show and change “{name}”. Currency and VAT basis apply to every scenario.",
        "Die vier Teile zeigen und ändern „{name}“. Währung und MwSt.-Basis gelten für alle Szenarien.",
        "De vier onderdelen tonen en wijzigen ‘{name}’. Valuta en btw-basis gelden voor alle scenario's."
    ],
    SHELF_SWITCHED = "shelf.switched" => ["Now showing “{name}”.", "Jetzt wird „{name}“ gezeigt.", "Nu wordt ‘{name}’ getoond."],

    SHARE_ERR_TOO_MANY_SCENARIOS = "share.err.too_many_scenarios" => [
        "This carries {count} scenarios; at most {max} can be open at once.",
        "Dies enthält {count} Szenarien; höchstens {max} können gleichzeitig geöffnet sein.",
        "Dit bevat {count} scenario's; er kunnen er hoogstens {max} tegelijk open zijn."
    ],

    VS_HEADING = "vs.heading" => ["Compare scenarios", "Szenarien vergleichen", "Scenario's vergelijken"],
    VS_TITLE = "vs.title" => ["{a} against {b}", "{a} im Vergleich mit {b}", "{a} vergeleken met {b}"],
    VS_PICK_A = "vs.pick_a" => ["Compare", "Vergleichen", "Vergelijk"],
    VS_PICK_B = "vs.pick_b" => ["with", "mit", "met"],
    VS_NEED_TWO = "vs.need_two" => [
        "To compare what you have today with a proposal, duplicate this scenario and change the copy.",
        "Um den heutigen Stand mit einem Vorschlag zu vergleichen, duplizieren Sie dieses Szenario und ändern Sie die Kopie.",
        "Om de huidige situatie met een voorstel te vergelijken, dupliceert u dit scenario en wijzigt u de kopie."
    ],
    VS_HOW = "vs.how" => [
        "Where people may buy by card, the licences are figured on the self-service plan; where they may not, on the cheapest central plan each scenario compares. Per year is each scenario's horizon as an average.",
        "Wo Mitarbeitende per Karte kaufen dürfen, werden die Lizenzen mit dem Self-Service-Tarif gerechnet; wo nicht, mit dem günstigsten zentralen Kaufweg, den das Szenario vergleicht. „Pro Jahr“ ist der Zeitraum des Szenarios als Jahresdurchschnitt.",
        "Waar medewerkers met een betaalkaart mogen kopen, worden de licenties met het selfservice-abonnement berekend; waar dat niet mag, met het goedkoopste centrale aankoopkanaal dat het scenario vergelijkt. ‘Per jaar’ is de periode van het scenario als jaargemiddelde."
    ],
    VS_COL_PRODUCT = "vs.col.product" => ["Product", "Produkt", "Product"],
    VS_COL_CHANGES = "vs.col.changes" => ["What changes for users", "Was sich für die Benutzer ändert", "Wat er voor gebruikers verandert"],
    VS_COL_DIFF = "vs.col.diff" => ["Difference per year", "Differenz pro Jahr", "Verschil per jaar"],
    VS_POLICY = "vs.policy" => ["Policy", "Richtlinie", "Beleid"],
    VS_SEATS = "vs.seats" => ["Seats", "Lizenzen", "Licenties"],
    VS_BOUGHT = "vs.bought" => ["Bought as", "Gekauft als", "Gekocht als"],
    VS_PER_YEAR = "vs.per_year" => ["Per year", "Pro Jahr", "Per jaar"],
    VS_OVER = "vs.over" => ["Over {months}", "Über {months}", "Over {months}"],
    VS_ONLY_IN = "vs.only_in" => ["only in {name}", "nur in {name}", "alleen in {name}"],
    VS_NOT_IN = "vs.not_in" => ["not in this scenario", "nicht in diesem Szenario", "niet in dit scenario"],
    VS_UNCHANGED = "vs.unchanged" => ["unchanged", "unverändert", "ongewijzigd"],
    VS_FOLDED = "vs.folded" => [
        { "{n} product is the same in both", "{n} products are the same in both" },
        { "{n} Produkt ist in beiden gleich", "{n} Produkte sind in beiden gleich" },
        { "{n} product is in beide gelijk", "{n} producten zijn in beide gelijk" }
    ],
    VS_TOTAL = "vs.total" => ["Total", "Summe", "Totaal"],
    VS_TOTAL_PER_YEAR = "vs.total_per_year" => ["Total per year", "Summe pro Jahr", "Totaal per jaar"],
    VS_MORE = "vs.more" => [
        "{b} costs {amount} a year more than {a}.",
        "{b} kostet {amount} pro Jahr mehr als {a}.",
        "{b} kost {amount} per jaar meer dan {a}."
    ],
    VS_LESS = "vs.less" => [
        "{b} costs {amount} a year less than {a}.",
        "{b} kostet {amount} pro Jahr weniger als {a}.",
        "{b} kost {amount} per jaar minder dan {a}."
    ],
    VS_EQUAL = "vs.equal" => [
        "{b} costs the same per year as {a}.",
        "{b} kostet pro Jahr so viel wie {a}.",
        "{b} kost per jaar evenveel als {a}."
    ],
    VS_NO_FIGURE = "vs.no_figure" => [
        "No product has a figure in both, so there is no difference to state.",
        "Kein Produkt hat in beiden einen Betrag, daher gibt es keine Differenz.",
        "Geen product heeft in beide een bedrag, dus er is geen verschil te noemen."
    ],
    VS_SAME_DECISION = "vs.same_decision" => [
        "Both scenarios make the same decision for every product.",
        "Beide Szenarien treffen für jedes Produkt dieselbe Entscheidung.",
        "Beide scenario's nemen voor elk product hetzelfde besluit."
    ],
    VS_CHANGED_COUNT = "vs.changed_count" => [
        { "{n} product changes.", "{n} products change." },
        { "{n} Produkt ändert sich.", "{n} Produkte ändern sich." },
        { "{n} product verandert.", "{n} producten veranderen." }
    ],
    VS_EFFECT_CARD_ENDS = "vs.effect.card_ends" => ["can no longer buy it by card", "können es nicht mehr selbst per Karte kaufen", "kunnen het niet meer zelf met een betaalkaart kopen"],
    VS_EFFECT_CARD_STARTS = "vs.effect.card_starts" => ["can buy it by card", "können es selbst per Karte kaufen", "kunnen het zelf met een betaalkaart kopen"],
    VS_EFFECT_TRIALS_STAY = "vs.effect.trials_stay" => ["can still start trials that need no card", "können weiterhin Testversionen ohne Karte starten", "kunnen nog steeds proefversies zonder betaalkaart starten"],
    VS_EFFECT_TRIALS_END = "vs.effect.trials_end" => ["can no longer start trials without a card either", "können auch keine Testversionen ohne Karte mehr starten", "kunnen ook geen proefversies zonder betaalkaart meer starten"],
    VS_EFFECT_REQUEST = "vs.effect.request" => ["can request it through your request page", "können es über Ihre Anforderungsseite anfordern", "kunnen het aanvragen via uw aanvraagpagina"],
    VS_EFFECT_MADE_STAY = "vs.effect.made_stay" => ["keep what they already bought until it ends", "behalten bereits Gekauftes bis zum Laufzeitende", "houden wat ze al kochten tot het afloopt"],
    VS_EFFECT_CENTRAL = "vs.effect.central" => ["IT buys the licences centrally", "die IT kauft die Lizenzen zentral", "IT koopt de licenties centraal in"],
    VS_SCRIPT_OF = "vs.script_of" => [
        "This script applies “{name}”, one of {n} scenarios.",
        "Dieses Skript setzt „{name}“ um, eines von {n} Szenarien.",
        "Dit script past ‘{name}’ toe, een van {n} scenario's."
    ],
    VS_DOWNLOAD_CSV = "vs.download_csv" => ["Download the comparison (CSV)", "Vergleich herunterladen (CSV)", "Vergelijking downloaden (CSV)"],
    VS_DOWNLOAD_MD = "vs.download_md" => ["Download the comparison (Markdown)", "Vergleich herunterladen (Markdown)", "Vergelijking downloaden (Markdown)"],
}
