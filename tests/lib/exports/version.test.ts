import { describe, expect, test } from 'vitest';
import { dataVersion, parseChangelog } from '../../../src/lib/exports/version.ts';

describe('data version', () => {
  test('is the newest release, the top entry of the changelog', () => {
    const text = '# Releases\n\nintro\n\n## 2026-12-01\n\n- fixed a figure\n\n## 2026-11-26\n\n- first\n';
    expect(parseChangelog(text)).toEqual([
      { version: '2026-12-01', notes: '- fixed a figure' },
      { version: '2026-11-26', notes: '- first' },
    ]);
  });

  test('data/CHANGELOG.md gives a date version', () => {
    expect(dataVersion()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test.each([
    ['## v1.0\n', 'data/CHANGELOG.md:1:4: "v1.0" is not a release date'],
    ['x\n## 2026-02-30\n', 'data/CHANGELOG.md:2:4: "2026-02-30" is not a release date'],
    [
      '## 2026-11-26\n\n## 2026-12-01\n',
      'data/CHANGELOG.md:3:4: release 2026-12-01 is listed below 2026-11-26',
    ],
    ['# nothing yet\n', 'data/CHANGELOG.md:1:1: no release found'],
  ])('a bad changelog is refused with file, line and column: %j', (text, message) => {
    expect(() => parseChangelog(text)).toThrow(message);
  });
});
