import type { Lang } from '../i18n/index.ts';
import type { Finding } from '../doctor/finding.ts';
import type { Incident } from '../doctor/incidents.ts';
import type { Report } from '../doctor/report.ts';
import { SEVERITY_MARK, findingTexts, objectHeading, objectName } from './finding-text.ts';
import { label } from './message-text.ts';

/** What every renderer says the same way about an incident: its summary line, chains and counts. */

/** The incident's root finding. */
export function rootFinding(report: Report, incident: Incident): Finding {
  return report.findings[incident.root]!;
}

/** "3 objects". */
export function objectsAffected(lang: Lang, incident: Incident): string {
  const n = incident.objects.length;
  return label(lang, n === 1 ? 'output.incidents.objects.one' : 'output.incidents.objects.other', { n });
}

/** The one command to run first: the root finding's first next command. */
export function firstCommand(report: Report, incident: Incident): string | undefined {
  return rootFinding(report, incident).commands?.[0];
}

/** "✖ 1. PersistentVolumeClaim/uploads (Deployment/media): <cause> Affects 3 objects. First: kubectl ..." */
export function incidentLine(lang: Lang, report: Report, incident: Incident, mark = SEVERITY_MARK[incident.severity]) {
  const root = rootFinding(report, incident);
  const command = firstCommand(report, incident);
  const params = {
    severity: mark,
    id: incident.id,
    object: objectHeading(root, report.namespace),
    cause: findingTexts(lang, root).cause,
    objects: objectsAffected(lang, incident),
  };
  return command
    ? label(lang, 'output.incidents.line', { ...params, command })
    : label(lang, 'output.incidents.lineNoCommand', params);
}

/** "8 incidents, worst first:" */
export function incidentsHeading(lang: Lang, report: Report): string {
  const n = report.incidents.length;
  return label(lang, n === 1 ? 'output.incidents.heading.one' : 'output.incidents.heading.other', { n });
}

/** "8 incidents": the count CI reads first in the closing line. */
export function incidentCount(lang: Lang, report: Report): string {
  const n = report.incidents.length;
  return label(lang, n === 1 ? 'output.incidents.count.one' : 'output.incidents.count.other', { n });
}

/** The objects from a finding down to its incident's root: "Pod/media-x ← PersistentVolumeClaim/uploads". */
export function chainFrom(report: Report, index: number): string {
  const names: string[] = [];
  for (let at: number | undefined = index; at !== undefined; at = report.findings[at]!.causedBy) {
    const name = objectName(report.findings[at]!.object, report.namespace);
    // Two findings on one object (a StatefulSet stuck because of its own claim template) read as one step.
    if (names[names.length - 1] !== name) names.push(name);
  }
  return names.join(' ← ');
}

/** The whole chain of an incident, from its farthest effect down to the root, or undefined without effects. */
export function incidentChain(report: Report, incident: Incident): string | undefined {
  const farthest = incident.effects[incident.effects.length - 1];
  return farthest === undefined ? undefined : chainFrom(report, farthest);
}

/** The chain from an effect back to its root, without the effect itself: what it points back to. */
export function effectBack(lang: Lang, report: Report, incident: Incident, index: number): string {
  const cause = report.findings[index]!.causedBy;
  return label(lang, 'output.incidents.effectBack', {
    chain: cause === undefined ? '' : chainFrom(report, cause),
    id: incident.id,
  });
}

/** "Explained by this root cause (2 more findings):" */
export function effectsHeading(lang: Lang, incident: Incident): string {
  const n = incident.effects.length;
  return label(lang, n === 1 ? 'output.incidents.effects.one' : 'output.incidents.effects.other', { n });
}

/** "The same cause also on: Pod/cache-1", or undefined when the root is alone. */
export function sameCauseLine(lang: Lang, report: Report, incident: Incident): string | undefined {
  if (!incident.sameCause.length) return undefined;
  const objects = incident.sameCause.map((i) => objectName(report.findings[i]!.object, report.namespace)).join(', ');
  return label(lang, 'output.incidents.sameCause', { objects });
}
