/**
 * The build-time training: both runs trained to the end, as the built page draws them (and as
 * the page's `data-final` hands them to the browser). Cached, because every build of a page with
 * the figure asks for the same runs.
 */
import { createDyingReluTrainer, type DyingReluActivation } from '../../lib/experiments/dying-relu';
import { snapshotOf, type RunPair, type RunSettings, type RunSnapshot } from './snapshot';

const finalCache = new Map<string, readonly [RunSnapshot, RunSnapshot]>();

/**
 * Both runs trained for `steps` steps (fewer where one diverges), as the build draws them.
 * Deterministic: the same arguments give the same snapshots in node and in the browser.
 */
export function runToEnd(settings: RunSettings, pair: RunPair, steps: number): readonly [RunSnapshot, RunSnapshot] {
  const key = JSON.stringify([settings, pair, steps]);
  const cached = finalCache.get(key);
  if (cached) return cached;
  const run = (activation: DyingReluActivation, alpha: number | undefined): RunSnapshot => {
    const trainer = createDyingReluTrainer({ ...settings, activation, alpha });
    trainer.step(steps);
    return snapshotOf(trainer.state(), activation, alpha);
  };
  const result = [run('relu', undefined), run(pair.variant, pair.alpha)] as const;
  finalCache.set(key, result);
  return result;
}
