//! Catalogue tools: the catalogue's date and size, a form to add a product missing from the list
//! (every field validated at once, nothing added until all are valid), the user's own products
//! with a remove button each, export of the effective catalogue with the user's price edits as
//! JSON, import of such a file (validated completely: every problem listed and nothing applied,
//! or the whole catalogue applied) and a way back to the shipped catalogue.
// The first view builds this card without the code behind the files (`or_hand_over!`).
#![cfg_attr(not(feature = "full"), allow(unused))]
use crate::domain::catalog::{Catalog, Product, Term};
use crate::domain::custom::with_custom;
use crate::domain::custom::{build_custom_product, export_catalog, CustomField, CustomProductInput};
use crate::domain::date::Date;
use crate::domain::ids::ProductId;
use crate::domain::message::Message;
use crate::domain::money::{format_money, Currency};
use crate::domain::problem::Problem;
use crate::i18n::k;
use crate::i18n::{format_count, msg, t, tf, tn, Lang};
use crate::ui::browser::download;
use crate::ui::hooks::{use_file_reader, FileRead};
use crate::ui::problem_list::ProblemList;
use crate::ui::use_lang;
use rust_decimal::Decimal;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement};
use yew::prelude::*;

/// A catalogue file is a few dozen kilobytes; anything this large is the wrong file.
const MAX_IMPORT_MB: u64 = 5;

#[derive(Properties, PartialEq)]
pub struct CatalogToolsProps {
    /// The effective catalogue (shipped or imported, plus the custom products).
    pub catalog: Rc<Catalog>,
    /// The user's custom products, to list and remove.
    pub custom: Vec<Product>,
    pub currency: Currency,
    pub today: Date,
    /// The user's price edits (annual list price per user per month in `currency`).
    pub overrides: BTreeMap<ProductId, Decimal>,
    pub on_add: Callback<Product>,
    pub on_remove: Callback<ProductId>,
    /// A completely validated catalogue; replaces the shipped one.
    pub on_import: Callback<Catalog>,
    /// Back to the shipped catalogue.
    pub on_reset: Callback<()>,
    /// The products selected in the scenario: an import that lacks some asks first.
    #[prop_or_default]
    pub selected: Vec<ProductId>,
}

/// What the form last reported.
#[derive(Clone, PartialEq)]
enum FormNotice {
    Added(String),
    Fix,
}

/// What the file part last reported.
#[derive(Clone, PartialEq)]
enum FileNotice {
    /// Imported; the names of selected products it removed from the scenario, if any.
    Imported(usize, Vec<String>),
    /// Valid, but it lacks selected products: the user decides.
    Confirm {
        catalog: Rc<Catalog>,
        dropped: Vec<String>,
    },
    Cancelled,
    Problems {
        file: String,
        errors: Vec<Problem>,
    },
    ReadFailed(String),
    TooLarge,
    ExportFailed,
    Reset,
}

fn field_dom_id(field: CustomField) -> &'static str {
    match field {
        CustomField::Id => "custom-id",
        CustomField::Name => "custom-name",
        CustomField::Price => "custom-price",
    }
}

fn focus(dom_id: &str) {
    if let Some(el) = gloo::utils::document().get_element_by_id(dom_id).and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

struct TextField<'a> {
    field: CustomField,
    label: String,
    help: Option<String>,
    value: &'a str,
    error: Option<&'a Message>,
    inputmode: &'static str,
    class: &'static str,
    oninput: Callback<InputEvent>,
}

fn text_field(lang: Lang, f: TextField<'_>) -> Html {
    let dom_id = field_dom_id(f.field);
    let err_id = format!("{dom_id}-error");
    let help_id = format!("{dom_id}-help");
    let described: Vec<&str> =
        [f.error.map(|_| err_id.as_str()), f.help.as_ref().map(|_| help_id.as_str())].into_iter().flatten().collect();
    let described = (!described.is_empty()).then(|| described.join(" "));
    html! {
        <div class={classes!("field", f.error.is_some().then_some("has-error"))}>
            <label for={dom_id}>{ f.label }</label>
            <input id={dom_id} type="text" class={f.class} inputmode={f.inputmode} autocomplete="off" spellcheck="false"
                value={f.value.to_string()} oninput={f.oninput}
                aria-invalid={if f.error.is_some() { "true" } else { "false" }}
                aria-describedby={described} />
            if let Some(m) = f.error { <p class="field-error" id={err_id}>{ msg(lang, m) }</p> }
            if let Some(h) = f.help { <p class="hint" id={help_id}>{ h }</p> }
        </div>
    }
}

fn custom_item(
    lang: Lang,
    p: &Product,
    currency: Currency,
    on_remove: &Callback<ProductId>,
    removed: &UseStateHandle<Option<String>>,
) -> Html {
    let onclick = {
        let cb = on_remove.clone();
        let id = p.id.clone();
        let name = p.name.clone();
        let removed = removed.clone();
        Callback::from(move |_: MouseEvent| {
            cb.emit(id.clone());
            removed.set(Some(name.clone()));
        })
    };
    let price = p
        .prices
        .iter()
        .filter(|pp| pp.term == Term::Annual)
        .find(|pp| pp.currency == currency)
        .or_else(|| p.prices.iter().find(|pp| pp.term == Term::Annual));
    html! {
        <li class="custom-item" data-product={p.id.to_string()} key={p.id.to_string()}>
            <span class="custom-text">
                <span class="product-name">{ &p.name }</span>
                <span class="product-meta">
                    <code class="product-id">{ p.id.to_string() }</code>
                    { match price {
                        Some(pp) => html! { <span class="price">{ tf(lang, &k::PRODUCTS_PER_MONTH, &[("price", format_money(pp.amount, pp.currency, lang.locale()))]) }</span> },
                        None => html! { <span class="badge badge-unknown">{ t(lang, &k::PRODUCTS_PRICE_UNKNOWN) }</span> },
                    } }
                    if p.offers_trials_only() {
                        <span class="badge badge-trial">{ t(lang, &k::PRODUCTS_NO_CARD_TRIAL) }</span>
                    }
                </span>
            </span>
            <button type="button" class="button" {onclick}
                aria-label={tf(lang, &k::CATALOG_CUSTOM_REMOVE_NAMED, &[("name", p.name.clone())])}>
                { t(lang, &k::CATALOG_CUSTOM_REMOVE) }
            </button>
        </li>
    }
}

fn file_notice_view(lang: Lang, notice: &FileNotice, on_confirm: Callback<bool>) -> Html {
    match notice {
        FileNotice::Imported(n, dropped) => html! {
            <p class="catalog-status" role="status">
                { tn(lang, &k::CATALOG_IMPORT_OK, *n as u64, &[]) }
                if !dropped.is_empty() {
                    { " " }{ tn(lang, &k::CATALOG_IMPORT_DROPPED, dropped.len() as u64, &[("products", dropped.join(", "))]) }
                }
            </p>
        },
        FileNotice::Confirm { catalog, dropped } => html! {
            <div class="import-confirm" role="alert" id="import-confirm">
                <p>{ tn(lang, &k::CATALOG_IMPORT_WOULD_DROP, dropped.len() as u64, &[
                    ("total", format_count(catalog.products.len() as u64, lang)),
                    ("products", dropped.join(", ")),
                ]) }</p>
                <button type="button" class="button primary" onclick={on_confirm.reform(|_: MouseEvent| true)}>{ t(lang, &k::CATALOG_IMPORT_ANYWAY) }</button>
                { " " }
                <button type="button" class="button" onclick={on_confirm.reform(|_: MouseEvent| false)}>{ t(lang, &k::CATALOG_IMPORT_CANCEL) }</button>
            </div>
        },
        FileNotice::Cancelled => {
            html! { <p class="catalog-status" role="status">{ t(lang, &k::CATALOG_IMPORT_CANCELLED) }</p> }
        }
        FileNotice::Reset => html! { <p class="catalog-status" role="status">{ t(lang, &k::CATALOG_RESET_DONE) }</p> },
        FileNotice::Problems { file, errors } => html! {
            <div class="import-problems" role="alert">
                <p>{ tf(lang, &k::CATALOG_IMPORT_FAILED, &[("file", file.clone()), ("n", errors.len().to_string())]) }</p>
                <ProblemList problems={errors.clone()} whole={AttrValue::from(t(lang, &k::CATALOG_IMPORT_WHOLE_FILE))} />
            </div>
        },
        FileNotice::ReadFailed(detail) => html! {
            <p class="field-error" role="alert">{ tf(lang, &k::CATALOG_IMPORT_READ_FAILED, &[("detail", detail.clone())]) }</p>
        },
        FileNotice::TooLarge => html! {
            <p class="field-error" role="alert">{ tf(lang, &k::CATALOG_IMPORT_TOO_LARGE, &[("max", MAX_IMPORT_MB.to_string())]) }</p>
        },
        FileNotice::ExportFailed => {
            html! { <p class="field-error" role="alert">{ t(lang, &k::CATALOG_EXPORT_FAILED) }</p> }
        }
    }
}

#[function_component(CatalogTools)]
pub fn catalog_tools(props: &CatalogToolsProps) -> Html {
    let lang = use_lang();
    let id = use_state(String::new);
    let name = use_state(String::new);
    let price = use_state(String::new);
    let no_card = use_state(|| false);
    // Errors show for a field once it was typed into, and for every field after an attempt to add.
    let touched = use_state(BTreeSet::<CustomField>::new);
    let attempted = use_state(|| false);
    let form_notice = use_state(|| None::<FormNotice>);
    let file_notice = use_state(|| None::<FileNotice>);
    // Which file (or file action) the notice is about: each gets an element of its own, so
    // nothing of an earlier file's message can stay in the page or be announced with the next.
    let notice_seq = use_mut_ref(|| (0u32, None::<FileNotice>));
    let notice_key = {
        let mut seen = notice_seq.borrow_mut();
        if seen.1 != *file_notice {
            seen.0 = seen.0.wrapping_add(1);
            seen.1 = (*file_notice).clone();
        }
        seen.0.to_string()
    };
    let removed = use_state(|| None::<String>);

    // The first view never validates: typing into the form hands over (below), so its fields
    // stay as the prerendered page shows them and the validation is the whole tool's.
    #[cfg(feature = "full")]
    let result = build_custom_product(
        &CustomProductInput {
            id: (*id).clone(),
            name: (*name).clone(),
            annual_price: (*price).clone(),
            currency: props.currency,
            no_card_trial: *no_card,
        },
        &props.catalog,
        props.today,
    );
    #[cfg(feature = "full")]
    let errors: Vec<(CustomField, Message)> = result.as_ref().err().cloned().unwrap_or_default();
    #[cfg(not(feature = "full"))]
    let errors: Vec<(CustomField, Message)> = Vec::new();
    let shown_error = |field: CustomField| -> Option<&Message> {
        if *attempted || touched.contains(&field) {
            errors.iter().find(|(f, _)| *f == field).map(|(_, m)| m)
        } else {
            None
        }
    };

    #[cfg(not(feature = "full"))]
    let on_text = |_: &UseStateHandle<String>, _: CustomField| crate::ui::upgrade::typing::<InputEvent>();
    #[cfg(feature = "full")]
    let on_text = |state: &UseStateHandle<String>, field: CustomField| {
        let state = state.clone();
        let touched = touched.clone();
        let form_notice = form_notice.clone();
        Callback::from(move |e: InputEvent| {
            let el: HtmlInputElement = e.target_unchecked_into();
            state.set(el.value());
            if !touched.contains(&field) {
                let mut t = (*touched).clone();
                t.insert(field);
                touched.set(t);
            }
            if matches!(*form_notice, Some(FormNotice::Added(_))) {
                form_notice.set(None);
            }
        })
    };
    #[cfg(not(feature = "full"))]
    let on_no_card = crate::ui::upgrade::typing::<Event>();
    #[cfg(feature = "full")]
    let on_no_card = {
        let no_card = no_card.clone();
        Callback::from(move |e: Event| {
            let el: HtmlInputElement = e.target_unchecked_into();
            no_card.set(el.checked());
        })
    };
    let onsubmit = crate::or_hand_over!(submit, {
        let (id, name, price, no_card) = (id.clone(), name.clone(), price.clone(), no_card.clone());
        let (touched, attempted, form_notice) = (touched.clone(), attempted.clone(), form_notice.clone());
        let on_add = props.on_add.clone();
        let result = result.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match &result {
                Ok(product) => {
                    on_add.emit(product.clone());
                    form_notice.set(Some(FormNotice::Added(product.name.clone())));
                    id.set(String::new());
                    name.set(String::new());
                    price.set(String::new());
                    no_card.set(false);
                    touched.set(BTreeSet::new());
                    attempted.set(false);
                }
                Err(errs) => {
                    attempted.set(true);
                    form_notice.set(Some(FormNotice::Fix));
                    if let Some((field, _)) = errs.first() {
                        focus(field_dom_id(*field));
                    }
                }
            }
        })
    });

    let on_export = crate::or_hand_over!(click, {
        let catalog = props.catalog.clone();
        let overrides = props.overrides.clone();
        let (currency, today) = (props.currency, props.today);
        let file_notice = file_notice.clone();
        Callback::from(move |_: MouseEvent| {
            let text = export_catalog(&catalog, &overrides, currency, today);
            let file_name = format!("ssp-catalogue-{}.json", catalog.as_of);
            if !download(&file_name, "application/json", &text) {
                file_notice.set(Some(FileNotice::ExportFailed));
            } else if matches!(*file_notice, Some(FileNotice::ExportFailed)) {
                file_notice.set(None);
            }
        })
    });
    let on_confirm = {
        let file_notice = file_notice.clone();
        let on_import = props.on_import.clone();
        Callback::from(move |go: bool| {
            if let Some(FileNotice::Confirm { catalog, dropped }) = &*file_notice {
                if go {
                    on_import.emit((**catalog).clone());
                    file_notice.set(Some(FileNotice::Imported(catalog.products.len(), dropped.clone())));
                } else {
                    file_notice.set(Some(FileNotice::Cancelled));
                }
            }
        })
    };
    #[cfg(not(feature = "full"))]
    let on_file = crate::ui::upgrade::files();
    #[cfg(feature = "full")]
    let on_file = {
        let picked = file_notice.clone();
        let file_notice = file_notice.clone();
        let on_import = props.on_import.clone();
        let selected = props.selected.clone();
        let custom = props.custom.clone();
        let current = props.catalog.clone();
        let read = use_file_reader(
            MAX_IMPORT_MB * 1024 * 1024,
            Callback::from(move |read| {
                file_notice.set(Some(match read {
                    FileRead::TooLarge => FileNotice::TooLarge,
                    FileRead::Failed(e) => FileNotice::ReadFailed(e),
                    FileRead::Text { name, text } => match Catalog::from_json(&text) {
                        Ok(catalog) => {
                            // Selected products the new catalogue (with the custom ones) lacks.
                            let after = with_custom(&catalog, &custom);
                            let dropped: Vec<String> = selected
                                .iter()
                                .filter(|id| after.find(id).is_none())
                                .map(|id| current.find(id).map_or_else(|| id.to_string(), |p| p.name.clone()))
                                .collect();
                            if dropped.is_empty() {
                                let n = catalog.products.len();
                                on_import.emit(catalog);
                                FileNotice::Imported(n, Vec::new())
                            } else {
                                FileNotice::Confirm { catalog: Rc::new(catalog), dropped }
                            }
                        }
                        Err(errors) => FileNotice::Problems { file: name, errors },
                    },
                }))
            }),
        );
        // A new file was chosen: the previous file's message goes at once, not when (or if)
        // the new one has been read.
        Callback::from(move |e: Event| {
            picked.set(None);
            read.emit(e);
        })
    };
    let on_reset = crate::or_hand_over!(click, {
        let cb = props.on_reset.clone();
        let file_notice = file_notice.clone();
        Callback::from(move |_: MouseEvent| {
            cb.emit(());
            file_notice.set(Some(FileNotice::Reset));
        })
    });

    let no_card_id = "custom-no-card";
    html! {
        <section class="card catalog-tools" aria-labelledby="catalog-tools-heading">
            <h2 id="catalog-tools-heading">{ t(lang, &k::CATALOG_HEADING) }</h2>
            <p class="catalog-summary">{ tn(lang, &k::CATALOG_SUMMARY, props.catalog.products.len() as u64, &[("date", crate::i18n::format_date(props.catalog.as_of, lang))]) }</p>
            <p class="help">{ t(lang, &k::CATALOG_HELP) }</p>

            <form class="custom-form" id="custom-form" novalidate=true {onsubmit} aria-labelledby="custom-form-heading">
                <h3 id="custom-form-heading">{ t(lang, &k::CATALOG_ADD_HEADING) }</h3>
                <p class="hint">{ t(lang, &k::CATALOG_ADD_HELP) }</p>
                <div class="custom-fields">
                    { text_field(lang, TextField {
                        field: CustomField::Id,
                        label: t(lang, &k::CATALOG_FIELD_ID),
                        help: Some(t(lang, &k::CATALOG_FIELD_ID_HELP)),
                        value: &id,
                        error: shown_error(CustomField::Id),
                        inputmode: "text",
                        class: "custom-id",
                        oninput: on_text(&id, CustomField::Id),
                    }) }
                    { text_field(lang, TextField {
                        field: CustomField::Name,
                        label: t(lang, &k::CATALOG_FIELD_NAME),
                        help: None,
                        value: &name,
                        error: shown_error(CustomField::Name),
                        inputmode: "text",
                        class: "custom-name",
                        oninput: on_text(&name, CustomField::Name),
                    }) }
                    { text_field(lang, TextField {
                        field: CustomField::Price,
                        label: tf(lang, &k::CATALOG_FIELD_PRICE, &[("currency", props.currency.code().to_string())]),
                        help: Some(t(lang, &k::CATALOG_FIELD_PRICE_HELP)),
                        value: &price,
                        error: shown_error(CustomField::Price),
                        inputmode: "decimal",
                        class: "custom-price",
                        oninput: on_text(&price, CustomField::Price),
                    }) }
                </div>
                <div class="check-field">
                    <input type="checkbox" id={no_card_id} checked={*no_card} onchange={on_no_card} />
                    <label for={no_card_id}>{ t(lang, &k::CATALOG_FIELD_NO_CARD) }</label>
                </div>
                <div class="form-actions">
                    <button type="submit" class="button primary" id="custom-add">{ t(lang, &k::CATALOG_ADD) }</button>
                    { match &*form_notice {
                        Some(FormNotice::Added(n)) => html! { <p class="catalog-status" role="status">{ tf(lang, &k::CATALOG_ADDED, &[("name", n.clone())]) }</p> },
                        Some(FormNotice::Fix) if !errors.is_empty() => html! { <p class="field-error" role="alert">{ t(lang, &k::CATALOG_ADD_FIX) }</p> },
                        _ => Html::default(),
                    } }
                </div>
            </form>

            <h3>{ t(lang, &k::CATALOG_CUSTOM_HEADING) }</h3>
            if props.custom.is_empty() {
                <p class="empty">{ t(lang, &k::CATALOG_CUSTOM_NONE) }</p>
            } else {
                <ul class="custom-list">
                    { for props.custom.iter().map(|p| custom_item(lang, p, props.currency, &props.on_remove, &removed)) }
                </ul>
            }
            if let Some(n) = &*removed {
                <p class="catalog-status" role="status">{ tf(lang, &k::CATALOG_CUSTOM_REMOVED, &[("name", n.clone())]) }</p>
            }

            <h3>{ t(lang, &k::CATALOG_FILE_HEADING) }</h3>
            <div class="catalog-file">
                <div class="file-action">
                    <button type="button" class="button" id="catalog-export" onclick={on_export} aria-describedby="catalog-export-help">
                        { t(lang, &k::CATALOG_EXPORT) }
                    </button>
                    <p class="hint" id="catalog-export-help">{ t(lang, &k::CATALOG_EXPORT_HELP) }</p>
                </div>
                <div class="file-action">
                    <label for="catalog-import" class="file-label">{ t(lang, &k::CATALOG_IMPORT) }</label>
                    <input type="file" id="catalog-import" accept=".json,application/json" onchange={on_file} aria-describedby="catalog-import-help" />
                    <p class="hint" id="catalog-import-help">{ t(lang, &k::CATALOG_IMPORT_HELP) }</p>
                </div>
                <div class="file-action">
                    <button type="button" class="button" id="catalog-reset" onclick={on_reset}>{ t(lang, &k::CATALOG_RESET) }</button>
                </div>
            </div>
            if let Some(n) = &*file_notice {
                <div class="file-notice" key={notice_key}>{ file_notice_view(lang, n, on_confirm) }</div>
            }
        </section>
    }
}
