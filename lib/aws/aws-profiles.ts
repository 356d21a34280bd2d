import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The profile names in the shared AWS config and credentials files, read as the CLI and SDK
 * read them: `[default]` / `[profile NAME]` in AWS_CONFIG_FILE (else ~/.aws/config), `[NAME]`
 * in AWS_SHARED_CREDENTIALS_FILE (else ~/.aws/credentials). `[sso-session …]` and other
 * sections are not profiles. A missing file holds none.
 */
export async function configuredProfiles(env: NodeJS.ProcessEnv, home: string): Promise<Set<string>> {
  const expand = (p: string) => (p === '~' || p.startsWith('~/') ? join(home, p.slice(1)) : p);
  const files = [
    { path: expand(env.AWS_CONFIG_FILE || join(home, '.aws', 'config')), config: true },
    { path: expand(env.AWS_SHARED_CREDENTIALS_FILE || join(home, '.aws', 'credentials')), config: false },
  ];
  const names = new Set<string>();
  for (const { path, config } of files) {
    const text = await readFile(path, 'utf8').catch(() => '');
    for (const m of text.matchAll(/^[ \t]*\[\s*([^\]]+?)\s*\][ \t]*$/gm)) {
      const section = m[1]!;
      if (!config) names.add(section);
      else if (section === 'default') names.add('default');
      else if (/^profile\s/.test(section)) names.add(section.replace(/^profile\s+/, ''));
    }
  }
  return names;
}
