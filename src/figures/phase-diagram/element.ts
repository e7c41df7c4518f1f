import { defaultParams, getActivation } from '../../lib/activations/functions';
import { momentTable, type MomentTable } from '../../lib/signal/moment-table';
import type { PhaseDiagram as Grid } from '../../lib/signal/phase-diagram';
import { FigureElement, type FigureState } from '../kit/figure-element';
import type { StateSchema } from '../kit/url-state';
import type { SignalDepthTarget } from '../signal-depth/element';
import { phaseDiagramSchema, type PhaseDiagramConfig } from './config';
import { CURSOR_B2, CURSOR_W2 } from './controls';
import { phaseDiagramModel, phaseGrid, type PhaseDiagramView } from './model';

/** Arrow-key steps: fine by default, ten times coarser with Shift. */
const KEY_STEP = { w2: 0.05, b2: 0.01 } as const;

/**
 * Live half of PhaseDiagram.astro. The grid is computed once per activation (moments table and
 * 64 × 64 cells); moving the cursor only reads the mean field at one point. A click, or the arrow
 * keys on the focused plot, move the cursor and set the SignalDepth figure named by `for`.
 */
export class PhaseDiagram extends FigureElement<PhaseDiagramConfig, PhaseDiagramView> {
  #grids = new Map<string, { moments: MomentTable; grid: Grid }>();

  protected stateSchema(config: PhaseDiagramConfig): StateSchema {
    return phaseDiagramSchema(config);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.config) return;
    const plot = this.querySelector<HTMLElement>('.figure__plot');
    const svg = plot?.querySelector('svg');
    if (!plot || !svg) return;
    plot.tabIndex = 0;
    // Arrow keys move a 2-D cursor, which no standard widget role describes: the label says how.
    plot.setAttribute('role', 'application');
    svg.addEventListener('click', (event) => {
      // The build's drawing may still be on screen: draw live first, for the frame to invert.
      if (!this.currentView()) return;
      const box = svg.getBoundingClientRect();
      const { sigmaW2, sigmaB2 } = this.#invert(event.clientX - box.left, event.clientY - box.top, box.width, box.height);
      this.#moveTo(sigmaW2, sigmaB2);
    });
    plot.addEventListener('keydown', (event) => {
      const scale = event.shiftKey ? 10 : 1;
      const move: Record<string, [number, number]> = {
        ArrowLeft: [-KEY_STEP.w2 * scale, 0],
        ArrowRight: [KEY_STEP.w2 * scale, 0],
        ArrowDown: [0, -KEY_STEP.b2 * scale],
        ArrowUp: [0, KEY_STEP.b2 * scale],
      };
      const delta = move[event.key];
      if (!delta) return;
      event.preventDefault();
      this.#moveTo(Number(this.state.w2) + delta[0], Number(this.state.b2) + delta[1]);
    });
  }

  protected view(state: Readonly<FigureState>, width: number, height: number): PhaseDiagramView {
    const activation = String(state.act);
    const { moments, grid } = this.#gridOf(activation);
    return phaseDiagramModel({ activation, moments, grid, sigmaW2: Number(state.w2), sigmaB2: Number(state.b2), width, height });
  }

  protected override afterDraw(view: PhaseDiagramView): void {
    this.querySelectorAll<HTMLElement>('[data-band]').forEach(
      (item) => (item.hidden = !view.bandsShown.includes(Number(item.dataset.band))),
    );
    const plot = this.querySelector('.figure__plot');
    plot?.setAttribute('aria-label', `Phase diagram cursor. ${view.readout[0] ?? ''}. Arrow keys move it.`);
  }

  /** The σ_w², σ_b² under a point of the plot, from the same frame the scene was drawn with. */
  #invert(x: number, y: number, width: number, height: number): { sigmaW2: number; sigmaB2: number } {
    const view = this.lastView!;
    const inner = view.plotBox;
    const fx = Math.min(1, Math.max(0, (x * (view.scene.width / width) - inner.left) / inner.width));
    const fy = Math.min(1, Math.max(0, (inner.bottom - y * (view.scene.height / height)) / inner.height));
    return {
      sigmaW2: CURSOR_W2.min + fx * (CURSOR_W2.max - CURSOR_W2.min),
      sigmaB2: CURSOR_B2.min + fy * (CURSOR_B2.max - CURSOR_B2.min),
    };
  }

  #moveTo(sigmaW2: number, sigmaB2: number): void {
    const grid = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(v * 100) / 100));
    const w2 = grid(sigmaW2, CURSOR_W2.min, CURSOR_W2.max);
    const b2 = grid(sigmaB2, CURSOR_B2.min, CURSOR_B2.max);
    this.update({ w2, b2 });
    this.#drive(w2, b2);
  }

  /** Sets the SignalDepth figure named by `for` (once its element is defined). */
  #drive(sigmaW2: number, sigmaB2: number): void {
    if (!this.config.for) return;
    const target = document.querySelector(`#${CSS.escape(this.config.for)} signal-depth`);
    if (!target) return;
    const activation = String(this.state.act);
    void customElements.whenDefined('signal-depth').then(() => {
      (target as unknown as SignalDepthTarget).setInitialisation(sigmaW2, sigmaB2, activation);
    });
    target.dispatchEvent(new PointerEvent('pointerdown')); // wakes a target not yet defined (define-when-near listens)
  }

  #gridOf(activation: string): { moments: MomentTable; grid: Grid } {
    let entry = this.#grids.get(activation);
    if (!entry) {
      const a = getActivation(activation);
      const moments = momentTable(a, defaultParams(a));
      entry = { moments, grid: phaseGrid(moments) };
      this.#grids.set(activation, entry);
    }
    return entry;
  }
}
