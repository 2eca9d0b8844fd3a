// Every internal link and anchor in the built site resolves: each href/src that stays on this site
// names a file in dist/, and each #fragment names an id on its target page. (The same check runs on
// a build under a sub-path in tests/site/rebuild.test.ts.)
import { describe, expect, test } from 'vitest';
import { linkCheck } from '../helpers/link-check.ts';
import { distDir, requireDist, siteUrl } from '../helpers/site.ts';

requireDist();
const check = linkCheck(distDir, siteUrl());
const files = check.htmlFiles();

describe('links in dist/', () => {
  test('the scan sees both languages and the 404 page', () => {
    expect(files).toContain('index.html');
    expect(files).toContain('en/index.html');
    expect(files).toContain('404.html');
    expect(files.length).toBeGreaterThan(100);
  });

  test('the check notices a missing page, a missing file and a missing anchor', () => {
    expect(check.fileFor('/places/gansu/')).toBe('places/gansu/index.html');
    expect(check.fileFor('/places/nowhere/')).toBeUndefined();
    expect(check.fileFor('/data/figures.csv')).toBe('data/figures.csv');
    expect(check.idsOf('index.html').has('main')).toBe(true);
    expect(check.idsOf('index.html').has('no-such-id')).toBe(false);
  });

  test('a checker for a sub-path build refuses links that leave the sub-path', () => {
    const based = linkCheck(distDir, siteUrl(), '/data/crackdown/');
    expect(based.fileFor('/data/crackdown/places/gansu/')).toBe('places/gansu/index.html');
    expect(based.fileFor('/places/gansu/')).toBeUndefined();
  });

  test('every internal href and src resolves, anchors included', () => {
    const broken = files.flatMap((file) => check.brokenLinks(file).map((problem) => `${file}: ${problem}`));
    expect(broken).toEqual([]);
  });
});
