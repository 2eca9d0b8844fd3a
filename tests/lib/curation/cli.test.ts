import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pathLabel, readToolArgs } from '../../../src/lib/curation/cli.ts';

const here = import.meta.filename;

describe('readToolArgs', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads one existing source text and the string options', () => {
    expect(readToolArgs('extract', { out: 'file.csv' }, [here, '--out', 'tmp/x.csv'])).toEqual({
      text: here,
      values: { out: 'tmp/x.csv' },
    });
  });

  it('prints one line with the usage and exits 2 on a wrong argument', () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => {
      throw new Error('exit');
    }) as never);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => readToolArgs('coverage', { source: 'id' }, [here, here])).toThrow('exit');
    expect(exit).toHaveBeenCalledWith(2);
    expect(error).toHaveBeenCalledWith(
      'coverage: expected one source text file, got 2; usage: npm run coverage -- <source text> [--source <id>]',
    );
  });
});

describe('pathLabel', () => {
  it('names a folder relative to the working directory when inside it, else in full', () => {
    expect(pathLabel(join(process.cwd(), 'data'))).toBe('data');
    expect(pathLabel(process.cwd())).toBe('.');
    expect(pathLabel(resolve(process.cwd(), '..', 'elsewhere'))).toBe(
      resolve(process.cwd(), '..', 'elsewhere'),
    );
  });
});
