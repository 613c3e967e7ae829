//! The product list as checkboxes: current products first, retired/legacy/unlisted ones folded
//! away. Each shows its ProductId, former names, annual list price (or that it is unknown) and
//! whether a trial without card exists.
use crate::domain::catalog::{Catalog, Product, Status, Term};
use crate::domain::date::Date;
use crate::domain::ids::ProductId;
use crate::domain::money::{format_money, Currency};
use crate::i18n::k;
use crate::i18n::{t, tf, Lang};
use crate::ui::use_lang;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProductPickerProps {
    pub catalog: Rc<Catalog>,
    pub selected: Vec<ProductId>,
    pub currency: Currency,
    pub price_date: Date,
    pub on_toggle: Callback<ProductId>,
}

fn product_item(p: &Product, props: &ProductPickerProps, lang: Lang) -> Html {
    let checked = props.selected.contains(&p.id);
    let onchange = {
        let id = p.id.clone();
        props.on_toggle.reform(move |_: Event| id.clone())
    };
    let input_id = format!("pick-{}", p.id);
    let price = match p.published_price(props.currency, Term::Annual, props.price_date) {
        Some(pp) => {
            html! { <span class="price">{ tf(lang, &k::PRODUCTS_PER_MONTH, &[("price", format_money(pp.amount, props.currency, lang.locale()))]) }</span> }
        }
        None => html! { <span class="badge badge-unknown">{ t(lang, &k::PRODUCTS_PRICE_UNKNOWN) }</span> },
    };
    let status = match &p.status {
        Status::Active => Html::default(),
        Status::Retired { date, .. } => {
            html! { <span class="badge badge-muted">{ format!("{} {}", t(lang, &k::PRODUCTS_RETIRED), crate::i18n::format_date(*date, lang)) }</span> }
        }
        Status::EndOfSale { date, .. } => {
            html! { <span class="badge badge-muted">{ format!("{} {}", t(lang, &k::PRODUCTS_END_OF_SALE), crate::i18n::format_date(*date, lang)) }</span> }
        }
        Status::Legacy { .. } => html! { <span class="badge badge-muted">{ t(lang, &k::PRODUCTS_LEGACY) }</span> },
        Status::Unlisted { .. } => html! { <span class="badge badge-muted">{ t(lang, &k::PRODUCTS_UNLISTED) }</span> },
    };
    html! {
        <li class={classes!("product-item", checked.then_some("is-selected"))} data-product={p.id.to_string()}>
            <input type="checkbox" id={input_id.clone()} {checked} {onchange} />
            <label for={input_id}>
                <span class="product-name">{ &p.name }</span>
                if !p.aliases.is_empty() {
                    <span class="aliases">{ format!(" ({})", p.aliases.join(", ")) }</span>
                }
                <span class="product-meta">
                    <code class="product-id">{ p.id.to_string() }</code>
                    { price }
                    if p.offers_trials_only() {
                        <span class="badge badge-trial">{ t(lang, &k::PRODUCTS_NO_CARD_TRIAL) }</span>
                    }
                    { status }
                </span>
            </label>
        </li>
    }
}

#[function_component(ProductPicker)]
pub fn product_picker(props: &ProductPickerProps) -> Html {
    let lang = use_lang();
    let (current, older): (Vec<&Product>, Vec<&Product>) =
        props.catalog.products.iter().partition(|p| p.status == Status::Active);
    html! {
        <section class="card products" aria-labelledby="products-heading">
            <h2 id="products-heading">{ t(lang, &k::PRODUCTS_HEADING) }</h2>
            <p class="help">{ t(lang, &k::PRODUCTS_HELP) }</p>
            <h3 class="list-heading">{ t(lang, &k::PRODUCTS_CURRENT) }</h3>
            <ul class="product-list">{ for current.iter().map(|p| product_item(p, props, lang)) }</ul>
            <details class="older-products">
                <summary>{ t(lang, &k::PRODUCTS_OLDER) }</summary>
                <ul class="product-list">{ for older.iter().map(|p| product_item(p, props, lang)) }</ul>
            </details>
        </section>
    }
}
