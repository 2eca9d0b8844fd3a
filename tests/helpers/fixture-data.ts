// The frozen copy of data/ that unit tests read, so curating a figure never breaks a unit test
// (tests/curation/ checks the real data/).
import { resolve } from 'node:path';
import { loadDataset } from '../../src/lib/data/load.ts';
import { createQuery } from '../../src/lib/data/query.ts';

export const FIXTURE_DATA = resolve(import.meta.dirname, '../lib/data/fixtures/data');
const SOURCES = resolve(import.meta.dirname, '../../../shared/sources');

export const loadFixtureDataset = () => loadDataset(FIXTURE_DATA, 'data', { sourcesDir: SOURCES });
export const fixtureQuery = () => createQuery(loadFixtureDataset());
