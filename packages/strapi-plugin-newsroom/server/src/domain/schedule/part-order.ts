import { DateTime } from 'luxon';
import { RuleError } from '../errors';
import { type Instant, toInstant } from './instant';
import { assertZone } from './zone';

export interface PartTime {
  number: number;
  at: Instant;
}

export interface PartOrderInput {
  /** The publish times being asked for now (one part, or a whole release plan). */
  proposed: PartTime[];
  /** Pending publish actions of the same series; an entry for a proposed part is the old time and is ignored. */
  scheduled: PartTime[];
  /** Published parts, at their first publication. */
  published: PartTime[];
  /** The editor confirmed that the series goes live out of order (e.g. a late part). */
  force?: boolean;
  /** Zone the times are shown in in the message; default UTC. */
  zone?: string;
  path?: string[];
}

type Source = 'proposed' | 'scheduled' | 'published';
interface Entry {
  number: number;
  at: DateTime;
  source: Source;
}

/**
 * Readers meet parts in number order: part N must not go live before part
 * N-1 (nor any lower part). Equal times are fine. Parts that are neither
 * scheduled nor published are not considered: they may never be published.
 * force lets an editor publish out of order on purpose.
 */
export function assertPartOrder(input: PartOrderInput): void {
  if (input.force === true) return;
  const zone = input.zone ? assertZone(input.zone) : 'UTC';
  const path = input.path ?? ['dueAt'];
  const proposed = entries(input.proposed, 'proposed', path);
  const taken = new Set<number>();
  for (const entry of proposed) {
    if (taken.has(entry.number)) throw new RuleError(`Part ${entry.number} is proposed twice.`, path);
    taken.add(entry.number);
  }
  const others = [
    ...entries(input.scheduled, 'scheduled', path),
    ...entries(input.published, 'published', path),
  ].filter((entry) => !taken.has(entry.number));
  const all = [...proposed, ...others];

  for (const mine of proposed) {
    for (const other of all) {
      if (other === mine || other.number === mine.number) continue;
      const [lower, higher] = other.number < mine.number ? [other, mine] : [mine, other];
      if (higher.at < lower.at) {
        throw new RuleError(
          `Part ${higher.number} ${describe(higher, zone)}, before part ${lower.number}, which ${describe(lower, zone)}. ` +
            'Keep the series in order, or confirm (force) to publish out of order.',
          path,
          'conflict',
        );
      }
    }
  }
}

function entries(list: PartTime[] | undefined, source: Source, path: string[]): Entry[] {
  return (list ?? []).map((item) => ({ number: item.number, at: toInstant(item.at, path), source }));
}

function describe(entry: Entry, zone: string): string {
  const verb = { proposed: 'would go live on', scheduled: 'is scheduled for', published: 'was published on' }[
    entry.source
  ];
  // An English locale keeps "Thu" and Latin digits whatever the server's locale is.
  return `${verb} ${entry.at.setZone(zone).setLocale('en').toFormat('ccc yyyy-MM-dd HH:mm')} ${zone}`;
}
