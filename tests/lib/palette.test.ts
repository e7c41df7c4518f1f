import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PALETTE } from '../../src/lib/palette';

const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');

describe('one palette: the CSS custom properties are the TypeScript pairs', () => {
  it('declares --<name>: light-dark(<light>, <dark>) for every palette colour, with the same values', () => {
    for (const [name, [light, dark]] of Object.entries(PALETTE)) {
      const match = new RegExp(`--${name}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`).exec(css);
      expect(match, `--${name} in global.css`).not.toBeNull();
      expect([match![1], match![2]], `--${name}`).toEqual([light, dark]);
    }
  });
});
