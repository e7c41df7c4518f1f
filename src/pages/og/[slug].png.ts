/**
 * og/<post id>.png: each post's 1200×630 link-preview image (PostLayout points og:image here),
 * drawn at build time from the explorer its `ogFigure` frontmatter names. See src/lib/og/.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE } from '../../config';
import { getPublishedPosts, type Post } from '../../lib/posts';
import { ogFigureFor } from '../../lib/og/og-figure';
import { ogCardPng } from '../../lib/og/og-png';
import { explorerCardFigure } from '../../figures/activation-explorer/card-figure';

export const getStaticPaths = (async () => {
  const posts = await getPublishedPosts();
  return posts.map((post) => ({ params: { slug: post.id }, props: { post } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ post: Post }> = ({ props }) => {
  const { post } = props;
  const png = ogCardPng({
    title: post.data.title,
    siteName: SITE.title,
    kicker: post.data.seriesOrder !== undefined ? `Part ${post.data.seriesOrder} of the series` : undefined,
    footer: 'Activation functions you can drag',
    figure: explorerCardFigure(ogFigureFor(post.data.ogFigure, post.data.tags)),
  });
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
