// eks-guide <command> [options]: the installed command (package.json `bin`), built into dist/eks-guide.js.
import { dispatch } from '../lib/cli/dispatch.ts';
import { packageVersion } from '../lib/cli/package-version.ts';
import { SUBCOMMANDS } from './subcommands.ts';

// package.json is one level up from both scripts/ and dist/.
await dispatch(process.argv.slice(2), SUBCOMMANDS, {
  program: 'eks-guide',
  version: () => packageVersion(new URL('../package.json', import.meta.url)),
});
