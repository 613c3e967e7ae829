//! Strings of "close every door" (issue 13): the licence-request path, the related switches next
//! to the purchase policy, existing subscriptions and the unattended enforcement scripts.
//!
//! Admin-center labels: the English ones are read from Microsoft Learn (manage-license-requests.md,
//! ms.date 2024-05-13; manage-auto-claim-policies.md, ms.date 2021-04-06) and the O365Essentials
//! module (HEAD 2026-06-23). "Abrechnung > Lizenzen > Anforderungen" and "Facturering > Licenties >
//! Aanvragen" follow the project's glossary. Every other German and Dutch label of a switch or
//! button ("Connect your request process", the three "User owned apps and services" switches,
//! the Cloud Policy name) is OUR TRANSLATION, not verified against the localised admin center, so
//! each such cell also gives the English label in brackets.
crate::translation_table! {
    // ---- Licence requests -------------------------------------------------------------------
    DOORS_REQUEST_TITLE = "doors.request.title" => [
        "Licence requests: how a blocked user reaches you",
        "Lizenzanforderungen: wie ein blockierter Benutzer Sie erreicht",
        "Licentieaanvragen: hoe een geblokkeerde gebruiker u bereikt"
    ],
    DOORS_REQUEST_USERS_SEE = "doors.request.users_see" => [
        {
            "Where buying is blocked or limited to trials ({products}), users see that they cannot buy and can send a licence request instead, for themselves and for colleagues.",
            "Where buying is blocked or limited to trials ({products}), users see that they cannot buy and can send a licence request instead, for themselves and for colleagues."
        },
        {
            "Wo der Kauf blockiert oder auf Testversionen beschränkt ist ({products}), sehen Benutzer, dass sie nicht kaufen können, und können stattdessen eine Lizenzanforderung senden, für sich und für Kollegen.",
            "Wo der Kauf blockiert oder auf Testversionen beschränkt ist ({products}), sehen Benutzer, dass sie nicht kaufen können, und können stattdessen eine Lizenzanforderung senden, für sich und für Kollegen."
        },
        {
            "Waar kopen geblokkeerd is of beperkt tot proefversies ({products}), zien gebruikers dat ze niet kunnen kopen en kunnen ze in plaats daarvan een licentieaanvraag sturen, voor zichzelf en voor collega’s.",
            "Waar kopen geblokkeerd is of beperkt tot proefversies ({products}), zien gebruikers dat ze niet kunnen kopen en kunnen ze in plaats daarvan een licentieaanvraag sturen, voor zichzelf en voor collega’s."
        }
    ],
    DOORS_REQUEST_STEP_OPEN = "doors.request.step_open" => [
        "In the Microsoft 365 admin center, go to Billing > Licenses and open the Requests tab.",
        "Wechseln Sie im Microsoft 365 Admin Center zu Abrechnung > Lizenzen und öffnen Sie die Registerkarte Anforderungen (englisch: Billing > Licenses > Requests).",
        "Ga in het Microsoft 365-beheercentrum naar Facturering > Licenties en open het tabblad Aanvragen (Engels: Billing > Licenses > Requests)."
    ],
    DOORS_REQUEST_STEP_APPROVE = "doors.request.step_approve" => [
        "To approve, pick all or some of the people in a request, choose the product to assign from, or add them to a security group that carries the licence (group-based licensing). They get an email with the default or your own message.",
        "Zum Genehmigen wählen Sie alle oder einige der Personen einer Anforderung und das Produkt, aus dem zugewiesen wird, oder fügen Sie sie einer Sicherheitsgruppe hinzu, der die Lizenz zugewiesen ist (gruppenbasierte Lizenzierung). Sie erhalten eine E-Mail mit der Standardnachricht oder Ihrer eigenen.",
        "Om goed te keuren kiest u alle of enkele personen uit een aanvraag en het product waaruit wordt toegewezen, of voegt u ze toe aan een beveiligingsgroep waaraan de licentie is toegewezen (groepsgebaseerde licenties). Ze krijgen een e-mail met het standaardbericht of uw eigen bericht."
    ],
    DOORS_REQUEST_STEP_CONNECT = "doors.request.step_connect" => [
        "Choose “Connect your request process”, paste the message below and, if you have one, enter your request page {url}. From then on users see your message instead, and new requests no longer appear in the Requests tab: Microsoft’s own request flow stops.",
        "Wählen Sie „Anforderungsprozess verbinden“ (englisch: Connect your request process), fügen Sie die Nachricht unten ein und geben Sie, falls vorhanden, Ihre Anforderungsseite {url} an. Danach sehen Benutzer Ihre Nachricht, und neue Anforderungen erscheinen nicht mehr auf der Registerkarte Anforderungen: Der Anforderungsablauf von Microsoft endet.",
        "Kies ‘Uw aanvraagproces koppelen’ (Engels: Connect your request process), plak het bericht hieronder en vul, als u die hebt, uw aanvraagpagina {url} in. Daarna zien gebruikers uw bericht en verschijnen nieuwe aanvragen niet meer op het tabblad Aanvragen: de aanvraagstroom van Microsoft stopt."
    ],
    DOORS_REQUEST_STEP_CONNECT_NO_URL = "doors.request.step_connect_no_url" => [
        "Choose “Connect your request process” and paste the message below (no request page entered: the message names {contact}). From then on new requests no longer appear in the Requests tab: Microsoft’s own request flow stops.",
        "Wählen Sie „Anforderungsprozess verbinden“ (englisch: Connect your request process) und fügen Sie die Nachricht unten ein (keine Anforderungsseite angegeben: die Nachricht nennt {contact}). Danach erscheinen neue Anforderungen nicht mehr auf der Registerkarte Anforderungen: Der Anforderungsablauf von Microsoft endet.",
        "Kies ‘Uw aanvraagproces koppelen’ (Engels: Connect your request process) en plak het bericht hieronder (geen aanvraagpagina ingevuld: het bericht noemt {contact}). Daarna verschijnen nieuwe aanvragen niet meer op het tabblad Aanvragen: de aanvraagstroom van Microsoft stopt."
    ],
    DOORS_REQUEST_STEP_KEEP_MICROSOFT = "doors.request.step_keep_microsoft" => [
        "No request page or contact entered: keep Microsoft’s request flow, name the person who checks the Requests tab, and have them check it at least once a week.",
        "Keine Anforderungsseite und kein Kontakt angegeben: Behalten Sie den Anforderungsablauf von Microsoft bei, benennen Sie die Person, die die Registerkarte Anforderungen prüft, und lassen Sie sie mindestens einmal pro Woche nachsehen.",
        "Geen aanvraagpagina en geen contact ingevuld: houd de aanvraagstroom van Microsoft aan, wijs de persoon aan die het tabblad Aanvragen controleert, en laat die minstens één keer per week kijken."
    ],
    DOORS_REQUEST_CAVEAT_EXPIRY = "doors.request.caveat_expiry" => [
        "Requests are kept for 30 days and then deleted: a request nobody handles disappears without a word to the user.",
        "Anforderungen werden 30 Tage aufbewahrt und dann gelöscht: Eine Anforderung, die niemand bearbeitet, verschwindet ohne Nachricht an den Benutzer.",
        "Aanvragen worden 30 dagen bewaard en daarna verwijderd: een aanvraag die niemand behandelt, verdwijnt zonder bericht aan de gebruiker."
    ],
    DOORS_REQUEST_CAVEAT_NO_EMAIL = "doors.request.caveat_no_email" => [
        "Admins get no email about new requests: someone has to look. A request can be shared by email with a decision-maker who has no admin-center access (“Share a license request by email”).",
        "Administratoren erhalten keine E-Mail zu neuen Anforderungen: Jemand muss nachsehen. Eine Anforderung lässt sich per E-Mail an eine entscheidende Person ohne Zugriff auf das Admin Center weitergeben (englisch: Share a license request by email).",
        "Beheerders krijgen geen e-mail over nieuwe aanvragen: iemand moet kijken. Een aanvraag kan per e-mail worden gedeeld met een beslisser zonder toegang tot het beheercentrum (Engels: Share a license request by email)."
    ],
    DOORS_REQUEST_APPROVERS_2024 = "doors.request.approvers_2024" => [
        "Who may handle requests: Microsoft Learn “Manage license requests” (13 May 2024) names the Global Administrator only.",
        "Wer Anforderungen bearbeiten darf: Microsoft Learn „Lizenzanforderungen verwalten“ (13. Mai 2024) nennt nur die Rolle globaler Administrator.",
        "Wie aanvragen mag behandelen: Microsoft Learn ‘Licentieaanvragen beheren’ (13 mei 2024) noemt alleen de globale beheerder."
    ],
    DOORS_REQUEST_APPROVERS_2025 = "doors.request.approvers_2025" => [
        "For Microsoft 365 Copilot requests, which users send from inside Copilot Chat since the rollout of March to May 2025, Schneider IT Management (2025) names Global, License and User Administrators.",
        "Für Anforderungen von Microsoft 365 Copilot, die Benutzer seit dem Rollout von März bis Mai 2025 aus Copilot Chat heraus senden, nennt Schneider IT Management (2025) globale Administratoren, Lizenzadministratoren und Benutzeradministratoren.",
        "Voor aanvragen voor Microsoft 365 Copilot, die gebruikers sinds de uitrol van maart tot mei 2025 vanuit Copilot Chat sturen, noemt Schneider IT Management (2025) globale beheerders, licentiebeheerders en gebruikersbeheerders."
    ],
    DOORS_REQUEST_MESSAGE_FULL = "doors.request.message_full" => [
        "Buying licences yourself is turned off in our organisation. Please request the licence you need here: {url}. Questions: {contact}. We review every request and will tell you the outcome.",
        "Der Selbstkauf von Lizenzen ist in unserer Organisation deaktiviert. Bitte fordern Sie die benötigte Lizenz hier an: {url}. Fragen: {contact}. Wir prüfen jede Anforderung und teilen Ihnen das Ergebnis mit.",
        "Zelf licenties kopen is in onze organisatie uitgeschakeld. Vraag de licentie die u nodig hebt hier aan: {url}. Vragen: {contact}. We beoordelen elke aanvraag en laten u de uitkomst weten."
    ],
    DOORS_REQUEST_MESSAGE_URL = "doors.request.message_url" => [
        "Buying licences yourself is turned off in our organisation. Please request the licence you need here: {url}. We review every request and will tell you the outcome.",
        "Der Selbstkauf von Lizenzen ist in unserer Organisation deaktiviert. Bitte fordern Sie die benötigte Lizenz hier an: {url}. Wir prüfen jede Anforderung und teilen Ihnen das Ergebnis mit.",
        "Zelf licenties kopen is in onze organisatie uitgeschakeld. Vraag de licentie die u nodig hebt hier aan: {url}. We beoordelen elke aanvraag en laten u de uitkomst weten."
    ],
    DOORS_REQUEST_MESSAGE_CONTACT = "doors.request.message_contact" => [
        "Buying licences yourself is turned off in our organisation. To request the licence you need, contact {contact}. We review every request and will tell you the outcome.",
        "Der Selbstkauf von Lizenzen ist in unserer Organisation deaktiviert. Um die benötigte Lizenz anzufordern, wenden Sie sich an {contact}. Wir prüfen jede Anforderung und teilen Ihnen das Ergebnis mit.",
        "Zelf licenties kopen is in onze organisatie uitgeschakeld. Neem contact op met {contact} om de licentie aan te vragen die u nodig hebt. We beoordelen elke aanvraag en laten u de uitkomst weten."
    ],
    DOORS_REQUEST_MESSAGE_NONE = "doors.request.message_none" => [
        "Buying licences yourself is turned off in our organisation. Please send a licence request with the button shown here. We review every request within 30 days and will tell you the outcome.",
        "Der Selbstkauf von Lizenzen ist in unserer Organisation deaktiviert. Bitte senden Sie über die hier angezeigte Schaltfläche eine Lizenzanforderung. Wir prüfen jede Anforderung innerhalb von 30 Tagen und teilen Ihnen das Ergebnis mit.",
        "Zelf licenties kopen is in onze organisatie uitgeschakeld. Stuur een licentieaanvraag met de knop die hier wordt getoond. We beoordelen elke aanvraag binnen 30 dagen en laten u de uitkomst weten."
    ],
    DOORS_FIELD_URL = "doors.field.url" => [
        "Your request page (optional, https://)",
        "Ihre Anforderungsseite (optional, https://)",
        "Uw aanvraagpagina (optioneel, https://)"
    ],
    DOORS_FIELD_CONTACT = "doors.field.contact" => [
        "Who handles requests (team, mailbox or phone)",
        "Wer Anforderungen bearbeitet (Team, Postfach oder Telefon)",
        "Wie aanvragen behandelt (team, mailbox of telefoon)"
    ],
    DOORS_ERR_URL_HTTPS = "doors.err.url_https" => [
        "The address must start with https://.",
        "Die Adresse muss mit https:// beginnen.",
        "Het adres moet met https:// beginnen."
    ],
    DOORS_ERR_URL_INVALID = "doors.err.url_invalid" => [
        "Not a usable web address: it needs a host name after https:// and may not contain spaces, quotes, braces or angle brackets.",
        "Keine verwendbare Webadresse: Nach https:// muss ein Hostname folgen, und sie darf keine Leerzeichen, Anführungszeichen, geschweiften oder spitzen Klammern enthalten.",
        "Geen bruikbaar webadres: na https:// moet een hostnaam volgen, en het mag geen spaties, aanhalingstekens, accolades of punthaken bevatten."
    ],
    DOORS_ERR_TOO_LONG = "doors.err.too_long" => [
        "At most {max} characters.",
        "Höchstens {max} Zeichen.",
        "Hoogstens {max} tekens."
    ],
    DOORS_ERR_SHARED_REQUEST = "doors.err.shared_request" => [
        "The request page must start with https:// and have at most {max} characters; the contact at most {contact_max} characters on one line.",
        "Die Anforderungsseite muss mit https:// beginnen und darf höchstens {max} Zeichen haben, der Kontakt höchstens {contact_max} Zeichen in einer Zeile.",
        "De aanvraagpagina moet met https:// beginnen en mag hoogstens {max} tekens hebben, het contact hoogstens {contact_max} tekens op één regel."
    ],

    // ---- Related switches -------------------------------------------------------------------
    DOORS_SWITCHES_TITLE = "doors.switches.title" => [
        "Other doors next to the purchase policy",
        "Weitere Türen neben der Kaufrichtlinie",
        "Andere deuren naast het aankoopbeleid"
    ],
    DOORS_SETTING_ON = "doors.setting.on" => ["On", "Ein", "Aan"],
    DOORS_SETTING_OFF = "doors.setting.off" => ["Off", "Aus", "Uit"],
    DOORS_SETTING_OPEN = "doors.setting.open" => [
        "No rule decides: your choice",
        "Keine Regel entscheidet: Ihre Wahl",
        "Geen regel beslist: uw keuze"
    ],
    DOORS_USE_RENEWALS = "doors.use_renewals" => [
        { "Use the renewal dates in the costs: centralise after {n} month", "Use the renewal dates in the costs: centralise after {n} months" },
        { "Verlängerungsdaten in den Kosten verwenden: nach {n} Monat zentralisieren", "Verlängerungsdaten in den Kosten verwenden: nach {n} Monaten zentralisieren" },
        { "Verlengingsdata in de kosten gebruiken: na {n} maand centraliseren", "Verlengingsdata in de kosten gebruiken: na {n} maanden centraliseren" }
    ],
    DOORS_RENEWALS_USED = "doors.renewals_used" => [
        { "The costs now centralise after {n} month, from the renewal dates.", "The costs now centralise after {n} months, from the renewal dates." },
        { "Die Kosten zentralisieren jetzt nach {n} Monat, aus den Verlängerungsdaten.", "Die Kosten zentralisieren jetzt nach {n} Monaten, aus den Verlängerungsdaten." },
        { "De kosten centraliseren nu na {n} maand, op basis van de verlengingsdata.", "De kosten centraliseren nu na {n} maanden, op basis van de verlengingsdata." }
    ],
    DOORS_SUBS_HINT = "doors.subs_hint" => [
        "To see the subscriptions and trials that already exist, run “Existing subscriptions” from part 4 (Script) and paste what it prints here; it adds to the policies pasted before.",
        "Um bereits vorhandene Abonnements und Testversionen zu sehen, führen Sie „Vorhandene Abonnements“ aus Teil 4 (Skript) aus und fügen die Ausgabe hier ein; sie ergänzt die zuvor eingefügten Richtlinien.",
        "Om bestaande abonnementen en proefversies te zien, voert u ‘Bestaande abonnementen’ uit onderdeel 4 (Script) uit en plakt u de uitvoer hier; die vult het eerder geplakte beleid aan."
    ],
    DOORS_CHECK_READY = "doors.check.ready" => ["Ready to do", "Bereit zur Umsetzung", "Klaar om uit te voeren"],
    DOORS_CHECK_DECIDE = "doors.check.decide" => ["Still to decide", "Noch zu entscheiden", "Nog te beslissen"],
    DOORS_YOUR_CHOICE = "doors.your_choice" => ["Your choice", "Ihre Wahl", "Uw keuze"],
    DOORS_FOLLOW_RECOMMENDATION = "doors.follow_recommendation" => ["As recommended", "Wie empfohlen", "Zoals aanbevolen"],
    DOORS_SETTING_CHOSEN = "doors.setting.chosen" => [
        "set by you; the recommendation was {recommended}",
        "von Ihnen gesetzt; die Empfehlung war {recommended}",
        "door u ingesteld; de aanbeveling was {recommended}"
    ],
    DOORS_SETTING_CHOSEN_NO_RULE = "doors.setting.chosen_no_rule" => [
        "set by you; no rule recommends a setting",
        "von Ihnen gesetzt; keine Regel empfiehlt eine Einstellung",
        "door u ingesteld; geen regel beveelt een instelling aan"
    ],
    DOORS_SWITCH_START_TRIALS = "doors.switch.start_trials" => [
        "Let users start trials on behalf of your organization",
        "Benutzern erlauben, Testversionen im Namen Ihrer Organisation zu starten (englisch: Let users start trials on behalf of your organization)",
        "Gebruikers toestaan proefversies te starten namens uw organisatie (Engels: Let users start trials on behalf of your organization)"
    ],
    DOORS_SWITCH_START_TRIALS_WHAT = "doors.switch.start_trials.what" => [
        "Lets users start trials of apps and services for the whole organisation. Users reported Power BI trials still starting with every product set to “Do not allow” (CIPP issue 5737, 2026-03-26).",
        "Erlaubt Benutzern, Testversionen von Apps und Diensten für die ganze Organisation zu starten. Benutzer berichten, dass Power-BI-Testversionen noch starten, obwohl jedes Produkt auf „Nicht zulassen“ steht (CIPP-Issue 5737, 26.03.2026).",
        "Laat gebruikers proefversies van apps en services voor de hele organisatie starten. Gebruikers meldden dat Power BI-proefversies nog starten terwijl elk product op ‘Niet toestaan’ staat (CIPP-issue 5737, 26-03-2026)."
    ],
    DOORS_SWITCH_OFFICE_STORE = "doors.switch.office_store" => [
        "Let users access the Office Store",
        "Benutzern den Zugriff auf den Office Store erlauben (englisch: Let users access the Office Store)",
        "Gebruikers toegang geven tot de Office Store (Engels: Let users access the Office Store)"
    ],
    DOORS_SWITCH_OFFICE_STORE_WHAT = "doors.switch.office_store.what" => [
        "Lets users get add-ins and apps from the Office Store themselves. CIS Microsoft 365 Foundations v6.0.1 (1.3.4) asks for it off together with starting trials.",
        "Erlaubt Benutzern, Add-Ins und Apps selbst aus dem Office Store zu holen. CIS Microsoft 365 Foundations v6.0.1 (1.3.4) verlangt es zusammen mit dem Starten von Testversionen ausgeschaltet.",
        "Laat gebruikers zelf invoegtoepassingen en apps uit de Office Store halen. CIS Microsoft 365 Foundations v6.0.1 (1.3.4) vraagt het samen met het starten van proefversies uit te zetten."
    ],
    DOORS_SWITCH_AUTO_CLAIM = "doors.switch.auto_claim" => [
        "Let users auto-claim licenses the first time they sign in",
        "Benutzern erlauben, beim ersten Anmelden automatisch Lizenzen zu beanspruchen (englisch: Let users auto-claim licenses the first time they sign in)",
        "Gebruikers toestaan bij de eerste aanmelding automatisch licenties te claimen (Engels: Let users auto-claim licenses the first time they sign in)"
    ],
    DOORS_SWITCH_AUTO_CLAIM_WHAT = "doors.switch.auto_claim.what" => [
        "Auto-claim policies hand out licences the organisation already owns (currently Microsoft Teams only) when a user first signs in to the app. This is not a trial or purchase setting: one management tool labels it “trials”, Microsoft’s documentation does not.",
        "Richtlinien für automatische Beanspruchung vergeben Lizenzen, die die Organisation bereits besitzt (derzeit nur Microsoft Teams), wenn sich ein Benutzer zum ersten Mal bei der App anmeldet. Das ist keine Einstellung für Testversionen oder Käufe: Ein Verwaltungswerkzeug nennt es „Testversionen“, die Dokumentation von Microsoft nicht.",
        "Beleid voor automatisch claimen deelt licenties uit die de organisatie al bezit (momenteel alleen Microsoft Teams) wanneer een gebruiker zich voor het eerst bij de app aanmeldt. Dit is geen instelling voor proefversies of aankopen: één beheertool noemt het ‘proefversies’, de documentatie van Microsoft niet."
    ],
    DOORS_SWITCH_SIGN_UP = "doors.switch.sign_up" => [
        "Self-service sign-up with a work email (Microsoft Entra)",
        "Self-Service-Registrierung mit geschäftlicher E-Mail (Microsoft Entra)",
        "Selfservice-aanmelding met een werk-e-mailadres (Microsoft Entra)"
    ],
    DOORS_SWITCH_SIGN_UP_WHAT = "doors.switch.sign_up.what" => [
        "allowedToSignUpEmailBasedSubscriptions in the Entra authorization policy: users sign up for free and viral subscriptions with their work email. It does not block purchases; the sign-up scripts set it.",
        "allowedToSignUpEmailBasedSubscriptions in der Entra-Autorisierungsrichtlinie: Benutzer registrieren sich mit ihrer geschäftlichen E-Mail für kostenlose und virale Abonnements. Käufe blockiert es nicht; die Registrierungsskripte setzen es.",
        "allowedToSignUpEmailBasedSubscriptions in het Entra-autorisatiebeleid: gebruikers melden zich met hun werk-e-mailadres aan voor gratis en virale abonnementen. Aankopen blokkeert het niet; de aanmeldingsscripts stellen het in."
    ],
    DOORS_SWITCH_COPILOT_MULTI = "doors.switch.copilot_multi" => [
        "Multiple account access to Copilot for work documents",
        "Zugriff mit mehreren Konten auf Copilot für Arbeitsdokumente (englisch: Multiple account access to Copilot for work documents)",
        "Toegang met meerdere accounts tot Copilot voor werkdocumenten (Engels: Multiple account access to Copilot for work documents)"
    ],
    DOORS_SWITCH_COPILOT_MULTI_WHAT = "doors.switch.copilot_multi.what" => [
        "Lets users use Copilot from a personal Microsoft 365 Personal, Family or Premium plan on work documents in Word, Excel, PowerPoint, Outlook and OneNote, without a Copilot licence from the organisation: a second way to pay for Copilot themselves. Always off in GCC, GCC High, DoD and 21Vianet.",
        "Erlaubt Benutzern, Copilot aus einem privaten Microsoft 365 Single-, Family- oder Premium-Abonnement auf Arbeitsdokumente in Word, Excel, PowerPoint, Outlook und OneNote anzuwenden, ohne Copilot-Lizenz der Organisation: ein zweiter Weg, Copilot selbst zu bezahlen. In GCC, GCC High, DoD und 21Vianet immer aus.",
        "Laat gebruikers Copilot uit een persoonlijk Microsoft 365 Personal-, Family- of Premium-abonnement gebruiken op werkdocumenten in Word, Excel, PowerPoint, Outlook en OneNote, zonder Copilot-licentie van de organisatie: een tweede manier om Copilot zelf te betalen. In GCC, GCC High, DoD en 21Vianet altijd uit."
    ],
    DOORS_PATH_USER_OWNED_APPS = "doors.path.user_owned_apps" => [
        "Microsoft 365 admin center > Settings > Org settings > Services > User owned apps and services.",
        "Microsoft 365 Admin Center > Einstellungen > Organisationseinstellungen > Dienste > Apps und Dienste im Besitz von Benutzern (englisch: User owned apps and services).",
        "Microsoft 365-beheercentrum > Instellingen > Organisatie-instellingen > Services > Apps en services in eigendom van gebruikers (Engels: User owned apps and services)."
    ],
    DOORS_PATH_SIGN_UP = "doors.path.sign_up" => [
        "No admin-center switch: use the self-service sign-up scripts (Microsoft Graph authorization policy).",
        "Kein Schalter im Admin Center: Verwenden Sie die Skripte zur Self-Service-Registrierung (Microsoft Graph-Autorisierungsrichtlinie).",
        "Geen schakelaar in het beheercentrum: gebruik de scripts voor selfservice-aanmelding (Microsoft Graph-autorisatiebeleid)."
    ],
    DOORS_PATH_COPILOT_MULTI = "doors.path.copilot_multi" => [
        "Microsoft 365 Apps admin center (config.office.com) > Customization > Policy Management: create or edit a Cloud Policy configuration and set “Multiple account access to Copilot for work documents” to Disabled. Changes can take several hours.",
        "Microsoft 365 Apps Admin Center (config.office.com) > Anpassung > Richtlinienverwaltung: eine Cloud-Richtlinienkonfiguration anlegen oder bearbeiten und „Multiple account access to Copilot for work documents“ auf Deaktiviert setzen. Änderungen können mehrere Stunden dauern.",
        "Microsoft 365 Apps-beheercentrum (config.office.com) > Aanpassing > Beleidsbeheer: een cloudbeleidsconfiguratie maken of bewerken en ‘Multiple account access to Copilot for work documents’ op Uitgeschakeld zetten. Wijzigingen kunnen enkele uren duren."
    ],
    DOORS_ARG_CLOSE = "doors.arg.close" => [
        "For off: a route that stays open lets employees trial or pay outside the decision you just made.",
        "Für Aus: Ein offener Weg lässt Mitarbeitende außerhalb der eben getroffenen Entscheidung testen oder bezahlen.",
        "Voor uit: een route die open blijft, laat medewerkers buiten de zojuist genomen beslissing proberen of betalen."
    ],
    DOORS_ARG_OPEN = "doors.arg.open" => [
        "For on: people can try things without waiting for IT, which is what an organisation that encourages experimenting wants.",
        "Für Ein: Menschen können Dinge ausprobieren, ohne auf die IT zu warten, wie es eine Organisation will, die Ausprobieren fördert.",
        "Voor aan: mensen kunnen dingen uitproberen zonder op IT te wachten, wat een organisatie wil die experimenteren aanmoedigt."
    ],

    // ---- Rules deciding the switches (key convention decision.rule.<id>) ---------------------
    DECISION_RULE_SWITCH_TRIALS_OFF = "decision.rule.switch_trials_off" => [
        {
            "Buying {products} is blocked or limited: turn off “start trials on behalf of your organization”, or users can still start trials outside the purchase policy.",
            "Buying {products} is blocked or limited: turn off “start trials on behalf of your organization”, or users can still start trials outside the purchase policy."
        },
        {
            "Der Kauf von {products} ist blockiert oder beschränkt: Schalten Sie das Starten von Testversionen im Namen der Organisation aus, sonst können Benutzer außerhalb der Kaufrichtlinie weiter Testversionen starten.",
            "Der Kauf von {products} ist blockiert oder beschränkt: Schalten Sie das Starten von Testversionen im Namen der Organisation aus, sonst können Benutzer außerhalb der Kaufrichtlinie weiter Testversionen starten."
        },
        {
            "Kopen van {products} is geblokkeerd of beperkt: zet het starten van proefversies namens de organisatie uit, anders kunnen gebruikers buiten het aankoopbeleid om nog proefversies starten.",
            "Kopen van {products} is geblokkeerd of beperkt: zet het starten van proefversies namens de organisatie uit, anders kunnen gebruikers buiten het aankoopbeleid om nog proefversies starten."
        }
    ],
    DECISION_RULE_SWITCH_TRIALS_ON = "decision.rule.switch_trials_on" => [
        "Buying {products} is allowed: starting trials on behalf of the organisation can stay on for them.",
        "Der Kauf von {products} ist erlaubt: Das Starten von Testversionen im Namen der Organisation kann dafür eingeschaltet bleiben.",
        "Kopen van {products} is toegestaan: het starten van proefversies namens de organisatie kan daarvoor aan blijven."
    ],
    DECISION_RULE_SWITCH_STORE_STRICT = "decision.rule.switch_store_strict" => [
        "A strict line on shadow IT: turn the Office Store off too, so add-ins come through IT.",
        "Eine strenge Linie bei Schatten-IT: Schalten Sie auch den Office Store aus, damit Add-Ins über die IT kommen.",
        "Een strikte lijn bij schaduw-IT: zet ook de Office Store uit, zodat invoegtoepassingen via IT komen."
    ],
    DECISION_RULE_SWITCH_STORE_REGULATED = "decision.rule.switch_store_regulated" => [
        "A regulated organisation: turn the Office Store off, as CIS Microsoft 365 Foundations v6.0.1 (1.3.4) asks.",
        "Eine regulierte Organisation: Schalten Sie den Office Store aus, wie CIS Microsoft 365 Foundations v6.0.1 (1.3.4) verlangt.",
        "Een gereguleerde organisatie: zet de Office Store uit, zoals CIS Microsoft 365 Foundations v6.0.1 (1.3.4) vraagt."
    ],
    DECISION_RULE_SWITCH_STORE_ENCOURAGES = "decision.rule.switch_store_encourages" => [
        "Your organisation encourages people to find their own tools: the Office Store can stay on.",
        "Ihre Organisation ermutigt Menschen, eigene Werkzeuge zu finden: Der Office Store kann eingeschaltet bleiben.",
        "Uw organisatie moedigt mensen aan hun eigen hulpmiddelen te vinden: de Office Store kan aan blijven."
    ],
    DECISION_RULE_SWITCH_AUTO_CLAIM_STRICT = "decision.rule.switch_auto_claim_strict" => [
        "A strict line on shadow IT: check the auto-claim policies and turn them off, so admins assign the licences the organisation owns.",
        "Eine strenge Linie bei Schatten-IT: Prüfen Sie die Richtlinien für automatische Beanspruchung und schalten Sie sie aus, damit Administratoren die Lizenzen der Organisation zuweisen.",
        "Een strikte lijn bij schaduw-IT: controleer het beleid voor automatisch claimen en zet het uit, zodat beheerders de licenties van de organisatie toewijzen."
    ],
    DECISION_RULE_SWITCH_SIGN_UP_OFF = "decision.rule.switch_sign_up_off" => [
        {
            "Buying {products} is blocked or limited: turn self-service sign-up off too, or free and viral sign-ups stay open.",
            "Buying {products} is blocked or limited: turn self-service sign-up off too, or free and viral sign-ups stay open."
        },
        {
            "Der Kauf von {products} ist blockiert oder beschränkt: Schalten Sie auch die Self-Service-Registrierung aus, sonst bleiben kostenlose und virale Registrierungen offen.",
            "Der Kauf von {products} ist blockiert oder beschränkt: Schalten Sie auch die Self-Service-Registrierung aus, sonst bleiben kostenlose und virale Registrierungen offen."
        },
        {
            "Kopen van {products} is geblokkeerd of beperkt: zet ook selfservice-aanmelding uit, anders blijven gratis en virale aanmeldingen open.",
            "Kopen van {products} is geblokkeerd of beperkt: zet ook selfservice-aanmelding uit, anders blijven gratis en virale aanmeldingen open."
        }
    ],
    DECISION_RULE_SWITCH_COPILOT_MULTI_OFF = "decision.rule.switch_copilot_multi_off" => [
        "Buying {products} is blocked or limited: turn “Multiple account access to Copilot for work documents” off, or users can bring Copilot from a personal plan.",
        "Der Kauf von {products} ist blockiert oder beschränkt: Schalten Sie „Multiple account access to Copilot for work documents“ aus, sonst können Benutzer Copilot aus einem privaten Abonnement mitbringen.",
        "Kopen van {products} is geblokkeerd of beperkt: zet ‘Multiple account access to Copilot for work documents’ uit, anders kunnen gebruikers Copilot uit een persoonlijk abonnement meebrengen."
    ],
    DECISION_RULE_SWITCH_COPILOT_MULTI_ON = "decision.rule.switch_copilot_multi_on" => [
        "Copilot for early adopters, and buying {products} is allowed: multiple account access can stay on.",
        "Copilot für Vorreiter, und der Kauf von {products} ist erlaubt: Der Zugriff mit mehreren Konten kann eingeschaltet bleiben.",
        "Copilot voor early adopters, en kopen van {products} is toegestaan: toegang met meerdere accounts kan aan blijven."
    ],

    // ---- Sources of the new rules -----------------------------------------------------------
    DECISION_SOURCE_MS_LEARN_RELATED = "decision.source.ms_learn_related" => [
        "Microsoft Learn: manage license requests (13 May 2024), manage auto-claim policies (6 Apr 2021), multiple account access to Copilot (2025)",
        "Microsoft Learn: Lizenzanforderungen verwalten (13.05.2024), Richtlinien für automatische Beanspruchung (06.04.2021), Zugriff mit mehreren Konten auf Copilot (2025)",
        "Microsoft Learn: licentieaanvragen beheren (13-05-2024), beleid voor automatisch claimen (06-04-2021), toegang met meerdere accounts tot Copilot (2025)"
    ],
    DECISION_SOURCE_RELATED_PEERS = "decision.source.related_peers" => [
        "CIPP issue 5737 (2026-03-26), O365Essentials (2026-06-23), CIS Microsoft 365 Foundations v6.0.1 (2026-04-13)",
        "CIPP-Issue 5737 (26.03.2026), O365Essentials (23.06.2026), CIS Microsoft 365 Foundations v6.0.1 (13.04.2026)",
        "CIPP-issue 5737 (26-03-2026), O365Essentials (23-06-2026), CIS Microsoft 365 Foundations v6.0.1 (13-04-2026)"
    ],

    // ---- Follow-up and scripts ----------------------------------------------------------------
    DECISION_FOLLOW_UP_CLOSE_DOORS = "decision.follow_up.close_doors" => [
        "Close the other doors",
        "Die anderen Türen schließen",
        "De andere deuren sluiten"
    ],
    SCRIPTS_VARIANT_USER_OWNED_APPS = "scripts.variant.user_owned_apps" => [
        "Trials and Office Store (Graph beta)",
        "Testversionen und Office Store (Graph beta)",
        "Proefversies en Office Store (Graph bèta)"
    ],
    SCRIPTS_NOTE_USER_OWNED_APPS = "scripts.note.user_owned_apps" => [
        "Sets “start trials on behalf of your organization” and “Office Store” through the Microsoft Graph beta endpoint admin/appsAndServices (permission OrgSettings-AppsAndServices.ReadWrite.All). Beta APIs can change. Auto-claim and Copilot multiple account access are click paths in the comments, and your licence request message is printed for pasting.",
        "Setzt das Starten von Testversionen im Namen der Organisation und den Office Store über den Microsoft Graph-Beta-Endpunkt admin/appsAndServices (Berechtigung OrgSettings-AppsAndServices.ReadWrite.All). Beta-APIs können sich ändern. Automatische Beanspruchung und Copilot-Zugriff mit mehreren Konten stehen als Klickpfade in den Kommentaren, und Ihre Nachricht für Lizenzanforderungen wird zum Einfügen ausgegeben.",
        "Stelt het starten van proefversies namens de organisatie en de Office Store in via het Microsoft Graph-bèta-eindpunt admin/appsAndServices (machtiging OrgSettings-AppsAndServices.ReadWrite.All). Bèta-API’s kunnen veranderen. Automatisch claimen en Copilot-toegang met meerdere accounts staan als klikpaden in de opmerkingen, en uw bericht voor licentieaanvragen wordt afgedrukt om te plakken."
    ],
    SCRIPTS_VARIANT_SUBSCRIPTIONS = "scripts.variant.subscriptions" => [
        "Existing subscriptions (read-only)",
        "Vorhandene Abonnements (nur lesen)",
        "Bestaande abonnementen (alleen lezen)"
    ],
    SCRIPTS_NOTE_SUBSCRIPTIONS = "scripts.note.subscriptions" => [
        "Read-only: lists the subscriptions from Microsoft Graph GET /directory/subscriptions (Organization.Read.All) with trial flag, owner type, start and renewal dates. Paste the output into the tenant import to plan the take-over with real renewal dates.",
        "Nur lesend: listet die Abonnements aus Microsoft Graph GET /directory/subscriptions (Organization.Read.All) mit Testversions-Kennzeichen, Besitzertyp, Beginn und Verlängerungsdatum. Fügen Sie die Ausgabe in den Mandantenimport ein, um die Übernahme mit echten Verlängerungsdaten zu planen.",
        "Alleen lezen: toont de abonnementen uit Microsoft Graph GET /directory/subscriptions (Organization.Read.All) met proefversievlag, eigenaartype, begin- en verlengingsdatum. Plak de uitvoer in de tenantimport om de overname met echte verlengingsdata te plannen."
    ],
    SCRIPTS_VARIANT_SUBSCRIPTIONS_AZ = "scripts.variant.subscriptions_az" => [
        "Existing subscriptions (az rest, read-only)",
        "Vorhandene Abonnements (az rest, nur lesen)",
        "Bestaande abonnementen (az rest, alleen lezen)"
    ],
    SCRIPTS_NOTE_SUBSCRIPTIONS_AZ = "scripts.note.subscriptions_az" => [
        "The same read-only list through az rest (Azure CLI sign-in with Organization.Read.All). Paste the JSON it prints into the tenant import.",
        "Dieselbe Liste, nur lesend, über az rest (Anmeldung an der Azure CLI mit Organization.Read.All). Fügen Sie das ausgegebene JSON in den Mandantenimport ein.",
        "Dezelfde lijst, alleen lezen, via az rest (aanmelding bij de Azure CLI met Organization.Read.All). Plak de JSON-uitvoer in de tenantimport."
    ],
    SCRIPTS_VARIANT_UNATTENDED_GRANT = "scripts.variant.unattended_grant" => [
        "Unattended: one-time permission grant",
        "Unbeaufsichtigt: einmalige Berechtigungsvergabe",
        "Onbeheerd: eenmalige machtiging toekennen"
    ],
    SCRIPTS_NOTE_UNATTENDED_GRANT = "scripts.note.unattended_grant" => [
        "Run once, interactively, as a Privileged Role Administrator or Global Administrator: gives your app registration or managed identity the application role Policy.ReadWrite.AllowSelfServicePurchase of “M365 License Manager”, the least privilege that can change the purchase policy. Unofficial: Microsoft does not document this API.",
        "Einmal interaktiv ausführen, als Administrator für privilegierte Rollen oder globaler Administrator: gibt Ihrer App-Registrierung oder verwalteten Identität die Anwendungsrolle Policy.ReadWrite.AllowSelfServicePurchase von „M365 License Manager“, die geringste Berechtigung, die die Kaufrichtlinie ändern kann. Inoffiziell: Microsoft dokumentiert diese API nicht.",
        "Eén keer interactief uitvoeren, als beheerder met bevoorrechte rol of globale beheerder: geeft uw app-registratie of beheerde identiteit de toepassingsrol Policy.ReadWrite.AllowSelfServicePurchase van ‘M365 License Manager’, de minste machtiging die het aankoopbeleid kan wijzigen. Onofficieel: Microsoft documenteert deze API niet."
    ],
    SCRIPTS_VARIANT_UNATTENDED = "scripts.variant.unattended" => [
        "Unattended enforcement (unofficial REST)",
        "Unbeaufsichtigte Durchsetzung (inoffizielles REST)",
        "Onbeheerde handhaving (onofficiële REST)"
    ],
    SCRIPTS_NOTE_UNATTENDED = "scripts.note.unattended" => [
        "For Azure Automation or any scheduler that signs in without a person: gets a token with a managed identity or a client secret and enforces the same allow-list, offer types and exit codes as the scheduled script, through the unofficial endpoint. Microsoft does not document or support it; grant the permission once with the grant script first.",
        "Für Azure Automation oder jeden Planer, der sich ohne Person anmeldet: holt ein Token mit einer verwalteten Identität oder einem geheimen Clientschlüssel und setzt dieselbe Zulassungsliste, dieselben Angebotstypen und Exitcodes durch wie das geplante Skript, über den inoffiziellen Endpunkt. Microsoft dokumentiert und unterstützt ihn nicht; vergeben Sie zuerst einmal die Berechtigung mit dem Skript zur Berechtigungsvergabe.",
        "Voor Azure Automation of elke planner die zich zonder persoon aanmeldt: haalt een token op met een beheerde identiteit of een clientgeheim en handhaaft dezelfde toegestane lijst, aanbiedingstypen en afsluitcodes als het geplande script, via het onofficiële eindpunt. Microsoft documenteert of ondersteunt het niet; ken eerst één keer de machtiging toe met het toekenningsscript."
    ],

    // ---- Existing subscriptions and the take-over plan -----------------------------------------
    DOORS_SUBS_ERR_NOTHING = "doors.subs.err_nothing" => [
        "No subscription could be read. Paste the JSON that the existing-subscriptions script prints.",
        "Es ließ sich kein Abonnement lesen. Fügen Sie das JSON ein, das das Skript für vorhandene Abonnements ausgibt.",
        "Er kon geen abonnement worden gelezen. Plak de JSON die het script voor bestaande abonnementen afdrukt."
    ],
    DOORS_SUBS_ERR_ITEM = "doors.subs.err_item" => [
        "Entry {n} skipped: it needs skuPartNumber and totalLicenses as a whole number, and dates as ISO 8601.",
        "Eintrag {n} übersprungen: Er braucht skuPartNumber, totalLicenses als ganze Zahl und Datumsangaben im Format ISO 8601.",
        "Item {n} overgeslagen: het heeft skuPartNumber, totalLicenses als geheel getal en datums in ISO 8601 nodig."
    ],
    DOORS_SUBS_INFERENCE = "doors.subs.inference" => [
        "Which subscriptions were bought through self-service is an inference: ownerType “User” (a person, not the organisation, owns it) is our reading, not documented as marking a self-service purchase.",
        "Welche Abonnements per Self-Service gekauft wurden, ist eine Schlussfolgerung: ownerType „User“ (eine Person statt der Organisation besitzt es) ist unsere Lesart und nicht als Kennzeichen eines Self-Service-Kaufs dokumentiert.",
        "Welke abonnementen via selfservice zijn gekocht, is een afleiding: ownerType ‘User’ (een persoon in plaats van de organisatie bezit het) is onze lezing en niet gedocumenteerd als kenmerk van een selfservice-aankoop."
    ],
    DOORS_TAKEOVER_ROW = "doors.takeover.row" => [
        "{sku}: {seats} licences, {term}, next lifecycle date {date}: {months} more months paid before a take-over takes effect.",
        "{sku}: {seats} Lizenzen, {term}, nächstes Lebenszyklusdatum {date}: noch {months} Monate bezahlt, bevor eine Übernahme wirkt.",
        "{sku}: {seats} licenties, {term}, volgende levenscyclusdatum {date}: nog {months} maanden betaald voordat een overname ingaat."
    ],
    DOORS_ERR_CATALOG_CONTROL = "doors.err.catalog_control" => [
        "Every other control needs a name, an effect, a path and a source, each one line of at most 400 characters.",
        "Jede weitere Steuerung braucht einen Namen, eine Wirkung, einen Pfad und eine Quelle, jeweils eine Zeile mit höchstens 400 Zeichen.",
        "Elk ander besturingselement heeft een naam, een effect, een pad en een bron nodig, elk één regel van hoogstens 400 tekens."
    ],
    // ---- The apply checklist (report, workshop apply slide) ---------------------------------
    DOORS_CHECK_TITLE = "doors.check.title" => [
        "Close every door: the checklist",
        "Alle Türen schließen: die Checkliste",
        "Alle deuren sluiten: de checklist"
    ],
    DOORS_CHECK_POLICY = "doors.check.policy" => [
        {
            "Set the purchase policy of {count} product (script or admin center).",
            "Set the purchase policy of {count} products (script or admin center)."
        },
        {
            "Legen Sie die Kaufrichtlinie für {count} Produkt fest (Skript oder Admin Center).",
            "Legen Sie die Kaufrichtlinie für {count} Produkte fest (Skript oder Admin Center)."
        },
        {
            "Stel het aankoopbeleid van {count} product in (script of beheercentrum).",
            "Stel het aankoopbeleid van {count} producten in (script of beheercentrum)."
        }
    ],
    DOORS_CHECK_SWITCH = "doors.check.switch" => [
        "{switch}: {setting}. Where: {path}",
        "{switch}: {setting}. Wo: {path}",
        "{switch}: {setting}. Waar: {path}"
    ],
    DOORS_CHECK_SWITCH_OPEN = "doors.check.switch_open" => [
        "{switch}: no rule decides, choose On or Off. Where: {path}",
        "{switch}: Keine Regel entscheidet, wählen Sie Ein oder Aus. Wo: {path}",
        "{switch}: geen regel beslist, kies Aan of Uit. Waar: {path}"
    ],
    DOORS_CHECK_CONTROL = "doors.check.control" => [
        "{product}: also “{control}”. Where: {path}",
        "{product}: außerdem „{control}“. Wo: {path}",
        "{product}: ook ‘{control}’. Waar: {path}"
    ],
    DOORS_CHECK_REQUEST_OWN = "doors.check.request_own" => [
        "Licence requests: paste your message under “Connect your request process” and make sure someone handles what arrives there.",
        "Lizenzanforderungen: Fügen Sie Ihre Nachricht unter „Anforderungsprozess verbinden“ (englisch: Connect your request process) ein und sorgen Sie dafür, dass jemand bearbeitet, was dort ankommt.",
        "Licentieaanvragen: plak uw bericht onder ‘Uw aanvraagproces koppelen’ (Engels: Connect your request process) en zorg dat iemand behandelt wat daar binnenkomt."
    ],
    DOORS_CHECK_REQUEST_MICROSOFT = "doors.check.request_microsoft" => [
        "Licence requests: name who checks Billing > Licenses > Requests at least weekly; requests are deleted after 30 days and admins get no email.",
        "Lizenzanforderungen: Benennen Sie, wer Abrechnung > Lizenzen > Anforderungen mindestens wöchentlich prüft; Anforderungen werden nach 30 Tagen gelöscht, und Administratoren erhalten keine E-Mail.",
        "Licentieaanvragen: wijs aan wie Facturering > Licenties > Aanvragen minstens wekelijks controleert; aanvragen worden na 30 dagen verwijderd en beheerders krijgen geen e-mail."
    ],
    DOORS_CHECK_SUBSCRIPTIONS = "doors.check.subscriptions" => [
        "Existing self-service subscriptions and trials: list them with the read-only script, then take them over or cancel them; a block does not end them.",
        "Vorhandene Self-Service-Abonnements und Testversionen: Listen Sie sie mit dem Skript (nur lesen) auf und übernehmen oder kündigen Sie sie dann; eine Sperre beendet sie nicht.",
        "Bestaande selfservice-abonnementen en proefversies: toon ze met het script (alleen lezen) en neem ze daarna over of zeg ze op; een blokkade beëindigt ze niet."
    ],
    DOORS_CHECK_GRANT = "doors.check.grant" => [
        "Unattended enforcement: grant the application role once with the grant script.",
        "Unbeaufsichtigte Durchsetzung: Vergeben Sie die Anwendungsrolle einmal mit dem Skript zur Berechtigungsvergabe.",
        "Onbeheerde handhaving: ken de toepassingsrol één keer toe met het toekenningsscript."
    ],
    DOORS_CHECK_SCHEDULE = "doors.check.schedule" => [
        "Unattended enforcement: schedule the enforcement script, for example monthly in Azure Automation, so that products Microsoft adds later are set without anyone remembering.",
        "Unbeaufsichtigte Durchsetzung: Planen Sie das Durchsetzungsskript, etwa monatlich in Azure Automation, damit später von Microsoft hinzugefügte Produkte gesetzt werden, ohne dass jemand daran denken muss.",
        "Onbeheerde handhaving: plan het handhavingsscript, bijvoorbeeld maandelijks in Azure Automation, zodat producten die Microsoft later toevoegt worden ingesteld zonder dat iemand eraan hoeft te denken."
    ],
    DOORS_TERM_TRIAL = "doors.term.trial" => ["trial", "Testversion", "proefversie"],
    DOORS_TERM_MONTHLY = "doors.term.monthly" => ["monthly", "monatlich", "maandelijks"],
    DOORS_TERM_YEARLY = "doors.term.yearly" => ["yearly", "jährlich", "jaarlijks"],
    DOORS_TERM_MULTI_YEAR = "doors.term.multi_year" => ["several years", "mehrjährig", "meerjarig"],
    DOORS_TERM_UNKNOWN = "doors.term.unknown" => ["term unknown", "Laufzeit unbekannt", "looptijd onbekend"],
}
