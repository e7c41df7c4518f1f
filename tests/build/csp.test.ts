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

  it.each(htmlPages())('%s: every inline script is allowed by a hash in the policy', (page) => {
    const document = parsePage(page);
    const hashes = policyOf(page).get('script-src') ?? [];
    for (const script of document.querySelectorAll('script:not([src])')) {
      if (script.getAttribute('type') === 'application/json') continue;
      const hash = `'sha256-${createHash('sha256').update(script.textContent ?? '').digest('base64')}'`;
      expect(hashes, `inline script on ${page} is not hashed`).toContain(hash);
    }
  });
});
