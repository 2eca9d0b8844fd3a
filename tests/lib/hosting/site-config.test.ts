import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  normaliseBase,
  normaliseSite,
  PLACEHOLDER_SITE,
  siteConfig,
} from '../../../src/lib/hosting/site-config.ts';

afterEach(() => vi.restoreAllMocks());

describe('siteConfig', () => {
  test('SITE_URL and BASE_PATH become Astro’s site and base', () => {
    expect(
      siteConfig({ SITE_URL: 'https://data.example.org/', BASE_PATH: 'data/crackdown' }, ['build']),
    ).toEqual({
      site: 'https://data.example.org',
      base: '/data/crackdown/',
    });
  });

  test('a build without SITE_URL warns loudly and uses the placeholder', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const config = siteConfig({}, ['node', 'astro', 'build']);
    expect(config.site).toBe(PLACEHOLDER_SITE);
    expect(config.warning).toMatch(/SITE_URL is not set/);
    expect(warn).toHaveBeenCalledWith(config.warning);
  });

  test('the dev server and checks without SITE_URL stay quiet', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(siteConfig({}, ['node', 'astro', 'dev']).warning).toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('normaliseBase', () => {
  test.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['/data/crackdown/', '/data/crackdown/'],
    ['data/crackdown', '/data/crackdown/'],
    ['//data//crackdown', '/data/crackdown/'],
  ])('%s → %s', (input, base) => expect(normaliseBase(input)).toBe(base));

  test.each(['/../etc/', '/a b/', '/a?b/', '/a#b/'])('refuses %s', (input) => {
    expect(() => normaliseBase(input)).toThrow(/BASE_PATH=.*a sub-path/);
  });
});

describe('normaliseSite', () => {
  test('keeps the origin', () => expect(normaliseSite('https://host.example/')).toBe('https://host.example'));
  test.each(['host.example', 'ftp://host.example', 'https://host.example/sub/', 'https://h.example/?q=1'])(
    'refuses %s with a message saying what to give',
    (input) => expect(() => normaliseSite(input)).toThrow(/SITE_URL=.*(origin|URL)/),
  );
});
