import { timeZonesNames } from '@vvo/tzdb';
import { distance as editDistance } from 'fastest-levenshtein';
import { IANAZone } from 'luxon';
import { RuleError } from '../errors';

/** Today's IANA names, as the tz database spells them ("Asia/Kathmandu", "Europe/Kyiv"), by lower case. */
const CURRENT = new Map(timeZonesNames.map((name) => [name.toLowerCase(), name]));

/**
 * Checks an IANA zone name and returns it as the editor typed it, in the tz
 * database's spelling ("europe/berlin" -> "Europe/Berlin"), so stored names
 * compare equal. Not ICU's canonical id: Node's Intl still calls
 * Asia/Kathmandu "Asia/Katmandu" and Europe/Kyiv "Europe/Kiev". A valid
 * alias outside today's list ("US/Pacific", "UTC") is kept as typed, with
 * ICU's spelling when only the case differs.
 * Fixed offsets and "local" are refused: an offset cannot follow summer time,
 * and the server's zone is not the newsroom's.
 */
export function assertZone(zone: unknown, path: string[] = ['zone']): string {
  if (typeof zone !== 'string' || zone.trim() === '') {
    throw new RuleError('A time zone is needed, as an IANA name such as "Europe/Berlin".', path);
  }
  const name = zone.trim();
  // Node 22's ICU accepts offsets such as "+02:00" as zones; they cannot follow summer time.
  if (/^[+\-\u2212]\d/.test(name)) {
    throw new RuleError(
      `"${name}" is a fixed offset, which cannot follow summer time: use an IANA name such as "Europe/Berlin".`,
      path,
    );
  }
  if (!IANAZone.isValidZone(name)) {
    const guess = suggestZone(name);
    const hint = guess ? `Did you mean "${guess}"?` : 'Use an IANA name such as "Europe/Berlin".';
    throw new RuleError(`"${name}" is not a time zone we know. ${hint}`, path);
  }
  const current = CURRENT.get(name.toLowerCase());
  if (current) return current;
  const icu = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  return icu.toLowerCase() === name.toLowerCase() ? icu : name;
}

/** The closest known zone name, if one is close enough to be a typo. */
export function suggestZone(name: string): string | null {
  const wanted = name.toLowerCase();
  let best: { zone: string; distance: number } | null = null;
  for (const zone of [...timeZonesNames, 'UTC']) {
    const distance = editDistance(wanted, zone.toLowerCase());
    if (!best || distance < best.distance) best = { zone, distance };
  }
  // Three edits covers "Europe/Berln" and "Europe/Brelin" without suggesting nonsense for "Mars/Base".
  return best && best.distance <= Math.min(3, Math.floor(name.length / 3)) ? best.zone : null;
}
