import { defaultParams, getActivation } from '../../lib/activations/functions';
import { seedSpread, type MeasuredSignal, type SeedSpread } from '../../lib/signal/measured';
import { momentTable, type MomentTable } from '../../lib/signal/moment-table';
import { FigureElement, type FigureState } from '../kit/figure-element';
import type { StateSchema } from '../kit/url-state';
import { signalDepthSchema, type SignalDepthConfig, type SignalDepthStart } from './config';
import { DEPTH_CONTROL, SIGMA_B2_CONTROL, SIGMA_W2_CONTROL, type WidthChoice } from './controls';
import { measureKey, measureOne, NETWORKS } from './measure';
import type { MeasureRequest } from './measure-worker';
import { signalDepthModel, type SignalDepthView } from './model';

/** How long the controls must rest before networks are measured (a drag measures once, at its end). */
const SETTLE_MS = 120;

/** What a PhaseDiagram (or any script) may set on a SignalDepth figure. */
export interface SignalDepthTarget {
  setInitialisation(sigmaW2: number, sigmaB2: number, activation?: string): void;
}

/**
 * Live half of SignalDepth.astro. The theory line answers every slider at once; the measured
 * networks (up to 4 × 512² × 50 weights: seconds) are made in a worker after the controls rest,
 * so the page keeps answering, and drawn only when all four belong to the current state.
 */
export class SignalDepth extends FigureElement<SignalDepthConfig, SignalDepthView> implements SignalDepthTarget {
  #tables = new Map<string, MomentTable>();
  #measured: { key: string; spread: SeedSpread } | null = null;
  #pending = '';
  #timer = 0;
  #worker: Worker | null = null;

  protected stateSchema(config: SignalDepthConfig): StateSchema {
    if (config.measured) this.#measured = { key: measureKey(config), spread: config.measured };
    return signalDepthSchema(config);
  }

  protected view(state: Readonly<FigureState>, width: number, height: number): SignalDepthView {
    const start = startOf(state);
    const key = measureKey(start);
    const measured = this.#measured?.key === key ? this.#measured.spread : null;
    // `data-measured` names the networks the readout shows: set as they are drawn, not when the
    // worker delivers them (a frame earlier), so whoever waits for it reads their numbers.
    if (measured) this.dataset.measured = key;
    else this.#scheduleMeasure(start, key);
    return signalDepthModel({ state: start, moments: this.#moments(start.activation), measured, width, height });
  }

  /** Sets σ_w², σ_b² (rounded to the sliders' 0.01 grid) and, if given, the activation. */
  setInitialisation(sigmaW2: number, sigmaB2: number, activation?: string): void {
    const grid = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(v * 100) / 100));
    this.update({
      w2: grid(sigmaW2, SIGMA_W2_CONTROL.min, SIGMA_W2_CONTROL.max),
      b2: grid(sigmaB2, SIGMA_B2_CONTROL.min, SIGMA_B2_CONTROL.max),
      ...(activation ? { act: activation } : {}),
    });
  }

  protected override describeInputs(): void {
    if (!this.config) return;
    this.describeRanges([SIGMA_W2_CONTROL, SIGMA_B2_CONTROL, DEPTH_CONTROL]);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
    this.#worker?.terminate();
    this.#worker = null;
    this.#pending = '';
  }

  #moments(activation: string): MomentTable {
    let table = this.#tables.get(activation);
    if (!table) {
      const a = getActivation(activation);
      table = momentTable(a, defaultParams(a));
      this.#tables.set(activation, table);
    }
    return table;
  }

  #scheduleMeasure(start: SignalDepthStart, key: string): void {
    if (this.#pending === key) return;
    this.#pending = key;
    clearTimeout(this.#timer);
    delete this.dataset.measured;
    this.#timer = window.setTimeout(() => this.#measure(start, key), SETTLE_MS);
  }

  /** Runs the NETWORKS networks in a worker (a fresh one: ending the old one cancels a stale state). */
  #measure(start: SignalDepthStart, key: string): void {
    this.#worker?.terminate();
    const runs: MeasuredSignal[] = [];
    const done = (): void => {
      this.#measured = { key, spread: seedSpread(runs) };
      this.#pending = '';
      this.requestRender();
    };
    if (!('Worker' in window)) {
      for (let i = 0; i < NETWORKS; i++) runs.push(measureOne(start, i));
      return done();
    }
    const worker = new Worker(new URL('./measure-worker.ts', import.meta.url), { type: 'module' });
    this.#worker = worker;
    worker.onmessage = (event: MessageEvent<{ key: string; index: number; run: MeasuredSignal }>) => {
      if (event.data.key !== this.#pending) return;
      runs[event.data.index] = event.data.run;
      if (runs.filter(Boolean).length === NETWORKS) {
        worker.terminate();
        if (this.#worker === worker) this.#worker = null;
        done();
      }
    };
    for (let index = 0; index < NETWORKS; index++) worker.postMessage({ key, state: start, index } satisfies MeasureRequest);
  }
}

function startOf(state: Readonly<FigureState>): SignalDepthStart {
  return {
    sigmaW2: Number(state.w2),
    sigmaB2: Number(state.b2),
    depth: Number(state.depth),
    width: state.width as WidthChoice,
    activation: String(state.act),
    seed: Number(state.seed),
  };
}
