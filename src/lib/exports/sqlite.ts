import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync, type SQLInputValue } from 'node:sqlite';
import type { ExportTable } from './export.ts';
import type { TableSchema } from './table-schema.ts';

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

/** A table's name in SQL: `figures-explained` is `figures_explained` there, so it needs no quotes. */
const sqlName = (name: string) => name.replaceAll('-', '_');

/**
 * The published tables as one SQLite file (empty cells become NULL), built with Node's own
 * node:sqlite: the same rows and columns as the CSVs, figures-explained included (as the table
 * figures_explained), so every format has one definition of each table. The same tables give the
 * same bytes: no timestamps are stored.
 */
export function toSqlite(tables: { name: string; table: ExportTable; schema: TableSchema }[]): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'crackdown-db-'));
  const file = join(dir, 'data.db');
  try {
    const db = new DatabaseSync(file);
    db.exec('PRAGMA journal_mode = DELETE; BEGIN;');
    for (const { name, table, schema } of tables) {
      db.exec(createTableSql(sqlName(name), schema));
      const insert = db.prepare(
        `INSERT INTO ${quote(sqlName(name))} (${table.columns.map(quote).join(', ')}) VALUES (${table.columns.map(() => '?').join(', ')})`,
      );
      for (const row of table.rows) {
        insert.run(
          ...table.columns.map((c): SQLInputValue =>
            row[c] === '' || row[c] === undefined ? null : row[c]!,
          ),
        );
      }
    }
    db.exec('COMMIT; VACUUM;');
    db.close();
    return new Uint8Array(readFileSync(file));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
