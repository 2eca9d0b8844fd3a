import { describe, expect, it } from 'vitest';
import { fixtureQuery } from '../../../helpers/fixture-data.ts';
import { figuresCitation } from '../../../../src/lib/views/blocks/labels.ts';

const q = fixtureQuery();
const onPage = (page: number) => q.data.figures.filter((f) => f.page === page);

describe('figuresCitation', () => {
  it('cites the publication and the one page of the figures', () => {
    expect(figuresCitation(q, onPage(57), 'en')).toMatch(/^Source: “.+”, p\. 57$/);
    expect(figuresCitation(q, onPage(57), 'zh')).toMatch(/^来源：《.+》，第57页$/);
  });

  it('cites a page range the way every page does', () => {
    const figures = [...onPage(56), ...onPage(60)];
    expect(figuresCitation(q, figures, 'en')).toMatch(/, pp\. 56–60$/);
    expect(figuresCitation(q, figures, 'zh')).toMatch(/，第56–60页$/);
  });
});
