import { describe, expect, it } from 'vitest';
import { perDataset } from '../../../src/lib/data/memo.ts';
import type { Query } from '../../../src/lib/data/query.ts';

/** Two datasets: the memo only keys on the Query object. */
const q1 = {} as Query;
const q2 = {} as Query;

describe('perDataset', () => {
  it('works an answer out once per dataset and arguments', () => {
    const calls: string[] = [];
    const f = perDataset((q: Query, site: string, n: number) => {
      calls.push(`${q === q1 ? 'q1' : 'q2'} ${site} ${n}`);
      return { site, n };
    });
    const first = f(q1, 'https://a.example', 1);
    expect(f(q1, 'https://a.example', 1)).toBe(first);
    expect(f(q1, 'https://b.example', 1)).toEqual({ site: 'https://b.example', n: 1 });
    expect(f(q1, 'https://a.example', 2).n).toBe(2);
    expect(f(q2, 'https://a.example', 1)).not.toBe(first);
    expect(calls).toEqual([
      'q1 https://a.example 1',
      'q1 https://b.example 1',
      'q1 https://a.example 2',
      'q2 https://a.example 1',
    ]);
  });

  it('tells arguments apart by position and type, not by their text alone', () => {
    const calls: string[] = [];
    const f = perDataset((_: Query, a: string | number, b?: string) => {
      calls.push(JSON.stringify([a, b]));
      return a;
    });
    f(q1, 'places/gansu');
    f(q1, 'places', 'gansu');
    f(q1, 1);
    f(q1, '1');
    f(q1, 'places', 'gansu');
    expect(calls).toHaveLength(4);
  });

  it('remembers an answer of undefined', () => {
    let calls = 0;
    const f = perDataset((_: Query) => void calls++);
    f(q1);
    f(q1);
    expect(calls).toBe(1);
  });

  it('with keep, holds only the answers asked for last', () => {
    const calls: number[] = [];
    const f = perDataset(
      (_: Query, n: number) => {
        calls.push(n);
        return n;
      },
      { keep: 2 },
    );
    f(q1, 1);
    f(q1, 2);
    f(q1, 1); // asked again: 2 is now the oldest
    f(q1, 3); // lets 2 go
    f(q1, 1);
    f(q1, 2);
    expect(calls).toEqual([1, 2, 3, 2]);
    // Per dataset: another dataset's answers do not push these out.
    f(q2, 9);
    f(q1, 2);
    expect(calls).toEqual([1, 2, 3, 2, 9]);
  });
});
