import { projectRelease } from '../../packages/strapi-plugin-newsroom/server/src/domain/timeline/projection';
import {
  datedMilestones,
  daysBetween,
  type Timeline,
  toInstant,
} from '../../packages/strapi-plugin-newsroom/server/src/domain/timeline/timeline';

/** One projection made at an rc of a released timeline, compared with what happened. */
export interface ProjectionCheck {
  version: string;
  /** The rc at which the projection was made, e.g. "3.0-rc6". */
  madeAt: string;
  expected: string;
  actual: string;
  /** Expected minus actual, in days (one decimal): positive means projected too late. */
  errorDays: number;
  inRange: boolean;
  furtherRcs: { expected: number; actual: number };
}

export interface VersionAccuracy {
  version: string;
  checks: number;
  meanAbsoluteErrorDays: number;
  /** Largest error by size, keeping its sign. */
  worstErrorDays: number;
  inRange: number;
}

export interface ProjectionAccuracy {
  checks: ProjectionCheck[];
  versions: VersionAccuracy[];
  meanAbsoluteErrorDays: number | null;
  /** Share of checks whose range contained the actual release, 0..1. */
  inRangeShare: number | null;
}

/**
 * How good the projection is: for every released timeline, project its release
 * at each of its rcs (as the rc came out) from the other timelines, and compare
 * with the actual release. projectRelease only uses cycles released before
 * each rc, so passing every timeline as history is honest.
 */
export function evaluateProjections(timelines: Timeline[]): ProjectionAccuracy {
  const checks: ProjectionCheck[] = [];
  for (const timeline of timelines) {
    const dated = datedMilestones(timeline.milestones);
    const release = dated.find((m) => m.milestone.kind === 'release');
    if (!release) continue;
    const rcs = dated.filter((m) => m.rc !== null && m.at < release.at);
    const finalRc = rcs.at(-1)?.rc ?? 0;
    for (const rc of rcs) {
      const projection = projectRelease(timeline, timelines, rc.at);
      if (!projection) continue;
      const actual = release.at;
      checks.push({
        version: timeline.version,
        madeAt: rc.milestone.label,
        expected: projection.expected,
        actual: actual.toISO() as string,
        errorDays: round1(daysBetween(actual, toInstant(projection.expected))),
        inRange: toInstant(projection.earliest) <= actual && actual <= toInstant(projection.latest),
        furtherRcs: { expected: projection.furtherRcs.expected, actual: finalRc - (rc.rc as number) },
      });
    }
  }

  const versions = [...new Set(checks.map((c) => c.version))].map((version) => {
    const mine = checks.filter((c) => c.version === version);
    const worst = mine.reduce((a, b) => (Math.abs(b.errorDays) > Math.abs(a.errorDays) ? b : a));
    return {
      version,
      checks: mine.length,
      meanAbsoluteErrorDays: meanAbsolute(mine),
      worstErrorDays: worst.errorDays,
      inRange: mine.filter((c) => c.inRange).length,
    };
  });
  return {
    checks,
    versions,
    meanAbsoluteErrorDays: checks.length ? meanAbsolute(checks) : null,
    inRangeShare: checks.length
      ? Math.round((checks.filter((c) => c.inRange).length / checks.length) * 100) / 100
      : null,
  };
}

function meanAbsolute(checks: ProjectionCheck[]): number {
  return round1(checks.reduce((sum, c) => sum + Math.abs(c.errorDays), 0) / checks.length);
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
