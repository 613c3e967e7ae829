//! Strings of the decision walk-through: questions, answers, arguments, rules, verdicts.
crate::translation_table! {
    DECISION_WEIGHT_LABEL = "decision.weight.label" => ["Weight", "Gewichtung", "Gewicht"],
    DECISION_FOLLOW_UPS_HEADING = "decision.follow_ups.heading" => ["Follow-up actions", "Folgeschritte", "Vervolgacties"],

    // Questions
    DECISION_Q_TENANT_TYPE_TITLE = "decision.q.tenant_type.title" => ["What kind of tenant is it?", "Welche Art Mandant ist es?", "Wat voor tenant is het?"],
    DECISION_Q_TENANT_TYPE_HELP = "decision.q.tenant_type.help" => [
        "Self-service purchase is not offered to government or education tenants: then there is nothing to configure. Guests can never buy, whatever you choose.",
        "Für Behörden- und Bildungsmandanten ist der Self-Service-Kauf nicht verfügbar; dann ist nichts zu konfigurieren. Gäste können nie kaufen, egal was Sie wählen.",
        "Voor overheids- en onderwijstenants is selfservice-aankoop niet beschikbaar; dan is er niets te configureren. Gasten kunnen nooit kopen, wat u ook kiest."
    ],
    DECISION_Q_TENANT_TYPE_COMMERCIAL = "decision.q.tenant_type.commercial" => ["Commercial (business)", "Kommerziell (Unternehmen)", "Commercieel (bedrijf)"],
    DECISION_Q_TENANT_TYPE_GOVERNMENT = "decision.q.tenant_type.government" => ["Government", "Behörde", "Overheid"],
    DECISION_Q_TENANT_TYPE_EDUCATION = "decision.q.tenant_type.education" => ["Education", "Bildung", "Onderwijs"],

    DECISION_Q_COUNTRY_TITLE = "decision.q.country.title" => ["Where is the tenant registered?", "Wo ist der Mandant registriert?", "Waar is de tenant geregistreerd?"],
    DECISION_Q_COUNTRY_HELP = "decision.q.country.help" => [
        "Self-service purchase is not offered in India. Project/Planner and Visio are not sold through self-service in Brazil and DR Congo.",
        "In Indien gibt es keinen Self-Service-Kauf. Project/Planner und Visio werden in Brasilien und der DR Kongo nicht per Self-Service verkauft.",
        "In India is er geen selfservice-aankoop. Project/Planner en Visio worden in Brazilië en DR Congo niet via selfservice verkocht."
    ],
    DECISION_Q_COUNTRY_IN = "decision.q.country.in" => ["India", "Indien", "India"],
    DECISION_Q_COUNTRY_BR = "decision.q.country.br" => ["Brazil", "Brasilien", "Brazilië"],
    DECISION_Q_COUNTRY_CD = "decision.q.country.cd" => ["DR Congo", "DR Kongo", "DR Congo"],
    DECISION_Q_COUNTRY_OTHER = "decision.q.country.other" => ["Another country", "Anderes Land", "Ander land"],

    DECISION_Q_AGREEMENT_TITLE = "decision.q.agreement.title" => ["How do you buy Microsoft licences today?", "Wie kaufen Sie heute Microsoft-Lizenzen?", "Hoe koopt u nu Microsoft-licenties?"],
    DECISION_Q_AGREEMENT_HELP = "decision.q.agreement.help" => [
        "Self-service is paid by card at list price, outside your agreement and its invoice.",
        "Self-Service wird per Karte zum Listenpreis bezahlt, außerhalb Ihres Vertrags und seiner Rechnung.",
        "Selfservice wordt met een kaart tegen lijstprijs betaald, buiten uw overeenkomst en de factuur daarvan."
    ],
    DECISION_Q_AGREEMENT_EA = "decision.q.agreement.ea" => ["Enterprise Agreement (EA)", "Enterprise Agreement (EA)", "Enterprise Agreement (EA)"],
    DECISION_Q_AGREEMENT_CSP = "decision.q.agreement.csp" => ["Through a CSP partner", "Über einen CSP-Partner", "Via een CSP-partner"],
    DECISION_Q_AGREEMENT_MCA = "decision.q.agreement.mca" => ["Microsoft Customer Agreement (MCA)", "Microsoft-Kundenvereinbarung (MCA)", "Microsoft-klantovereenkomst (MCA)"],
    DECISION_Q_AGREEMENT_NONE = "decision.q.agreement.none" => ["No agreement", "Kein Vertrag", "Geen overeenkomst"],

    DECISION_Q_AGREEMENT_COVERS_TITLE = "decision.q.agreement_covers.title" => [
        "Which of these products does the agreement already cover?",
        "Welche dieser Produkte deckt der Vertrag schon ab?",
        "Welke van deze producten dekt de overeenkomst al?"
    ],
    DECISION_Q_AGREEMENT_COVERS_HELP = "decision.q.agreement_covers.help" => [
        "Covered products are blocked: buying them again by card would duplicate licences. Users request a licence instead.",
        "Abgedeckte Produkte werden blockiert: Ein erneuter Kauf per Karte ergäbe doppelte Lizenzen. Benutzer fordern stattdessen eine Lizenz an.",
        "Producten die al onder de overeenkomst vallen, worden geblokkeerd: opnieuw kopen met een kaart geeft dubbele licenties. Gebruikers vragen in plaats daarvan een licentie aan."
    ],

    DECISION_Q_PLANNED_PURCHASE_TITLE = "decision.q.planned_purchase.title" => [
        "Is an organisation-wide purchase planned soon?",
        "Ist bald ein organisationsweiter Kauf geplant?",
        "Is binnenkort een organisatiebrede aankoop gepland?"
    ],
    DECISION_Q_PLANNED_PURCHASE_HELP = "decision.q.planned_purchase.help" => [
        "If you will soon buy licences for many users, block self-service until then so that nobody pays twice.",
        "Kaufen Sie bald Lizenzen für viele Benutzer, blockieren Sie Self-Service bis dahin, damit niemand doppelt zahlt.",
        "Koopt u binnenkort licenties voor veel gebruikers, blokkeer selfservice dan tot die tijd zodat niemand dubbel betaalt."
    ],
    DECISION_Q_PLANNED_PURCHASE_YES = "decision.q.planned_purchase.yes" => ["Yes", "Ja", "Ja"],
    DECISION_Q_PLANNED_PURCHASE_NO = "decision.q.planned_purchase.no" => ["No", "Nein", "Nee"],

    DECISION_Q_PLANNED_PRODUCTS_TITLE = "decision.q.planned_products.title" => ["For which products?", "Für welche Produkte?", "Voor welke producten?"],
    DECISION_Q_PLANNED_PRODUCTS_HELP = "decision.q.planned_products.help" => [
        "Tick the products of the planned purchase. Left unanswered, it means all of them.",
        "Kreuzen Sie die Produkte des geplanten Kaufs an. Ohne Antwort gelten alle.",
        "Vink de producten van de geplande aankoop aan. Zonder antwoord gelden ze allemaal."
    ],

    DECISION_Q_SHADOW_IT_TITLE = "decision.q.shadow_it.title" => [
        "How does your IT strategy treat cloud services IT has not approved?",
        "Wie geht Ihre IT-Strategie mit nicht genehmigten Cloud-Diensten um?",
        "Hoe gaat uw IT-strategie om met niet-goedgekeurde clouddiensten?"
    ],
    DECISION_Q_SHADOW_IT_HELP = "decision.q.shadow_it.help" => [
        "Self-bought products are cloud services users start without IT’s approval (“shadow IT”). Admins still see every purchase and can block each product.",
        "Selbst gekaufte Produkte sind Cloud-Dienste, die Benutzer ohne IT-Freigabe starten („Schatten-IT“). Admins sehen trotzdem jeden Kauf und können jedes Produkt blockieren.",
        "Zelf gekochte producten zijn clouddiensten die gebruikers zonder goedkeuring van IT starten (‘schaduw-IT’). Beheerders zien toch elke aankoop en kunnen elk product blokkeren."
    ],
    DECISION_Q_SHADOW_IT_STRICT = "decision.q.shadow_it.strict" => ["Strict: only approved services", "Streng: nur genehmigte Dienste", "Streng: alleen goedgekeurde diensten"],
    DECISION_Q_SHADOW_IT_TOLERANT = "decision.q.shadow_it.tolerant" => ["Tolerant: allowed within limits", "Tolerant: in Grenzen erlaubt", "Tolerant: binnen grenzen toegestaan"],
    DECISION_Q_SHADOW_IT_ENCOURAGES = "decision.q.shadow_it.encourages" => [
        "Encourages users to try new services",
        "Ermutigt zum Ausprobieren neuer Dienste",
        "Moedigt aan nieuwe diensten te proberen"
    ],

    DECISION_Q_SUPPORT_TITLE = "decision.q.support.title" => [
        "Can IT support and train users on products they bought themselves?",
        "Kann die IT bei selbst gekauften Produkten unterstützen und schulen?",
        "Kan IT gebruikers ondersteunen en trainen bij zelf gekochte producten?"
    ],
    DECISION_Q_SUPPORT_HELP = "decision.q.support.help" => [
        "Microsoft supports self-service buyers, and the product sites offer training. In practice, questions often land at IT anyway.",
        "Microsoft betreut Self-Service-Käufer, die Produktseiten bieten Schulungen. In der Praxis landen Fragen oft trotzdem bei der IT.",
        "Microsoft ondersteunt selfservicekopers en de productsites bieden training. In de praktijk komen vragen vaak toch bij IT terecht."
    ],
    DECISION_Q_SUPPORT_NONE = "decision.q.support.none" => ["No capacity", "Keine Kapazität", "Geen capaciteit"],
    DECISION_Q_SUPPORT_LIMITED = "decision.q.support.limited" => ["Limited", "Begrenzt", "Beperkt"],
    DECISION_Q_SUPPORT_READY = "decision.q.support.ready" => ["Yes, we can", "Ja, das geht", "Ja, dat kan"],

    DECISION_Q_BILLING_TITLE = "decision.q.billing.title" => [
        "Is card billing in the employee’s name acceptable?",
        "Ist eine Kartenzahlung auf den Namen der Mitarbeitenden akzeptabel?",
        "Is betalen per kaart op naam van de medewerker acceptabel?"
    ],
    DECISION_Q_BILLING_HELP = "decision.q.billing.help" => [
        "Self-service is paid only by credit card. The invoice names the employee, who claims expenses and stays liable to the end of the term, even after leaving.",
        "Self-Service wird nur per Kreditkarte bezahlt. Die Rechnung lautet auf den Namen des Mitarbeitenden; diese Person rechnet die Kosten ab und bleibt bis Laufzeitende zahlungspflichtig, auch nach dem Austritt.",
        "Selfservice wordt alleen met een creditcard betaald. De factuur staat op naam van de medewerker, die declareert en tot het einde van de looptijd aansprakelijk blijft, ook na vertrek."
    ],
    DECISION_Q_BILLING_ACCEPTABLE = "decision.q.billing.acceptable" => ["Acceptable", "Akzeptabel", "Acceptabel"],
    DECISION_Q_BILLING_RELUCTANTLY = "decision.q.billing.reluctantly" => ["Only reluctantly", "Nur ungern", "Met tegenzin"],
    DECISION_Q_BILLING_UNACCEPTABLE = "decision.q.billing.unacceptable" => ["Not acceptable", "Nicht akzeptabel", "Niet acceptabel"],

    DECISION_Q_COMPLIANCE_TITLE = "decision.q.compliance.title" => ["Is your organisation regulated?", "Ist Ihre Organisation reguliert?", "Is uw organisatie gereguleerd?"],
    DECISION_Q_COMPLIANCE_HELP = "decision.q.compliance.help" => [
        "Regulated means strict legal or sector rules on data and licensing. Your data-governance and access policies still apply to self-bought products, and the data belongs to the organisation.",
        "Reguliert heißt: strenge gesetzliche oder Branchenregeln für Daten und Lizenzen. Ihre Datenverwaltungs- und Zugriffsrichtlinien gelten auch für selbst gekaufte Produkte; die Daten gehören der Organisation.",
        "Gereguleerd betekent strenge wettelijke of sectorregels voor gegevens en licenties. Uw beleid voor gegevensbeheer en toegang geldt ook voor zelf gekochte producten; de gegevens zijn van de organisatie."
    ],
    DECISION_Q_COMPLIANCE_REGULATED = "decision.q.compliance.regulated" => ["Regulated", "Reguliert", "Gereguleerd"],
    DECISION_Q_COMPLIANCE_STANDARD = "decision.q.compliance.standard" => ["No special rules", "Keine besonderen Regeln", "Geen bijzondere regels"],

    DECISION_Q_EXPERIMENTATION_TITLE = "decision.q.experimentation.title" => [
        "How keen are you on fast adoption and experimenting?",
        "Wie wichtig sind schnelle Einführung und Ausprobieren?",
        "Hoe belangrijk zijn snelle adoptie en experimenteren?"
    ],
    DECISION_Q_EXPERIMENTATION_HELP = "decision.q.experimentation.help" => [
        "For example Copilot early adopters, whose usage shows what a later organisation-wide roll-out needs.",
        "Etwa Copilot-Vorreiter, deren Nutzung zeigt, was eine spätere organisationsweite Einführung braucht.",
        "Bijvoorbeeld Copilot-voorlopers, wier gebruik laat zien wat een latere organisatiebrede uitrol nodig heeft."
    ],
    DECISION_Q_EXPERIMENTATION_HIGH = "decision.q.experimentation.high" => ["Very keen", "Sehr wichtig", "Zeer belangrijk"],
    DECISION_Q_EXPERIMENTATION_MODERATE = "decision.q.experimentation.moderate" => ["Somewhat", "Einigermaßen wichtig", "Enigszins"],
    DECISION_Q_EXPERIMENTATION_LOW = "decision.q.experimentation.low" => ["Not keen: planned roll-outs", "Kaum: lieber geplant", "Weinig: liever gepland"],

    DECISION_Q_ORG_SIZE_TITLE = "decision.q.org_size.title" => [
        "How many people does the organisation license?",
        "Wie viele Personen lizenziert die Organisation?",
        "Hoeveel personen licentieert de organisatie?"
    ],
    DECISION_Q_ORG_SIZE_HELP = "decision.q.org_size.help" => [
        "All users (or devices) the organisation licenses, not only those who would buy themselves. An Enterprise Agreement needs at least 500; its price levels A to D start at 500, 2,400, 6,000 and 15,000. Costs figures the EA with your band; a more exact number can be entered there.",
        "Alle Benutzer (oder Geräte), die die Organisation lizenziert, nicht nur die, die selbst kaufen würden. Ein Enterprise Agreement erfordert mindestens 500; seine Preisstufen A bis D beginnen bei 500, 2.400, 6.000 und 15.000. Unter Kosten wird das EA mit Ihrer Größenklasse berechnet; dort lässt sich eine genauere Zahl eintragen.",
        "Alle gebruikers (of apparaten) die de organisatie licentieert, niet alleen wie zelf zou kopen. Een Enterprise Agreement vereist minstens 500; de prijsniveaus A tot en met D beginnen bij 500, 2.400, 6.000 en 15.000. Onder Kosten wordt de EA met uw grootteklasse berekend; daar kunt u een exacter aantal invullen."
    ],
    DECISION_Q_ORG_SIZE_UNDER_300 = "decision.q.org_size.under_300" => ["Fewer than 300", "Weniger als 300", "Minder dan 300"],
    DECISION_Q_ORG_SIZE_300 = "decision.q.org_size.300" => ["300 to 499", "300 bis 499", "300 tot en met 499"],
    DECISION_Q_ORG_SIZE_500 = "decision.q.org_size.500" => ["500 to 2,399", "500 bis 2.399", "500 tot en met 2.399"],
    DECISION_Q_ORG_SIZE_2400 = "decision.q.org_size.2400" => ["2,400 to 5,999", "2.400 bis 5.999", "2.400 tot en met 5.999"],
    DECISION_Q_ORG_SIZE_6000 = "decision.q.org_size.6000" => ["6,000 to 14,999", "6.000 bis 14.999", "6.000 tot en met 14.999"],
    DECISION_Q_ORG_SIZE_15000 = "decision.q.org_size.15000" => ["15,000 or more", "15.000 oder mehr", "15.000 of meer"],
    DECISION_Q_COPILOT_TITLE = "decision.q.copilot.title" => [
        "How should Microsoft 365 Copilot reach users?",
        "Wie soll Microsoft 365 Copilot zu den Benutzern kommen?",
        "Hoe moet Microsoft 365 Copilot bij gebruikers komen?"
    ],
    DECISION_Q_COPILOT_HELP = "decision.q.copilot.help" => [
        "Self-service Copilot started in October 2024 for users on Microsoft 365 Business Basic, Standard or Premium (CSP); from March to May 2025 it also reached Office 365 E1/E3, EMS E3/E5, Microsoft 365 Apps for business and standalone users. A first purchase is one licence; cancelling within 24 hours refunds fully, within 7 days pro rata. It is sold on an annual term only, and the same policy covers Microsoft 365 Copilot Business.",
        "Self-Service-Copilot begann im Oktober 2024 für Benutzer mit Microsoft 365 Business Basic, Standard oder Premium (CSP); von März bis Mai 2025 kamen Office 365 E1/E3, EMS E3/E5, Microsoft 365 Apps for Business und Benutzer ohne weitere Lizenz hinzu. Ein Erstkauf ist auf eine Lizenz begrenzt; bei Kündigung binnen 24 Stunden wird der Betrag voll erstattet, binnen 7 Tagen anteilig. Verkauft wird nur mit jährlicher Laufzeit, und dieselbe Richtlinie gilt für Microsoft 365 Copilot Business.",
        "Selfservice-Copilot begon in oktober 2024 voor gebruikers met Microsoft 365 Business Basic, Standard of Premium (CSP); van maart tot mei 2025 kwamen Office 365 E1/E3, EMS E3/E5, Microsoft 365 Apps for Business en gebruikers zonder andere licentie erbij. Een eerste aankoop is beperkt tot één licentie; annuleren binnen 24 uur geeft volledige terugbetaling, binnen 7 dagen naar rato. Het wordt alleen met een jaarlijkse looptijd verkocht, en hetzelfde beleid geldt voor Microsoft 365 Copilot Business."
    ],
    DECISION_Q_COPILOT_EARLY_ADOPTERS = "decision.q.copilot.early_adopters" => ["Early adopters buy their own", "Vorreiter kaufen selbst", "Voorlopers kopen zelf"],
    DECISION_Q_COPILOT_CENTRAL = "decision.q.copilot.central" => ["IT assigns licences centrally", "IT weist zentral zu", "IT wijst centraal toe"],
    DECISION_Q_COPILOT_NOT_NOW = "decision.q.copilot.not_now" => ["Not for now", "Vorerst nicht", "Voorlopig niet"],

    // Arguments for and against, as the sources give them
    DECISION_ARG_LIST_PRICE_HIGHER = "decision.arg.list_price_higher" => [
        "Self-service always costs the list price; a CSP partner may sell below it.",
        "Self-Service kostet immer den Listenpreis; ein CSP-Partner kann darunter verkaufen.",
        "Selfservice kost altijd de lijstprijs; een CSP-partner kan eronder verkopen."
    ],
    DECISION_ARG_NOT_ON_INVOICE = "decision.arg.not_on_invoice" => [
        "Prices may differ from central or partner prices, and purchases are not on your agreement’s invoice.",
        "Preise können von zentralen oder Partnerpreisen abweichen; Käufe stehen nicht auf der Vertragsrechnung.",
        "Prijzen kunnen afwijken van centrale of partnerprijzen; aankopen staan niet op de factuur van uw overeenkomst."
    ],
    DECISION_ARG_CENTRAL_LICENSING = "decision.arg.central_licensing" => [
        "Microsoft suggests disabling self-service where licences are bought centrally through an agreement.",
        "Microsoft rät, Self-Service abzuschalten, wo Lizenzen zentral über einen Vertrag gekauft werden.",
        "Microsoft raadt aan selfservice uit te schakelen waar licenties centraal via een overeenkomst worden gekocht."
    ],
    DECISION_ARG_CENTRALISE_LATER = "decision.arg.centralise_later" => [
        "Admins can later move self-service users to licences bought through the agreement.",
        "Admins können Self-Service-Benutzer später auf Vertragslizenzen umstellen.",
        "Beheerders kunnen selfservicegebruikers later overzetten naar licenties uit de overeenkomst."
    ],
    DECISION_ARG_DUPLICATE_LICENCES = "decision.arg.duplicate_licences" => [
        "Buying by card what is already licensed creates duplicate licences.",
        "Per Karte zu kaufen, was schon lizenziert ist, erzeugt doppelte Lizenzen.",
        "Met een kaart kopen wat al gelicentieerd is, geeft dubbele licenties."
    ],
    DECISION_ARG_BLOCK_BEFORE_PURCHASE = "decision.arg.block_before_purchase" => [
        "Block self-service temporarily before an organisation-wide purchase to avoid duplicate licences.",
        "Vor einem organisationsweiten Kauf Self-Service vorübergehend blockieren, um doppelte Lizenzen zu vermeiden.",
        "Blokkeer selfservice tijdelijk vóór een organisatiebrede aankoop om dubbele licenties te voorkomen."
    ],
    DECISION_ARG_OVERLAP_UNTIL_TERM_END = "decision.arg.overlap_until_term_end" => [
        "Taking over later leaves buyers paying to the end of their term.",
        "Bei späterer Übernahme zahlen Käufer bis zum Laufzeitende weiter.",
        "Later overnemen laat kopers betalen tot het einde van hun looptijd."
    ],
    DECISION_ARG_USAGE_INSIGHT = "decision.arg.usage_insight" => [
        "Early adopters’ usage shows what an organisation-wide roll-out needs.",
        "Die Nutzung durch Vorreiter zeigt, was eine organisationsweite Einführung braucht.",
        "Het gebruik door voorlopers laat zien wat een organisatiebrede uitrol nodig heeft."
    ],
    DECISION_ARG_SHADOW_IT = "decision.arg.shadow_it" => [
        "Cloud services the IT strategy never approved come into use (almost shadow IT).",
        "Es kommen Cloud-Dienste zum Einsatz, die die IT-Strategie nie freigegeben hat (fast Schatten-IT).",
        "Er komen clouddiensten in gebruik die de IT-strategie nooit heeft goedgekeurd (bijna schaduw-IT)."
    ],
    DECISION_ARG_NEW_PRODUCTS_ENABLED = "decision.arg.new_products_enabled" => [
        "Microsoft adds new self-service products enabled by default.",
        "Microsoft fügt neue Self-Service-Produkte standardmäßig aktiviert hinzu.",
        "Microsoft voegt nieuwe selfserviceproducten standaard ingeschakeld toe."
    ],
    DECISION_ARG_ADMIN_VISIBILITY = "decision.arg.admin_visibility" => [
        "Admins see every self-service purchase and can block each product.",
        "Admins sehen jeden Self-Service-Kauf und können jedes Produkt blockieren.",
        "Beheerders zien elke selfservice-aankoop en kunnen elk product blokkeren."
    ],
    DECISION_ARG_NOTIFICATIONS = "decision.arg.notifications" => [
        "Admins are notified when users start trials or buy.",
        "Admins werden benachrichtigt, wenn Benutzer Testversionen starten oder kaufen.",
        "Beheerders krijgen een melding als gebruikers proefversies starten of kopen."
    ],
    DECISION_ARG_MS_SUPPORT = "decision.arg.ms_support" => [
        "Microsoft supports self-service buyers; IT and partners are not expected to.",
        "Microsoft betreut Self-Service-Käufer; von IT und Partnern wird das nicht erwartet.",
        "Microsoft ondersteunt selfservicekopers; van IT en partners wordt dat niet verwacht."
    ],
    DECISION_ARG_OWN_CASES = "decision.arg.own_cases" => [
        "Users open support cases with Microsoft themselves.",
        "Benutzer eröffnen selbst Supportfälle bei Microsoft.",
        "Gebruikers openen zelf supportaanvragen bij Microsoft."
    ],
    DECISION_ARG_NO_PREMIER = "decision.arg.no_premier" => [
        "Buyers’ support cases do not use your Premier support incidents.",
        "Supportfälle der Käufer verbrauchen keine Premier-Support-Kontingente.",
        "Supportaanvragen van kopers gaan niet af van uw Premier Support-incidenten."
    ],
    DECISION_ARG_TRAINING_MATERIAL = "decision.arg.training_material" => [
        "Product sites offer guided training, documentation and communities.",
        "Produktseiten bieten geführte Schulungen, Dokumentation und Communitys.",
        "Productsites bieden begeleide training, documentatie en community’s."
    ],
    DECISION_ARG_SELF_SUPPORT_DOUBTFUL = "decision.arg.self_support_doubtful" => [
        "Whether users really support themselves is doubtful; IT ends up helping.",
        "Ob Benutzer sich wirklich selbst helfen, ist fraglich; am Ende hilft die IT.",
        "Of gebruikers zichzelf echt helpen, is twijfelachtig; uiteindelijk helpt IT."
    ],
    DECISION_ARG_SELF_TRAINING_DOUBTFUL = "decision.arg.self_training_doubtful" => [
        "Whether users train themselves well is doubtful.",
        "Ob Benutzer sich gut selbst schulen, ist fraglich.",
        "Of gebruikers zichzelf goed trainen, is twijfelachtig."
    ],
    DECISION_ARG_INVOICE_NAMES_EMPLOYEE = "decision.arg.invoice_names_employee" => [
        "The invoice names the employee, not the company.",
        "Auf der Rechnung steht der Name des Mitarbeitenden, nicht das Unternehmen.",
        "Op de factuur staat de medewerker, niet het bedrijf."
    ],
    DECISION_ARG_CARD_ONLY = "decision.arg.card_only" => [
        "Credit card is the only payment method; no invoicing.",
        "Kreditkarte ist die einzige Zahlungsmethode; kein Kauf auf Rechnung.",
        "Creditcard is de enige betalingsmethode; geen betaling op factuur."
    ],
    DECISION_ARG_PERSONAL_LIABILITY = "decision.arg.personal_liability" => [
        "The buyer pays to the end of the term, even after leaving or when IT takes over.",
        "Der Käufer zahlt bis Laufzeitende, auch nach Austritt oder Übernahme durch die IT.",
        "De koper betaalt tot het einde van de looptijd, ook na vertrek of overname door IT."
    ],
    DECISION_ARG_NO_APPROVAL = "decision.arg.no_approval" => [
        "No approval by IT or purchasing needed: less admin work.",
        "Keine Freigabe durch IT oder Einkauf nötig: weniger Verwaltungsaufwand.",
        "Geen goedkeuring door IT of inkoop nodig: minder beheerwerk."
    ],
    DECISION_ARG_SAME_POLICIES = "decision.arg.same_policies" => [
        "All your data-governance and access policies apply to self-bought products.",
        "Alle Ihre Datenverwaltungs- und Zugriffsrichtlinien gelten für selbst gekaufte Produkte.",
        "Al uw beleid voor gegevensbeheer en toegang geldt voor zelf gekochte producten."
    ],
    DECISION_ARG_DATA_OWNED = "decision.arg.data_owned" => [
        "Data created in self-bought products belongs to the organisation.",
        "Daten aus selbst gekauften Produkten gehören der Organisation.",
        "Gegevens uit zelf gekochte producten zijn van de organisatie."
    ],
    DECISION_ARG_LICENSING_CENTRAL = "decision.arg.licensing_central" => [
        "Licensing is a core competence; software asset management should stay central.",
        "Lizenzierung ist eine Kernkompetenz; das Lizenzmanagement sollte zentral bleiben.",
        "Licentiëring is een kerncompetentie; licentiebeheer hoort centraal te blijven."
    ],
    DECISION_ARG_DIRECTORY_DATA = "decision.arg.directory_data" => [
        "With self-service on, Microsoft’s commerce service processes users’ directory data.",
        "Mit aktivem Self-Service verarbeitet Microsofts Commerce-Dienst Verzeichnisdaten der Benutzer.",
        "Met selfservice aan verwerkt de commerce-dienst van Microsoft directorygegevens van gebruikers."
    ],
    DECISION_ARG_TRY_NEW_TECH = "decision.arg.try_new_tech" => [
        "Users can try new technology and build solutions that help the organisation.",
        "Benutzer können neue Technologien ausprobieren und Lösungen entwickeln, die der Organisation nützen.",
        "Gebruikers kunnen nieuwe technologie proberen en oplossingen bouwen die de organisatie helpen."
    ],
    DECISION_ARG_FAST_ACCESS = "decision.arg.fast_access" => [
        "Users get tools at once, without waiting for IT or purchasing.",
        "Benutzer erhalten Tools sofort, ohne auf IT oder Einkauf zu warten.",
        "Gebruikers krijgen tools meteen, zonder te wachten op IT of inkoop."
    ],
    DECISION_ARG_NO_CARD_TRIALS = "decision.arg.no_card_trials" => [
        "Trials without payment method let users evaluate at no cost; admins decide on conversion.",
        "Testversionen ohne Zahlungsmethode erlauben kostenlose Tests; Admins entscheiden über die Umwandlung.",
        "Proefversies zonder betalingsmethode laten gebruikers kosteloos testen; beheerders beslissen over omzetting."
    ],
    DECISION_ARG_CARD_TRIALS_CONVERT = "decision.arg.card_trials_convert" => [
        "Trials with a card turn into paid subscriptions unless auto-renew is switched off.",
        "Testversionen mit Karte werden kostenpflichtig, sofern die automatische Verlängerung nicht deaktiviert wird.",
        "Proefversies met kaart gaan over in een betaald abonnement, tenzij automatisch verlengen wordt uitgeschakeld."
    ],
    DECISION_ARG_COPILOT_ACUTE_NEED = "decision.arg.copilot_acute_need" => [
        "Speeds up Copilot adoption for users with an acute need.",
        "Beschleunigt die Copilot-Einführung für Benutzer mit akutem Bedarf.",
        "Versnelt de adoptie van Copilot voor gebruikers met een acute behoefte."
    ],
    DECISION_ARG_COPILOT_ONE_LICENCE = "decision.arg.copilot_one_licence" => [
        "A first purchase is limited to one licence, not a whole department.",
        "Ein Erstkauf ist auf eine Lizenz begrenzt; eine ganze Abteilung lässt sich so nicht ausstatten.",
        "Een eerste aankoop is beperkt tot één licentie, niet een hele afdeling."
    ],
    DECISION_ARG_COPILOT_REFUND = "decision.arg.copilot_refund" => [
        "Cancelling within 24 hours refunds fully; within 7 days pro rata.",
        "Bei Kündigung binnen 24 Stunden wird der Betrag voll erstattet, binnen 7 Tagen anteilig.",
        "Annuleren binnen 24 uur geeft volledige terugbetaling, binnen 7 dagen naar rato."
    ],
    DECISION_ARG_COPILOT_BILLING_OWNER = "decision.arg.copilot_billing_owner" => [
        "Only billing account owners or contributors can manage these licences.",
        "Nur Besitzer oder Mitwirkende des Abrechnungskontos können diese Lizenzen verwalten.",
        "Alleen eigenaren of inzenders van het factureringsaccount kunnen deze licenties beheren."
    ],

    // Sources
    DECISION_SOURCE_SEED000 = "decision.source.seed000" => [
        "Seed text of this tool: German blog post “Microsoft 365 Self Service Purchase Lizenzen”, 1 December 2020 (historical; no newer source found for this point)",
        "Ausgangstext dieses Werkzeugs: deutscher Blogbeitrag „Microsoft 365 Self Service Purchase Lizenzen“, 1. Dezember 2020 (historisch; für diesen Punkt keine neuere Quelle gefunden)",
        "Brontekst van deze tool: Duitse blogpost ‘Microsoft 365 Self Service Purchase Lizenzen’, 1 december 2020 (historisch; voor dit punt geen nieuwere bron gevonden)"
    ],
    DECISION_SOURCE_TOPEDIA2024 = "decision.source.topedia2024" => [
        "Topedia blog, “Self-service Lizenzen kaufen, stornieren und übernehmen”, January 2024, blog.topedia.com/2024/01/self-service-lizenzen-kaufen-stornieren-und-uebernehmen/",
        "Topedia-Blog, „Self-service Lizenzen kaufen, stornieren und übernehmen“, Januar 2024, blog.topedia.com/2024/01/self-service-lizenzen-kaufen-stornieren-und-uebernehmen/",
        "Topedia-blog, ‘Self-service Lizenzen kaufen, stornieren und übernehmen’, januari 2024, blog.topedia.com/2024/01/self-service-lizenzen-kaufen-stornieren-und-uebernehmen/"
    ],
    DECISION_SOURCE_MS_FAQ = "decision.source.ms_faq" => [
        "Microsoft Learn, “Self-service purchase FAQ” (page of 9 July 2025), learn.microsoft.com/microsoft-365/commerce/subscriptions/self-service-purchase-faq",
        "Microsoft Learn, „Häufig gestellte Fragen zum Self-Service-Kauf“ (Seite vom 9. Juli 2025), learn.microsoft.com/de-de/microsoft-365/commerce/subscriptions/self-service-purchase-faq",
        "Microsoft Learn, ‘Veelgestelde vragen over selfserviceaankopen’ (pagina van 9 juli 2025), learn.microsoft.com/nl-nl/microsoft-365/commerce/subscriptions/self-service-purchase-faq"
    ],
    DECISION_SOURCE_SCHNEIDER2024 = "decision.source.schneider2024" => [
        "Schneider IT Management (schneider.im), on Microsoft 365 Copilot self-service purchase, October 2024",
        "Schneider IT Management (schneider.im), zum Self-Service-Kauf von Microsoft 365 Copilot, Oktober 2024",
        "Schneider IT Management (schneider.im), over selfservice-aankoop van Microsoft 365 Copilot, oktober 2024"
    ],
    DECISION_SOURCE_MS_LEARN_ADMIN = "decision.source.ms_learn_admin" => [
        "Microsoft Learn, “Manage self-service purchases and trials (for admins)”, learn.microsoft.com/microsoft-365/commerce/subscriptions/manage-self-service-purchases-admins",
        "Microsoft Learn, „Verwalten von Self-Service-Käufen und -Testversionen (für Administratoren)“, learn.microsoft.com/de-de/microsoft-365/commerce/subscriptions/manage-self-service-purchases-admins",
        "Microsoft Learn, ‘Selfserviceaankopen en -proefversies beheren (voor beheerders)’, learn.microsoft.com/nl-nl/microsoft-365/commerce/subscriptions/manage-self-service-purchases-admins"
    ],
    DECISION_SOURCE_MS_LEARN_POWER_BI = "decision.source.ms_learn_power_bi" => [
        "Microsoft Learn (Power BI), “Enable or disable self-service sign-up and purchasing”, learn.microsoft.com/power-bi/enterprise/service-admin-disable-self-service",
        "Microsoft Learn (Power BI), „Aktivieren oder Deaktivieren der Self-Service-Registrierung und des Self-Service-Kaufs“, learn.microsoft.com/de-de/power-bi/enterprise/service-admin-disable-self-service",
        "Microsoft Learn (Power BI), ‘Selfservice-registratie en -aankopen in- of uitschakelen’, learn.microsoft.com/nl-nl/power-bi/enterprise/service-admin-disable-self-service"
    ],
    DECISION_SOURCE_MESSAGE_CENTER = "decision.source.message_center" => [
        "Microsoft 365 message center: MC697802 (December 2023, notices when users start trials) and MC818889 (July 2024, notices of self-service purchases)",
        "Microsoft 365-Nachrichtencenter: MC697802 (Dezember 2023, Hinweise bei gestarteten Testversionen) und MC818889 (Juli 2024, Hinweise zu Self-Service-Käufen)",
        "Microsoft 365-berichtencentrum: MC697802 (december 2023, meldingen bij gestarte proefversies) en MC818889 (juli 2024, meldingen van selfservice-aankopen)"
    ],
    DECISION_SOURCE_OFFICE365ITPROS = "decision.source.office365itpros" => [
        "Tony Redmond, Office 365 for IT Pros (office365itpros.com), on the self-service purchase launch, 2019-10-28",
        "Tony Redmond, Office 365 for IT Pros (office365itpros.com), zur Einführung des Self-Service-Kaufs, 28.10.2019",
        "Tony Redmond, Office 365 for IT Pros (office365itpros.com), over de introductie van selfservice-aankoop, 28-10-2019"
    ],
    DECISION_SOURCE_DOMAIN_RESEARCH = "decision.source.domain_research" => [
        "An assumption of this tool, not a published rule: change the answer or its weight if it does not fit",
        "Eine Annahme dieses Werkzeugs, keine veröffentlichte Regel: Ändern Sie Antwort oder Gewichtung, wenn sie nicht passt",
        "Een aanname van deze tool, geen gepubliceerde regel: wijzig het antwoord of het gewicht als het niet past"
    ],
    DECISION_SOURCE_CATALOGUE = "decision.source.catalogue" => [
        "This tool's product catalogue: each price with its source and date under Costs",
        "Der Produktkatalog dieses Werkzeugs: jeder Preis mit Quelle und Datum unter „Kosten“",
        "De productcatalogus van deze tool: elke prijs met bron en datum onder Kosten"
    ],
    DECISION_SOURCE_LICENSING_SCHOOL2026 = "decision.source.licensing_school2026" => [
        "Licensing School licensing blog, on the CSP Extended Service Term from 1 April 2026 (posts of 2025–2026), licensingschool.co.uk/licensing-blog/tag/microsoft",
        "Licensing-School-Lizenzblog, zur CSP Extended Service Term ab 1. April 2026 (Beiträge 2025–2026), licensingschool.co.uk/licensing-blog/tag/microsoft",
        "Licensing School-licentieblog, over de CSP Extended Service Term vanaf 1 april 2026 (berichten uit 2025–2026), licensingschool.co.uk/licensing-blog/tag/microsoft"
    ],
    DECISION_SOURCE_PARTNER_NEWSLETTERS2026 = "decision.source.partner_newsletters2026" => [
        "Microsoft partner newsletters on “Copilot in 30”, about August 2026 (secondary source, unverified: no Microsoft page found)",
        "Newsletter von Microsoft-Partnern zu „Copilot in 30“, etwa August 2026 (Sekundärquelle, nicht überprüft: keine Microsoft-Seite gefunden)",
        "Nieuwsbrieven van Microsoft-partners over ‘Copilot in 30’, rond augustus 2026 (secundaire bron, niet geverifieerd: geen Microsoft-pagina gevonden)"
    ],

    // Criteria and weights
    DECISION_CRITERION_AVAILABILITY = "decision.criterion.availability" => ["Availability", "Verfügbarkeit", "Beschikbaarheid"],
    DECISION_CRITERION_AGREEMENT = "decision.criterion.agreement" => ["Existing agreement", "Bestehender Vertrag", "Bestaande overeenkomst"],
    DECISION_CRITERION_PLANNING = "decision.criterion.planning" => ["Planned purchases", "Geplante Käufe", "Geplande aankopen"],
    DECISION_CRITERION_STRATEGY = "decision.criterion.strategy" => ["IT strategy", "IT-Strategie", "IT-strategie"],
    DECISION_CRITERION_SUPPORT = "decision.criterion.support" => ["Support and training", "Support und Schulung", "Ondersteuning en training"],
    DECISION_CRITERION_BILLING = "decision.criterion.billing" => ["Billing", "Abrechnung", "Facturering"],
    DECISION_CRITERION_COMPLIANCE = "decision.criterion.compliance" => ["Compliance", "Compliance", "Compliance"],
    DECISION_CRITERION_EXPERIMENTATION = "decision.criterion.experimentation" => ["Experimenting", "Ausprobieren", "Experimenteren"],
    DECISION_CRITERION_COPILOT = "decision.criterion.copilot" => ["Microsoft 365 Copilot", "Microsoft 365 Copilot", "Microsoft 365 Copilot"],
    DECISION_CRITERION_COST = "decision.criterion.cost" => ["Cost", "Kosten", "Kosten"],
    DECISION_CRITERION_SCALE = "decision.criterion.scale" => ["Number of users", "Anzahl Benutzer", "Aantal gebruikers"],
    DECISION_WEIGHT_IGNORE = "decision.weight.ignore" => ["Ignore", "Ignorieren", "Negeren"],
    DECISION_WEIGHT_NORMAL = "decision.weight.normal" => ["Normal", "Normal", "Normaal"],
    DECISION_WEIGHT_IMPORTANT = "decision.weight.important" => ["Important", "Wichtig", "Belangrijk"],
    DECISION_WEIGHT_DECISIVE = "decision.weight.decisive" => ["Decisive", "Entscheidend", "Doorslaggevend"],

    DECISION_SIDE_FOR = "decision.side.for" => ["For", "Dafür", "Voor"],
    DECISION_SIDE_AGAINST = "decision.side.against" => ["Against", "Dagegen", "Tegen"],
    DECISION_SIDE_NEUTRAL = "decision.side.neutral" => ["Fact", "Fakt", "Feit"],
    DECISION_BASIS_NOT_AVAILABLE = "decision.basis.not_available" => ["Not sold here", "Hier nicht verkauft", "Hier niet verkocht"],
    DECISION_BASIS_HARD_RULE = "decision.basis.hard_rule" => ["Hard rule", "Feste Regel", "Vaste regel"],
    DECISION_BASIS_SCORE = "decision.basis.score" => ["Score {score}", "Punktzahl {score}", "Score {score}"],
    DECISION_SCORE_ALLOW = "decision.score.allow" => [
        "Score {score}, at least {allow}: allow.",
        "Punktzahl {score}, mindestens {allow}: erlauben.",
        "Score {score}, minstens {allow}: toestaan."
    ],
    DECISION_SCORE_TRIALS = "decision.score.trials" => [
        "Score {score}, below {allow} but at least {trials}, and a trial without payment method exists: trials only.",
        "Punktzahl {score}, unter {allow}, aber mindestens {trials}, und es gibt eine Testversion ohne Zahlungsmethode: nur Testversionen.",
        "Score {score}, onder {allow} maar minstens {trials}, en er is een proefversie zonder betalingsmethode: alleen proefversies."
    ],
    DECISION_SCORE_BLOCK = "decision.score.block" => [
        "Score {score}, below {trials}: block.",
        "Punktzahl {score}, unter {trials}: blockieren.",
        "Score {score}, onder {trials}: blokkeren."
    ],
    DECISION_SCORE_BLOCK_NO_TRIAL = "decision.score.block_no_trial" => [
        "Score {score}, below {allow}, and there is no trial without payment method: block.",
        "Punktzahl {score}, unter {allow}, und es gibt keine Testversion ohne Zahlungsmethode: blockieren.",
        "Score {score}, onder {allow}, en er is geen proefversie zonder betalingsmethode: blokkeren."
    ],

    // Rules: the sentence shown when a rule fires
    DECISION_RULE_UNAVAILABLE_GOVERNMENT = "decision.rule.unavailable_government" => [
        "Self-service purchase is not available for government tenants.",
        "Für Behörden-Mandanten gibt es keinen Self-Service-Kauf.",
        "Selfservice-aankoop is niet beschikbaar voor overheidstenants."
    ],
    DECISION_RULE_UNAVAILABLE_EDUCATION = "decision.rule.unavailable_education" => [
        "Self-service purchase is not available for education tenants.",
        "Für Bildungs-Mandanten gibt es keinen Self-Service-Kauf.",
        "Selfservice-aankoop is niet beschikbaar voor onderwijstenants."
    ],
    DECISION_RULE_UNAVAILABLE_INDIA = "decision.rule.unavailable_india" => [
        "Self-service purchase is not available in India.",
        "In Indien gibt es keinen Self-Service-Kauf.",
        "Selfservice-aankoop is niet beschikbaar in India."
    ],
    DECISION_RULE_NOT_SOLD_IN_COUNTRY = "decision.rule.not_sold_in_country" => [
        "{product} is not sold through self-service in Brazil or DR Congo.",
        "{product} wird in Brasilien und der DR Kongo nicht per Self-Service verkauft.",
        "{product} wordt in Brazilië en DR Congo niet via selfservice verkocht."
    ],
    DECISION_RULE_END_OF_SALE = "decision.rule.end_of_sale" => [
        "{product} is no longer sold to new buyers (since {date}); existing subscriptions renew, so it may still be in your tenant and keeps its policy. Allowing it gains nothing new.",
        "{product} wird seit {date} nicht mehr an neue Käufer verkauft; bestehende Abonnements verlängern sich, das Produkt kann also noch im Mandanten sein und behält seine Richtlinie. Zulassen bringt nichts Neues.",
        "{product} wordt sinds {date} niet meer aan nieuwe kopers verkocht; bestaande abonnementen worden verlengd, dus het kan nog in uw tenant staan en houdt zijn beleid. Toestaan levert niets nieuws op."
    ],
    DECISION_RULE_RETIRED = "decision.rule.retired" => [
        "{product} is retired: block it; nothing can be bought any more.",
        "{product} ist eingestellt: blockieren; ein Kauf ist ohnehin nicht mehr möglich.",
        "{product} is stopgezet: blokkeer het; kopen kan toch niet meer."
    ],
    DECISION_RULE_ORG_WIDE_PURCHASE_PLANNED = "decision.rule.org_wide_purchase_planned" => [
        "An organisation-wide purchase of {product} is planned: block self-service for now to avoid duplicate licences.",
        "Ein organisationsweiter Kauf von {product} ist geplant: Self-Service vorerst blockieren, um doppelte Lizenzen zu vermeiden.",
        "Een organisatiebrede aankoop van {product} is gepland: blokkeer selfservice voorlopig om dubbele licenties te voorkomen."
    ],
    DECISION_RULE_COVERED_BY_AGREEMENT = "decision.rule.covered_by_agreement" => [
        "{product} is already covered by your agreement: block self-service; users request a licence instead.",
        "{product} ist bereits durch Ihren Vertrag abgedeckt: Self-Service blockieren; Benutzer fordern eine Lizenz an.",
        "{product} valt al onder uw overeenkomst: blokkeer selfservice; gebruikers vragen een licentie aan."
    ],
    DECISION_RULE_AGREEMENT_IN_PLACE = "decision.rule.agreement_in_place" => [
        "You already buy through an agreement: a central purchase lands on the organisation's invoice, not on employees' cards. Whether it also beats the list price depends on your terms (EA online services are at the list price since 1 November 2025; a CSP partner may discount): Costs has the figures.",
        "Sie kaufen bereits über einen Vertrag: Ein zentraler Kauf landet auf der Rechnung der Organisation, nicht auf den Karten der Mitarbeitenden. Ob er auch günstiger als der Listenpreis ist, hängt von Ihren Konditionen ab (EA-Onlinedienste kosten seit dem 1. November 2025 den Listenpreis; ein CSP-Partner kann Rabatt geben): Die Zahlen stehen unter Kosten.",
        "U koopt al via een overeenkomst: een centrale aankoop komt op de factuur van de organisatie, niet op de kaarten van medewerkers. Of die ook goedkoper is dan de lijstprijs, hangt af van uw voorwaarden (EA-onlinediensten kosten sinds 1 november 2025 de lijstprijs; een CSP-partner kan korting geven): de bedragen staan onder Kosten."
    ],
    DECISION_RULE_NO_AGREEMENT = "decision.rule.no_agreement" => [
        "Without an agreement, self-service is a quick way to license a few users.",
        "Ohne Vertrag ist Self-Service ein schneller Weg, einzelne Benutzer zu lizenzieren.",
        "Zonder overeenkomst is selfservice een snelle manier om enkele gebruikers te licentiëren."
    ],
    DECISION_RULE_STRATEGY_STRICT = "decision.rule.strategy_strict" => [
        "Your IT strategy does not accept unapproved cloud services; self-bought tools would be close to shadow IT.",
        "Ihre IT-Strategie lässt keine ungenehmigten Cloud-Dienste zu; selbst gekaufte Tools wären fast Schatten-IT.",
        "Uw IT-strategie staat geen niet-goedgekeurde clouddiensten toe; zelf gekochte tools zouden bijna schaduw-IT zijn."
    ],
    DECISION_RULE_STRATEGY_ENCOURAGES = "decision.rule.strategy_encourages" => [
        "Your IT strategy encourages users to try new cloud services.",
        "Ihre IT-Strategie ermutigt Benutzer, neue Cloud-Dienste auszuprobieren.",
        "Uw IT-strategie moedigt gebruikers aan nieuwe clouddiensten te proberen."
    ],
    DECISION_RULE_SUPPORT_NONE = "decision.rule.support_none" => [
        "IT has no capacity to support or train users on self-bought products, and would end up doing it anyway.",
        "Der IT fehlt die Kapazität für Support und Schulung bei selbst gekauften Produkten – am Ende müsste sie beides trotzdem leisten.",
        "IT heeft geen capaciteit voor ondersteuning en training bij zelf gekochte producten en zou het uiteindelijk toch moeten doen."
    ],
    DECISION_RULE_SUPPORT_READY = "decision.rule.support_ready" => [
        "IT can back up users, and Microsoft supports self-service buyers directly.",
        "Die IT kann Benutzer unterstützen, und Microsoft betreut Self-Service-Käufer direkt.",
        "IT kan gebruikers helpen, en Microsoft ondersteunt selfservicekopers rechtstreeks."
    ],
    DECISION_RULE_BILLING_ACCEPTABLE = "decision.rule.billing_acceptable" => [
        "Card payment by employees is acceptable, so no approval by IT or purchasing is needed.",
        "Kartenzahlung durch Mitarbeitende ist akzeptabel; Freigaben durch IT oder Einkauf entfallen.",
        "Betaling met kaart door medewerkers is acceptabel; goedkeuring door IT of inkoop is dan niet nodig."
    ],
    DECISION_RULE_BILLING_RELUCTANT = "decision.rule.billing_reluctant" => [
        "Card payment by employees is accepted only reluctantly: expense claims and liability to the end of the term create work.",
        "Kartenzahlung durch Mitarbeitende wird nur ungern akzeptiert: Spesenabrechnungen und Haftung bis Laufzeitende verursachen Aufwand.",
        "Betaling met kaart door medewerkers wordt alleen met tegenzin geaccepteerd: declaraties en aansprakelijkheid tot het einde van de looptijd kosten werk."
    ],
    DECISION_RULE_BILLING_UNACCEPTABLE = "decision.rule.billing_unacceptable" => [
        "Invoices in the employee’s name, card-only payment and personal liability to the end of the term are not acceptable for you.",
        "Rechnungen auf den Namen der Mitarbeitenden, reine Kartenzahlung und persönliche Haftung bis Laufzeitende sind für Sie nicht akzeptabel.",
        "Facturen op naam van de medewerker, alleen kaartbetaling en persoonlijke aansprakelijkheid tot het einde van de looptijd zijn voor u niet acceptabel."
    ],
    DECISION_RULE_REGULATED = "decision.rule.regulated" => [
        "Your organisation is regulated: licensing and data decisions should stay central.",
        "Ihre Organisation ist reguliert: Lizenz- und Datenentscheidungen sollten zentral bleiben.",
        "Uw organisatie is gereguleerd: beslissingen over licenties en gegevens horen centraal te blijven."
    ],
    DECISION_RULE_NOT_REGULATED = "decision.rule.not_regulated" => [
        "No special compliance needs: your policies apply to self-bought products too, and the data stays the organisation’s.",
        "Keine besonderen Compliance-Vorgaben: Ihre Richtlinien gelten auch für selbst gekaufte Produkte, die Daten gehören der Organisation.",
        "Geen bijzondere compliance-eisen: uw beleid geldt ook voor zelf gekochte producten en de gegevens blijven van de organisatie."
    ],
    DECISION_RULE_EXPERIMENTATION_HIGH = "decision.rule.experimentation_high" => [
        "You want users to try new tools quickly; self-service gives them access at once.",
        "Benutzer sollen neue Tools schnell ausprobieren; Self-Service gibt sofort Zugang.",
        "Gebruikers moeten nieuwe tools snel kunnen proberen; selfservice geeft direct toegang."
    ],
    DECISION_RULE_EXPERIMENTATION_LOW = "decision.rule.experimentation_low" => [
        "You prefer planned roll-outs to users trying tools on their own.",
        "Sie bevorzugen geplante Einführungen statt eigenständiger Tests durch Benutzer.",
        "U geeft de voorkeur aan geplande uitrol boven eigen experimenten van gebruikers."
    ],
    DECISION_RULE_HIGH_LIST_PRICE = "decision.rule.high_list_price" => [
        "{product} is high-cost: {price} per user and month (from {threshold}).",
        "{product} ist teuer: {price} pro Benutzer und Monat (ab {threshold}).",
        "{product} is duur: {price} per gebruiker per maand (vanaf {threshold})."
    ],
    DECISION_RULE_LOW_LIST_PRICE = "decision.rule.low_list_price" => [
        "{product} is low-cost: {price} per user and month (up to {threshold}).",
        "{product} ist günstig: {price} pro Benutzer und Monat (bis {threshold}).",
        "{product} is goedkoop: {price} per gebruiker per maand (tot {threshold})."
    ],
    DECISION_RULE_PRICE_PREMIUM = "decision.rule.price_premium" => [
        {
            "Over {months} month, self-service for {product} costs {amount} more than the cheapest central purchase: {licences} in licences and {overhead} in estimated overhead (expense claims, reviews; assumptions you can change under Costs).",
            "Over {months} months, self-service for {product} costs {amount} more than the cheapest central purchase: {licences} in licences and {overhead} in estimated overhead (expense claims, reviews; assumptions you can change under Costs)."
        },
        {
            "Über {months} Monat kostet Self-Service für {product} {amount} mehr als der günstigste zentrale Kauf: {licences} für Lizenzen und {overhead} geschätzter Aufwand (Spesenabrechnungen, Prüfungen; Annahmen, die Sie unter „Kosten“ ändern können).",
            "Über {months} Monate kostet Self-Service für {product} {amount} mehr als der günstigste zentrale Kauf: {licences} für Lizenzen und {overhead} geschätzter Aufwand (Spesenabrechnungen, Prüfungen; Annahmen, die Sie unter „Kosten“ ändern können)."
        },
        {
            "Over {months} maand kost selfservice voor {product} {amount} meer dan de goedkoopste centrale aankoop: {licences} aan licenties en {overhead} aan geschatte overhead (declaraties, controles; aannames die u onder Kosten kunt wijzigen).",
            "Over {months} maanden kost selfservice voor {product} {amount} meer dan de goedkoopste centrale aankoop: {licences} aan licenties en {overhead} aan geschatte overhead (declaraties, controles; aannames die u onder Kosten kunt wijzigen)."
        }
    ],
    DECISION_RULE_NO_PRICE_PREMIUM = "decision.rule.no_price_premium" => [
        {
            "Over {months} month, self-service for {product} costs no more than the cheapest central purchase (saving {saving}).",
            "Over {months} months, self-service for {product} costs no more than the cheapest central purchase (saving {saving})."
        },
        {
            "Über {months} Monat kostet Self-Service für {product} nicht mehr als der günstigste zentrale Kauf (Ersparnis {saving}).",
            "Über {months} Monate kostet Self-Service für {product} nicht mehr als der günstigste zentrale Kauf (Ersparnis {saving})."
        },
        {
            "Over {months} maand kost selfservice voor {product} niet meer dan de goedkoopste centrale aankoop (besparing {saving}).",
            "Over {months} maanden kost selfservice voor {product} niet meer dan de goedkoopste centrale aankoop (besparing {saving})."
        }
    ],
    DECISION_RULE_FEW_SEATS = "decision.rule.few_seats" => [
        "Few users need {product} ({seats}): self-service suits individuals and small groups.",
        "Wenige Benutzer brauchen {product} ({seats}): Self-Service passt für Einzelne und kleine Gruppen.",
        "Weinig gebruikers hebben {product} nodig ({seats}): selfservice past bij individuen en kleine groepen."
    ],
    DECISION_RULE_MANY_SEATS = "decision.rule.many_seats" => [
        "Many users need {product} ({seats}): at that scale, buy centrally.",
        "Viele Benutzer brauchen {product} ({seats}): in dieser Größe zentral kaufen.",
        "Veel gebruikers hebben {product} nodig ({seats}): koop op die schaal centraal."
    ],
    DECISION_RULE_COPILOT_LIMITED_EXPOSURE = "decision.rule.copilot_limited_exposure" => [
        "Copilot self-service is limited: one licence per first purchase, full refund within 24 hours, pro rata within 7 days.",
        "Copilot-Self-Service ist begrenzt: eine Lizenz pro Erstkauf, volle Erstattung binnen 24 Stunden, anteilig binnen 7 Tagen.",
        "Copilot-selfservice is beperkt: één licentie per eerste aankoop, volledige terugbetaling binnen 24 uur, naar rato binnen 7 dagen."
    ],
    DECISION_RULE_COPILOT_EARLY_ADOPTERS = "decision.rule.copilot_early_adopters" => [
        "Copilot early adopters should start now; their usage informs a later roll-out.",
        "Copilot-Vorreiter sollen jetzt starten; ihre Nutzung hilft bei der späteren Einführung.",
        "Copilot-voorlopers kunnen het best nu beginnen; hun gebruik helpt bij de latere uitrol."
    ],
    DECISION_RULE_COPILOT_CENTRAL = "decision.rule.copilot_central" => [
        "IT will assign Copilot licences centrally; users request one instead of buying.",
        "Die IT weist Copilot-Lizenzen zentral zu; Benutzer fordern eine an, statt zu kaufen.",
        "IT wijst Copilot-licenties centraal toe; gebruikers vragen er een aan in plaats van te kopen."
    ],
    DECISION_RULE_COPILOT_NOT_NOW = "decision.rule.copilot_not_now" => [
        "Copilot is not wanted for now.",
        "Copilot ist vorerst nicht gewünscht.",
        "Copilot is voorlopig niet gewenst."
    ],

    // Follow-ups: title and what to do
    DECISION_FOLLOW_UP_TAKE_OVER = "decision.follow_up.take_over" => ["Take over existing subscriptions", "Bestehende Abonnements übernehmen", "Bestaande abonnementen overnemen"],
    DECISION_FOLLOW_UP_LICENCE_REQUESTS = "decision.follow_up.licence_requests" => ["Give users a licence-request path", "Lizenzanforderungen einrichten", "Licentieaanvragen regelen"],
    DECISION_FOLLOW_UP_REVIEW_PURCHASES = "decision.follow_up.review_purchases" => ["Review purchases regularly", "Käufe regelmäßig prüfen", "Aankopen regelmatig controleren"],
    DECISION_FOLLOW_UP_RECHECK = "decision.follow_up.recheck" => ["Re-check for new products", "Auf neue Produkte prüfen", "Controleren op nieuwe producten"],
    DECISION_FOLLOW_UP_REVISIT = "decision.follow_up.revisit" => ["Revisit after the planned purchase", "Nach dem geplanten Kauf neu entscheiden", "Na de geplande aankoop opnieuw bekijken"],
    DECISION_FOLLOW_UP_CONVERT_TRIALS = "decision.follow_up.convert_trials" => ["Plan trial conversions", "Umwandlung von Testversionen planen", "Omzetten van proefversies plannen"],
    DECISION_FOLLOW_UP_COPILOT_BILLING = "decision.follow_up.copilot_billing" => [
        "Get billing-account access for Copilot",
        "Zugriff auf das Abrechnungskonto für Copilot sichern",
        "Toegang tot het factureringsaccount voor Copilot regelen"
    ],
    DECISION_FOLLOW_UP_CSP_RENEWAL = "decision.follow_up.csp_renewal" => ["Renew CSP subscriptions on time", "CSP-Abonnements rechtzeitig verlängern", "CSP-abonnementen op tijd verlengen"],
    DECISION_FOLLOW_UP_COPILOT_PARTNER_TRIAL = "decision.follow_up.copilot_partner_trial" => [
        "Ask your partner about a free Copilot trial",
        "Partner nach einer kostenlosen Copilot-Testversion fragen",
        "Uw partner vragen naar een gratis Copilot-proefversie"
    ],
    DECISION_RULE_FOLLOW_UP_TAKE_OVER = "decision.rule.follow_up_take_over" => [
        "Blocking does not end existing self-service subscriptions. For {products}, open Billing > Your products, filter Self-service, and choose Take control: Move users (needs free organisation licences) or Cancel. The buyer keeps paying to the end of the term.",
        "Blockieren beendet bestehende Self-Service-Abonnements nicht. Für {products}: Abrechnung > Ihre Produkte, Filter „Self-Service“, dann „Kontrolle übernehmen“ (englisch: Take control): „Benutzer verschieben“ (Move users; braucht freie Organisationslizenzen) oder „Abonnement kündigen“ (Cancel subscription). Der Käufer zahlt bis zum Laufzeitende.",
        "Blokkeren beëindigt bestaande selfservice-abonnementen niet. Voor {products}: Facturering > Uw producten, filter ‘Selfservice’, dan ‘Beheer overnemen’ (Engels: Take control): ‘Gebruikers verplaatsen’ (Move users; vereist vrije organisatielicenties) of ‘Abonnement opzeggen’ (Cancel subscription). De koper betaalt tot het einde van de looptijd."
    ],
    DECISION_RULE_FOLLOW_UP_LICENCE_REQUESTS = "decision.rule.follow_up_licence_requests" => [
        "Users who try to buy {products} see that it is blocked and can send a licence request. Requests are deleted after 30 days and admins get no email about them: decide who handles them, or connect your own request process (see the licence-request section).",
        "Wer {products} kaufen will, sieht die Sperre und kann eine Lizenzanforderung senden. Anforderungen werden nach 30 Tagen gelöscht, und Administratoren erhalten dazu keine E-Mail: Legen Sie fest, wer sie bearbeitet, oder verbinden Sie Ihren eigenen Anforderungsprozess (siehe den Abschnitt zu Lizenzanforderungen).",
        "Wie {products} wil kopen, ziet de blokkade en kan een licentieaanvraag sturen. Aanvragen worden na 30 dagen verwijderd en beheerders krijgen er geen e-mail over: bepaal wie ze behandelt, of koppel uw eigen aanvraagproces (zie het onderdeel over licentieaanvragen)."
    ],
    DECISION_RULE_FOLLOW_UP_REVISIT = "decision.rule.follow_up_revisit" => [
        "The block on {products} is temporary: once the organisation-wide licences are assigned, confirm or lift it.",
        "Die Sperre für {products} ist vorübergehend: Bestätigen Sie sie oder heben Sie sie auf, sobald die organisationsweiten Lizenzen zugewiesen sind.",
        "De blokkade van {products} is tijdelijk: bevestig of verwijder hem zodra de organisatiebrede licenties zijn toegewezen."
    ],
    DECISION_RULE_FOLLOW_UP_CONVERT_TRIALS = "decision.rule.follow_up_convert_trials" => [
        "Trials without payment method for {products} do not renew; converting needs an admin, and data access may end at expiry. Decide who converts.",
        "Testversionen ohne Zahlungsmethode für {products} verlängern sich nicht; umwandeln kann nur ein Admin, bei Ablauf kann der Datenzugriff enden. Legen Sie fest, wer umwandelt.",
        "Proefversies zonder betalingsmethode voor {products} verlengen niet; omzetten vereist een beheerder en bij afloop kan de toegang tot gegevens stoppen. Bepaal wie omzet."
    ],
    DECISION_RULE_FOLLOW_UP_REVIEW_PURCHASES = "decision.rule.follow_up_review_purchases" => [
        "For {products}, watch the admin notifications about trials and purchases, and review self-service purchases every quarter (Billing > Licenses, filter Self-service).",
        "Für {products}: Beachten Sie die Admin-Benachrichtigungen zu Testversionen und Käufen, und prüfen Sie Self-Service-Käufe vierteljährlich (Abrechnung > Lizenzen, Filter „Self-Service“).",
        "Voor {products}: let op beheermeldingen over proefversies en aankopen en controleer selfservice-aankopen elk kwartaal (Facturering > Licenties, filter Selfservice)."
    ],
    DECISION_RULE_FOLLOW_UP_COPILOT_BILLING = "decision.rule.follow_up_copilot_billing" => [
        "Only billing account owners or contributors can manage Copilot self-service licences: make sure an admin is one (ownership transfer in Partner Center).",
        "Nur Besitzer oder Mitwirkende des Abrechnungskontos verwalten Copilot-Self-Service-Lizenzen: Sorgen Sie dafür, dass ein Admin dazugehört (Übertragung im Partner Center).",
        "Alleen eigenaren of inzenders van het factureringsaccount beheren Copilot-selfservicelicenties: zorg dat een beheerder dat is (overdracht in Partner Center)."
    ],
    DECISION_RULE_FOLLOW_UP_CSP_RENEWAL = "decision.rule.follow_up_csp_renewal" => [
        "CSP is the cheaper way to buy {products} here only if renewals are managed: renew each CSP subscription, or turn on auto-renew, before its term ends. Since 1 April 2026 there is no grace period: a subscription that expires moves to an Extended Service Term, billed at a higher rate.",
        "CSP ist für {products} hier nur dann günstiger, wenn die Verlängerungen gesteuert werden: Verlängern Sie jedes CSP-Abonnement vor Laufzeitende oder aktivieren Sie die automatische Verlängerung. Seit dem 1. April 2026 gibt es keine Karenzzeit mehr: Ein abgelaufenes Abonnement wechselt in eine Extended Service Term, die zu einem höheren Preis abgerechnet wird.",
        "CSP is hier alleen goedkoper voor {products} als de verlengingen worden beheerd: verleng elk CSP-abonnement vóór het einde van de looptijd of zet automatisch verlengen aan. Sinds 1 april 2026 is er geen respijtperiode meer: een verlopen abonnement gaat over naar een Extended Service Term, gefactureerd tegen een hoger tarief."
    ],
    DECISION_RULE_FOLLOW_UP_COPILOT_PARTNER_TRIAL = "decision.rule.follow_up_copilot_partner_trial" => [
        "Until {until}, Microsoft partners (CSP) can give organisations with fewer than {limit} users a free Microsoft 365 Copilot Business trial, “{offer}”: {seats} licences for {days} days, arranged through the partner. While users cannot buy {products} themselves, that is the cheaper way to try it: ask your partner. Reported by partner newsletters only, not confirmed on a Microsoft page.",
        "Bis zum {until} können Microsoft-Partner (CSP) Organisationen mit weniger als {limit} Benutzern eine kostenlose Testversion von Microsoft 365 Copilot Business geben, „{offer}“: {seats} Lizenzen für {days} Tage, über den Partner abgewickelt. Solange Benutzer {products} nicht selbst kaufen können, ist das der günstigere Weg zum Ausprobieren: Fragen Sie Ihren Partner. Nur aus Partner-Newslettern bekannt, auf keiner Microsoft-Seite bestätigt.",
        "Tot {until} kunnen Microsoft-partners (CSP) organisaties met minder dan {limit} gebruikers een gratis proefversie van Microsoft 365 Copilot Business geven, ‘{offer}’: {seats} licenties voor {days} dagen, geregeld via de partner. Zolang gebruikers {products} niet zelf kunnen kopen, is dat de goedkopere manier om het te proberen: vraag het uw partner. Alleen gemeld in partnernieuwsbrieven, niet bevestigd op een Microsoft-pagina."
    ],
    DECISION_RULE_FOLLOW_UP_COPILOT_PARTNER_TRIAL_SIZE = "decision.rule.follow_up_copilot_partner_trial_size" => [
        "Until {until}, Microsoft partners (CSP) offer “{offer}”, a free Microsoft 365 Copilot Business trial of {seats} licences for {days} days, for organisations with fewer than {limit} users only (the organisation's size is not answered in the walk). If yours qualifies, that is the cheaper way to try it while users cannot buy {products} themselves: ask your partner. Reported by partner newsletters only, not confirmed on a Microsoft page.",
        "Bis zum {until} bieten Microsoft-Partner (CSP) „{offer}“ an, eine kostenlose Testversion von Microsoft 365 Copilot Business mit {seats} Lizenzen für {days} Tage, nur für Organisationen mit weniger als {limit} Benutzern (die Größe der Organisation ist im Fragenkatalog nicht beantwortet). Wenn Ihre dazugehört, ist das der günstigere Weg zum Ausprobieren, solange Benutzer {products} nicht selbst kaufen können: Fragen Sie Ihren Partner. Nur aus Partner-Newslettern bekannt, auf keiner Microsoft-Seite bestätigt.",
        "Tot {until} bieden Microsoft-partners (CSP) ‘{offer}’ aan, een gratis proefversie van Microsoft 365 Copilot Business met {seats} licenties voor {days} dagen, alleen voor organisaties met minder dan {limit} gebruikers (de omvang van de organisatie is in de vragen niet beantwoord). Als uw organisatie daaronder valt, is dat de goedkopere manier om het te proberen zolang gebruikers {products} niet zelf kunnen kopen: vraag het uw partner. Alleen gemeld in partnernieuwsbrieven, niet bevestigd op een Microsoft-pagina."
    ],
    DECISION_RULE_FOLLOW_UP_RECHECK = "decision.rule.follow_up_recheck" => [
        "Re-run this check regularly, e.g. monthly: Microsoft adds new self-service products enabled by default, and there is no tenant-wide switch.",
        "Prüfen Sie regelmäßig erneut, etwa monatlich: Microsoft fügt neue Self-Service-Produkte standardmäßig aktiviert hinzu; einen mandantenweiten Schalter gibt es nicht.",
        "Herhaal deze controle regelmatig, bijv. maandelijks: Microsoft voegt nieuwe selfserviceproducten standaard ingeschakeld toe en er is geen tenantbrede schakelaar."
    ],

    // Verdicts and the executive summary
    DECISION_VERDICT_NOTHING_TO_CONFIGURE = "decision.verdict.nothing_to_configure" => ["Nothing to configure", "Nichts zu konfigurieren", "Niets te configureren"],
    DECISION_VERDICT_NO_PRODUCTS = "decision.verdict.no_products" => ["No products selected", "Keine Produkte gewählt", "Geen producten gekozen"],
    DECISION_VERDICT_BLOCK_ALL = "decision.verdict.block_all" => ["Block all", "Alle blockieren", "Alles blokkeren"],
    DECISION_VERDICT_TRIALS_ONLY = "decision.verdict.trials_only" => ["Block, trials where possible", "Blockieren, Testversionen wo möglich", "Blokkeren, proefversies waar mogelijk"],
    DECISION_VERDICT_MIXED = "decision.verdict.mixed" => ["Product by product", "Je nach Produkt", "Per product"],
    DECISION_VERDICT_ALLOW_MOST = "decision.verdict.allow_most" => ["Allow most", "Die meisten erlauben", "De meeste toestaan"],
    DECISION_VERDICT_ALLOW_ALL = "decision.verdict.allow_all" => ["Allow all", "Alle erlauben", "Alles toestaan"],
    DECISION_SUMMARY_NO_PRODUCTS = "decision.summary.no_products" => [
        "Pick the products users could buy to get a recommendation.",
        "Wählen Sie die Produkte, die Benutzer kaufen könnten, um eine Empfehlung zu erhalten.",
        "Kies de producten die gebruikers zouden kunnen kopen om een advies te krijgen."
    ],
    DECISION_SUMMARY_NOTHING_TO_CONFIGURE = "decision.summary.nothing_to_configure" => [
        "There is nothing to configure: users who try to buy see a message to contact their IT admin.",
        "Es ist nichts zu konfigurieren: Benutzer sehen beim Kaufversuch den Hinweis, sich an die IT zu wenden.",
        "Er is niets te configureren: gebruikers die willen kopen, zien een melding om contact op te nemen met IT."
    ],
    DECISION_SUMMARY_NONE_SOLD = "decision.summary.none_sold" => [
        {
            "The selected product is not sold through self-service here, so there is nothing to configure for it.",
            "None of the {count} selected products is sold through self-service here, so there is nothing to configure for them."
        },
        {
            "Das gewählte Produkt wird hier nicht per Self-Service verkauft; dafür ist nichts zu konfigurieren.",
            "Keines der {count} gewählten Produkte wird hier per Self-Service verkauft; dafür ist nichts zu konfigurieren."
        },
        {
            "Het gekozen product wordt hier niet via selfservice verkocht; daarvoor is niets te configureren.",
            "Geen van de {count} gekozen producten wordt hier via selfservice verkocht; daarvoor is niets te configureren."
        }
    ],
    DECISION_SUMMARY_BLOCK_ALL = "decision.summary.block_all" => [
        "We recommend blocking self-service purchase for every selected product ({total}).",
        "Wir empfehlen, den Self-Service-Kauf für jedes gewählte Produkt zu blockieren ({total}).",
        "Wij raden aan selfservice-aankoop voor elk gekozen product te blokkeren ({total})."
    ],
    DECISION_SUMMARY_TRIALS_ONLY = "decision.summary.trials_only" => [
        {
            "We recommend blocking purchases, but allowing trials without payment method for {trials} of {total} product.",
            "We recommend blocking purchases, but allowing trials without payment method for {trials} of {total} products."
        },
        {
            "Wir empfehlen, Käufe zu blockieren, aber Testversionen ohne Zahlungsmethode für {trials} von {total} Produkt zu erlauben.",
            "Wir empfehlen, Käufe zu blockieren, aber Testversionen ohne Zahlungsmethode für {trials} von {total} Produkten zu erlauben."
        },
        {
            "Wij raden aan aankopen te blokkeren, maar proefversies zonder betalingsmethode toe te staan voor {trials} van {total} product.",
            "Wij raden aan aankopen te blokkeren, maar proefversies zonder betalingsmethode toe te staan voor {trials} van {total} producten."
        }
    ],
    DECISION_SUMMARY_MIXED = "decision.summary.mixed" => [
        "We recommend deciding product by product: of {total} products, allow {allow}, trials only for {trials}, block {block}.",
        "Wir empfehlen eine Entscheidung je Produkt: von {total} Produkten {allow} erlauben, {trials} nur Testversionen, {block} blockieren.",
        "Wij raden een keuze per product aan: van {total} producten {allow} toestaan, {trials} alleen proefversies, {block} blokkeren."
    ],
    DECISION_SUMMARY_ALLOW_MOST = "decision.summary.allow_most" => [
        "We recommend allowing self-service for most products: {allow} of {total} allowed, {trials} trials only, {block} blocked.",
        "Wir empfehlen, Self-Service für die meisten Produkte zu erlauben: {allow} von {total} erlaubt, {trials} nur Testversionen, {block} blockiert.",
        "Wij raden aan selfservice voor de meeste producten toe te staan: {allow} van {total} toegestaan, {trials} alleen proefversies, {block} geblokkeerd."
    ],
    DECISION_SUMMARY_ALLOW_ALL = "decision.summary.allow_all" => [
        "We recommend allowing self-service purchase for every selected product ({total}).",
        "Wir empfehlen, den Self-Service-Kauf für jedes gewählte Produkt zu erlauben ({total}).",
        "Wij raden aan selfservice-aankoop voor elk gekozen product toe te staan ({total})."
    ],
    DECISION_SUMMARY_NOT_SOLD = "decision.summary.not_sold" => [
        {
            "Not sold through self-service here: {count} of the selected products.",
            "Not sold through self-service here: {count} of the selected products."
        },
        {
            "Hier nicht per Self-Service verkauft: {count} der gewählten Produkte.",
            "Hier nicht per Self-Service verkauft: {count} der gewählten Produkte."
        },
        {
            "Hier niet via selfservice verkocht: {count} van de gekozen producten.",
            "Hier niet via selfservice verkocht: {count} van de gekozen producten."
        }
    ],
    DECISION_SUMMARY_HARD_RULES = "decision.summary.hard_rules" => [
        {
            "For {count} of them a hard rule decides (retired, planned organisation-wide purchase or covered by an agreement).",
            "For {count} of them a hard rule decides (retired, planned organisation-wide purchase or covered by an agreement)."
        },
        {
            "Für {count} davon entscheidet eine feste Regel (eingestellt, geplanter organisationsweiter Kauf oder durch Vertrag abgedeckt).",
            "Für {count} davon entscheidet eine feste Regel (eingestellt, geplanter organisationsweiter Kauf oder durch Vertrag abgedeckt)."
        },
        {
            "Voor {count} daarvan beslist een vaste regel (stopgezet, geplande organisatiebrede aankoop of gedekt door een overeenkomst).",
            "Voor {count} daarvan beslist een vaste regel (stopgezet, geplande organisatiebrede aankoop of gedekt door een overeenkomst)."
        }
    ],
    DECISION_SUMMARY_MAIN_REASONS = "decision.summary.main_reasons" => ["The main reasons:", "Die wichtigsten Gründe:", "De belangrijkste redenen:"],
    DECISION_SUMMARY_FOLLOW_UPS = "decision.summary.follow_ups" => [
        { "One follow-up action, listed below.", "{count} follow-up actions, listed below." },
        { "Ein Folgeschritt, siehe unten.", "{count} Folgeschritte, siehe unten." },
        { "Eén vervolgactie, zie hieronder.", "{count} vervolgacties, zie hieronder." }
    ],
    DECISION_SUMMARY_GUESTS = "decision.summary.guests" => [
        "Guests can never buy through self-service in your tenant.",
        "Gäste können in Ihrem Mandanten nie per Self-Service kaufen.",
        "Gasten kunnen in uw tenant nooit via selfservice kopen."
    ],
}
