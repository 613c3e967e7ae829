//! The application shell: owns the one reducer, provides the language, and lays out the four
//! parts (products, decision walk, costs, script) as tabs beside an always-visible summary.
use crate::domain::catalog::Catalog;
use crate::domain::script;
use crate::i18n::{t, tf};
use crate::ui::comparison::ComparisonView;
use crate::ui::lang_switch::LangSwitch;
use crate::ui::pricing_controls::PricingControls;
use crate::ui::product_picker::ProductPicker;
use crate::ui::script_view::ScriptView;
use crate::ui::selection_table::SelectionTable;
use crate::ui::state::{Action, AppState};
use crate::ui::step_nav::{StepNav, View};
use crate::ui::summary_panel::SummaryPanel;
use crate::ui::walk_through::WalkThrough;
use yew::prelude::*;

/// Turns an `Action` constructor into a callback on the reducer.
fn dispatcher<T: 'static>(state: &UseReducerHandle<AppState>, make: impl Fn(T) -> Action + 'static) -> Callback<T> {
    let state = state.clone();
    Callback::from(move |x| state.dispatch(make(x)))
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| AppState::new(Catalog::embedded()));
    let lang = state.lang;
    {
        // Screen readers and hyphenation follow the document language.
        use_effect_with(lang, |lang| {
            if let Some(root) = gloo::utils::document().document_element() {
                let _ = root.set_attribute("lang", lang.code());
            }
        });
    }
    let catalog = state.catalog.clone();
    let scenario = &state.scenario;
    let on_toggle = dispatcher(&state, Action::Toggle);
    let on_seats = dispatcher(&state, |(id, n)| Action::SetSeats(id, n));
    let panel = match state.view {
        View::Products => {
            let selected: Vec<_> = scenario.selections.iter().map(|s| s.id.clone()).collect();
            html! {
                <div class="panel-grid">
                    <ProductPicker catalog={catalog.clone()} selected={selected} currency={scenario.pricing.currency}
                        price_date={scenario.pricing.price_date} on_toggle={on_toggle.clone()} />
                    <SelectionTable catalog={catalog.clone()} selections={scenario.selections.clone()}
                        on_seats={on_seats.clone()} on_policy={dispatcher(&state, |(id, v)| Action::SetPolicy(id, v))}
                        on_remove={on_toggle} />
                </div>
            }
        }
        View::Decide => html! {
            <WalkThrough catalog={catalog.clone()} scenario={scenario.clone()} step={state.walk_step}
                on_step={dispatcher(&state, Action::SetWalkStep)}
                on_answer={dispatcher(&state, |(q, c)| Action::Answer(q, c))}
                on_products={dispatcher(&state, |(q, ids)| Action::AnswerProducts(q, ids))}
                on_weight={dispatcher(&state, |(c, w)| Action::SetWeight(c, w))}
                on_apply={dispatcher(&state, |()| Action::ApplyRecommendation)} />
        },
        View::Costs => html! {
            <>
                <PricingControls params={scenario.pricing.clone()} on_change={dispatcher(&state, Action::SetPricing)} />
                <ComparisonView catalog={catalog.clone()} scenario={scenario.clone()} on_seats={on_seats}
                    on_override={dispatcher(&state, |(id, p)| Action::SetOverride(id, p))}
                    on_toggle_plan={dispatcher(&state, Action::TogglePlan)} />
            </>
        },
        View::Script => {
            let choices = scenario.choices(&catalog);
            let script_text = if choices.is_empty() { String::new() } else { script::powershell(&choices) };
            html! { <ScriptView script={script_text} /> }
        }
    };

    html! {
        <ContextProvider<crate::i18n::Lang> context={lang}>
            <div class="app">
                <header class="app-header">
                    <div class="app-title">
                        <h1>{ t(lang, "app.title") }</h1>
                        <p class="tagline">{ t(lang, "app.tagline") }</p>
                    </div>
                    <div class="app-meta">
                        <LangSwitch value={lang} on_change={dispatcher(&state, Action::SetLang)} />
                        <p class="as-of">{ tf(lang, "app.catalogue_as_of", &[("date", catalog.as_of.to_string())]) }</p>
                    </div>
                </header>
                <StepNav current={state.view} on_select={dispatcher(&state, Action::SetView)} />
                <div class="layout">
                    <main class="app-main" id="main">{ panel }</main>
                    <SummaryPanel catalog={catalog.clone()} scenario={scenario.clone()} />
                </div>
                <footer class="app-footer"><p>{ t(lang, "app.offline_note") }</p></footer>
            </div>
        </ContextProvider<crate::i18n::Lang>>
    }
}
