//! The application shell: owns the one reducer, provides the language, and lays out the four
//! parts (products, decision walk, costs, script) as tabs beside an always-visible summary, or
//! the same scenario as workshop slides or as the printable report.
use crate::domain::derived::Derived;
#[cfg(feature = "full")]
use crate::domain::report::Report;
use crate::i18n::k;
use crate::i18n::{t, tf};
use crate::ui::browser::today;
use crate::ui::catalog_tools::CatalogTools;
#[cfg(feature = "full")]
use crate::ui::comparison::ComparisonView;
#[cfg(feature = "full")]
use crate::ui::doors_panel::DoorsPanel;
use crate::ui::embed;
use crate::ui::lang_switch::LangSwitch;
use crate::ui::offer_types::OfferTypes;
use crate::ui::persist;
#[cfg(feature = "full")]
use crate::ui::pricing_controls::PricingControls;
use crate::ui::problem_list::ProblemList;
use crate::ui::product_picker::ProductPicker;
#[cfg(feature = "full")]
use crate::ui::report_view::ReportView;
#[cfg(feature = "full")]
use crate::ui::script_panel::ScriptPanel;
use crate::ui::selection_table::SelectionTable;
use crate::ui::share_panel::SharePanel;
use crate::ui::state::{Action, AppState, Mode};
use crate::ui::step_nav::{StepNav, View};
use crate::ui::summary_panel::SummaryPanel;
#[cfg(feature = "full")]
use crate::ui::tenant_import::TenantImport;
#[cfg(feature = "full")]
use crate::ui::walk_through::WalkThrough;
#[cfg(feature = "full")]
use crate::ui::workshop::Workshop;
use crate::ui::Shared;
use yew::prelude::*;

/// Turns an `Action` constructor into a callback on the reducer.
fn dispatcher<T: 'static>(state: &UseReducerHandle<AppState>, make: impl Fn(T) -> Action + 'static) -> Callback<T> {
    let state = state.clone();
    Callback::from(move |x| state.dispatch(make(x)))
}

/// A callback on the reducer made once: the same `Callback` on every render, so a component
/// given it can skip renders when its data did not change (a fresh closure never compares
/// equal). The reducer's dispatcher stays valid for the app's lifetime.
#[cfg(feature = "full")]
#[hook]
fn use_dispatch<T: 'static>(state: &UseReducerHandle<AppState>, make: fn(T) -> Action) -> Callback<T> {
    let dispatcher = state.dispatcher();
    (*use_memo((), move |_| Callback::from(move |x| dispatcher.dispatch(make(x))))).clone()
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| {
        let r = persist::restore();
        let mut s = AppState::from_parts(r.lang, r.base, r.imported, r.custom, r.scenario, r.notice);
        s.shelf = r.shelf;
        s.mode = Mode::requested(crate::ui::browser::query_param);
        s
    });
    let lang = state.lang;
    let embedded = use_memo((), |_| embed::requested());
    {
        // After every render: an embedding page learns the new height.
        let embedded = *embedded;
        use_effect(move || {
            if embedded {
                embed::post_height();
            }
        });
    }
    {
        // Screen readers and hyphenation follow the document language.
        use_effect_with(lang, |lang| {
            if let Some(root) = gloo::utils::document().document_element() {
                let _ = root.set_attribute("lang", lang.code());
            }
            persist::save_lang(*lang);
        });
    }
    {
        // The address bar and localStorage hold the current scenario; a link that could not be
        // opened stays in the address bar until the scenario changes.
        let catalog = state.catalog.clone();
        let kept_for = use_mut_ref(|| {
            state
                .notice
                .as_ref()
                .filter(|n| persist::is_bad_link_notice(n))
                .map(|_| (state.scenario.clone(), state.shelf.clone()))
        });
        use_effect_with(
            (state.scenario.clone(), state.shelf.clone(), state.catalog_version, state.sliding),
            move |(s, shelf, _, sliding)| {
                if *sliding {
                    return;
                }
                let keep = kept_for.borrow().as_ref().is_some_and(|(ks, kshelf)| ks == s && kshelf == shelf);
                if !keep {
                    *kept_for.borrow_mut() = None;
                }
                persist::save_scenario(s, shelf, &catalog, !keep)
            },
        );
    }
    {
        let imported = state.imported.then(|| (*state.base).clone());
        use_effect_with((imported, state.custom.clone()), |(imported, custom)| {
            persist::save_catalog(imported.as_ref(), custom)
        });
    }
    {
        // A link pasted into this tab's address bar opens its scenario. Re-registered on every
        // change so the handler sees the current state and catalogue.
        let state = state.clone();
        use_effect_with((state.catalog_version, state.scenario.clone()), move |_| {
            let listener = gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                // The first view does not read links: the whole tool opens the pasted one.
                #[cfg(not(feature = "full"))]
                {
                    crate::ui::upgrade::request(crate::ui::upgrade::Replay::None);
                }
                #[cfg(feature = "full")]
                match persist::scenario_from_current_hash(&state.catalog) {
                    Some(Ok(opened)) => {
                        state.dispatch(Action::LoadScenario(opened.scenario, opened.shelf, opened.custom));
                        if !opened.notices.is_empty() {
                            state.dispatch(Action::SetNotice(Some(persist::Notice {
                                title_key: &k::SHARE_NOTICE_TITLE,
                                problems: opened.notices,
                            })));
                        }
                    }
                    Some(Err(problems)) => {
                        // Keep the current scenario; the pasted link stays in the address bar
                        // to be inspected, and the notice says the scenario is unchanged.
                        state.dispatch(Action::SetNotice(Some(persist::Notice {
                            title_key: &k::SHARE_NOTICE_LINK_INVALID_KEPT,
                            problems,
                        })));
                    }
                    None => {}
                }
            });
            move || drop(listener)
        });
    }
    // Declared after the effects above, so it runs after them: once the root says `data-ready`,
    // the app is live and listening (a link pasted from then on opens). Tests and embedding
    // pages can wait for it instead of guessing.
    use_effect_with((), |_| {
        if let Some(root) = gloo::utils::document().get_element_by_id(crate::page::APP_ROOT) {
            let _ = root.set_attribute("data-ready", "");
        }
    });
    let derived = {
        let catalog = state.catalog.clone();
        Shared(use_memo((state.catalog_version, state.scenario.clone()), move |(_, s)| Derived::of(&catalog, s)))
    };
    // The costs part's callbacks per product (see `product_cost`).
    #[cfg(feature = "full")]
    let on_ramp = use_dispatch(&state, |(id, r)| Action::SetRamp(id, r));
    #[cfg(feature = "full")]
    let (on_slide, on_cost_seats, on_override, on_price_sheet, on_variant) = (
        use_dispatch(&state, |(id, n)| Action::SlideSeats(id, n)),
        use_dispatch(&state, |(id, n)| Action::SetSeats(id, n)),
        use_dispatch(&state, |(id, p)| Action::SetOverride(id, p)),
        use_dispatch(&state, |(id, on)| Action::SetOnPriceSheet(id, on)),
        use_dispatch(&state, |(id, key)| Action::SetVariant(id, key)),
    );
    let catalog = state.catalog.clone();
    let scenario = &state.scenario;
    // The derived results change exactly when the scenario or the catalogue does, so the link
    // that reopens the scenario is encoded once per change too, not per render of each panel.
    let link = use_memo((derived.clone(), state.shelf.clone()), |(_, shelf)| {
        AttrValue::from(persist::share_link(scenario, shelf, &catalog))
    });
    {
        // The address bar says which mode is open, so a bookmark of the workshop opens the
        // workshop; back in the tool, the button that opened the mode has the focus again.
        let previous = use_mut_ref(|| None::<Mode>);
        use_effect_with(state.mode, move |mode| {
            for m in [Mode::Present, Mode::Report] {
                crate::ui::browser::set_query_flag(m.flag().unwrap_or_default(), *mode == m);
            }
            let left = previous.borrow_mut().replace(*mode);
            let opener = match left {
                Some(Mode::Present) => Some("open-present"),
                Some(Mode::Report) => Some("open-report"),
                _ => None,
            };
            if let Some(id) = opener.filter(|_| *mode == Mode::Advisor) {
                if let Some(el) = gloo::utils::document().get_element_by_id(id) {
                    use wasm_bindgen::JsCast;
                    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                        let _ = el.focus();
                    }
                }
            }
        });
    }
    // The report (and the comparison with break-evens its charts need) is worded once per
    // change while the workshop or the report is open; the four-part tool does not need it.
    #[cfg(feature = "full")]
    let full = {
        let catalog = catalog.clone();
        let scenario = scenario.clone();
        let (shelf, pair) = (state.shelf.clone(), state.pair);
        let deps = (derived.clone(), lang, state.mode != Mode::Advisor, link.clone(), state.pair, state.fleet.clone());
        use_memo(deps, move |(d, lang, on, link, _, fleet)| {
            on.then(|| {
                let rollout = rollout_report(*lang, fleet, &scenario, &catalog, d);
                let cmp = Report::comparison(d);
                let of = scenario_of(*lang, &shelf);
                let report =
                    Report::build_for(&scenario, &catalog, d, &cmp, *lang, today(), link, of.as_ref().map(|o| &*o.1))
                        .with_scenarios(
                            crate::ui::versus_view::worded_pair(*lang, &catalog, &scenario, &shelf, pair),
                            of.map(|o| o.0.to_string()),
                        )
                        .with_rollout(rollout);
                (Shared(std::rc::Rc::new(report)), Shared(std::rc::Rc::new(cmp)))
            })
        })
    };
    #[cfg(feature = "full")]
    if let Some((report, comparison)) = (*full).clone() {
        let on_lang = dispatcher(&state, Action::SetLang);
        let body = if state.mode == Mode::Present {
            html! {
                <Workshop scenario={scenario.clone()} derived={derived.clone()} report={report} comparison={comparison}
                    currency={scenario.pricing.currency} slide={state.slide} notes={state.notes}
                    on_slide={dispatcher(&state, Action::SetSlide)}
                    on_answer={dispatcher(&state, |(q, c)| Action::Answer(q, c))}
                    on_products={dispatcher(&state, |(q, ids)| Action::AnswerProducts(q, ids))}
                    on_weight={dispatcher(&state, |(c, w)| Action::SetWeight(c, w))}
                    on_notes={dispatcher(&state, Action::SetNotes)}
                    on_apply={dispatcher(&state, |()| Action::ApplyRecommendation)}
                    on_exit={dispatcher(&state, |()| Action::SetMode(Mode::Advisor))}
                    on_report={dispatcher(&state, |()| Action::SetMode(Mode::Report))}
                    on_customer={dispatcher(&state, Action::SetCustomer)}
                    {on_lang} />
            }
        } else {
            html! {
                <ReportView report={report} comparison={comparison} currency={scenario.pricing.currency}
                    customer={scenario.script.tenant_label.clone()}
                    on_customer={dispatcher(&state, Action::SetCustomer)}
                    on_back={dispatcher(&state, |()| Action::SetMode(Mode::Advisor))} {on_lang} />
            }
        };
        return html! {
            <ContextProvider<crate::i18n::Lang> context={lang}>
                <div class={classes!("app", if state.mode == Mode::Present { "present-mode" } else { "report-mode" }, embedded.then_some("embed"))}>
                    { body }
                </div>
            </ContextProvider<crate::i18n::Lang>>
        };
    }
    #[cfg(feature = "full")]
    let versus = html! {
        <crate::ui::versus_view::VersusView catalog={catalog.clone()} scenario={scenario.clone()} shelf={state.shelf.clone()}
            pair={state.pair} on_pair={dispatcher(&state, Action::SetPair)}
            on_duplicate={dispatcher(&state, |()| Action::DuplicateScenario)} />
    };
    #[cfg(feature = "full")]
    let on_duplicate = dispatcher(&state, |_: MouseEvent| Action::DuplicateScenario);
    #[cfg(not(feature = "full"))]
    let on_duplicate = crate::ui::upgrade::click();
    let scenario_bar = html! {
        <crate::ui::scenario_bar::ScenarioBar shelf={state.shelf.clone()} {on_duplicate}
            on_switch={dispatcher(&state, Action::SwitchScenario)}
            on_rename={dispatcher(&state, |(i, n)| Action::RenameScenario(i, n))}
            on_remove={dispatcher(&state, Action::RemoveScenario)} />
    };
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
                    <CatalogTools catalog={catalog.clone()} custom={state.custom.clone()} currency={scenario.pricing.currency}
                        today={today()} overrides={scenario.price_overrides.clone()}
                        on_add={dispatcher(&state, Action::AddCustom)} on_remove={dispatcher(&state, Action::RemoveCustom)}
                        on_import={dispatcher(&state, Action::ImportCatalog)} on_reset={dispatcher(&state, |()| Action::ResetCatalog)}
                        selected={scenario.selections.iter().map(|s| s.id.clone()).collect::<Vec<_>>()} />
                    <OfferTypes chosen={scenario.offer_types.clone()} on_change={dispatcher(&state, |(o, v)| Action::SetOfferType(o, v))} />
                </div>
            }
        }
        #[cfg(feature = "full")]
        View::Decide => html! {
            <WalkThrough scenario={scenario.clone()} derived={derived.clone()} step={state.walk_step}
                on_step={dispatcher(&state, Action::SetWalkStep)}
                on_answer={dispatcher(&state, |(q, c)| Action::Answer(q, c))}
                on_products={dispatcher(&state, |(q, ids)| Action::AnswerProducts(q, ids))}
                on_weight={dispatcher(&state, |(c, w)| Action::SetWeight(c, w))}
                on_apply={dispatcher(&state, |()| Action::ApplyRecommendation)}
                on_pricing={dispatcher(&state, Action::SetPricing)}>
                <DoorsPanel catalog={catalog.clone()} scenario={scenario.clone()} derived={derived.clone()}
                    on_request_url={dispatcher(&state, Action::SetRequestUrl)}
                    on_request_contact={dispatcher(&state, Action::SetRequestContact)}
                    on_switch={dispatcher(&state, |(sw, v)| Action::ChooseSwitch(sw, v))} />
            </WalkThrough>
        },
        #[cfg(feature = "full")]
        View::Costs => html! {
            <>
                if !state.shelf.is_single() { { versus.clone() } }
                <ComparisonView scenario={scenario.clone()} derived={derived.clone()} {on_slide} on_seats={on_cost_seats}
                    {on_override} on_toggle_plan={dispatcher(&state, Action::TogglePlan)}
                    {on_price_sheet} {on_variant} {on_ramp} catalog={catalog.clone()} />
                <PricingControls params={scenario.pricing.clone()} on_change={dispatcher(&state, Action::SetPricing)} />
                if state.shelf.is_single() { { versus } }
            </>
        },
        #[cfg(feature = "full")]
        View::Script => html! {
            <>
            <ScriptPanel catalog={catalog.clone()} scenario={scenario.clone()} variant={state.script_variant}
                reopen_link={Some((*link).clone())} scenario_of={scenario_of(lang, &state.shelf)}
                derived={derived.clone()} on_apply={dispatcher(&state, |()| Action::ApplyRecommendation)}
                on_variant={dispatcher(&state, Action::SetScriptVariant)} on_prefs={dispatcher(&state, Action::SetScriptPrefs)} />
            <TenantImport catalog={catalog.clone()} scenario={scenario.clone()} derived={derived.clone()}
                on_import={dispatcher(&state, Action::ImportTenant)}
                on_centralise={dispatcher(&state, |()| Action::CentraliseFromRenewals)} on_add_custom={dispatcher(&state, Action::AddCustomAndSelect)} />
            <crate::ui::fleet_panel::FleetPanel catalog={catalog.clone()} scenario={scenario.clone()} derived={derived.clone()}
                fleet={state.fleet.clone()} on={dispatcher(&state, Action::Fleet)} />
            </>
        },
        // The first view has only the products; asking for another part hands over (below).
        #[cfg(not(feature = "full"))]
        _ => Html::default(),
    };
    let (on_present, on_report, on_view) = mode_and_view_callbacks(&state);

    html! {
        <ContextProvider<crate::i18n::Lang> context={lang}>
            <div class={classes!("app", embedded.then_some("embed"))}>
                <header class="app-header">
                    <div class="app-title">
                        <h1>{ t(lang, &k::APP_TITLE) }</h1>
                        <p class="tagline">{ t(lang, &k::APP_TAGLINE) }</p>
                    </div>
                    <div class="app-meta">
                        <div class="mode-buttons">
                            <button type="button" class="button" id="open-present" title={t(lang, &k::PRESENT_OPEN_HELP)}
                                onclick={on_present}>{ t(lang, &k::PRESENT_OPEN) }</button>
                            <button type="button" class="button" id="open-report" title={t(lang, &k::REPORT_OPEN_HELP)}
                                onclick={on_report}>{ t(lang, &k::REPORT_OPEN) }</button>
                        </div>
                        <LangSwitch value={lang} on_change={lang_callback(&state)} />
                        <p class="as-of">{ tf(lang, &k::APP_CATALOGUE_AS_OF, &[("date", crate::i18n::format_date(catalog.as_of, lang))]) }</p>
                    </div>
                </header>
                <StepNav current={state.view} on_select={on_view} />
                { scenario_bar }
                if let Some(n) = &state.notice {
                    <div class="notice" role="alert" id="notice">
                        <p>{ t(lang, n.title_key) }</p>
                        <ProblemList problems={n.problems.clone()} />
                        <button type="button" class="button" onclick={dispatcher(&state, |_: MouseEvent| Action::SetNotice(None))}>{ t(lang, &k::SHARE_NOTICE_DISMISS) }</button>
                    </div>
                }
                <div class="layout">
                    <main class="app-main" id="main">{ panel }</main>
                    <div class="aside">
                        <SummaryPanel catalog={catalog.clone()} scenario={scenario.clone()} derived={derived.clone()} />
                        <SharePanel catalog={catalog.clone()} scenario={scenario.clone()} link={(*link).clone()}
                            shelf={state.shelf.clone()} pair={state.pair}
                            on_load={dispatcher(&state, |(s, shelf, c)| Action::LoadScenario(s, shelf, c))} derived={derived.clone()}
                            fleet={state.fleet.carry.then(|| state.fleet.fleet.clone())}
                            on_fleet={dispatcher(&state, |f| Action::Fleet(crate::ui::state::FleetAction::Load(f)))} on_reset={dispatcher(&state, |()| Action::ResetScenario)} />
                    </div>
                </div>
                <footer class="app-footer"><p>{ t(lang, &k::APP_OFFLINE_NOTE) }</p></footer>
            </div>
        </ContextProvider<crate::i18n::Lang>>
    }
}

/// "Rolling this out" for the report and the workshop (issue 25), with a tenant list only.
#[cfg(feature = "full")]
fn rollout_report(
    lang: crate::i18n::Lang,
    fleet: &crate::ui::state::FleetUi,
    scenario: &crate::domain::scenario::Scenario,
    catalog: &crate::domain::catalog::Catalog,
    d: &Derived,
) -> Option<crate::domain::report::RolloutReport> {
    use crate::domain::fleet::{Decision, Rollout};
    if fleet.fleet.tenants.is_empty() {
        return None;
    }
    let m = crate::ui::fleet_matrix::matrix_of(fleet, scenario, catalog);
    let current = Decision::of("", scenario, catalog, &d.applied);
    crate::domain::report::RolloutReport::build(
        lang,
        &Rollout::of(&fleet.fleet, m.as_ref()),
        &fleet.fleet.targets(current, catalog),
    )
}

/// `Shelf::script_of` as the attribute values the views take.
#[cfg(feature = "full")]
fn scenario_of(lang: crate::i18n::Lang, shelf: &crate::domain::shelf::Shelf) -> Option<(AttrValue, AttrValue)> {
    shelf.script_of(lang).map(|(said, line)| (said.into(), line.into()))
}

/// The workshop and report buttons and the part tabs. In the first view, everything but the
/// products hands over to the whole tool, which then does the same click.
fn mode_and_view_callbacks(
    state: &UseReducerHandle<AppState>,
) -> (Callback<MouseEvent>, Callback<MouseEvent>, Callback<View>) {
    #[cfg(feature = "full")]
    {
        (
            dispatcher(state, |_: MouseEvent| Action::SetMode(Mode::Present)),
            dispatcher(state, |_: MouseEvent| Action::SetMode(Mode::Report)),
            dispatcher(state, Action::SetView),
        )
    }
    #[cfg(not(feature = "full"))]
    {
        use crate::ui::upgrade::{click, request, Replay};
        let state = state.clone();
        let on_view = Callback::from(move |v: View| match v {
            View::Products => state.dispatch(Action::SetView(v)),
            _ => request(Replay::Click(format!("nav-{}", v.code()))),
        });
        (click(), click(), on_view)
    }
}

/// The language switch. The first view fetches the language's text first (and hands over to
/// the whole tool, which has every language, if it cannot).
fn lang_callback(state: &UseReducerHandle<AppState>) -> Callback<crate::i18n::Lang> {
    #[cfg(feature = "full")]
    {
        dispatcher(state, Action::SetLang)
    }
    #[cfg(not(feature = "full"))]
    {
        let state = state.clone();
        Callback::from(move |lang| {
            let state = state.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if crate::ui::upgrade::load_language(lang).await {
                    state.dispatch(Action::SetLang(lang));
                } else {
                    crate::ui::upgrade::request(crate::ui::upgrade::Replay::Values);
                }
            });
        })
    }
}
