import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync, type SQLInputValue } from 'node:sqlite';
import type { ExportTable } from './export.ts';
import type { TableSchema } from './table-schema.ts';
import * as urls from '../urls.ts';

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** CREATE TABLE for one curated table: types, NOT NULL, allowed values, primary and foreign keys. */
function createTableSql(name: string, schema: TableSchema): string {
  const columns = schema.fields.map((f) => {
    const type = f.type === 'integer' ? 'INTEGER' : 'TEXT';
    const required = f.constraints?.required ? ' NOT NULL' : '';
    const values = f.constraints?.enum;
    const check = values ? ` CHECK (${quote(f.name)} IN (${values.map(literal).join(', ')}))` : '';
    return `  ${quote(f.name)} ${type}${required}${check}`;
  });
  const keys = [
    `  PRIMARY KEY (${[schema.primaryKey].flat().map(quote).join(', ')})`,
    ...(schema.foreignKeys ?? []).map(
      (k) =>
        `  FOREIGN KEY (${quote(k.fields)}) REFERENCES ${quote(k.reference.resource || name)} (${quote(k.reference.fields)})`,
    ),
  ];
  return `CREATE TABLE ${quote(name)} (\n${[...columns, ...keys].join(',\n')}\n);`;
}

/** Every figure with the names a reader needs and its page at `siteUrl`: figures-explained without the periods in words. */
const figuresExplainedView = (siteUrl: string) => `CREATE VIEW figures_explained AS
SELECT f.id, f.value, f.qualifier, m.unit, f.metric, m.name_zh AS metric_zh, m.name_en AS metric_en,
  f.detail_zh, f.detail_en, f.place, p.name_zh AS place_zh, p.name_en AS place_en, p.level, p.gbt2260,
  pr.name_zh AS province_zh, pr.name_en AS province_en,
  l.name_zh AS located_in_zh, l.name_en AS located_in_en, a.name_zh AS agency_zh, a.name_en AS agency_en,
  f.campaign, c.name_zh AS campaign_zh, c.name_en AS campaign_en, c.kind AS campaign_kind, c.topic,
  f.period_type, f.period_start, f.period_end, f.as_of, f.source, s.title_zh AS source_title_zh,
  f.page, f.quote, f.part_of, f.note_en, f.note_zh,
  ${literal(`${siteUrl}${urls.figures('zh')}`)} || f.id || '/' AS url
FROM figures f
JOIN places p ON p.id = f.place
LEFT JOIN places p1 ON p1.id = p.parent
LEFT JOIN places p2 ON p2.id = p1.parent
JOIN places pr ON pr.id = CASE WHEN p.level = 'province' THEN p.id WHEN p1.level = 'province' THEN p1.id ELSE p2.id END
LEFT JOIN places l ON l.id = f.located_in
JOIN metrics m ON m.id = f.metric
JOIN campaigns c ON c.id = f.campaign
JOIN agencies a ON a.id = f.agency
JOIN sources s ON s.id = f.source
ORDER BY f.rowid;`;

/**
 * The curated tables as one SQLite file (empty cells become NULL), built with Node's own
 * node:sqlite. The same tables give the same bytes: no timestamps are stored.
 */
export function toSqlite(
  tables: { name: string; table: ExportTable; schema: TableSchema }[],
  siteUrl: string,
): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'crackdown-db-'));
  const file = join(dir, 'data.db');
  try {
    const db = new DatabaseSync(file);
    db.exec('PRAGMA journal_mode = DELETE; BEGIN;');
    for (const { name, table, schema } of tables) {
      db.exec(createTableSql(name, schema));
      const insert = db.prepare(
        `INSERT INTO ${quote(name)} (${table.columns.map(quote).join(', ')}) VALUES (${table.columns.map(() => '?').join(', ')})`,
      );
      for (const row of table.rows) {
        insert.run(
          ...table.columns.map((c): SQLInputValue =>
            row[c] === '' || row[c] === undefined ? null : row[c]!,
          ),
        );
      }
    }
    db.exec(figuresExplainedView(siteUrl));
    db.exec('COMMIT; VACUUM;');
    db.close();
    return new Uint8Array(readFileSync(file));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
