//! Share and save: copy the link that reopens this scenario, save it as a file or open one,
//! keep named sessions in this browser, or start over. Files and sessions are validated like a
//! link; a bad one lists its problems and changes nothing.
// The first view builds this panel without the code behind files and sessions (`or_hand_over!`).
#![cfg_attr(not(feature = "full"), allow(unused))]
use crate::domain::catalog::Catalog;
use crate::domain::catalog::Product;
use crate::domain::fleet::{read_saved, saved_file};
use crate::domain::scenario::Scenario;
use crate::domain::share::{Problem, SESSION_NAME};
use crate::domain::shelf::Shelf;
use crate::i18n::k;
use crate::i18n::{msg, t, tf, tn};
use crate::ui::browser::{download, today};
use crate::ui::hooks::{copy_text, use_file_reader, FileRead};
use crate::ui::persist::{delete_session, load_session, save_session, sessions};
use crate::ui::problem_list::ProblemList;
use crate::ui::use_lang;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    pub catalog: Rc<Catalog>,
    pub scenario: Scenario,
    /// The other scenarios (issue 24): files and sessions carry them all, and the Markdown the
    /// comparison of `pair`.
    pub shelf: Shelf,
    #[prop_or([0, 1])]
    pub pair: [usize; 2],
    /// A scenario opened, with the other scenarios and the custom products it brought.
    pub on_load: Callback<(Scenario, Shelf, Vec<Product>)>,
    pub on_reset: Callback<()>,
    /// For the report and the figures.
    pub derived: crate::ui::Shared<crate::domain::derived::Derived>,
    /// The link that reopens this scenario (encoded once per change by the app).
    pub link: AttrValue,
    /// The tenant list and tiers (issue 25), given only when the user ticked that files and
    /// saved sessions carry them; never in the link.
    #[prop_or_default]
    pub fleet: Option<crate::domain::fleet::Fleet>,
    /// The tenant list and tiers a file or session brought.
    #[prop_or_default]
    pub on_fleet: Callback<crate::domain::fleet::Fleet>,
}

#[derive(Clone, PartialEq)]
enum Status {
    None,
    Said(String),
    Problems(String, Vec<Problem>),
}

#[function_component(SharePanel)]
pub fn share_panel(props: &SharePanelProps) -> Html {
    let lang = use_lang();
    let status = use_state(|| Status::None);
    let session_name = use_state(String::new);
    let names = use_state(|| sessions().into_keys().collect::<Vec<_>>());
    let link_ref = use_node_ref();
    let link = props.link.clone();
    let shared_custom = use_memo((props.derived.clone(), props.shelf.clone()), |(_, shelf)| {
        crate::ui::persist::shared_custom(&props.catalog, &props.scenario, shelf)
    });

    let on_copy = {
        let status = status.clone();
        let link = link.clone();
        let link_ref = link_ref.clone();
        Callback::from(move |_: MouseEvent| {
            let status = status.clone();
            let link_ref = link_ref.clone();
            copy_text(link.to_string(), move |ok| {
                if !ok {
                    // Fallback where the clipboard is refused (some iframes): select the link.
                    if let Some(input) = link_ref.cast::<HtmlInputElement>() {
                        input.select();
                    }
                }
                status.set(Status::Said(t(lang, if ok { &k::SHARE_LINK_COPIED } else { &k::SHARE_LINK_SELECT })));
            });
        })
    };
    let on_report = crate::or_hand_over!(click, {
        let status = status.clone();
        let (scenario, catalog, derived, link) =
            (props.scenario.clone(), props.catalog.clone(), props.derived.clone(), link.clone());
        let (shelf, pair) = (props.shelf.clone(), props.pair);
        Callback::from(move |_: MouseEvent| {
            let day = today();
            let versus = crate::ui::versus_view::worded_pair(lang, &catalog, &scenario, &shelf, pair);
            let text = crate::domain::report::markdown_for(
                &scenario,
                &catalog,
                &derived,
                lang,
                day,
                &link,
                versus,
                shelf.script_of(lang),
            );
            let ok = download(&format!("ssp-report-{day}.md"), "text/markdown", &text);
            status.set(Status::Said(t(lang, if ok { &k::SHARE_FILE_SAVED } else { &k::SCRIPT_DOWNLOAD_FAILED })));
        })
    });
    let on_csv = crate::or_hand_over!(click, {
        let status = status.clone();
        let (scenario, derived) = (props.scenario.clone(), props.derived.clone());
        Callback::from(move |_: MouseEvent| {
            let day = today();
            let ok = download(
                &format!("ssp-figures-{day}.csv"),
                "text/csv",
                &crate::domain::report::csv(&scenario, &derived, lang),
            );
            status.set(Status::Said(t(lang, if ok { &k::SHARE_FILE_SAVED } else { &k::SCRIPT_DOWNLOAD_FAILED })));
        })
    });
    let on_save_file = crate::or_hand_over!(click, {
        let status = status.clone();
        let scenario = props.scenario.clone();
        let shelf = props.shelf.clone();
        let shared = shared_custom.clone();
        let fleet = props.fleet.clone();
        Callback::from(move |_: MouseEvent| {
            let day = today();
            let ok = download(
                &format!("ssp-scenario-{day}.json"),
                "application/json",
                &saved_file(&scenario, &shelf, &shared, fleet.as_ref(), day),
            );
            status.set(Status::Said(t(lang, if ok { &k::SHARE_FILE_SAVED } else { &k::SCRIPT_DOWNLOAD_FAILED })));
        })
    });
    #[cfg(not(feature = "full"))]
    let on_open_file = crate::ui::upgrade::files();
    #[cfg(feature = "full")]
    let on_open_file = {
        let status = status.clone();
        let catalog = props.catalog.clone();
        let on_load = props.on_load.clone();
        let on_fleet = props.on_fleet.clone();
        use_file_reader(
            crate::domain::share::MAX_FILE_BYTES as u64,
            Callback::from(move |read| match read {
                FileRead::TooLarge => status.set(Status::Said(tf(
                    lang,
                    &k::SHARE_ERR_FILE_TOO_LARGE,
                    &[("max_kb", (crate::domain::share::MAX_FILE_BYTES / 1024).to_string())],
                ))),
                FileRead::Failed(_) => status.set(Status::Said(t(lang, &k::SHARE_FILE_UNREADABLE))),
                FileRead::Text { text, .. } => match read_saved(&text, &catalog) {
                    Ok((saved, fleet)) => {
                        on_load.emit((saved.scenario, saved.shelf, saved.custom));
                        if let Some(f) = fleet {
                            on_fleet.emit(f);
                        }
                        if saved.notices.is_empty() {
                            status.set(Status::Said(t(lang, &k::SHARE_FILE_OPENED)));
                        } else {
                            status.set(Status::Problems(t(lang, &k::SHARE_NOTICE_TITLE), saved.notices));
                        }
                    }
                    Err(problems) => status.set(Status::Problems(t(lang, &k::SHARE_FILE_INVALID), problems)),
                },
            }),
        )
    };
    let on_name = {
        let session_name = session_name.clone();
        Callback::from(move |e: InputEvent| {
            let v: String = e.target_unchecked_into::<HtmlInputElement>().value();
            session_name.set(SESSION_NAME.clean(&v));
        })
    };
    let on_save_session = crate::or_hand_over!(submit, {
        let status = status.clone();
        let session_name = session_name.clone();
        let names = names.clone();
        let scenario = props.scenario.clone();
        let shelf = props.shelf.clone();
        let catalog = props.catalog.clone();
        let fleet = props.fleet.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let name = session_name.trim().to_string();
            if name.is_empty() {
                status.set(Status::Said(t(lang, &k::SHARE_SESSION_NAME_NEEDED)));
                return;
            }
            // Saving under a name that exists replaces that session: only when confirmed.
            if sessions().contains_key(&name)
                && !gloo::dialogs::confirm(&tf(lang, &k::SHARE_SESSION_OVERWRITE, &[("name", name.clone())]))
            {
                return;
            }
            match save_session(&name, &scenario, &shelf, fleet.as_ref(), &catalog) {
                Ok(()) => {
                    names.set(sessions().into_keys().collect());
                    session_name.set(String::new());
                    status.set(Status::Said(tf(lang, &k::SHARE_SESSION_SAVED, &[("name", name)])));
                }
                Err(m) => status.set(Status::Said(msg(lang, &m))),
            }
        })
    });
    let on_reset = {
        let cb = props.on_reset.clone();
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            if gloo::dialogs::confirm(&t(lang, &k::SHARE_RESET_CONFIRM)) {
                cb.emit(());
                status.set(Status::Said(t(lang, &k::SHARE_RESET_DONE)));
            }
        })
    };
    html! {
        <section class="share-panel" aria-labelledby="share-heading">
            <h2 id="share-heading">{ t(lang, &k::SHARE_HEADING) }</h2>
            <label for="share-link" class="visually-hidden">{ t(lang, &k::SHARE_LINK_LABEL) }</label>
            <input id="share-link" class="share-link" type="text" readonly=true value={link.clone()} ref={link_ref} />
            if let Some(code) = crate::domain::report::file_link_code(&link) {
                // The offline file's link is a path on this disk (issue 21).
                <p class="hint" id="file-link-note">{ t(lang, &k::SHARE_FILE_LINK) }</p>
                <label for="scenario-code">{ t(lang, &k::SHARE_SCENARIO_CODE) }</label>
                <input id="scenario-code" class="share-link" type="text" readonly=true value={code.to_string()} />
            }
            if !shared_custom.is_empty() {
                <p class="hint" id="share-custom-note">{ tn(lang, &k::SHARE_CARRIES_CUSTOM, shared_custom.len() as u64, &[
                    ("products", shared_custom.iter().map(|c| c.name.clone()).collect::<Vec<_>>().join(", ")),
                ]) }</p>
            }
            if props.fleet.is_some() {
                <p class="hint" id="share-fleet-note">{ t(lang, &k::FLEET_UI_CARRIED) }</p>
            }
            <div class="share-buttons">
                <button type="button" class="button primary" id="copy-link" onclick={on_copy}>{ t(lang, &k::SHARE_COPY_LINK) }</button>
                <button type="button" class="button" id="save-file" onclick={on_save_file}>{ t(lang, &k::SHARE_SAVE_FILE) }</button>
                <button type="button" class="button" id="download-report" onclick={on_report}>{ t(lang, &k::REPORT_MARKDOWN) }</button>
                <button type="button" class="button" id="download-csv" onclick={on_csv}>{ t(lang, &k::REPORT_CSV) }</button>
                <label class="button file-button" for="open-file">{ t(lang, &k::SHARE_OPEN_FILE) }</label>
                <input type="file" id="open-file" class="visually-hidden" accept=".json,application/json" onchange={on_open_file} />
            </div>
            <form class="session-form" id="session-form" onsubmit={on_save_session}>
                <label for="session-name">{ t(lang, &k::SHARE_SESSION_NAME) }</label>
                <span class="input-row">
                    <input type="text" id="session-name" maxlength={SESSION_NAME.max_chars.to_string()} value={(*session_name).clone()} oninput={on_name} />
                    <button type="submit" class="button">{ t(lang, &k::SHARE_SAVE_SESSION) }</button>
                </span>
            </form>
            if !names.is_empty() {
                <ul class="sessions" aria-label={t(lang, &k::SHARE_SESSIONS)}>
                    { for names.iter().map(|name| {
                        let open = crate::or_hand_over!(click, {
                            let name = name.clone();
                            let catalog = props.catalog.clone();
                            let on_load = props.on_load.clone();
                            let on_fleet = props.on_fleet.clone();
                            let status = status.clone();
                            Callback::from(move |_: MouseEvent| match load_session(&name, &catalog) {
                                Some(Ok((s, fleet))) => {
                                    on_load.emit((s.scenario, s.shelf, s.custom));
                                    if let Some(f) = fleet {
                                        on_fleet.emit(f);
                                    }
                                    status.set(Status::Said(tf(lang, &k::SHARE_SESSION_OPENED, &[("name", name.clone())])));
                                }
                                Some(Err(problems)) => status.set(Status::Problems(t(lang, &k::SHARE_FILE_INVALID), problems)),
                                None => {}
                            })
                        });
                        let remove = {
                            let name = name.clone();
                            let names = names.clone();
                            Callback::from(move |_: MouseEvent| {
                                if gloo::dialogs::confirm(&tf(lang, &k::SHARE_SESSION_DELETE_CONFIRM, &[("name", name.clone())])) {
                                    delete_session(&name);
                                    names.set(sessions().into_keys().collect());
                                }
                            })
                        };
                        html! {
                            <li>
                                <button type="button" class="link-button session-name" onclick={open}>{ name }</button>
                                <button type="button" class="icon-button" onclick={remove}
                                    aria-label={tf(lang, &k::SHARE_DELETE_SESSION, &[("name", name.clone())])}>{ "×" }</button>
                            </li>
                        }
                    }) }
                </ul>
            }
            <button type="button" class="link-button reset" onclick={on_reset}>{ t(lang, &k::SHARE_RESET) }</button>
            <div role="status" aria-live="polite" class="share-status">
                { match &*status {
                    Status::None => Html::default(),
                    Status::Said(text) => html! { <p>{ text }</p> },
                    Status::Problems(title, problems) => html! {
                        <div class="problems">
                            <p>{ title }</p>
                            <ProblemList problems={problems.clone()} />
                        </div>
                    },
                } }
            </div>
        </section>
    }
}
