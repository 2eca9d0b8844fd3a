// Serves dist/ with the machine's nginx (Debian's /usr/sbin/nginx) through the shipped
// docs/nginx.conf, set up as docs/deploy.md tells a publisher: a server { } block with its root and
// the include line, inside an http { } that includes nginx's mime.types as a real host's does. Its
// own pid file, logs and temp folders live in a temp directory; it listens on a free loopback port.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distDir, repoDir } from './site.ts';

/** nginx's own table of types, as on a Debian or RHEL host (beside nginx.conf). */
const MIME_TYPES = '/etc/nginx/mime.types';

export interface Nginx {
  /** Base URL without trailing slash, e.g. `http://127.0.0.1:40123`. */
  url: string;
  /** What nginx wrote to stderr and its error log while starting (warnings about the configuration). */
  startupLog: string;
  close: () => Promise<void>;
}

/** The nginx binary: $NGINX_PATH or /usr/sbin/nginx. Throws (the test fails, never skips) when missing. */
export function nginxBinary(): string {
  const binary = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
  if (!existsSync(binary) || !existsSync(MIME_TYPES)) {
    throw new Error(
      `nginx not found (${binary}, ${MIME_TYPES}): apt-get install nginx (npm test installs it when run as root), or set NGINX_PATH`,
    );
  }
  return binary;
}

/** A free TCP port on 127.0.0.1 (asked of the system, then released). */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => ok(port));
    });
  });
}

/** The host's server block for the site, as docs/deploy.md shows it. */
export function serverBlock(port: number, root: string, snippet: string): string {
  return `    server {
        listen 127.0.0.1:${port};
        server_name localhost;
        root ${root};
        include ${snippet};
    }`;
}

function mainConf(dir: string, server: string): string {
  const t = (name: string) => join(dir, name);
  // Run as root (CI), nginx would switch its workers to nobody, who may not read the work tree.
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  return `${user}worker_processes 1;
daemon off;
pid ${t('nginx.pid')};
error_log ${t('error.log')} warn;
events { worker_connections 256; }
http {
    include ${MIME_TYPES};
    default_type application/octet-stream;
    sendfile on;
    access_log ${t('access.log')};
    client_body_temp_path ${t('body')};
    proxy_temp_path ${t('proxy')};
    fastcgi_temp_path ${t('fastcgi')};
    uwsgi_temp_path ${t('uwsgi')};
    scgi_temp_path ${t('scgi')};
${server}
}
`;
}

/** Resolves once `url` answers at all (any status), or rejects after `ms`. */
async function waitForServer(url: string, ms: number, exited: () => string | undefined): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    const answered = await new Promise<boolean>((ok) => {
      const req = request(url, { method: 'HEAD' }, (res) => {
        res.resume();
        ok(true);
      });
      req.on('error', () => ok(false));
      req.end();
    });
    if (answered) return;
    const failed = exited();
    if (failed !== undefined) throw new Error(`nginx exited while starting:\n${failed}`);
    if (Date.now() > until) throw new Error(`nginx did not answer at ${url} within ${ms} ms`);
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

/**
 * Starts nginx serving `root` (dist/) through `snippet` (docs/nginx.conf) on a free loopback port.
 * The configuration is checked first (`nginx -t`), so a broken file fails with nginx's own message.
 */
export async function startNginx(
  root: string = distDir,
  snippet: string = join(repoDir, 'docs', 'nginx.conf'),
): Promise<Nginx> {
  const binary = nginxBinary();
  const dir = mkdtempSync(join(tmpdir(), 'nginx-'));
  // The snippet's `include mime.types;` is relative to nginx.conf's folder, as in /etc/nginx/.
  symlinkSync(MIME_TYPES, join(dir, 'mime.types'));
  const port = await freePort();
  const conf = join(dir, 'nginx.conf');
  writeFileSync(conf, mainConf(dir, serverBlock(port, root, snippet)));
  const args = ['-c', conf, '-p', `${dir}/`, '-e', join(dir, 'error.log')];
  const check = spawnSync(binary, [...args, '-t'], { encoding: 'utf8' });
  const checkLog = `${check.stdout}${check.stderr}`;
  if (check.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`nginx -t refused the configuration:\n${checkLog}\n${readFileSync(conf, 'utf8')}`);
  }
  const child = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForServer(url, 10_000, () =>
      child.exitCode === null ? undefined : `${stderr}${readLog(dir)}`,
    );
  } catch (error) {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  // `nginx -t` reports the configuration's warnings ("duplicate extension", …) with its "syntax is ok".
  const startupLog = checkLog
    .split('\n')
    .filter((line) => !/syntax is ok|test is successful/.test(line))
    .join('\n')
    .trim();
  return {
    url,
    startupLog,
    close: () =>
      new Promise<void>((ok) => {
        const done = () => {
          rmSync(dir, { recursive: true, force: true });
          ok();
        };
        if (child.exitCode !== null) return done();
        child.once('exit', done);
        child.kill('SIGTERM');
      }),
  };
}

const readLog = (dir: string) => {
  const log = join(dir, 'error.log');
  return existsSync(log) ? readFileSync(log, 'utf8') : '';
};

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The body as sent (still compressed when Content-Encoding says so). */
  body: Buffer;
}

/** A GET without redirects or decompression: what the server sent. */
export function rawGet(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((ok, fail) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end();
  });
}
