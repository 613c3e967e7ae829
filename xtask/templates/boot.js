// The page's loader (written by `xtask` from this template and src/page.rs). A first-time
// visitor gets the small first view; a shared link, a workshop or report address, or saved work
// starts the whole tool directly, since the first view would only hand over at once.
const NOT_FIRST_VISIT = /*NOT_FIRST_VISIT*/;
const WHOLE_TOOL_FLAGS = /*WHOLE_TOOL_FLAGS*/;
const FLAG_ON = /*FLAG_ON*/;

function firstVisit() {
  if (location.hash.length > 1) return false;
  const query = new URLSearchParams(location.search);
  if (WHOLE_TOOL_FLAGS.some((flag) => FLAG_ON.includes(query.get(flag)))) return false;
  try {
    return NOT_FIRST_VISIT.every((key) => localStorage.getItem(key) === null);
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
  const firstView = await import(/*FIRST_VIEW_GLUE*/);
  await firstView.default({ module_or_path: /*FIRST_VIEW_WASM*/ });
} else {
  const style = document.createElement('link');
  style.id = /*TOOL_STYLESHEET_ID*/;
  style.rel = 'stylesheet';
  style.href = /*TOOL_CSS*/;
  document.head.append(style);
  const tool = await import(/*WHOLE_TOOL_GLUE*/);
  await tool.default({ module_or_path: /*WHOLE_TOOL_WASM*/ });
}
