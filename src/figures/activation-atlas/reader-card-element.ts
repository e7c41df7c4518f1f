/**
 * Live half of ReaderCard.astro: redraws the card for every formula the Lab publishes. The Lab
 * publishes only formulas that compile, so there is no error to show here; the Lab shows it.
 * Everything the reader typed reaches the page as textContent or an attribute value only.
 */
import { followLabFormula } from '../kit/lab-formula-channel';
import { renderScene } from '../kit/render-scene';
import { compileLabFormula } from '../formula-lab/config';
import { readerCard, type ReaderCardOptions } from './reader-card';

export class AtlasReaderCard extends HTMLElement {
  connectedCallback(): void {
    const options = JSON.parse(this.dataset.config ?? '{}') as ReaderCardOptions;
    followLabFormula(({ formula, declarations }) => {
      const compiled = compileLabFormula(formula, declarations);
      if (compiled.ok) this.#show(readerCard(compiled.value, options));
    });
    // Live from here on: what the figure tests wait for, as for every figure element.
    this.dataset.live = '';
  }

  #show({ card, formulaLine, propertyLines, href }: ReturnType<typeof readerCard>): void {
    const svg = this.querySelector<SVGSVGElement>('svg.atlas__plot');
    if (svg) {
      renderScene(svg, card.scene);
      svg.setAttribute('aria-label', card.description);
    }
    const formula = this.querySelector('[data-role="formula"]');
    if (formula) formula.textContent = formulaLine;
    this.querySelector('[data-role="properties"]')?.replaceChildren(
      ...propertyLines.map((line) => Object.assign(document.createElement('li'), { textContent: line })),
    );
    this.querySelector('a.atlas__open')?.setAttribute('href', href);
  }
}
