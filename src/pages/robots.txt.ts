import type { APIRoute } from 'astro';
import { BASE_PATH } from '../lib/i18n/locale.ts';
import { robotsTxt } from '../lib/exports/robots.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(`${String(site).replace(/\/+$/, '')}${BASE_PATH}`), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
