//! Small browser helpers that several components share: today's date, file download, and the
//! current page address. All failures are swallowed into `None`/`false`: a missing browser API
//! must never break the page.
use crate::domain::date::Date;
use crate::page::flag::VIEW as VIEW_FLAGS;
use wasm_bindgen::JsCast;

/// Outside a browser (the build-time prerender of the first view) there is no page: the
/// helpers below answer as a page without query, storage or address would.
const IN_BROWSER: bool = cfg!(target_arch = "wasm32");

/// Today's local date from the browser clock (at build time, the build machine's UTC date).
pub fn today() -> Date {
    if !IN_BROWSER {
        return build_date();
    }
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
    if !IN_BROWSER {
        return None;
    }
    let query = gloo::utils::window().location().search().ok()?;
    query.trim_start_matches('?').split('&').find_map(|kv| kv.strip_prefix(name)?.strip_prefix('=').map(str::to_string))
}

/// The page address without its fragment and without `embed=`, `present=` or `report=`, for
/// links that reopen a scenario: a link copied inside a wiki embed, a workshop or a report
/// should open the full app.
pub fn page_address() -> Option<String> {
    if !IN_BROWSER {
        return None;
    }
    let href = gloo::utils::window().location().href().ok()?;
    Some(without_embed(href.split('#').next().unwrap_or_default()))
}

/// The UTC date from the system clock (days since 1970 to a civil date, H. Hinnant's method).
fn build_date() -> Date {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    let z = (secs / 86_400) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
    Date::ymd(year, month, day)
}

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

/// The browser's first language tag ("de-DE"), which names the visitor's region.
pub fn language_tag() -> Option<String> {
    gloo::utils::window().navigator().language()
}

/// What the visitor's region suggests: currency and VAT rate (issue 22). Read once: the views
/// that show it re-render on every change, and the browser's language does not change.
pub fn region_defaults() -> Option<crate::domain::region::RegionDefaults> {
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    thread_local! {
        static REGION: std::cell::OnceCell<Option<crate::domain::region::RegionDefaults>> =
            const { std::cell::OnceCell::new() };
    }
    REGION.with(|r| r.get_or_init(|| crate::domain::region::defaults_for(&language_tag()?)).clone())
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

    #[test]
    fn the_build_date_is_a_plausible_civil_date() {
        let d = super::build_date();
        assert!(d >= crate::domain::date::Date::ymd(2025, 1, 1), "{d:?}");
        assert!(crate::domain::date::Date::parse(&d.to_string()).is_some(), "{d:?} is a valid calendar date");
    }
}
