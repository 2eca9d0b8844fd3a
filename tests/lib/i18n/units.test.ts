import { describe, expect, test } from 'vitest';
import { unitFor } from '../../../src/lib/i18n/units.ts';

describe('unitFor', () => {
  test('English units are singular after exactly 1, Chinese counting words never change', () => {
    expect(unitFor('gangs', 1, 'en')).toBe('gang');
    expect(unitFor('gangs', 2, 'en')).toBe('gangs');
    expect(unitFor('people', 1, 'en')).toBe('person');
    expect(unitFor('companies', 1, 'en')).toBe('company');
    expect(unitFor('sub-bureaus', 1, 'en')).toBe('sub-bureau');
    expect(unitFor('yuan', 1, 'en')).toBe('yuan');
    expect(unitFor('gangs', 1, 'zh')).toBe('个团伙');
  });
});
