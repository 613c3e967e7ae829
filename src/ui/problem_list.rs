//! The one way a list of problems with outside input (a link, a scenario file, a catalogue
//! import) is shown: each problem's path (or "the whole file") and its message, in the user's
//! language.
use crate::domain::problem::Problem;
use crate::i18n::msg;
use crate::ui::use_lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProblemListProps {
    pub problems: Vec<Problem>,
    /// Shown where a problem concerns the whole input (empty path), e.g. "Whole file".
    #[prop_or_default]
    pub whole: Option<AttrValue>,
}

#[function_component(ProblemList)]
pub fn problem_list(props: &ProblemListProps) -> Html {
    let lang = use_lang();
    html! {
        <ul class="problem-list">
            { for props.problems.iter().map(|p| html! {
                <li>
                    if !p.path.is_empty() {
                        <code class="problem-path">{ p.path.clone() }</code>{ " " }
                    } else if let Some(whole) = &props.whole {
                        <code class="problem-path">{ whole.clone() }</code>{ " " }
                    }
                    <span class="problem-text">{ msg(lang, &p.message) }</span>
                </li>
            }) }
        </ul>
    }
}
