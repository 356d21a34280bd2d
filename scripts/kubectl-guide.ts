// kubectl-guide: the same commands as eks-guide, found by kubectl's plugin discovery on PATH, so that
// `kubectl guide doctor -n shop` works (kubectl passes the words after "guide" as the arguments).
import { dispatch } from '../lib/cli/dispatch.ts';
import { packageVersion } from '../lib/cli/package-version.ts';
import { SUBCOMMANDS } from './subcommands.ts';

// package.json is one level up from both scripts/ and dist/.
await dispatch(process.argv.slice(2), SUBCOMMANDS, {
  program: 'kubectl guide',
  version: () => packageVersion(new URL('../package.json', import.meta.url)),
});
