// `npm run nginx-conf`: prints the nginx configuration for the build's BASE_PATH (docs/deploy.md,
// "nginx"); `npm run nginx-conf -- --write` rewrites docs/nginx.conf (the one for BASE_PATH=/).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { nginxConf } from '../src/lib/hosting/nginx.ts';
import { normaliseBase } from '../src/lib/hosting/site-config.ts';

if (process.argv.includes('--write')) {
  writeFileSync(resolve(import.meta.dirname, '..', 'docs', 'nginx.conf'), nginxConf('/'));
} else {
  process.stdout.write(nginxConf(normaliseBase(process.env.BASE_PATH)));
}
