/**
 * The dying-ReLU trainer's playback as a pure reducer: what the reader (or the page) did, and
 * where training stands, in; the next playback state and what to do to the trainers out. The
 * element carries out the effects (fresh trainers, steps, animation frames); this module decides.
 *
 * What is shown when: on load, the build's final state while the settings are the build's
 * ('final'). The first time the figure scrolls into view it replays from step 0, unless the
 * reader prefers reduced motion or has already taken control. Changing a setting restarts
 * training from step 0 (playing, unless reduced motion).
 */
import { formatCount } from '../kit/format';

/** 'final': the build's finished runs, no trainers yet. The others: live trainers, and what they are doing. */
export type PlaybackMode = 'final' | 'paused' | 'playing' | 'skipping';

export interface Playback {
  readonly mode: PlaybackMode;
  /** The reader has taken control (or the first-view replay has run): no more autoplay. */
  readonly engaged: boolean;
  readonly reducedMotion: boolean;
}

export type PlaybackEvent =
  /** The first settings read: `build` when they are the build's (so its final runs can be shown). */
  | { readonly type: 'load'; readonly build: boolean }
  /** A setting changed after load. */
  | { readonly type: 'settings' }
  /** The figure scrolled into view for the first time. */
  | { readonly type: 'seen' }
  /** The Play / Pause / Replay button. */
  | { readonly type: 'play' }
  | { readonly type: 'step' }
  | { readonly type: 'reset' }
  /** Skip to the end. */
  | { readonly type: 'skip' }
  /** Playing or skipping reached the end of training. */
  | { readonly type: 'done' };

export interface PlaybackStep {
  readonly playback: Playback;
  /** Replace the trainers with fresh ones for the current settings, at step 0. */
  readonly restart: boolean;
  /** Steps to train each run now (0 for none). */
  readonly advance: number;
}

export function initialPlayback(reducedMotion: boolean): Playback {
  return { mode: 'final', engaged: false, reducedMotion };
}

/**
 * The next playback for `event`. `finished` says whether every run has reached the step budget
 * (or diverged); `stepsPerPress` is what Step trains.
 */
export function nextPlayback(current: Playback, event: PlaybackEvent, finished: boolean, stepsPerPress: number): PlaybackStep {
  const to = (mode: PlaybackMode, restart = false, advance = 0, engaged = true): PlaybackStep => ({
    playback: { ...current, mode, engaged },
    restart,
    advance,
  });
  const unchanged: PlaybackStep = { playback: current, restart: false, advance: 0 };
  // No trainers yet, or a finished run: Play and Step start over from step 0.
  const startOver = current.mode === 'final' || finished;
  switch (event.type) {
    case 'load':
      return event.build ? to('final', false, 0, current.engaged) : to('paused', true, 0, current.engaged);
    case 'settings':
      return to(current.reducedMotion ? 'paused' : 'playing', true);
    case 'seen':
      return current.engaged || current.reducedMotion ? unchanged : to('playing', true);
    case 'play':
      if (current.mode === 'playing') return to('paused');
      if (current.mode === 'skipping') return to('skipping');
      return to('playing', startOver);
    case 'step':
      if (current.mode === 'skipping') return to('skipping');
      return to('paused', startOver, stepsPerPress);
    case 'reset':
      return to('paused', true);
    case 'skip':
      if (current.mode === 'skipping') return to('skipping');
      return to('skipping', current.mode === 'final');
    case 'done':
      return current.mode === 'playing' || current.mode === 'skipping' ? to('paused', false, 0, current.engaged) : unchanged;
  }
}

type StatusKey = 'skipping' | 'playing' | 'final' | 'finished' | 'start' | 'paused';

/** The status line for each situation; `step` and `budget` are already formatted. */
const STATUS: Readonly<Record<StatusKey, (step: string, budget: string) => string>> = {
  skipping: () => 'Training to the end…',
  playing: (step, budget) => `Training: step ${step} of ${budget}.`,
  final: (_, budget) => `Shown after ${budget} training steps. Press Replay training to watch it happen, or Step through it.`,
  finished: (step) => `Finished: ${step} steps.`,
  start: (_, budget) => `Step 0 of ${budget}: press Play or Step to train.`,
  paused: (step, budget) => `Paused at step ${step} of ${budget}.`,
};

/** The line above the plot: what training is doing, at the furthest run's `step` of `budget`. */
export function statusText(mode: PlaybackMode, step: number, budget: number, finished: boolean): string {
  const key: StatusKey = mode !== 'paused' ? mode : finished ? 'finished' : step === 0 ? 'start' : 'paused';
  return STATUS[key](formatCount(step), formatCount(budget));
}

/** The Play button's label. */
export function playLabel(mode: PlaybackMode, finished: boolean): string {
  return mode === 'playing' ? 'Pause' : finished ? 'Replay training' : 'Play';
}
