import { existsSync } from 'node:fs';
import { FigurePropError } from './prop-errors';

// Build time only (it reads the file system): figure components call it, elements never do.
/**
 * Runs a figure's prop validation and, if it fails, puts the post's source file in front of the
 * message (`content/posts/sigmoid.mdx: <ActivationExplorer> prop "x" …`), so the author knows
 * where to look, not only what is wrong.
 */
export function validateIn<T>(page: URL, validate: () => T): T {
  try {
    return validate();
  } catch (error) {
    if (error instanceof FigurePropError) error.message = `${sourceOfPage(page.pathname)}: ${error.message}`;
    throw error;
  }
}

/** The content file a built page comes from, e.g. /base/posts/relu/ → content/posts/relu.mdx. */
export function sourceOfPage(pathname: string): string {
  // Post routes end in posts/<slug>/ whatever the base path in front of them.
  const slug = pathname.match(/(?:^|\/)posts\/([^/]+)\/?$/)?.[1];
  if (!slug) return `the page ${pathname}`;
  const candidates = [`content/posts/${slug}.mdx`, `content/posts/${slug}.md`];
  return candidates.find((file) => existsSync(file)) ?? candidates[0]!;
}
