import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/exports/robots.ts';
import * as urls from '../lib/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(urls.absolute(site!, urls.sitemapIndex())), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
