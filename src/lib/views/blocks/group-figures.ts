import type { Figure, Row } from '../../data/dataset.ts';
import type { Query } from '../../data/query.ts';
import type { Campaign, Place } from '../../data/schema.ts';
import { periodKey } from '../../i18n/period.ts';

/** Figures of one place under one campaign and one period: the unit a page section shows. */
export interface FigureGroup {
  place: Row<Place>;
  campaign: Row<Campaign>;
  figures: Figure[];
}

/** Groups figures by place, campaign and period, keeping the data files' order. */
export function groupFigures(q: Query, figures: Figure[]): FigureGroup[] {
  const groups = new Map<string, FigureGroup>();
  for (const f of figures) {
    const key = [f.place, f.campaign, periodKey(f)].join('|');
    const group = groups.get(key) ?? {
      place: q.place(f.place),
      campaign: q.campaign(f.campaign),
      figures: [],
    };
    group.figures.push(f);
    groups.set(key, group);
  }
  return [...groups.values()];
}
