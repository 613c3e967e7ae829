//! Small browser helpers that several components share: today's date, file download, and the
//! current page address. All failures are swallowed into `None`/`false`: a missing browser API
//! must never break the page.
use crate::domain::date::Date;
use wasm_bindgen::JsCast;

/// Today's local date from the browser clock.
pub fn today() -> Date {
    let d = js_sys::Date::new_0();
    Date::ymd(d.get_full_year() as u16, (d.get_month() + 1) as u8, d.get_date() as u8)
}

/// Offers `text` as a file download. Returns whether the browser accepted it.
pub fn download(file_name: &str, mime: &str, text: &str) -> bool {
    let parts = js_sys::Array::of1(&text.into());
    let bag = web_sys::BlobPropertyBag::new();
    bag.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &bag) else { return false };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return false };
    let doc = gloo::utils::document();
    let ok = doc
        .create_element("a")
        .ok()
        .and_then(|el| el.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .map(|a| {
            a.set_href(&url);
            a.set_download(file_name);
            a.click();
        })
        .is_some();
    let _ = web_sys::Url::revoke_object_url(&url);
    ok
}

/// The value of `name` in the page's query string (`?lang=de&embed=1`).
pub fn query_param(name: &str) -> Option<String> {
    let query = gloo::utils::window().location().search().ok()?;
    query.trim_start_matches('?').split('&').find_map(|kv| kv.strip_prefix(name)?.strip_prefix('=').map(str::to_string))
}

/// The page address without its fragment and without `embed=`, `present=` or `report=`, for
/// links that reopen a scenario: a link copied inside a wiki embed, a workshop or a report
/// should open the full app.
pub fn page_address() -> Option<String> {
    let href = gloo::utils::window().location().href().ok()?;
    Some(without_embed(href.split('#').next().unwrap_or_default()))
}

/// Query flags that choose how the page shows a scenario, not what the scenario is.
const VIEW_FLAGS: [&str; 3] = ["embed", "present", "report"];

/// Sets or removes `name=1` in the address bar without reloading, keeping the other query
/// flags and the scenario in the fragment: a bookmark of the workshop opens the workshop.
pub fn set_query_flag(name: &str, on: bool) {
    let window = gloo::utils::window();
    let location = window.location();
    let (Ok(path), Ok(search), Ok(hash)) = (location.pathname(), location.search(), location.hash()) else { return };
    let mut kept: Vec<String> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|kv| !kv.is_empty() && kv.split('=').next() != Some(name))
        .map(str::to_string)
        .collect();
    if on {
        kept.push(format!("{name}=1"));
    }
    let query = if kept.is_empty() { String::new() } else { format!("?{}", kept.join("&")) };
    if query == search {
        return;
    }
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{path}{query}{hash}")));
    }
}

fn without_embed(address: &str) -> String {
    let Some((base, query)) = address.split_once('?') else { return address.to_string() };
    let kept: Vec<&str> = query
        .split('&')
        .filter(|kv| {
            !kv.is_empty() && !VIEW_FLAGS.iter().any(|f| kv.strip_prefix(f).is_some_and(|r| r.starts_with('=')))
        })
        .collect();
    if kept.is_empty() {
        base.to_string()
    } else {
        format!("{base}?{}", kept.join("&"))
    }
}

#[cfg(test)]
mod tests {
    use super::without_embed;

    #[test]
    fn share_links_leave_embed_mode_behind() {
        assert_eq!(without_embed("https://x/ssp/?embed=1"), "https://x/ssp/");
        assert_eq!(without_embed("https://x/ssp/?embed=1&lang=de"), "https://x/ssp/?lang=de");
        assert_eq!(without_embed("https://x/ssp/?lang=nl&embed=true"), "https://x/ssp/?lang=nl");
        assert_eq!(without_embed("https://x/ssp/"), "https://x/ssp/");
        assert_eq!(without_embed("https://x/ssp/?present=1&lang=de&report=1"), "https://x/ssp/?lang=de");
        assert_eq!(without_embed("https://x/ssp/?presenter=1"), "https://x/ssp/?presenter=1");
    }
}
