import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineBlocks, policyFor, withPolicy } from '../../../src/plugins/content-security-policy.mjs';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const META = '<meta http-equiv="content-security-policy" content="">';

describe('post-build CSP hashing', () => {
  it('finds inline scripts and styles, not external or data scripts', () => {
    const html = `<script>a()</script><script type="module">b()</script><script src="x.js"></script>
      <script type="application/json">{"c":1}</script><style>p{color:red}</style><style media="print">q{}</style>`;
    expect(inlineBlocks(html)).toEqual({ scripts: ['a()', 'b()'], styles: ['p{color:red}', 'q{}'] });
  });

  it('allows each inline block by its sha256, once, and style attributes only via style-src-attr', () => {
    const policy = policyFor('<script>a()</script><script>a()</script><style>p{}</style>');
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hash('a()')};`);
    expect(policy).toContain(`style-src 'self' ${hash('p{}')};`);
    expect(policy).toContain("style-src-attr 'unsafe-inline'");
    expect(policy.match(/sha256-/g)).toHaveLength(2);
  });

  it('rewrites the meta tag with the page’s own hashes', () => {
    const page = `<head>${META}<style>p{}</style></head>`;
    expect(withPolicy(page, 'x.html')).toContain(hash('p{}'));
    expect(withPolicy(page, 'x.html')).not.toContain('content=""');
  });

  it('refuses a page without a policy to fill in', () => {
    expect(() => withPolicy('<head><style>p{}</style></head>', 'x.html')).toThrow(/x\.html has no Content-Security-Policy/);
  });
});
