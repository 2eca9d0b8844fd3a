import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { deployOptions, localFiles, shellLine } from '../../../src/lib/hosting/deploy.ts';

describe('deployOptions', () => {
  test('the target and destination from the arguments, or the destination from the environment', () => {
    expect(deployOptions(['rsync', 'web@host:/var/www/site', '--dry-run'], {})).toEqual({
      target: 'rsync',
      destination: 'web@host:/var/www/site',
      dryRun: true,
      delete: false,
      dir: 'dist',
    });
    expect(
      deployOptions(['s3', '--delete', '--dir', 'out'], {
        DEPLOY_S3: 's3://bucket/site/',
        DEPLOY_S3_ENDPOINT: 'https://oss-cn-hangzhou.aliyuncs.com',
      }),
    ).toEqual({
      target: 's3',
      destination: 's3://bucket/site/',
      dryRun: false,
      delete: true,
      dir: 'out',
      endpoint: 'https://oss-cn-hangzhou.aliyuncs.com',
    });
  });

  test('refuses an unknown target or option, a missing destination and an s3 address that is not one', () => {
    expect(() => deployOptions([], {})).toThrow(/no target/);
    expect(() => deployOptions(['ftp', 'x'], {})).toThrow(/no target/);
    expect(() => deployOptions(['rsync'], {})).toThrow(/DEPLOY_RSYNC/);
    expect(() => deployOptions(['rsync', 'h:/x', '--force'], {})).toThrow(/unknown option --force/);
    expect(() => deployOptions(['s3', 'bucket/site'], {})).toThrow(/s3:\/\/bucket\/prefix/);
    expect(() => deployOptions(['s3', 's3://b', '--endpoint'], {})).toThrow(/needs a value/);
  });
});

test('shellLine quotes what a shell would split or expand', () => {
  expect(shellLine(['aws', 's3', 'cp', 'a b', "it's", '--cache-control', 'public, max-age=300'])).toBe(
    `aws s3 cp 'a b' 'it'\\''s' --cache-control 'public, max-age=300'`,
  );
});

test('localFiles lists every file with its path, size and MD5', () => {
  const dir = mkdtempSync(join(tmpdir(), 'deploy-files-'));
  try {
    mkdirSync(join(dir, 'en'));
    writeFileSync(join(dir, 'index.html'), 'hello');
    writeFileSync(join(dir, 'en', 'index.html'), '');
    expect(localFiles(dir)).toEqual([
      { path: 'en/index.html', size: 0, md5: 'd41d8cd98f00b204e9800998ecf8427e' },
      { path: 'index.html', size: 5, md5: '5d41402abc4b2a76b9719d911017c592' },
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
