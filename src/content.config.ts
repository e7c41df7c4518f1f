import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { strictLoader } from './lib/strict-loader';
import { ACTIVATION_IDS, isActivationId } from './lib/activations/registry';
import { OG_FIGURE_MAX_ACTIVATIONS } from './lib/og/og-figure';

/**
 * Posts live in content/posts as .md or .mdx. Files whose name starts with `_` are not loaded
 * at all; `draft: true` posts are loaded (so they type-check) but never published.
 * A post that breaks this schema fails the build with the file and the field named.
 */
const activationId = z
  .string()
  .refine(isActivationId, { message: `not an activation in the registry; use one of ${ACTIVATION_IDS.join(', ')}` });

const posts = defineCollection({
  loader: strictLoader(glob({ pattern: ['**/*.{md,mdx}', '!**/_*'], base: './content/posts' })),
  schema: z
    .object({
      title: z.string().trim().min(1),
      description: z.string().trim().min(1).max(300),
      pubDate: z.coerce.date(),
      updatedDate: z.coerce.date().optional(),
      tags: z
        .array(
          z
            .string()
            .trim()
            .min(1)
            .regex(/^[a-z0-9-]+$/, 'tags are lowercase words joined by hyphens'),
        )
        .default([]),
      draft: z.boolean().default(false),
      /** Position in the series reading order (1 = first); posts without it are standalone. */
      seriesOrder: z.number().int().positive().optional(),
      /** The figure on the post's link-preview image: an explorer of these functions (see src/lib/og/og-figure.ts). */
      ogFigure: z
        .object({
          activation: z.union([activationId, z.array(activationId).min(1).max(OG_FIGURE_MAX_ACTIVATIONS)]),
          x: z.number().optional(),
          domain: z
            .tuple([z.number(), z.number()])
            .refine(([lo, hi]) => lo < hi, 'domain is [low, high] with low < high')
            .optional(),
        })
        .strict()
        .optional(),
    })
    .strict()
    .refine((post) => !post.updatedDate || post.updatedDate >= post.pubDate, {
      message: 'updatedDate must not be before pubDate',
      path: ['updatedDate'],
    }),
});

export const collections = { posts };
