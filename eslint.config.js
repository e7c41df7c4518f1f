// ESLint (flat config): the recommended rules of ESLint, typescript-eslint and eslint-plugin-astro,
// without type-aware rules (they would need the whole program and slow every run several-fold;
// `astro check` already type-checks). Formatting is Prettier's job, not ESLint's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', '.tmp/', 'node_modules/', 'bench-results/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name` marks a parameter a signature needs but the body does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Type-only imports stay separate so the bundler drops them and the reader sees what is a type.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Reference values are printed with 17+ digits from high-precision sources on purpose: the
    // literal states the exact value, and the nearest double is what the test compares with.
    files: ['tests/**'],
    rules: { 'no-loss-of-precision': 'off' },
  },
  {
    // CommonJS shims that replace stdlib helpers byte for byte (see astro.config.mjs).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
