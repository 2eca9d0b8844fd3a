// The object-store plan (pure) and a deploy against a store kept in memory: the runner answers the
// AWS CLI commands the deploy gives it as S3 would, so a second deploy shows what is uploaded again.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { walkFiles } from '../../../src/lib/built-site/walk.ts';
import { localFiles, type LocalFile } from '../../../src/lib/hosting/deploy.ts';
import {
  deployS3,
  MULTIPART_THRESHOLD,
  parseListing,
  parseS3Url,
  s3Plan,
  uploadGroups,
  type Runner,
} from '../../../src/lib/hosting/deploy-s3.ts';
import { CACHE_IMMUTABLE, CACHE_SHORT } from '../../../src/lib/hosting/serving.ts';

const md5 = (text: string) => createHash('md5').update(text).digest('hex');
const file = (path: string, text = path, size = text.length): LocalFile => ({ path, size, md5: md5(text) });

describe('s3Plan', () => {
  test('addresses: the prefix always ends in a slash; the bucket root has none', () => {
    expect(parseS3Url('s3://b/site')).toEqual({ bucket: 'b', prefix: 'site/' });
    expect(parseS3Url('s3://b/a/b/')).toEqual({ bucket: 'b', prefix: 'a/b/' });
    expect(parseS3Url('s3://b')).toEqual({ bucket: 'b', prefix: '' });
  });

  test('the listing’s ETags, quotes dropped; an empty bucket lists nothing', () => {
    expect(parseListing('{"Contents":[{"Key":"site/a.html","ETag":"\\"ABC\\""}]}')).toEqual(
      new Map([['site/a.html', 'abc']]),
    );
    expect(parseListing('{"Contents": null}').size).toBe(0);
    expect(parseListing('').size).toBe(0);
  });

  test('uploads what is new or changed with the serving table’s headers, pages last; lists what is gone', () => {
    const files = [
      file('index.html'),
      file('_astro/a.1.js'),
      file('data/figures.csv'),
      file('en/index.html'),
    ];
    const remote = new Map([
      ['site/_astro/a.1.js', md5('_astro/a.1.js')],
      ['site/data/figures.csv', md5('old')],
      ['site/old/index.html', md5('x')],
      ['other/x', md5('x')],
    ]);
    const plan = s3Plan(files, remote, 's3://bucket/site/');
    expect(plan.unchanged).toBe(1);
    expect(plan.deletions).toEqual(['site/old/index.html']);
    expect(plan.uploads.map((u) => [u.key, u.contentType, u.cacheControl])).toEqual([
      ['site/data/figures.csv', 'text/csv; charset=utf-8', CACHE_SHORT],
      ['site/en/index.html', 'text/html; charset=utf-8', CACHE_SHORT],
      ['site/index.html', 'text/html; charset=utf-8', CACHE_SHORT],
    ]);
  });

  test('groups share their headers; hashed assets get a year; large files go up alone', () => {
    const plan = s3Plan(
      [
        file('a.html'),
        file('_astro/x.js'),
        file('b.csv'),
        file('c.csv'),
        file('big.zip', 'z', MULTIPART_THRESHOLD + 1),
      ],
      new Map(),
      's3://b/',
    );
    const groups = uploadGroups(plan.uploads).map((g) => [g.map((u) => u.path), g[0]!.cacheControl]);
    expect(groups).toEqual([
      [['_astro/x.js'], CACHE_IMMUTABLE],
      [['b.csv', 'c.csv'], CACHE_SHORT],
      [['a.html'], CACHE_SHORT],
    ]);
  });
});

/** An object store in memory that answers the commands deployS3 runs, recording every upload. */
function memoryStore() {
  const objects = new Map<string, { etag: string; contentType: string; cacheControl: string }>();
  const uploaded: string[] = [];
  const arg = (argv: string[], name: string) => argv[argv.indexOf(name) + 1]!;
  const run: Runner = (argv) => {
    const command = argv.slice(1, 3).join(' ');
    if (command === 's3api list-objects-v2') {
      const prefix = arg(argv, '--prefix');
      const contents = [...objects]
        .filter(([k]) => k.startsWith(prefix))
        .map(([Key, o]) => ({ Key, ETag: `"${o.etag}"` }));
      return JSON.stringify({ Contents: contents.length ? contents : null });
    }
    const headers = { contentType: arg(argv, '--content-type'), cacheControl: arg(argv, '--cache-control') };
    if (command === 's3 cp') {
      const [folder, url] = [argv[3]!, argv[4]!];
      const { prefix } = parseS3Url(url);
      for (const full of walkFiles(folder)) {
        const key = prefix + full.slice(folder.length + 1);
        objects.set(key, { etag: md5(readFileSync(full, 'utf8')), ...headers });
        uploaded.push(key);
      }
      return '';
    }
    if (command === 's3api put-object') {
      objects.set(arg(argv, '--key'), { etag: md5(readFileSync(arg(argv, '--body'), 'utf8')), ...headers });
      uploaded.push(arg(argv, '--key'));
      return '';
    }
    if (command === 's3api delete-objects') {
      const body = JSON.parse(readFileSync(arg(argv, '--delete').replace('file://', ''), 'utf8'));
      for (const { Key } of body.Objects) objects.delete(Key);
      return '';
    }
    throw new Error(`unexpected command ${argv.join(' ')}`);
  };
  return { objects, uploaded, run };
}

describe('deployS3', () => {
  const dist = mkdtempSync(join(tmpdir(), 'deploy-s3-dist-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(join(dist, path, '..'), { recursive: true });
    writeFileSync(join(dist, path), text);
  };

  test('the first deploy uploads everything with its headers; the next only what changed', () => {
    write('index.html', '<p>one</p>');
    write('_astro/a.1.js', 'a()');
    write('data/figures.csv', 'x\n1\n');
    write('data/old.csv', 'gone\n');
    const store = memoryStore();
    const options = { delete: true, dryRun: false, run: store.run, log: () => {} };
    deployS3(dist, localFiles(dist), 's3://bucket/site/', options);
    expect(store.uploaded.sort()).toEqual([
      'site/_astro/a.1.js',
      'site/data/figures.csv',
      'site/data/old.csv',
      'site/index.html',
    ]);
    expect(store.objects.get('site/_astro/a.1.js')).toMatchObject({
      contentType: 'application/javascript; charset=utf-8',
      cacheControl: CACHE_IMMUTABLE,
    });
    expect(store.objects.get('site/index.html')?.contentType).toBe('text/html; charset=utf-8');

    store.uploaded.length = 0;
    write('index.html', '<p>two</p>');
    write('data/figures.csv', 'x\n1\n'); // rewritten, same content
    rmSync(join(dist, 'data/old.csv'));
    const plan = deployS3(dist, localFiles(dist), 's3://bucket/site/', options);
    expect(store.uploaded).toEqual(['site/index.html']);
    expect(plan.unchanged).toBe(2);
    expect([...store.objects.keys()].sort()).toEqual([
      'site/_astro/a.1.js',
      'site/data/figures.csv',
      'site/index.html',
    ]);
  });

  test('a dry run lists the store and prints the plan, uploading nothing', () => {
    write('new.csv', 'n\n');
    const store = memoryStore();
    const lines: string[] = [];
    const plan = deployS3(dist, localFiles(dist), 's3://bucket/', {
      delete: false,
      dryRun: true,
      run: store.run,
      log: (l) => lines.push(l),
    });
    expect(store.uploaded).toEqual([]);
    expect(plan.uploads.length).toBe(4);
    expect(lines.join('\n')).toMatch(
      /4 files to upload .*\n {2}put _astro\/a\.1\.js {2}application\/javascript; charset=utf-8 {2}public, max-age=31536000, immutable/,
    );
  });
});
