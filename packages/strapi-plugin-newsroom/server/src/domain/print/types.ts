/**
 * What the print view takes in. Shapes are plain data so the Strapi glue can
 * map documents onto them; `body` stays `unknown` because the renderer reads
 * whatever JSON the Blocks editor stored and skips what it does not know.
 */

export type PrintLocale = 'en' | 'de';

export interface PrintPage {
  title: string;
  /** Strapi Blocks JSON (see `BlocksContent`); anything else renders as nothing. */
  body: unknown;
}

export interface PrintCorrection {
  /** ISO date ("2011-07-08") or UTC date-time. */
  date: string;
  note: string;
}

export interface PrintSeriesRef {
  title: string;
  part: number;
  /** Parts announced in total; leave out while unknown ("Part 3" instead of "Part 3 of 4"). */
  of?: number | null;
}

export interface PrintArticle {
  title: string;
  kicker?: string | null;
  series?: PrintSeriesRef | null;
  authors: string[];
  /** ISO date-time, UTC. Null or unreadable: the dateline is left out. */
  publishedAt: string | null;
  pages: PrintPage[];
  corrections?: PrintCorrection[];
  partnerLine?: string | null;
  permalinkUrl?: string | null;
  canonicalUrl?: string | null;
  locale: PrintLocale | string;
  /** schema.org JSON-LD for the page head (a data block, not a script). */
  jsonLd?: unknown;
}

/** One line of a series print's contents, numbered by part number. */
export type PrintContentsEntry =
  | { number: number; status: 'published' }
  | {
      number: number;
      status: 'untranslated';
      languages: { locale: string; title: string; url: string | null }[];
    }
  | { number: number; status: 'announced'; workingTitle?: string | null; expectedAt?: string | null };

export interface PrintSeries {
  title: string;
  kicker?: string | null;
  description?: string | null;
  canonicalUrl?: string | null;
  locale: PrintLocale | string;
  /** Every part in order; without it the contents list the printed parts only. */
  contents?: PrintContentsEntry[];
  /** schema.org JSON-LD for the page head (a data block, not a script). */
  jsonLd?: unknown;
}

export interface PrintOptions {
  /** IANA zone of the newsroom, e.g. "Europe/Berlin"; dates are shown in it. */
  timezone: string;
  /**
   * Site origin for relative link and image URLs (Strapi's local upload
   * provider stores "/uploads/..."). Without it, relative URLs are dropped.
   */
  baseUrl?: string;
}

/* Strapi Blocks, as the editor stores them. For callers and fixtures; the renderer trusts none of it. */

export interface BlocksText {
  type: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  code?: boolean;
}
export interface BlocksLink {
  type: 'link';
  url: string;
  children: BlocksText[];
}
export type BlocksInline = BlocksText | BlocksLink;
export interface BlocksListItem {
  type: 'list-item';
  children: (BlocksInline | BlocksList)[];
}
export interface BlocksList {
  type: 'list';
  format: 'ordered' | 'unordered';
  children: (BlocksListItem | BlocksList)[];
}
export interface BlocksImage {
  type: 'image';
  image: {
    url: string;
    alternativeText?: string | null;
    width?: number | null;
    height?: number | null;
    caption?: string | null;
  };
  children?: BlocksInline[];
}
export type BlocksNode =
  | { type: 'paragraph'; children: BlocksInline[] }
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: BlocksInline[] }
  | BlocksList
  | { type: 'quote'; children: BlocksInline[] }
  | { type: 'code'; children: BlocksInline[] }
  | BlocksImage;
export type BlocksContent = BlocksNode[];
