/**
 * Live half of ReaderCard.astro: a figure whose state is a formula and its declarations (hash
 * keys `f` and `p`, as the Lab writes them), following the Lab on its page. The Lab publishes
 * only formulas that compile; a link whose formula does not compile keeps the card's last
 * (at first, the built) drawing. Everything the reader typed reaches the page as textContent
 * or an attribute value only.
 */
import { FigureElement, type FigureState } from '../kit/figure-element';
import type { FigureView } from '../kit/figure-view';
import type { Scene } from '../kit/scene';
import { renderScene } from '../kit/render-scene';
import type { StateSchema } from '../kit/url-state';
import { followLabFormula } from '../kit/lab-formula-channel';
import { compileLabFormula, HASH_TEXT_LIMIT, LAB_DEFAULT_FORMULA } from '../formula-lab/config';
import { readerCard, type ReaderCard, type ReaderCardOptions } from './reader-card';

type ReaderCardConfig = ReaderCardOptions & { readonly id: string };

export class AtlasReaderCard extends FigureElement<ReaderCardConfig, FigureView & { readonly card: ReaderCard }> {
  #last: ReaderCard | null = null;

  protected stateSchema(): StateSchema {
    return {
      f: { kind: 'text', maxLength: HASH_TEXT_LIMIT, default: LAB_DEFAULT_FORMULA.formula },
      p: { kind: 'text', maxLength: HASH_TEXT_LIMIT, default: LAB_DEFAULT_FORMULA.declarations },
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.config) followLabFormula(({ formula, declarations }) => this.update({ f: formula, p: declarations }));
  }

  protected view(state: Readonly<FigureState>): FigureView & { readonly card: ReaderCard } {
    const compiled = compileLabFormula(String(state.f), String(state.p));
    if (compiled.ok || !this.#last) {
      const fallback = compileLabFormula(LAB_DEFAULT_FORMULA.formula, LAB_DEFAULT_FORMULA.declarations);
      this.#last = readerCard(compiled.ok ? compiled.value : (fallback as Extract<typeof fallback, { ok: true }>).value, this.config);
    }
    const card = this.#last;
    return {
      card,
      scene: card.card.scene,
      readout: [],
      data: { caption: card.formulaLine, columns: ['property'], rows: card.propertyLines.map((line) => [line]) },
    };
  }

  /** The card keeps the atlas's fixed viewBox size; CSS scales it. */
  protected override drawScene(svg: SVGSVGElement, scene: Scene): void {
    renderScene(svg, scene);
  }

  protected override afterDraw({ card }: FigureView & { readonly card: ReaderCard }): void {
    this.querySelector('svg.atlas__plot')?.setAttribute('aria-label', card.card.description);
    const formula = this.querySelector('[data-role="formula"]');
    if (formula) formula.textContent = card.formulaLine;
    this.querySelector('[data-role="properties"]')?.replaceChildren(
      ...card.propertyLines.map((line) => Object.assign(document.createElement('li'), { textContent: line })),
    );
    this.querySelector('a.atlas__open')?.setAttribute('href', card.href);
  }
}
