/**
 * Switches between light and dark and remembers the choice. The initial theme is already set
 * by the inline head script (no flash); this element only reflects and changes it.
 */
export class ThemeToggle extends HTMLElement {
  #button: HTMLButtonElement | null = null;

  connectedCallback(): void {
    this.#button = this.querySelector('button');
    if (!this.#button) return;
    this.#button.hidden = false;
    this.#render();
    this.#button.addEventListener('click', () => {
      const next = document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark';
      document.documentElement.dataset.theme = next;
      try {
        localStorage.setItem('theme', next);
      } catch {
        // Private modes may refuse storage; the switch still applies to this page.
      }
      this.#render();
      document.dispatchEvent(new CustomEvent('themechange', { detail: next }));
    });
  }

  #render(): void {
    this.#button?.setAttribute('aria-pressed', String(document.documentElement.dataset.theme === 'dark'));
  }
}
