/**
 * Scheduled posts: a post whose pubDate lies after the build's "now" is written but not yet
 * published. Every page, list, feed and index asks `isPublished` through getPublishedPosts, so a
 * scheduled post is absent everywhere until a build on or after its date (the Pages workflow
 * rebuilds daily so that it appears on time).
 */

/** What the schedule needs to know about a post. */
export interface Schedulable {
  /** The date the post carries; a date without a time is midnight UTC. */
  pubDate: Date;
  /** A draft never ships, whatever its date. */
  draft: boolean;
}

/** True when the post ships in a build made at `now`: not a draft, and dated at or before `now`. */
export function isPublished(post: Schedulable, now: Date): boolean {
  return !post.draft && post.pubDate.valueOf() <= now.valueOf();
}

/**
 * The build's "now": the wall clock, unless PUBLISH_NOW names a date or date-time (ISO 8601),
 * which tests use to build deterministically and authors use to preview a scheduled post
 * (`PUBLISH_NOW=2027-01-01 npm run dev`).
 */
export function publishNow(env: Readonly<Record<string, string | undefined>>, clock: () => Date = () => new Date()): Date {
  const raw = env.PUBLISH_NOW?.trim();
  if (!raw) return clock();
  const parsed = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(raw) ? new Date(raw) : new Date(Number.NaN);
  if (Number.isNaN(parsed.valueOf())) {
    throw new Error(`PUBLISH_NOW must be an ISO date such as 2026-12-31 or 2026-12-31T06:00:00Z, got "${raw}"`);
  }
  return parsed;
}
