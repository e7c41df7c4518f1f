/**
 * og/default.png: the link-preview image of every page that is not a post (Head's default).
 */
import type { APIRoute } from 'astro';
import { SITE } from '../../config';
import { DEFAULT_OG_FIGURE } from '../../lib/og/og-figure';
import { ogCardPng } from '../../lib/og/og-png';
import { explorerCardFigure } from '../../figures/activation-explorer/card-figure';

export const GET: APIRoute = () => {
  const png = ogCardPng({
    title: 'Live plots and live experiments on neural-network activation functions',
    siteName: SITE.title,
    kicker: 'Sigmoid and ReLU, side by side',
    footer: 'Activation functions you can drag',
    figure: explorerCardFigure(DEFAULT_OG_FIGURE),
  });
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
