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
  // after the browser reports that paint, so nothing of it competes with the paint (a frame
  // callback alone sometimes ran before the first paint: Lighthouse's FCP then counted the
  // module's fetch and start). A hidden page never paints, and a frame kept off screen may
  // not for a long time: those start at once or after a second.
  await new Promise((painted) => {
    const later = () => setTimeout(painted, 0);
    if (document.visibilityState === 'hidden' || performance.getEntriesByName('first-contentful-paint').length > 0) {
      painted();
    } else if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
      new PerformanceObserver((list, observer) => {
        if (list.getEntriesByName('first-contentful-paint').length === 0) return;
        observer.disconnect();
        later();
      }).observe({ type: 'paint', buffered: true });
      setTimeout(painted, 1000);
    } else {
      requestAnimationFrame(later);
    }
  });
  /*FIRST_VIEW*/
} else {
  /*WHOLE_TOOL*/
}
