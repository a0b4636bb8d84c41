import type { PrintLocale } from './types';

/** Every word the print view adds around the editors' text, in both newsroom languages. */
export interface Labels {
  partOf(part: number, of?: number | null): string;
  part(part: number): string;
  byline(authors: string[]): string;
  contents: string;
  /** An announced part in the contents: "coming (expected 14 July 2011)". */
  coming(expected: string | null): string;
  /** "only in English" / "nur auf Englisch". */
  onlyIn(locales: string[]): string;
  corrections: string;
  links: string;
  permalink: string;
  /** luxon formats: "07 July 2011, 16:49" / "07. Juli 2011, 16:49". */
  dateTimeFormat: string;
  dateFormat: string;
}

function listOf(language: PrintLocale, names: string[]): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(names);
}

/** "English", "Englisch": the language's name in the print's language, the code if Intl does not know it. */
function languageName(language: PrintLocale, code: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

const LABELS: Record<PrintLocale, Labels> = {
  en: {
    partOf: (part, of) => (isCount(of) ? `Part ${part} of ${of}` : `Part ${part}`),
    part: (part) => `Part ${part}`,
    byline: (authors) => `By ${listOf('en', authors)}`,
    contents: 'Contents',
    coming: (expected) => (expected ? `coming (expected ${expected})` : 'coming'),
    onlyIn: (locales) =>
      `only in ${listOf(
        'en',
        locales.map((code) => languageName('en', code)),
      )}`,
    corrections: 'Corrections',
    links: 'Links',
    permalink: 'Permalink',
    dateTimeFormat: 'dd LLLL yyyy, HH:mm',
    dateFormat: 'dd LLLL yyyy',
  },
  de: {
    partOf: (part, of) => (isCount(of) ? `Teil ${part} von ${of}` : `Teil ${part}`),
    part: (part) => `Teil ${part}`,
    byline: (authors) => `Von ${listOf('de', authors)}`,
    contents: 'Inhalt',
    coming: (expected) => (expected ? `demnächst (erwartet am ${expected})` : 'demnächst'),
    onlyIn: (locales) =>
      `nur auf ${listOf(
        'de',
        locales.map((code) => languageName('de', code)),
      )}`,
    corrections: 'Korrekturen',
    links: 'Links',
    permalink: 'Permalink',
    dateTimeFormat: 'dd. LLLL yyyy, HH:mm',
    dateFormat: 'dd. LLLL yyyy',
  },
};

/** "de", "de-AT", "DE" print German; every other locale falls back to English labels. */
export function printLanguage(locale: unknown): PrintLocale {
  return typeof locale === 'string' && locale.toLowerCase().split('-')[0] === 'de' ? 'de' : 'en';
}

export function labelsFor(language: PrintLocale): Labels {
  return LABELS[language];
}
