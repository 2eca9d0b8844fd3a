import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { artifactOf, census, censusReport } from '../../../src/lib/bench/artifacts.ts';

test('artifactOf names the kind of each file of a build, in either language', () => {
  const cases: [string, string][] = [
    ['figures/gansu-suspects/index.html', 'figure pages'],
    ['en/figures/gansu-suspects/index.html', 'figure pages'],
    ['figures/page/2/index.html', 'figure explorer'],
    ['figures-data/1.json', 'figure explorer'],
    ['embed/places/gansu/ctx-x/index.html', 'chart index.html'],
    ['en/embed/figures/a/stat/chart.svg', 'chart chart.svg'],
    ['embed/places/gansu/ctx-x/chart@2x.png', 'chart PNGs'],
    ['embed/index.html', 'embed, on request'],
    ['en/share/index.html', 'share, on request'],
    ['share/places/gansu/ctx-x/index.html', 'share pages'],
    ['pagefind/fragment/zh_1.pf_fragment', 'search fragments'],
    ['pagefind/pagefind.js', 'search index'],
    ['places/gansu/all-figures.csv', 'page CSVs'],
    ['en/places/gansu/index.html', 'reading pages'],
    ['index.html', 'reading pages'],
    ['brief/places/gansu/index.html', 'briefing sheets'],
    ['data/figures.csv', 'data release'],
    ['_astro/site.css', 'other'],
  ];
  expect(cases.map(([path]) => [path, artifactOf(path)])).toEqual(cases);
});

test('census counts files and bytes by artifact and finds the widest folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'census-'));
  try {
    for (const id of ['a', 'b', 'c']) {
      mkdirSync(join(dir, 'figures', id), { recursive: true });
      writeFileSync(join(dir, 'figures', id, 'index.html'), 'x'.repeat(10));
    }
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'data', 'figures.csv'), 'y'.repeat(5));
    const c = census(dir);
    expect(c.files).toBe(4);
    expect(c.bytes).toBe(35);
    expect(c.artifacts.get('figure pages')).toEqual({ files: 3, bytes: 30 });
    expect(c.widest).toEqual({ dir: 'figures', entries: 3 });
    expect(censusReport(c, 2)).toMatch(/figure pages\s+3\s+1\.50/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
