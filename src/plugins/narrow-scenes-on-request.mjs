/**
 * A figure's build-time drawing for a phone's taller box (FigurePlot's `<template
 * data-narrow-scene>`) is only of use to a phone with JavaScript, yet every reader downloaded it
 * inside the page: 14 KB of the sigmoid post's 73 KB gzip. Once the site is built, each one moves
 * to a file of its own, named by its content, and the template is left empty with the file's
 * address and the drawing's size; the figure's element fetches it when it wakes in a box the
 * drawing fits (figure-element.ts). `astro dev` keeps the templates whole, and the element takes
 * either form.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtPages, contentHash, rewriteFiles } from './built-site.mjs';

/** Where the drawings go, under the site's base. */
const FOLDER = '_narrow';
const TEMPLATE = /<template data-narrow-scene>(<svg viewBox="0 0 ([\d.]+) ([\d.]+)">[\s\S]*?<\/svg>)<\/template>/g;

/**
 * One page's templates replaced by references to their files, and the files to write.
 *
 * @param {string} html
 * @param {string} base the site's base path, with its trailing slash
 * @returns {{ html: string, files: Map<string, string> }} files: name → SVG document
 */
export function narrowScenesToFiles(html, base) {
  /** @type {Map<string, string>} */
  const files = new Map();
  const rewritten = html.replace(TEMPLATE, (_, svg, width, height) => {
    const document = svg.replace('<svg ', '<svg xmlns="http://www.w3.org/2000/svg" ');
    const name = `${contentHash(document, 10)}.svg`;
    files.set(name, document);
    return `<template data-narrow-scene data-src="${base}${FOLDER}/${name}" data-width="${width}" data-height="${height}"></template>`;
  });
  return { html: rewritten, files };
}

/** @returns {import('astro').AstroIntegration} */
export function narrowScenesOnRequest() {
  let base = '/';
  return {
    name: 'narrow-scenes-on-request',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const pages = await builtPages(site);
        /** @type {Map<string, string>} file name → SVG document, over every page */
        const drawings = new Map();
        let moved = 0;
        await rewriteFiles(site, pages, (source) => {
          const { html, files } = narrowScenesToFiles(source, base);
          for (const [name, svg] of files) drawings.set(name, svg);
          moved += files.size;
          return html;
        });
        await mkdir(join(site, FOLDER), { recursive: true });
        for (const [name, svg] of drawings) await writeFile(join(site, FOLDER, name), svg);
        logger.info(`moved ${moved} narrow drawings out of the pages into ${FOLDER}/`);
      },
    },
  };
}
