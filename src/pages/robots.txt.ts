import type { APIRoute } from 'astro';
import { publicSite } from '../lib/hosting/site-config.ts';
import { robotsTxt } from '../lib/exports/robots.ts';
import * as urls from '../lib/urls.ts';

export const GET: APIRoute = ({ site }) => {
  const origin = publicSite(site);
  return new Response(robotsTxt(origin && urls.absolute(origin, urls.sitemapIndex())), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
};
