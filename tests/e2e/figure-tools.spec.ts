/**
 * What every figure offers beside its picture (kit/FigureTools): the Data table follows the
 * state, the CSV, SVG and PNG downloads carry the current state with its title, link and
 * licence, and "Copy link to this view" copies a link that reopens this state.
 */
import { readFileSync } from 'node:fs';
import type { Download, Locator, Page } from '@playwright/test';
import { getActivation } from '../../src/lib/activations/registry';
import { cellText } from '../../src/figures/kit/data-table';
import { expect, liveFigure, test } from './fixtures';

interface Case {
  readonly post: string;
  readonly id: string;
  /** The slider moved (its data-key). */
  readonly key: string;
  /** Waits until the figure stops changing by itself (a training run), if it does. */
  readonly settle?: (figure: Locator) => Promise<void>;
  /** Checks the open table against the figure's readout or state after the move. */
  readonly agrees: (table: Table, figure: Locator) => Promise<void>;
}

interface Table {
  readonly caption: string;
  readonly head: string[];
  readonly body: string[][];
}

const number = (text: string): number => Number(text.replace('−', '-').replace(/,/g, ''));
const readoutText = async (figure: Locator): Promise<string> => (await figure.locator('[data-role="readout"]').textContent()) ?? '';

const CASES: readonly Case[] = [
  {
    post: 'sigmoid',
    id: 'explorer-sigmoid',
    key: 'x',
    agrees: async (table, figure) => {
      const x = number(/at x = (−?[\d.]+)/.exec(await readoutText(figure))![1]!);
      const sigmoid = getActivation('sigmoid');
      expect(table.body).toContainEqual([cellText(x), cellText(sigmoid.f(x, {})), cellText(sigmoid.df(x, {}))]);
    },
  },
  {
    post: 'sigmoid',
    id: 'depth-gradients',
    key: 'depth',
    agrees: async (table, figure) => {
      const depth = Number(await figure.locator('input[data-key="depth"]').inputValue());
      expect(table.body.map((row) => row[0])).toEqual(Array.from({ length: depth }, (_, i) => String(i + 1)));
      expect(await readoutText(figure)).toContain(`reaches layer ${depth}`);
    },
  },
  {
    post: 'sigmoid',
    id: 'saturation-sigmoid',
    key: 'w',
    agrees: async (table, figure) => {
      const units = number(/of ([\d,]+) units/.exec(await readoutText(figure))![1]!);
      expect(table.body.reduce((sum, row) => sum + number(row[2]!), 0)).toBe(units);
      const scale = /at weight scale ([\d.]+)/.exec(await readoutText(figure))![1]!;
      expect(table.caption).toContain(`weight scale ${scale}`);
    },
  },
  {
    post: 'sigmoid',
    id: 'zigzag-descent',
    key: 'lr',
    agrees: async (table, figure) => {
      const steps = [...(await readoutText(figure)).matchAll(/after ([\d,]+) steps/g)].map((m) => number(m[1]!));
      expect(number(table.body.at(-1)![0]!)).toBe(Math.max(...steps));
    },
  },
  {
    post: 'relu',
    id: 'sparsity',
    key: 'bias',
    agrees: async (table, figure) => {
      const share = number(/ReLU: ([\d.]+)%/.exec(await readoutText(figure))![1]!) / 100;
      const relu = table.body.filter((row) => row[0] === 'ReLU');
      const zeros = number(relu.find((row) => row[1] === 'exactly 0')![4]!);
      const total = relu.reduce((sum, row) => sum + number(row[4]!), 0);
      expect(zeros / total).toBeCloseTo(share, 3);
    },
  },
  {
    post: 'activation-is-all-you-need',
    id: 'relu-composition',
    key: 'c',
    agrees: async (table, figure) => {
      const gap = number(/: (−?[\d.]+), at x/.exec(await readoutText(figure))![1]!);
      const biggest = Math.max(...table.body.map((row) => Math.abs(number(row[3]!))));
      expect(biggest).toBeLessThanOrEqual(gap * 1.001 + 1e-9);
    },
  },
  {
    post: 'dying-relu',
    id: 'dying-relu',
    key: 'lr',
    settle: async (figure) => {
      await expect(figure.locator('[data-role="status"]')).not.toContainText('Training', { timeout: 60_000 });
    },
    agrees: async (table, figure) => {
      const dead = [...(await readoutText(figure)).matchAll(/Dead units: (\d+) of \d+/g)].map((m) => m[1]);
      expect(table.body.map((row) => row[3])).toEqual(dead);
    },
  },
];

async function readTable(figure: Locator): Promise<Table> {
  return figure.locator('details[data-role="data"] table').evaluate((table: HTMLTableElement) => ({
    caption: table.caption?.textContent ?? '',
    head: [...table.tHead!.rows[0]!.cells].map((c) => c.textContent ?? ''),
    body: [...table.tBodies[0]!.rows].map((r) => [...r.cells].map((c) => c.textContent ?? '')),
  }));
}

async function download(page: Page, button: Locator): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { file, bytes: readFileSync((await file.path())!) };
}

/** A minimal RFC 4180 reader for the downloaded CSV. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split('\r\n').slice(0, -1)) {
    const cells: string[] = [];
    for (const m of line.matchAll(/("((?:[^"]|"")*)"|[^,]*)(,|$)/g)) {
      cells.push(m[2] !== undefined ? m[2].replace(/""/g, '"') : m[1]!);
      if (m[3] === '') break;
    }
    rows.push(cells);
  }
  return rows;
}

for (const c of CASES) {
  test(`${c.id}: Data table follows the state; CSV, SVG and PNG carry it; the copied link reopens it`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // No replay animation: the training figure shows finished runs, and retrains at once after a change.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`posts/${c.post}/`);
    const figure = await liveFigure(page.locator(`figure#${c.id}`));
    const details = figure.locator('details[data-role="data"]');
    await expect(details).not.toHaveAttribute('open');
    await details.locator('summary', { hasText: 'Data' }).click();
    const table = details.locator('table');
    await expect(table).toBeVisible();
    await expect(table.locator('caption')).not.toBeEmpty();
    const heads = table.locator('thead th');
    expect(await heads.count()).toBeGreaterThan(1);
    for (const th of await heads.all()) await expect(th).toHaveAttribute('scope', 'col');
    await c.settle?.(figure);
    const before = await readTable(figure);

    const slider = figure.locator(`input[data-key="${c.key}"], input[data-role="${c.key}"]`);
    const start = await slider.inputValue();
    await slider.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    // A slider already at its maximum moves the other way.
    if ((await slider.inputValue()) === start) for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => JSON.stringify(await readTable(figure))).not.toBe(JSON.stringify(before));
    await c.settle?.(figure);
    const after = await readTable(figure);
    expect(after.body.length).toBeLessThanOrEqual(51);
    await c.agrees(after, figure);
    const value = await slider.inputValue();
    await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash))).toContain(`${c.id}.`);

    const csv = await download(page, figure.getByRole('button', { name: 'Download CSV' }));
    expect(csv.file.suggestedFilename()).toBe(`${c.id}.csv`);
    const rows = parseCsv(csv.bytes.toString('utf8'));
    expect(rows[0]).toEqual(after.head);
    expect(rows).toHaveLength(after.body.length + 1);
    // Full precision: each number cell reads as the number the table shows, rounded.
    rows.slice(1).forEach((row, i) =>
      row.forEach((cell, j) => {
        if (cell !== '' && Number.isFinite(Number(cell))) expect(cellText(Number(cell))).toBe(after.body[i]![j]);
      }),
    );

    const svg = await download(page, figure.getByRole('button', { name: 'Download SVG' }));
    expect(svg.file.suggestedFilename()).toBe(`${c.id}.svg`);
    const svgText = svg.bytes.toString('utf8');
    const link = /<dc:source rdf:resource="([^"]+)"/.exec(svgText)?.[1]?.replace(/&#38;/g, '&');
    expect(link).toBeDefined();
    const url = new URL(link!);
    expect(url.pathname).toBe(new URL(page.url()).pathname);
    // The hash holds the moved setting (the page's own hash may lag by its 250 ms write delay).
    expect(decodeURIComponent(url.hash)).toContain(`${c.id}.${c.key}=`);
    expect(svgText).toMatch(/<title>[^<]{10,}<\/title>/);
    expect(svgText).toContain('<dc:rights>CC BY 4.0</dc:rights>');
    expect(svgText).toMatch(/style="fill:rgb/); // computed styles inlined

    const png = await download(page, figure.getByRole('button', { name: 'Download PNG' }));
    expect(png.file.suggestedFilename()).toBe(`${c.id}.png`);
    expect([...png.bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    expect(png.bytes.toString('latin1')).toContain(`tEXtSource\0${url.href}`);
    expect(png.bytes.toString('latin1')).toContain('tEXtCopyright\0CC BY 4.0');
    // Drawn at two image pixels per CSS pixel.
    const box = await figure.locator('.figure__plot svg').boundingBox();
    expect(png.bytes.readUInt32BE(16)).toBe(2 * Math.round(box!.width));

    await figure.getByRole('button', { name: 'Copy link to this view' }).click();
    await expect(figure.locator('[data-role="tools-status"]')).toHaveText('Link copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(url.href);

    // The link reopens this state.
    await page.goto(copied);
    const reopened = await liveFigure(page.locator(`figure#${c.id}`));
    await expect(reopened.locator(`input[data-key="${c.key}"], input[data-role="${c.key}"]`)).toHaveValue(value);
  });
}

test('copy link falls back to a selected text field without clipboard access', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
  });
  await page.goto('posts/sigmoid/#explorer-sigmoid.x=1.5');
  const figure = await liveFigure(page.locator('figure#explorer-sigmoid'));
  await figure.getByRole('button', { name: 'Copy link to this view' }).click();
  const field = figure.getByRole('textbox', { name: 'Link to this view' });
  await expect(field).toBeVisible();
  await expect(field).toBeFocused();
  expect(await field.inputValue()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/a\/b-c\/posts\/sigmoid\/#explorer-sigmoid\.x=1\.5$/);
  expect(await field.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd])).toEqual([
    0,
    (await field.inputValue()).length,
  ]);
  await expect(figure.locator('[data-role="tools-status"]')).toContainText('Link selected');
});

test('atlas offers its properties as CSV and a link, and has no picture buttons', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('posts/activation-is-all-you-need/');
  const figure = page.locator('figure#atlas');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.getByRole('button', { name: 'Download SVG' })).toHaveCount(0);
  const csv = await download(page, figure.getByRole('button', { name: 'Download CSV' }));
  expect(csv.file.suggestedFilename()).toBe('atlas.csv');
  const rows = parseCsv(csv.bytes.toString('utf8'));
  expect(rows[0]![0]).toBe('function');
  expect(rows.map((r) => r[0])).toContain('ReLU');
  await figure.getByRole('button', { name: 'Copy link to this view' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/posts\/activation-is-all-you-need\/#atlas$/);
});

test('without JavaScript the Data table is there and the buttons are not', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('posts/sigmoid/');
  const figure = page.locator('figure#explorer-sigmoid');
  await figure.locator('summary', { hasText: 'Data' }).click();
  await expect(figure.locator('details table tbody tr').first()).toBeVisible();
  await expect(figure.getByRole('button', { name: 'Download CSV' })).toBeHidden();
  await context.close();
});
