import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Chromium flags this machine needs for tests and Lighthouse (closed network; running as root). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Starts the system Chromium ($CHROMIUM_PATH or /usr/bin/chromium, never a downloaded one) headless
 * with a DevTools port, for Lighthouse; resolves when it listens.
 */
export function startDevToolsChromium(): Promise<{ port: number; stop: () => Promise<void> }> {
  const executable = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const profile = mkdtempSync(join(tmpdir(), 'devtools-chromium-'));
  const child = spawn(
    executable,
    [
      '--headless=new',
      ...chromiumArgs,
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
  const stop = async (): Promise<void> => {
    child.kill();
    await exited;
    rmSync(profile, { recursive: true, force: true });
  };
  return new Promise((ok, fail) => {
    let err = '';
    const timer = setTimeout(
      () => void stop().then(() => fail(new Error(`Chromium did not start: ${err}`))),
      30_000,
    );
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
      if (m) {
        clearTimeout(timer);
        ok({ port: Number(m[1]), stop });
      }
    });
    child.on('exit', (code) => (clearTimeout(timer), fail(new Error(`Chromium exited (${code}): ${err}`))));
  });
}
