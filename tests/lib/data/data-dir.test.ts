import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dataDir, sourcesDir } from '../../../src/lib/data/data-dir.ts';

describe('data directory', () => {
  const saved = process.env.DATA_DIR;
  afterEach(() => {
    if (saved === undefined) delete process.env.DATA_DIR;
    else process.env.DATA_DIR = saved;
  });

  it('is data/ by default and DATA_DIR when set, resolved against the working directory', () => {
    delete process.env.DATA_DIR;
    expect(dataDir()).toBe(resolve('data'));
    process.env.DATA_DIR = 'tmp/synth';
    expect(dataDir()).toBe(resolve('tmp/synth'));
  });

  it('finds source texts in the data directory when it has a sources/ folder, else in ../shared/sources beside the repo', () => {
    expect(sourcesDir(resolve('data'))).toBe(resolve('..', 'shared', 'sources'));
    const dir = mkdtempSync(join(tmpdir(), 'data-dir-'));
    expect(sourcesDir(dir)).toBe(resolve(dir, '..', '..', 'shared', 'sources'));
    mkdirSync(join(dir, 'sources'));
    expect(sourcesDir(dir)).toBe(join(dir, 'sources'));
    rmSync(dir, { recursive: true });
  });
});
