// `npm run deploy -- <target>` (scripts/deploy.ts): what is common to the targets, rsync to an nginx
// host (deploy-rsync.ts) and an S3-compatible object store (deploy-s3.ts): the files of dist/ with
// their MD5s, and the options.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { walkFiles } from '../built-site/walk.ts';

/** A file of dist/: its path relative to dist/ (`_astro/a.js`), size and MD5 (hex). */
export interface LocalFile {
  path: string;
  size: number;
  md5: string;
}

/** Every file under `dir` with its MD5, sorted by path. */
export function localFiles(dir: string): LocalFile[] {
  const files: LocalFile[] = [];
  for (const full of walkFiles(dir)) {
    files.push({
      path: relative(dir, full).split(sep).join('/'),
      size: statSync(full).size,
      md5: createHash('md5').update(readFileSync(full)).digest('hex'),
    });
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export interface DeployOptions {
  target: 'rsync' | 's3';
  /** rsync: user@host:/var/www/site; s3: s3://bucket/prefix/. */
  destination: string;
  /** Print what would be done (the command, the plan) and do nothing. */
  dryRun: boolean;
  /** s3: remove objects under the prefix that dist/ no longer has. */
  delete: boolean;
  /** s3: the store's endpoint (Aliyun OSS, MinIO, …); AWS S3 needs none. */
  endpoint?: string;
  /** The folder to publish (dist/). */
  dir: string;
}

export const DEPLOY_USAGE = `usage: npm run deploy -- <rsync|s3> [destination] [--dry-run] [--delete] [--endpoint URL] [--dir dist]
  rsync  destination user@host:/var/www/site (or DEPLOY_RSYNC)
  s3     destination s3://bucket/prefix/ (or DEPLOY_S3); --endpoint (or DEPLOY_S3_ENDPOINT) for OSS or MinIO
See docs/deploy.md.`;

/** The options of `npm run deploy -- …` from its arguments and environment; throws with the usage when incomplete. */
export function deployOptions(args: readonly string[], env: NodeJS.ProcessEnv): DeployOptions {
  const rest: string[] = [];
  let endpoint = env.DEPLOY_S3_ENDPOINT || undefined;
  let dir = 'dist';
  let dryRun = false;
  let remove = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--dry-run') dryRun = true;
    else if (arg === '--delete') remove = true;
    else if (arg === '--endpoint' || arg === '--dir') {
      const value = args[++i];
      if (!value) throw new Error(`${arg} needs a value\n${DEPLOY_USAGE}`);
      if (arg === '--endpoint') endpoint = value;
      else dir = value;
    } else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}\n${DEPLOY_USAGE}`);
    else rest.push(arg);
  }
  const [target, given] = rest;
  if (target !== 'rsync' && target !== 's3') throw new Error(`no target (rsync or s3)\n${DEPLOY_USAGE}`);
  const destination = given ?? (target === 'rsync' ? env.DEPLOY_RSYNC : env.DEPLOY_S3);
  if (!destination)
    throw new Error(
      `no destination: give it or set ${target === 'rsync' ? 'DEPLOY_RSYNC' : 'DEPLOY_S3'}\n${DEPLOY_USAGE}`,
    );
  if (target === 's3' && !/^s3:\/\/[^/]+/.test(destination))
    throw new Error(`an s3 destination is s3://bucket/prefix/, not ${destination}`);
  return { target, destination, dryRun, delete: remove, dir, ...(endpoint && { endpoint }) };
}

/** A command line for a reader to see, each argument quoted for a POSIX shell when it needs it. */
export function shellLine(argv: readonly string[]): string {
  return argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}
