//! The "close every door" checklist and the licence-request message in every language, as the
//! Decide result and the printed report both show them. A step's state is said in words for
//! screen readers, not only by its mark.
use crate::i18n::{k, t, Lang};
use crate::ui::use_lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChecklistProps {
    /// Each step and whether it is ready to do (`false`: something is still to be decided).
    pub items: Vec<(bool, String)>,
    #[prop_or_default]
    pub id: Option<AttrValue>,
}

#[function_component(Checklist)]
pub fn checklist(props: &ChecklistProps) -> Html {
    let lang = use_lang();
    html! {
        <ul class="checklist" id={props.id.clone()}>
            { for props.items.iter().map(|(ready, text)| {
                let (mark, state) = if *ready { ("☐", &k::DOORS_CHECK_READY) } else { ("?", &k::DOORS_CHECK_DECIDE) };
                html! {
                    <li class={classes!(if *ready { "ready" } else { "todo" })}>
                        <span class="check-mark" aria-hidden="true" title={t(lang, state)}>{ mark }</span>
                        <span class="visually-hidden">{ format!("{}: ", t(lang, state)) }</span>
                        <span>{ text }</span>
                    </li>
                }
            }) }
        </ul>
    }
}

#[derive(Properties, PartialEq)]
pub struct RequestMessagesProps {
    /// Language name and text, in `Lang::ALL` order.
    pub messages: Vec<(String, String)>,
    /// Gives each message the id `request-message-<lang>`.
    #[prop_or(false)]
    pub with_ids: bool,
}

#[function_component(RequestMessages)]
pub fn request_messages(props: &RequestMessagesProps) -> Html {
    html! {
        { for props.messages.iter().zip(Lang::ALL).map(|((name, text), l)| html! {
            <figure class="request-message" lang={l.code()}>
                <figcaption>{ name }</figcaption>
                <blockquote id={props.with_ids.then(|| format!("request-message-{}", l.code()))}>{ text }</blockquote>
            </figure>
        }) }
    }
}
