import { describe, expect, it } from 'vitest';
import { lastWords, plainLine } from '../../lib/doctor/untrusted-text.ts';

describe('untrusted cluster text', () => {
  it('drops terminal escapes and control characters and keeps one line', () => {
    expect(plainLine('\u001b[31mdenied\u001b[0m:\n  image\ttag\u0007 "latest"\u001b]0;title\u0007')).toBe(
      'denied: image tag "latest"',
    );
  });

  it('caps the length', () => {
    const line = plainLine('x'.repeat(1000));
    expect(line).toHaveLength(300);
    expect(line.endsWith('…')).toBe(true);
  });

  it('keeps the first and last line of a long termination message', () => {
    expect(
      lastWords('Traceback (most recent call last):\n  File "a.py"\n  File "b.py"\nKeyError: \'S3_BUCKET\'\n'),
    ).toBe("Traceback (most recent call last): / … / KeyError: 'S3_BUCKET'");
    expect(lastWords('migration failed\n')).toBe('migration failed');
  });
});
