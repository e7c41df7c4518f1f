/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// getViteConfig lets tests import .astro components (Container API) and astro:content-free modules.
export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/lib/**/*.test.ts', 'tests/figures/**/*.test.ts', 'tests/site/**/*.test.ts'],
          // Worker threads start each isolated file faster than child processes: 93 → 75 s on a
          // 2-core machine. These tests need no process of their own (no chdir, no signals).
          pool: 'threads',
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          // Build tests read the site that scripts/test.mjs built, or build fixtures of their own.
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // One worker whose modules every file shares instead of importing them afresh (87 → 68 s):
          // these files only read the built site and the pure math. (The unit project stays
          // isolated: sharing there failed one formula-lab test on a clean clone, order-dependent.)
          isolate: false,
        },
      },
    ],
  },
});
