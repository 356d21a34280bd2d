/**
 * A strict check of the Mermaid subset the map writes: every line is one of the statement forms
 * below, labels are quoted with no raw quote inside, and every arrow joins two declared boxes.
 * Returns the problems found (empty when the chart is well-formed) and the decoded labels.
 */
export function mermaidProblems(chart: string): { problems: string[]; labels: Map<string, string> } {
  const problems: string[] = [];
  const labels = new Map<string, string>();
  const arrows: [string, string][] = [];
  const lines = chart.trimEnd().split('\n');
  if (lines[0] !== 'flowchart LR') problems.push(`first line: ${lines[0]}`);
  for (const line of lines.slice(1)) {
    let m: RegExpMatchArray | null;
    if ((m = line.match(/^ {2}(n\d+)\["([^"\n]*)"\]:::(error|warning|info|ok)$/))) {
      if (labels.has(m[1]!)) problems.push(`box declared twice: ${m[1]}`);
      // Mermaid decodes #<number>; entity codes; <br/> is the only markup the map writes.
      const text = m[2]!.replace(/#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)));
      if (/[<>]/.test(m[2]!.replace(/<br\/>/g, ''))) problems.push(`raw angle bracket in label: ${line}`);
      labels.set(m[1]!, text);
    } else if ((m = line.match(/^ {2}(n\d+) (-->|-\.->) (n\d+)$/))) arrows.push([m[1]!, m[3]!]);
    else if (/^ {2}class n\d+(,n\d+)* missing$/.test(line) || /^ {2}classDef \w+ [\w#:,.\- ]+$/.test(line)) continue;
    else if (/^ {2}%% [^\n]*$/.test(line)) continue;
    else problems.push(`not a statement: ${JSON.stringify(line)}`);
  }
  for (const [a, b] of arrows)
    if (!labels.has(a) || !labels.has(b)) problems.push(`arrow to an undeclared box: ${a} ${b}`);
  return { problems, labels };
}
