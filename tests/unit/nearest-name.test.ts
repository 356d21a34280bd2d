import { describe, expect, it } from 'vitest';
import { nearestName } from '../../lib/cli/nearest-name.ts';

describe('nearestName', () => {
  const names = ['setup', 'doctor', 'token', 'health-check', 'map'];
  it('suggests the command a typo was meant to be', () => {
    expect(nearestName('doctr', names)).toBe('doctor');
    expect(nearestName('doctro', names)).toBe('doctor');
    expect(nearestName('setpu', names)).toBe('setup');
    expect(nearestName('Doctor', names)).toBe('doctor');
    expect(nearestName('health', names)).toBe('health-check');
  });
  it('suggests nothing for a word far from every command', () => {
    expect(nearestName('deploy', names)).toBeUndefined();
    expect(nearestName('x', names)).toBeUndefined();
  });
});
