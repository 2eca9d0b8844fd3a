import { describe, expect, it } from 'vitest';
import { html, raw } from '../../../src/lib/html/html.ts';

describe('html', () => {
  it('escapes the five special characters of every interpolated string', () => {
    expect(String(html`<p title="${`a"b'c`}">${'<b>&</b>'}</p>`)).toBe(
      '<p title="a&quot;b&#39;c">&lt;b&gt;&amp;&lt;/b&gt;</p>',
    );
  });

  it('prints numbers and drops null, undefined and false', () => {
    expect(String(html`${1.5}|${null}|${undefined}|${false}|${0}`)).toBe('1.5||||0');
  });

  it('joins arrays, escaping each item', () => {
    expect(String(html`<ul>${['a<', 'b'].map((x) => html`<li>${x}</li>`)}</ul>`)).toBe(
      '<ul><li>a&lt;</li><li>b</li></ul>',
    );
  });

  it('inserts nested templates without escaping them twice', () => {
    const inner = html`<b>${'&'}</b>`;
    expect(String(html`<p>${inner}</p>`)).toBe('<p><b>&amp;</b></p>');
  });

  it('inserts raw markup as it is', () => {
    expect(String(html`<div>${raw('<svg id="x"></svg>')}</div>`)).toBe('<div><svg id="x"></svg></div>');
  });

  it('leaves the literal parts alone', () => {
    expect(String(html`<a href="/x?a=1&b=2">&amp;</a>`)).toBe('<a href="/x?a=1&b=2">&amp;</a>');
  });
});
