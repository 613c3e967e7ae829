//! Component tests of the catalogue tools in headless Chromium: add a custom product through the
//! form, remove one, and import a catalogue file (refused with every problem listed, or applied).
#![cfg(target_arch = "wasm32")]

use rust_decimal_macros::dec;
use ssp_advisor::domain::catalog::{Catalog, Product, Term, TrialKind};
use ssp_advisor::domain::date::Date;
use ssp_advisor::domain::ids::ProductId;
use ssp_advisor::domain::money::Currency;
use ssp_advisor::ui::catalog_tools::{CatalogTools, CatalogToolsProps};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use std::time::Duration;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement};
use yew::Callback;

mod common;
use common::*;

wasm_bindgen_test_configure!(run_in_browser);

fn fire(target: &HtmlInputElement, kind: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    target.dispatch_event(&Event::new_with_event_init_dict(kind, &init).unwrap()).unwrap();
}

fn id(s: &str) -> ProductId {
    ProductId::parse(s).unwrap()
}

#[derive(Default)]
struct Seen {
    added: Vec<Product>,
    removed: Vec<ProductId>,
    imported: Vec<Catalog>,
    resets: usize,
}

fn mount(custom: Vec<Product>) -> (Element, Rc<RefCell<Seen>>) {
    let root = mount_point();
    let seen = Rc::new(RefCell::new(Seen::default()));
    let (a, r, i, z) = (seen.clone(), seen.clone(), seen.clone(), seen.clone());
    let props = CatalogToolsProps {
        catalog: Rc::new(Catalog::embedded()),
        custom,
        currency: Currency::USD,
        today: Date::ymd(2026, 3, 15),
        overrides: BTreeMap::new(),
        on_add: Callback::from(move |p| a.borrow_mut().added.push(p)),
        on_remove: Callback::from(move |id| r.borrow_mut().removed.push(id)),
        on_import: Callback::from(move |c| i.borrow_mut().imported.push(c)),
        on_reset: Callback::from(move |()| z.borrow_mut().resets += 1),
        selected: Vec::new(),
    };
    yew::Renderer::<CatalogTools>::with_root_and_props(root.clone(), props).render();
    (root, seen)
}

#[wasm_bindgen_test]
async fn invalid_product_id_is_explained_and_nothing_is_added_until_every_field_is_valid() {
    let (root, seen) = mount(Vec::new());
    settle().await;
    assert!(query(&root, ".catalog-summary").text_content().unwrap().contains("26 products, as of 1 December 2026"));
    assert!(root.query_selector(".field-error").unwrap().is_none(), "no error before typing");

    let pid = input(&root, "#custom-id");
    type_into(&pid, "cfq7-bad");
    settle().await;
    let err = query(&root, "#custom-id-error").text_content().unwrap();
    assert!(err.contains("capital letters"), "{err}");
    assert_eq!(pid.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(pid.get_attribute("aria-describedby").unwrap().contains("custom-id-error"));

    type_into(&input(&root, "#custom-name"), "Contoso \"Sketch\" $(Pro)");
    type_into(&input(&root, "#custom-price"), "12,5");
    settle().await;
    click(&root, "#custom-add");
    settle().await;
    assert!(seen.borrow().added.is_empty(), "an invalid ProductId must not be added");
    assert!(query(&root, ".form-actions .field-error").text_content().unwrap().contains("Nothing was added"));

    // A ProductId already in the catalogue (here a legacy one) names its product.
    type_into(&pid, "CFQ7TTC0L3PB");
    settle().await;
    let err = query(&root, "#custom-id-error").text_content().unwrap();
    assert!(err.contains("Power BI Pro"), "{err}");
    click(&root, "#custom-add");
    settle().await;
    assert!(seen.borrow().added.is_empty());

    // A bad price is refused too, with its own message next to the price field.
    type_into(&pid, "ABCDEFGH1234");
    type_into(&input(&root, "#custom-price"), "-3");
    settle().await;
    assert!(root.query_selector("#custom-id-error").unwrap().is_none());
    assert!(query(&root, "#custom-price-error").text_content().unwrap().contains("negative"));
    assert_eq!(input(&root, "#custom-price").get_attribute("aria-invalid").as_deref(), Some("true"));
    click(&root, "#custom-add");
    settle().await;
    assert!(seen.borrow().added.is_empty());

    type_into(&input(&root, "#custom-price"), "12,5");
    click(&root, "#custom-no-card");
    settle().await;
    assert!(root.query_selector(".field-error").unwrap().is_none());
    click(&root, "#custom-add");
    settle().await;
    {
        let seen = seen.borrow();
        assert_eq!(seen.added.len(), 1);
        let p = &seen.added[0];
        assert_eq!(p.id, id("ABCDEFGH1234"));
        assert_eq!(p.name, "Contoso \"Sketch\" $(Pro)");
        assert!(p.custom);
        assert_eq!(p.family, "Custom");
        assert_eq!(p.trial, TrialKind::NoCard);
        assert_eq!(p.prices.len(), 1);
        assert_eq!(
            (p.prices[0].currency, p.prices[0].term, p.prices[0].amount),
            (Currency::USD, Term::Annual, dec!(12.5))
        );
        assert_eq!(p.prices[0].source, "Entered by the user");
        assert_eq!(p.prices[0].as_of, "2026-03-15");
    }
    // The form is cleared and confirms the addition.
    assert_eq!(input(&root, "#custom-id").value(), "");
    assert_eq!(input(&root, "#custom-name").value(), "");
    assert_eq!(input(&root, "#custom-price").value(), "");
    assert!(!input(&root, "#custom-no-card").checked());
    assert!(root.query_selector(".field-error").unwrap().is_none());
    assert!(query(&root, ".form-actions .catalog-status").text_content().unwrap().contains("Contoso"));
}

#[wasm_bindgen_test]
async fn custom_products_are_listed_with_a_remove_button() {
    let mut p = Catalog::embedded().products[0].clone();
    p.id = id("ZZZZZZZZZZZZ");
    p.legacy_ids.clear();
    p.name = "My own product".into();
    p.custom = true;
    let (root, seen) = mount(vec![p]);
    settle().await;
    let item = query(&root, ".custom-list li[data-product='ZZZZZZZZZZZZ']");
    assert!(item.text_content().unwrap().contains("My own product"));
    let button = query(&item, "button");
    assert_eq!(button.get_attribute("aria-label").as_deref(), Some("Remove My own product"));
    button.dyn_into::<HtmlElement>().unwrap().click();
    settle().await;
    assert_eq!(seen.borrow().removed, vec![id("ZZZZZZZZZZZZ")]);

    click(&root, "#catalog-reset");
    settle().await;
    assert_eq!(seen.borrow().resets, 1);
}

/// Puts a file into the file input as a user's choice would, then fires `change`.
fn choose_file(target: &HtmlInputElement, name: &str, text: &str) {
    let file = gloo::file::File::new(name, text);
    let ctor = js_sys::Reflect::get(&js_sys::global(), &"DataTransfer".into()).unwrap();
    let ctor: js_sys::Function = ctor.unchecked_into();
    let dt = js_sys::Reflect::construct(&ctor, &js_sys::Array::new()).unwrap();
    let items = js_sys::Reflect::get(&dt, &"items".into()).unwrap();
    let add: js_sys::Function = js_sys::Reflect::get(&items, &"add".into()).unwrap().unchecked_into();
    let web_file: &web_sys::File = file.as_ref();
    add.call1(&items, &JsValue::from(web_file.clone())).unwrap();
    let files = js_sys::Reflect::get(&dt, &"files".into()).unwrap();
    js_sys::Reflect::set(target, &"files".into(), &files).unwrap();
    fire(target, "change");
}

async fn read_settle() {
    yew::platform::time::sleep(Duration::from_millis(150)).await;
}

#[wasm_bindgen_test]
async fn import_lists_every_problem_and_applies_nothing_or_applies_all() {
    let (root, seen) = mount(Vec::new());
    settle().await;
    let file_input = input(&root, "#catalog-import");

    let mut bad = Catalog::embedded().to_json();
    bad = bad.replacen("CFQ7TTC0LH2H", "cfq7-bad", 1).replacen("\"schema\": 1", "\"schema\": 2", 1);
    choose_file(&file_input, "broken.json", &bad);
    read_settle().await;
    assert!(seen.borrow().imported.is_empty(), "a file with problems must not be applied");
    let problems = query(&root, ".import-problems");
    let text = problems.text_content().unwrap();
    assert!(text.contains("Nothing was imported"), "{text}");
    assert!(text.contains("broken.json"), "{text}");
    assert_eq!(problems.query_selector_all("li").unwrap().length(), 2, "{text}");
    assert!(text.contains("schema must be 1"), "{text}");
    assert!(text.contains("products[0] (cfq7-bad)"), "{text}");

    choose_file(&file_input, "not-json.json", "{ nope");
    read_settle().await;
    assert!(query(&root, ".import-problems").text_content().unwrap().contains("not valid JSON"));
    assert!(seen.borrow().imported.is_empty());

    choose_file(&file_input, "good.json", &Catalog::embedded().to_json());
    read_settle().await;
    assert_eq!(seen.borrow().imported.len(), 1);
    assert_eq!(seen.borrow().imported[0], Catalog::embedded());
    assert!(root.query_selector(".import-problems").unwrap().is_none());
    assert!(query(&root, ".catalog-file ~ .file-notice .catalog-status")
        .text_content()
        .unwrap()
        .contains("Catalogue imported: 26 products"));
}
