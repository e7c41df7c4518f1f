import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvField, toCsv } from '../../../src/figures/kit/csv';

/** A small RFC 4180 reader, written independently of toCsv, to read our output back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

describe('csvField', () => {
  it('quotes only fields with a comma, quote or line break, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(csvField('')).toBe('');
  });

  it('writes numbers in full precision and leaves non-finite numbers empty', () => {
    expect(csvField(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(csvField(-1e-300)).toBe('-1e-300');
    expect(csvField(5e-324)).toBe('5e-324');
    expect(csvField(1.7976931348623157e308)).toBe('1.7976931348623157e+308');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(Infinity)).toBe('');
    expect(csvField(-0)).toBe('0');
  });
});

describe('toCsv', () => {
  it('writes a header row then the data, CRLF after each line', () => {
    const csv = toCsv({
      caption: 'c',
      columns: ['x', 'f(x), value'],
      rows: [
        [1, 'a'],
        [0.5, '"q"'],
      ],
    });
    expect(csv).toBe('x,"f(x), value"\r\n1,a\r\n0.5,"""q"""\r\n');
  });

  it('reads back to the same cells for any text and any finite double', () => {
    const cell = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.constantFrom(',', '"', '\r\n', '\n', ' , " '),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const width = rows[0]!.length;
        const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
        const back = parseCsv(toCsv({ caption: '', columns: table[0]!.map((_, i) => `c${i}`), rows: table }));
        expect(back.slice(1)).toEqual(table.map((r) => r.map((c) => (typeof c === 'number' ? String(c) : c))));
        for (const [i, r] of table.entries())
          r.forEach((c, j) => typeof c === 'number' && expect(Number(back[i + 1]![j])).toBe(c === 0 ? 0 : c));
      }),
    );
  });
});
