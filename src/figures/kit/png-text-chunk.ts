/**
 * Writes text into a PNG file: tEXt chunks (PNG spec §11.3.4.3: keyword, a zero byte, Latin-1
 * text) inserted right after the IHDR chunk, each with its CRC-32 over type and data. A canvas
 * can only export pixels, so this is how a downloaded PNG carries its title, its link and its
 * licence.
 */

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

/** CRC-32 (ISO 3309, the polynomial PNG uses), table built once. */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * Latin-1 bytes of `text`; characters outside Latin-1 (tEXt allows no others) become "?", so a
 * title with a "′" still makes a valid file.
 */
function latin1(text: string): number[] {
  return [...text].map((ch) => {
    const code = ch.codePointAt(0)!;
    return code <= 0xff ? code : 63;
  });
}

/** One tEXt chunk. The keyword is 1–79 Latin-1 characters (spec), e.g. "Title", "Source", "Copyright". */
export function textChunk(keyword: string, text: string): Uint8Array {
  if (keyword.length < 1 || keyword.length > 79) throw new RangeError(`PNG text keyword must be 1–79 characters: "${keyword}"`);
  const data = [...latin1(keyword), 0, ...latin1(text)];
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  chunk.set([116, 69, 88, 116], 4); // "tEXt"
  chunk.set(data, 8);
  view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
  return chunk;
}

/** `png` with one tEXt chunk per entry after its IHDR. Throws if `png` is not a PNG that starts with IHDR. */
export function addPngText(png: Uint8Array, entries: Readonly<Record<string, string>>): Uint8Array {
  if (png.length < 33 || SIGNATURE.some((byte, i) => png[i] !== byte)) throw new Error('Not a PNG file');
  const ihdrLength = new DataView(png.buffer, png.byteOffset).getUint32(8);
  if (String.fromCharCode(...png.subarray(12, 16)) !== 'IHDR') throw new Error('PNG does not start with IHDR');
  const afterIhdr = 8 + 12 + ihdrLength;
  const chunks = Object.entries(entries).map(([keyword, text]) => textChunk(keyword, text));
  const out = new Uint8Array(png.length + chunks.reduce((sum, c) => sum + c.length, 0));
  out.set(png.subarray(0, afterIhdr), 0);
  let at = afterIhdr;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  out.set(png.subarray(afterIhdr), at);
  return out;
}
