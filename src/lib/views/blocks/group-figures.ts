import type { Figure, Row } from '../../data/dataset.ts';
import type { Query } from '../../data/query.ts';
import type { Agency, Campaign, Place } from '../../data/schema.ts';
import { periodKey } from '../../i18n/period.ts';

/** Figures of one place and reporter under one campaign and one period: the unit a page section shows. */
export interface FigureGroup {
  place: Row<Place>;
  /** Who reports them: the place's police, or a telecom operator there (Zhoukou's Mobile, Unicom, Telecom). */
  agency: Row<Agency>;
  campaign: Row<Campaign>;
  figures: Figure[];
}

/** The key of a figure's group: place, reporter, campaign and period. */
export const groupKey = (f: Figure) => [f.place, f.agency, f.campaign, periodKey(f)].join('|');

/** Groups figures by place, reporter, campaign and period, keeping the data files' order. */
export function groupFigures(q: Query, figures: Figure[]): FigureGroup[] {
  const groups = new Map<string, FigureGroup>();
  for (const f of figures) {
    const key = groupKey(f);
    const group = groups.get(key) ?? {
      place: q.place(f.place),
      agency: q.agency(f.agency),
      campaign: q.campaign(f.campaign),
      figures: [],
    };
    group.figures.push(f);
    groups.set(key, group);
  }
  return [...groups.values()];
}
