import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { strictLoader } from './lib/strict-loader';

/**
 * Posts live in content/posts as .md or .mdx. Files whose name starts with `_` are not loaded
 * at all; `draft: true` posts are loaded (so they type-check) but never published.
 * A post that breaks this schema fails the build with the file and the field named.
 */
const posts = defineCollection({
  loader: strictLoader(glob({ pattern: ['**/*.{md,mdx}', '!**/_*'], base: './content/posts' })),
  schema: z
    .object({
      title: z.string().trim().min(1),
      description: z.string().trim().min(1).max(300),
      pubDate: z.coerce.date(),
      updatedDate: z.coerce.date().optional(),
      tags: z.array(z.string().trim().min(1).regex(/^[a-z0-9-]+$/, 'tags are lowercase words joined by hyphens')).default([]),
      draft: z.boolean().default(false),
      /** Position in the series reading order (1 = first); posts without it are standalone. */
      seriesOrder: z.number().int().positive().optional(),
    })
    .strict()
    .refine((post) => !post.updatedDate || post.updatedDate >= post.pubDate, {
      message: 'updatedDate must not be before pubDate',
      path: ['updatedDate'],
    }),
});

export const collections = { posts };
