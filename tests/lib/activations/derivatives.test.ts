/**
 * Every entry's hand-written f′ against a central finite difference of its f, for the default
 * parameters and each parameter at its spec's min, midpoint and max. Loops over ACTIVATIONS,
 * so a new entry is covered without editing this file.
 */
import { describe, it } from 'vitest';
import { ACTIVATIONS } from '../../../src/lib/activations/registry';
import { describeParams, expectClose, grid, paramSets } from './helpers';

/** Offset so the grid does not sit exactly on round numbers; kinks are skipped explicitly anyway. */
const XS = grid(-10, 10, 2000).map((x) => x + 1e-3 / 7);
/** Points closer than this to a listed kink are skipped: the difference quotient straddles it there. */
const KINK_MARGIN = 1e-3;

/**
 * With h = 1e-5·max(1, |x|), the central difference has truncation error h²·|f‴|/6 (< 1e-8 for
 * these functions, even SiLU at β = 5) and rounding error about ε·|f|/h (< 1e-10 on [−10, 10]).
 */
const REL = 1e-6;
const ABS = 1e-7;

describe('f′ matches central finite differences of f', () => {
  for (const a of ACTIVATIONS) {
    for (const p of paramSets(a)) {
      it(`${a.id} (${describeParams(p)})`, () => {
        const kinks = a.properties.kinks.map((k) => k.x);
        for (const x of XS) {
          if (kinks.some((k) => Math.abs(x - k) < KINK_MARGIN)) continue;
          const h = 1e-5 * Math.max(1, Math.abs(x));
          const difference = (a.f(x + h, p) - a.f(x - h, p)) / (2 * h);
          expectClose(`${a.id} (${describeParams(p)}) f′ vs finite difference`, x, difference, a.df(x, p), REL, ABS);
        }
      });
    }
  }
});
