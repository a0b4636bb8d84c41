import { DateTime } from 'luxon';
import { RuleError } from './errors';
import { parseIso } from './schedule/instant';

export const MILESTONE_KINDS = ['merge-window', 'rc', 'release', 'stable'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

export interface Milestone {
  kind: MilestoneKind;
  label: string;
  at: string;
  announcementUrl?: string | null;
  note?: string | null;
}

/** "3.0-rc6" -> 6; labels without an rc number give null. */
export function rcNumber(label: string): number | null {
  const match = /rc\s*(\d+)\s*$/i.exec(label);
  return match ? Number(match[1]) : null;
}

function describe(milestone: Partial<Milestone>, index: number): string {
  return milestone.label ? `milestone ${index + 1} ("${milestone.label}")` : `milestone ${index + 1}`;
}

/**
 * The rules a timeline's milestones obey: each has a known kind, a label and
 * an instant; they are in date order; labels are unique; rc numbers only go
 * up; there is at most one release, and only stable updates follow it;
 * an announcement URL is an http(s) address.
 */
export function assertMilestones(milestones: Partial<Milestone>[]): void {
  const labels = new Set<string>();
  let previous: { at: DateTime; name: string } | null = null;
  let highestRc: { n: number; name: string } | null = null;
  let release: string | null = null;

  milestones.forEach((milestone, index) => {
    const name = describe(milestone, index);
    const path = ['milestones', String(index)];
    if (!MILESTONE_KINDS.includes(milestone.kind as MilestoneKind)) {
      throw new RuleError(
        `${name} has kind ${JSON.stringify(milestone.kind)}; use one of ${MILESTONE_KINDS.join(', ')}.`,
        [...path, 'kind'],
      );
    }
    const label = (milestone.label ?? '').trim();
    if (!label) throw new RuleError(`${name} needs a label such as "3.0-rc6".`, [...path, 'label']);
    if (labels.has(label)) {
      throw new RuleError(`${name}: the label "${label}" is used twice in this timeline.`, [
        ...path,
        'label',
      ]);
    }
    labels.add(label);

    const at = parseInstant(milestone.at);
    if (!at) {
      throw new RuleError(`${name} needs a date and time (ISO 8601), got ${JSON.stringify(milestone.at)}.`, [
        ...path,
        'at',
      ]);
    }
    if (previous && at < previous.at) {
      throw new RuleError(`${name} is dated before ${previous.name}: milestones must be in date order.`, [
        ...path,
        'at',
      ]);
    }
    previous = { at, name };

    const url = milestone.announcementUrl;
    if (url !== null && url !== undefined && url !== '' && !isWebUrl(url)) {
      throw new RuleError(
        `${name} has announcement URL ${JSON.stringify(String(url).slice(0, 80))}; use an http(s) address.`,
        [...path, 'announcementUrl'],
      );
    }

    if (release && (milestone.kind === 'rc' || milestone.kind === 'merge-window')) {
      throw new RuleError(`${name} comes after ${release}: only stable updates follow a release.`, [
        ...path,
        'kind',
      ]);
    }
    if (!release && milestone.kind === 'stable') {
      throw new RuleError(`${name} is a stable update before the release: add the release first.`, [
        ...path,
        'kind',
      ]);
    }
    if (milestone.kind === 'rc') {
      const n = rcNumber(label);
      if (n !== null && highestRc && n <= highestRc.n) {
        throw new RuleError(`${name} cannot follow ${highestRc.name}: rc numbers must go up.`, [
          ...path,
          'label',
        ]);
      }
      if (n !== null) highestRc = { n, name };
    }
    if (milestone.kind === 'release') {
      if (release) {
        throw new RuleError(`${name} is a second release; ${release} is already the release.`, [
          ...path,
          'kind',
        ]);
      }
      release = name;
    }
  });
}

/** An absolute http(s) URL: what a front end may safely put in a link. */
function isWebUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

export function parseInstant(value: unknown): DateTime | null {
  if (value instanceof Date) {
    const dt = DateTime.fromJSDate(value, { zone: 'utc' });
    return dt.isValid ? dt : null;
  }
  return typeof value === 'string' ? parseIso(value) : null;
}
