//! Strings of the cost engine's interface: assumptions, price rules, comparison, chart, plans.
crate::translation_table! {
    PLAN_SSP_ANNUAL = "plan.ssp_annual" => ["Self-service, annual", "Self-Service, jährlich", "Selfservice, jaarlijks"],
    PLAN_SSP_ABM = "plan.ssp_abm" => ["Self-service, annual billed monthly", "Self-Service, jährlich mtl. abgerechnet", "Selfservice, jaarlijks maandelijks gefactureerd"],
    PLAN_SSP_MONTHLY = "plan.ssp_monthly" => ["Self-service, monthly term", "Self-Service, monatliche Laufzeit", "Selfservice, maandelijkse looptijd"],
    PLAN_CSP_ANNUAL = "plan.csp_annual" => ["CSP, annual", "CSP, jährlich", "CSP, jaarlijks"],
    PLAN_CSP_ABM = "plan.csp_abm" => ["CSP, annual billed monthly", "CSP, jährlich mtl. abgerechnet", "CSP, jaarlijks maandelijks gefactureerd"],
    PLAN_CSP_MONTHLY = "plan.csp_monthly" => ["CSP, monthly term", "CSP, monatliche Laufzeit", "CSP, maandelijkse looptijd"],
    PLAN_EA = "plan.ea" => ["Enterprise Agreement", "Enterprise Agreement", "Enterprise Agreement"],

    ASSUME_HEADING = "assume.heading" => ["Assumptions", "Annahmen", "Aannames"],
    ASSUME_FOLD_SUMMARY = "assume.fold_summary" => [
        "Over {months}, an organisation of {seats}, prices in {currency}. Open to change the assumptions.",
        "Über {months}, eine Organisation mit {seats}, Preise in {currency}. Öffnen, um die Annahmen zu ändern.",
        "Over {months}, een organisatie van {seats}, prijzen in {currency}. Openen om de aannames te wijzigen."
    ],
    ASSUME_HELP = "assume.help" => [
        "Every figure below follows from these. Defaults come from the cited rules; change any of them.",
        "Alle Zahlen unten folgen aus diesen Werten. Die Vorgaben stammen aus den zitierten Regeln; jede ist änderbar.",
        "Alle bedragen hieronder volgen hieruit. De standaardwaarden komen uit de genoemde regels; u kunt ze allemaal wijzigen."
    ],
    ASSUME_GENERAL = "assume.general" => ["General", "Allgemein", "Algemeen"],
    ASSUME_CURRENCY = "assume.currency" => ["Currency", "Währung", "Valuta"],
    ASSUME_CURRENCY_HELP = "assume.currency.help" => [
        "Each currency has its own list prices, only where a source gives one; nothing is converted, because the ratio differs by product. Enter missing prices yourself.",
        "Jede Währung hat ihre eigenen Listenpreise, nur wo eine Quelle einen nennt; nichts wird umgerechnet, weil das Verhältnis je Produkt verschieden ist. Tragen Sie fehlende Preise selbst ein.",
        "Elke valuta heeft eigen lijstprijzen, alleen waar een bron er een geeft; er wordt niets omgerekend, omdat de verhouding per product verschilt. Vul ontbrekende prijzen zelf in."
    ],
    ASSUME_HORIZON = "assume.horizon" => ["Horizon", "Zeitraum", "Periode"],
    ASSUME_HORIZON_HELP = "assume.horizon.help" => [
        "1 to 36 months. A commitment started inside it is paid to its end (an annual term counts in full).",
        "1 bis 36 Monate. Eine darin begonnene Laufzeit wird bis zum Ende bezahlt (ein Jahresvertrag ganz).",
        "1 tot 36 maanden. Een looptijd die erin begint, wordt tot het einde betaald (een jaarcontract volledig)."
    ],
    ASSUME_ORG_SEATS = "assume.org_seats" => ["Organisation size (seats)", "Organisationsgröße (Lizenzen)", "Omvang van de organisatie (licenties)"],
    ASSUME_ORG_SEATS_HELP = "assume.org_seats.help" => [
        "All users or devices of the organisation. It sets the EA price level; an EA needs at least 500.",
        "Alle Benutzer oder Geräte der Organisation. Bestimmt die EA-Preisstufe; ein EA braucht mindestens 500.",
        "Alle gebruikers of apparaten van de organisatie. Bepaalt het EA-prijsniveau; een EA vereist minstens 500."
    ],
    ASSUME_PRICE_DATE = "assume.price_date" => ["Prices as of (YYYY-MM-DD)", "Preisstand (JJJJ-MM-TT)", "Prijzen per (JJJJ-MM-DD)"],
    ASSUME_PRICE_DATE_HELP = "assume.price_date.help" => [
        "Which list price applies, e.g. Microsoft 365 F3 rose from $8 to $10 on 2026-07-01.",
        "Welcher Listenpreis gilt, z. B. stieg Microsoft 365 F3 am 1. Juli 2026 von 8 $ auf 10 $.",
        "Welke lijstprijs geldt, bv. Microsoft 365 F3 steeg op 1 juli 2026 van $ 8 naar $ 10."
    ],
    ASSUME_UNIT_MONTHS = "assume.unit.months" => ["months", "Monate", "maanden"],
    ASSUME_UNIT_PCT = "assume.unit.pct" => ["%", "%", "%"],
    ASSUME_CSP = "assume.csp" => ["CSP (New Commerce)", "CSP (New Commerce)", "CSP (New Commerce)"],
    ASSUME_CSP_RULES = "assume.csp.rules" => [
        "Same terms as self-service: annual, annual billed monthly (+5 % since 2025-04-01), monthly term (+20 %).",
        "Gleiche Laufzeiten wie Self-Service: jährlich, jährlich mit monatlicher Abrechnung (+5 % seit 1. April 2025), monatliche Laufzeit (+20 %).",
        "Zelfde looptijden als selfservice: jaarlijks, jaarlijks met maandelijkse facturering (+5% sinds 1 april 2025), maandelijkse looptijd (+20%)."
    ],
    ASSUME_CSP_ADJUST = "assume.csp_adjust" => ["Partner discount (−) or markup (+)", "Partnerrabatt (−) oder Aufschlag (+)", "Partnerkorting (−) of opslag (+)"],
    ASSUME_CSP_ADJUST_HELP = "assume.csp_adjust.help" => [
        "Percent on the list price, e.g. −5 for a 5 % partner discount. Default 0: list price.",
        "Prozent auf den Listenpreis, z. B. −5 für 5 % Partnerrabatt. Vorgabe 0: Listenpreis.",
        "Procent op de lijstprijs, bv. −5 voor 5% partnerkorting. Standaard 0: lijstprijs."
    ],
    ASSUME_EA = "assume.ea" => ["Enterprise Agreement", "Enterprise Agreement", "Enterprise Agreement"],
    ASSUME_EA_DATE = "assume.ea_date" => ["Agreement signed or renewed (YYYY-MM-DD)", "Vertrag geschlossen oder verlängert (JJJJ-MM-TT)", "Overeenkomst gesloten of verlengd (JJJJ-MM-DD)"],
    ASSUME_EA_DATE_HELP = "assume.ea_date.help" => [
        "From 2025-11-01, online services are priced at level A for every level at new purchase or renewal.",
        "Ab dem 1. November 2025 gelten für Onlinedienste bei Neukauf oder Verlängerung Stufe-A-Preise für alle Stufen.",
        "Vanaf 1 november 2025 gelden voor onlinediensten bij nieuwe aankoop of verlenging niveau-A-prijzen voor elk niveau."
    ],
    ASSUME_EA_LEVEL_A = "assume.ea_level_a" => ["Level A discount (500–2,399)", "Rabatt Stufe A (500–2.399)", "Korting niveau A (500–2.399)"],
    ASSUME_EA_LEVEL_B = "assume.ea_level_b" => ["Level B discount (2,400–5,999)", "Rabatt Stufe B (2.400–5.999)", "Korting niveau B (2.400–5.999)"],
    ASSUME_EA_LEVEL_C = "assume.ea_level_c" => ["Level C discount (6,000–14,999)", "Rabatt Stufe C (6.000–14.999)", "Korting niveau C (6.000–14.999)"],
    ASSUME_EA_LEVEL_D = "assume.ea_level_d" => ["Level D discount (15,000+)", "Rabatt Stufe D (15.000+)", "Korting niveau D (15.000+)"],
    ASSUME_EA_LEVELS_HELP = "assume.ea_levels.help" => [
        "Typical values 0 / 6 / 9 / 12 % (A–D); level A lost its discount in 2018. A heuristic, not a price list: the end of levels B–D was reported to raise costs by 6–12 % (uscloud.com) and by 13–17 % for some products (npifinancial.com).",
        "Übliche Werte 0 / 6 / 9 / 12 % (A–D); Stufe A verlor 2018 ihren Rabatt. Eine Faustregel, keine Preisliste: Das Ende der Stufen B–D soll die Kosten um 6–12 % (uscloud.com) und bei manchen Produkten um 13–17 % (npifinancial.com) erhöhen.",
        "Gangbare waarden 0 / 6 / 9 / 12% (A–D); niveau A verloor in 2018 zijn korting. Een vuistregel, geen prijslijst: het einde van de niveaus B–D zou de kosten met 6–12% (uscloud.com) en voor sommige producten met 13–17% (npifinancial.com) verhogen."
    ],
    ASSUME_EA_NEGOTIATED = "assume.ea_negotiated" => ["Negotiated discount", "Verhandelter Rabatt", "Onderhandelde korting"],
    ASSUME_EA_NEGOTIATED_HELP = "assume.ea_negotiated.help" => [
        "Any extra discount in your agreement, applied after the level discount.",
        "Zusätzlicher Rabatt Ihres Vertrags, nach dem Stufenrabatt angewandt.",
        "Extra korting in uw overeenkomst, toegepast na de niveaukorting."
    ],
    ASSUME_EA_LEVEL_NOW = "assume.ea_level_now" => [
        "Your organisation is at EA level {level}. That level's discount applies only to products already on your price sheet before 1 November 2025 (tick them under each product); others are priced at level A.",
        "Ihre Organisation liegt in EA-Stufe {level}. Deren Rabatt gilt nur für Produkte, die schon vor dem 1. November 2025 auf Ihrer Preisliste standen (beim jeweiligen Produkt ankreuzen); andere kosten Stufe-A-Preise.",
        "Uw organisatie zit op EA-niveau {level}. De korting van dat niveau geldt alleen voor producten die al vóór 1 november 2025 op uw prijslijst stonden (vink ze per product aan); andere krijgen prijzen van niveau A."
    ],
    ASSUME_EA_LEVEL_NOW_A = "assume.ea_level_now_a" => [
        "Your organisation is at EA level {level}, priced at level A because the agreement dates from 1 November 2025 or later.",
        "Ihre Organisation liegt in EA-Stufe {level}, zahlt aber Preise der Stufe A, weil der Vertrag vom 1. November 2025 oder später stammt.",
        "Uw organisatie zit op EA-niveau {level}, maar betaalt prijzen van niveau A, omdat de overeenkomst van 1 november 2025 of later is."
    ],
    ASSUME_EA_NONE = "assume.ea_none" => [
        "No EA: it needs at least 500 seats, your organisation has {seats}.",
        "Kein EA: Dafür sind mindestens 500 Lizenzen nötig; Ihre Organisation hat {seats}.",
        "Geen EA: daarvoor zijn minstens 500 licenties nodig, uw organisatie heeft er {seats}."
    ],
    ASSUME_HIDDEN = "assume.hidden" => ["Costs list prices hide", "Kosten, die Listenpreise verschweigen", "Kosten die lijstprijzen verbergen"],
    ASSUME_PROCUREMENT = "assume.procurement" => ["Procurement per central order", "Beschaffung je zentraler Bestellung", "Inkoop per centrale bestelling"],
    ASSUME_PROCUREMENT_HELP = "assume.procurement.help" => [
        "One-off: request, approval and ordering through a partner or agreement. Default 200 ≈ 2.5 hours at 80 an hour.",
        "Einmalig: Antrag, Freigabe und Bestellung über Partner oder Vertrag. Vorgabe 200 ≈ 2,5 Stunden zu 80 pro Stunde.",
        "Eenmalig: aanvraag, goedkeuring en bestelling via partner of overeenkomst. Standaard 200 ≈ 2,5 uur à 80 per uur."
    ],
    ASSUME_EXPENSE_CLAIM = "assume.expense_claim" => ["Expense claim per card purchase and billing period", "Spesenabrechnung je Kartenkauf und Abrechnungszeitraum", "Declaratie per kaartaankoop en factuurperiode"],
    ASSUME_EXPENSE_CLAIM_HELP = "assume.expense_claim.help" => [
        "The invoice names the employee, so each charge becomes an expense claim. Default 25 ≈ 20 minutes of employee and finance time.",
        "Die Rechnung lautet auf den Namen des Mitarbeitenden, daher wird jede Abbuchung zu einer Spesenabrechnung. Vorgabe 25 ≈ 20 Minuten Arbeitszeit von Mitarbeitenden und Buchhaltung.",
        "De factuur staat op naam van de medewerker, dus elke afschrijving wordt een declaratie. Standaard 25 ≈ 20 minuten werk van medewerker en financiële administratie."
    ],
    ASSUME_ADMIN_REVIEW = "assume.admin_review" => ["Admin review or take-over per subscription", "Admin-Prüfung oder Übernahme je Abonnement", "Beheerderscontrole of overname per abonnement"],
    ASSUME_ADMIN_REVIEW_HELP = "assume.admin_review.help" => [
        "Once per self-service subscription: notice, check, assign or take over. Default 40 ≈ 30 minutes at 80 an hour.",
        "Einmal je Self-Service-Abonnement: sichten, prüfen, zuweisen oder übernehmen. Vorgabe 40 ≈ 30 Minuten zu 80 pro Stunde.",
        "Eenmaal per selfservice-abonnement: opmerken, controleren, toewijzen of overnemen. Standaard 40 ≈ 30 minuten à 80 per uur."
    ],
    ASSUME_SEATS_PER_PURCHASE = "assume.seats_per_purchase" => ["Seats per card purchase", "Lizenzen je Kartenkauf", "Licenties per kaartaankoop"],
    ASSUME_SEATS_PER_PURCHASE_HELP = "assume.seats_per_purchase.help" => [
        "1 = every user buys for themselves. Copilot's first self-service purchase is limited to one licence.",
        "1 = jede Person kauft für sich. Der erste Self-Service-Kauf von Copilot ist auf eine Lizenz begrenzt.",
        "1 = iedereen koopt voor zichzelf. De eerste selfservice-aankoop van Copilot is beperkt tot één licentie."
    ],
    ASSUME_CENTRALISE = "assume.centralise" => ["Centralise after (empty = never)", "Zentralisieren nach (leer = nie)", "Centraliseren na (leeg = nooit)"],
    ASSUME_CENTRALISE_HELP = "assume.centralise.help" => [
        "If the organisation buys centrally later, buyers keep paying their term: the months after this are paid twice.",
        "Kauft die Organisation später zentral, zahlen Käufer ihre Laufzeit weiter: Die Monate danach werden doppelt bezahlt.",
        "Koopt de organisatie later centraal, dan betalen kopers hun looptijd door: de maanden daarna worden dubbel betaald."
    ],
    ERR_DATE = "err.date" => ["Use a date like 2025-11-01.", "Verwenden Sie ein Datum wie 2025-11-01.", "Gebruik een datum zoals 2025-11-01."],

    RULE_PUBLISHED = "rule.published" => ["list price {price} ({source}, as of {date})", "Listenpreis {price} ({source}, Stand {date})", "lijstprijs {price} ({source}, per {date})"],
    RULE_USER = "rule.user" => ["your price {price}", "Ihr Preis {price}", "uw prijs {price}"],
    RULE_ABM = "rule.abm" => ["+5 % for annual commitment billed monthly (since 2025-04-01)", "+5 % für Jahresbindung mit monatlicher Abrechnung (seit 1. April 2025)", "+5% voor jaarcontract met maandelijkse facturering (sinds 1 april 2025)"],
    RULE_MONTHLY = "rule.monthly" => ["+20 % for a monthly term (New Commerce)", "+20 % für monatliche Laufzeit (New Commerce)", "+20% voor maandelijkse looptijd (New Commerce)"],
    RULE_VAT = "rule.vat" => ["incl. {pct} % VAT", "inkl. {pct} % USt.", "incl. {pct}% btw"],
    VAT_NET = "vat.net" => ["excl. VAT", "zzgl. USt.", "excl. btw"],
    VAT_GROSS = "vat.gross" => ["incl. {pct} % VAT", "inkl. {pct} % USt.", "incl. {pct}% btw"],
    VAT_HEADING = "vat.heading" => ["VAT", "Umsatzsteuer", "Btw"],
    VAT_SHOW_GROSS = "vat.show_gross" => ["Show licence figures with VAT", "Lizenzbeträge mit Umsatzsteuer zeigen", "Licentiebedragen met btw tonen"],
    VAT_RATE = "vat.rate" => ["VAT rate", "Umsatzsteuersatz", "Btw-tarief"],
    VAT_RATE_HELP = "vat.rate.help" => [
        "List prices exclude VAT. With VAT, licence figures include it; your own costs (procurement, expense claims, reviews) do not. Whether a card-paid self-service invoice carries local VAT or is reverse-charged for a business with a VAT ID was not found in any source.",
        "Listenpreise verstehen sich ohne Umsatzsteuer. Mit Umsatzsteuer enthalten die Lizenzbeträge sie, Ihre eigenen Kosten (Beschaffung, Spesen, Prüfungen) nicht. Ob eine per Karte bezahlte Self-Service-Rechnung die örtliche Umsatzsteuer enthält oder für ein Unternehmen mit USt-IdNr. im Reverse-Charge-Verfahren läuft, fand sich in keiner Quelle.",
        "Lijstprijzen zijn exclusief btw. Met btw bevatten de licentiebedragen die, uw eigen kosten (inkoop, declaraties, controles) niet. Of een met een creditcard betaalde selfservicefactuur lokale btw bevat of voor een bedrijf met btw-nummer verlegd wordt, is in geen enkele bron gevonden."
    ],
    VAT_RATE_SOURCE = "vat.rate_source" => [
        "Standard rate for {region}: {pct} % ({source}).",
        "Regelsatz für {region}: {pct} % ({source}).",
        "Standaardtarief voor {region}: {pct}% ({source})."
    ],
    CURRENCY_FROM_REGION = "currency.from_region" => [
        "Figures in {currency}, the currency of your browser's region ({region}); change it under Assumptions.",
        "Beträge in {currency}, der Währung der Region Ihres Browsers ({region}); ändern unter Annahmen.",
        "Bedragen in {currency}, de valuta van de regio van uw browser ({region}); wijzigen onder Aannames."
    ],
    CURRENCY_CHOSEN = "currency.chosen" => [
        "Figures in {currency}, as chosen for this scenario.",
        "Beträge in {currency}, wie für dieses Szenario gewählt.",
        "Bedragen in {currency}, zoals voor dit scenario gekozen."
    ],
    RULE_CSP_ADJUST = "rule.csp_adjust" => ["partner adjustment {pct} %", "Partneranpassung {pct} %", "partneraanpassing {pct}%"],
    RULE_EA_LEVEL = "rule.ea_level" => ["EA level {level}: −{pct} %", "EA-Stufe {level}: −{pct} %", "EA-niveau {level}: −{pct}%"],
    RULE_EA_LEVEL_A = "rule.ea_level_a" => [
        "EA level {level}, priced at level A (−{pct} %): online services since {date}",
        "EA-Stufe {level}, berechnet als Stufe A (−{pct} %): Onlinedienste seit {date}",
        "EA-niveau {level}, berekend als niveau A (−{pct}%): onlinediensten sinds {date}"
    ],
    RULE_EA_NEGOTIATED = "rule.ea_negotiated" => ["negotiated −{pct} %", "verhandelt −{pct} %", "onderhandeld −{pct}%"],

    COST_CENTRAL_AFTER = "cost.central_after" => ["central licences afterwards {amount}", "danach zentrale Lizenzen {amount}", "daarna centrale licenties {amount}"],
    COST_PROCUREMENT = "cost.procurement" => ["procurement {amount}", "Beschaffung {amount}", "inkoop {amount}"],
    COST_EXPENSE_CLAIMS = "cost.expense_claims" => ["expense claims {amount}", "Spesenabrechnungen {amount}", "declaraties {amount}"],
    COST_ADMIN_REVIEWS = "cost.admin_reviews" => ["admin reviews {amount}", "Admin-Prüfungen {amount}", "beheerderscontroles {amount}"],
    COST_OVERLAP = "cost.overlap" => ["of the licences, {amount} pay twice (duplicates after centralising)", "davon {amount} doppelt bezahlt (Duplikate nach Zentralisierung)", "waarvan {amount} dubbel betaald (duplicaten na centralisatie)"],

    COMPARE_HEADING = "compare.heading" => ["What each channel costs", "Was jeder Kanal kostet", "Wat elk kanaal kost"],
    COMPARE_PLANS_SHOWN = "compare.plans_shown" => ["Compare", "Vergleichen", "Vergelijken"],
    COMPARE_SUMMARY_CAPTION = "compare.summary_caption" => [
        { "Total over {n} month, costs list prices hide included", "Total over {n} months, costs list prices hide included" },
        { "Summe über {n} Monat, inklusive versteckter Kosten", "Summe über {n} Monate, inklusive versteckter Kosten" },
        { "Totaal over {n} maand, inclusief verborgen kosten", "Totaal over {n} maanden, inclusief verborgen kosten" }
    ],
    COMPARE_VARIANT = "compare.variant" => [
        "Which offer a self-service buyer would see",
        "Welches Angebot ein Self-Service-Käufer sähe",
        "Welk aanbod een selfservicekoper zou zien"
    ],
    COMPARE_VARIANT_HELP = "compare.variant_help" => [
        "Sold under the same ProductId, so the policy covers both. Microsoft sells Copilot Business to customers on Microsoft 365 Business plans (petri.com); which one a self-service buyer sees is not documented, so choose what fits your tenant.",
        "Unter derselben ProductId verkauft, daher gilt die Richtlinie für beide. Microsoft verkauft Copilot Business an Kunden mit Microsoft 365 Business-Plänen (petri.com); welches Angebot ein Self-Service-Käufer sieht, ist nicht dokumentiert: Wählen Sie, was zu Ihrem Mandanten passt.",
        "Verkocht onder dezelfde ProductId, dus het beleid geldt voor beide. Microsoft verkoopt Copilot Business aan klanten met Microsoft 365 Business-abonnementen (petri.com); welk aanbod een selfservicekoper ziet, is niet gedocumenteerd: kies wat bij uw tenant past."
    ],
    COMPARE_ON_PRICE_SHEET = "compare.on_price_sheet" => [
        "Already on our EA price sheet before {date} (else priced at level A as a newly added online service)",
        "Schon vor dem {date} auf unserer EA-Preisliste (sonst als neu hinzugefügter Onlinedienst zu Stufe-A-Preisen)",
        "Al vóór {date} op onze EA-prijslijst (anders als nieuw toegevoegde onlineservice tegen prijzen van niveau A)"
    ],
    COMPARE_LAST_PLAN = "compare.last_plan" => [
        "At least one channel stays shown: tick another before unticking this one.",
        "Mindestens ein Kanal bleibt sichtbar: Haken Sie erst einen anderen an.",
        "Minstens één kanaal blijft zichtbaar: vink eerst een ander aan."
    ],
    COMPARE_NO_FIGURE = "compare.no_figure" => ["no figure", "keine Angabe", "geen bedrag"],
    COMPARE_NO_CHEAPEST = "compare.no_cheapest" => [
        "No product has a price yet, so there is no cheapest channel: enter a price below.",
        "Noch hat kein Produkt einen Preis, daher gibt es keinen günstigsten Kanal: Tragen Sie unten einen Preis ein.",
        "Nog geen enkel product heeft een prijs, dus er is geen goedkoopste kanaal: vul hieronder een prijs in."
    ],
    COMPARE_TOTAL_OF = "compare.total_of" => [
        { "of {counted} of {n} product", "of {counted} of {n} products" },
        { "für {counted} von {n} Produkt", "für {counted} von {n} Produkten" },
        { "van {counted} van {n} product", "van {counted} van {n} producten" }
    ],
    COMPARE_GAP_NO_PRICE = "compare.gap.no_price" => [
        { "{products} has no price", "{products} have no price" },
        { "{products} hat keinen Preis", "{products} haben keinen Preis" },
        { "{products} heeft geen prijs", "{products} hebben geen prijs" }
    ],
    COMPARE_GAP_TENANT = "compare.gap.tenant" => [
        { "{products} is licensed per tenant, not per user", "{products} are licensed per tenant, not per user" },
        { "{products} wird pro Mandant lizenziert, nicht pro Benutzer", "{products} werden pro Mandant lizenziert, nicht pro Benutzer" },
        { "{products} wordt per tenant gelicentieerd, niet per gebruiker", "{products} worden per tenant gelicentieerd, niet per gebruiker" }
    ],
    COMPARE_GAP_NO_PLAN = "compare.gap.no_plan" => [
        { "{products} is bought centrally, but no central plan is compared", "{products} are bought centrally, but no central plan is compared" },
        { "{products} wird zentral gekauft, aber kein zentraler Kaufweg ist im Vergleich", "{products} werden zentral gekauft, aber kein zentraler Kaufweg ist im Vergleich" },
        { "{products} wordt centraal gekocht, maar er wordt geen centraal aankoopkanaal vergeleken", "{products} worden centraal gekocht, maar er wordt geen centraal aankoopkanaal vergeleken" }
    ],
    COMPARE_GAP_TERM = "compare.gap.term" => [
        { "{products} is not sold on this term", "{products} are not sold on this term" },
        { "{products} wird mit dieser Laufzeit nicht verkauft", "{products} werden mit dieser Laufzeit nicht verkauft" },
        { "{products} wordt niet met deze looptijd verkocht", "{products} worden niet met deze looptijd verkocht" }
    ],
    COMPARE_GAP_EA = "compare.gap.ea" => [
        "{products}: an Enterprise Agreement needs at least {min} licences",
        "{products}: Ein Enterprise Agreement erfordert mindestens {min} Lizenzen",
        "{products}: een Enterprise Agreement vereist minstens {min} licenties"
    ],
    COMPARE_CHEAPEST = "compare.cheapest" => ["cheapest", "am günstigsten", "goedkoopst"],
    COMPARE_CHEAPEST_MIX = "compare.cheapest_mix" => ["Buying each product through its cheapest channel costs {amount}.", "Jedes Produkt über seinen günstigsten Kanal zu kaufen, kostet insgesamt {amount}.", "Elk product via zijn goedkoopste kanaal kopen kost in totaal {amount}."],
    COMPARE_SAVING = "compare.saving" => ["That saves {amount} against {baseline}.", "Das spart {amount} gegenüber {baseline}.", "Dat bespaart {amount} ten opzichte van {baseline}."],
    COMPARE_FOR_SEATS = "compare.for_seats" => ["{seats}, {months}", "{seats}, {months}", "{seats}, {months}"],
    COMPARE_YOUR_PRICE = "compare.your_price" => ["Your annual list price per user/month ({currency})", "Ihr Preis pro Benutzer/Monat bei Jahreslaufzeit ({currency})", "Uw prijs per gebruiker/maand bij jaarcontract ({currency})"],
    COMPARE_YOUR_PRICE_HELP = "compare.your_price.help" => ["Leave empty to use the published price.", "Lassen Sie das Feld leer, um den veröffentlichten Preis zu verwenden.", "Leeg laten voor de gepubliceerde prijs."],
    COMPARE_YOUR_PRICE_UNKNOWN = "compare.your_price.unknown" => [
        "No sourced price is known for this product in this currency: enter the price you see, nothing is guessed.",
        "Für dieses Produkt ist in dieser Währung kein belegter Preis bekannt: Tragen Sie Ihren Preis ein, nichts wird geraten.",
        "Voor dit product is in deze valuta geen onderbouwde prijs bekend: vul de prijs in die u ziet, er wordt niets geraden."
    ],
    COMPARE_PLAN = "compare.plan" => ["Channel and term", "Kanal und Laufzeit", "Kanaal en looptijd"],
    COMPARE_UNIT = "compare.unit" => ["Per user/month", "Pro Benutzer/Monat", "Per gebruiker/maand"],
    COMPARE_LICENCES = "compare.licences" => ["Licences", "Lizenzen", "Licenties"],
    COMPARE_OTHER = "compare.other" => ["Other costs", "Weitere Kosten", "Overige kosten"],
    COMPARE_TOTAL = "compare.total" => ["Total", "Summe", "Totaal"],
    COMPARE_BREAK_EVEN = "compare.break_even" => [
        "From {seats} seats, {cheaper} is cheaper than {other} (the lines cross at {exact} seats).",
        "Ab {seats} Lizenzen ist {cheaper} günstiger als {other} (Schnittpunkt bei {exact} Lizenzen).",
        "Vanaf {seats} licenties is {cheaper} goedkoper dan {other} (omslagpunt bij {exact} licenties)."
    ],
    COMPARE_NO_BREAK_EVEN = "compare.no_break_even" => ["No channel overtakes another between 1 and 100,000 seats.", "Zwischen 1 und 100.000 Lizenzen überholt kein Kanal einen anderen.", "Tussen 1 en 100.000 licenties haalt geen kanaal een ander in."],
    COMPARE_HOW_PRICED = "compare.how_priced" => ["How each price was derived", "Wie jeder Preis zustande kommt", "Hoe elke prijs is afgeleid"],
    COMPARE_SLIDER = "compare.slider" => [
        "Seats of {product} (changes the seat count everywhere, and the script)",
        "Lizenzen für {product} (ändert die Lizenzzahl überall, auch im Skript)",
        "Licenties voor {product} (wijzigt het aantal licenties overal, ook in het script)"
    ],

    CHART_TITLE = "chart.title" => ["Cost against seats: {product}", "Kosten nach Lizenzen: {product}", "Kosten per aantal licenties: {product}"],
    CHART_DESC = "chart.desc" => ["Total cost over the horizon for 1 to {max} seats of {product}, one line per channel.", "Gesamtkosten im Zeitraum für 1 bis {max} Lizenzen von {product}, eine Linie je Kanal.", "Totale kosten over de periode voor 1 tot {max} licenties van {product}, één lijn per kanaal."],
    CHART_BREAK_EVEN = "chart.break_even" => ["From {seats} seats {cheaper} is cheaper than {other}.", "Ab {seats} Lizenzen ist {cheaper} günstiger als {other}.", "Vanaf {seats} licenties is {cheaper} goedkoper dan {other}."],
    CHART_X_AXIS = "chart.x_axis" => ["Seats", "Lizenzen", "Licenties"],
    CHART_LEGEND_BREAK_EVEN = "chart.legend_break_even" => ["break-even", "Schnittpunkt", "omslagpunt"],
    CHART_AS_TABLE = "chart.as_table" => ["Show the chart's data as a table", "Diagrammdaten als Tabelle anzeigen", "Grafiekgegevens als tabel tonen"],
}
