//! The four parts of the tool as tabs. The whole scenario stays when switching.
use crate::i18n::k;
use crate::i18n::t;
use crate::ui::use_lang;
use yew::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    Products,
    Decide,
    Costs,
    Script,
}

impl View {
    pub const ALL: [View; 4] = [View::Products, View::Decide, View::Costs, View::Script];

    pub fn key(self) -> crate::i18n::Key {
        match self {
            View::Products => &k::NAV_PRODUCTS,
            View::Decide => &k::NAV_DECIDE,
            View::Costs => &k::NAV_COSTS,
            View::Script => &k::NAV_SCRIPT,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            View::Products => "products",
            View::Decide => "decide",
            View::Costs => "costs",
            View::Script => "script",
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct StepNavProps {
    pub current: View,
    pub on_select: Callback<View>,
}

#[function_component(StepNav)]
pub fn step_nav(props: &StepNavProps) -> Html {
    let lang = use_lang();
    html! {
        <nav class="step-nav" aria-label={t(lang, &k::NAV_LABEL)}>
            <ol>
                { for View::ALL.iter().enumerate().map(|(i, v)| {
                    let v = *v;
                    let onclick = props.on_select.reform(move |_: MouseEvent| v);
                    html! {
                        <li>
                            <button type="button" id={format!("nav-{}", v.code())} {onclick}
                                class={classes!("nav-button", (v == props.current).then_some("is-current"))}
                                aria-current={(v == props.current).then_some("page")}>
                                <span class="nav-number">{ i + 1 }</span>{ t(lang, v.key()) }
                            </button>
                        </li>
                    }
                }) }
            </ol>
        </nav>
    }
}
