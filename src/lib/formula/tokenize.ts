/**
 * Splits formula or parameter-declaration text into tokens. ASCII operators plus the few
 * typographic ones a reader pastes from a paper (σ, π, ·, ×, −, ≤, ≥, ≠) are accepted and
 * mapped to their plain meaning; any other character is an error naming its code point, so a
 * look-alike (Cyrillic х, fullwidth １) is visible instead of silently "not working".
 */
import { failure, type Result } from './syntax';

export type TokenKind = 'number' | 'name' | 'operator' | 'separator';

export interface Token {
  readonly kind: TokenKind;
  /** The canonical text: `*` for `·`, `sigmoid` for `σ`, `<=` for `≤`; a number's digits as written. */
  readonly text: string;
  /** Numbers only: the value. */
  readonly value: number;
  /** 1-based UTF-16 column of the first character. */
  readonly column: number;
  /** Characters in the source. */
  readonly length: number;
}

/** Longest first, so `<=` wins over `<`. */
const OPERATORS = ['<=', '>=', '==', '!=', '+', '-', '*', '/', '^', '(', ')', ',', '<', '>', '[', ']', '='];
const ALIASES: ReadonlyMap<string, { kind: TokenKind; text: string }> = new Map([
  ['σ', { kind: 'name', text: 'sigmoid' }],
  ['π', { kind: 'name', text: 'pi' }],
  ['·', { kind: 'operator', text: '*' }],
  ['×', { kind: 'operator', text: '*' }],
  ['−', { kind: 'operator', text: '-' }],
  ['≤', { kind: 'operator', text: '<=' }],
  ['≥', { kind: 'operator', text: '>=' }],
  ['≠', { kind: 'operator', text: '!=' }],
]);
const NUMBER = /^(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

function describe(char: string): string {
  const code = char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return `'${char}' (U+${code})`;
}

/** Tokens of `text`; `;` and line breaks become separators (only parameter declarations use them). */
export function tokenize(text: string): Result<Token[]> {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    const column = i + 1;
    if (char === ' ' || char === '\t' || char === '\r') {
      i++;
      continue;
    }
    if (char === ';' || char === '\n') {
      tokens.push({ kind: 'separator', text: char === ';' ? ';' : 'line break', value: NaN, column, length: 1 });
      i++;
      continue;
    }
    // Formulas are at most 200 characters, so a 400-character window holds any whole token.
    const rest = text.slice(i, i + 400);
    const number = NUMBER.exec(rest);
    if (number) {
      const value = Number(number[0]);
      if (!Number.isFinite(value))
        return failure(`number ${number[0]} at column ${column} is too large for a double`, column, number[0].length);
      tokens.push({ kind: 'number', text: number[0], value, column, length: number[0].length });
      i += number[0].length;
      continue;
    }
    const name = NAME.exec(rest);
    if (name) {
      tokens.push({ kind: 'name', text: name[0], value: NaN, column, length: name[0].length });
      i += name[0].length;
      continue;
    }
    const alias = ALIASES.get(char);
    if (alias) {
      tokens.push({ ...alias, value: NaN, column, length: 1 });
      i++;
      continue;
    }
    const operator = OPERATORS.find((op) => text.startsWith(op, i));
    if (operator) {
      tokens.push({ kind: 'operator', text: operator, value: NaN, column, length: operator.length });
      i += operator.length;
      continue;
    }
    const whole = String.fromCodePoint(text.codePointAt(i)!);
    // A letter or digit outside ASCII is almost always a look-alike pasted from elsewhere.
    const hint = /[\p{L}\p{N}]/u.test(whole) ? '; formulas use plain ASCII letters and digits' : '';
    return failure(`unexpected character ${describe(whole)} at column ${column}${hint}`, column, whole.length);
  }
  return { ok: true, value: tokens };
}
