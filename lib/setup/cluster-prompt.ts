import { createInterface } from 'node:readline/promises';
import { translator, type Lang } from '../i18n/index.ts';

/** Asks on the terminal which cluster to use (numbered list on stderr, answer on stdin). */
export function terminalClusterPicker(lang: Lang): (names: readonly string[], region: string) => Promise<string> {
  const t = translator(lang);
  return async (names, region) => {
    if (names.length === 1) return names[0]!;
    const rl = createInterface({ input: process.stdin, output: process.stderr });
    try {
      process.stderr.write(
        `\n${t('setup.prompt.pick', { region })}\n${names.map((n, i) => `  ${i + 1}) ${n}`).join('\n')}\n`,
      );
      for (;;) {
        const answer = (await rl.question(t('setup.prompt.ask', { count: names.length }))).trim();
        const byNumber = names[Number(answer) - 1];
        const chosen = /^\d+$/.test(answer) ? byNumber : names.find((n) => n === answer);
        if (chosen) return chosen;
      }
    } finally {
      rl.close();
    }
  };
}
