import { DateTime } from 'luxon';

/** The words feeds add around editors' text, per language ("de", "de-AT" German; anything else English). */
export interface FeedLabels {
  /** Subtitle of the site feed. */
  latest(siteName: string): string;
  /** Subtitle of a channel feed when the channel has no description in this language. */
  channelLatest(channel: string): string;
  /** "Coming: Part 4 – Drivers (expected 14 July 2011)." */
  coming(parts: AnnouncedPart[]): string;
}

export interface AnnouncedPart {
  number: number;
  workingTitle: string | null;
  /** ISO date ("2011-07-14") or null. */
  expectedAt: string | null;
}

type Language = 'en' | 'de';

function day(iso: string | null, language: Language): string | null {
  if (!iso) return null;
  const date = DateTime.fromISO(iso, { zone: 'utc' });
  if (!date.isValid) return null;
  return date.setLocale(language).toFormat(language === 'de' ? 'd. LLLL yyyy' : 'd LLLL yyyy');
}

function comingList(parts: AnnouncedPart[], language: Language, words: Record<string, string>): string {
  const each = parts.map((part) => {
    const title = part.workingTitle?.trim() ? ` – ${part.workingTitle.trim()}` : '';
    const when = day(part.expectedAt, language);
    return `${words.part} ${part.number}${title}${when ? ` (${words.expected} ${when})` : ''}`;
  });
  return each.length ? `${words.coming}: ${each.join('; ')}.` : '';
}

const LABELS: Record<Language, FeedLabels> = {
  en: {
    latest: (site) => `${site}: latest articles`,
    channelLatest: (channel) => `Latest articles in ${channel}`,
    coming: (parts) => comingList(parts, 'en', { part: 'Part', expected: 'expected', coming: 'Coming' }),
  },
  de: {
    latest: (site) => `${site}: die neuesten Artikel`,
    channelLatest: (channel) => `Die neuesten Artikel in „${channel}“`,
    coming: (parts) =>
      comingList(parts, 'de', { part: 'Teil', expected: 'erwartet am', coming: 'Demnächst' }),
  },
};

export function feedLabels(locale: string): FeedLabels {
  return LABELS[locale.toLowerCase().split('-')[0] === 'de' ? 'de' : 'en'];
}

/** A series feed's description: the editors' text, then the announced parts a reader waits for. */
export function seriesFeedDescription(
  description: string | null,
  announced: AnnouncedPart[],
  locale: string,
): string {
  return [description?.trim(), feedLabels(locale).coming(announced)].filter(Boolean).join(' ');
}
