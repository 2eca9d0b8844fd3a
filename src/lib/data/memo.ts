import type { Query } from './query.ts';

/** What a memoized function is called with besides the dataset: plain values, told apart by JSON. */
type Argument = string | number | boolean | undefined;

/**
 * `fn`, worked out once per dataset and arguments: the answers are kept with the dataset (a `WeakMap`
 * on its Query, let go with it), each under its arguments. With `keep`, only the last `keep` answers
 * asked for are kept per dataset, for answers too big to hold for every argument at national scale.
 * A kept answer is shared by every caller: treat it as read-only.
 */
export function perDataset<A extends Argument[], R>(
  fn: (q: Query, ...args: A) => R,
  { keep = Infinity }: { keep?: number } = {},
): (q: Query, ...args: A) => R {
  const answers = new WeakMap<Query, Map<string, R>>();
  return (q, ...args) => {
    let byArgs = answers.get(q);
    if (!byArgs) answers.set(q, (byArgs = new Map()));
    const key = JSON.stringify(args);
    if (byArgs.has(key)) {
      const answer = byArgs.get(key)!;
      // The answer asked for last goes to the end: the first is the one to let go.
      if (keep < Infinity) {
        byArgs.delete(key);
        byArgs.set(key, answer);
      }
      return answer;
    }
    const answer = fn(q, ...args);
    byArgs.set(key, answer);
    if (byArgs.size > keep) byArgs.delete(byArgs.keys().next().value!);
    return answer;
  };
}
