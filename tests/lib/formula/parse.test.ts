/**
 * The parser: every operator, precedence and associativity, the typographic aliases, the
 * parameter declarations, and every error message the parser and tokenizer can give.
 */
import { describe, expect, it } from 'vitest';
import { compileValue } from '../../../src/lib/formula/compile';
import { MAX_FORMULA_LENGTH, MAX_NESTING, parseDeclarations, parseFormula } from '../../../src/lib/formula/parse';

/** f(x) for a formula, with parameters read from `p`. */
function value(source: string, x = 0, p: Record<string, number> = {}): number {
  const parsed = parseFormula(source, Object.keys(p));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return compileValue(parsed.value)(x, p);
}

function error(source: string, params: readonly string[] = []) {
  const parsed = parseFormula(source, params);
  if (parsed.ok) throw new Error(`${source} parsed`);
  return parsed.error;
}

describe('operators, precedence and associativity', () => {
  it.each([
    ['1 + 2', 3],
    ['7 - 2', 5],
    ['3 * 4', 12],
    ['8 / 2', 4],
    ['2 ^ 10', 1024],
    ['2^3^2', 512],
    ['(2^3)^2', 64],
    ['-2^2', -4],
    ['(-2)^2', 4],
    ['2^-1', 0.5],
    ['2^-1^2', 0.5], // 2^(-(1^2))
    ['--3', 3],
    ['+3', 3],
    ['10 - 4 - 3', 3],
    ['64 / 4 / 2', 8],
    ['2 + 3 * 4', 14],
    ['(2 + 3) * 4', 20],
    ['2 * 3 ^ 2', 18],
    ['-3 * 2', -6],
    ['1e-3', 0.001],
    ['1E3', 1000],
    ['.5', 0.5],
    ['5.', 5],
    ['2.5e+1', 25],
    ['pi', Math.PI],
    ['π', Math.PI],
    ['e', Math.E],
    ['2 · 3', 6],
    ['2 × 3', 6],
    ['5 − 2', 3],
    ['−2^2', -4],
    ['σ(0)', 0.5],
    ['exp(1)', Math.E],
    ['min(2, 3) + max(2, 3)', 5],
  ])('%s = %d', (source, expected) => {
    expect(value(source)).toBeCloseTo(expected, 14);
  });

  it('-x^2 is −(x²), and x is the variable', () => {
    expect(value('-x^2', 3)).toBe(-9);
    expect(value('x^2', -3)).toBe(9);
  });

  it('every function is known and evaluates', () => {
    const cases: [string, number][] = [
      ['exp(0)', 1],
      ['log(1)', 0],
      ['log1p(0)', 0],
      ['expm1(0)', 0],
      ['sqrt(4)', 2],
      ['abs(-2)', 2],
      ['tanh(0)', 0],
      ['sigmoid(0)', 0.5],
      ['erf(0)', 0],
      ['softplus(0)', Math.LN2],
      ['relu(-1) + relu(2)', 2],
      ['sin(0)', 0],
      ['cos(0)', 1],
      ['step(-1) + step(0) + step(2)', 1],
    ];
    for (const [source, expected] of cases) expect(value(source), source).toBeCloseTo(expected, 14);
  });

  it('if(…) with every comparison, including ≤ ≥ ≠', () => {
    const cases: [string, number][] = [
      ['if(1 < 2, 1, 0)', 1],
      ['if(2 <= 2, 1, 0)', 1],
      ['if(1 > 2, 1, 0)', 0],
      ['if(2 >= 3, 1, 0)', 0],
      ['if(2 == 2, 1, 0)', 1],
      ['if(2 != 2, 1, 0)', 0],
      ['if(2 ≤ 2, 1, 0)', 1],
      ['if(3 ≥ 2, 1, 0)', 1],
      ['if(2 ≠ 2, 1, 0)', 0],
      ['if(x + 1 < 2 * x, 10, 20)', 20],
    ];
    for (const [source, expected] of cases) expect(value(source), source).toBe(expected);
  });

  it('reads declared parameters', () => {
    expect(value('x * sigmoid(b * x)', 1, { b: 0 })).toBe(0.5);
    expect(value('a + beta', 0, { a: 1, beta: 2 })).toBe(3);
  });
});

describe('error messages', () => {
  it.each([
    [
      'tan(x)',
      1,
      "unknown function 'tan' at column 1; known: exp, log, log1p, expm1, sqrt, abs, min, max, tanh, sigmoid, erf, softplus, relu, sin, cos, step, if",
    ],
    ['x + tan(x)', 5, "unknown function 'tan' at column 5; known: exp,"],
    ['exp(x + (1)', 4, "unbalanced parenthesis at column 4: this '(' is never closed"],
    ['(x + 1)) * 2', 8, "unbalanced parenthesis at column 8: this ')' closes nothing"],
    ['2 * ', 5, 'expected a number or x at column 5, where the formula ends'],
    ['2 * )', 5, "unbalanced parenthesis at column 5: this ')' closes nothing"],
    ['2 * , 3', 5, "expected a number or x at column 5, not ','"],
    ['2x', 2, "missing operator between '2' and 'x' at column 2; write 2*x for a product"],
    ['x(x + 1)', 1, "unknown function 'x' at column 1; write x*(…) for a product"],
    ['2(x)', 2, "missing operator between '2' and '(' at column 2; write 2*( for a product"],
    ['y + 1', 1, "unknown name 'y' at column 1; known: x, pi, e (or declare it beside the formula, e.g. y in [0, 5] = 1)"],
    ['exp', 4, "expected '(' after the function name 'exp' at column 4, where the formula ends"],
    ['exp x', 5, "expected '(' after the function name 'exp' at column 5"],
    ['max(x)', 1, 'max takes 2 arguments, not 1, at column 1'],
    ['sin(x, 1)', 1, 'sin takes 1 argument, not 2, at column 1'],
    ['sin(x; 1)', 6, "expected ',' or ')' at column 6, not ';'"],
    ['x < 1', 3, "comparison '<' at column 3 is only allowed as the first argument of if(…)"],
    ['x = 1', 3, "unexpected '=' at column 3; write == to compare inside if(…)"],
    ['if(x, 1, 0)', 5, 'expected a comparison (<, <=, >, >=, ==, !=) at column 5: if(condition, value if true, value if false)'],
    ['if(x < 0, 1)', 12, "expected ',' before the third argument of if(…) (opened at column 1) at column 12"],
    ['if(x < 0; 1, 0)', 9, "expected ',' after the condition of if(…) (opened at column 1) at column 9"],
    ['if(x < 0, 1, 0, 2)', 15, "expected ')' at column 15: if takes 3 arguments"],
    ['x ** 2', 4, "unexpected '**' at column 4; write ^ for a power, e.g. x^2"],
    ['x 1', 3, "missing operator between 'x' and '1' at column 3"],
    ['x; x', 2, "unexpected ';' at column 2"],
    ['x\nx', 2, 'unexpected a line break at column 2'],
    ['[x]', 1, "expected a number or x at column 1, not '['"],
    ['x.y', 2, "unexpected character '.' (U+002E) at column 2"],
    ['x $ 2', 3, "unexpected character '$' (U+0024) at column 3"],
    ['1e309 * x', 1, 'number 1e309 at column 1 is too large for a double'],
    ['', 1, 'the formula is empty; write an expression in x, e.g. x * sigmoid(x)'],
    ['   ', 1, 'the formula is empty'],
  ])('%j → %s', (source, column, message) => {
    const e = error(source);
    expect(e.message.startsWith(message), e.message).toBe(true);
    expect(e.column).toBe(column);
  });

  it('points at the whole culprit', () => {
    expect(error('x + tanh2(x)')).toMatchObject({ column: 5, length: 5 });
    expect(error('1e999')).toMatchObject({ column: 1, length: 5 });
    expect(error('')).toMatchObject({ column: 1, length: 0 });
  });

  it('limits length and nesting', () => {
    expect(error('x+'.repeat(100) + 'x')).toEqual({
      message: `formula is 201 characters; the limit is ${MAX_FORMULA_LENGTH}`,
      column: 201,
      length: 1,
    });
    const deep = `${'('.repeat(MAX_NESTING + 1)}x${')'.repeat(MAX_NESTING + 1)}`;
    expect(error(deep)).toEqual({
      message: `nesting deeper than ${MAX_NESTING} at column ${MAX_NESTING + 1}`,
      column: MAX_NESTING + 1,
      length: 1,
    });
    const ok = `${'('.repeat(MAX_NESTING)}x${')'.repeat(MAX_NESTING)}`;
    expect(parseFormula(ok).ok).toBe(true);
    expect(parseFormula('sin('.repeat(MAX_NESTING) + 'x' + ')'.repeat(MAX_NESTING)).ok).toBe(true);
    expect(error('sin('.repeat(MAX_NESTING + 1) + 'x' + ')'.repeat(MAX_NESTING + 1)).message).toMatch(/^nesting deeper than 32/);
  });

  it('a 200-character formula is accepted', () => {
    const source = 'x+'.repeat(99) + '2x';
    expect(source.length).toBe(200);
    expect(error(source).message).toMatch(/^missing operator/); // reaches the parser, not the length check
    expect(parseFormula('x+'.repeat(99) + 'x ').ok).toBe(true);
  });
});

describe('parameter declarations', () => {
  it('reads one per ; or line, with signs and exponents', () => {
    const r = parseDeclarations('b in [0, 5] = 1; a in [-1e-1, +2] = -0.05\n');
    expect(r).toEqual({
      ok: true,
      value: [
        { name: 'b', min: 0, max: 5, default: 1, step: 0.05 },
        { name: 'a', min: -0.1, max: 2, default: -0.05, step: 0.02 },
      ],
    });
    expect(parseDeclarations('')).toEqual({ ok: true, value: [] });
    expect(parseDeclarations(' ;\n ')).toEqual({ ok: true, value: [] });
  });

  it('picks a slider step of 1, 2 or 5 × 10ᵏ giving at least 100 steps', () => {
    const step = (decl: string): number => {
      const r = parseDeclarations(decl);
      if (!r.ok) throw new Error(r.error.message);
      return r.value[0]!.step;
    };
    expect(step('b in [0, 1] = 0')).toBe(0.01);
    expect(step('b in [0, 3] = 0')).toBe(0.02);
    expect(step('b in [0, 10] = 0')).toBe(0.1);
    expect(step('b in [-100, 100] = 0')).toBe(2);
  });

  it.each([
    ['x in [0, 1] = 0', 1, "'x' at column 1 cannot be a parameter name: it already means something (pick e.g. a, b or beta)"],
    ['exp in [0, 1] = 0', 1, "'exp' at column 1 cannot be a parameter name"],
    ['pi in [0, 1] = 0', 1, "'pi' at column 1 cannot be a parameter name"],
    ['constructor in [0, 1] = 0', 1, "'constructor' at column 1 cannot be a parameter name"],
    ['__proto__ in [0, 1] = 0', 1, "'__proto__' at column 1 cannot be a parameter name"],
    ['b in [0, 1] = 0; b in [0, 2] = 1', 18, "parameter 'b' at column 18 is declared twice"],
    ['a in [0, 1] = 0; b in [0, 1] = 0; c in [0, 1] = 0', 35, "at most 2 parameters; 'c' at column 35 is one too many"],
    ['b [0, 1] = 0', 3, "expected 'in' after 'b' at column 3, not '['"],
    ['b in 0, 1 = 0', 6, "expected '[' at column 6, not '0'"],
    ['b in [x, 1] = 0', 7, "expected a number (the smallest value) at column 7, not 'x'"],
    ['b in [0 1] = 0', 9, "expected ',' at column 9, not '1'"],
    ['b in [0, 1 = 0', 12, "expected ']' at column 12, not '='"],
    ['b in [0, 1]', 12, "expected '=' and a default value at column 12, where the text ends"],
    ['b in [0, 1] = ', 15, 'expected a number (the default value) at column 15, where the text ends'],
    ['b in [0, 1] = 0 a in [0, 1] = 0', 17, "expected ';' or a new line between declarations at column 17, not 'a'"],
    ['b in [1, 0] = 0', 1, "parameter 'b' at column 1: the range [1, 0] is empty; write the smaller end first"],
    ['b in [0, 1] = 2', 1, "parameter 'b' at column 1: the default 2 is outside [0, 1]"],
    ['1 in [0, 1] = 0', 1, "expected a parameter name, e.g. b in [0, 5] = 1, at column 1, not '1'"],
    ['β in [0, 1] = 0', 1, "unexpected character 'β' (U+03B2) at column 1; formulas use plain ASCII letters and digits"],
    ['b in [0, 1e400] = 0', 10, 'number 1e400 at column 10 is too large for a double'],
  ])('%j → %s', (text, column, message) => {
    const r = parseDeclarations(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message.startsWith(message), r.error.message).toBe(true);
    expect(r.error.column).toBe(column);
  });

  it('limits length', () => {
    const r = parseDeclarations(' '.repeat(201));
    expect(r.ok || r.error.message).toBe('the parameter list is 201 characters; the limit is 200');
  });

  it('an undeclared name suggests declaring it; past two parameters it does not', () => {
    expect(error('x * k', ['a', 'b']).message).toBe("unknown name 'k' at column 5; known: x, pi, e, a, b");
    expect(error('constructor').message).toBe("unknown name 'constructor' at column 1; known: x, pi, e");
  });
});
