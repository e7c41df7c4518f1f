// Runs in <head> before first paint, so a reader who chose dark never sees a flash of light.
// Kept as a file (not an inline string) so the build can hash it for the Content-Security-Policy.
(function () {
  var stored = null;
  try {
    stored = localStorage.getItem('theme');
  } catch (e) {
    /* storage may be blocked */
  }
  var theme = stored === 'light' || stored === 'dark' ? stored : matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  document.documentElement.dataset.theme = theme;
})();
