// Builds the installed command once for the whole suite: tests that run the doctor many times run it as users
// who installed the package do (node dist/eks-guide.js), ~0.7 s faster a run than through tsx's loader.
// The tsx form (`npx tsx scripts/doctor.ts`) keeps tests of its own.
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildCliForTest } from './built-cli.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** dist/eks-guide.js of the suite's build. */
    builtEksGuide: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const built = await buildCliForTest();
  project.provide('builtEksGuide', built.eksGuide);
  return () => rmSync(built.dir, { recursive: true, force: true });
}
