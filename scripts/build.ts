// Build: one plain-JavaScript bundle per command (dist/eks-guide.js, dist/kubectl-guide.js), so the installed
// tool runs on Node alone, without tsx or TypeScript. Code behind `await import()` becomes its own chunk and
// loads only on the path that uses it.
import { build, type Metafile, type Plugin } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** The executables the package installs (package.json `bin`), by source entry point. */
export const ENTRY_POINTS = ['scripts/eks-guide.ts', 'scripts/kubectl-guide.ts'];

/**
 * Bundles the entry points into `outdir`. The packages in `dependencies` stay external (npm installs them
 * with the package); a deep import of one (`@kubernetes/client-node/dist/config.js`, all the doctor needs)
 * is bundled and tree-shaken instead, so the doctor loads one file, not client-node's hundreds of modules.
 */
export async function buildCli(outdir: string): Promise<Metafile> {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: ENTRY_POINTS,
    outdir,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    plugins: [
      externalPackages(Object.keys(pkg.dependencies ?? {})),
      kubeConfigWithoutApiClients,
      cataloguesAsJson,
      nodeFetchWithNodesUrl,
      rarePathsOnDemand,
    ],
    banner: {
      // Bundled CommonJS code (client-node's dependencies) calls require() for Node built-ins.
      js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
    },
    legalComments: 'linked',
    metafile: true,
    write: false,
    logLevel: 'warning',
  });
  const entries = new Set(ENTRY_POINTS.map((e) => join(outdir, e.replace(/^scripts\/(.*)\.ts$/, '$1.js'))));
  for (const file of result.outputFiles) {
    mkdirSync(dirname(file.path), { recursive: true });
    if (!file.path.endsWith('.js')) {
      writeFileSync(file.path, file.contents);
      continue;
    }
    // The sources' `#!/usr/bin/env -S npx tsx` lines are dropped (a chunk cannot start with one after the
    // banner); the executables get Node's.
    const code = file.text.replace(/^#!.*\n/gm, '');
    const executable = entries.has(file.path);
    writeFileSync(file.path, executable ? `#!/usr/bin/env node\n${code}` : code, { mode: executable ? 0o755 : 0o644 });
  }
  await writeCatalogues(outdir, result.metafile);
  writeFileSync(join(outdir, 'THIRD-PARTY-NOTICES.txt'), thirdPartyNotices(result.metafile));
  return result.metafile;
}

/** The licence text of every package bundled into dist/ (MIT and Apache-2.0 ask for it to travel with the code). */
function thirdPartyNotices(metafile: Metafile): string {
  const packageDirs = new Set<string>();
  for (const input of Object.keys(metafile.inputs)) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match) packageDirs.add(resolve(root, match[1]!));
  }
  const sections = [...packageDirs].sort().map((dir) => {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      name: string;
      version: string;
      license?: string;
    };
    const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)/i.test(f));
    const text =
      file && existsSync(join(dir, file))
        ? readFileSync(join(dir, file), 'utf8').trim()
        : `License: ${pkg.license ?? 'see package'}`;
    return `${pkg.name}@${pkg.version} (${pkg.license ?? 'unknown'})\n\n${text}`;
  });
  return `eks-guide's dist/ bundles code from these packages:\n\n${sections.join(`\n\n${'-'.repeat(72)}\n\n`)}\n`;
}

/** Leaves these packages' own entry points to Node at run time (esbuild's `external` would also take their sub-paths). */
function externalPackages(names: readonly string[]): Plugin {
  const external = new Set(names);
  return {
    name: 'external-packages',
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, (args) =>
        external.has(args.path) ? { path: args.path, external: true } : null,
      );
    },
  };
}

/**
 * Every command bundles client-node's KubeConfig (kubeconfig, TLS, tokens, exec plugins) but none calls its
 * makeApiClient, the one user of the generated API clients and models (gen/, most of the package): each
 * sends its few requests itself (lib/kube/kube-request.ts, lib/doctor/api-reader.ts). Inside the bundle that
 * import is answered with a stub.
 */
const kubeConfigWithoutApiClients: Plugin = {
  name: 'kubeconfig-without-api-clients',
  setup(b) {
    b.onResolve({ filter: /^\.\/gen\/index\.js$/ }, (args) =>
      /@kubernetes[\\/]client-node[\\/]dist[\\/]config\.js$/.test(args.importer)
        ? { path: 'client-node-gen', namespace: 'stub' }
        : null,
    );
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents: [
        "const missing = () => { throw new Error('eks-guide: the bundled KubeConfig makes no API clients'); };",
        'export const createConfiguration = missing;',
        'export class ServerConfiguration { constructor() { missing(); } }',
      ].join('\n'),
      loader: 'js',
    }));
  },
};

/**
 * node-fetch 2 parses URLs with `Url.URL || whatwgUrl.URL`: on Node the built-in always wins, yet the
 * whatwg-url package (with tr46's 0.3 MB Unicode table) would be compiled on every cluster read. Inside the
 * bundle node-fetch gets Node's own URL under that name.
 */
const nodeFetchWithNodesUrl: Plugin = {
  name: 'node-fetch-with-nodes-url',
  setup(b) {
    b.onResolve({ filter: /^whatwg-url$/ }, (args) =>
      /node_modules[\\/]node-fetch[\\/]/.test(args.importer) ? { path: 'whatwg-url', namespace: 'node-url' } : null,
    );
    b.onLoad({ filter: /.*/, namespace: 'node-url' }, () => ({
      contents: 'module.exports = { URL: globalThis.URL };',
      loader: 'js',
    }));
  },
};

/**
 * Two packages the bundled KubeConfig imports serve only rare kubeconfigs: socks-proxy-agent (with socks,
 * smart-buffer and ip-address, 0.2 MB) a `socks5://` proxy-url, jsonpath-plus the gcp/azure auth providers.
 * In the bundle each is a stand-in that loads the installed package (client-node's own dependency) the
 * first time it is used, so every other kubeconfig does not compile them.
 */
const rarePathsOnDemand: Plugin = {
  name: 'rare-paths-on-demand',
  setup(b) {
    const standIns: Record<string, string> = {
      'socks-proxy-agent':
        'export class SocksProxyAgent { constructor(...args) { return new (load().SocksProxyAgent)(...args); } }',
      'jsonpath-plus': 'export const JSONPath = (...args) => load().JSONPath(...args);',
    };
    b.onResolve({ filter: /^(socks-proxy-agent|jsonpath-plus)$/ }, (args) =>
      /node_modules[\\/]@kubernetes[\\/]client-node[\\/]/.test(args.importer)
        ? { path: args.path, namespace: 'on-demand' }
        : null,
    );
    b.onLoad({ filter: /.*/, namespace: 'on-demand' }, (args) => ({
      contents: [
        "import { createRequire } from 'node:module';",
        'let loaded;',
        // Resolved from client-node's own directory, where npm installs its dependencies.
        `const load = () => (loaded ??= createRequire(import.meta.resolve('@kubernetes/client-node'))(${JSON.stringify(args.path)}));`,
        standIns[args.path]!,
      ].join('\n'),
      loader: 'js',
    }));
  },
};

const CATALOGUE_STUB = 'message-catalogues';

/**
 * The message catalogues (0.4 MB of object literals, two thirds Korean) would be compiled by V8 on every
 * start, for --help too. In the bundle, lib/i18n/catalogue.ts is answered by a module that reads one JSON
 * file per language (JSON.parse is far cheaper than compiling the same literal), English at load and Korean
 * only when a Korean message is rendered. The TypeScript catalogue stays the source (and what tsx runs).
 */
const cataloguesAsJson: Plugin = {
  name: 'catalogues-as-json',
  setup(b) {
    const catalogue = join(root, 'lib/i18n/catalogue.ts');
    b.onResolve({ filter: /catalogue\.ts$/ }, (args) =>
      resolve(args.resolveDir, args.path) === catalogue ? { path: CATALOGUE_STUB, namespace: 'catalogue-json' } : null,
    );
    b.onLoad({ filter: new RegExp(`^${CATALOGUE_STUB}$`), namespace: 'catalogue-json' }, () => ({
      contents: [
        "import { readFileSync } from 'node:fs';",
        'const read = (lang) => JSON.parse(readFileSync(new URL(`./messages-${lang}.json`, import.meta.url), "utf8"));',
        "export const en = read('en');",
        'let ko;',
        "export const catalogues = { en, get ko() { return (ko ??= read('ko')); } };",
      ].join('\n'),
      loader: 'js',
    }));
  },
};

/** Writes messages-<lang>.json beside each output that holds the catalogue module (it reads them from there). */
async function writeCatalogues(outdir: string, metafile: Metafile): Promise<void> {
  const { catalogues } = await import('../lib/i18n/catalogue.ts');
  const dirs = Object.entries(metafile.outputs)
    .filter(([, output]) => Object.keys(output.inputs).some((input) => input.endsWith(CATALOGUE_STUB)))
    .map(([file]) => dirname(resolve(root, file)));
  if (dirs.length === 0) throw new Error('build: no output holds the message catalogue');
  for (const [lang, table] of Object.entries(catalogues)) {
    for (const [key, text] of Object.entries(table))
      if (typeof text !== 'string') throw new Error(`build: catalogue ${lang} ${key} is not a string`);
    for (const dir of new Set(dirs)) writeFileSync(join(dir, `messages-${lang}.json`), JSON.stringify(table));
  }
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  await buildCli(resolve(root, process.argv[2] ?? 'dist'));
}
