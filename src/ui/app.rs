//! The application shell: owns the reducer, provides the language, lays out the sections.
use crate::domain::catalog::Catalog;
use crate::domain::script;
use crate::i18n::{t, tf, Lang};
use crate::ui::comparison::ComparisonView;
use crate::ui::lang_switch::LangSwitch;
use crate::ui::pricing_controls::PricingControls;
use crate::ui::product_picker::ProductPicker;
use crate::ui::script_view::ScriptView;
use crate::ui::selection_table::SelectionTable;
use crate::ui::state::{Action, AppState};
use yew::prelude::*;

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
    let on_lang = {
        let state = state.clone();
        Callback::from(move |l| state.dispatch(Action::SetLang(l)))
    };
    let on_toggle = {
        let state = state.clone();
        Callback::from(move |id| state.dispatch(Action::Toggle(id)))
    };
    let on_seats = {
        let state = state.clone();
        Callback::from(move |(id, n)| state.dispatch(Action::SetSeats(id, n)))
    };
    let on_policy = {
        let state = state.clone();
        Callback::from(move |(id, v)| state.dispatch(Action::SetPolicy(id, v)))
    };
    let on_pricing = {
        let state = state.clone();
        Callback::from(move |p| state.dispatch(Action::SetPricing(p)))
    };
    let on_override = {
        let state = state.clone();
        Callback::from(move |(id, price)| state.dispatch(Action::SetOverride(id, price)))
    };
    let on_toggle_plan = {
        let state = state.clone();
        Callback::from(move |plan| state.dispatch(Action::TogglePlan(plan)))
    };
    let catalog = state.catalog.clone();
    let scenario = &state.scenario;
    let selected: Vec<_> = scenario.selections.iter().map(|s| s.id.clone()).collect();
    let choices = scenario.choices(&catalog);
    let script_text = if choices.is_empty() { String::new() } else { script::powershell(&choices) };

    html! {
        <ContextProvider<Lang> context={lang}>
            <div class="app">
                <header class="app-header">
                    <div class="app-title">
                        <h1>{ t(lang, "app.title") }</h1>
                        <p class="tagline">{ t(lang, "app.tagline") }</p>
                    </div>
                    <div class="app-meta">
                        <LangSwitch value={lang} on_change={on_lang} />
                        <p class="as-of">{ tf(lang, "app.catalogue_as_of", &[("date", catalog.as_of.to_string())]) }</p>
                    </div>
                </header>
                <main class="app-main">
                    <ProductPicker catalog={catalog.clone()} selected={selected} currency={scenario.pricing.currency}
                        price_date={scenario.pricing.price_date} on_toggle={on_toggle.clone()} />
                    <SelectionTable catalog={catalog.clone()} selections={scenario.selections.clone()}
                        on_seats={on_seats.clone()} on_policy={on_policy} on_remove={on_toggle} />
                    <PricingControls params={scenario.pricing.clone()} on_change={on_pricing} />
                    <ComparisonView catalog={catalog.clone()} scenario={scenario.clone()} on_seats={on_seats}
                        on_override={on_override} on_toggle_plan={on_toggle_plan} />
                    <ScriptView script={script_text} />
                </main>
                <footer class="app-footer"><p>{ t(lang, "app.offline_note") }</p></footer>
            </div>
        </ContextProvider<Lang>>
    }
}
