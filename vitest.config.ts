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
          // Test files share each worker's modules instead of importing them afresh: re-importing
          // the math, happy-dom and Astro's container in each of ~100 files was 40% of the run
          // (86 → 55 s). Safe because the modules keep no state a test depends on (at most a
          // one-entry cache keyed by its inputs); the suite passes in shuffled orders.
          isolate: false,
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
          // One worker, its modules shared by every file (87 → 68 s); see the unit project.
          isolate: false,
        },
      },
    ],
  },
});
