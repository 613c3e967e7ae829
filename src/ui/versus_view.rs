//! The compare view (issue 24): two scenarios side by side under Costs. Per changed product the
//! policy, seats, how it is bought and its cost per year in each, what changes for users and
//! the difference; unchanged products folded; the totals and the difference in one sentence.
//! Everything it says is `domain::versus`'s, worded there once.
use crate::domain::catalog::Catalog;
use crate::domain::scenario::Scenario;
use crate::domain::shelf::Shelf;
use crate::domain::versus::{versus, Worded, WordedRow};
use crate::i18n::{k, t};
use crate::ui::use_lang;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct VersusViewProps {
    pub catalog: Rc<Catalog>,
    pub scenario: Scenario,
    pub shelf: Shelf,
    pub pair: [usize; 2],
    pub on_pair: Callback<[usize; 2]>,
    pub on_duplicate: Callback<()>,
}

/// The pair as positions that exist and differ (a removed scenario leaves an old pair behind).
pub fn clamp_pair(pair: [usize; 2], len: usize) -> [usize; 2] {
    let a = pair[0].min(len.saturating_sub(1));
    let b = pair[1].min(len.saturating_sub(1));
    if a == b {
        [0, 1.min(len.saturating_sub(1))]
    } else {
        [a, b]
    }
}

/// The comparison of the chosen pair, worded in `lang`; `None` with a single scenario.
pub fn worded_pair(
    lang: crate::i18n::Lang,
    catalog: &Catalog,
    scenario: &Scenario,
    shelf: &Shelf,
    pair: [usize; 2],
) -> Option<Worded> {
    if shelf.is_single() {
        return None;
    }
    let [a, b] = clamp_pair(pair, shelf.len());
    let names = shelf.names(lang);
    let (sa, sb) = (shelf.get(scenario, a)?, shelf.get(scenario, b)?);
    Some(versus(catalog, sa, sb).worded(lang, scenario.pricing.currency, &names[a], &names[b]))
}

/// One scenario's side of a row; `other` is the other side, so what differs is marked.
fn side_cell(
    lang: crate::i18n::Lang,
    label: &str,
    side: &Result<[String; 5], String>,
    other: &Result<[String; 5], String>,
    over: &str,
) -> Html {
    match side {
        Ok(cells) => {
            let differs = |i: usize| other.as_ref().is_ok_and(|o| o[i] != cells[i]).then_some("differs");
            let [policy, seats, bought, per_year] =
                [&k::VS_POLICY, &k::VS_SEATS, &k::VS_BOUGHT, &k::VS_PER_YEAR].map(|key| t(lang, key));
            let labels = [policy, seats, bought, per_year, over.to_string()];
            html! {
                <td data-label={label.to_string()}>
                    <dl class="versus-side">
                        { for labels.iter().enumerate().map(|(i, name)| html! {
                            <>
                                <dt>{ name.clone() }</dt>
                                <dd class={classes!(differs(i), (i == 0).then_some("versus-policy"))}>{ cells[i].clone() }</dd>
                            </>
                        }) }
                    </dl>
                </td>
            }
        }
        Err(only) => html! { <td data-label={label.to_string()} class="only-in">{ only.clone() }</td> },
    }
}

fn row_html(lang: crate::i18n::Lang, w: &Worded, r: &WordedRow) -> Html {
    html! {
        <tr data-product={r.id.to_string()}>
            <th scope="row">{ r.product.clone() }</th>
            { side_cell(lang, &w.a_name, &r.a, &r.b, &w.over[0]) }
            { side_cell(lang, &w.b_name, &r.b, &r.a, &w.over[1]) }
            <td data-label={t(lang, &k::VS_COL_CHANGES)}>{ r.changes.clone() }</td>
            <td data-label={t(lang, &k::VS_COL_DIFF)} class="figure">{ r.difference.clone() }</td>
        </tr>
    }
}

/// The table of changed products with the totals per year, as the report prints it too.
pub fn versus_table(lang: crate::i18n::Lang, w: &Worded) -> Html {
    html! {
        <table class="versus-table">
            <thead><tr>
                <th scope="col">{ t(lang, &k::VS_COL_PRODUCT) }</th>
                <th scope="col">{ w.a_name.clone() }</th>
                <th scope="col">{ w.b_name.clone() }</th>
                <th scope="col">{ t(lang, &k::VS_COL_CHANGES) }</th>
                <th scope="col">{ t(lang, &k::VS_COL_DIFF) }</th>
            </tr></thead>
            <tbody>{ for w.rows.iter().map(|r| row_html(lang, w, r)) }</tbody>
            <tfoot><tr>
                <th scope="row">{ t(lang, &k::VS_TOTAL_PER_YEAR) }</th>
                <td data-label={w.a_name.clone()} class="figure">{ w.totals[0].clone() }</td>
                <td data-label={w.b_name.clone()} class="figure">{ w.totals[1].clone() }</td>
                <td></td>
                <td data-label={t(lang, &k::VS_COL_DIFF)} class="figure">{ w.totals[2].clone() }</td>
            </tr></tfoot>
        </table>
    }
}

#[function_component(VersusView)]
pub fn versus_view(props: &VersusViewProps) -> Html {
    let lang = use_lang();
    let worded = use_memo(
        (lang, props.scenario.clone(), props.shelf.clone(), props.pair, props.catalog.clone()),
        |(lang, scenario, shelf, pair, catalog)| worded_pair(*lang, catalog, scenario, shelf, *pair),
    );
    let Some(w) = (*worded).clone() else {
        return html! {
            <section class="card versus" id="versus" aria-labelledby="versus-heading">
                <h2 id="versus-heading">{ t(lang, &k::VS_HEADING) }</h2>
                <p>{ t(lang, &k::VS_NEED_TWO) }</p>
                <button type="button" class="button" onclick={props.on_duplicate.reform(|_: MouseEvent| ())}>
                    { t(lang, &k::SHELF_DUPLICATE) }</button>
            </section>
        };
    };
    let names = props.shelf.names(lang);
    let pair = clamp_pair(props.pair, props.shelf.len());
    let download_csv = {
        let (catalog, scenario, shelf, names) =
            (props.catalog.clone(), props.scenario.clone(), props.shelf.clone(), names.clone());
        Callback::from(move |_: MouseEvent| {
            let (Some(a), Some(b)) = (shelf.get(&scenario, pair[0]), shelf.get(&scenario, pair[1])) else { return };
            let text = versus(&catalog, a, b).csv(lang, scenario.pricing.currency, &names[pair[0]], &names[pair[1]]);
            crate::ui::browser::download(
                &format!("ssp-comparison-{}.csv", crate::ui::browser::today()),
                "text/csv",
                &text,
            );
        })
    };
    let download_md = {
        let text = w.markdown(lang);
        Callback::from(move |_: MouseEvent| {
            crate::ui::browser::download(
                &format!("ssp-comparison-{}.md", crate::ui::browser::today()),
                "text/markdown",
                &text,
            );
        })
    };
    let pick = |side: usize, label_key: crate::i18n::Key| {
        let on_pair = props.on_pair.clone();
        let onchange = Callback::from(move |e: Event| {
            let v: String = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Ok(i) = v.parse::<usize>() {
                let mut next = pair;
                next[side] = i;
                on_pair.emit(next);
            }
        });
        html! {
            <label>{ t(lang, label_key) }
                <select {onchange}>
                    { for names.iter().enumerate().map(|(i, n)| html! {
                        <option value={i.to_string()} selected={i == pair[side]}>{ n.clone() }</option>
                    }) }
                </select>
            </label>
        }
    };
    html! {
        <section class="card versus" id="versus" aria-labelledby="versus-heading">
            <h2 id="versus-heading">{ t(lang, &k::VS_HEADING) }</h2>
            <div class="versus-pick">{ pick(0, &k::VS_PICK_A) }{ pick(1, &k::VS_PICK_B) }</div>
            <h3>{ w.title.clone() }</h3>
            <p class="versus-verdict">{ w.verdict.clone() }{ " " }{ w.changed.clone() }</p>
            if !w.rows.is_empty() { { versus_table(lang, &w) } }
            if let Some(folded) = &w.folded_text {
                <details class="versus-folded">
                    <summary>{ folded.clone() }</summary>
                    <p>{ w.folded.join(", ") }</p>
                </details>
            }
            <p class="hint">{ w.how.clone() }</p>
            <div class="button-row">
                <button type="button" class="button" id="versus-csv" onclick={download_csv}>{ t(lang, &k::VS_DOWNLOAD_CSV) }</button>
                <button type="button" class="button" id="versus-md" onclick={download_md}>{ t(lang, &k::VS_DOWNLOAD_MD) }</button>
            </div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::clamp_pair;

    #[test]
    fn a_pair_left_behind_by_a_removed_scenario_becomes_one_that_exists() {
        assert_eq!(clamp_pair([0, 1], 2), [0, 1]);
        assert_eq!(clamp_pair([2, 3], 2), [0, 1]);
        assert_eq!(clamp_pair([3, 1], 3), [2, 1]);
        assert_eq!(clamp_pair([1, 0], 4), [1, 0]);
    }
}
