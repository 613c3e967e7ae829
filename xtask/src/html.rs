//! The few things the build step reads in a built page: one element by how it starts, and an
//! attribute of it. The page is Trunk's output of `index.html` with the build step's own
//! elements, so its shape is known; anything else stops the build with what was expected.
use std::ops::Range;

pub type Result<T> = std::result::Result<T, String>;

/// Where the one element starting with `start` is (up to and including its `>`).
pub fn one_tag(page: &str, start: &str) -> Result<Range<usize>> {
    let mut found = page.match_indices(start).map(|(i, _)| i);
    let (Some(at), None) = (found.next(), found.next()) else {
        return Err(format!("expected exactly one `{start}…>` in the page, found {}", page.matches(start).count()));
    };
    let end = page[at..].find('>').ok_or_else(|| format!("`{start}` is never closed"))?;
    Ok(at..at + end + 1)
}

/// The value of attribute `name` in one tag (values are double-quoted in Trunk's output).
pub fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let needle = format!("{name}=\"");
    let at =
        tag.match_indices(&needle).map(|(i, _)| i).find(|&i| i > 0 && tag.as_bytes()[i - 1].is_ascii_whitespace())?;
    let rest = &tag[at + needle.len()..];
    rest.find('"').map(|end| &rest[..end])
}

/// The page with the one element starting with `start` replaced by `with`; also returns it.
pub fn replace_tag(page: &str, start: &str, with: &str) -> Result<(String, String)> {
    let at = one_tag(page, start)?;
    let tag = page[at.clone()].to_string();
    Ok((format!("{}{with}{}", &page[..at.start], &page[at.end..]), tag))
}

/// The page with `text` inserted before `marker` (which must be there once).
pub fn insert_before(page: &str, marker: &str, text: &str) -> Result<String> {
    let at = one_tag(page, marker)?.start;
    Ok(format!("{}{text}{}", &page[..at], &page[at..]))
}

/// Stops if the page has a script without `src` or a `style` attribute: the CSP blocks both.
pub fn check_no_inline_script_or_style(page: &str) -> Result<()> {
    for (at, _) in page.match_indices("<script") {
        let end = page[at..].find('>').map_or(page.len(), |e| at + e);
        if attr(&page[at..=end.min(page.len() - 1)], "src").is_none() {
            return Err(format!("inline script left in the page: {}", &page[at..end.min(at + 80)]));
        }
    }
    if page.contains(" style=") {
        return Err("inline style attribute in the page".into());
    }
    Ok(())
}

/// Removes every `id="…"` attribute (a second copy of a view must not repeat the ids).
pub fn without_ids(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find(" id=\"") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 5..];
        rest = after.find('"').map_or("", |end| &after[end + 1..]);
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_one_element_and_its_attributes() {
        let page = r#"<head><meta name="a" content="./x.js" data-wasm="./x.wasm" /><meta name="b"></head>"#;
        let at = one_tag(page, r#"<meta name="a""#).unwrap();
        let tag = &page[at];
        assert_eq!(attr(tag, "content"), Some("./x.js"));
        assert_eq!(attr(tag, "data-wasm"), Some("./x.wasm"));
        assert_eq!(attr(tag, "wasm"), None, "only a whole attribute name matches");
        assert!(one_tag(page, "<meta").is_err(), "two metas: which one is meant is unclear");
        assert!(one_tag(page, "<link").is_err());
        let (out, old) = replace_tag(page, r#"<meta name="b""#, "<b/>").unwrap();
        assert_eq!(old, r#"<meta name="b">"#);
        assert!(out.ends_with("<b/></head>"));
    }

    #[test]
    fn inline_script_or_style_stops_the_build() {
        assert!(check_no_inline_script_or_style(r#"<script type="module" src="./a.js"></script>"#).is_ok());
        assert!(check_no_inline_script_or_style("<script>alert(1)</script>").is_err());
        assert!(check_no_inline_script_or_style(r#"<p style="color:red">"#).is_err());
    }

    #[test]
    fn a_second_copy_loses_its_ids_and_keeps_the_rest() {
        assert_eq!(without_ids(r#"<p id="a" class="b">x</p><i id="">"#), r#"<p class="b">x</p><i>"#);
    }
}
