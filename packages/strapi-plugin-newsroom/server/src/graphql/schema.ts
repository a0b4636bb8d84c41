/**
 * The newsroom read model in GraphQL: the same answers as the REST read
 * routes (services/read.ts, services/views/timelines.ts, permalinks), field
 * for field, in the same `{ data, meta }` envelope. Dates are ISO strings as
 * in REST; Blocks bodies and JSON-LD are JSON (their shape is the editor's).
 * Every object type is named Newsroom…, so nothing clashes with the host app's types.
 */
export const TYPE_DEFS = /* GraphQL */ `
  type NewsroomNamed {
    documentId: String!
    name: String!
    slug: String!
  }

  type NewsroomLocalization {
    locale: String!
    slug: String!
    canonicalUrl: String
  }

  type NewsroomPagination {
    page: Int!
    pageSize: Int!
    pageCount: Int!
    total: Int!
  }

  type NewsroomRedirect {
    slug: String!
  }

  type NewsroomPartLanguage {
    locale: String!
    title: String!
    slug: String!
    publishedAt: String
    canonicalUrl: String
  }

  "A part of a series: status is published, untranslated (published in other languages only) or announced."
  type NewsroomPart {
    number: Int!
    status: String!
    documentId: String
    permalinkId: Int
    title: String
    slug: String
    teaser: String
    publishedAt: String
    canonicalUrl: String
    permalinkUrl: String
    languages: [NewsroomPartLanguage!]
    workingTitle: String
    topic: String
    expectedAt: String
  }

  type NewsroomSeries {
    documentId: String!
    permalinkId: Int
    slug: String!
    title: String!
    kicker: String
    description: String
    state: String
    locale: String
    channel: NewsroomNamed
    partsTotal: Int!
    publishedParts: Int!
    untranslatedParts: Int!
    plannedParts: Int!
    latestPart: NewsroomPart
    parts: [NewsroomPart!]
    localizations: [NewsroomLocalization!]
    canonicalUrl: String
    permalinkUrl: String
    jsonLd: JSON
  }

  type NewsroomListMeta {
    locale: String!
    pagination: NewsroomPagination!
  }

  type NewsroomDocumentMeta {
    locale: String!
    redirect: NewsroomRedirect
  }

  type NewsroomSeriesList {
    data: [NewsroomSeries!]!
    meta: NewsroomListMeta!
  }

  type NewsroomSeriesAnswer {
    data: NewsroomSeries!
    meta: NewsroomDocumentMeta!
  }

  type NewsroomPage {
    number: Int!
    title: String
    body: JSON
  }

  type NewsroomCorrection {
    date: String
    note: String
  }

  type NewsroomPartPosition {
    number: Int!
    of: Int!
  }

  "The series an article is a part of: its position, the neighbouring published parts and every part."
  type NewsroomArticleSeries {
    documentId: String!
    slug: String!
    title: String!
    kicker: String
    part: NewsroomPartPosition!
    previous: NewsroomPart
    next: NewsroomPart
    parts: [NewsroomPart!]!
  }

  type NewsroomDay {
    date: String!
    weekday: String!
    isoWeekday: Int!
    zone: String
  }

  type NewsroomMilestone {
    kind: String!
    label: String!
    at: String!
    announcementUrl: String
    note: String
    day: NewsroomDay
  }

  "A timeline's state at an instant: the phase, the release candidate, the latest milestone and those after it."
  type NewsroomTimelineState {
    at: String
    phase: String!
    rc: Int
    label: String
    daysSinceStart: Int
    weeksSinceRc1: Int
    latest: NewsroomMilestone
    milestone: NewsroomMilestone
    after: [NewsroomMilestone!]
  }

  type NewsroomArticleTimeline {
    documentId: String!
    slug: String
    project: String!
    version: String!
    atPublication: NewsroomTimelineState
    after: [NewsroomMilestone!]!
    release: NewsroomMilestone
  }

  type NewsroomArticle {
    documentId: String!
    permalinkId: Int
    locale: String!
    slug: String!
    title: String!
    teaser: String
    publishedAt: String
    updatedAt: String
    authors: [NewsroomNamed!]!
    channel: NewsroomNamed
    partnerLine: String
    pages: [NewsroomPage!]!
    corrections: [NewsroomCorrection!]!
    localizations: [NewsroomLocalization!]!
    series: NewsroomArticleSeries
    timeline: NewsroomArticleTimeline
    canonicalUrl: String
    permalinkUrl: String
    jsonLd: JSON
  }

  type NewsroomArticleAnswer {
    data: NewsroomArticle!
    meta: NewsroomDocumentMeta!
  }

  type NewsroomChannelArticleSeries {
    documentId: String!
    slug: String!
    title: String!
    part: Int
  }

  type NewsroomChannelArticle {
    documentId: String!
    permalinkId: Int
    slug: String!
    title: String!
    teaser: String
    publishedAt: String
    authors: [NewsroomNamed!]!
    series: NewsroomChannelArticleSeries
    canonicalUrl: String
    permalinkUrl: String
  }

  type NewsroomChannel {
    documentId: String!
    name: String!
    slug: String!
    description: String
  }

  type NewsroomChannelMeta {
    locale: String!
    channel: NewsroomChannel!
    pagination: NewsroomPagination!
  }

  type NewsroomChannelArticles {
    data: [NewsroomChannelArticle!]!
    meta: NewsroomChannelMeta!
  }

  type NewsroomRange {
    expected: Int!
    min: Int!
    max: Int!
  }

  type NewsroomCadenceSteps {
    own: Int!
    earlier: Int!
  }

  type NewsroomCycle {
    version: String!
    rcs: Int!
    daysAfterLastRc: Float!
  }

  "What a projection learnt from: the rcs so far, the cadence and the earlier cycles."
  type NewsroomProjectionBasis {
    rcsSoFar: Int!
    lastRc: String
    cadenceDays: Float!
    cadenceSteps: NewsroomCadenceSteps!
    stepSpreadDays: Float!
    history: [NewsroomCycle!]!
    summary: String!
  }

  "When an unreleased timeline is likely to be released, as seen at asOf."
  type NewsroomProjection {
    version: String!
    asOf: String!
    expected: String!
    earliest: String!
    latest: String!
    furtherRcs: NewsroomRange!
    basis: NewsroomProjectionBasis!
  }

  type NewsroomTimelineArticle {
    documentId: String!
    title: String!
    slug: String!
    teaser: String
    permalinkId: Int
    publishedAt: String
    canonicalUrl: String
    permalinkUrl: String
    writtenAt: String
  }

  type NewsroomTimeline {
    documentId: String!
    slug: String
    project: String!
    version: String!
    previousVersion: String
    releaseStatus: String
    startedAt: String
    releasedAt: String
    milestoneCount: Int!
    state: NewsroomTimelineState!
    milestones: [NewsroomMilestone!]
    projection: NewsroomProjection
    articles: [NewsroomTimelineArticle!]
  }

  type NewsroomTimelinesMeta {
    at: String
    locale: String
    zone: String!
  }

  type NewsroomTimelineList {
    data: [NewsroomTimeline!]!
    meta: NewsroomTimelinesMeta!
  }

  type NewsroomTimelineAnswer {
    data: NewsroomTimeline!
    meta: NewsroomTimelinesMeta!
  }

  type NewsroomPermalinkTarget {
    type: String!
    documentId: String!
    permalinkId: Int!
    locale: String!
    slug: String!
    canonicalUrl: String!
    permalinkUrl: String
    localizations: [NewsroomLocalization!]!
  }

  type NewsroomPermalinkAnswer {
    data: NewsroomPermalinkTarget!
    meta: NewsroomDocumentMeta!
  }

  extend type Query {
    "Published series, newest first (as GET /api/newsroom/series)."
    newsroomSeriesList(locale: String, page: Int, pageSize: Int): NewsroomSeriesList
    "A published series by slug or permalink id, with every part in order (as GET /api/newsroom/series/:slug)."
    newsroomSeries(slug: String!, locale: String): NewsroomSeriesAnswer
    "A published article by slug or by permalink id (exactly one of them), as GET /api/newsroom/articles/:slugOrId."
    newsroomArticle(slug: String, permalinkId: Int, locale: String): NewsroomArticleAnswer
    "A channel's latest published articles (as GET /api/newsroom/channels/:slug/articles)."
    newsroomChannelArticles(slug: String!, locale: String, page: Int, pageSize: Int): NewsroomChannelArticles
    "Release timelines with their state at an instant (ISO 8601; default now), as GET /api/newsroom/timelines."
    newsroomTimelines(at: String): NewsroomTimelineList
    "One release timeline at an instant (as GET /api/newsroom/timelines/:slug)."
    newsroomTimeline(slug: String!, at: String, locale: String): NewsroomTimelineAnswer
    "What a permalink id resolves to (as GET /api/newsroom/permalinks/:id)."
    newsroomPermalink(id: Int!, locale: String): NewsroomPermalinkAnswer
  }
`;

/**
 * Each query and the users-permissions action that opens it: the action of
 * the REST route answering the same thing, so one permission in Settings →
 * Roles opens both, and revoking it closes both.
 */
export const QUERY_ACTIONS = {
  newsroomSeriesList: 'series.find',
  newsroomSeries: 'series.findOne',
  newsroomArticle: 'article.findOne',
  newsroomChannelArticles: 'channelArticles.find',
  newsroomTimelines: 'timeline.find',
  newsroomTimeline: 'timeline.findOne',
  newsroomPermalink: 'permalink.findOne',
} as const;

export type QueryName = keyof typeof QUERY_ACTIONS;
