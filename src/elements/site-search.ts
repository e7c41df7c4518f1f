/**
 * <site-search>: the search page's form, brought to life. The index is Pagefind's, written at
 * build time into `pagefind/` under the base path; its JS API is loaded from there on first use
 * (`data-pagefind` holds its URL), so pages that never search never download it.
 *
 * The query lives in `?q=`, so a search can be linked, reloaded and walked through with Back.
 * Results are built as DOM nodes: Pagefind's excerpts are HTML with <mark> around the hits, and
 * only text and those marks are copied from them.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
}

/** How many results are shown; the rest are counted. */
export const MAX_RESULTS = 10;
const DEBOUNCE_MS = 200;

export class SiteSearch extends HTMLElement {
  #pagefind: Promise<PagefindApi> | null = null;
  #input: HTMLInputElement | null = null;
  #status: HTMLElement | null = null;
  #list: HTMLOListElement | null = null;
  #timer = 0;
  /** Each search gets a number; only the latest one may write results. */
  #generation = 0;

  connectedCallback(): void {
    const form = this.querySelector('form');
    this.#input = this.querySelector('input[type="search"]');
    this.#status = this.querySelector('[data-role="status"]');
    this.#list = this.querySelector('ol[data-role="results"]');
    if (!form || !this.#input || !this.#status || !this.#list) return;
    for (const note of this.querySelectorAll<HTMLElement>('[data-role="nojs"]')) note.hidden = true;
    this.querySelector('fieldset')?.removeAttribute('disabled');

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      window.clearTimeout(this.#timer);
      void this.#run(this.#input!.value, 'push');
    });
    this.#input.addEventListener('input', () => {
      window.clearTimeout(this.#timer);
      this.#timer = window.setTimeout(() => void this.#run(this.#input!.value, 'replace'), DEBOUNCE_MS);
    });
    window.addEventListener('popstate', () => this.#fromUrl());
    this.#fromUrl();
  }

  #fromUrl(): void {
    const query = new URLSearchParams(window.location.search).get('q') ?? '';
    this.#input!.value = query;
    void this.#run(query, 'none');
  }

  #api(): Promise<PagefindApi> {
    this.#pagefind ??= (async () => {
      const url = this.dataset.pagefind;
      if (!url) throw new Error('site-search needs data-pagefind');
      const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
      await api.options({ excerptLength: 24 });
      await api.init();
      return api;
    })();
    return this.#pagefind;
  }

  async #run(raw: string, history: 'push' | 'replace' | 'none'): Promise<void> {
    const query = raw.trim();
    const generation = ++this.#generation;
    if (history !== 'none') this.#writeUrl(query, history);
    if (query === '') {
      this.#show('', []);
      return;
    }
    this.#status!.textContent = 'Searching…';
    try {
      const api = await this.#api();
      const search = await api.search(query);
      const results = search?.results ?? [];
      const data = await Promise.all(results.slice(0, MAX_RESULTS).map((r) => r.data()));
      if (generation !== this.#generation) return;
      const count = results.length;
      const summary =
        count === 0
          ? `No posts match “${query}”.`
          : `${count} ${count === 1 ? 'post matches' : 'posts match'} “${query}”${count > MAX_RESULTS ? `; the first ${MAX_RESULTS} are shown` : ''}.`;
      this.#show(summary, data);
    } catch {
      if (generation !== this.#generation) return;
      this.#pagefind = null;
      this.#show('Search could not load. Browse the posts or the tags instead.', []);
    }
  }

  #writeUrl(query: string, mode: 'push' | 'replace'): void {
    const url = new URL(window.location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    if (url.href === window.location.href) return;
    window.history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
  }

  #show(summary: string, results: readonly PagefindResultData[]): void {
    this.#status!.textContent = summary;
    this.#list!.replaceChildren(...results.map(resultItem));
    this.#list!.hidden = results.length === 0;
  }
}

function resultItem(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.className = 'search-results__title';
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  const excerpt = document.createElement('p');
  excerpt.className = 'search-results__excerpt';
  excerpt.append(...markedText(result.excerpt));
  item.append(link, excerpt);
  return item;
}

/** Text and <mark> elements of an HTML snippet; everything else is dropped (no markup injection). */
export function markedText(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  const out: Node[] = [];
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) out.push(document.createTextNode(child.textContent ?? ''));
      else if (child instanceof Element && child.localName === 'mark') {
        const mark = document.createElement('mark');
        mark.textContent = child.textContent;
        out.push(mark);
      } else walk(child);
    }
  };
  walk(template.content);
  return out;
}
