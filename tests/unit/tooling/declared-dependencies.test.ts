import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const SOURCE = /\.(ts|mts|mjs|js|cjs|astro)$/;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return SOURCE.test(name) ? [path] : [];
  });
}

/**
 * Package names a file imports (static, dynamic, `require`, re-exports), read by TypeScript's
 * import scanner so that `from 'x'` inside a comment or a string does not count.
 */
function bareImports(code: string): string[] {
  return ts
    .preProcessFile(code, true, true)
    .importedFiles.map((file) => file.fileName)
    .filter((s) => !s.startsWith('.') && !s.startsWith('/') && !s.startsWith('node:') && !s.startsWith('astro:'))
    .map((s) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]!))
    .filter((name) => !builtinModules.includes(name));
}

describe('package.json', () => {
  it('finds package names in the import forms the code uses', () => {
    const code = `import a from 'd3-array';\nimport { b } from "@scope/pkg/sub";\nimport 'side-effect';\nconst c = await import('lazy/x.js');\nimport d from './local';\nimport { e } from 'node:fs';\nimport f from 'path';\nimport g from 'astro:content';`;
    expect(bareImports(code)).toEqual(['d3-array', '@scope/pkg', 'side-effect', 'lazy']);
  });

  it('declares every package that src/, scripts/, tests/ and the config files import', () => {
    const configs = readdirSync(ROOT, { withFileTypes: true }).filter((entry) => entry.isFile() && SOURCE.test(entry.name));
    const files = [
      ...['src', 'scripts', 'tests'].flatMap((dir) => sourceFiles(join(ROOT, dir))),
      ...configs.map((entry) => join(ROOT, entry.name)),
    ];
    const missing = files.flatMap((file) =>
      bareImports(readFileSync(file, 'utf8'))
        .filter((name) => !declared.has(name))
        .map((name) => `${file.slice(ROOT.length + 1)}: ${name}`),
    );
    expect(missing).toEqual([]);
  }, 30_000); // reads and scans every source file: seconds on a busy machine
});
