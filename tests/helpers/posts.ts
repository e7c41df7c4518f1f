/**
 * The published posts as their frontmatter states them, read from content/posts with no help from
 * the site's code, so tests compare what the build made with what the author wrote.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PostInfo {
  id: string;
  title: string;
  tags: string[];
  seriesOrder?: number;
}

const POSTS_DIR = join(import.meta.dirname, '../../content/posts');

/** Published posts: not drafts, not `_`-prefixed files. */
export function publishedPosts(): PostInfo[] {
  return readdirSync(POSTS_DIR)
    .filter((name) => /^[^_].*\.mdx?$/.test(name))
    .flatMap((name) => {
      const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(POSTS_DIR, name), 'utf8'))?.[1] ?? '';
      if (/^draft:\s*true\s*$/m.test(front)) return [];
      const title = /^title:\s*(['"]?)(.*)\1\s*$/m.exec(front)?.[2] ?? '';
      const tags = (/^tags:\s*\[(.*)\]\s*$/m.exec(front)?.[1] ?? '')
        .split(',')
        .map((t) => t.trim().replace(/^['"]|['"]$/g, ''))
        .filter(Boolean);
      const order = /^seriesOrder:\s*(\d+)\s*$/m.exec(front)?.[1];
      return [{ id: name.replace(/\.mdx?$/, ''), title, tags, seriesOrder: order ? Number(order) : undefined }];
    });
}

/** The posts in the series, in reading order. */
export function seriesPosts(posts: PostInfo[] = publishedPosts()): PostInfo[] {
  return posts.filter((p) => p.seriesOrder !== undefined).sort((a, b) => a.seriesOrder! - b.seriesOrder!);
}

/** Each tag with the titles of the posts that carry it, in first-seen order. */
export function postsByTag(posts: PostInfo[] = publishedPosts()): Map<string, string[]> {
  const byTag = new Map<string, string[]>();
  for (const post of posts) for (const tag of post.tags) byTag.set(tag, [...(byTag.get(tag) ?? []), post.title]);
  return byTag;
}
