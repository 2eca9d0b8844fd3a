import type {
  Agency,
  Campaign,
  Discrepancy,
  FigureRow,
  Metric,
  Place,
  Provenance,
  Source,
} from './schema.ts';

/** A row as loaded: the validated cells plus the line it came from. */
export type Row<T> = T & { line: number };

export type Figure = Row<FigureRow>;

/** All curated tables, validated and cross-checked. */
export interface Dataset {
  sources: Row<Source>[];
  places: Row<Place>[];
  campaigns: Row<Campaign>[];
  agencies: Row<Agency>[];
  metrics: Row<Metric>[];
  figures: Figure[];
  discrepancies: Row<Discrepancy>[];
  /** Where facts other than a figure's own quote come from (data/provenance.csv). */
  provenance: Row<Provenance>[];
}
