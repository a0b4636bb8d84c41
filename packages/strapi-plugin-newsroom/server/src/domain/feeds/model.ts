import type { DateTime } from 'luxon';

/** The shapes of a feed: what callers pass in, and what the serializers get once it is checked. */
export const FEED_KINDS = ['site', 'channel', 'series'] as const;
export type FeedKind = (typeof FEED_KINDS)[number];
export const FEED_FORMATS = ['atom', 'rss', 'json'] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];

export interface FeedItemInput {
  /** The entry's id in this locale (see entryId): stable across slug changes, distinct per locale. */
  id: string;
  title: string;
  /** The canonical URL readers open. */
  url: string;
  /** Plain text, never HTML. */
  teaser: string;
  authors: string[];
  /** ISO 8601 instants. */
  publishedAt: string;
  updatedAt: string;
  /** Channel names and the like. */
  categories?: string[];
}

export interface FeedInput {
  kind: FeedKind;
  title: string;
  description: string;
  /** The front-end page the feed stands for, in the feed's language. */
  siteUrl: string;
  feedUrls: Record<FeedFormat, string>;
  /** A WebSub hub the feeds name (rel="hub"), or null. */
  hub?: string | null;
  locale: string;
  /** ISO 8601 instant of the newest change; passed in so output is reproducible. */
  updated: string;
  items: FeedItemInput[];
}

export type FeedDocuments = Record<FeedFormat, string>;

export interface CheckedItem {
  id: string;
  title: string;
  url: string;
  teaser: string;
  authors: string[];
  categories: string[];
  published: DateTime;
  updated: DateTime;
}

/** A feed whose every field has been checked: what the three serializers take. */
export interface CheckedFeed {
  kind: FeedKind;
  title: string;
  description: string;
  siteUrl: string;
  feedUrls: Record<FeedFormat, string>;
  hub: string | null;
  locale: string;
  updated: DateTime;
  items: CheckedItem[];
}

export const GENERATOR = 'Newsroom';
