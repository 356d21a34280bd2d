import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import type { Metafile } from 'esbuild';
import { buildCli } from '../../scripts/build.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

/** A fresh build of the installed commands, as `npm run build` makes it, in its own directory. */
export interface BuiltCli {
  /** Holds dist/ and a copy of package.json, as an installed package does. */
  dir: string;
  eksGuide: string;
  kubectlGuide: string;
  metafile: Metafile;
}

/**
 * Builds into .tmp/ inside the checkout, so the bundles' external packages resolve from its node_modules
 * just as an installed package's resolve from its own.
 */
export async function buildCliForTest(): Promise<BuiltCli> {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, '.tmp', 'built-cli-'));
  copyFileSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  const metafile = await buildCli(join(dir, 'dist'));
  return {
    dir,
    eksGuide: join(dir, 'dist/eks-guide.js'),
    kubectlGuide: join(dir, 'dist/kubectl-guide.js'),
    metafile,
  };
}
