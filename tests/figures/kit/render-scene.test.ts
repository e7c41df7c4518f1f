// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { renderScene } from '../../../src/figures/kit/render-scene';
import { explorerModel, explorerYDomains } from '../../../src/figures/activation-explorer/model';
import { sceneToSvg, type Scene } from '../../../src/figures/kit/scene';

function explorerScene(probeX: number, width = 640): Scene {
  return explorerModel({
    activations: ['sigmoid', 'relu'],
    params: {},
    probeX,
    domain: [-8, 8],
    threshold: 0.01,
    yDomains: explorerYDomains(['sigmoid', 'relu'], [-8, 8]),
    width,
    height: 440,
    idPrefix: 'test',
  }).scene;
}

function svgFrom(markup: string): SVGSVGElement {
  document.body.innerHTML = `<svg xmlns="http://www.w3.org/2000/svg">${markup}</svg>`;
  return document.querySelector('svg')!;
}

/** Element tree as text, attributes sorted, so two DOMs can be compared for sameness. */
function shape(element: Element): string {
  const attrs = [...element.attributes]
    .map((a) => `${a.name}=${a.value}`)
    .sort()
    .join(' ');
  const children = [...element.children].map(shape).join('');
  const text = element.children.length === 0 ? element.textContent : '';
  return `<${element.tagName} ${attrs}>${text}${children}</>`;
}

describe('renderScene (live) and sceneToSvg (build time) draw the same figure', () => {
  it('joining a scene into its own build-time markup changes nothing', () => {
    const scene = explorerScene(2);
    const svg = svgFrom(sceneToSvg(scene));
    const before = shape(svg);
    renderScene(svg, scene);
    svg.removeAttribute('viewBox');
    expect(shape(svg)).toBe(before);
  });

  it('an update equals a fresh build-time render of the new state', () => {
    const svg = svgFrom(sceneToSvg(explorerScene(2)));
    renderScene(svg, explorerScene(-5, 360));
    const fresh = svgFrom(sceneToSvg(explorerScene(-5, 360)));
    svg.removeAttribute('viewBox');
    expect(shape(svg)).toBe(shape(fresh));
  });

  it('keeps unchanged elements (keyed join), so only what moved is touched', () => {
    const svg = svgFrom(sceneToSvg(explorerScene(2)));
    const curve = svg.querySelector('.panel--f path.curve');
    const marker = svg.querySelector('.panel--f circle.marker');
    const markerX = marker!.getAttribute('cx');
    renderScene(svg, explorerScene(3));
    expect(svg.querySelector('.panel--f path.curve')).toBe(curve);
    expect(svg.querySelector('.panel--f circle.marker')).toBe(marker);
    expect(marker!.getAttribute('cx')).not.toBe(markerX);
  });

  it('a chain of live updates ends where a fresh render of the last state does', () => {
    // The second and later updates compare against what the renderer wrote, not the DOM.
    const svg = svgFrom(sceneToSvg(explorerScene(2)));
    for (const [x, width] of [
      [-5, 360],
      [1, 360],
      [1, 640],
      [7, 640],
    ] as const) {
      renderScene(svg, explorerScene(x, width));
    }
    const fresh = svgFrom(sceneToSvg(explorerScene(7, 640)));
    svg.removeAttribute('viewBox');
    expect(shape(svg)).toBe(shape(fresh));
  });

  it('writes nothing for a scene it has drawn already, the same object or an equal one', () => {
    const svg = svgFrom(sceneToSvg(explorerScene(2)));
    const scene = explorerScene(3);
    renderScene(svg, scene);
    const observer = new MutationObserver(() => {});
    observer.observe(svg, { subtree: true, attributes: true, childList: true, characterData: true });
    renderScene(svg, scene);
    renderScene(svg, explorerScene(3));
    expect(observer.takeRecords()).toEqual([]);
    renderScene(svg, explorerScene(4));
    expect(observer.takeRecords().length).toBeGreaterThan(0);
    observer.disconnect();
  });

  it('escapes text so a label cannot inject markup', () => {
    const markup = sceneToSvg({
      width: 10,
      height: 10,
      nodes: [{ type: 'text', key: 'k"><script>', x: 0, y: 0, text: '<img src=x onerror=alert(1)>' }],
    });
    const svg = svgFrom(markup);
    expect(svg.querySelector('script, img')).toBeNull();
    expect(svg.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
