import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { SITE } from '../config';
import { withBase } from '../lib/base-path';
import { getPublishedPosts, postPath } from '../lib/posts';

export async function GET(context: APIContext): Promise<Response> {
  const posts = await getPublishedPosts();
  const site = context.site ?? new URL('http://localhost:4321');
  return rss({
    title: SITE.title,
    description: SITE.description,
    // @astrojs/rss joins relative links onto `site`, so hand it paths that include the base.
    site: new URL(withBase('/'), site).href,
    items: posts.map((post) => ({
      title: post.data.title,
      description: post.data.description,
      pubDate: post.data.pubDate,
      categories: post.data.tags,
      link: new URL(withBase(postPath(post)), site).href,
    })),
    // The feed names its own address (atom:link rel=self), as feed validators ask.
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    // Readers and aggregators that republish items need the licence: RSS 2.0's <copyright>.
    customData: `<language>${SITE.lang}</language><copyright>Posts and figures © ${SITE.author}, ${SITE.contentLicence.name} (${SITE.contentLicence.url}); code MIT</copyright><atom:link href="${new URL(withBase('rss.xml'), site).href}" rel="self" type="application/rss+xml"/>`,
  });
}
