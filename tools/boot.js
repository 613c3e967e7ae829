// The page's loader (tools/full_module.py fills in the two loaders and writes it next to
// index.html). A first-time visitor gets the small first view; a shared link, a workshop or
// report address, or saved work starts the whole tool directly, since the first view would
// only hand over at once. What counts as saved work: persist::FIRST_VISIT_KEYS (a test keeps
// this list equal to it); the flags: ui::state::Mode::requested.
const FIRST_VISIT_KEYS = ['ssp-advisor.scenario.v1', 'ssp-advisor.catalogue.v1', 'ssp-advisor.custom-products.v1', 'ssp-advisor.sessions.v1'];

function firstVisit() {
  if (location.hash.length > 1) return false;
  const query = new URLSearchParams(location.search);
  if (['present', 'report'].some((flag) => ['1', 'true'].includes(query.get(flag)))) return false;
  try {
    return FIRST_VISIT_KEYS.every((key) => localStorage.getItem(key) === null);
  } catch {
    // No storage (a sandboxed frame): nothing can have been saved.
    return true;
  }
}

if (firstVisit()) {
  // The prerendered view paints first; the first view's module is fetched and started only
  // after that paint, so nothing of it competes with the paint.
  await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));
  /*FIRST_VIEW*/
} else {
  /*WHOLE_TOOL*/
}
