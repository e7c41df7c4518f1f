import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

const ROOT = resolve(import.meta.dirname, '../..');

export interface FixtureBuild {
  ok: boolean;
  /** stdout and stderr together, colour codes removed. */
  output: string;
  dir: string;
}

/**
 * Builds a copy of the site whose content/posts holds only the given files, as an author's
 * checkout would be: same sources, config and dependencies (node_modules is linked, not copied).
 * `env` adds variables to the author's environment (e.g. PUBLISH_NOW for a fixed "now").
 * Asynchronous, so a file's fixture builds can run side by side (`describe.concurrent`).
 */
export async function buildWithPosts(name: string, posts: Record<string, string>, env: Record<string, string> = {}): Promise<FixtureBuild> {
  const dir = join(ROOT, '.tmp/fixtures', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'content/posts'), { recursive: true });
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  for (const [file, text] of Object.entries(posts)) writeFileSync(join(dir, 'content/posts', file), text);
  const child = spawn(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
    cwd: dir,
    env: { ...authorEnvironment(), BASE_PATH: '/fixture/', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
  });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => (output += text));
  child.stderr.setEncoding('utf8').on('data', (text: string) => (output += text));
  const status = await new Promise<number | null>((done, fail) => child.on('error', fail).on('close', done));
  return { ok: status === 0, output: stripVTControlCharacters(output), dir };
}

export function post(frontmatter: string, body: string): string {
  return `---\n${frontmatter.trim()}\n---\n\n${body}\n`;
}

export const GOOD_FRONTMATTER = `title: Fixture\ndescription: A post made by a test.\npubDate: 2026-01-01\ntags: [test]`;

/** The environment an author's shell would have: without the variables vitest sets for Vite. */
function authorEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'VITEST', 'VITEST_MODE', 'TEST', 'NODE_ENV']) delete env[name];
  return env;
}
