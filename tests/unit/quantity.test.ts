import { describe, expect, it } from 'vitest';
import { formatBytes, formatCpu, formatResource, parseMillis, parseQuantity } from '../../lib/kube/quantity.ts';

describe('parseQuantity', () => {
  it('reads cpu in cores and millicores', () => {
    expect(parseQuantity('250m')).toBeCloseTo(0.25);
    expect(parseQuantity('1')).toBe(1);
    expect(parseQuantity('1.5')).toBe(1.5);
    expect(parseQuantity('.5')).toBe(0.5);
    expect(parseQuantity('3920m')).toBeCloseTo(3.92);
    expect(parseMillis('100m')).toBe(100);
    expect(parseMillis('0.1')).toBe(100);
    expect(parseMillis('2')).toBe(2000);
  });

  it('reads binary and decimal memory suffixes', () => {
    expect(parseQuantity('128Mi')).toBe(128 * 1024 * 1024);
    expect(parseQuantity('1Gi')).toBe(1024 ** 3);
    expect(parseQuantity('1G')).toBe(1e9);
    expect(parseQuantity('1k')).toBe(1000);
    expect(parseQuantity('1Ki')).toBe(1024);
    expect(parseQuantity('15350764Ki')).toBe(15350764 * 1024);
    expect(parseQuantity('1E')).toBe(1e18);
    expect(parseQuantity('1.5Gi')).toBe(1.5 * 1024 ** 3);
  });

  it('reads decimal exponents, signs and plain numbers', () => {
    expect(parseQuantity('1e3')).toBe(1000);
    expect(parseQuantity('1E3')).toBe(1000);
    expect(parseQuantity('5e-1')).toBe(0.5);
    expect(parseQuantity('-1')).toBe(-1);
    expect(parseQuantity('+2')).toBe(2);
    expect(parseQuantity('110')).toBe(110);
    expect(parseQuantity(17)).toBe(17);
  });

  it('refuses text that is not a quantity rather than guessing', () => {
    for (const bad of ['', 'abc', '1.2.3', '1Mb', '1 Gi', 'Gi', '1KiB', '.', '1e', undefined, null]) {
      expect(parseQuantity(bad as string | undefined), String(bad)).toBeNull();
    }
  });
});

describe('formatting', () => {
  it('shows cpu as kubectl does', () => {
    expect(formatCpu(0.25)).toBe('250m');
    expect(formatCpu(2)).toBe('2');
    expect(formatCpu(1.5)).toBe('1500m');
  });

  it('shows memory with binary suffixes', () => {
    expect(formatBytes(128 * 1024 ** 2)).toBe('128Mi');
    expect(formatBytes(1.5 * 1024 ** 3)).toBe('1.5Gi');
    expect(formatBytes(512)).toBe('512');
    expect(formatResource('memory', 1024 ** 3)).toBe('1Gi');
    expect(formatResource('nvidia.com/gpu', 2)).toBe('2');
    expect(formatResource('pods', 17)).toBe('17');
  });
});
