/**
 * The site's dataset, for pages to hand to the view functions: pages and components ask views and
 * never import the data layer, so this is where they get it.
 */
export { siteData } from '../data/index.ts';
