import { describe, expect, it } from 'vitest';
import {
  initialPlayback,
  nextPlayback,
  playLabel,
  statusText,
  type Playback,
  type PlaybackEvent,
} from '../../../src/figures/dying-relu/playback';

const STEP = 20;
const at = (mode: Playback['mode'], engaged = false, reducedMotion = false): Playback => ({ mode, engaged, reducedMotion });
const next = (p: Playback, event: PlaybackEvent, finished = false) => nextPlayback(p, event, finished, STEP);

describe('dying-ReLU playback: what each action does', () => {
  it('shows the build’s runs on load when the settings are the build’s, fresh paused trainers otherwise', () => {
    expect(next(initialPlayback(false), { type: 'load', build: true })).toEqual({ playback: at('final'), restart: false, advance: 0 });
    expect(next(initialPlayback(false), { type: 'load', build: false })).toEqual({ playback: at('paused'), restart: true, advance: 0 });
  });

  it('replays once on first view, unless the reader prefers reduced motion or has taken control', () => {
    expect(next(at('final'), { type: 'seen' })).toEqual({ playback: at('playing', true), restart: true, advance: 0 });
    expect(next(at('final', false, true), { type: 'seen' })).toEqual({ playback: at('final', false, true), restart: false, advance: 0 });
    expect(next(at('paused', true), { type: 'seen' }).restart).toBe(false);
  });

  it('restarts on a new setting, playing unless reduced motion', () => {
    expect(next(at('paused'), { type: 'settings' })).toEqual({ playback: at('playing', true), restart: true, advance: 0 });
    expect(next(at('playing', true, true), { type: 'settings' })).toEqual({
      playback: at('paused', true, true),
      restart: true,
      advance: 0,
    });
  });

  it('Play toggles, and starts over from the build’s runs or a finished run', () => {
    expect(next(at('playing', true), { type: 'play' }).playback.mode).toBe('paused');
    expect(next(at('paused', true), { type: 'play' })).toEqual({ playback: at('playing', true), restart: false, advance: 0 });
    expect(next(at('paused', true), { type: 'play' }, true).restart).toBe(true);
    expect(next(at('final'), { type: 'play' })).toEqual({ playback: at('playing', true), restart: true, advance: 0 });
  });

  it('Step pauses and trains one press worth, starting over when there is nothing left to train', () => {
    expect(next(at('playing', true), { type: 'step' })).toEqual({ playback: at('paused', true), restart: false, advance: STEP });
    expect(next(at('final'), { type: 'step' })).toEqual({ playback: at('paused', true), restart: true, advance: STEP });
    expect(next(at('paused', true), { type: 'step' }, true).restart).toBe(true);
  });

  it('ignores Play and Step while skipping to the end, and a second Skip', () => {
    for (const type of ['play', 'step', 'skip'] as const) {
      expect(next(at('skipping', true), { type })).toEqual({ playback: at('skipping', true), restart: false, advance: 0 });
    }
  });

  it('Skip needs trainers (fresh ones from the build’s runs), Reset always starts over paused', () => {
    expect(next(at('final'), { type: 'skip' })).toEqual({ playback: at('skipping', true), restart: true, advance: 0 });
    expect(next(at('paused', true), { type: 'skip' }).restart).toBe(false);
    expect(next(at('skipping', true), { type: 'reset' })).toEqual({ playback: at('paused', true), restart: true, advance: 0 });
  });

  it('pauses when playing or skipping reaches the end, and leaves the reader’s engagement as it was', () => {
    expect(next(at('playing', true), { type: 'done' }).playback).toEqual(at('paused', true));
    expect(next(at('skipping', false), { type: 'done' }).playback).toEqual(at('paused', false));
    expect(next(at('final'), { type: 'done' }).playback).toEqual(at('final'));
  });
});

describe('dying-ReLU status line and Play label', () => {
  it('says what training is doing, one line per situation', () => {
    expect(statusText('skipping', 400, 3000, false)).toBe('Training to the end…');
    expect(statusText('playing', 1200, 3000, false)).toBe('Training: step 1,200 of 3,000.');
    expect(statusText('final', 3000, 3000, true)).toBe(
      'Shown after 3,000 training steps. Press Replay training to watch it happen, or Step through it.',
    );
    expect(statusText('paused', 3000, 3000, true)).toBe('Finished: 3,000 steps.');
    expect(statusText('paused', 0, 3000, false)).toBe('Step 0 of 3,000: press Play or Step to train.');
    expect(statusText('paused', 40, 3000, false)).toBe('Paused at step 40 of 3,000.');
  });

  it('labels Play by what pressing it will do', () => {
    expect(playLabel('playing', false)).toBe('Pause');
    expect(playLabel('paused', true)).toBe('Replay training');
    expect(playLabel('final', true)).toBe('Replay training');
    expect(playLabel('paused', false)).toBe('Play');
  });
});
