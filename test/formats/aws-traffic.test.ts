import { describe, expect, it } from 'vitest';
import { canaryTraffic, linearTraffic, unknownTraffic, weakest } from '../../src/formats/aws-traffic.js';

describe('weakest', () => {
  it('prefers fewer exposure stages, then a higher first weight, then a shorter bake', () => {
    const linear = linearTraffic(10, 1, 1, 'linear');
    const canary = canaryTraffic(10, 30, 1, 'canary 10');
    const bigCanary = canaryTraffic(50, 30, 1, 'canary 50');
    const shortCanary = canaryTraffic(50, 5, 1, 'short canary 50');
    expect(weakest([linear, canary])?.label).toBe('canary 10');
    expect(weakest([canary, bigCanary])?.label).toBe('canary 50');
    expect(weakest([bigCanary, shortCanary])?.label).toBe('short canary 50');
    expect(weakest([shortCanary, unknownTraffic(1, 'unseen', 'n')])?.label).toBe('unseen');
  });

  it('steps a linear shift that does not divide 100 up to 100', () => {
    expect(linearTraffic(30, 2, 1, 'l').stages.map((stage) => stage.weight)).toEqual([30, 60, 90, 100]);
  });
});
