import { describe, expect, it } from 'vitest';
import {
  decodeEntities,
  findTags,
  hasClass,
  innerOf,
  parseAttrs,
  textOf,
} from '../../../src/lib/built-site/html-scan.ts';

const html = [
  '<!-- <a href="/commented"> -->',
  '<figure class="chart wide" data-x=\'a>b\'><svg><title>T &amp; U</title></svg>',
  '<figure class="inner"><p>nested</p></figure></figure>',
  '<script>const s = "<a href=/in-script>";</script>',
  '<a href="/x?a=1&amp;b=2" download>Link &lt;1&gt;</a>',
].join('\n');

describe('html-scan', () => {
  it('finds start tags with decoded attributes, skipping comments and script bodies', () => {
    expect(findTags(html, 'a').map((t) => t.attrs)).toEqual([{ href: '/x?a=1&b=2', download: '' }]);
    const [outer] = findTags(html, 'figure');
    expect(outer!.attrs['data-x']).toBe('a>b');
    expect(hasClass(outer!, 'chart')).toBe(true);
    expect(hasClass(outer!, 'char')).toBe(false);
  });

  it('takes the inner HTML of an element across nested tags of the same name', () => {
    const [outer] = findTags(html, 'figure');
    const inner = innerOf(html, outer!);
    expect(inner.startsWith('<svg>')).toBe(true);
    expect(inner.endsWith('<p>nested</p></figure>')).toBe(true);
  });

  it('reads text content and entities', () => {
    expect(textOf('<p>T &amp; <b>U</b>&#x4e2d;&#25991;</p>').trim()).toBe('T & U 中文');
    expect(decodeEntities('&quot;&#39;&lt;&gt;&amp;lt;')).toBe('"\'<>&lt;');
    expect(parseAttrs('A="1" a="2" b=3 c')).toEqual({ a: '1', b: '3', c: '' });
  });
});
