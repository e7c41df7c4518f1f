/**
 * Recursive-descent parser from tokens to the closed syntax tree, and the parser for parameter
 * declarations written beside a formula. Grammar, loosest binding first:
 *
 *   formula    := sum
 *   sum        := product (('+' | '-') product)*           left-associative
 *   product    := unary (('*' | '/') unary)*               left-associative
 *   unary      := ('-' | '+') unary | power                so -x^2 = -(x^2)
 *   power      := atom ('^' unary)?                        right-associative: 2^3^2 = 2^9
 *   atom       := number | x | pi | e | parameter | name '(' arguments ')' | '(' sum ')'
 *   if(…)      := 'if' '(' sum relation sum ',' sum ',' sum ')'
 *
 * Two adjacent values (`2x`, `x(x+1)`) are an error suggesting `*`, not an implicit product:
 * `e(x)` or `b(x)` would otherwise read as a call to a reader and as a product to the parser.
 *
 * Length is checked before tokenising and parenthesis depth before parsing, so recursion is
 * bounded by the 200-character limit whatever the input.
 */
import { tokenize, type Token } from './tokenize';
import {
  BINARY_FUNCTIONS,
  CONSTANTS,
  FUNCTION_NAMES,
  UNARY_FUNCTIONS,
  failure,
  type BinaryFunction,
  type Comparison,
  type FormulaNode,
  type Relation,
  type Result,
  type UnaryFunction,
} from './syntax';

export const MAX_FORMULA_LENGTH = 200;
/** Parentheses (including a call's) nested deeper than this are refused. */
export const MAX_NESTING = 32;
export const MAX_PARAMS = 2;

const RELATIONS: readonly string[] = ['<', '<=', '>', '>=', '==', '!='];
const RESERVED: readonly string[] = ['x', 'in', ...FUNCTION_NAMES, ...Object.keys(CONSTANTS)];

/** Thrown inside the parser only, and turned into a `Result` at its one entry point. */
class Stop {
  constructor(
    readonly message: string,
    readonly column: number,
    readonly length: number,
  ) {}
}

/** Not x, in, a function or a constant, nor a property every object has (constructor, __proto__). */
function validParamName(name: string): boolean {
  return !RESERVED.includes(name) && !(name in Object.prototype);
}

function isUnary(name: string): name is UnaryFunction {
  return (UNARY_FUNCTIONS as readonly string[]).includes(name);
}

function isBinary(name: string): name is BinaryFunction {
  return (BINARY_FUNCTIONS as readonly string[]).includes(name);
}

function lengthError(text: string, what: string): Result<never> | undefined {
  if (text.length > MAX_FORMULA_LENGTH) {
    return failure(
      `${what} is ${text.length} characters; the limit is ${MAX_FORMULA_LENGTH}`,
      MAX_FORMULA_LENGTH + 1,
      text.length - MAX_FORMULA_LENGTH,
    );
  }
  return undefined;
}

/** Balanced parentheses no deeper than MAX_NESTING, checked without recursion. */
function nestingError(tokens: readonly Token[]): Result<never> | undefined {
  const open: Token[] = [];
  for (const t of tokens) {
    if (t.text === '(' && t.kind === 'operator') {
      open.push(t);
      if (open.length > MAX_NESTING) return failure(`nesting deeper than ${MAX_NESTING} at column ${t.column}`, t.column);
    } else if (t.text === ')' && t.kind === 'operator') {
      if (!open.pop()) return failure(`unbalanced parenthesis at column ${t.column}: this ')' closes nothing`, t.column);
    }
  }
  const unclosed = open.pop();
  return unclosed && failure(`unbalanced parenthesis at column ${unclosed.column}: this '(' is never closed`, unclosed.column);
}

/** How a token reads in a message: `'tan'`, `'*'`, `';'`. */
function quote(t: Token): string {
  return t.kind === 'separator' && t.text !== ';' ? 'a line break' : `'${t.text}'`;
}

/** ", not 'x'" naming the token found instead of the one expected; nothing at the end of the text. */
function notThis(t: Token | undefined): string {
  return t ? `, not ${quote(t)}` : '';
}

/**
 * The tree for `source`, a formula in x that may read the named parameters. Never throws.
 */
export function parseFormula(source: string, paramNames: readonly string[] = []): Result<FormulaNode> {
  const tooLong = lengthError(source, 'formula');
  if (tooLong) return tooLong;
  if (source.trim() === '') return failure('the formula is empty; write an expression in x, e.g. x * sigmoid(x)', 1, 0);
  const tokenized = tokenize(source);
  if (!tokenized.ok) return tokenized;
  const tokens = tokenized.value;
  const nesting = nestingError(tokens);
  if (nesting) return nesting;

  const end = source.length + 1;
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const isOp = (text: string): boolean => peek()?.kind === 'operator' && peek()?.text === text;
  const stopAt = (t: Token | undefined, message: (at: string) => string): never => {
    throw t
      ? new Stop(message(`at column ${t.column}`), t.column, t.length)
      : new Stop(message(`at column ${end}, where the formula ends`), end, 0);
  };
  const expect = (text: string, what: string): void => {
    if (isOp(text)) pos++;
    else stopAt(peek(), (at) => `expected ${what} ${at}${notThis(peek())}`);
  };

  /** One left-associative level: operands joined by either of two operators, a − b − c = (a − b) − c. */
  function leftAssociative(ops: readonly ['+', '-'] | readonly ['*', '/'], operand: () => FormulaNode): FormulaNode {
    let left = operand();
    while (ops.some(isOp)) {
      const op = tokens[pos++]!.text as (typeof ops)[number];
      left = { kind: 'binary', op, left, right: operand() };
    }
    return left;
  }

  function sum(): FormulaNode {
    return leftAssociative(['+', '-'], product);
  }

  function product(): FormulaNode {
    return leftAssociative(['*', '/'], unary);
  }

  function unary(): FormulaNode {
    if (isOp('-')) {
      pos++;
      return { kind: 'negate', arg: unary() };
    }
    if (isOp('+')) {
      pos++;
      return unary();
    }
    return power();
  }

  function power(): FormulaNode {
    const base = atom();
    const next = peek();
    if (next && (next.kind === 'number' || next.kind === 'name' || (next.kind === 'operator' && next.text === '('))) {
      const previous = tokens[pos - 1]!;
      stopAt(
        next,
        (at) => `missing operator between '${previous.text}' and '${next.text}' ${at}; write ${previous.text}*${next.text} for a product`,
      );
    }
    if (!isOp('^')) return base;
    pos++;
    return { kind: 'binary', op: '^', left: base, right: unary() };
  }

  function args(name: string, count: number, opening: Token): FormulaNode[] {
    expect('(', `'(' after the function name '${name}'`);
    const list = [sum()];
    while (isOp(',')) {
      pos++;
      list.push(sum());
    }
    if (!isOp(')')) stopAt(peek(), (at) => `expected ',' or ')' ${at}${notThis(peek())}`);
    pos++;
    if (list.length !== count) {
      throw new Stop(
        `${name} takes ${count} argument${count === 1 ? '' : 's'}, not ${list.length}, at column ${opening.column}`,
        opening.column,
        opening.length,
      );
    }
    return list;
  }

  function comparison(): Comparison {
    const left = sum();
    const t = peek();
    if (!(t?.kind === 'operator' && RELATIONS.includes(t.text))) {
      return stopAt(t, (at) => `expected a comparison (<, <=, >, >=, ==, !=) ${at}: if(condition, value if true, value if false)`);
    }
    pos++;
    return { op: t.text as Relation, left, right: sum() };
  }

  function conditional(opening: Token): FormulaNode {
    expect('(', `'(' after 'if'`);
    const test = comparison();
    expect(',', `',' after the condition of if(…) (opened at column ${opening.column})`);
    const then = sum();
    expect(',', `',' before the third argument of if(…) (opened at column ${opening.column})`);
    const otherwise = sum();
    if (!isOp(')')) stopAt(peek(), (at) => `expected ')' ${at}: if takes 3 arguments`);
    pos++;
    return { kind: 'if', test, then, otherwise };
  }

  function atom(): FormulaNode {
    const t = peek();
    if (!t) return stopAt(t, (at) => `expected a number or x ${at}`);
    if (t.kind === 'number') {
      pos++;
      return { kind: 'number', value: t.value };
    }
    if (t.kind === 'operator' && t.text === '(') {
      pos++;
      const inner = sum();
      expect(')', `')'`);
      return inner;
    }
    if (t.kind === 'operator' && t.text === '*' && tokens[pos - 1]?.text === '*') {
      return stopAt(t, (at) => `unexpected '**' ${at}; write ^ for a power, e.g. x^2`);
    }
    if (t.kind !== 'name') return stopAt(t, (at) => `expected a number or x ${at}, not ${quote(t)}`);
    pos++;
    const name = t.text;
    const called = isOp('(');
    if (name === 'x' && !called) return { kind: 'x' };
    if (Object.hasOwn(CONSTANTS, name) && !called) return { kind: 'constant', name: name as keyof typeof CONSTANTS };
    if (paramNames.includes(name) && !called) return { kind: 'param', name };
    if (name === 'if') return conditional(t);
    if (isUnary(name)) return { kind: 'call', fn: name, arg: args(name, 1, t)[0]! };
    if (isBinary(name)) {
      const [left, right] = args(name, 2, t);
      return { kind: 'call2', fn: name, left: left!, right: right! };
    }
    if (called) {
      const hint =
        name === 'x' || Object.hasOwn(CONSTANTS, name) || paramNames.includes(name)
          ? `; write ${name}*(…) for a product`
          : `; known: ${FUNCTION_NAMES.join(', ')}`;
      throw new Stop(`unknown function '${name}' at column ${t.column}${hint}`, t.column, t.length);
    }
    const known = ['x', 'pi', 'e', ...paramNames].join(', ');
    const hint =
      paramNames.length < MAX_PARAMS && validParamName(name) ? ` (or declare it beside the formula, e.g. ${name} in [0, 5] = 1)` : '';
    throw new Stop(`unknown name '${name}' at column ${t.column}; known: ${known}${hint}`, t.column, t.length);
  }

  try {
    const tree = sum();
    const rest = peek();
    if (rest) {
      if (rest.kind === 'operator' && RELATIONS.includes(rest.text)) {
        stopAt(rest, (at) => `comparison '${rest.text}' ${at} is only allowed as the first argument of if(…)`);
      }
      if (rest.kind === 'operator' && rest.text === '=') stopAt(rest, (at) => `unexpected '=' ${at}; write == to compare inside if(…)`);
      stopAt(rest, (at) => `unexpected ${quote(rest)} ${at}`);
    }
    return { ok: true, value: tree };
  } catch (e) {
    if (e instanceof Stop) return failure(e.message, e.column, e.length);
    throw e;
  }
}

/** One parameter declared beside a formula, e.g. `b in [0, 5] = 1`. */
export interface ParamDeclaration {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  readonly default: number;
  /** A slider step: the largest 1, 2 or 5 × 10ᵏ that divides the range into at least 100 steps. */
  readonly step: number;
}

function niceStep(width: number): number {
  const raw = width / 100;
  const power = 10 ** Math.floor(Math.log10(raw));
  const mantissa = [5, 2, 1].find((m) => m * power <= raw * (1 + 1e-12)) ?? 1;
  return Number((mantissa * power).toPrecision(1));
}

/**
 * Parameter declarations, one per `;` or line: `name in [min, max] = default`. Numbers may
 * carry a sign; min < max and min ≤ default ≤ max. Empty text declares nothing.
 */
export function parseDeclarations(text: string): Result<ParamDeclaration[]> {
  const tooLong = lengthError(text, 'the parameter list');
  if (tooLong) return tooLong;
  const tokenized = tokenize(text);
  if (!tokenized.ok) return tokenized;
  const tokens = tokenized.value;
  const declarations: ParamDeclaration[] = [];
  let pos = 0;
  const end = text.length + 1;
  const stopAt = (t: Token | undefined, what: string): Result<never> =>
    t
      ? failure(`expected ${what} at column ${t.column}, not ${quote(t)}`, t.column, t.length)
      : failure(`expected ${what} at column ${end}, where the text ends`, end, 0);
  const take = (text: string): boolean => {
    const t = tokens[pos];
    if (t && t.kind !== 'number' && t.text === text) {
      pos++;
      return true;
    }
    return false;
  };
  const signedNumber = (): number | undefined => {
    const sign = take('-') ? -1 : (take('+'), 1);
    const t = tokens[pos];
    if (t?.kind !== 'number') return undefined;
    pos++;
    return sign * t.value;
  };

  while (pos < tokens.length) {
    if (take(';') || take('line break')) continue;
    const nameToken = tokens[pos]!;
    if (nameToken.kind !== 'name') return stopAt(nameToken, 'a parameter name, e.g. b in [0, 5] = 1,');
    const name = nameToken.text;
    const at = `at column ${nameToken.column}`;
    if (!validParamName(name)) {
      return failure(
        `'${name}' ${at} cannot be a parameter name: it already means something (pick e.g. a, b or beta)`,
        nameToken.column,
        nameToken.length,
      );
    }
    if (declarations.some((d) => d.name === name))
      return failure(`parameter '${name}' ${at} is declared twice`, nameToken.column, nameToken.length);
    if (declarations.length >= MAX_PARAMS)
      return failure(`at most ${MAX_PARAMS} parameters; '${name}' ${at} is one too many`, nameToken.column, nameToken.length);
    pos++;
    if (!(tokens[pos]?.kind === 'name' && take('in'))) return stopAt(tokens[pos], `'in' after '${name}'`);
    if (!take('[')) return stopAt(tokens[pos], "'['");
    const min = signedNumber();
    if (min === undefined) return stopAt(tokens[pos], 'a number (the smallest value)');
    if (!take(',')) return stopAt(tokens[pos], "','");
    const max = signedNumber();
    if (max === undefined) return stopAt(tokens[pos], 'a number (the largest value)');
    if (!take(']')) return stopAt(tokens[pos], "']'");
    if (!take('=')) return stopAt(tokens[pos], "'=' and a default value");
    const value = signedNumber();
    if (value === undefined) return stopAt(tokens[pos], 'a number (the default value)');
    const next = tokens[pos];
    if (next && next.kind !== 'separator') return stopAt(next, "';' or a new line between declarations");
    if (!(min < max))
      return failure(
        `parameter '${name}' ${at}: the range [${min}, ${max}] is empty; write the smaller end first`,
        nameToken.column,
        nameToken.length,
      );
    if (!(value >= min && value <= max))
      return failure(`parameter '${name}' ${at}: the default ${value} is outside [${min}, ${max}]`, nameToken.column, nameToken.length);
    declarations.push({ name, min, max, default: value, step: niceStep(max - min) });
  }
  return { ok: true, value: declarations };
}
