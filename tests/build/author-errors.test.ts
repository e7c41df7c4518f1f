import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { ACTIVATION_IDS } from '../../src/lib/activations/registry';
import { buildWithPosts, GOOD_FRONTMATTER, post } from './fixture';

const IMPORT = "import { ActivationExplorer } from '../../src/figures';";

// Each case is a mistake an author can make; each must fail the build and say where and what.
// The builds run side by side: each is mostly one busy core, and there are six of them.
describe.concurrent('a build with an author mistake fails with a message that names the problem', () => {
  it('unknown activation name: lists every valid name', async ({ expect }) => {
    const build = await buildWithPosts('unknown-activation', {
      'bad.mdx': post(GOOD_FRONTMATTER, `${IMPORT}\n\n<ActivationExplorer activation="sigmoidd" />`),
    });
    expect(build.ok).toBe(false);
    expect(build.output).toContain(
      'content/posts/bad.mdx: <ActivationExplorer> prop "activation" "sigmoidd" is not an activation in the registry',
    );
    expect(build.output).toContain(`Valid names: ${ACTIVATION_IDS.join(', ')}`);
  });

  it('out-of-range figure prop: names the prop and its range', async ({ expect }) => {
    const build = await buildWithPosts('bad-prop', {
      'bad.mdx': post(GOOD_FRONTMATTER, `${IMPORT}\n\n<ActivationExplorer activation="relu" x={99} />`),
    });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/content\/posts\/bad\.mdx: <ActivationExplorer> prop "x" must lie in \[-8, 8\], got 99/);
  });

  it('bad frontmatter: names the file and the field', async ({ expect }) => {
    const build = await buildWithPosts('bad-frontmatter', {
      'no-title.md': post('description: Missing its title.\npubDate: 2026-01-01', 'Text.'),
    });
    expect(build.ok).toBe(false);
    expect(build.output).toContain('no-title.md');
    expect(build.output).toMatch(/title/);
  });

  it('bad date in frontmatter: names the field', async ({ expect }) => {
    const build = await buildWithPosts('bad-date', {
      'bad-date.md': post('title: T\ndescription: D\npubDate: not-a-date', 'Text.'),
    });
    expect(build.ok).toBe(false);
    expect(build.output).toContain('bad-date.md');
    expect(build.output).toMatch(/pubDate/);
  });

  it('malformed formula: names the file, never ships red error text', async ({ expect }) => {
    const build = await buildWithPosts('bad-math', {
      'bad-math.md': post(GOOD_FRONTMATTER, 'A broken formula: $\\frac{1}{$ here.'),
    });
    expect(build.ok).toBe(false);
    expect(build.output).toContain('bad-math.md');
    expect(build.output).toMatch(/Malformed formula/);
  });

  it('drafts and _files build but never ship', async ({ expect }) => {
    const build = await buildWithPosts('drafts', {
      'shipped.md': post(GOOD_FRONTMATTER, 'Published.'),
      'draft.md': post(`${GOOD_FRONTMATTER}\ndraft: true`, 'Not yet.'),
      '_scratch.md': 'not even frontmatter',
    });
    expect(build.ok, build.output).toBe(true);
    expect(existsSync(join(build.dir, 'dist/posts/shipped/index.html'))).toBe(true);
    expect(existsSync(join(build.dir, 'dist/posts/draft/index.html'))).toBe(false);
    expect(existsSync(join(build.dir, 'dist/posts/_scratch/index.html'))).toBe(false);
  });
});
