import { spawnSync } from 'node:child_process';
import { describe, it } from 'vitest';

/** Which of the tools are missing, and whether tests needing them should skip. */
export interface ToolCheck {
  missing: string[];
  /** True only off CI: under CI=true a missing tool is a failure, never a quiet skip. */
  skip: boolean;
  reason: string;
}

/** Looks the tools up on PATH; prints why tests will skip (or fail, under CI). */
export function needsTools(tools: readonly string[]): ToolCheck {
  const missing = tools.filter(
    (tool) => spawnSync('sh', ['-c', `command -v "$1"`, 'sh', tool], { stdio: 'ignore' }).status !== 0,
  );
  const ci = process.env.CI === 'true' || process.env.CI === '1';
  const reason = missing.length ? `missing on PATH: ${missing.join(', ')}` : '';
  if (missing.length)
    console.warn(`[integration] ${ci ? 'FAILING' : 'skipping'} tests that need ${tools.join(', ')}: ${reason}`);
  return { missing, skip: missing.length > 0 && !ci, reason };
}

/**
 * describe() that skips with a visible reason when tools are missing, and under CI
 * replaces the suite with one failing test naming them.
 */
export function describeWithTools(tools: readonly string[], name: string, body: () => void): void {
  const check = needsTools(tools);
  if (check.missing.length === 0) return void describe(name, body);
  if (check.skip) return void describe.skip(`${name} (${check.reason})`, body);
  describe(name, () => {
    it(`has the tools it needs (${tools.join(', ')})`, () => {
      throw new Error(`CI machine is ${check.reason}; install them in the CI setup`);
    });
  });
}
