// `npm run deploy -- s3 s3://bucket/prefix/`: dist/ to an S3-compatible object store (AWS S3, Aliyun
// OSS, MinIO) with the AWS CLI. The plan is pure: which files to upload (their MD5 differs from the
// object's ETag, or there is no object), with the Content-Type and Cache-Control of the serving table
// (src/lib/hosting/serving.ts, as docs/nginx.conf sends them), and which objects to delete.
import { spawnSync } from 'node:child_process';
import { copyFileSync, linkSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { LocalFile } from './deploy.ts';
import { cacheControlOf, contentTypeOf } from './serving.ts';

/** Above this, `aws s3 cp` uploads in parts and the ETag is no longer the MD5: such files go up in one put-object. */
export const MULTIPART_THRESHOLD = 8 * 1024 * 1024;

export interface Upload extends LocalFile {
  key: string;
  contentType: string;
  cacheControl: string;
}

export interface S3Plan {
  bucket: string;
  prefix: string;
  /** Pages last (a page never points at an asset still on its way), then by path. */
  uploads: Upload[];
  /** Keys under the prefix that dist/ no longer has (deleted only with --delete). */
  deletions: string[];
  unchanged: number;
}

/** `s3://bucket/some/prefix` as bucket and prefix (`some/prefix/`, or '' for the bucket's root). */
export function parseS3Url(url: string): { bucket: string; prefix: string } {
  const m = /^s3:\/\/([^/]+)\/?(.*)$/.exec(url);
  if (!m) throw new Error(`not an s3://bucket/prefix address: ${url}`);
  const prefix = m[2]!.replace(/^\/+/, '');
  return { bucket: m[1]!, prefix: prefix && !prefix.endsWith('/') ? `${prefix}/` : prefix };
}

/** The objects' ETags by key from `aws s3api list-objects-v2 --output json` (an empty bucket prints nothing). */
export function parseListing(json: string): Map<string, string> {
  const listing = (json.trim() ? JSON.parse(json) : {}) as { Contents?: { Key: string; ETag: string }[] };
  return new Map((listing.Contents ?? []).map((o) => [o.Key, o.ETag.replace(/"/g, '').toLowerCase()]));
}

const isPage = (path: string) => path.endsWith('.html');

/** What to upload and delete so that the store holds `files` under `prefix`, given its objects' ETags. */
export function s3Plan(
  files: readonly LocalFile[],
  remote: ReadonlyMap<string, string>,
  url: string,
): S3Plan {
  const { bucket, prefix } = parseS3Url(url);
  const keys = new Set<string>();
  const uploads: Upload[] = [];
  let unchanged = 0;
  for (const file of files) {
    const key = prefix + file.path;
    keys.add(key);
    // A multipart ETag (`…-3`) never equals an MD5: such an object is uploaded again, in one part.
    if (remote.get(key) === file.md5) unchanged += 1;
    else
      uploads.push({
        ...file,
        key,
        contentType: contentTypeOf(file.path),
        cacheControl: cacheControlOf(file.path),
      });
  }
  uploads.sort((a, b) => Number(isPage(a.path)) - Number(isPage(b.path)) || (a.path < b.path ? -1 : 1));
  const deletions = [...remote.keys()].filter((key) => key.startsWith(prefix) && !keys.has(key)).sort();
  return { bucket, prefix, uploads, deletions, unchanged };
}

/** The uploads in groups that share their headers: one `aws s3 cp --recursive` each. Pages come last. */
export function uploadGroups(uploads: readonly Upload[]): Upload[][] {
  const groups = new Map<string, Upload[]>();
  for (const u of uploads.filter((u) => u.size <= MULTIPART_THRESHOLD)) {
    const id = `${isPage(u.path)} ${u.contentType} ${u.cacheControl}`;
    groups.set(id, [...(groups.get(id) ?? []), u]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, group]) => group);
}

const endpointArgs = (endpoint?: string) => (endpoint ? ['--endpoint-url', endpoint] : []);

export function listCommand(plan: Pick<S3Plan, 'bucket' | 'prefix'>, endpoint?: string): string[] {
  return [
    'aws',
    's3api',
    'list-objects-v2',
    '--bucket',
    plan.bucket,
    '--prefix',
    plan.prefix,
    '--query',
    '{Contents: Contents[].{Key: Key, ETag: ETag}}',
    '--output',
    'json',
    ...endpointArgs(endpoint),
  ];
}

/** One group's upload from a folder holding just its files (at their keys below the prefix). */
export function copyCommand(
  folder: string,
  plan: S3Plan,
  group: readonly Upload[],
  endpoint?: string,
): string[] {
  const { contentType, cacheControl } = group[0]!;
  return [
    'aws',
    's3',
    'cp',
    folder,
    `s3://${plan.bucket}/${plan.prefix}`,
    '--recursive',
    '--only-show-errors',
    '--content-type',
    contentType,
    '--cache-control',
    cacheControl,
    ...endpointArgs(endpoint),
  ];
}

/** A large file's upload in one request, so that its ETag stays its MD5. */
export function putCommand(dir: string, plan: S3Plan, u: Upload, endpoint?: string): string[] {
  return [
    'aws',
    's3api',
    'put-object',
    '--bucket',
    plan.bucket,
    '--key',
    u.key,
    '--body',
    join(dir, u.path),
    '--content-type',
    u.contentType,
    '--cache-control',
    u.cacheControl,
    '--content-md5',
    Buffer.from(u.md5, 'hex').toString('base64'),
    ...endpointArgs(endpoint),
  ];
}

/** Deletions in batches of 1000 (the API's limit), as `delete-objects` request bodies. */
export function deleteBatches(plan: S3Plan): string[] {
  const batches: string[] = [];
  for (let i = 0; i < plan.deletions.length; i += 1000)
    batches.push(
      JSON.stringify({ Objects: plan.deletions.slice(i, i + 1000).map((Key) => ({ Key })), Quiet: true }),
    );
  return batches;
}

export function deleteCommand(plan: S3Plan, requestFile: string, endpoint?: string): string[] {
  return [
    'aws',
    's3api',
    'delete-objects',
    '--bucket',
    plan.bucket,
    '--delete',
    `file://${requestFile}`,
    ...endpointArgs(endpoint),
  ];
}

/** A summary of the plan for a reader: counts, then each upload with its headers. */
export function describePlan(plan: S3Plan, deleting: boolean): string {
  const bytes = plan.uploads.reduce((n, u) => n + u.size, 0);
  return [
    `s3://${plan.bucket}/${plan.prefix}: ${plan.uploads.length} files to upload (${(bytes / 1e6).toFixed(1)} MB), ${plan.unchanged} unchanged, ${plan.deletions.length} ${deleting ? 'to delete' : 'no longer in dist/ (kept; --delete removes them)'}`,
    ...plan.uploads.map((u) => `  put ${u.key}  ${u.contentType}  ${u.cacheControl}`),
    ...(deleting ? plan.deletions.map((key) => `  delete ${key}`) : []),
  ].join('\n');
}

/** Runs an `aws …` command line and returns what it printed; throws on failure. */
export type Runner = (argv: string[]) => string;

/** Runs an AWS CLI command with `aws` (a path or a name on PATH), returning its output; throws on failure. */
export function awsRunner(aws = 'aws'): Runner {
  return (argv) => {
    const run = spawnSync(aws, argv.slice(1), {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    if (run.error)
      throw new Error(`${aws}: ${run.error.message} (install the AWS CLI: apt-get install awscli)`);
    if (run.status !== 0) throw new Error(`${argv.slice(0, 3).join(' ')} failed (exit ${run.status})`);
    return run.stdout;
  };
}

/** Lists the store, plans, and (unless `dryRun`) uploads and deletes. Returns the plan. */
export function deployS3(
  dir: string,
  files: readonly LocalFile[],
  url: string,
  options: { endpoint?: string; delete: boolean; dryRun: boolean; run: Runner; log: (line: string) => void },
): S3Plan {
  const { run, endpoint, log } = options;
  const remote = parseListing(run(listCommand(parseS3Url(url), endpoint)));
  const plan = s3Plan(files, remote, url);
  log(describePlan(plan, options.delete));
  if (options.dryRun) return plan;
  const stage = mkdtempSync(join(tmpdir(), 'deploy-s3-'));
  try {
    for (const u of plan.uploads.filter((u) => u.size > MULTIPART_THRESHOLD))
      run(putCommand(dir, plan, u, endpoint));
    uploadGroups(plan.uploads).forEach((group, i) => {
      const folder = join(stage, String(i));
      for (const u of group) {
        const to = join(folder, u.path);
        mkdirSync(dirname(to), { recursive: true });
        try {
          linkSync(join(dir, u.path), to);
        } catch {
          copyFileSync(join(dir, u.path), to);
        }
      }
      run(copyCommand(folder, plan, group, endpoint));
    });
    if (options.delete)
      deleteBatches(plan).forEach((body, i) => {
        const file = join(stage, `delete-${i}.json`);
        writeFileSync(file, body);
        run(deleteCommand(plan, file, endpoint));
      });
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
  log(`uploaded ${plan.uploads.length} files${options.delete ? `, deleted ${plan.deletions.length}` : ''}`);
  return plan;
}
