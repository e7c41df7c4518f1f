import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { READ_AS_DEFAULT } from '../../helpers/hostile-values';
import {
  defineSchema,
  normalizeFigureState,
  readFigureState,
  writeFigureState,
  type StateOf,
  type StateSchema,
} from '../../../src/figures/kit/url-state';

const schema = defineSchema({
  x: { kind: 'number', min: -8, max: 8, default: 2 },
  lr: { kind: 'number', min: 0.001, max: 1, default: 0.1, step: 0.001 },
  depth: { kind: 'int', min: 1, max: 20, default: 6 },
  init: { kind: 'enum', values: ['glorot', 'he', 'normal'], default: 'glorot' },
  act: { kind: 'list', values: ['sigmoid', 'tanh', 'relu', 'gelu'], default: ['sigmoid'], maxLength: 3 },
  shade: { kind: 'boolean', default: true },
});
type State = StateOf<typeof schema>;
const defaults: State = { x: 2, lr: 0.1, depth: 6, init: 'glorot', act: ['sigmoid'], shade: true };

const read = (hash: string) => readFigureState(hash, 'fig', schema);

describe('types', () => {
  it('infers the state from the schema', () => {
    expectTypeOf<State>().toEqualTypeOf<{
      x: number;
      lr: number;
      depth: number;
      init: 'glorot' | 'he' | 'normal';
      act: readonly ('sigmoid' | 'tanh' | 'relu' | 'gelu')[];
      shade: boolean;
    }>();
    expectTypeOf(readFigureState('', 'a', {} as StateSchema)).toEqualTypeOf<
      Record<string, number | boolean | string | readonly string[]>
    >();
  });
});

describe('readFigureState', () => {
  it('gives the defaults for an empty hash or a heading anchor', () => {
    for (const hash of ['', '#', '#references', 'references', '#fig']) expect(read(hash)).toEqual(defaults);
  });

  it('reads this figure’s keys and ignores others', () => {
    expect(read('#fig.x=2.5&fig.act=sigmoid~tanh&dying.lr=0.3&fig.shade=0&fig.depth=12&fig.init=he&fig.lr=0.25')).toEqual({
      x: 2.5,
      lr: 0.25,
      depth: 12,
      init: 'he',
      act: ['sigmoid', 'tanh'],
      shade: false,
    });
    expect(read('#other.x=3&figx=3&fig=3&x=3').x).toBe(2);
    expect(read('fig.x=3').x).toBe(3); // the "#" is optional
  });

  it('clamps and rounds numbers', () => {
    expect(read('#fig.x=100').x).toBe(8);
    expect(read('#fig.x=-1e5').x).toBe(-8);
    expect(read('#fig.x=1.234567').x).toBe(1.235);
    expect(read('#fig.x=-0').x).toBe(0);
    expect(Object.is(read('#fig.x=-0.00001').x, -0.00001)).toBe(true);
    expect(read('#fig.x=.5').x).toBe(0.5);
    expect(read('#fig.x=5e-1').x).toBe(0.5);
    expect(read('#fig.lr=0.12345').lr).toBe(0.123);
    expect(read('#fig.lr=0').lr).toBe(0.001);
    expect(read('#fig.depth=7.6').depth).toBe(8);
    expect(read('#fig.depth=0').depth).toBe(1);
  });

  it('falls back to the default for anything that is not a decimal number', () => {
    for (const text of [
      'NaN',
      '-Infinity',
      'Infinity',
      '1e309',
      '-1e309',
      '',
      ' ',
      '0x10',
      '1,5',
      '2.5.1',
      '<script>alert(1)</script>',
      '%',
      '−2',
    ]) {
      expect(read(`#fig.x=${text}`).x, text).toBe(2);
    }
  });

  it('accepts enum values only as written', () => {
    expect(read('#fig.init=HE').init).toBe('glorot');
    expect(read('#fig.init=toString').init).toBe('glorot');
  });

  it('cleans lists: unknown items dropped, duplicates removed, at most maxLength, empty → default', () => {
    expect(read('#fig.act=tanh~bogus~tanh~relu').act).toEqual(['tanh', 'relu']);
    expect(read('#fig.act=tanh~relu~gelu~sigmoid').act).toEqual(['tanh', 'relu', 'gelu']);
    expect(read('#fig.act=').act).toEqual(['sigmoid']);
    expect(read('#fig.act=~~').act).toEqual(['sigmoid']);
    expect(read('#fig.act=constructor~__proto__').act).toEqual(['sigmoid']);
  });

  it('reads booleans as 1/0 or true/false', () => {
    expect(read('#fig.shade=false').shade).toBe(false);
    expect(read('#fig.shade=1').shade).toBe(true);
    expect(read('#fig.shade=yes').shade).toBe(true);
  });

  it('lets the first of repeated keys win', () => {
    expect(read('#fig.x=1&fig.x=2').x).toBe(1);
    expect(read('#fig.x=oops&fig.x=3').x).toBe(2); // the first, even when it is invalid
  });

  it('percent-decodes keys and values, and survives malformed escapes', () => {
    expect(read('#fig%2Ex=3&fig.act=tanh%7Erelu').x).toBe(3);
    expect(read('#fig%2Ex=3&fig.act=tanh%7Erelu').act).toEqual(['tanh', 'relu']);
    for (const hash of ['#%', '#%E0%A4%A', '#fig.x=%', '#fig.x=%E0%A4%A', '#%ZZ=1&fig.x=3']) expect(() => read(hash)).not.toThrow();
    expect(read('#%ZZ=1&fig.x=3').x).toBe(3);
  });

  it('reads only the first 2,000 characters', () => {
    expect(read(`#${'a'.repeat(1990)}&fig.x=3`).x).toBe(3);
    expect(read(`#${'a'.repeat(2000)}&fig.x=3`).x).toBe(2);
    expect(read(`#fig.x=3&${'&'.repeat(1_000_000)}`).x).toBe(3);
  });

  it('reads the values the browser sweep leaves out as the default of every field that is not text, as it reads NaN', () => {
    const hash = (value: string) =>
      '#' +
      Object.keys(schema)
        .map((field) => `fig.${field}=${encodeURIComponent(value)}`)
        .join('&');
    expect(read(hash('NaN'))).toEqual(defaults);
    for (const value of READ_AS_DEFAULT) expect(read(hash(value)), value.slice(0, 20)).toEqual(defaults);
  });

  it('cannot pollute prototypes', () => {
    const hashes = [
      '#fig.__proto__=1&fig.constructor=2&fig.hasOwnProperty=3',
      '#__proto__.polluted=1&constructor.prototype.polluted=1',
      '#fig.__proto__.polluted=1',
    ];
    for (const hash of hashes) {
      const state = read(hash);
      expect(Object.keys(state).sort()).toEqual(Object.keys(defaults).sort());
      expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
    }
    const odd = JSON.parse('{"__proto__": {"kind": "number", "min": 0, "max": 9, "default": 1}}') as StateSchema;
    const state = readFigureState('#o.__proto__=5&o.constructor=1', 'o', odd);
    expect(Object.hasOwn(state, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
    expect((state as Record<string, unknown>)['__proto__']).toBe(5);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('never throws and always returns a complete, valid state', () => {
    const anyHash = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme' }),
      // Hash-shaped strings reach the value parsers far more often than random text does.
      fc
        .array(
          fc.tuple(
            fc.oneof(fc.constantFrom('fig.x', 'fig.lr', 'fig.depth', 'fig.init', 'fig.act', 'fig.shade', 'fig.__proto__'), fc.string()),
            fc.oneof(fc.string(), fc.double().map(String), fc.constantFrom('tanh~relu', 'he', '1', '%', '%E0%A4%A')),
          ),
        )
        .map((pairs) => `#${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`),
    );
    fc.assert(
      fc.property(anyHash, (hash) => {
        const state = read(hash);
        expect(Object.keys(state).sort()).toEqual(Object.keys(defaults).sort());
        expect(state.x).toBeGreaterThanOrEqual(-8);
        expect(state.x).toBeLessThanOrEqual(8);
        expect(state.lr).toBeGreaterThanOrEqual(0.001);
        expect(state.lr).toBeLessThanOrEqual(1);
        expect(Number.isInteger(state.depth) && state.depth >= 1 && state.depth <= 20).toBe(true);
        expect(schema.init.values).toContain(state.init);
        expect(state.act.length).toBeGreaterThanOrEqual(1);
        expect(state.act.length).toBeLessThanOrEqual(3);
        expect(new Set(state.act).size).toBe(state.act.length);
        expect(typeof state.shade).toBe('boolean');
        // Reading is stable: what was read survives a write and a second read.
        expect(read(writeFigureState(hash, 'fig', schema, state))).toEqual(state);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('writeFigureState', () => {
  it('leaves defaults out, so the default view has a clean URL', () => {
    expect(writeFigureState('', 'fig', schema, defaults)).toBe('');
    expect(writeFigureState('#fig.x=3', 'fig', schema, {})).toBe('');
    expect(writeFigureState('', 'fig', schema, { ...defaults, x: 2.5, act: ['sigmoid', 'tanh'] })).toBe('#fig.x=2.5&fig.act=sigmoid~tanh');
  });

  it('replaces this figure’s keys in place and keeps other figures’ keys verbatim', () => {
    const hash = '#a.x=1&fig.x=3&fig.old=1&b.y=%7E2&fig.x=4';
    expect(writeFigureState(hash, 'fig', schema, { x: -1.5, shade: false })).toBe('#a.x=1&fig.x=-1.5&fig.shade=0&b.y=%7E2');
    expect(writeFigureState(hash, 'fig', schema, {})).toBe('#a.x=1&b.y=%7E2');
    expect(writeFigureState('#a.x=1', 'fig', schema, { depth: 3 })).toBe('#a.x=1&fig.depth=3');
  });

  it('keeps a heading anchor until there is state to write, then replaces it', () => {
    expect(writeFigureState('#references', 'fig', schema, defaults)).toBe('#references');
    expect(writeFigureState('#references', 'fig', schema, { x: 3 })).toBe('#fig.x=3');
  });

  it('writes numbers compactly', () => {
    const write = (x: number, extra: Partial<State> = {}) => writeFigureState('', 'fig', schema, { x, ...extra });
    expect(write(2.3456789)).toBe('#fig.x=2.346');
    expect(write(1 / 3)).toBe('#fig.x=0.3333');
    expect(write(-0.00001234)).toBe('#fig.x=-0.00001234');
    expect(write(1.2e-9)).toBe('#fig.x=1.2e-9');
    expect(write(-0)).toBe('#fig.x=0');
    expect(write(2, { lr: -8 + 103 * 0.1 })).toBe('#fig.lr=1');
    expect(write(2, { lr: 0.1 + 0.2 })).toBe('#fig.lr=0.3');
  });

  it('normalises what it is given, whatever that is', () => {
    const garbage = { x: NaN, lr: 'high', depth: 2.7, init: 'nope', act: ['relu', 7, 'relu'], shade: 'yes' } as unknown as State;
    expect(normalizeFigureState(schema, garbage)).toEqual({ ...defaults, depth: 3, act: ['relu'] });
    expect(writeFigureState('', 'fig', schema, garbage)).toBe('#fig.depth=3&fig.act=relu');
  });

  it('encodes figure ids that need it', () => {
    const hash = writeFigureState('', 'fig 1&2', schema, { x: 3 });
    expect(hash).toBe('#fig%201%262.x=3');
    expect(readFigureState(hash, 'fig 1&2', schema).x).toBe(3);
    expect(() => writeFigureState('', '\ud800', schema, { x: 3 })).not.toThrow();
  });
});

describe('round trip', () => {
  const state = fc.record(
    {
      x: fc.oneof(fc.double(), fc.double({ min: -8, max: 8 })),
      lr: fc.oneof(fc.double(), fc.double({ min: 0, max: 1 })),
      depth: fc.oneof(fc.integer(), fc.double()),
      init: fc.constantFrom('glorot', 'he', 'normal', 'other'),
      act: fc.array(fc.constantFrom('sigmoid', 'tanh', 'relu', 'gelu', 'x')),
      shade: fc.boolean(),
    },
    { requiredKeys: [] },
  ) as fc.Arbitrary<Partial<State>>;
  const others = fc
    .array(
      fc.tuple(
        fc.constantFrom('a', 'b', 'fig2', 'references'),
        fc.constantFrom('.x', '.act', ''),
        fc.constantFrom('=1', '=tanh~relu', '=%7E', ''),
      ),
      { maxLength: 6 },
    )
    .map((parts) => parts.map((p) => p.join('')).join('&'));

  it('write then read gives the normalised state, and leaves other figures alone', () => {
    fc.assert(
      fc.property(others, state, fc.boolean(), (otherHash, given, withHashSign) => {
        const hash = (withHashSign ? '#' : '') + otherHash;
        const written = writeFigureState(hash, 'fig', schema, given);
        expect(read(written)).toEqual(normalizeFigureState(schema, given));
        for (const id of ['a', 'b', 'fig2']) {
          expect(readFigureState(written, id, schema)).toEqual(readFigureState(hash, id, schema));
        }
        // Writing is idempotent.
        expect(writeFigureState(written, 'fig', schema, read(written))).toBe(written);
        expect(written).not.toMatch(/NaN|Infinity|undefined/);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('text fields', () => {
  const textSchema = defineSchema({
    src: { kind: 'text', maxLength: 200, default: 'x', check: (t: string) => t.trim() !== '' && !t.includes('bad') },
    free: { kind: 'text', maxLength: 5, default: '' },
    n: { kind: 'int', min: 0, max: 9, default: 0 },
  });
  const readText = (hash: string) => readFigureState(hash, 'lab', textSchema);

  it('infers string', () => {
    expectTypeOf<StateOf<typeof textSchema>>().toEqualTypeOf<{ src: string; free: string; n: number }>();
  });

  it('round-trips any text, percent-encoded, including & = # ~ % + and non-ASCII', () => {
    for (const src of ['x * sigmoid(b * x)', 'a&b=c#d~e%f+g', '1e+3', 'σ(x)·x − 1', ' spaced ']) {
      const hash = writeFigureState('#fig.x=3', 'lab', textSchema, { src });
      expect(readText(hash).src, hash).toBe(src);
      expect(read(hash).x).toBe(3);
    }
  });

  it('too long, rejected by the check, or a check that throws: the default', () => {
    expect(readText(`#lab.src=${'y'.repeat(201)}`).src).toBe('x');
    expect(readText(`#lab.src=${'y'.repeat(200)}`).src).toBe('y'.repeat(200));
    expect(readText('#lab.src=bad').src).toBe('x');
    expect(readText('#lab.src=').src).toBe('x');
    expect(readText('#lab.free=123456').free).toBe('');
    expect(readText('#lab.free=').free).toBe('');
    const throwing = defineSchema({
      t: {
        kind: 'text',
        maxLength: 10,
        default: 'ok',
        check: () => {
          throw new Error('no');
        },
      },
    });
    expect(readFigureState('#a.t=x', 'a', throwing).t).toBe('ok');
    expect(normalizeFigureState(textSchema, { src: 42 as unknown as string }).src).toBe('x');
  });

  it('a 200-character formula fits the hash even when every character needs escaping', () => {
    const worst = '^'.repeat(200); // %5E: three characters each
    const hash = writeFigureState('', 'lab', textSchema, { src: worst });
    expect(hash.length).toBeLessThan(700);
    expect(readText(hash).src).toBe(worst);
  });

  it('a value cut by the 2,000-character limit is dropped, not read truncated', () => {
    const pad = `#pad=${'a'.repeat(1988)}`; // with "&lab.n=7", exactly 2,000 characters after the #
    expect(readText(`${pad}&lab.n=7`).n).toBe(7); // ends exactly at the limit: kept
    expect(readText(`${pad}&lab.n=77`).n).toBe(0); // "lab.n=7" would be a different value
    expect(readText(`${pad}&lab.src=x*22`).src).toBe('x');
  });
});
