import { RuleError } from '../errors';

/** One locale version of a planned part: whether it is live in that locale. */
export interface PartVersion {
  locale: string;
  published: boolean;
}

export interface BundlePart {
  number: number;
  documentId: string;
  versions: PartVersion[];
}

export interface PartBundle {
  number: number;
  documentId: string;
  /** The locales the week's bundle publishes the part in: the plan's first, then the others by code. */
  locales: string[];
  /** What an editor should know: a locale asked for that the part lacks or already has live. */
  notes: string[];
}

/**
 * Which locales each week's embargo bundle publishes a part in. The plan's
 * locale always (the plan chose the part because it is unpublished there);
 * "all": every other locale the part has and has not published yet;
 * a list: those locales, each missing or already live one said in a note
 * rather than refusing the whole plan (a translation may come later and be
 * scheduled on its own). A locale the app does not have is refused.
 */
export function planBundles(
  parts: BundlePart[],
  planLocale: string,
  wanted: string[] | 'all',
  appLocales: string[],
): PartBundle[] {
  if (wanted !== 'all') {
    const unknown = wanted.filter((code) => !appLocales.includes(code));
    if (unknown.length) {
      throw new RuleError(
        `locales: ${unknown.map((code) => `"${code}"`).join(', ')} ${unknown.length === 1 ? 'is not a locale' : 'are not locales'} of this app (it has ${appLocales.join(', ')}).`,
        ['locales'],
      );
    }
  }
  return parts.map((part) => {
    const has = new Map(part.versions.map((version) => [version.locale, version.published]));
    const others =
      wanted === 'all'
        ? [...has.keys()].filter((code) => code !== planLocale && has.get(code) === false)
        : wanted.filter((code) => code !== planLocale);
    const notes: string[] = [];
    const locales = [planLocale];
    for (const code of [...new Set(others)].sort()) {
      if (!has.has(code))
        notes.push(`Part ${part.number} has no "${code}" version; its bundle leaves it out.`);
      else if (has.get(code)) notes.push(`Part ${part.number} is already published in "${code}".`);
      else locales.push(code);
    }
    return { number: part.number, documentId: part.documentId, locales, notes };
  });
}
