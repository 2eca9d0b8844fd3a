import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { nginxConf } from '../../../src/lib/hosting/nginx.ts';
import { repoDir } from '../../helpers/site.ts';

test('docs/nginx.conf is the configuration written from the serving table (npm run nginx-conf -- --write)', () => {
  expect(readFileSync(join(repoDir, 'docs', 'nginx.conf'), 'utf8')).toBe(nginxConf('/'));
});

test('it adds to nginx’s own types instead of replacing them, and sends CSV with its charset', () => {
  const conf = nginxConf('/');
  expect(conf.indexOf('include mime.types;')).toBeLessThan(conf.indexOf('\n    types {'));
  expect(conf).toMatch(/types \{[^}]*text\/csv csv;/);
  expect(conf).toMatch(/charset_types [^;]*text\/csv/);
  // A type nginx knows is not repeated (nginx warns of a duplicate extension and keeps the first).
  expect(conf).not.toMatch(/types \{[^}]*\bhtml;/);
});

test('under a sub-path every location, redirect and the 404 page carry it', () => {
  const conf = nginxConf('/data/crackdown/');
  const locations = [...conf.matchAll(/^\s*location (=\s)?(\/[^ ]*) \{/gm)].map((m) => m[2]!);
  expect(locations.length).toBeGreaterThan(4);
  expect(locations.filter((l) => !l.startsWith('/data/crackdown/'))).toEqual([]);
  expect(conf).toContain('error_page 404 /data/crackdown/404.html;');
  expect(conf).toContain('location ~ ^/data/crackdown/data/charts/([^/]+)/([^/]+)/([^/]+)\\.csv$ {');
  expect(conf).toContain('return 301 /data/crackdown/embed/$1/$2/$3/data.csv;');
  expect(nginxConf('/data/crackdown')).toBe(conf);
});
