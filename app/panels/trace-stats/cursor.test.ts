import { describe, expect, it } from 'vitest';
import { nextInstance } from './cursor.ts';

describe('nextInstance', () => {
  it('starts at the first (click) or the last (Shift+click) instance, then steps from the one shown', () => {
    expect(nextInstance(undefined, 1)).toBe(0);
    expect(nextInstance(undefined, -1)).toBe(-1);
    expect(nextInstance(1, 1)).toBe(2);
    expect(nextInstance(1, -1)).toBe(0);
  });
});
