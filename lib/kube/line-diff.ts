/** A small unified-style diff of two texts (lines prefixed "-", "+", "  "), with `context` unchanged lines around each change. */
export function lineDiff(before: string, after: string, context = 2): string {
  const a = before === '' ? [] : before.replace(/\n$/, '').split('\n');
  const b = after.replace(/\n$/, '').split('\n');
  // Longest common subsequence table; kubeconfigs are small enough for O(n*m).
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const ops: { sign: ' ' | '-' | '+'; line: string }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ sign: ' ', line: a[i++]! });
      j++;
    } else if (j < b.length && (i >= a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!))
      ops.push({ sign: '+', line: b[j++]! });
    else ops.push({ sign: '-', line: a[i++]! });
  }
  const keep = ops.map(
    (op, k) => op.sign !== ' ' || ops.slice(Math.max(0, k - context), k + context + 1).some((o) => o.sign !== ' '),
  );
  const out: string[] = [];
  ops.forEach((op, k) => {
    if (keep[k]) out.push(`${op.sign} ${op.line}`);
    else if (keep[k - 1]) out.push('  ...');
  });
  return out.join('\n');
}
