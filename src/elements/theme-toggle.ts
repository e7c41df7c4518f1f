/**
 * Switches between light and dark and remembers the choice. The initial theme is already set
 * by the inline head script (no flash); this element only reflects and changes it.
 * Until the reader chooses, the page keeps following the system, also when the system
 * switches while the page is open; a choice made in another tab applies here too.
 */
type Theme = 'light' | 'dark';
const STORAGE_KEY = 'theme';

export class ThemeToggle extends HTMLElement {
  #button: HTMLButtonElement | null = null;
  #system = window.matchMedia('(prefers-color-scheme: dark)');
  #onSystem = (): void => {
    if (storedTheme() === null) this.#apply(this.#system.matches ? 'dark' : 'light');
  };
  #onStorage = (event: StorageEvent): void => {
    if (event.key !== STORAGE_KEY) return;
    const stored = storedTheme();
    this.#apply(stored ?? (this.#system.matches ? 'dark' : 'light'));
  };

  connectedCallback(): void {
    this.#button = this.querySelector('button');
    if (!this.#button) return;
    this.#button.hidden = false;
    this.#render();
    this.#button.addEventListener('click', () => {
      const next: Theme = document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark';
      try {
        localStorage.setItem(STORAGE_KEY, next);
      } catch {
        // Private modes may refuse storage; the switch still applies to this page.
      }
      this.#apply(next);
    });
    this.#system.addEventListener('change', this.#onSystem);
    window.addEventListener('storage', this.#onStorage);
  }

  disconnectedCallback(): void {
    this.#system.removeEventListener('change', this.#onSystem);
    window.removeEventListener('storage', this.#onStorage);
  }

  #apply(theme: Theme): void {
    if (document.documentElement.dataset.theme === theme) return;
    document.documentElement.dataset.theme = theme;
    this.#render();
    document.dispatchEvent(new CustomEvent('themechange', { detail: theme }));
  }

  #render(): void {
    this.#button?.setAttribute('aria-pressed', String(document.documentElement.dataset.theme === 'dark'));
  }
}

function storedTheme(): Theme | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null;
  }
}
