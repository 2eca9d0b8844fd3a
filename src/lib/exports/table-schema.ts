import type { z } from 'zod';
import {
  LEVELS,
  PARTIAL_DATE,
  PROVENANCE,
  PERIOD_TYPES,
  QUALIFIERS,
  TABLES,
  TOPICS,
  UNITS,
  CAMPAIGN_KINDS,
} from '../data/schema.ts';
import { columnWords, type PublishedTable } from './fields.ts';

/** A Frictionless Table Schema field (https://specs.frictionlessdata.io/table-schema/). */
interface SchemaField {
  name: string;
  type: 'string' | 'integer';
  description: string;
  description_zh: string;
  constraints?: { required?: boolean; enum?: readonly string[]; pattern?: string };
}

interface ForeignKey {
  fields: string;
  /** `resource: ''` is the table itself. */
  reference: { resource: string; fields: string };
}

export interface TableSchema {
  fields: SchemaField[];
  /** One column, or several that are unique together (provenance: table, id, field). */
  primaryKey: string | string[];
  /** Absent when the table refers to no other (the spec wants at least one key when present). */
  foreignKeys?: ForeignKey[];
  missingValues: [''];
}

/** Columns that hold another table's id; discrepancies.figures (a list of ids) cannot be one. */
const REFERENCES: Record<PublishedTable, Record<string, PublishedTable>> = {
  sources: {},
  places: { parent: 'places' },
  campaigns: { parent: 'campaigns', place: 'places' },
  agencies: { place: 'places' },
  metrics: {},
  figures: {
    place: 'places',
    located_in: 'places',
    agency: 'agencies',
    campaign: 'campaigns',
    metric: 'metrics',
    source: 'sources',
    part_of: 'figures',
  },
  discrepancies: { source: 'sources' },
  provenance: { source: 'sources' },
  'figures-explained': {
    id: 'figures',
    place: 'places',
    metric: 'metrics',
    campaign: 'campaigns',
    source: 'sources',
  },
};

const DATE_COLUMNS = new Set(['start', 'end', 'period_start', 'period_end', 'as_of', 'reported']);

/** Columns of figures-explained that repeat a curated column: same type and allowed values. */
const EXPLAINED_ENUMS: Record<string, readonly string[]> = {
  qualifier: QUALIFIERS,
  unit: UNITS,
  level: LEVELS,
  campaign_kind: CAMPAIGN_KINDS,
  topic: TOPICS,
  period_type: PERIOD_TYPES,
};
const EXPLAINED_INTEGERS = new Set(['value', 'precision', 'page']);
const EXPLAINED_REQUIRED = new Set([
  'id',
  'value',
  'qualifier',
  'unit',
  'metric',
  'place',
  'level',
  'campaign',
  'source',
  'page',
  'quote',
]);

/** Whether a column holds whole numbers: a count, or an optional count (page of provenance). */
function isInteger(schema: z.ZodType): boolean {
  const def = schema._zod.def as { type: string; options?: z.ZodType[] };
  if (def.type === 'union') return def.options!.some(isInteger);
  return def.type === 'pipe';
}

/** The allowed values of an enumerated column, read off its zod schema (optional enums included). */
function enumValues(schema: z.ZodType): readonly string[] | undefined {
  const def = schema._zod.def as { type: string; options?: z.ZodType[]; entries?: Record<string, string> };
  if (def.type === 'enum') return Object.values(def.entries!);
  if (def.type === 'union') return def.options!.map(enumValues).find(Boolean);
  return undefined;
}

function field(
  table: PublishedTable,
  name: string,
  type: SchemaField['type'],
  constraints: SchemaField['constraints'],
): SchemaField {
  const words = columnWords(table, name);
  const pattern = DATE_COLUMNS.has(name) ? PARTIAL_DATE.source : undefined;
  const all = { ...constraints, ...(pattern && { pattern }) };
  return {
    name,
    type,
    description: words.en,
    description_zh: words.zh,
    ...(Object.keys(all).length && { constraints: all }),
  };
}

/** The Table Schema of a published table: types and allowed values from the data schema, keys from REFERENCES. */
export function tableSchema(table: PublishedTable, columns: string[]): TableSchema {
  const fields = columns.map((name) => {
    if (table === 'figures-explained') {
      return field(table, name, EXPLAINED_INTEGERS.has(name) ? 'integer' : 'string', {
        ...(EXPLAINED_REQUIRED.has(name) && { required: true }),
        ...(EXPLAINED_ENUMS[name] && { enum: EXPLAINED_ENUMS[name] }),
      });
    }
    const shape = table === 'provenance' ? PROVENANCE.row.shape : TABLES[table].row.shape;
    const schema = (shape as Record<string, z.ZodType>)[name]!;
    const integer = isInteger(schema);
    const values = enumValues(schema);
    return field(table, name, integer ? 'integer' : 'string', {
      ...(!schema.safeParse('').success && { required: true }),
      ...(values && { enum: values }),
    });
  });
  const foreignKeys = Object.entries(REFERENCES[table]).map(([column, target]) => ({
    fields: column,
    reference: { resource: target === table ? '' : target, fields: 'id' },
  }));
  const primaryKey = table === 'provenance' ? ['table', 'id', 'field'] : 'id';
  return { fields, primaryKey, ...(foreignKeys.length && { foreignKeys }), missingValues: [''] };
}
