/**
 * The kernels: one set per registry activation; in float64 the stable kernels are the
 * registry's own formulas (bit for bit), the textbook ones agree closely where they are well
 * behaved; in every format each operation sees only values of the format and every result is
 * one; float32 results match an independent Math.fround re-implementation.
 */
import { describe, expect, it } from 'vitest';
import { ACTIVATION_IDS, defaultParams, getActivation } from '../../../src/lib/activations/registry';
import { roundedMath, type RoundedMath } from '../../../src/lib/precision/arithmetic';
import { getFormat, NUMBER_FORMATS, type NumberFormat } from '../../../src/lib/precision/formats';
import { KERNEL_ACTIVATION_IDS, kernelsFor } from '../../../src/lib/precision/kernels';
import { roundTo } from '../../../src/lib/precision/round';

const float64 = getFormat('float64');
const float32 = getFormat('float32');

/** A grid with ordinary and extreme inputs (the kernels round x to the format themselves in use; here we do it). */
const GRID = [
  ...Array.from({ length: 401 }, (_, i) => -20 + i / 10 + 1 / 7),
  -1e308,
  -1e30,
  -800,
  -720,
  -100,
  -40,
  -37,
  -1e-3,
  -1e-300,
  -0,
  0,
  1e-300,
  1e-3,
  37,
  40,
  100,
  720,
  800,
  1e30,
  1e308,
];

const same = (a: number, b: number): boolean => Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));

/**
 * The format's arithmetic with a check on every argument: it must already be a value of the
 * format (or NaN/±∞). A kernel that writes a constant such as 0.044715 without `m.c` fails here.
 */
function checkedMath(format: NumberFormat, label: string): RoundedMath {
  const m = roundedMath(format);
  const check = (name: string, args: number[]) => {
    for (const a of args)
      if (!same(roundTo(format, a), a))
        throw new Error(`${label}: ${name}(${args.join(', ')}) got ${a}, which is not a ${format.name} value`);
  };
  const wrapped: Record<string, unknown> = { format, c: m.c };
  for (const [name, op] of Object.entries(m)) {
    if (name === 'format' || name === 'c') continue;
    wrapped[name] = (...args: number[]) => {
      check(name, args);
      return (op as (...a: number[]) => number)(...args);
    };
  }
  return wrapped as unknown as RoundedMath;
}

describe('kernel sets', () => {
  it('cover every registry activation, naive first and rounded-once last', () => {
    expect(KERNEL_ACTIVATION_IDS).toEqual(ACTIVATION_IDS);
    for (const id of ACTIVATION_IDS) {
      const kinds = kernelsFor(id).kernels.map((k) => k.kind);
      expect(kinds.at(-1)).toBe('rounded-once');
      expect(kinds.filter((k) => k === 'stable')).toHaveLength(1);
      expect(kinds.indexOf('stable')).toBeGreaterThan(kinds.lastIndexOf('naive'));
      expect(new Set(kernelsFor(id).kernels.map((k) => k.id)).size).toBe(kinds.length);
    }
    expect(() => kernelsFor('swish')).toThrow(/Valid names/);
  });
});

describe('in float64 the stable kernels are the registry', () => {
  for (const id of ACTIVATION_IDS) {
    it(id, () => {
      const a = getActivation(id);
      const p = defaultParams(a);
      const stable = kernelsFor(id).kernels.find((k) => k.kind === 'stable')!;
      const m = roundedMath(float64);
      for (const x of GRID) {
        // SELU's registry f clamps λx at MAX_VALUE; the kernel lets it overflow like a real one.
        if (id === 'selu' && x > 1.7e308) continue;
        if (!same(stable.f(m, x, p), a.f(x, p))) expect.fail(`${id} f(${x}): kernel ${stable.f(m, x, p)}, registry ${a.f(x, p)}`);
        if (!same(stable.df(m, x, p), a.df(x, p))) expect.fail(`${id} f′(${x}): kernel ${stable.df(m, x, p)}, registry ${a.df(x, p)}`);
      }
    });
  }
});

describe('in float64 the textbook kernels agree with the registry where they are well behaved', () => {
  for (const id of ACTIVATION_IDS) {
    it(id, () => {
      const a = getActivation(id);
      const p = defaultParams(a);
      const m = roundedMath(float64);
      for (const kernel of kernelsFor(id).kernels.filter((k) => k.kind === 'naive')) {
        const ref = kernel.reference ?? { f: (x: number) => a.f(x, p), df: (x: number) => a.df(x, p) };
        for (let x = -4 + 1 / 7; x <= 4; x += 0.05) {
          const [f, df] = [kernel.f(m, x, p), kernel.df(m, x, p)];
          expect(Math.abs(f - ref.f(x)), `${id}/${kernel.id} f(${x})`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(ref.f(x))));
          expect(Math.abs(df - ref.df(x)), `${id}/${kernel.id} f′(${x})`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(ref.df(x))));
        }
      }
    });
  }
});

describe('every operation sees and returns values of the format', () => {
  for (const format of NUMBER_FORMATS.filter((f) => f.id !== 'float64')) {
    it(
      format.id,
      () => {
        for (const id of ACTIVATION_IDS) {
          const p = defaultParams(getActivation(id));
          for (const kernel of kernelsFor(id).kernels) {
            const m = checkedMath(format, `${id}/${kernel.id}`);
            for (const raw of GRID) {
              const x = roundTo(format, raw);
              for (const v of [kernel.f(m, x, p), kernel.df(m, x, p)]) {
                if (!same(roundTo(format, v), v)) expect.fail(`${id}/${kernel.id} at ${x} returned ${v}, not a ${format.name} value`);
              }
            }
          }
        }
      },
      60_000,
    );
  }
});

describe('float32 kernels against an independent Math.fround implementation', () => {
  const r = Math.fround;
  const cases: Record<string, readonly [(x: number) => number, (x: number) => number]> = {
    sigmoid: [
      (x) => r(1 / r(1 + r(Math.exp(-x)))),
      (x) => {
        const s = r(1 / r(1 + r(Math.exp(-x))));
        return r(s * r(1 - s));
      },
    ],
    softplus: [(x) => r(Math.log(r(1 + r(Math.exp(x))))), (x) => r(1 / r(1 + r(Math.exp(-x))))],
    tanh: [
      (x) => {
        const a = r(Math.exp(x));
        const b = r(Math.exp(-x));
        return r(r(a - b) / r(a + b));
      },
      (x) => {
        const a = r(Math.exp(x));
        const b = r(Math.exp(-x));
        const t = r(r(a - b) / r(a + b));
        return r(1 - r(t * t));
      },
    ],
  };
  for (const [id, [f, df]] of Object.entries(cases)) {
    it(`${id} (textbook)`, () => {
      const naive = kernelsFor(id).kernels.find((k) => k.id === 'naive')!;
      const m = roundedMath(float32);
      for (const raw of GRID) {
        const x = r(raw);
        expect(same(naive.f(m, x, {}), f(x)), `${id} f(${x})`).toBe(true);
        expect(same(naive.df(m, x, {}), df(x)), `${id} f′(${x})`).toBe(true);
      }
    });
  }
});

describe('rounded-once is the registry rounded to the format', () => {
  it('for every activation and format', () => {
    for (const format of NUMBER_FORMATS) {
      const m = roundedMath(format);
      for (const id of ACTIVATION_IDS) {
        const a = getActivation(id);
        const p = defaultParams(a);
        const once = kernelsFor(id).kernels.at(-1)!;
        for (const raw of GRID) {
          const x = roundTo(format, raw);
          expect(same(once.f(m, x, p), roundTo(format, a.f(x, p)))).toBe(true);
          expect(same(once.df(m, x, p), roundTo(format, a.df(x, p)))).toBe(true);
        }
      }
    }
  }, 60_000);
});

describe('the arithmetic rounds each result once', () => {
  it('float16: 1 + 2⁻¹¹ is 1, 1 + 3·2⁻¹¹ is 1 + 2⁻⁹, e^12 overflows, 1/3 is the nearest half', () => {
    const m = roundedMath(getFormat('float16'));
    expect(m.add(1, 2 ** -11)).toBe(1);
    expect(m.add(1, 3 * 2 ** -11)).toBe(1 + 2 ** -9);
    expect(m.exp(12)).toBe(Infinity);
    expect(m.div(1, 3)).toBe(Math.f16round ? Math.f16round(1 / 3) : 0.333251953125);
    expect(m.c(0.1)).toBe(0.0999755859375);
  });

  it('E4M3: e^7 ≈ 1097 overflows to NaN, not ∞', () => {
    const m = roundedMath(getFormat('e4m3'));
    expect(m.exp(7)).toBeNaN();
    expect(m.exp(6)).toBe(416);
    expect(m.add(448, 16)).toBe(448);
    expect(m.add(448, 32)).toBeNaN();
  });
});

describe('tails', () => {
  it('start where f already moves monotonically to its limit (past GELU’s, SiLU’s and Mish’s minimum)', () => {
    for (const id of ACTIVATION_IDS) {
      const a = getActivation(id);
      for (const p of [defaultParams(a), ...Object.entries(a.params).map(([name, spec]) => ({ ...defaultParams(a), [name]: spec.max }))]) {
        for (const side of ['left', 'right'] as const) {
          const tail = kernelsFor(id).tails[side]?.(p);
          if (!tail) continue;
          const sign = side === 'right' ? 1 : -1;
          let previous = Infinity;
          for (let t = tail.from; t <= 30; t += 0.01) {
            const gap = Math.abs(a.f(sign * t, p) - tail.limit);
            // Strictly closer each step, until float64's own rounding makes neighbouring gaps tie.
            if (gap > previous || (gap > 1e-9 && gap === previous))
              expect.fail(`${id} ${side} at ${sign * t}: |f − limit| ${gap} after ${previous}`);
            previous = gap;
          }
        }
      }
    }
  }, 60_000);
});
