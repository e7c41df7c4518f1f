import type { Loader, LoaderContext } from 'astro/loaders';

/**
 * Astro's glob loader reports a Markdown file that fails to render (a malformed formula, say)
 * as a logged error and carries on, shipping the post with an empty body. For an author that
 * is a silent loss, so this wrapper turns every error the loader logs into a failed build that
 * names the file and the problem.
 */
export function strictLoader(inner: Loader): Loader {
  return {
    ...inner,
    name: `strict-${inner.name}`,
    async load(context: LoaderContext) {
      const errors: string[] = [];
      const logger = Object.create(context.logger) as LoaderContext['logger'];
      logger.error = (message: string) => {
        errors.push(message);
        context.logger.error(message);
      };
      await inner.load({ ...context, logger });
      if (errors.length > 0) throw new Error(`Content failed to load:\n${errors.join('\n')}`);
    },
  };
}
