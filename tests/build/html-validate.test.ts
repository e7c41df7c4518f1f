import { describe, expect, it } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { join } from 'node:path';
import { htmlPages, SITE_DIR } from './site-files';

// Rules are in .htmlvalidate.json: the recommended preset, minus inline styles (KaTeX places
// every glyph with a style attribute) and long titles (post titles are the author's call).
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('every built page is valid HTML', () => {
  it.each(htmlPages())('%s', async (page) => {
    const report = await validator.validateFile(join(SITE_DIR, page));
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(messages).toEqual([]);
  });
});
