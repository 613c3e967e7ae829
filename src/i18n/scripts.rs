//! Strings of the script generator's interface: variant tabs, notes, options, admin-center click path.
crate::translation_table! {
    SCRIPTS_VARIANT_MSCOMMERCE = "scripts.variant.mscommerce" => ["MSCommerce PowerShell", "MSCommerce-PowerShell", "MSCommerce-PowerShell"],
    SCRIPTS_VARIANT_LEGACY1X = "scripts.variant.legacy1x" => ["MSCommerce 1.x (legacy)", "MSCommerce 1.x (veraltet)", "MSCommerce 1.x (verouderd)"],
    SCRIPTS_VARIANT_DRIFT = "scripts.variant.drift" => ["Scheduled enforcement", "Geplante Durchsetzung", "Geplande handhaving"],
    SCRIPTS_VARIANT_REST_CURL = "scripts.variant.rest_curl" => ["REST with curl (unofficial)", "REST mit curl (inoffiziell)", "REST met curl (onofficieel)"],
    SCRIPTS_VARIANT_AZ_REST = "scripts.variant.az_rest" => ["REST with az rest (unofficial)", "REST mit az rest (inoffiziell)", "REST met az rest (onofficieel)"],
    SCRIPTS_VARIANT_GRAPH_SIGNUP_PS = "scripts.variant.graph_signup_ps" => [
        "Self-service sign-up (Graph PowerShell)",
        "Self-Service-Registrierung (Graph-PowerShell)",
        "Selfservice-aanmelding (Graph PowerShell)"
    ],
    SCRIPTS_VARIANT_GRAPH_SIGNUP_AZ = "scripts.variant.graph_signup_az" => [
        "Self-service sign-up (az rest)",
        "Self-Service-Registrierung (az rest)",
        "Selfservice-aanmelding (az rest)"
    ],
    SCRIPTS_VARIANT_POWER_PLATFORM = "scripts.variant.power_platform" => [
        "Power Platform trial environments",
        "Power-Platform-Testumgebungen",
        "Power Platform-proefomgevingen"
    ],

    SCRIPTS_NOTE_MSCOMMERCE = "scripts.note.mscommerce" => [
        "The supported way: MSCommerce 2.0 or later on Windows, signed in as a Global or Billing Administrator. It shows the current values first, then sets each product.",
        "Der unterstützte Weg: MSCommerce 2.0 oder neuer unter Windows, angemeldet als globaler Administrator oder Abrechnungsadministrator. Das Skript zeigt zuerst die aktuellen Werte und setzt dann jedes Produkt.",
        "De ondersteunde manier: MSCommerce 2.0 of nieuwer op Windows, aangemeld als globale beheerder of factureringsbeheerder. Het script toont eerst de huidige waarden en stelt daarna elk product in."
    ],
    SCRIPTS_NOTE_LEGACY1X = "scripts.note.legacy1x" => [
        "Only for machines that still have MSCommerce 1.x (Windows PowerShell 5.1). The script checks whether the installed build has -Value (late 1.x builds do) and uses it; only on older builds is “Trials only” left unchanged, with a warning.",
        "Nur für Rechner, die noch MSCommerce 1.x haben (Windows PowerShell 5.1). Das Skript prüft, ob der installierte Build -Value kennt (späte 1.x-Builds tun das), und verwendet es; nur bei älteren Builds bleibt „Nur Testversionen zulassen“ unverändert, mit einer Warnung.",
        "Alleen voor computers die nog MSCommerce 1.x hebben (Windows PowerShell 5.1). Het script controleert of de geïnstalleerde build -Value kent (late 1.x-builds wel) en gebruikt het; alleen bij oudere builds blijft ‘Alleen proefversies toestaan’ ongewijzigd, met een waarschuwing."
    ],
    SCRIPTS_NOTE_DRIFT = "scripts.note.drift" => [
        "Run it regularly, for example monthly: Microsoft adds new products with purchases allowed. It sets every product that is not in your list to the default below, changes only what differs, and reports each change.",
        "Führen Sie es regelmäßig aus, etwa monatlich: Microsoft fügt neue Produkte mit erlaubtem Kauf hinzu. Das Skript setzt jedes Produkt, das nicht in Ihrer Liste steht, auf den Standardwert unten, ändert nur Abweichungen und meldet jede Änderung.",
        "Voer het regelmatig uit, bijvoorbeeld maandelijks: Microsoft voegt nieuwe producten toe waarvoor aankopen zijn toegestaan. Het script zet elk product dat niet in uw lijst staat op de standaardwaarde hieronder, wijzigt alleen wat afwijkt en meldt elke wijziging."
    ],
    SCRIPTS_NOTE_REST_CURL = "scripts.note.rest_curl" => [
        "Unofficial: calls the undocumented endpoint behind the MSCommerce module. Microsoft does not support or test this, and how to get the access token is unverified. The token is read from the MSCOMMERCE_TOKEN environment variable.",
        "Inoffiziell: ruft den undokumentierten Endpunkt hinter dem MSCommerce-Modul auf. Microsoft unterstützt und testet das nicht, und wie man das Zugriffstoken bekommt, ist nicht geprüft. Das Token wird aus der Umgebungsvariable MSCOMMERCE_TOKEN gelesen.",
        "Onofficieel: roept het ongedocumenteerde eindpunt achter de MSCommerce-module aan. Microsoft ondersteunt of test dit niet, en hoe u het toegangstoken krijgt is niet geverifieerd. Het token wordt gelezen uit de omgevingsvariabele MSCOMMERCE_TOKEN."
    ],
    SCRIPTS_NOTE_AZ_REST = "scripts.note.az_rest" => [
        "Unofficial: calls the undocumented endpoint behind the MSCommerce module through the Azure CLI. Whether the Azure CLI may get a token for it is unverified.",
        "Inoffiziell: ruft den undokumentierten Endpunkt hinter dem MSCommerce-Modul über die Azure CLI auf. Ob die Azure CLI dafür ein Token bekommt, ist nicht geprüft.",
        "Onofficieel: roept het ongedocumenteerde eindpunt achter de MSCommerce-module aan via de Azure CLI. Of de Azure CLI er een token voor mag krijgen, is niet geverifieerd."
    ],
    SCRIPTS_NOTE_GRAPH_SIGNUP_PS = "scripts.note.graph_signup_ps" => [
        "A different control: it turns off self-service sign-up for free and viral subscriptions. It does not block purchases.",
        "Eine andere Einstellung: Diese schaltet die Self-Service-Registrierung für kostenlose und virale Abonnements ab. Käufe blockiert sie nicht.",
        "Een andere instelling: ze schakelt selfservice-aanmelding voor gratis en virale abonnementen uit. Aankopen blokkeert ze niet."
    ],
    SCRIPTS_NOTE_GRAPH_SIGNUP_AZ = "scripts.note.graph_signup_az" => [
        "A different control: it turns off self-service sign-up through Microsoft Graph. It does not block purchases. Whether the Azure CLI's permissions cover it in your tenant is unverified.",
        "Eine andere Einstellung: Diese schaltet die Self-Service-Registrierung über Microsoft Graph ab. Käufe blockiert sie nicht. Ob die Berechtigungen der Azure CLI dafür in Ihrem Mandanten reichen, ist nicht geprüft.",
        "Een andere instelling: ze schakelt selfservice-aanmelding uit via Microsoft Graph. Aankopen blokkeert ze niet. Of de rechten van de Azure CLI daarvoor in uw tenant volstaan, is niet geverifieerd."
    ],
    SCRIPTS_NOTE_POWER_PLATFORM = "scripts.note.power_platform" => [
        "A different control: only admins may create Power Platform trial environments. It blocks neither purchases nor licence trials.",
        "Eine andere Einstellung: Nur Administratoren dürfen Power-Platform-Testumgebungen anlegen. Diese Einstellung blockiert weder Käufe noch Testversionen von Lizenzen.",
        "Een andere instelling: alleen beheerders mogen Power Platform-proefomgevingen maken. Ze blokkeert aankopen noch licentieproefversies."
    ],

    SCRIPTS_OPTION_WHAT_IF = "scripts.option.what_if" => [
        "Dry run (change nothing, only show what would change)",
        "Probelauf (nichts ändern, nur zeigen, was sich ändern würde)",
        "Testrun (niets wijzigen, alleen tonen wat zou veranderen)"
    ],
    SCRIPTS_OPTION_DEFAULT_FOR_OTHERS = "scripts.option.default_for_others" => [
        "Products not in your list",
        "Produkte, die nicht in Ihrer Liste stehen",
        "Producten die niet in uw lijst staan"
    ],
    SCRIPTS_OPTION_TENANT_LABEL = "scripts.option.tenant_label" => ["Tenant name (only for comments)", "Mandantenname (nur für Kommentare)", "Tenantnaam (alleen voor commentaar)"],
    SCRIPTS_OPTION_POWER_PLATFORM = "scripts.option.power_platform" => [
        "Also restrict Power Platform trial environments to admins",
        "Auch Power-Platform-Testumgebungen auf Administratoren beschränken",
        "Ook Power Platform-proefomgevingen tot beheerders beperken"
    ],
    SCRIPTS_ADMIN_CENTER = "scripts.admin_center" => ["Admin center, step by step", "Admin Center, Schritt für Schritt", "Beheercentrum, stap voor stap"],

    SCRIPTS_STEPS_SIGN_IN = "scripts.steps.sign_in" => [
        "Sign in to the Microsoft 365 admin center (admin.microsoft.com) as a Global Administrator.",
        "Melden Sie sich im Microsoft 365 Admin Center (admin.microsoft.com) als globaler Administrator an.",
        "Meld u aan bij het Microsoft 365-beheercentrum (admin.microsoft.com) als globale beheerder."
    ],
    SCRIPTS_STEPS_OPEN = "scripts.steps.open" => [
        "Go to Settings > Org settings > Services and open Self-service trials and purchases.",
        "Öffnen Sie Einstellungen > Organisationseinstellungen > Dienste > Self-Service-Testversionen und -Käufe (englisch: Self-service trials and purchases).",
        "Ga naar Instellingen > Organisatie-instellingen > Services en open Selfservice-proefversies en -aankopen (Engels: Self-service trials and purchases)."
    ],
    SCRIPTS_STEPS_PRODUCT_ALLOW = "scripts.steps.product_allow" => [
        "Select {name} ({id}), choose “Allow” and save.",
        "Wählen Sie {name} ({id}), dann „Zulassen“ (englisch: Allow), und speichern Sie.",
        "Selecteer {name} ({id}), kies ‘Toestaan’ (Engels: Allow) en sla op."
    ],
    SCRIPTS_STEPS_PRODUCT_TRIALS = "scripts.steps.product_trials" => [
        "Select {name} ({id}), choose “Allow for trials only” and save.",
        "Wählen Sie {name} ({id}), dann „Nur für Testversionen zulassen“ (englisch: Allow for trials only), und speichern Sie.",
        "Selecteer {name} ({id}), kies ‘Alleen toestaan voor proefversies’ (Engels: Allow for trials only) en sla op."
    ],
    SCRIPTS_STEPS_PRODUCT_BLOCK = "scripts.steps.product_block" => [
        "Select {name} ({id}), choose “Do not allow” and save.",
        "Wählen Sie {name} ({id}), dann „Nicht zulassen“ (englisch: Do not allow), und speichern Sie.",
        "Selecteer {name} ({id}), kies ‘Niet toestaan’ (Engels: Do not allow) en sla op."
    ],
    SCRIPTS_STEPS_PRODUCT_ALSO = "scripts.steps.product_also" => [
        "Also for {name}: “{control}” under {path}. Check that it shows the same choice.",
        "Außerdem für {name}: „{control}“ unter {path}. Prüfen Sie, ob dort dieselbe Auswahl steht.",
        "Ook voor {name}: ‘{control}’ onder {path}. Controleer of daar dezelfde keuze staat."
    ],
    SCRIPTS_STEPS_NONE = "scripts.steps.none" => [
        "No product chosen yet: pick products above first.",
        "Noch kein Produkt gewählt: Wählen Sie zuerst oben Produkte.",
        "Nog geen product gekozen: kies eerst hierboven producten."
    ],
    SCRIPTS_STEPS_FUTURE_ONLY = "scripts.steps.future_only" => [
        "This applies to future purchases and trials only; subscriptions bought earlier stay (Billing > Your products, filter Self-service).",
        "Das gilt nur für künftige Käufe und Testversionen; früher gekaufte Abonnements bleiben bestehen (Abrechnung > Ihre Produkte, Filter Self-Service).",
        "Dit geldt alleen voor toekomstige aankopen en proefversies; eerder gekochte abonnementen blijven bestaan (Facturering > Uw producten, filter Selfservice)."
    ],
    SCRIPTS_STEPS_RECHECK = "scripts.steps.recheck" => [
        "Come back regularly, for example monthly: Microsoft adds new products with purchases allowed.",
        "Schauen Sie regelmäßig wieder nach, etwa monatlich: Microsoft fügt neue Produkte mit erlaubtem Kauf hinzu.",
        "Kijk regelmatig opnieuw, bijvoorbeeld maandelijks: Microsoft voegt nieuwe producten toe waarvoor aankopen zijn toegestaan."
    ],
}
