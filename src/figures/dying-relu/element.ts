import { getActivation } from '../../lib/activations/functions';
import { createDyingReluTrainer, DYING_RELU_STEPS_PER_FRAME, type DyingReluTrainer } from '../../lib/experiments/dying-relu';
import { dyingReluModel, type DyingReluResult } from './model';
import { snapshotOf, type RunPair, type RunSnapshot } from './snapshot';
import { initialPlayback, nextPlayback, playLabel, statusText, type Playback, type PlaybackEvent } from './playback';
import type { StateSchema } from '../kit/url-state';
import { dyingReluSchema, learningRateFromLog, runsFor, type DyingReluConfig } from './config';
import { ALPHA_CONTROLS, BIAS_CONTROL, LEARNING_RATE_CONTROL, LOG_LR_STEP } from './controls';
import { FigureElement, type FigureState } from '../kit/figure-element';

type Pair<T> = readonly [T, T];

/** Steps per trainer per frame when skipping to the end: fast, but no frame longer than ~50 ms. */
const SKIP_CHUNK = 400;

/**
 * Live half of DyingRelu.astro: two trainers (ReLU and the variant, same seed and settings),
 * trained in requestAnimationFrame at a fixed DYING_RELU_STEPS_PER_FRAME steps per frame. When
 * to show, play, step or restart is decided by the pure reducer in playback.ts; this element
 * carries it out. Settings live in the URL hash; how far training has got does not.
 *
 * `data-steps` counts every training step taken on this page, for benchmarks; each frame of
 * playback is also a `dying-relu-frame` performance measure (training plus drawing).
 */
export class DyingRelu extends FigureElement<DyingReluConfig, DyingReluResult> {
  protected override readonly readoutSeparator = ' ';
  #final: Pair<RunSnapshot> | null = null;
  #trainers: Pair<DyingReluTrainer> | null = null;
  #pair: RunPair | null = null;
  #runs: Pair<RunSnapshot> | null = null;
  #settingsKey = '';
  #playback: Playback = initialPlayback(false);
  #raf = 0;
  #observer: IntersectionObserver | null = null;
  #stepsTaken = 0;

  protected stateSchema(config: DyingReluConfig): StateSchema {
    return dyingReluSchema(config);
  }

  override connectedCallback(): void {
    try {
      this.#final = parseFinal(this.dataset.final);
    } catch {
      this.#final = null;
    }
    const reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    this.#playback = initialPlayback(reducedMotion);
    super.connectedCallback();
    if (!this.config) return;
    this.toggleAttribute('data-reduced-motion', reducedMotion);
    const on = (action: string, event: PlaybackEvent) =>
      this.querySelector(`[data-action="${action}"]`)?.addEventListener('click', () => {
        this.#dispatch(event);
        // Skipping draws once it is done; everything else shows its effect now.
        if (event.type !== 'skip') this.renderNow();
      });
    on('play', { type: 'play' });
    on('step', { type: 'step' });
    on('reset', { type: 'reset' });
    on('end', { type: 'skip' });
    const lr = this.#lrInput();
    const fromSlider = () => {
      const log = Number(lr?.value);
      if (Number.isFinite(log)) this.update({ lr: learningRateFromLog(log) });
    };
    lr?.addEventListener('input', fromSlider);
    lr?.addEventListener('change', fromSlider);
    if ('IntersectionObserver' in window) {
      this.#observer = new IntersectionObserver(
        (entries) => {
          if (!entries.some((e) => e.isIntersecting)) return;
          this.#observer?.disconnect();
          const before = this.#playback;
          this.#dispatch({ type: 'seen' });
          if (this.#playback !== before) this.renderNow();
        },
        { threshold: 0.35 },
      );
      this.#observer.observe(this.querySelector('.figure__plot') ?? this);
    }
    this.#syncControls();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    this.#cancelFrame();
  }

  /** Adopts the build's runs (or notes the hash's settings) without drawing. */
  protected override wake(): void {
    this.#applySettings();
  }

  /** Brings the trainers in line with the settings first (a change restarts them), then draws. */
  protected override render(width: number, height: number): void {
    if (!this.config) return;
    this.#applySettings();
    if (!this.#runs) return;
    super.render(width, height);
    this.#syncControls();
  }

  protected view(_state: Readonly<FigureState>, width: number, height: number): DyingReluResult {
    return dyingReluModel({ runs: this.#runs!, budget: this.config.steps, width, height, idPrefix: this.config.id });
  }

  /** New settings in the state: the first ones may be the build's (shown as built), later ones restart training. */
  #applySettings(): void {
    const { settings, pair } = runsFor(this.config, this.state);
    const key = JSON.stringify([settings, pair]);
    if (key === this.#settingsKey) return;
    const firstLoad = this.#settingsKey === '';
    this.#settingsKey = key;
    if (!firstLoad) {
      this.#dispatch({ type: 'settings' });
      return;
    }
    const build = runsFor(this.config, {});
    const isBuild = this.#final !== null && key === JSON.stringify([build.settings, build.pair]);
    this.#dispatch({ type: 'load', build: isBuild });
    if (isBuild) {
      this.#trainers = null;
      this.#pair = build.pair;
      this.#runs = this.#final;
    }
  }

  /** Applies a playback event: the reducer decides, this carries out its effects. */
  #dispatch(event: PlaybackEvent): void {
    const before = this.#playback.mode;
    const { playback, restart, advance } = nextPlayback(this.#playback, event, this.#finished(), DYING_RELU_STEPS_PER_FRAME);
    this.#playback = playback;
    if (restart) this.#restartTrainers();
    if (advance > 0) this.#advance(advance);
    if (playback.mode !== before || restart) {
      this.#cancelFrame();
      if (playback.mode === 'playing') {
        performance.clearMeasures?.('dying-relu-frame'); // one run's frames at a time, not a growing list
        this.#raf = requestAnimationFrame(this.#tick);
      } else if (playback.mode === 'skipping') {
        this.#raf = requestAnimationFrame(this.#skipChunk);
      }
    }
    this.#syncControls();
  }

  /** Fresh trainers for the current settings, at step 0. */
  #restartTrainers(): void {
    const { settings, pair } = runsFor(this.config, this.state);
    this.#pair = pair;
    this.#trainers = [
      createDyingReluTrainer({ ...settings, activation: 'relu' }),
      createDyingReluTrainer({ ...settings, activation: pair.variant, alpha: pair.alpha }),
    ];
    this.#snapshot();
  }

  #snapshot(): void {
    const [relu, variant] = this.#trainers!;
    const pair = this.#pair!;
    this.#runs = [snapshotOf(relu.state(), 'relu', undefined), snapshotOf(variant.state(), pair.variant, pair.alpha)];
  }

  #finished(): boolean {
    return !this.#runs || this.#runs.every((r) => r.diverged || r.step >= this.config.steps);
  }

  /** Up to `n` steps for each run that has not finished; returns the steps taken. */
  #advance(n: number): number {
    if (!this.#trainers || !this.#runs) return 0;
    let taken = 0;
    this.#trainers.forEach((trainer, i) => {
      const run = this.#runs![i]!;
      if (run.diverged || run.step >= this.config.steps) return;
      taken += trainer.step(Math.min(n, this.config.steps - run.step));
    });
    this.#stepsTaken += taken;
    this.dataset.steps = String(this.#stepsTaken);
    this.#snapshot();
    return taken;
  }

  #tick = (): void => {
    this.#raf = 0;
    if (this.#playback.mode !== 'playing') return;
    const start = performance.now();
    this.#advance(DYING_RELU_STEPS_PER_FRAME);
    this.renderNow();
    performance.measure?.('dying-relu-frame', { start });
    if (this.#finished()) this.#dispatch({ type: 'done' });
    else this.#raf = requestAnimationFrame(this.#tick);
  };

  /** Trains to the end in chunks across frames (no animation, no long task), then draws once. */
  #skipChunk = (): void => {
    this.#raf = 0;
    if (this.#playback.mode !== 'skipping') return;
    if (this.#advance(SKIP_CHUNK) > 0 && !this.#finished()) {
      this.#raf = requestAnimationFrame(this.#skipChunk);
      return;
    }
    this.#dispatch({ type: 'done' });
    this.renderNow();
  };

  #cancelFrame(): void {
    if (this.#raf) cancelAnimationFrame(this.#raf);
    this.#raf = 0;
  }

  #lrInput(): HTMLInputElement | null {
    return this.querySelector<HTMLInputElement>('input[data-role="lr"]');
  }

  /** Button label, the status line and the legend, from where training stands. */
  #syncControls(): void {
    if (!this.config || !this.#runs) return;
    const step = Math.max(...this.#runs.map((r) => r.step));
    const finished = this.#finished();
    const play = this.querySelector<HTMLButtonElement>('[data-action="play"]');
    if (play) play.textContent = playLabel(this.#playback.mode, finished);
    const status = this.querySelector('[data-role="status"]');
    const text = statusText(this.#playback.mode, step, this.config.steps, finished);
    if (status && status.textContent !== text) status.textContent = text;
    const legend = this.querySelector('[data-role="variant-legend"]');
    const name = `${getActivation(this.#pair?.variant ?? this.config.activation).name} fit`;
    if (legend && legend.textContent !== name) {
      legend.textContent = name;
    }
  }

  protected override describeInputs(): void {
    if (!this.config) return;
    const act = String(this.state.act);
    this.querySelectorAll<HTMLElement>('[data-activation]').forEach((row) => {
      row.hidden = row.dataset.activation !== act;
    });
    const lr = Number(this.state.lr);
    const lrInput = this.#lrInput();
    if (lrInput && Math.abs(Number(lrInput.value) - Math.log10(lr)) > LOG_LR_STEP / 2) lrInput.value = String(Math.log10(lr));
    this.showValue('lr', LEARNING_RATE_CONTROL.display(lr), LEARNING_RATE_CONTROL.valueText(lr), lrInput);
    this.describeRanges([BIAS_CONTROL, ALPHA_CONTROLS['leaky-relu'], ALPHA_CONTROLS.elu]);
  }
}

/** The build's final snapshots, if `data-final` holds two that look like snapshots. */
function parseFinal(text: string | undefined): Pair<RunSnapshot> | null {
  const value: unknown = JSON.parse(text ?? '');
  if (!Array.isArray(value) || value.length !== 2) return null;
  const ok = value.every(
    (r) =>
      r &&
      typeof r === 'object' &&
      Array.isArray(r.predictions) &&
      Array.isArray(r.losses) &&
      Array.isArray(r.dead) &&
      Number.isFinite(r.step) &&
      Number.isFinite(r.loss),
  );
  return ok ? (value as unknown as Pair<RunSnapshot>) : null;
}
