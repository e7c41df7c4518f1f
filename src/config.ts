/** One place for the site's identity; everything else reads from here. */
export const SITE = {
  title: 'Activation is all you need',
  description: 'An interactive explainer of neural-network activation functions: live plots and live experiments you can drag.',
  author: 'The Activation authors',
  lang: 'en',
  /** Where posts link for corrections; the deploy workflow sets it from the fork's own repository. */
  repoUrl: import.meta.env.PUBLIC_REPO_URL || 'https://github.com/activation-blog/activation-is-all-you-need',
  /** Posts and figures; the code is MIT (LICENSE at the top of the repository). */
  contentLicence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  /** Branch the "edit this post" links point at. */
  repoBranch: import.meta.env.PUBLIC_REPO_BRANCH || 'main',
} as const;
