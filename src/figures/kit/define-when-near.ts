/**
 * Defines a figure's custom element once the page has loaded: at once when an instance is near
 * the viewport (or is touched first), otherwise when the browser is idle. Until then the reader
 * has the complete build-time figure, so nothing is missing; the page itself loads almost no
 * JavaScript before it is shown, and figure code never competes with first paint.
 */
const NEAR = '600px 0px';

export function defineWhenNear(tag: string, load: () => Promise<CustomElementConstructor>): void {
  if (customElements.get(tag)) return;
  whenNear(tag, () => {
    void load().then((element) => {
      if (!customElements.get(tag)) customElements.define(tag, element);
    });
  });
}

/**
 * Runs `wake` once, by the same rule, for the elements `selector` matches (nothing if none do):
 * for figures that are not custom elements (the atlas, the gain table) but still have code to load.
 */
export function whenNear(selector: string, wake: () => void): void {
  const instances = document.querySelectorAll(selector);
  if (instances.length === 0) return;
  let started = false;
  const start = (): void => {
    if (started) return;
    started = true;
    observer?.disconnect();
    wake();
  };
  const observer =
    'IntersectionObserver' in window
      ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && start(), { rootMargin: NEAR })
      : null;
  if (!observer) return start();
  for (const instance of instances) {
    observer.observe(instance);
    instance.addEventListener('pointerdown', start, { once: true });
  }
  // A link that carries a figure's state should show it live, wherever the figure is.
  if (location.hash.includes('=')) start();
  // Figures further down come to life when the browser has nothing better to do.
  const whenIdle = (): void => {
    if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 3000 });
    else setTimeout(start, 1500);
  };
  if (document.readyState === 'complete') whenIdle();
  else addEventListener('load', whenIdle, { once: true });
}
