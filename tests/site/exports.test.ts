// The data release as built into dist/data/: the same bytes as a fresh release, checksums that
// hold, a Data Package the Frictionless reference library accepts, a SQLite file and a ZIP.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Package } from 'datapackage';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadDataset } from '../../src/lib/data/load.ts';
import { createQuery } from '../../src/lib/data/query.ts';
import { parseSha256Sums, sha256 } from '../../src/lib/exports/checksums.ts';
import { makeRelease, releaseWorkbook, zipName } from '../../src/lib/exports/release.ts';
import { readChangelog } from '../../src/lib/exports/version.ts';
import { withSqlite } from '../lib/exports/roundtrip.ts';
import { distDir, repoDir, requireDist, publicOrigin } from '../helpers/site.ts';

const dataDir = join(distDir, 'data');
const built = (path: string) => new Uint8Array(readFileSync(join(dataDir, path)));
const q = createQuery(loadDataset(join(repoDir, 'data')));
const releases = readChangelog(repoDir);
const release = makeRelease(
  q,
  releases,
  publicOrigin(),
  await releaseWorkbook(q, releases[0]!.version, publicOrigin()),
);

beforeAll(requireDist);

describe('data release in dist/data', () => {
  test('every file is there, byte-identical to a release made again now (the build is deterministic)', () => {
    for (const [path, bytes] of release.files) {
      expect(existsSync(join(dataDir, path)), path).toBe(true);
      expect(sha256(built(path)), path).toBe(sha256(bytes));
    }
  });

  test('SHA256SUMS matches the files in dist', () => {
    const sums = parseSha256Sums(readFileSync(join(dataDir, 'SHA256SUMS'), 'utf8'));
    expect(sums.size).toBeGreaterThan(20);
    for (const [path, digest] of sums) expect(sha256(built(path)), path).toBe(digest);
  });

  test('datapackage.json: the Frictionless reference library accepts it, types, keys and all', async () => {
    const pkg = await Package.load(join(dataDir, 'datapackage.json'), { basePath: dataDir });
    expect(pkg.errors.map(String)).toEqual([]);
    expect(pkg.valid).toBe(true);
    const counts: Record<string, number> = {};
    // Reading with relations casts every cell to its field's type, checks the constraints and the foreign keys.
    for (const resource of pkg.resources)
      counts[resource.name] = (await resource.read({ relations: true })).length;
    const figures = loadDataset(join(repoDir, 'data')).figures.length;
    expect(counts).toMatchObject({ figures, 'figures-explained': figures });
  });

  test('datapackage.json: every resource exists, with the size and sha256 it states', () => {
    const descriptor = JSON.parse(readFileSync(join(dataDir, 'datapackage.json'), 'utf8')) as {
      resources: { path: string; bytes: number; hash: string }[];
    };
    expect(descriptor.resources).toHaveLength(9);
    for (const r of descriptor.resources) {
      expect(r.path).toMatch(/^plain\/[\w-]+\.csv$/);
      expect(r.bytes, r.path).toBe(built(r.path).length);
      expect(r.hash, r.path).toBe(`sha256:${sha256(built(r.path))}`);
    }
  });

  test('the SQLite file holds 2,289 for Gansu suspects arrested and no broken foreign key', () => {
    withSqlite(built('crackdown-data.db'), (db) => {
      const gansu = db
        .prepare("SELECT value FROM figures_explained WHERE place = 'gansu' AND metric = 'suspects_arrested'")
        .all();
      expect(gansu).toEqual([{ value: 2289 }]);
      expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    });
  });

  test('the ZIP holds the CSVs, datapackage.json, README and SHA256SUMS as published', () => {
    const folder = `crackdown-data-${release.version}`;
    const entries = unzipSync(built(zipName(release.version)));
    for (const path of ['figures.csv', 'plain/figures.csv', 'datapackage.json', 'README.md', 'SHA256SUMS']) {
      expect(entries[`${folder}/${path}`], path).toEqual(built(path));
    }
    const readme = new TextDecoder().decode(entries[`${folder}/README.md`]);
    expect(readme).toContain('CC BY 4.0');
    expect(readme).toContain('heading-jingchuan-yixing');
  });

  test.runIf(!!publicOrigin())('robots.txt points at the sitemap', () => {
    expect(readFileSync(join(distDir, 'robots.txt'), 'utf8')).toContain(
      `Sitemap: ${publicOrigin()}/sitemap-index.xml`,
    );
  });
});
