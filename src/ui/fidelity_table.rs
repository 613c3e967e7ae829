//! The fidelity table shown next to every multi-tenant export (issue 25): per part of the
//! decision, whether the format carries it, rounds it, adds something or drops it, what that
//! means, and which script or export of ours covers the rest. The rows are the domain's
//! (`fleet::fidelity`); this only renders them.
use crate::domain::fleet::{Fate, FidelityRow};
use crate::i18n::{k, msg, t};
use crate::ui::use_lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FidelityTableProps {
    pub rows: Vec<FidelityRow>,
    /// The table's id (one per export on the page).
    pub id: AttrValue,
}

fn fate_class(f: Fate) -> &'static str {
    match f {
        Fate::Carried => "fate-carried",
        Fate::Rounded => "fate-rounded",
        Fate::Added => "fate-added",
        Fate::Dropped => "fate-dropped",
    }
}

#[function_component(FidelityTable)]
pub fn fidelity_table(props: &FidelityTableProps) -> Html {
    let lang = use_lang();
    let caption_id = format!("{}-caption", props.id);
    html! {
        <div class="table-wrap fidelity" tabindex="0" role="region" aria-labelledby={caption_id.clone()}>
            <table class="fidelity-table" id={props.id.clone()}>
                <caption id={caption_id}>{ t(lang, &k::FLEET_UI_FIDELITY) }</caption>
                <thead><tr>
                    <th scope="col">{ t(lang, &k::FLEET_UI_FID_ASPECT) }</th>
                    <th scope="col">{ t(lang, &k::FLEET_UI_FID_FATE) }</th>
                    <th scope="col">{ t(lang, &k::FLEET_UI_FID_NOTE) }</th>
                    <th scope="col">{ t(lang, &k::FLEET_UI_FID_COVER) }</th>
                </tr></thead>
                <tbody>
                    { for props.rows.iter().map(|r| html! {
                        <tr class={fate_class(r.fate)} data-fate={fate_class(r.fate).trim_start_matches("fate-")}>
                            <th scope="row">{ t(lang, r.aspect.label_key()) }</th>
                            <td data-label={t(lang, &k::FLEET_UI_FID_FATE)}><strong>{ t(lang, r.fate.label_key()) }</strong></td>
                            <td data-label={t(lang, &k::FLEET_UI_FID_NOTE)}>{ msg(lang, &r.note) }</td>
                            <td data-label={t(lang, &k::FLEET_UI_FID_COVER)}>{ r.cover.map(|c| t(lang, c.label_key())).unwrap_or_else(|| "–".to_string()) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}
