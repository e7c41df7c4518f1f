/**
 * Hostile input, in the formula box, the parameter box and the URL: each gives a clear
 * message or the default, never an exception, and nothing is executed. The source of the
 * formula layer is also checked for eval-like constructs (the CSP forbids them anyway).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileActivation } from '../../../src/lib/formula/activation';
import { parseDeclarations, parseFormula } from '../../../src/lib/formula/parse';
import { defineSchema, readFigureState, writeFigureState } from '../../../src/figures/kit/url-state';

const HOSTILE: readonly [label: string, text: string, message: RegExp][] = [
  ['constructor', 'constructor', /^unknown name 'constructor' at column 1; known: x, pi, e$/],
  ['__proto__', '__proto__', /^unknown name '__proto__' at column 1/],
  ['x.constructor', 'x.constructor', /^unexpected character '\.' \(U\+002E\) at column 2$/],
  ['alert(1)', 'alert(1)', /^unknown function 'alert' at column 1; known: exp, /],
  ['toString()', 'toString(x)', /^unknown function 'toString' at column 1/],
  ['1e309', '1e309', /^number 1e309 at column 1 is too large for a double$/],
  ['10,000 nested parentheses', `${'('.repeat(10_000)}x${')'.repeat(10_000)}`, /^formula is 20001 characters; the limit is 200$/],
  ['a 1 MB string', 'x+'.repeat(500_000), /^formula is 1000000 characters; the limit is 200$/],
  ['Cyrillic х', 'х * sigmoid(х)', /^unexpected character 'х' \(U\+0445\) at column 1; formulas use plain ASCII letters and digits$/],
  ['fullwidth digits', '２ * x', /^unexpected character '２' \(U\+FF12\) at column 1; formulas use plain ASCII letters and digits$/],
  ['a lone surrogate', 'x + \ud800', /^unexpected character '\ud800' \(U\+D800\) at column 5$/],
  ['an emoji', 'x + 😀', /^unexpected character '😀' \(U\+1F600\) at column 5$/],
  ['HTML', '<script>alert(1)</script>', /^expected a number or x at column 1, not '<'$/],
  ['empty input', '', /^the formula is empty/],
  ['a NUL byte', 'x\u0000', /^unexpected character/],
];

afterEach(() => vi.unstubAllGlobals());

describe('hostile formulas', () => {
  it.each(HOSTILE)('%s: a clear message, no exception, nothing run', (_, text, message) => {
    const alert = vi.fn();
    vi.stubGlobal('alert', alert);
    const parsed = parseFormula(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.message).toMatch(message);
      expect(parsed.error.column).toBeGreaterThanOrEqual(1);
      expect(parsed.error.length).toBeGreaterThanOrEqual(0);
    }
    const compiled = compileActivation(text, text.length <= 200 ? '' : text);
    expect(compiled.ok).toBe(false);
    expect(alert).not.toHaveBeenCalled();
  });

  it('deep nesting that fits in 200 characters is refused by depth before recursing', () => {
    for (const text of ['('.repeat(99) + 'x' + ')'.repeat(99), '-'.repeat(199) + 'x', '2^'.repeat(99) + '2', 'sin('.repeat(40)]) {
      expect(() => parseFormula(text)).not.toThrow();
    }
    // Unary minus and ^ chains nest without parentheses; 200 characters bound them, so they simply parse.
    expect(parseFormula('-'.repeat(199) + 'x').ok).toBe(true);
    expect(parseFormula('2^'.repeat(99) + '2').ok).toBe(true);
  });

  it('hostile parameter declarations', () => {
    for (const [, text] of HOSTILE) {
      expect(() => parseDeclarations(text)).not.toThrow();
      if (text !== '') expect(parseDeclarations(text).ok).toBe(false);
    }
    expect(compileActivation('x', '__proto__ in [0, 1] = 0')).toMatchObject({ ok: false, error: { field: 'parameters', column: 1 } });
    expect(compileActivation('x', 'b in [0, 1] = 0; b in [0, 1] = 0')).toMatchObject({ ok: false, error: { field: 'parameters' } });
  });

  it('parameter values cannot reach a prototype', () => {
    const r = compileActivation('x * b', 'b in [0, 5] = 2');
    if (!r.ok) throw new Error(r.error.message);
    const polluted = JSON.parse('{"__proto__": {"b": 100}}') as Record<string, number>;
    expect(r.value.f(1, polluted)).toBe(2); // falls back to the default, not an inherited "b"
    expect(r.value.f(1, Object.create({ b: 100 }) as Record<string, number>)).toBe(2);
  });
});

describe('hostile formulas in the URL', () => {
  const schema = defineSchema({
    src: { kind: 'text', maxLength: 200, default: 'x * sigmoid(x)', check: (t: string) => parseFormula(t).ok },
  });
  /** Percent-encoded as a link would carry it; a lone surrogate cannot be encoded, so it goes in raw. */
  const read = (value: string): string => {
    let encoded: string;
    try {
      encoded = encodeURIComponent(value);
    } catch {
      encoded = value;
    }
    return readFigureState(`#lab.src=${encoded}`, 'lab', schema).src;
  };

  it.each(HOSTILE)('%s: the default formula', (_, text) => {
    expect(read(text)).toBe('x * sigmoid(x)');
  });

  it('raw (unencoded) and malformed escapes too', () => {
    for (const hash of ['#lab.src=alert(1)', '#lab.src=%E0%A4%A', '#lab.src=x%2', `#lab.src=${'('.repeat(3000)}`]) {
      expect(readFigureState(hash, 'lab', schema).src, hash).toBe('x * sigmoid(x)');
    }
  });

  it('a valid formula survives, even with & = # ~ % + in it', () => {
    expect(readFigureState('#lab.src=x&lab.src=exp(x)', 'lab', schema).src).toBe('x'); // the first wins
    for (const text of ['if(x >= 0, x, 0.5 * x)', 'x + 1', 'x*2 - -x', 'σ(x)·x', 'x^2 / (1 + x^2)']) {
      const hash = writeFigureState('#other.k=1', 'lab', schema, { src: text });
      expect(readFigureState(hash, 'lab', schema).src).toBe(text);
    }
  });
});

describe('the formula layer evaluates nothing', () => {
  it('its source has no eval, Function constructor, dynamic import or property access by name', () => {
    const dir = join(__dirname, '../../../src/lib/formula');
    for (const file of readdirSync(dir)) {
      const code = readFileSync(join(dir, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code, file).not.toMatch(/\beval\s*\(|\bFunction\s*\(|new\s+Function|import\s*\(|globalThis|window\.|Reflect\./);
    }
  });
});
