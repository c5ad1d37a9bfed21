import { describe, expect, it } from 'vitest';
import { naturalCompare } from '../../src/core/natural-order.js';

const sorted = (items: string[]) => [...items].sort(naturalCompare);
const sign = (n: number) => Math.sign(n);

describe('naturalCompare', () => {
  it('sorts runs of digits by their value, as a person sorts paths', () => {
    expect(sorted(['checkout-10', 'checkout-1', 'checkout-100', 'checkout-2', 'checkout-0'])).toEqual([
      'checkout-0',
      'checkout-1',
      'checkout-2',
      'checkout-10',
      'checkout-100',
    ]);
    expect(sorted(['v1.10.0', 'v1.9.2', 'v1.9.10'])).toEqual(['v1.9.2', 'v1.9.10', 'v1.10.0']);
  });

  it('compares text between the numbers in code-unit order', () => {
    expect(sign(naturalCompare('a1', 'b1'))).toBe(-1);
    expect(sign(naturalCompare('b1', 'a1'))).toBe(1);
    expect(sign(naturalCompare('B', 'a'))).toBe(-1);
  });

  it('reads leading zeros as the same value, with a total order for the tie', () => {
    expect(sign(naturalCompare('a007', 'a8'))).toBe(-1);
    expect(sign(naturalCompare('a010', 'a9'))).toBe(1);
    expect(sign(naturalCompare('a000', 'a1'))).toBe(-1);
    expect(sign(naturalCompare('a0', 'a00')) + sign(naturalCompare('a00', 'a0'))).toBe(0);
    expect(naturalCompare('a01', 'a1')).not.toBe(0);
    expect(sign(naturalCompare('a01', 'a1')) + sign(naturalCompare('a1', 'a01'))).toBe(0);
  });

  it('orders numbers longer than a double holds by their digits', () => {
    expect(sign(naturalCompare('x99999999999999999999', 'x100000000000000000000'))).toBe(-1);
    expect(sign(naturalCompare('x100000000000000000001', 'x100000000000000000000'))).toBe(1);
  });

  it('puts a prefix first, and is 0 only for equal strings', () => {
    expect(sign(naturalCompare('deploy', 'deploy-2'))).toBe(-1);
    expect(sign(naturalCompare('deploy/1', 'deploy'))).toBe(1);
    expect(naturalCompare('same-1', 'same-1')).toBe(0);
    expect(sign(naturalCompare('a1b', 'a1'))).toBe(1);
  });

  it('is a total order: antisymmetric and transitive on a mixed sample', () => {
    const sample = ['a', 'a0', 'a00', 'a01', 'a1', 'a1b', 'a10', 'a2', 'b', 'B', 'a-1', 'a1.5', ''];
    for (const x of sample) {
      for (const y of sample) {
        expect(sign(naturalCompare(x, y)) + sign(naturalCompare(y, x))).toBe(0);
        if (x !== y) expect(naturalCompare(x, y)).not.toBe(0);
      }
    }
    const once = sorted(sample);
    expect(sorted([...sample].reverse())).toEqual(once);
  });
});
