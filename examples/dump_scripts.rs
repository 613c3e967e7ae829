//! Writes every generated script variant, for every combination of options and for hostile free text, into a
//! directory, with a `manifest.json` that lists each file and the hostile strings it contains, and every PowerShell
//! snippet the UI shows outside the scripts (`UI_SNIPPETS`, listed under `snippets`). The node test
//! `tests/scripts/parse.test.mjs` then parses every file with independent PowerShell and bash grammars.
//!
//! ```text
//! cargo run --example dump_scripts -- <outdir>      (default: target/generated-scripts)
//! SCRIPTS_DIR=<outdir> node --test tests/scripts/
//! ```
use serde_json::json;
use ssp_advisor::domain::date::Date;
use ssp_advisor::domain::ids::ProductId;
use ssp_advisor::domain::policy::PolicyValue;
use ssp_advisor::domain::script::{file_name, generate, Choice, ScriptHeader, ScriptOptions, Variant, UI_SNIPPETS};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Every hostile string contains this marker; the node test checks that each occurrence of it in a script lies
/// inside a comment or a single-quoted string literal.
const MARKER: &str = "PWNED";

const HOSTILE: &[(&str, &str)] = &[
    ("ascii-single-quote", "x' ; Invoke-PWNED ; '"),
    ("left-single-quote", "x\u{2018} ; Invoke-PWNED ; \u{2018}"),
    ("right-single-quote", "x\u{2019} ; Invoke-PWNED ; \u{2019}"),
    ("low-9-single-quote", "x\u{201a} ; Invoke-PWNED ; \u{201a}"),
    ("reversed-9-single-quote", "x\u{201b} ; Invoke-PWNED ; \u{201b}"),
    ("double-quote", "x\" ; Invoke-PWNED ; \""),
    ("typographic-double-quotes", "x\u{201c} ; Invoke-PWNED ; \u{201d}\u{201e}"),
    ("subexpression", "$(Invoke-PWNED) ${PWNED} $PWNED @(Invoke-PWNED)"),
    ("backticks", "`Invoke-PWNED` `n`r x`"),
    ("semicolon", "; Invoke-PWNED ;"),
    ("newlines", "x\nInvoke-PWNED\r\nInvoke-PWNED\rInvoke-PWNED"),
    ("block-comment-close", "#> Invoke-PWNED"),
    ("block-comment-open", "<# Invoke-PWNED"),
    ("here-string-single", "x\n'@\nInvoke-PWNED\n@'\n"),
    ("here-string-double", "x\n\"@\nInvoke-PWNED\n@\"\n"),
    ("unicode-separators", "x\u{2028}Invoke-PWNED\u{2029}Invoke-PWNED\u{85}Invoke-PWNED"),
    ("bash-quote-idiom", "'\\'' ; PWNED ; echo '"),
    ("bash-expansions", "$(PWNED) ${PWNED:-x} $((1+1)) !PWNED && PWNED || PWNED | PWNED > /tmp/PWNED"),
    ("trailing-backslash", "PWNED \\"),
    ("trailing-backtick", "PWNED `"),
    ("controls", "x\u{0}Invoke-PWNED\u{1b}[2J\u{8}\u{7f}\t|PWNED"),
    ("bidi-overrides", "\u{202e}Invoke-PWNED\u{2066}x\u{2069}\u{200b}\u{feff}"),
    ("requires", "requires -RunAsAdministrator PWNED"),
    (
        "everything",
        "Contoso 'prod' \u{2018}a\u{2019} \u{201a}b\u{201b} \"c\" $(Invoke-PWNED) `PWNED` ; #> <# '@ \"@ \n\
         PWNED\u{2028}PWNED '\\'' \\",
    ),
];

/// A tenant state where every other chosen product is already at its value.
fn imported(choices: &[Choice]) -> std::collections::BTreeMap<ssp_advisor::domain::tenant::Item, PolicyValue> {
    use ssp_advisor::domain::tenant::Item;
    choices
        .iter()
        .enumerate()
        .map(|(i, c)| (Item::Product(c.id.clone()), if i % 2 == 0 { c.value } else { PolicyValue::Enabled }))
        .collect()
}

fn offer_types() -> Vec<(ssp_advisor::domain::policy::OfferType, PolicyValue)> {
    use ssp_advisor::domain::policy::OfferType;
    vec![(OfferType::Saas, PolicyValue::Disabled), (OfferType::PowerBiVisuals, PolicyValue::Enabled)]
}

/// Every related switch: off, on or unset, varied by `flip`.
fn switches(
    flip: bool,
) -> Vec<(ssp_advisor::domain::doors::RelatedSwitch, Option<ssp_advisor::domain::doors::SwitchSetting>)> {
    use ssp_advisor::domain::doors::{RelatedSwitch, SwitchSetting};
    RelatedSwitch::ALL
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let v = match (i + flip as usize) % 3 {
                0 => Some(SwitchSetting::Off),
                1 => Some(SwitchSetting::On),
                _ => None,
            };
            (*s, v)
        })
        .collect()
}

fn choice(id: &str, name: &str, value: PolicyValue) -> Choice {
    Choice {
        id: ProductId::parse(id).expect("valid id"),
        name: name.to_string(),
        value,
        free_sign_up: id == "CFQ7TTC0J1FV",
        admin_settings: Vec::new(),
    }
}

fn mixed() -> Vec<Choice> {
    vec![
        choice("CFQ7TTC0H9MP", "Power BI Pro", PolicyValue::Enabled),
        choice("CFQ7TTC0HD33", "Visio Plan 1", PolicyValue::OnlyTrialsWithoutPaymentMethod),
        choice("CFQ7TTC0HDB1", "Planner Plan 1", PolicyValue::OnlyTrialsWithoutPaymentMethod),
        choice("CFQ7TTC0HDB0", "Project Plan 3", PolicyValue::Disabled),
        choice("CFQ7TTC0MM8R", "Microsoft 365 Copilot", PolicyValue::Disabled),
    ]
}

fn all(value: PolicyValue) -> Vec<Choice> {
    mixed().into_iter().map(|c| Choice { value, ..c }).collect()
}

fn choice_sets() -> Vec<(&'static str, Vec<Choice>)> {
    let mut teams = mixed();
    teams.push(choice("CFQ7TTC0J1FV", "Microsoft Teams Exploratory", PolicyValue::OnlyTrialsWithoutPaymentMethod));
    teams.push(choice("CFQ7TTC0H9MP", "Power BI Pro (chosen twice)", PolicyValue::Disabled));
    vec![
        ("mixed", mixed()),
        ("allow", all(PolicyValue::Enabled)),
        ("trials", all(PolicyValue::OnlyTrialsWithoutPaymentMethod)),
        ("block", all(PolicyValue::Disabled)),
        ("empty", Vec::new()),
        ("teams-dup", teams),
    ]
}

fn slug(v: Variant) -> &'static str {
    file_name(v).trim_end_matches(".ps1").trim_end_matches(".sh")
}

fn header(link: Option<&str>) -> ScriptHeader {
    ScriptHeader {
        generated: Date::ymd(2026, 11, 25),
        catalogue_as_of: Date::ymd(2026, 11, 21),
        reopen_link: link.map(str::to_string),
        // With a link, also the scenario line of a comparison (issue 24), in free text.
        scenario: link.map(|_| "Proposed 'B' # (2 of 2)".to_string()),
    }
}

struct Dump {
    dir: PathBuf,
    seen: HashMap<String, String>,
    files: Vec<serde_json::Value>,
    json: Vec<serde_json::Value>,
}

impl Dump {
    /// A multi-tenant file (issue 25): a PowerShell script or data file, listed under its own
    /// variant name with `fleet: true`; `.json` files (CIPP templates) go to the `json` list.
    fn write_fleet(&mut self, variant: &str, stem: &str, ext: &str, text: String, hostile: &[&str]) {
        if hostile.is_empty() && self.seen.contains_key(&text) {
            return;
        }
        let name = format!("{variant}__{stem}.{ext}");
        std::fs::write(self.dir.join(&name), &text).expect("write fleet file");
        self.seen.insert(text, name.clone());
        let entry = json!({ "file": name, "variant": variant, "shell": false, "fleet": true, "hostile": hostile });
        if ext == "json" {
            self.json.push(entry);
        } else {
            self.files.push(entry);
        }
    }

    fn write(&mut self, v: Variant, stem: &str, text: String, hostile: &[&str]) {
        if hostile.is_empty() && self.seen.contains_key(&text) {
            return; // the same script as an earlier combination
        }
        let ext = if v.is_shell() { "sh" } else { "ps1" };
        let name = format!("{}__{stem}.{ext}", slug(v));
        std::fs::write(self.dir.join(&name), &text).expect("write script");
        self.seen.insert(text, name.clone());
        self.files.push(json!({
            "file": name,
            "variant": format!("{v:?}"),
            "shell": v.is_shell(),
            "hostile": hostile,
        }));
    }
}

fn main() {
    let dir = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "target/generated-scripts".into()));
    if dir.exists() {
        for e in std::fs::read_dir(&dir).expect("read outdir") {
            let p = e.expect("entry").path();
            if p.extension().is_some_and(|x| x == "ps1" || x == "sh" || x == "psd1" || x == "json")
                || p.file_name().is_some_and(|n| n == "manifest.json")
            {
                std::fs::remove_file(p).expect("remove old file");
            }
        }
    }
    std::fs::create_dir_all(&dir).expect("create outdir");
    let mut d = Dump { dir: dir.clone(), seen: HashMap::new(), files: Vec::new(), json: Vec::new() };

    let headers: [(&str, Option<ScriptHeader>); 3] = [
        ("nohdr", None),
        ("hdr", Some(header(None))),
        ("hdrlink", Some(header(Some("https://advisor.example/#s=eyJ2IjoxfQ")))),
    ];
    let defaults = [
        ("def-disabled", PolicyValue::Disabled),
        ("def-trials", PolicyValue::OnlyTrialsWithoutPaymentMethod),
        ("def-enabled", PolicyValue::Enabled),
    ];
    for v in Variant::ALL {
        for (set_name, choices) in choice_sets() {
            for what_if in [false, true] {
                for (def_name, default_for_others) in defaults {
                    for (hdr_name, hdr) in &headers {
                        for tenant in [None, Some("Contoso 'prod'")] {
                            for pp in [false, true] {
                                let opts = ScriptOptions {
                                    what_if,
                                    default_for_others,
                                    tenant_label: tenant.map(str::to_string),
                                    header: hdr.clone(),
                                    power_platform_trials: pp,
                                    // Offer types ride along with the Power Platform switch, so every
                                    // variant is generated both with and without them.
                                    offer_types: if pp { offer_types() } else { Vec::new() },
                                    // An imported tenant state too, so "only what differs" and the
                                    // read-back check are parsed for every variant.
                                    current: if pp { Some(imported(&choices)) } else { None },
                                    // The related switches and a request message ride along
                                    // with the tenant label (off, on and unset are all seen).
                                    switches: if tenant.is_some() { switches(what_if) } else { Vec::new() },
                                    request_message: tenant.map(|t| format!("Request here: https://it.example/r {t}")),
                                };
                                let stem = format!(
                                    "{set_name}__wi{}__{def_name}__{hdr_name}__tenant{}__pp{}",
                                    what_if as u8,
                                    tenant.is_some() as u8,
                                    pp as u8
                                );
                                d.write(v, &stem, generate(v, &choices, &opts), &[]);
                            }
                        }
                    }
                }
            }
        }
    }

    // Hostile free text: as every product name, the tenant label and the reopen link at once.
    for v in Variant::ALL {
        for (i, (label, h)) in HOSTILE.iter().enumerate() {
            for what_if in [false, true] {
                for (def_name, default_for_others) in &defaults[..2] {
                    let choices: Vec<Choice> =
                        mixed().into_iter().map(|c| Choice { name: h.to_string(), ..c }).collect();
                    let opts = ScriptOptions {
                        what_if,
                        default_for_others: *default_for_others,
                        tenant_label: Some(h.to_string()),
                        header: Some(header(Some(h))),
                        power_platform_trials: true,
                        offer_types: offer_types(),
                        current: Some(imported(&choices)),
                        switches: switches(what_if),
                        // A message text is free text: it may only ever appear as a literal.
                        request_message: Some(h.to_string()),
                    };
                    let stem = format!("hostile{i:02}-{label}__wi{}__{def_name}", what_if as u8);
                    d.write(v, &stem, generate(v, &choices, &opts), &[h]);
                }
            }
        }
        // All hostile strings at once, one per product (synthetic but valid ProductIds).
        let choices: Vec<Choice> = HOSTILE
            .iter()
            .enumerate()
            .map(|(i, (_, h))| choice(&format!("ZZHOSTILE{i:03}"), h, PolicyValue::ALL[i % 3]))
            .collect();
        let tenant = HOSTILE.iter().map(|(_, h)| *h).collect::<Vec<_>>().join(" | ");
        let opts = ScriptOptions {
            what_if: false,
            default_for_others: PolicyValue::OnlyTrialsWithoutPaymentMethod,
            tenant_label: Some(tenant.clone()),
            header: Some(header(Some(&tenant))),
            power_platform_trials: true,
            offer_types: offer_types(),
            current: None,
            switches: switches(false),
            request_message: Some(tenant.clone()),
        };
        let hostile: Vec<&str> = HOSTILE.iter().map(|(_, h)| *h).collect();
        d.write(v, "hostile-all", generate(v, &choices, &opts), &hostile);
    }

    fleet(&mut d);

    let mut snippets = Vec::new();
    for (stem, text) in UI_SNIPPETS {
        let name = format!("snippet__{stem}.ps1");
        std::fs::write(dir.join(&name), format!("{text}\n")).expect("write snippet");
        snippets.push(json!({ "file": name }));
    }

    let manifest = json!({ "marker": MARKER, "files": d.files, "snippets": snippets, "json": d.json });
    let path: &Path = &dir.join("manifest.json");
    std::fs::write(path, serde_json::to_string_pretty(&manifest).expect("json")).expect("write manifest");
    println!(
        "wrote {} scripts and data files, {} JSON exports, {} UI snippets and {}",
        d.files.len(),
        d.json.len(),
        UI_SNIPPETS.len(),
        path.display()
    );
}

/// Every multi-tenant export (issue 25) for every decision, switch setting, tenant list and
/// backend, and with hostile text as every product name, the tier's name and every tenant's name
/// at once: the loop and collector scripts, the DSC configuration and data file, a tenant's
/// diff-only script, and the CIPP template (JSON, checked separately by the node test).
fn fleet(d: &mut Dump) {
    use ssp_advisor::domain::fleet::{
        cipp_template, collector_script, dsc_configuration, dsc_data_file, loop_script, tenant_script, CippOptions,
        Decision, LoopBackend, LoopOptions, Tenant, TenantDomain, TenantId, TenantKey, TenantStateOf, TrialsRounding,
    };
    use ssp_advisor::i18n::Lang;
    let tenants = |name: &str| {
        vec![
            Tenant {
                id: TenantId::parse("72f988bf-86f1-41af-91ab-2d7cd011db47"),
                domain: TenantDomain::parse("contoso.com"),
                name: name.to_string(),
            },
            Tenant { id: None, domain: TenantDomain::parse("fabrikam.onmicrosoft.com"), name: String::new() },
            Tenant {
                id: TenantId::parse("0b5e4a8c-1d2e-4f3a-9b8c-7d6e5f4a3b2c"),
                domain: None,
                name: name.to_string(),
            },
        ]
    };
    let decision = |name: &str, products: Vec<Choice>, flip: bool, offers: bool| Decision {
        name: name.to_string(),
        products,
        offer_types: if offers { offer_types() } else { Vec::new() },
        switches: switches(flip),
        request_path: flip,
    };
    let backends = [("mscommerce", LoopBackend::MsCommerce), ("rest", LoopBackend::Rest)];
    for (set_name, choices) in choice_sets() {
        for flip in [false, true] {
            for offers in [false, true] {
                let dec = decision("Trials only", choices.clone(), flip, offers);
                let stem = format!("{set_name}__flip{}__offers{}", flip as u8, offers as u8);
                for (tn, list) in [("none", Vec::new()), ("three", tenants("Contoso 'prod'"))] {
                    for (bn, backend) in backends {
                        for dry in [false, true] {
                            let opts = LoopOptions { backend, dry_run_default: dry, header: Some(header(None)) };
                            d.write_fleet(
                                &format!("FleetLoop-{bn}"),
                                &format!("{stem}__tenants-{tn}__dry{}", dry as u8),
                                "ps1",
                                loop_script(&dec, &list, &opts),
                                &[],
                            );
                        }
                        d.write_fleet(
                            &format!("FleetCollector-{bn}"),
                            &format!("tenants-{tn}"),
                            "ps1",
                            collector_script(&list, backend, None),
                            &[],
                        );
                    }
                    d.write_fleet(
                        "DscConfiguration",
                        &format!("{stem}__tenants-{tn}"),
                        "ps1",
                        dsc_configuration(&dec, &list, Some(&header(None))).text,
                        &[],
                    );
                    for trials in [TrialsRounding::Block, TrialsRounding::Allow] {
                        let opts = CippOptions { trials, ..CippOptions::default() };
                        d.write_fleet(
                            "Cipp",
                            &format!("{stem}__tenants-{tn}__{trials:?}"),
                            "json",
                            cipp_template(&dec, &list, &opts, Lang::En).json,
                            &[],
                        );
                    }
                }
                d.write_fleet("DscData", &stem, "psd1", dsc_data_file(&dec, None).text, &[]);
            }
        }
    }
    // Hostile text everywhere free text can go.
    let catalog = ssp_advisor::domain::catalog::Catalog::embedded();
    for (i, (label, h)) in HOSTILE.iter().enumerate() {
        let products: Vec<Choice> = mixed().into_iter().map(|c| Choice { name: h.to_string(), ..c }).collect();
        let dec = decision(h, products, i % 2 == 0, true);
        let list = tenants(h);
        let stem = format!("hostile{i:02}-{label}");
        for (bn, backend) in backends {
            let opts = LoopOptions { backend, dry_run_default: i % 2 == 1, header: Some(header(Some(h))) };
            d.write_fleet(&format!("FleetLoop-{bn}"), &stem, "ps1", loop_script(&dec, &list, &opts), &[h]);
            d.write_fleet(
                &format!("FleetCollector-{bn}"),
                &stem,
                "ps1",
                collector_script(&list, backend, Some(&header(Some(h)))),
                &[h],
            );
        }
        d.write_fleet("DscConfiguration", &stem, "ps1", dsc_configuration(&dec, &list, None).text, &[h]);
        d.write_fleet("DscData", &stem, "psd1", dsc_data_file(&dec, None).text, &[h]);
        d.write_fleet("Cipp", &stem, "json", cipp_template(&dec, &list, &CippOptions::default(), Lang::En).json, &[h]);
        // A tenant's diff-only script from the matrix, with the tenant known by a hostile name.
        let state = TenantStateOf {
            key: TenantKey::Name(h.to_string()),
            name: String::new(),
            state: ssp_advisor::domain::tenant::parse(
                "ProductName,ProductId,PolicyValue\nPower BI Pro,CFQ7TTC0H9MP,Enabled\nSaaS,SaaS,Enabled\n",
            )
            .expect("a tenant state")
            .0,
        };
        let mut s = ssp_advisor::domain::scenario::Scenario::default();
        s.toggle(&catalog, &ProductId::parse("CFQ7TTC0H9MP").expect("id"));
        s.offer_types.insert(ssp_advisor::domain::policy::OfferType::Saas, PolicyValue::Disabled);
        let opts = ScriptOptions { header: Some(header(Some(h))), ..ScriptOptions::default() };
        d.write_fleet("FleetTenantDiff", &stem, "ps1", tenant_script(&state, &s, &catalog, &opts), &[h]);
    }
}
