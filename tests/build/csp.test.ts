import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { htmlPages, parsePage } from './site-files';

function policyOf(page: string): Map<string, string[]> {
  const meta = parsePage(page).querySelector('meta[http-equiv="content-security-policy"]');
  const content = meta?.getAttribute('content') ?? '';
  return new Map(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('Content-Security-Policy', () => {
  it.each(htmlPages())('%s allows scripts only from this origin or by hash', (page) => {
    const policy = policyOf(page);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    const scripts = policy.get('script-src') ?? [];
    expect(scripts).toContain("'self'");
    expect(scripts.filter((s) => s !== "'self'" && s !== "'wasm-unsafe-eval'" && !s.startsWith("'sha256-"))).toEqual([]);
    for (const directive of policy.values()) {
      expect(directive.filter((source) => /^(https?:|\*|\/\/)/.test(source))).toEqual([]);
    }
  });

  it.each(htmlPages())('%s: every inline script and style is allowed by a hash in the policy', (page) => {
    const document = parsePage(page);
    const policy = policyOf(page);
    const blocks = [
      ...[...document.querySelectorAll('script:not([src])')]
        .filter((script) => ['', 'module', 'text/javascript'].includes(script.getAttribute('type') ?? ''))
        .map((script) => ({ directive: 'script-src', text: script.textContent ?? '' })),
      ...[...document.querySelectorAll('style')].map((style) => ({ directive: 'style-src', text: style.textContent ?? '' })),
    ];
    const missing = blocks
      .filter(({ directive, text }) => !(policy.get(directive) ?? []).includes(sha256(text)))
      .map(({ directive, text }) => `${directive}: ${text.slice(0, 60)}…`);
    expect(missing, `inline blocks on ${page} that its policy does not allow`).toEqual([]);
  });

  it.each(htmlPages())('%s allows no inline style or script but by hash (style attributes excepted, for KaTeX)', (page) => {
    const policy = policyOf(page);
    for (const directive of ['script-src', 'style-src']) expect(policy.get(directive)).not.toContain("'unsafe-inline'");
    expect(policy.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
  });
});

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}
