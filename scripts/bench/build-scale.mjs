/**
 * How the build scales: copies of the site whose content is N generated posts, each with
 * inline and display math and a live figure, built and timed. Flat time per post means the
 * build stays linear as a blog grows.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const ACTIVATIONS = ['sigmoid', 'tanh', 'relu', 'leaky-relu', 'gelu'];

export function timeBuild(cwd, outDir, env = {}) {
  const start = performance.now();
  const result = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) throw new Error(`Build failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
  return (performance.now() - start) / 1000;
}

export function corpusBuildTime(count) {
  const dir = join(ROOT, '.tmp/bench-corpus', String(count));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'content/posts'), { recursive: true });
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  for (let i = 0; i < count; i++) {
    const activation = ACTIVATIONS[i % ACTIVATIONS.length];
    writeFileSync(join(dir, 'content/posts', `post-${i}.mdx`), generatedPost(i, activation));
  }
  const seconds = timeBuild(dir, 'dist', { BASE_PATH: '/bench/' });
  return { posts: count, seconds: Number(seconds.toFixed(2)), msPerPost: Math.round((seconds * 1000) / count) };
}

function generatedPost(i, activation) {
  return `---
title: Generated post ${i}
description: A generated post for the build benchmark.
pubDate: 2026-01-${String((i % 28) + 1).padStart(2, '0')}
tags: [bench, tag-${i % 10}]
---

import { ActivationExplorer } from '../../src/figures';

## Section ${i}

The logistic function $\\sigma(x) = \\frac{1}{1 + e^{-x}}$ has slope $\\sigma'(x) = \\sigma(x)(1 - \\sigma(x))$.

$$
\\frac{\\partial L}{\\partial w_i} = \\delta \\, x_i, \\qquad \\sum_{k=1}^{${i + 2}} 0.25^{k}
$$

<ActivationExplorer activation="${activation}" />

${'Words that make the post a realistic length. '.repeat(40)}
`;
}
