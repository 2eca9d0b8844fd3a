// Reads every published format back into rows of exact text, to compare with data/*.csv.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import Papa from 'papaparse';
import { TABLES, type TableName } from '../../../src/lib/data/schema.ts';
import { FORMULA_LIKE } from '../../../src/lib/exports/csv.ts';

export type Cells = Record<string, string>[];

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

function parseCsv(text: string): Cells {
  const { data, errors } = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  if (errors.length) throw new Error(`CSV does not parse: ${JSON.stringify(errors[0])}`);
  return data;
}

/** A curated file in data/, every cell as its exact text. */
export const curatedCells = (dataDir: string, name: TableName | 'provenance'): Cells =>
  parseCsv(readFileSync(join(dataDir, name === 'provenance' ? 'provenance.csv' : TABLES[name].file), 'utf8'));

/** A plain CSV: must have no BOM. */
export function fromPlainCsv(bytes: Uint8Array): Cells {
  const text = decode(bytes);
  if (text.startsWith('\ufeff')) throw new Error('plain CSV starts with a byte-order mark');
  return parseCsv(text);
}

/** An Excel-safe CSV, with the `'` added before formula-like cells taken off again. */
export function fromExcelCsv(bytes: Uint8Array): Cells {
  const text = decode(bytes);
  if (!text.startsWith('\ufeff')) throw new Error('Excel CSV has no byte-order mark');
  return parseCsv(text.slice(1)).map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([k, v]) => [
        k,
        v.startsWith("'") && FORMULA_LIKE.test(v.slice(1)) ? v.slice(1) : v,
      ]),
    ),
  );
}

const asText = (v: unknown) => (v === null || v === undefined ? '' : String(v));

export function fromJson(bytes: Uint8Array): Cells {
  const json = JSON.parse(decode(bytes)) as { rows: Record<string, unknown>[] };
  return json.rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, asText(v)])));
}

/** Opens SQLite bytes from a temporary file; `use` gets the open database. */
export function withSqlite<T>(bytes: Uint8Array, use: (db: DatabaseSync) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'crackdown-db-test-'));
  try {
    writeFileSync(join(dir, 'data.db'), bytes);
    const db = new DatabaseSync(join(dir, 'data.db'), { readOnly: true });
    try {
      return use(db);
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A table or view of the database, in row order, NULL read as the empty cell. */
export const sqliteCells = (db: DatabaseSync, name: string): Cells =>
  (db.prepare(`SELECT * FROM "${name}"`).all() as Record<string, unknown>[]).map((r) =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, asText(v)])),
  );
