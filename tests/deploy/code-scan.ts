import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The repository root, for tests that read the shipped files. */
export const ROOT = new URL('../../', import.meta.url).pathname;

/** Every .ts file under the given folders of the repository, skipping tests. */
export function sourceFiles(...dirs: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) out.push(path);
    }
  };
  for (const d of dirs) walk(join(ROOT, d));
  return out;
}

const SERVICES = { eks: 'eks', sts: 'sts', iam: 'iam' } as const;

/**
 * The IAM actions the code can send: every `XxxCommand` imported (statically, or destructured from a
 * dynamic import) from @aws-sdk/client-eks, -sts or -iam, as `service:Xxx`, with the files naming it.
 */
export function sdkActions(files: string[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const importRe =
    /import\s*\{([^}]*)\}\s*from\s*'@aws-sdk\/client-(eks|sts|iam)'|\{([^}]*)\}\s*=\s*await\s+import\(\s*'@aws-sdk\/client-(eks|sts|iam)'\s*\)/g;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(importRe)) {
      const names = (m[1] ?? m[3] ?? '').split(',').map((n) => n.trim());
      const service = SERVICES[(m[2] ?? m[4]) as keyof typeof SERVICES];
      for (const name of names) {
        if (name.startsWith('type ')) continue;
        const command = /^(\w+)Command(?:\s+as\s+\w+)?$/.exec(name)?.[1];
        if (!command) continue;
        const action = `${service}:${command}`;
        found.set(action, [...(found.get(action) ?? []), relative(ROOT, file)]);
      }
    }
  }
  return found;
}
