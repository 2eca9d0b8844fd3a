import { perDataset } from '../data/memo.ts';
import type { Query } from '../data/query.ts';
import { PROVENANCE, TABLES, type TableName } from '../data/schema.ts';
import { siteDiscrepancies } from '../i18n/overlaps.ts';
import { periodLabel } from '../i18n/period.ts';
import * as urls from '../urls.ts';
import { publicSite } from '../hosting/site-config.ts';

export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

/** One published table: its columns and rows, cells as strings or numbers. */
export interface ExportTable {
  columns: string[];
  rows: Record<string, string | number>[];
}

/**
 * A curated table as published: its own columns, in file order, without the loader's line numbers.
 * Discrepancies also carry the may-overlap rows derived from places and periods, after the curated ones.
 */
export function curatedTable(q: Query, name: TableName): ExportTable {
  const columns = Object.keys(TABLES[name].row.shape);
  const table = name === 'discrepancies' ? siteDiscrepancies(q) : q.data[name];
  const rows = (table as Record<string, string | number>[]).map((row) =>
    Object.fromEntries(columns.map((c) => [c, row[c]!])),
  );
  return { columns, rows };
}

/** The provenance table as published: where each fact other than a figure's own quote comes from. */
export function provenanceTable(q: Query): ExportTable {
  const columns = Object.keys(PROVENANCE.row.shape);
  const rows = q.data.provenance.map((row) =>
    Object.fromEntries(columns.map((c) => [c, (row as Record<string, string | number>)[c]!])),
  );
  return { columns, rows };
}

/**
 * Every figure with the names, units, levels and periods a reader needs, in both languages, and its page
 * on the site at `siteUrl` (its path alone when the build has no public address): one self-contained table. Made once per dataset and origin: the release, the
 * chart CSVs and the explorer's shards all read it.
 */
export function figuresExplained(q: Query, siteUrl: string): ExportTable {
  // The address carries the sub-path (BASE_PATH) itself: only the origin comes from siteUrl.
  return explainedAt(q, publicSite(siteUrl) ?? '');
}

const explainedAt = perDataset((q: Query, origin: string): ExportTable => {
  const rows = q.data.figures.map((f) => {
    const place = q.place(f.place);
    const province = q.provinceOf(f.place);
    const metric = q.metric(f.metric);
    const campaign = q.campaign(f.campaign);
    const agency = q.agency(f.agency);
    const located = f.located_in ? q.place(f.located_in) : undefined;
    const source = q.source(f.source);
    return {
      id: f.id,
      value: f.value,
      qualifier: f.qualifier,
      precision: f.precision,
      unit: metric.unit,
      metric: metric.id,
      metric_zh: metric.name_zh,
      metric_en: metric.name_en,
      detail_zh: f.detail_zh,
      detail_en: f.detail_en,
      place: place.id,
      place_zh: place.name_zh,
      place_en: place.name_en,
      level: place.level,
      gbt2260: place.gbt2260,
      province_zh: province.name_zh,
      province_en: province.name_en,
      located_in_zh: located?.name_zh ?? '',
      located_in_en: located?.name_en ?? '',
      agency_zh: agency.name_zh,
      agency_en: agency.name_en,
      campaign: campaign.id,
      campaign_zh: campaign.name_zh,
      campaign_en: campaign.name_en,
      campaign_kind: campaign.kind,
      topic: campaign.topic,
      period_type: f.period_type,
      period_start: f.period_start,
      period_end: f.period_end,
      as_of: f.as_of,
      reported: f.reported,
      period_zh: periodLabel(f, 'zh'),
      period_en: periodLabel(f, 'en'),
      source: source.id,
      source_title_zh: source.title_zh,
      page: f.page,
      quote: f.quote,
      part_of: f.part_of,
      note_en: f.note_en,
      note_zh: f.note_zh,
      url: urls.absolute(origin, urls.figure('zh', f.id)),
    };
  });
  return { columns: Object.keys(rows[0] ?? {}), rows };
});

/** JSON with the column list and one object per row; numbers stay numbers. */
export function toJson(table: ExportTable): string {
  return `${JSON.stringify({ columns: table.columns, rows: table.rows }, null, 1)}\n`;
}
