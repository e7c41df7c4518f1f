import { getActivation } from '../../lib/activations/registry';
import { createDyingReluTrainer, type DyingReluTrainer } from '../../lib/experiments/dying-relu';
import { formatCount } from '../kit/axes-nodes';
import { formatNumber, formatNumberPlain } from '../kit/format';
import { dyingReluModel, snapshotOf, DYING_RELU_STEPS_PER_FRAME, type RunPair, type RunSettings, type RunSnapshot } from './model';
import type { StateSchema } from '../kit/url-state';
import { alphaKey, dyingReluSchema, learningRateFromLog, LOG_LR_STEP, runsFor, type DyingReluConfig } from './config';
import { FigureElement } from '../kit/figure-element';

type Pair<T> = readonly [T, T];

/** Steps per trainer per frame when skipping to the end: fast, but no frame longer than ~50 ms. */
const SKIP_CHUNK = 400;

/**
 * Live half of DyingRelu.astro: two trainers (ReLU and the variant, same seed and settings),
 * trained in requestAnimationFrame at a fixed DYING_RELU_STEPS_PER_FRAME steps per frame.
 *
 * What is shown when: on load, the build's final state (from `data-final`) while the settings
 * are the build's. The first time the figure scrolls into view it replays from step 0, unless the
 * reader prefers reduced motion; then it waits for Play or Step. Changing a setting restarts
 * training from step 0 (playing, unless reduced motion). Settings live in the URL hash; how far
 * training has got does not.
 *
 * `data-steps` counts every training step taken on this page, for benchmarks; each frame of
 * playback is also a `dying-relu-frame` performance measure (training plus drawing).
 */
export class DyingRelu extends FigureElement<DyingReluConfig> {
  #final: Pair<RunSnapshot> | null = null;
  #trainers: Pair<DyingReluTrainer> | null = null;
  #pair: RunPair | null = null;
  #runs: Pair<RunSnapshot> | null = null;
  #settingsKey = '';
  #playing = false;
  #skipping = false;
  #raf = 0;
  /** The reader has taken control (or the first-view replay has run): no more autoplay. */
  #engaged = false;
  #observer: IntersectionObserver | null = null;
  #stepsTaken = 0;
  #reducedMotion = false;

  protected stateSchema(config: DyingReluConfig): StateSchema {
    return dyingReluSchema(config);
  }

  override connectedCallback(): void {
    try {
      this.#final = parseFinal(this.dataset.final);
    } catch {
      this.#final = null;
    }
    this.#reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    super.connectedCallback();
    if (!this.config) return;
    this.toggleAttribute('data-reduced-motion', this.#reducedMotion);
    const on = (action: string, handler: () => void) => this.querySelector(`[data-action="${action}"]`)?.addEventListener('click', handler);
    on('play', () => this.#togglePlay());
    on('step', () => this.#stepOnce());
    on('reset', () => this.#reset());
    on('end', () => this.#skipToEnd());
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
          if (this.#engaged || this.#reducedMotion) return;
          this.#engaged = true;
          this.#restart(true);
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
    this.#pause();
  }

  protected render(width: number, height: number): void {
    const svg = this.querySelector('svg');
    if (!svg || !this.config) return;
    this.#applySettings();
    const runs = this.#runs;
    if (!runs) return;
    const result = dyingReluModel({ runs, budget: this.config.steps, width, height, idPrefix: this.config.id });
    this.drawScene(svg, result.scene, width, height);
    this.showData(result.data);
    this.printReadout(svg, result.readouts, ' ');
    this.#syncControls();
  }

  /**
   * Brings the trainers in line with the settings in the state. New settings mean new trainers at
   * step 0 (and, once the reader has engaged and motion is welcome, playing); the build's final
   * state stands in for trainers only while nothing has changed since load.
   */
  #applySettings(): void {
    const { settings, pair } = runsFor(this.config, this.state);
    const key = JSON.stringify([settings, pair]);
    if (key === this.#settingsKey) return;
    const firstLoad = this.#settingsKey === '';
    this.#settingsKey = key;
    this.#stopPlaying();
    const build = runsFor(this.config, {});
    if (firstLoad && this.#final && key === JSON.stringify([build.settings, build.pair])) {
      this.#trainers = null;
      this.#pair = build.pair;
      this.#runs = this.#final;
      return;
    }
    this.#createTrainers(settings, pair);
    if (!firstLoad) {
      this.#engaged = true;
      if (!this.#reducedMotion) this.#startPlaying();
    }
  }

  #createTrainers(settings: RunSettings, pair: RunPair): void {
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

  /** Fresh trainers for the current settings, at step 0. */
  #restartTrainers(): void {
    const { settings, pair } = runsFor(this.config, this.state);
    this.#createTrainers(settings, pair);
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

  #restart(play: boolean): void {
    this.#stopPlaying();
    this.#restartTrainers();
    if (play) this.#startPlaying();
    this.renderNow();
  }

  #togglePlay(): void {
    this.#engaged = true;
    if (this.#playing) {
      this.#pause();
      return;
    }
    if (this.#skipping) return;
    if (!this.#trainers || this.#finished()) this.#restartTrainers();
    this.#startPlaying();
    this.renderNow();
  }

  #stepOnce(): void {
    this.#engaged = true;
    if (this.#skipping) return;
    this.#stopPlaying();
    if (!this.#trainers || this.#finished()) this.#restartTrainers();
    this.#advance(DYING_RELU_STEPS_PER_FRAME);
    this.renderNow();
  }

  #reset(): void {
    this.#engaged = true;
    this.#skipping = false;
    this.#restart(false);
  }

  /** Trains to the end in chunks across frames (no animation, no long task), then draws once. */
  #skipToEnd(): void {
    this.#engaged = true;
    if (this.#skipping) return;
    this.#stopPlaying();
    if (!this.#trainers) this.#restartTrainers();
    this.#skipping = true;
    this.#syncControls();
    const chunk = (): void => {
      if (!this.#skipping) return;
      if (this.#advance(SKIP_CHUNK) > 0 && !this.#finished()) {
        this.#raf = requestAnimationFrame(chunk);
        return;
      }
      this.#raf = 0;
      this.#skipping = false;
      this.renderNow();
    };
    this.#raf = requestAnimationFrame(chunk);
  }

  #startPlaying(): void {
    if (this.#playing) return;
    this.#playing = true;
    performance.clearMeasures?.('dying-relu-frame'); // one run's frames at a time, not a growing list
    this.#raf = requestAnimationFrame(this.#tick);
    this.#syncControls();
  }

  #tick = (): void => {
    this.#raf = 0;
    if (!this.#playing) return;
    const start = performance.now();
    this.#advance(DYING_RELU_STEPS_PER_FRAME);
    this.renderNow();
    performance.measure?.('dying-relu-frame', { start });
    if (this.#finished()) this.#pause();
    else this.#raf = requestAnimationFrame(this.#tick);
  };

  #stopPlaying(): void {
    this.#playing = false;
    this.#skipping = false;
    if (this.#raf) cancelAnimationFrame(this.#raf);
    this.#raf = 0;
  }

  #pause(): void {
    this.#stopPlaying();
    this.#syncControls();
  }

  #lrInput(): HTMLInputElement | null {
    return this.querySelector<HTMLInputElement>('input[data-role="lr"]');
  }

  /** Button labels, the status line and the legend, from where training stands. */
  #syncControls(): void {
    if (!this.config || !this.#runs) return;
    const budget = formatCount(this.config.steps);
    const step = Math.max(...this.#runs.map((r) => r.step));
    const finished = this.#finished();
    const play = this.querySelector<HTMLButtonElement>('[data-action="play"]');
    if (play) play.textContent = this.#playing ? 'Pause' : finished ? 'Replay training' : 'Play';
    const status = this.querySelector('[data-role="status"]');
    if (status) {
      const text = this.#skipping
        ? 'Training to the end…'
        : this.#playing
          ? `Training: step ${formatCount(step)} of ${budget}.`
          : !this.#trainers
            ? `Shown after ${budget} training steps. Press Replay training to watch it happen, or Step through it.`
            : finished
              ? `Finished: ${formatCount(step)} steps.`
              : step === 0
                ? `Step 0 of ${budget}: press Play or Step to train.`
                : `Paused at step ${formatCount(step)} of ${budget}.`;
      if (status.textContent !== text) status.textContent = text;
    }
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
    this.showValue('lr', formatNumber(lr), `learning rate ${formatNumberPlain(lr)}`, lrInput);
    const bias = Number(this.state.bias);
    this.showValue('bias', formatNumber(bias), `initial bias ${formatNumberPlain(bias)}`);
    for (const variant of ['leaky-relu', 'elu'] as const) {
      const key = alphaKey(variant);
      const alpha = Number(this.state[key]);
      this.showValue(key, formatNumber(alpha), `alpha ${formatNumberPlain(alpha)}`);
    }
  }
}

/** The build's final snapshots, if `data-final` holds two that look like snapshots. */
function parseFinal(text: string | undefined): Pair<RunSnapshot> | null {
  const value: unknown = JSON.parse(text ?? '');
  if (!Array.isArray(value) || value.length !== 2) return null;
  const ok = value.every(
    (r) => r && typeof r === 'object' && Array.isArray(r.predictions) && Array.isArray(r.losses) && Array.isArray(r.dead) && Number.isFinite(r.step) && Number.isFinite(r.loss),
  );
  return ok ? (value as unknown as Pair<RunSnapshot>) : null;
}
