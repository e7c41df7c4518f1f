import { getCollection, type CollectionEntry } from 'astro:content';
import { isPublished, publishNow } from './schedule';

export type Post = CollectionEntry<'posts'>;

/**
 * "Now" for this build, read once so every page, the feed and the search index agree even when
 * a build runs across midnight.
 */
const BUILD_NOW = publishNow(process.env);

/**
 * Published posts, newest first: the one list every page, tag page, prev/next link, the feed,
 * the link-preview images (and so the sitemap and search index, which see only built pages)
 * read. Drafts never leave the author's machine; a post dated after the build is scheduled and
 * stays off the site until a build on or after its date.
 */
export async function getPublishedPosts(): Promise<Post[]> {
  const posts = await getCollection('posts', ({ data }) => isPublished(data, BUILD_NOW));
  return posts.sort((a, b) => b.data.pubDate.valueOf() - a.data.pubDate.valueOf());
}

/** The series in reading order: posts that set `seriesOrder`. */
export function seriesOf(posts: readonly Post[]): Post[] {
  return posts.filter((post) => post.data.seriesOrder !== undefined).sort((a, b) => (a.data.seriesOrder ?? 0) - (b.data.seriesOrder ?? 0));
}

export function postPath(post: Post): string {
  return `posts/${post.id}/`;
}

/** Whole minutes at 220 words a minute, counting prose only (not frontmatter, tags or imports). */
export function readingMinutes(body: string | undefined): number {
  const prose = (body ?? '')
    .replace(/^import .*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\$\$[\s\S]*?\$\$|\$[^$\n]*\$/g, ' formula ');
  const words = prose.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / 220));
}

export function tagsOf(posts: readonly Post[]): Map<string, Post[]> {
  const byTag = new Map<string, Post[]>();
  for (const post of posts) {
    for (const tag of post.data.tags) byTag.set(tag, [...(byTag.get(tag) ?? []), post]);
  }
  return new Map([...byTag].sort(([a], [b]) => a.localeCompare(b)));
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

export function formatDate(date: Date): string {
  return dateFormat.format(date);
}
