import { expect, it } from 'vitest';
import { benchToken } from '../../scripts/bench-token.ts';
import { describeWithTools } from '../support/requirements.ts';

describeWithTools(['aws'], 'bench-token (one run, not timed)', () => {
  it('times the aws CLI, eks-guide token and the in-process token, each a positive median', async () => {
    const rows = await benchToken({ runs: 1 });
    expect(rows.map((r) => r.name)).toEqual(
      expect.arrayContaining(['aws eks get-token (process)', 'token inside the doctor (first: load + sign)']),
    );
    for (const r of rows) expect(r.medianMs).toBeGreaterThan(0);
  }, 180_000);
});
