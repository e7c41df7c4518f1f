import { crc32 as zlibCrc32 } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addPngText, crc32, textChunk } from '../../../src/figures/kit/png-text-chunk';

/** Chunks of a PNG, read with an independent walk; each CRC checked with node's zlib.crc32. */
function chunks(png: Uint8Array): { type: string; data: Uint8Array; crcOk: boolean }[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const out = [];
  for (let at = 8; at < png.length;) {
    const length = view.getUint32(at);
    const typeAndData = png.subarray(at + 4, at + 8 + length);
    out.push({
      type: Buffer.from(png.subarray(at + 4, at + 8)).toString('latin1'),
      data: png.subarray(at + 8, at + 8 + length),
      crcOk: view.getUint32(at + 8 + length) === zlibCrc32(typeAndData),
    });
    at += 12 + length;
  }
  return out;
}

const realPng = (): Uint8Array =>
  new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"><rect width="4" height="3" fill="red"/></svg>').render().asPng();

describe('crc32', () => {
  it('matches the standard check values', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it('agrees with zlib on any bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => crc32(bytes) === zlibCrc32(bytes)));
  });
});

describe('textChunk', () => {
  it('is length, "tEXt", keyword NUL text, CRC', () => {
    const chunk = textChunk('Title', 'Hi');
    expect([...chunk.subarray(0, 4)]).toEqual([0, 0, 0, 8]);
    expect(Buffer.from(chunk.subarray(4, 16)).toString('latin1')).toBe('tEXtTitle\0Hi');
    expect(new DataView(chunk.buffer).getUint32(16)).toBe(zlibCrc32(chunk.subarray(4, 16)));
  });

  it('writes Latin-1 and replaces other characters with "?"', () => {
    const chunk = textChunk('Title', 'é f′');
    expect([...chunk.subarray(14, chunk.length - 4)]).toEqual([0xe9, 0x20, 0x66, 0x3f]);
  });

  it('refuses keywords outside 1–79 characters', () => {
    expect(() => textChunk('', 'x')).toThrow(RangeError);
    expect(() => textChunk('k'.repeat(80), 'x')).toThrow(RangeError);
  });
});

describe('addPngText', () => {
  it('puts the chunks after IHDR with valid CRCs and keeps every other chunk', () => {
    const png = realPng();
    const before = chunks(png);
    const out = addPngText(png, { Title: 'A figure', Source: 'https://example.test/post/#fig.x=1', Copyright: 'CC BY 4.0' });
    const after = chunks(out);
    expect(after.map((c) => c.type)).toEqual([before[0]!.type, 'tEXt', 'tEXt', 'tEXt', ...before.slice(1).map((c) => c.type)]);
    expect(after.every((c) => c.crcOk)).toBe(true);
    expect(Buffer.from(after[2]!.data).toString('latin1')).toBe('Source\0https://example.test/post/#fig.x=1');
    expect([...out.subarray(0, 8)]).toEqual([...png.subarray(0, 8)]);
    expect(out.length).toBe(png.length + after.slice(1, 4).reduce((s, c) => s + 12 + c.data.length, 0));
  });

  it('the result still decodes as an image', () => {
    const out = addPngText(realPng(), { Title: 'x' });
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="4" height="3"><image width="4" height="3" href="data:image/png;base64,${Buffer.from(out).toString('base64')}"/></svg>`;
    const pixels = new Resvg(svg).render().pixels;
    expect([...pixels.subarray(0, 4)]).toEqual([255, 0, 0, 255]);
  });

  it('refuses bytes that are not a PNG', () => {
    expect(() => addPngText(new Uint8Array(40), { Title: 'x' })).toThrow('Not a PNG');
    const png = realPng();
    png.set([0x49, 0x44, 0x41, 0x54], 12);
    expect(() => addPngText(png, { Title: 'x' })).toThrow('IHDR');
  });
});
