import { describe, expect, it } from 'vitest';
import { FigurePropError } from '../../../src/figures/kit/prop-errors';
import { sourceOfPage, validateIn } from '../../../src/figures/kit/validate-in';

describe('figure prop errors name the post file', () => {
  it('maps a built post path to its source file, under any base', () => {
    expect(sourceOfPage('/a/b-c/posts/sigmoid/')).toBe('content/posts/sigmoid.mdx');
    expect(sourceOfPage('/posts/sigmoid')).toBe('content/posts/sigmoid.mdx');
    expect(sourceOfPage('/a/b-c/tags/x/')).toBe('the page /a/b-c/tags/x/');
  });

  it('prefixes the file to a prop error and lets other errors through unchanged', () => {
    const page = new URL('https://example.test/posts/relu/');
    expect(() =>
      validateIn(page, () => {
        throw new FigurePropError('ActivationExplorer', 'x', 'must lie in [-8, 8], got 99');
      }),
    ).toThrow('content/posts/relu.mdx: <ActivationExplorer> prop "x" must lie in [-8, 8], got 99.');
    expect(() =>
      validateIn(page, () => {
        throw new TypeError('other');
      }),
    ).toThrow(/^other$/);
    expect(validateIn(page, () => 42)).toBe(42);
  });
});
