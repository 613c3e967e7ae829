//! Strings of the "Many tenants" section under Script (issue 25): the tenant list, tiers, the
//! exports with their fidelity tables, the multi-tenant scripts, the drift matrix, and "rolling
//! this out" in the report and the workshop. CIPP, Microsoft365DSC, MSCommerce and -DryRun stay
//! as they are in every language: they are what the admin types.
crate::translation_table! {
    FLEET_UI_HEADING = "fleet_ui.heading" => ["Many tenants", "Viele Mandanten", "Veel tenants"],
    FLEET_UI_HELP = "fleet_ui.help" => [
        "Take this decision to many customer tenants: a tenant list, exports in the formats managed service providers already run (CIPP, Microsoft365DSC), one script for all tenants, and a matrix of where each tenant stands. Tenant data stays in this browser and never goes into links.",
        "Bringen Sie diese Entscheidung in viele Kundenmandanten: eine Mandantenliste, Exporte in den Formaten, die Managed Service Provider schon nutzen (CIPP, Microsoft365DSC), ein Skript für alle Mandanten und eine Matrix, wo jeder Mandant steht. Mandantendaten bleiben in diesem Browser und kommen nie in Links.",
        "Breng deze beslissing naar veel klanttenants: een tenantlijst, exports in de formaten die managed service providers al gebruiken (CIPP, Microsoft365DSC), één script voor alle tenants, en een matrix van waar elke tenant staat. Tenantgegevens blijven in deze browser en komen nooit in links."
    ],
    FLEET_UI_CARRY = "fleet_ui.carry" => [
        "Files and saved sessions carry the tenant list and tiers (tenant data)",
        "Dateien und gespeicherte Sitzungen enthalten die Mandantenliste und die Stufen (Mandantendaten)",
        "Bestanden en opgeslagen sessies bevatten de tenantlijst en de niveaus (tenantgegevens)"
    ],
    FLEET_UI_CARRIED = "fleet_ui.carried" => [
        "Files and saved sessions include the tenant list and tiers (ticked under Script, Many tenants).",
        "Dateien und gespeicherte Sitzungen enthalten die Mandantenliste und die Stufen (angekreuzt unter Skript, Viele Mandanten).",
        "Bestanden en opgeslagen sessies bevatten de tenantlijst en de niveaus (aangevinkt onder Script, Veel tenants)."
    ],
    // ---- Tenant list ------------------------------------------------------------------------------
    FLEET_UI_TENANTS_HEADING = "fleet_ui.tenants_heading" => ["Tenant list", "Mandantenliste", "Tenantlijst"],
    FLEET_UI_TENANTS_LABEL = "fleet_ui.tenants_label" => [
        "Tenant list (CSV: tenant ID and/or primary domain, display name; one tenant per line)",
        "Mandantenliste (CSV: Mandanten-ID und/oder primäre Domäne, Anzeigename; ein Mandant pro Zeile)",
        "Tenantlijst (CSV: tenant-ID en/of primair domein, weergavenaam; één tenant per regel)"
    ],
    FLEET_UI_TENANTS_READ = "fleet_ui.tenants_read" => ["Read tenant list", "Mandantenliste lesen", "Tenantlijst lezen"],
    FLEET_UI_TENANTS_OPEN = "fleet_ui.tenants_open" => ["Open a CSV file…", "CSV-Datei öffnen…", "CSV-bestand openen…"],
    FLEET_UI_TENANTS_REFUSED = "fleet_ui.tenants_refused" => [
        "The tenant list was not read; the list below is unchanged:",
        "Die Mandantenliste wurde nicht gelesen; die Liste unten ist unverändert:",
        "De tenantlijst is niet gelezen; de lijst hieronder is ongewijzigd:"
    ],
    FLEET_UI_TENANTS_COUNT = "fleet_ui.tenants_count" => [
        { "{n} tenant in the list.", "{n} tenants in the list." },
        { "{n} Mandant in der Liste.", "{n} Mandanten in der Liste." },
        { "{n} tenant in de lijst.", "{n} tenants in de lijst." }
    ],
    FLEET_UI_COL_TENANT = "fleet_ui.col_tenant" => ["Tenant", "Mandant", "Tenant"],
    FLEET_UI_COL_ID = "fleet_ui.col_id" => ["Tenant ID", "Mandanten-ID", "Tenant-ID"],
    FLEET_UI_COL_DOMAIN = "fleet_ui.col_domain" => ["Domain", "Domäne", "Domein"],
    FLEET_UI_COL_TIER = "fleet_ui.col_tier" => ["Tier", "Stufe", "Niveau"],
    FLEET_UI_TIER_OF = "fleet_ui.tier_of" => ["Tier of {tenant}", "Stufe des Mandanten {tenant}", "Niveau van {tenant}"],
    FLEET_UI_NO_TIER = "fleet_ui.no_tier" => [
        "none (the scenario on screen)",
        "keine (das Szenario auf dem Bildschirm)",
        "geen (het scenario op het scherm)"
    ],
    // ---- Tiers ------------------------------------------------------------------------------------
    FLEET_UI_TIERS_HEADING = "fleet_ui.tiers_heading" => ["Tiers", "Stufen", "Niveaus"],
    FLEET_UI_TIERS_HELP = "fleet_ui.tiers_help" => [
        "A tier is a named decision (such as “Locked” or “Trials only”): save the scenario on screen as a tier, change it, save the next one, then assign tenants to tiers. Every export and script is made per tier.",
        "Eine Stufe ist eine benannte Entscheidung (etwa „Gesperrt“ oder „Nur Testversionen“): Speichern Sie das Szenario auf dem Bildschirm als Stufe, ändern Sie es, speichern Sie die nächste und ordnen Sie dann Mandanten den Stufen zu. Jeder Export und jedes Skript wird pro Stufe erstellt.",
        "Een niveau is een benoemde beslissing (zoals ‘Vergrendeld’ of ‘Alleen proefversies’): sla het scenario op het scherm op als niveau, wijzig het, sla het volgende op en wijs dan tenants aan niveaus toe. Elke export en elk script wordt per niveau gemaakt."
    ],
    FLEET_UI_TIER_NAME = "fleet_ui.tier_name" => ["Tier name", "Name der Stufe", "Naam van het niveau"],
    FLEET_UI_TIER_SAVE = "fleet_ui.tier_save" => [
        "Save the scenario on screen as a tier",
        "Szenario auf dem Bildschirm als Stufe speichern",
        "Scenario op het scherm opslaan als niveau"
    ],
    FLEET_UI_TIER_REMOVE = "fleet_ui.tier_remove" => ["Remove tier {name}", "Stufe {name} entfernen", "Niveau {name} verwijderen"],
    FLEET_UI_TIER_TENANTS = "fleet_ui.tier_tenants" => [
        { "{n} tenant", "{n} tenants" },
        { "{n} Mandant", "{n} Mandanten" },
        { "{n} tenant", "{n} tenants" }
    ],
    // ---- Exports ----------------------------------------------------------------------------------
    FLEET_UI_EXPORTS_HEADING = "fleet_ui.exports_heading" => [
        "Exports and scripts for all tenants",
        "Exporte und Skripte für alle Mandanten",
        "Exports en scripts voor alle tenants"
    ],
    FLEET_UI_EXPORT_FOR = "fleet_ui.export_for" => ["Made for", "Erstellt für", "Gemaakt voor"],
    FLEET_UI_TARGET_CURRENT = "fleet_ui.target_current" => [
        "The scenario on screen (tenants without a tier)",
        "Das Szenario auf dem Bildschirm (Mandanten ohne Stufe)",
        "Het scenario op het scherm (tenants zonder niveau)"
    ],
    FLEET_UI_TARGET_TIER = "fleet_ui.target_tier" => ["Tier “{name}”", "Stufe „{name}“", "Niveau ‘{name}’"],
    FLEET_UI_EXPORTS = "fleet_ui.exports" => ["Exports", "Exporte", "Exports"],
    FLEET_UI_NO_TENANTS_HERE = "fleet_ui.no_tenants_here" => [
        "No tenant is assigned here yet: the files name none (add them in the tenant list, or choose them in CIPP).",
        "Hier ist noch kein Mandant zugeordnet: Die Dateien nennen keinen (fügen Sie sie in der Mandantenliste hinzu oder wählen Sie sie in CIPP).",
        "Hier is nog geen tenant toegewezen: de bestanden noemen er geen (voeg ze toe in de tenantlijst, of kies ze in CIPP)."
    ],
    FLEET_UI_ROUNDING = "fleet_ui.rounding" => [
        "CIPP cannot say “Trials only”. In this template those products become:",
        "CIPP kann „Nur Testversionen“ nicht ausdrücken. In dieser Vorlage werden diese Produkte zu:",
        "CIPP kan ‘Alleen proefversies’ niet uitdrukken. In dit sjabloon worden die producten:"
    ],
    FLEET_UI_ROUND_BLOCK = "fleet_ui.round_block" => [
        "Block (the safe choice: no purchases and no trials)",
        "Nicht zulassen (die sichere Wahl: keine Käufe und keine Testversionen)",
        "Niet toestaan (de veilige keuze: geen aankopen en geen proefversies)"
    ],
    FLEET_UI_ROUND_ALLOW = "fleet_ui.round_allow" => [
        "Allow (opens purchases, not only trials)",
        "Zulassen (öffnet Käufe, nicht nur Testversionen)",
        "Toestaan (opent aankopen, niet alleen proefversies)"
    ],
    FLEET_UI_NO_TRIALS = "fleet_ui.no_trials" => [
        "This decision sets no product to Trials only: nothing is rounded.",
        "Diese Entscheidung setzt kein Produkt auf „Nur Testversionen“: Nichts wird gerundet.",
        "Deze beslissing zet geen product op ‘Alleen proefversies’: er wordt niets afgerond."
    ],
    FLEET_UI_WARNINGS = "fleet_ui.warnings" => [
        "Read this before you import the template:",
        "Lesen Sie das, bevor Sie die Vorlage importieren:",
        "Lees dit voordat u het sjabloon importeert:"
    ],
    FLEET_UI_FIDELITY = "fleet_ui.fidelity" => [
        "What this format carries of the decision",
        "Was dieses Format von der Entscheidung abbildet",
        "Wat dit formaat van de beslissing overbrengt"
    ],
    FLEET_UI_FID_ASPECT = "fleet_ui.fid_aspect" => ["Part of the decision", "Teil der Entscheidung", "Deel van de beslissing"],
    FLEET_UI_FID_FATE = "fleet_ui.fid_fate" => ["In this format", "In diesem Format", "In dit formaat"],
    FLEET_UI_FID_NOTE = "fleet_ui.fid_note" => ["What that means", "Was das bedeutet", "Wat dat betekent"],
    FLEET_UI_FID_COVER = "fleet_ui.fid_cover" => ["Covered instead by", "Stattdessen abgedeckt durch", "In plaats daarvan gedekt door"],
    FLEET_UI_COPY_FILE = "fleet_ui.copy_file" => ["Copy {file}", "Kopieren: {file}", "Kopiëren: {file}"],
    FLEET_UI_COLLECTOR = "fleet_ui.collector" => [
        "Collector script (read-only, all tenants)",
        "Sammelskript (nur lesend, alle Mandanten)",
        "Verzamelscript (alleen lezen, alle tenants)"
    ],
    FLEET_UI_COLLECTOR_HELP = "fleet_ui.collector_help" => [
        "Reads every tenant's current policies into one CSV with a tenant column and changes nothing; paste that CSV into the matrix below.",
        "Liest die aktuellen Richtlinien jedes Mandanten in eine CSV mit Mandantenspalte und ändert nichts; fügen Sie diese CSV unten in die Matrix ein.",
        "Leest het huidige beleid van elke tenant in één CSV met een tenantkolom en wijzigt niets; plak die CSV hieronder in de matrix."
    ],
    FLEET_UI_SIGN_IN = "fleet_ui.sign_in" => ["How the script signs in", "Wie sich das Skript anmeldet", "Hoe het script aanmeldt"],
    FLEET_UI_BACKEND_MSCOMMERCE = "fleet_ui.backend_mscommerce" => [
        "MSCommerce, an interactive sign-in per tenant (the supported module)",
        "MSCommerce, eine interaktive Anmeldung pro Mandant (das unterstützte Modul)",
        "MSCommerce, een interactieve aanmelding per tenant (de ondersteunde module)"
    ],
    FLEET_UI_BACKEND_REST = "fleet_ui.backend_rest" => [
        "Unofficial REST endpoint, an app consented in each customer tenant (GDAP)",
        "Inoffizieller REST-Endpunkt, eine App mit Zustimmung in jedem Kundenmandanten (GDAP)",
        "Onofficieel REST-eindpunt, een app met toestemming in elke klanttenant (GDAP)"
    ],
    FLEET_UI_REST_CAUTION = "fleet_ui.rest_caution" => [
        "Unofficial: Microsoft does not document this endpoint and may change it without notice. Try it with a dry run on one tenant first.",
        "Inoffiziell: Microsoft dokumentiert diesen Endpunkt nicht und kann ihn ohne Ankündigung ändern. Probieren Sie ihn zuerst mit einem Testlauf in einem Mandanten.",
        "Onofficieel: Microsoft documenteert dit eindpunt niet en kan het zonder aankondiging wijzigen. Probeer het eerst met een proefrun op één tenant."
    ],
    FLEET_UI_DRY_RUN = "fleet_ui.dry_run" => [
        "Dry run unless run with -DryRun:$false (changes nothing, prints the same table)",
        "Testlauf, außer mit -DryRun:$false ausgeführt (ändert nichts, gibt dieselbe Tabelle aus)",
        "Proefrun, tenzij uitgevoerd met -DryRun:$false (wijzigt niets, toont dezelfde tabel)"
    ],
    // ---- Matrix -----------------------------------------------------------------------------------
    FLEET_UI_MATRIX_HEADING = "fleet_ui.matrix_heading" => [
        "Where each tenant stands",
        "Wo jeder Mandant steht",
        "Waar elke tenant staat"
    ],
    FLEET_UI_MATRIX_HELP = "fleet_ui.matrix_help" => [
        "Paste the collector's CSV (or any paste the single-tenant import reads, with a column Tenant, TenantId or TenantDomain) and see each tenant against its tier's decision; a tenant without a tier is set against the scenario on screen.",
        "Fügen Sie die CSV des Sammelskripts ein (oder jede Einfügung, die der Import für einen Mandanten liest, mit einer Spalte Tenant, TenantId oder TenantDomain) und sehen Sie jeden Mandanten gegen die Entscheidung seiner Stufe; ein Mandant ohne Stufe wird mit dem Szenario auf dem Bildschirm verglichen.",
        "Plak de CSV van het verzamelscript (of elke invoer die de import voor één tenant leest, met een kolom Tenant, TenantId of TenantDomain) en zie elke tenant tegenover de beslissing van zijn niveau; een tenant zonder niveau wordt vergeleken met het scenario op het scherm."
    ],
    FLEET_UI_MATRIX_COMBINED = "fleet_ui.matrix_combined" => [
        "Every tenant's policies in one paste (with a tenant column)",
        "Die Richtlinien aller Mandanten in einer Einfügung (mit Mandantenspalte)",
        "Het beleid van alle tenants in één invoer (met een tenantkolom)"
    ],
    FLEET_UI_MATRIX_READ = "fleet_ui.matrix_read" => ["Read into the matrix", "In die Matrix lesen", "In de matrix lezen"],
    FLEET_UI_MATRIX_OPEN = "fleet_ui.matrix_open" => ["Open a file…", "Datei öffnen…", "Bestand openen…"],
    FLEET_UI_MATRIX_NAMED = "fleet_ui.matrix_named" => [
        "Or paste each tenant's output on its own",
        "Oder fügen Sie die Ausgabe jedes Mandanten einzeln ein",
        "Of plak de uitvoer van elke tenant apart"
    ],
    FLEET_UI_PASTE_NAME = "fleet_ui.paste_name" => [
        "Tenant {n}: name, domain or tenant ID",
        "Mandant {n}: Name, Domäne oder Mandanten-ID",
        "Tenant {n}: naam, domein of tenant-ID"
    ],
    FLEET_UI_PASTE_TEXT = "fleet_ui.paste_text" => [
        "Tenant {n}: its output",
        "Mandant {n}: seine Ausgabe",
        "Tenant {n}: zijn uitvoer"
    ],
    FLEET_UI_ADD_PASTE = "fleet_ui.add_paste" => ["Add a tenant", "Mandanten hinzufügen", "Tenant toevoegen"],
    FLEET_UI_READ_NAMED = "fleet_ui.read_named" => ["Read these pastes", "Diese Einfügungen lesen", "Deze invoer lezen"],
    FLEET_UI_MATRIX_REFUSED = "fleet_ui.matrix_refused" => [
        "Nothing was read; the matrix is unchanged:",
        "Es wurde nichts gelesen; die Matrix ist unverändert:",
        "Er is niets gelezen; de matrix is ongewijzigd:"
    ],
    FLEET_UI_MATRIX_SUMMARY = "fleet_ui.matrix_summary" => [
        { "{n} tenant read.", "{n} tenants read." },
        { "{n} Mandant gelesen.", "{n} Mandanten gelesen." },
        { "{n} tenant gelezen.", "{n} tenants gelezen." }
    ],
    FLEET_UI_MATRIX_CHANGES = "fleet_ui.matrix_changes" => [
        { "{n} setting differs from the decision.", "{n} settings differ from the decision." },
        { "{n} Einstellung weicht von der Entscheidung ab.", "{n} Einstellungen weichen von der Entscheidung ab." },
        { "{n} instelling wijkt af van de beslissing.", "{n} instellingen wijken af van de beslissing." }
    ],
    FLEET_UI_UNKNOWN = "fleet_ui.unknown" => ["Unknown products", "Unbekannte Produkte", "Onbekende producten"],
    FLEET_UI_PER_PRODUCT = "fleet_ui.per_product" => ["Differs per product", "Abweichend pro Produkt", "Afwijkend per product"],
    FLEET_UI_OPEN_SCRIPT = "fleet_ui.open_script" => [
        "Script for {tenant}",
        "Skript für den Mandanten {tenant}",
        "Script voor {tenant}"
    ],
    FLEET_UI_SCRIPT_HEADING = "fleet_ui.script_heading" => [
        "Script for {tenant}: changes only what differs",
        "Skript für den Mandanten {tenant}: ändert nur, was abweicht",
        "Script voor {tenant}: wijzigt alleen wat afwijkt"
    ],
    FLEET_UI_CLOSE_SCRIPT = "fleet_ui.close_script" => ["Close the script", "Skript schließen", "Script sluiten"],
    FLEET_UI_MATRIX_CSV = "fleet_ui.matrix_csv" => [
        "Download the matrix (CSV)",
        "Matrix herunterladen (CSV)",
        "Matrix downloaden (CSV)"
    ],
    FLEET_UI_MATRIX_FORGET = "fleet_ui.matrix_forget" => [
        "Forget the tenants' states",
        "Stand der Mandanten vergessen",
        "Status van de tenants vergeten"
    ],
    FLEET_UI_NOT_LISTED = "fleet_ui.not_listed" => [
        "not in the tenant list",
        "nicht in der Mandantenliste",
        "niet in de tenantlijst"
    ],
    // ---- Report and workshop -----------------------------------------------------------------------
    FLEET_UI_ROLLOUT_TITLE = "fleet_ui.rollout_title" => ["Rolling this out", "Die Einführung", "De uitrol"],
    FLEET_UI_EXPORTS_APPENDIX = "fleet_ui.exports_appendix" => [
        "Appendix: the exports for many tenants",
        "Anhang: die Exporte für viele Mandanten",
        "Bijlage: de exports voor veel tenants"
    ],
}
