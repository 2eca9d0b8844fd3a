// Part of `npm run build`: Pagefind's search index over dist/, one per language (it splits by
// <html lang>). Runs the extended binary only, which segments Chinese words (甘肃, 断卡); the
// plain one would index a Chinese sentence as one word, so its absence is an error, not a fallback.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { join, resolve } from 'node:path';

const distDir = join(resolve(import.meta.dirname, '..'), 'dist');
const os = platform() === 'win32' ? 'windows' : platform();
const exe = os === 'windows' ? 'pagefind_extended.exe' : 'pagefind_extended';
// The binary the npm package `pagefind` installs as its platform dependency (@pagefind/linux-x64…).
const binary =
  process.env.PAGEFIND_EXTENDED_BINARY_PATH ??
  createRequire(import.meta.url).resolve(`@pagefind/${os}-${arch()}/bin/${exe}`);
const run = spawnSync(binary, ['--site', distDir], { stdio: 'inherit' });
if (run.error) throw new Error(`pagefind_extended (${binary}) did not run: ${run.error.message}`);
process.exit(run.status ?? 1);
