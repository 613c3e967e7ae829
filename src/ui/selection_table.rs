//! The chosen products with their seat count and self-service policy.
use crate::domain::catalog::Catalog;
use crate::domain::ids::ProductId;
use crate::domain::policy::PolicyValue;
use crate::domain::scenario::{Selection, DEFAULT_SEATS, NEW_SELECTION_POLICY};
use crate::i18n::k;
use crate::i18n::{t, tf, tn};
use crate::ui::policy_choice::PolicyChoice;
use crate::ui::seat_input::SeatInput;
use crate::ui::use_lang;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SelectionTableProps {
    pub catalog: Rc<Catalog>,
    pub selections: Vec<Selection>,
    pub on_seats: Callback<(ProductId, u32)>,
    pub on_policy: Callback<(ProductId, PolicyValue)>,
    pub on_remove: Callback<ProductId>,
}

#[function_component(SelectionTable)]
pub fn selection_table(props: &SelectionTableProps) -> Html {
    let lang = use_lang();
    let rows = props.selections.iter().filter_map(|s| {
        let p = props.catalog.find(&s.id)?;
        let id = s.id.clone();
        let on_seats = {
            let cb = props.on_seats.clone();
            let id = id.clone();
            Callback::from(move |n| cb.emit((id.clone(), n)))
        };
        let on_policy = {
            let cb = props.on_policy.clone();
            let id = id.clone();
            Callback::from(move |v| cb.emit((id.clone(), v)))
        };
        let on_remove = {
            let id = id.clone();
            props.on_remove.reform(move |_: MouseEvent| id.clone())
        };
        Some(html! {
            <tr key={id.to_string()} data-product={id.to_string()}>
                <th scope="row">
                    <span class="product-name">{ &p.name }</span>
                    <code class="product-id">{ id.to_string() }</code>
                </th>
                <td data-label={t(lang, &k::SELECTION_SEATS)}>
                    <SeatInput id={format!("seats-{id}")} label={tf(lang, &k::SELECTION_SEATS_FOR, &[("product", p.name.clone())])}
                        value={s.seats} on_change={on_seats} />
                </td>
                <td data-label={t(lang, &k::SELECTION_POLICY)}>
                    <PolicyChoice group={format!("policy-{id}")} product_name={p.name.clone()} value={s.policy}
                        allowed={p.allowed_policies()} on_change={on_policy} />
                </td>
                <td class="remove">
                    <button type="button" class="icon-button" onclick={on_remove}
                        aria-label={tf(lang, &k::SELECTION_REMOVE, &[("product", p.name.clone())])}>{ "×" }</button>
                </td>
            </tr>
        })
    });
    html! {
        <section class="card selection" aria-labelledby="selection-heading">
            <h2 id="selection-heading">{ t(lang, &k::SELECTION_HEADING) }</h2>
            if props.selections.is_empty() {
                <p class="empty">{ t(lang, &k::PRODUCTS_NONE_SELECTED) }</p>
            } else {
                <div class="table-wrap" tabindex="0">
                    <table class="selection-table">
                        <thead><tr>
                            <th scope="col">{ t(lang, &k::SELECTION_PRODUCT) }</th>
                            <th scope="col">{ t(lang, &k::SELECTION_SEATS) }</th>
                            <th scope="col">{ t(lang, &k::SELECTION_POLICY) }</th>
                            <th scope="col"><span class="visually-hidden">{ t(lang, &k::SELECTION_REMOVE_COL) }</span></th>
                        </tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
                <p class="hint">{ t(lang, &k::SELECTION_TRIALS_UNAVAILABLE) }</p>
            }
            <p class="hint" id="new-selection-default">{ tf(lang, &k::SELECTION_NEW_DEFAULT, &[
                ("policy", t(lang, NEW_SELECTION_POLICY.label_key())),
                ("seats", tn(lang, &k::UNIT_SEATS, DEFAULT_SEATS.into(), &[])),
            ]) }</p>
        </section>
    }
}
