// Sets the page's language before its first paint (written by `xtask` from this template and
// src/page.rs), so that the stylesheet shows the prerendered first view in the visitor's
// language: `?lang=` wins, then the choice saved in this browser, then the browser's language
// (the order of `ui::persist::initial_lang`). A blocking external script: the CSP allows no
// inline one.
(() => {
  const known = /*LANGS*/;
  const pick = (code) => (known.includes(code) ? code : null);
  let saved = null;
  try {
    // gloo stores the code as JSON text.
    saved = JSON.parse(localStorage.getItem(/*LANG_KEY*/));
  } catch {
    // No storage (a sandboxed frame) or not JSON: no saved choice.
  }
  const lang = pick(new URLSearchParams(location.search).get(/*LANG_FLAG*/))
    ?? pick(saved) ?? pick((navigator.language || '').slice(0, 2));
  if (lang) document.documentElement.lang = lang;
})();
