// Runs as soon as it arrives, while the app's scripts still load (a classic async script, not bundled):
// a page's first formatted date loads the runtime's locale data (12–17 ms measured in Chromium), and the
// first screen formats dates (when each fact was checked, when a step was done). Done here, that wait
// overlaps the download instead of following it. Only a warm-up: the app makes its own formatters.
(() => {
  const start = window.sayonara && window.sayonara.start;
  const locale = start && typeof start.locale === 'string' ? start.locale : undefined;
  try {
    new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
    }).format(0);
  } catch {
    // A language the runtime does not know: the app formats in its own fallback.
  }
})();
