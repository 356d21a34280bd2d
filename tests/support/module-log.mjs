// Preload (`node --import`) that appends every module a process loads to $MODULE_LOG, one URL or path a line:
// ESM through a resolve hook, CommonJS through Module._load. Tests use it to see which code a path reads.
import { appendFileSync } from 'node:fs';
import module from 'node:module';

const log = process.env.MODULE_LOG;
if (log) {
  module.register(
    'data:text/javascript,' +
      encodeURIComponent(`
        import { appendFileSync } from 'node:fs';
        export async function resolve(specifier, context, next) {
          const result = await next(specifier, context);
          appendFileSync(${JSON.stringify(log)}, result.url + '\\n');
          return result;
        }`),
  );
  const load = module.Module._load;
  module.Module._load = function (request, parent, isMain) {
    appendFileSync(log, `${module.Module._resolveFilename(request, parent, isMain)}\n`);
    return load.apply(this, arguments);
  };
}
