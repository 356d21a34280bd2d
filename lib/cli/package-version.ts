import { readFileSync } from 'node:fs';

/** The version in the package.json at `url` (read only when --version asks). */
export function packageVersion(url: URL): string {
  return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version;
}
