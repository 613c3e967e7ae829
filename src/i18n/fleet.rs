//! Strings of "one decision for many tenants" (issue 25): the tenant list and state readers'
//! problems, the matrix cells, the multi-tenant exports and their fidelity tables. Product,
//! resource and field names (CIPP, Microsoft365DSC, Exclusions, DisableTrials, O365OrgSettings,
//! AADAuthorizationPolicy) stay in English in every language: they are what the admin types.
crate::translation_table! {
    // ---- Reading the tenant list and the tenants' states --------------------------------------
    FLEET_ERR_TOO_LARGE = "fleet.err.too_large" => [
        "This is larger than {max_kb} KB: split the list, or paste fewer tenants at a time.",
        "Das ist größer als {max_kb} KB: Teilen Sie die Liste, oder fügen Sie weniger Mandanten auf einmal ein.",
        "Dit is groter dan {max_kb} KB: splits de lijst, of plak minder tenants tegelijk."
    ],
    FLEET_ERR_TOO_MANY = "fleet.err.too_many" => [
        "More than {max} tenants: split them into several lists.",
        "Mehr als {max} Mandanten: Teilen Sie sie auf mehrere Listen auf.",
        "Meer dan {max} tenants: verdeel ze over meerdere lijsten."
    ],
    FLEET_ERR_NO_TENANTS = "fleet.err.no_tenants" => [
        "No tenant could be read. Paste one tenant per line: tenant ID and/or primary domain, and a display name (CSV, with or without a header).",
        "Es ließ sich kein Mandant lesen. Fügen Sie einen Mandanten pro Zeile ein: Mandanten-ID und/oder primäre Domäne und einen Anzeigenamen (CSV, mit oder ohne Kopfzeile).",
        "Er kon geen tenant worden gelezen. Plak één tenant per regel: tenant-ID en/of primair domein, en een weergavenaam (CSV, met of zonder kopregel)."
    ],
    FLEET_ERR_BAD_TENANT_ID = "fleet.err.bad_tenant_id" => [
        "“{value}” is not a tenant ID (a GUID such as 72f988bf-86f1-41af-91ab-2d7cd011db47).",
        "„{value}“ ist keine Mandanten-ID (eine GUID wie 72f988bf-86f1-41af-91ab-2d7cd011db47).",
        "‘{value}’ is geen tenant-ID (een GUID zoals 72f988bf-86f1-41af-91ab-2d7cd011db47)."
    ],
    FLEET_ERR_BAD_DOMAIN = "fleet.err.bad_domain" => [
        "“{value}” is not a domain name (such as contoso.com or contoso.onmicrosoft.com).",
        "„{value}“ ist kein Domänenname (wie contoso.com oder contoso.onmicrosoft.com).",
        "‘{value}’ is geen domeinnaam (zoals contoso.com of contoso.onmicrosoft.com)."
    ],
    FLEET_ERR_NO_TENANT = "fleet.err.no_tenant" => [
        "This tenant has neither a tenant ID nor a domain.",
        "Dieser Mandant hat weder eine Mandanten-ID noch eine Domäne.",
        "Deze tenant heeft geen tenant-ID en geen domein."
    ],
    FLEET_ERR_DUPLICATE_TENANT = "fleet.err.duplicate_tenant" => [
        "{tenant} is already on line {first}.",
        "{tenant} steht schon in Zeile {first} (Mandant doppelt).",
        "{tenant} staat al op regel {first} (tenant dubbel)."
    ],
    FLEET_ERR_TENANT_TWICE = "fleet.err.tenant_twice" => [
        "The tenant {tenant} is listed twice.",
        "Der Mandant {tenant} ist doppelt aufgeführt.",
        "De tenant {tenant} staat er twee keer in."
    ],
    FLEET_ERR_ROW_NO_TENANT = "fleet.err.row_no_tenant" => [
        "This row names no tenant (column Tenant, TenantId or TenantDomain).",
        "Diese Zeile nennt keinen Mandanten (Spalte Tenant, TenantId oder TenantDomain).",
        "Deze rij noemt geen tenant (kolom Tenant, TenantId of TenantDomain)."
    ],
    FLEET_ERR_NO_TENANT_COLUMN = "fleet.err.no_tenant_column" => [
        "These rows have no tenant column. Add a column Tenant, TenantId or TenantDomain (the collector script writes them), or paste each tenant's output separately under its name.",
        "Diese Zeilen haben keine Mandantenspalte. Fügen Sie eine Spalte Tenant, TenantId oder TenantDomain hinzu (das Sammelskript schreibt sie), oder fügen Sie die Ausgabe jedes Mandanten einzeln unter seinem Namen ein.",
        "Deze rijen hebben geen tenantkolom. Voeg een kolom Tenant, TenantId of TenantDomain toe (het verzamelscript schrijft ze), of plak de uitvoer van elke tenant apart onder zijn naam."
    ],
    FLEET_ERR_PASTE_NAME = "fleet.err.paste_name" => [
        "Give this paste the tenant's name, domain or tenant ID.",
        "Geben Sie dieser Einfügung den Namen, die Domäne oder die ID des Mandanten.",
        "Geef deze plakinvoer de naam, het domein of de ID van de tenant."
    ],
    FLEET_ERR_PASTE_TWICE = "fleet.err.paste_twice" => [
        "{tenant} was pasted twice.",
        "Der Mandant {tenant} wurde zweimal eingefügt.",
        "De tenant {tenant} is twee keer geplakt."
    ],
    FLEET_ERR_NOT_POLICIES = "fleet.err.not_policies" => [
        "This is the subscription list, not the tenant's purchase policies.",
        "Das ist die Abonnementliste, nicht die Kaufrichtlinien des Mandanten.",
        "Dit is de abonnementenlijst, niet het aankoopbeleid van de tenant."
    ],
    // ---- Tiers --------------------------------------------------------------------------------
    FLEET_ERR_TIER_NAME = "fleet.err.tier_name" => [
        "A tier needs a name of at most {max} characters on one line.",
        "Eine Stufe braucht einen Namen mit höchstens {max} Zeichen in einer Zeile.",
        "Een niveau heeft een naam nodig van hoogstens {max} tekens op één regel."
    ],
    FLEET_ERR_TIER_TWICE = "fleet.err.tier_twice" => [
        "There is already a tier named “{name}”.",
        "Es gibt schon eine Stufe namens „{name}“.",
        "Er is al een niveau met de naam ‘{name}’."
    ],
    FLEET_ERR_TIER_UNKNOWN = "fleet.err.tier_unknown" => [
        "There is no tier named “{name}”.",
        "Es gibt keine Stufe namens „{name}“.",
        "Er is geen niveau met de naam ‘{name}’."
    ],
    FLEET_ERR_TOO_MANY_TIERS = "fleet.err.too_many_tiers" => [
        "At most {max} tiers.",
        "Höchstens {max} Stufen.",
        "Hoogstens {max} niveaus."
    ],
    FLEET_ERR_VERSION = "fleet.err.version" => [
        "This tenant file has format version {version}, which this version of the advisor cannot read.",
        "Diese Mandantendatei hat die Formatversion {version}, die diese Version des Beraters nicht lesen kann.",
        "Dit tenantbestand heeft formaatversie {version}, die deze versie van de adviseur niet kan lezen."
    ],
    // ---- The matrix ---------------------------------------------------------------------------
    FLEET_CELL_RIGHT = "fleet.cell.right" => ["already right", "bereits richtig", "al goed"],
    FLEET_CELL_DIFFERS = "fleet.cell.differs" => ["differs", "weicht ab", "wijkt af"],
    FLEET_CELL_NOT_RETURNED = "fleet.cell.not_returned" => [
        "not returned by the tenant",
        "vom Mandanten nicht geliefert",
        "niet teruggegeven door de tenant"
    ],
    FLEET_CELL_UNDECIDED = "fleet.cell.undecided" => ["not decided", "nicht entschieden", "niet beslist"],
    // ---- Exports and their fidelity -----------------------------------------------------------
    FLEET_EXPORT_CIPP = "fleet.export.cipp" => ["CIPP standards template", "CIPP-Standardvorlage", "CIPP-standaardsjabloon"],
    FLEET_EXPORT_DSC_CONFIG = "fleet.export.dsc_config" => [
        "Microsoft365DSC configuration",
        "Microsoft365DSC-Konfiguration",
        "Microsoft365DSC-configuratie"
    ],
    FLEET_EXPORT_DSC_DATA = "fleet.export.dsc_data" => [
        "Microsoft365DSC data file",
        "Microsoft365DSC-Datendatei",
        "Microsoft365DSC-gegevensbestand"
    ],
    FLEET_EXPORT_LOOP_MSCOMMERCE = "fleet.export.loop_mscommerce" => [
        "Script for all tenants (MSCommerce)",
        "Skript für alle Mandanten (MSCommerce)",
        "Script voor alle tenants (MSCommerce)"
    ],
    FLEET_EXPORT_LOOP_REST = "fleet.export.loop_rest" => [
        "Script for all tenants (unofficial REST endpoint)",
        "Skript für alle Mandanten (inoffizieller REST-Endpunkt)",
        "Script voor alle tenants (onofficieel REST-eindpunt)"
    ],
    FLEET_CIPP_DEFAULT_NAME = "fleet.cipp.default_name" => [
        "Self-service purchase",
        "Self-Service-Kauf",
        "Selfservice-aankoop"
    ],
    FLEET_CIPP_DESCRIPTION = "fleet.cipp.description" => [
        "Self-service purchase baseline “{tier}”, made by the Self-Service Purchase Advisor. Products in Exclusions are allowed, every other product is blocked.",
        "Self-Service-Kauf-Baseline „{tier}“, erstellt mit dem Self-Service Purchase Advisor. Produkte in Exclusions sind zugelassen, alle anderen Produkte nicht.",
        "Selfservice-aankoopbaseline ‘{tier}’, gemaakt met de Self-Service Purchase Advisor. Producten in Exclusions zijn toegestaan, alle andere producten niet."
    ],
    FLEET_ASPECT_ALLOW = "fleet.aspect.allow" => ["Products set to Allow", "Auf „Zulassen“ gesetzte Produkte", "Producten op ‘Toestaan’"],
    FLEET_ASPECT_TRIALS = "fleet.aspect.trials" => [
        "Products set to Trials only",
        "Auf „Nur Testversionen“ gesetzte Produkte",
        "Producten op ‘Alleen proefversies’"
    ],
    FLEET_ASPECT_BLOCK = "fleet.aspect.block" => [
        "Products set to Block",
        "Auf „Nicht zulassen“ gesetzte Produkte",
        "Producten op ‘Niet toestaan’"
    ],
    FLEET_ASPECT_OTHERS = "fleet.aspect.others" => [
        "Products the decision leaves alone",
        "Produkte, die die Entscheidung offen lässt",
        "Producten die de beslissing laat zoals ze zijn"
    ],
    FLEET_ASPECT_OFFER_TYPES = "fleet.aspect.offer_types" => [
        "Third-party offer types",
        "Angebotstypen von Drittanbietern",
        "Aanbiedingstypen van derden"
    ],
    FLEET_ASPECT_REQUEST = "fleet.aspect.request" => [
        "Licence request path",
        "Weg der Lizenzanforderung",
        "Route van de licentieaanvraag"
    ],
    FLEET_FATE_CARRIED = "fleet.fate.carried" => ["carried", "übernommen", "overgenomen"],
    FLEET_FATE_ROUNDED = "fleet.fate.rounded" => ["rounded", "gerundet", "afgerond"],
    FLEET_FATE_ADDED = "fleet.fate.added" => ["added by the format", "vom Format hinzugefügt", "door het formaat toegevoegd"],
    FLEET_FATE_DROPPED = "fleet.fate.dropped" => ["dropped", "entfällt", "valt weg"],
    FLEET_COVER_BY_HAND = "fleet.cover.by_hand" => [
        "by hand, in each tenant's admin center",
        "von Hand, im Admin Center jedes Mandanten",
        "met de hand, in het beheercentrum van elke tenant"
    ],
    FLEET_NOTE_CARRIED = "fleet.note.carried" => ["As decided.", "Wie entschieden.", "Zoals besloten."],
    FLEET_NOTE_CIPP_EXCLUDED = "fleet.note.cipp_excluded" => [
        "Listed in Exclusions, which CIPP sets to Enabled: {products}.",
        "In Exclusions eingetragen, die CIPP auf Enabled setzt: {products}.",
        "Opgenomen in Exclusions, die CIPP op Enabled zet: {products}."
    ],
    FLEET_NOTE_CIPP_TRIALS_BLOCK = "fleet.note.cipp_trials_block" => [
        { "CIPP cannot express Trials only: {products} is set to Disabled, the safe rounding (no purchase, and no trial either).",
          "CIPP cannot express Trials only: {products} are set to Disabled, the safe rounding (no purchase, and no trial either)." },
        { "CIPP kann „Nur Testversionen“ nicht ausdrücken: {products} wird auf Disabled gesetzt, die sichere Rundung (kein Kauf und auch keine Testversion).",
          "CIPP kann „Nur Testversionen“ nicht ausdrücken: {products} werden auf Disabled gesetzt, die sichere Rundung (kein Kauf und auch keine Testversion)." },
        { "CIPP kan ‘Alleen proefversies’ niet uitdrukken: {products} wordt op Disabled gezet, de veilige afronding (geen aankoop en ook geen proefversie).",
          "CIPP kan ‘Alleen proefversies’ niet uitdrukken: {products} worden op Disabled gezet, de veilige afronding (geen aankoop en ook geen proefversie)." }
    ],
    FLEET_NOTE_CIPP_TRIALS_ALLOW = "fleet.note.cipp_trials_allow" => [
        { "CIPP cannot express Trials only: as you asked, {products} is put in Exclusions and so set to Enabled. Users can then buy it with their own payment method, not only try it.",
          "CIPP cannot express Trials only: as you asked, {products} are put in Exclusions and so set to Enabled. Users can then buy them with their own payment method, not only try them." },
        { "CIPP kann „Nur Testversionen“ nicht ausdrücken: Wie gewünscht steht {products} in Exclusions und wird damit auf Enabled gesetzt. Benutzer können es dann mit ihrer eigenen Zahlungsmethode kaufen, nicht nur testen.",
          "CIPP kann „Nur Testversionen“ nicht ausdrücken: Wie gewünscht stehen {products} in Exclusions und werden damit auf Enabled gesetzt. Benutzer können sie dann mit ihrer eigenen Zahlungsmethode kaufen, nicht nur testen." },
        { "CIPP kan ‘Alleen proefversies’ niet uitdrukken: zoals gevraagd staat {products} in Exclusions en wordt dus op Enabled gezet. Gebruikers kunnen het dan met hun eigen betalingsmethode kopen, niet alleen proberen.",
          "CIPP kan ‘Alleen proefversies’ niet uitdrukken: zoals gevraagd staan {products} in Exclusions en worden dus op Enabled gezet. Gebruikers kunnen ze dan met hun eigen betalingsmethode kopen, niet alleen proberen." }
    ],
    FLEET_NOTE_CIPP_OTHERS = "fleet.note.cipp_others" => [
        "CIPP sets every product that is not in Exclusions to Disabled, including products this decision leaves alone and products Microsoft adds later.",
        "CIPP setzt jedes Produkt, das nicht in Exclusions steht, auf Disabled, auch Produkte, die diese Entscheidung offen lässt, und Produkte, die Microsoft später hinzufügt.",
        "CIPP zet elk product dat niet in Exclusions staat op Disabled, ook producten die deze beslissing laat zoals ze zijn en producten die Microsoft later toevoegt."
    ],
    FLEET_NOTE_NO_FIELD = "fleet.note.no_field" => [
        "This format has no field for it.",
        "Dieses Format hat kein Feld dafür.",
        "Dit formaat heeft er geen veld voor."
    ],
    FLEET_NOTE_CIPP_AUTO_CLAIM_OFF = "fleet.note.cipp_auto_claim_off" => [
        "DisableTrials turns auto-claim off (CIPP calls the auto-claim setting “trials”).",
        "DisableTrials schaltet die automatische Lizenzzuweisung ab (CIPP nennt diese Einstellung „Trials“).",
        "DisableTrials zet het automatisch claimen van licenties uit (CIPP noemt die instelling ‘Trials’)."
    ],
    FLEET_NOTE_ONLY_OFF = "fleet.note.only_off" => [
        "This format can only turn it off; it is left as it is, so turn it on by hand where needed.",
        "Dieses Format kann es nur abschalten; es bleibt, wie es ist, also schalten Sie es bei Bedarf von Hand ein.",
        "Dit formaat kan het alleen uitzetten; het blijft zoals het is, dus zet het zo nodig met de hand aan."
    ],
    FLEET_NOTE_CIPP_SIGN_UP = "fleet.note.cipp_sign_up" => [
        "This CIPP standard always turns self-service sign-up off (allowedToSignUpEmailBasedSubscriptions = false).",
        "Dieser CIPP-Standard schaltet die Self-Service-Registrierung immer ab (allowedToSignUpEmailBasedSubscriptions = false).",
        "Deze CIPP-standaard zet selfservice-registratie altijd uit (allowedToSignUpEmailBasedSubscriptions = false)."
    ],
    FLEET_NOTE_CIPP_SIGN_UP_ON = "fleet.note.cipp_sign_up_on" => [
        "This CIPP standard turns self-service sign-up off, although this decision leaves it on.",
        "Dieser CIPP-Standard schaltet die Self-Service-Registrierung ab, obwohl diese Entscheidung sie eingeschaltet lässt.",
        "Deze CIPP-standaard zet selfservice-registratie uit, hoewel deze beslissing die aan laat."
    ],
    FLEET_NOTE_LEFT_AS_IS = "fleet.note.left_as_is" => [
        "Not set: each tenant keeps its own value.",
        "Nicht gesetzt: Jeder Mandant behält seinen eigenen Wert.",
        "Niet ingesteld: elke tenant houdt zijn eigen waarde."
    ],
    FLEET_NOTE_DSC_OFFER_TYPES = "fleet.note.dsc_offer_types" => [
        "CommerceSelfServicePurchase is keyed by ProductId; no resource for offer types was found.",
        "CommerceSelfServicePurchase ist nach ProductId geschlüsselt; eine Ressource für Angebotstypen wurde nicht gefunden.",
        "CommerceSelfServicePurchase heeft ProductId als sleutel; er is geen resource voor aanbiedingstypen gevonden."
    ],
    FLEET_NOTE_DSC_ORG_SETTINGS = "fleet.note.dsc_org_settings" => [
        "Set by O365OrgSettings in the configuration.",
        "Gesetzt durch O365OrgSettings in der Konfiguration.",
        "Ingesteld door O365OrgSettings in de configuratie."
    ],
    FLEET_NOTE_DSC_AUTH_POLICY = "fleet.note.dsc_auth_policy" => [
        "Set by AADAuthorizationPolicy in the configuration.",
        "Gesetzt durch AADAuthorizationPolicy in der Konfiguration.",
        "Ingesteld door AADAuthorizationPolicy in de configuratie."
    ],
    FLEET_NOTE_NO_RESOURCE = "fleet.note.no_resource" => [
        "No Microsoft365DSC resource for it was found.",
        "Eine Microsoft365DSC-Ressource dafür wurde nicht gefunden.",
        "Er is geen Microsoft365DSC-resource voor gevonden."
    ],
    FLEET_NOTE_DATA_COMMERCE_ONLY = "fleet.note.data_commerce_only" => [
        "The data file carries the Commerce composite only; this switch is in the configuration.",
        "Die Datendatei enthält nur die Commerce-Komposition; dieser Schalter steht in der Konfiguration.",
        "Het gegevensbestand bevat alleen de Commerce-compositie; deze schakelaar staat in de configuratie."
    ],
    FLEET_NOTE_LOOP_POLICY_ONLY = "fleet.note.loop_policy_only" => [
        "The script for all tenants sets the purchase policy and offer types only.",
        "Das Skript für alle Mandanten setzt nur die Kaufrichtlinie und die Angebotstypen.",
        "Het script voor alle tenants stelt alleen het aankoopbeleid en de aanbiedingstypen in."
    ],
    FLEET_NOTE_REST_OFFER_UNTESTED = "fleet.note.rest_offer_untested" => [
        "Carried; the offer-type path of the unofficial endpoint is untested.",
        "Übernommen; der Pfad für Angebotstypen des inoffiziellen Endpunkts ist ungetestet.",
        "Overgenomen; het pad voor aanbiedingstypen van het onofficiële eindpunt is niet getest."
    ],
    FLEET_NOTE_REQUEST = "fleet.note.request" => [
        "No format for many tenants carries the licence request path: paste the request message in each tenant's admin center.",
        "Kein Format für viele Mandanten enthält den Weg der Lizenzanforderung: Fügen Sie die Nachricht im Admin Center jedes Mandanten ein.",
        "Geen formaat voor veel tenants bevat de route van de licentieaanvraag: plak het bericht in het beheercentrum van elke tenant."
    ],
    // ---- Rolling this out (workshop and report) ------------------------------------------------
    FLEET_ROLLOUT_TENANTS = "fleet.rollout.tenants" => [
        { "{n} tenant; not yet assigned to a tier: {unassigned}; tiers: {tiers}.", "{n} tenants; not yet assigned to a tier: {unassigned}; tiers: {tiers}." },
        { "{n} Mandant; noch keiner Stufe zugeordnet: {unassigned}; Stufen: {tiers}.", "{n} Mandanten; noch keiner Stufe zugeordnet: {unassigned}; Stufen: {tiers}." },
        { "{n} tenant; nog niet aan een niveau toegewezen: {unassigned}; niveaus: {tiers}.", "{n} tenants; nog niet aan een niveau toegewezen: {unassigned}; niveaus: {tiers}." }
    ],
    FLEET_ROLLOUT_CHANGES = "fleet.rollout.changes" => [
        { "The tenants' current state differs from their tier in {n} place, in {tenants} tenants: that is what the scripts change.", "The tenants' current state differs from their tier in {n} places, in {tenants} tenants: that is what the scripts change." },
        { "Der aktuelle Stand der Mandanten weicht an {n} Stelle von ihrer Stufe ab, in {tenants} Mandanten: Das ändern die Skripte.", "Der aktuelle Stand der Mandanten weicht an {n} Stellen von ihrer Stufe ab, in {tenants} Mandanten: Das ändern die Skripte." },
        { "De huidige status van de tenants wijkt op {n} plek af van hun niveau, in {tenants} tenants: dat veranderen de scripts.", "De huidige status van de tenants wijkt op {n} plekken af van hun niveau, in {tenants} tenants: dat veranderen de scripts." }
    ],
    FLEET_ROLLOUT_EXPORTS = "fleet.rollout.exports" => [
        "Per tier: a CIPP standards template, a Microsoft365DSC data file and configuration, and one script for all its tenants with a dry run; each with what its format cannot carry.",
        "Pro Stufe: eine CIPP-Standardvorlage, eine Microsoft365DSC-Datendatei und -Konfiguration und ein Skript für alle ihre Mandanten mit Testlauf; jeweils mit dem, was das Format nicht abbilden kann.",
        "Per niveau: een CIPP-standaardsjabloon, een Microsoft365DSC-gegevensbestand en -configuratie, en één script voor al zijn tenants met proefrun; elk met wat het formaat niet kan overbrengen."
    ],
}
