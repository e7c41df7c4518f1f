import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { FIGURE_LICENCE, exportDescription, standaloneSvg } from '../../../src/figures/kit/svg-export';

const meta = { title: 'Curves <&> "ReLU"', link: 'https://example.test/a/b-c/posts/relu/#fig.fn=relu&x=1', ...FIGURE_LICENCE };

describe('standaloneSvg', () => {
  const file = standaloneSvg({
    body: '<path d="M0 0L10 10" style="stroke:red"/>',
    width: 320,
    height: 200,
    background: 'rgb(1, 2, 3)',
    meta,
  });

  it('is one XML document with the svg namespace, size and viewBox', () => {
    expect(
      file.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="320" height="200" viewBox="0 0 320 200">',
      ),
    ).toBe(true);
    expect(file.trimEnd().endsWith('</svg>')).toBe(true);
  });

  it('carries the title, the link with its hash and the licence, escaped', () => {
    expect(file).toContain('<title>Curves &#60;&#38;&#62; &#34;ReLU&#34;</title>');
    expect(file).toContain('<dc:source rdf:resource="https://example.test/a/b-c/posts/relu/#fig.fn=relu&#38;x=1"/>');
    expect(file).toContain('<dc:rights>CC BY 4.0</dc:rights>');
    expect(file).toContain('<cc:license rdf:resource="https://creativecommons.org/licenses/by/4.0/"/>');
    expect(file).toContain(
      `<desc>${'Curves &#60;&#38;&#62; &#34;ReLU&#34;. From https://example.test/a/b-c/posts/relu/#fig.fn=relu&#38;x=1. Licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).'}</desc>`,
    );
  });

  it('paints the background first, then the drawing', () => {
    expect(file.indexOf('data-export="background"')).toBeLessThan(file.indexOf('<path'));
  });

  it('renders in an independent SVG renderer with the background colour', () => {
    const image = new Resvg(file).render();
    expect([image.width, image.height]).toEqual([320, 200]);
    expect([...image.pixels.subarray(4 * (320 * 100 + 300), 4 * (320 * 100 + 300) + 4)]).toEqual([1, 2, 3, 255]);
  });

  it('has no background when none is given', () => {
    expect(standaloneSvg({ body: '', width: 1, height: 1, meta })).not.toContain('data-export');
  });
});

describe('exportDescription', () => {
  it('names title, link and licence', () => {
    expect(exportDescription(meta)).toBe(
      `${meta.title}. From ${meta.link}. Licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).`,
    );
  });
});
