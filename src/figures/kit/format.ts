/**
 * Number formatting for figures. It lives in src/lib/format.ts because the posts' facts print
 * numbers the same way, and lib never imports from figures; the kit re-exports it so a figure
 * imports everything from the kit.
 */
export * from '../../lib/format';
