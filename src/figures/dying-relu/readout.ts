/** What a reader is told about a run, in words: its name and the line under the plot. */
import { getActivation } from '../../lib/activations/functions';
import { formatCount, formatNumber } from '../kit/format';
import { countOf, type RunSnapshot } from './snapshot';

/** "ReLU" or "Leaky ReLU, α = 0.01". */
export function runName(run: Pick<RunSnapshot, 'activation' | 'alpha'>): string {
  const name = getActivation(run.activation).name;
  return run.alpha === null ? name : `${name}, α = ${formatNumber(run.alpha)}`;
}

/**
 * What a reader is told about one run, e.g.
 * "ReLU after 3,000 steps: loss 2.42 × 10⁻². Dead units: 15 of 32."
 * "Leaky ReLU, α = 0.01 after 3,000 steps: loss 3.95 × 10⁻². Dead units: 0 of 32 (inactive but alive: 15, recovered: 2)."
 */
export function runReadout(run: RunSnapshot, budget: number): string {
  const name = runName(run);
  if (run.diverged) {
    return `${name}: Diverged at step ${formatCount(run.step + 1)}: lower the learning rate. Dead units: ${countOf(run.dead)} of ${run.hiddenUnits}.`;
  }
  const when =
    run.step === 0
      ? 'before training (step 0)'
      : run.step >= budget
        ? `after ${formatCount(run.step)} steps`
        : `after ${formatCount(run.step)} of ${formatCount(budget)} steps`;
  const dead = `Dead units: ${countOf(run.dead)} of ${run.hiddenUnits}`;
  // For ReLU "inactive" and "dead" are the same units; only a leaky variant can be inactive and alive.
  const alive =
    run.activation === 'relu'
      ? ''
      : ` (inactive but alive: ${countOf(run.inactive) - countOf(run.dead)}, recovered: ${countOf(run.recovered)})`;
  return `${name} ${when}: loss ${formatNumber(run.loss)}. ${dead}${alive}.`;
}
