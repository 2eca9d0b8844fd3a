// The rsync command, and rsync itself into a local folder: the second run sends only what changed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { deletedFiles, rsyncCommand, sentFiles } from '../../../src/lib/hosting/deploy-rsync.ts';

const work = mkdtempSync(join(tmpdir(), 'deploy-rsync-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

test('compares content, puts updates in place together and deletes after', () => {
  const argv = rsyncCommand('dist', 'web@host:/var/www/site');
  expect(argv.slice(-2)).toEqual(['dist/', 'web@host:/var/www/site/']);
  for (const flag of ['--checksum', '--delete-after', '--delay-updates', '--recursive', '--itemize-changes'])
    expect(argv).toContain(flag);
});

function rsync(source: string, destination: string): string {
  const [bin, ...args] = rsyncCommand(source, destination);
  const run = spawnSync(bin!, args, { encoding: 'utf8' });
  if (run.error)
    throw new Error(
      `rsync not found (${run.error.message}): apt-get install rsync (npm test installs it as root)`,
    );
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

test('a second deploy sends only the changed files and deletes the removed ones', () => {
  const dist = join(work, 'dist');
  const site = join(work, 'site');
  mkdirSync(join(dist, '_astro'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<p>one</p>');
  writeFileSync(join(dist, '_astro', 'a.1.js'), 'a()');
  writeFileSync(join(dist, 'old.csv'), 'x\n1\n');
  writeFileSync(join(dist, 'same.csv'), 'y\n2\n');
  expect(sentFiles(rsync(dist, site)).sort()).toEqual(['_astro/a.1.js', 'index.html', 'old.csv', 'same.csv']);

  // A rebuild: every file has a new mtime, one page changed, one file gone, one new.
  writeFileSync(join(dist, 'index.html'), '<p>two</p>');
  writeFileSync(join(dist, 'same.csv'), 'y\n2\n');
  utimesSync(join(dist, 'same.csv'), new Date(), new Date(Date.now() + 60_000));
  rmSync(join(dist, 'old.csv'));
  writeFileSync(join(dist, '_astro', 'b.2.js'), 'b()');
  const second = rsync(dist, site);
  expect(sentFiles(second).sort()).toEqual(['_astro/b.2.js', 'index.html']);
  expect(deletedFiles(second)).toEqual(['old.csv']);
  expect(readFileSync(join(site, 'index.html'), 'utf8')).toBe('<p>two</p>');
});
