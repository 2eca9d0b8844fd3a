import { describe, expect, it } from 'vitest';
import { fixtureQuery } from '../../../helpers/fixture-data.ts';
import { figuresExplained } from '../../../../src/lib/exports/export.ts';
import {
  PAGE_SIZE,
  SHARD_SIZE,
  explorerPageCount,
  explorerShard,
  explorerShardCount,
  figureExplorer,
  VIEW_ADDRESS,
} from '../../../../src/lib/views/pages/figure-explorer.ts';
import { figureTitle } from '../../../../src/lib/views/figure-name.ts';

const q = fixtureQuery();
const SITE = 'https://example.org';
const figures = q.data.figures;

describe('figureExplorer', () => {
  it('lists every figure once across its no-JS pages, each linking its figure page', () => {
    const pages = explorerPageCount(q);
    expect(pages).toBe(Math.max(1, Math.ceil(figures.length / PAGE_SIZE)));
    const rows = Array.from({ length: pages }, (_, i) => figureExplorer(q, 'en', i + 1, SITE).rows).flat();
    expect(rows.map((r) => r.href)).toEqual(figures.map((f) => `/en/figures/${f.id}/`));
    // Each link says which figure it is in words (Gansu · Suspects arrested: 2,289 people), never its id.
    expect(rows.map((r) => r.name)).toEqual(figures.map((f) => figureTitle(q, f.id, 'en').title));
    for (const [i, r] of rows.entries()) expect(r.name).not.toContain(figures[i]!.id);
    expect(rows[0]?.href).toBe(`/en/figures/${figures[0]!.id}/`);
    expect(figureExplorer(q, 'zh', 1, SITE).rows[0]?.href).toBe(`/figures/${figures[0]!.id}/`);
  });

  it('offers only filter values the figures use, labelled in the language', () => {
    const v = figureExplorer(q, 'zh', 1, SITE);
    const metric = v.filters.find((f) => f.name === 'metric')!;
    expect(new Set(metric.options.map((o) => o.value))).toEqual(new Set(figures.map((f) => f.metric)));
    expect(v.filters.map((f) => f.name)).toEqual([
      'place',
      'level',
      'campaign',
      'metric',
      'qualifier',
      'period',
      'page',
    ]);
    expect(v.filters.find((f) => f.name === 'level')!.options.map((o) => o.label)).toEqual([
      '省级',
      '地级',
      '县级',
    ]);
  });

  it('lists the places as a tree: each province, then the places within it, indented, with the places above those with figures', () => {
    const place = figureExplorer(q, 'en', 1, SITE).filters.find((f) => f.name === 'place')!;
    const gansu = place.options.findIndex((o) => o.value === 'gansu');
    expect(place.options.slice(gansu, gansu + 5)).toEqual([
      { value: 'gansu', label: 'Gansu', depth: 0 },
      { value: 'lanzhou', label: 'Lanzhou', depth: 1 },
      { value: 'yuzhong', label: 'Yuzhong County', depth: 2 },
      { value: 'pingliang', label: 'Pingliang', depth: 1 },
      { value: 'jingchuan', label: 'Jingchuan County', depth: 2 },
    ]);
    // Lanzhou has no figure of its own: it is offered because Yuzhong lies within it.
    expect(figures.some((f) => f.place === 'lanzhou')).toBe(false);
    // Every place with a figure is offered, once.
    const values = place.options.map((o) => o.value);
    expect(new Set(values).size).toBe(values.length);
    for (const f of figures) expect(values).toContain(f.place);
  });

  it('tells the script which places each place lies within, so choosing Gansu includes its counties', () => {
    const { above } = figureExplorer(q, 'zh', 1, SITE);
    expect(above.yuzhong).toEqual(['lanzhou', 'gansu']);
    expect(above.jingchuan).toEqual(['pingliang', 'gansu']);
    expect(above.gansu).toBeUndefined(); // a province lies within nothing
  });

  it('counts the figures shown of all of them, and gives the script its templates', () => {
    const en = figureExplorer(q, 'en', 1, SITE);
    const n = figures.length;
    expect(en.count).toBe(`${Math.min(PAGE_SIZE, n)} of ${n} figures`);
    expect(en.counts).toEqual({
      all: 'All {total} figures',
      filtered: '{shown} of {total} figures',
      more: '{shown} shown of {total} figures',
      paged: '{shown} shown of {matching} matching, {total} figures',
      none: 'None of the {total} figures matches these filters.',
    });
    expect(figureExplorer(q, 'zh', 1, SITE).counts.filtered).toBe('显示{total}个数字中的{shown}个');
  });

  it('links, for readers without JavaScript, the province and metric pages that hold the same figures', () => {
    const { noScript } = figureExplorer(q, 'en', 1, SITE);
    const provinces = new Set(figures.map((f) => q.provinceOf(f.place).id));
    expect(noScript.places.map((l) => l.href).sort()).toEqual(
      [...provinces].map((id) => `/en/places/${id}/`).sort(),
    );
    expect(noScript.places.find((l) => l.href === '/en/places/gansu/')?.name).toBe('Gansu');
    expect(new Set(noScript.metrics.map((l) => l.href))).toEqual(
      new Set(figures.map((f) => `/en/metrics/${f.metric}/`)),
    );
  });

  it('gives the README of the .xlsx download in the page’s language: citation, then the view’s address', () => {
    const en = figureExplorer(q, 'en', 1, SITE).readme;
    expect(en[0]).toBe('Crackdown Data');
    expect(en.join('\n')).toContain(`${SITE}/en/data/`);
    expect(en.at(-1)).toBe(`This view: ${VIEW_ADDRESS}`);
    const zh = figureExplorer(q, 'zh', 1, SITE).readme;
    expect(zh.join('\n')).toContain(`${SITE}/data/`);
    expect(zh.at(-1)).toBe(`本筛选结果：${VIEW_ADDRESS}`);
  });

  it('links the previous and next pages only where they exist', () => {
    const first = figureExplorer(q, 'en', 1, SITE);
    expect(first.previous).toBeUndefined();
    if (explorerPageCount(q) > 1) expect(first.next).toBe('/en/figures/page/2/');
    else expect(first.next).toBeUndefined();
  });
});

describe('explorerShard', () => {
  it('splits figures-explained into shards that together are the whole table, columns once', () => {
    const table = figuresExplained(q, 'https://example.org');
    const shards = Array.from({ length: explorerShardCount(q) }, (_, i) =>
      explorerShard(q, i + 1, 'https://example.org'),
    );
    expect(shards.every((s) => s.rows.length <= SHARD_SIZE)).toBe(true);
    expect(shards[0]?.columns).toEqual(table.columns);
    const rows = shards.flatMap((s) =>
      s.rows.map((r) => Object.fromEntries(s.columns.map((c, i) => [c, r[i]]))),
    );
    expect(rows).toEqual(
      table.rows.map((r) => Object.fromEntries(table.columns.map((c) => [c, r[c] ?? '']))),
    );
  });

  it('gives each site address its own links, from one table per address', () => {
    const url = (site: string) => {
      const shard = explorerShard(q, 1, site);
      return shard.rows[0]![shard.columns.indexOf('url')];
    };
    expect(url('https://a.example')).toBe(`https://a.example/figures/${figures[0]!.id}/`);
    expect(url('https://b.example')).toBe(`https://b.example/figures/${figures[0]!.id}/`);
    // The table is made once per dataset and origin: every caller (release, chart CSVs, shards) shares it.
    expect(figuresExplained(q, 'https://a.example/')).toBe(figuresExplained(q, 'https://a.example'));
  });
});
