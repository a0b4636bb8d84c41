import { adminToken } from '../helpers/admin';
import { fingerprint as fingerprintOf, newsroomTables } from '../helpers/fingerprint';
import { startApp, type TestApp } from '../helpers/strapi';

type Method = 'get' | 'put' | 'post' | 'delete';
interface Ids {
  permalinkId: number;
  series: string;
  article: string;
  articleSlug: string;
  timeline: string;
  timelineVersion: string;
  articleVersion: string;
  action: string;
  /** A pending action at 02:30 on the Saturday before Berlin's spring-forward Sunday of 2031. */
  gapAction: string;
  tokens: {
    forged: string;
    expired: string;
    revoked: string;
    unknown: string;
    preview: string;
    feed: string;
  };
}
interface Case {
  /** Route, then what is wrong with the request. */
  name: string;
  method: Method;
  path: (ids: Ids) => string;
  admin?: boolean;
  body?: (ids: Ids) => unknown;
  /** A raw body sent as JSON text (malformed JSON). */
  raw?: string;
  status: number;
  /** The whole sentence a person reads (a pattern only where it quotes a time or an id of the run). */
  message: Message;
}
type Message = string | RegExp | ((ids: Ids) => string);

const LONG = 'x'.repeat(5000);
const HUGE_BODY = () => ({
  order: Array.from({ length: 60_000 }, (_, i) => `document-${i}-${'y'.repeat(20)}`),
});
const get = (path: (ids: Ids) => string, status: number, message: Message, name: string): Case => ({
  name,
  method: 'get',
  path,
  status,
  message,
});

/** Public routes: malformed ids and slugs, unknown locales, wrong types in the query. */
const PUBLIC: Case[] = [
  get(
    () => '/api/newsroom/series?locale=tlh',
    400,
    'Query parameter "locale" must be one of de, en, not "tlh".',
    'series list, unknown locale',
  ),
  get(
    () => '/api/newsroom/series?locale=*',
    400,
    'Query parameter "locale" must be one of de, en, not "*".',
    'series list, locale *',
  ),
  get(
    () => '/api/newsroom/series?page=abc',
    400,
    'Query parameter "page" must be a whole number of at least 1, not "abc".',
    'series list, page not a number',
  ),
  get(
    () => '/api/newsroom/series?pageSize=-5',
    400,
    'Query parameter "pageSize" must be a whole number of at least 1, not "-5".',
    'series list, negative pageSize',
  ),
  get(
    () => '/api/newsroom/series?pageSize=100000',
    400,
    'Query parameter "pageSize" may be at most 100, not 100000.',
    'series list, pageSize too large',
  ),
  get(
    () => '/api/newsroom/series?page[$gt]=1',
    400,
    'Query parameter "page" must be given once, as a plain value.',
    'series list, page as an object',
  ),
  get(
    () => `/api/newsroom/series/${LONG}`,
    400,
    '"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" is not a valid slug or permalink id.',
    'series, 5000-character slug',
  ),
  get(
    () => '/api/newsroom/series/%00%ff',
    400,
    '"%00%ff" is not a valid slug or permalink id.',
    'series, broken escape in slug',
  ),
  get(
    (ids) => `/api/newsroom/series/${ids.series}?locale=xx-YY`,
    400,
    'Query parameter "locale" must be one of de, en, not "xx-YY".',
    'series, unknown locale',
  ),
  get(
    () => '/api/newsroom/articles/no-such-article',
    404,
    'No published article "no-such-article" in locale "en".',
    'article, unknown slug',
  ),
  get(
    () => '/api/newsroom/articles/99999999999999999999',
    404,
    'No published article "99999999999999999999" in locale "en".',
    'article, permalink id too large',
  ),
  get(
    (ids) => `/api/newsroom/articles/${ids.articleSlug}?locale=de-AT`,
    400,
    'Query parameter "locale" must be one of de, en, not "de-AT".',
    'article, unknown locale',
  ),
  get(
    () => '/api/newsroom/channels/no-such/articles',
    404,
    'No published channel "no-such".',
    'channel articles, unknown channel',
  ),
  get(
    () => '/api/newsroom/channels/the-h-open/articles?page=0',
    400,
    'Query parameter "page" must be a whole number of at least 1, not "0".',
    'channel articles, page 0',
  ),
  get(
    () => '/api/newsroom/permalinks/abc',
    400,
    'permalink id "abc" must consist of digits only (for example "1275463").',
    'permalink, id not a number',
  ),
  get(
    () => '/api/newsroom/permalinks/-3',
    400,
    'permalink id "-3" must consist of digits only (for example "1275463").',
    'permalink, negative id',
  ),
  get(
    () => '/api/newsroom/permalinks/1e3',
    400,
    'permalink id "1e3" must consist of digits only (for example "1275463").',
    'permalink, id in exponent notation',
  ),
  get(
    () => '/api/newsroom/permalinks/99999999999999999999',
    400,
    'permalink id "99999999999999999999" is too long: ids have at most 10 digits.',
    'permalink, id too large',
  ),
  get(
    () => '/api/newsroom/permalinks/999999',
    404,
    'No published article or series has the permalink id 999999.',
    'permalink, unknown id',
  ),
  get(
    () => `/api/newsroom/articles/${LONG}/print`,
    400,
    '"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" is not a valid slug or permalink id.',
    'article print, 5000-character slug',
  ),
  get(
    (ids) => `/api/newsroom/articles/${ids.articleSlug}/print?locale=zz`,
    400,
    'Query parameter "locale" must be one of de, en, not "zz".',
    'print, unknown locale',
  ),
  get(
    () => '/api/newsroom/series/no-such/print',
    404,
    'No published series "no-such" in locale "en".',
    'series print, unknown slug',
  ),
  get(
    () => '/api/newsroom/feeds/site.xml',
    404,
    'Unknown feed format "xml"; use .atom, .rss or .json.',
    'site feed, unknown format',
  ),
  get(
    () => '/api/newsroom/feeds/site.atom?locale=zz',
    400,
    'Query parameter "locale" must be one of de, en, not "zz".',
    'site feed, unknown locale',
  ),
  get(
    () => '/api/newsroom/feeds/channels/no-such.rss',
    404,
    'No published channel "no-such".',
    'channel feed, unknown channel',
  ),
  get(
    () => '/api/newsroom/feeds/series/no-such.json',
    404,
    'No published series "no-such" in locale "en".',
    'series feed, unknown series',
  ),
  get(
    () => '/api/newsroom/sitemap.xml?locale=zz',
    400,
    'Query parameter "locale" must be one of de, en, not "zz".',
    'sitemap, unknown locale',
  ),
  get(
    () => '/api/newsroom/sitemaps/0.xml',
    400,
    'Sitemap "0" is not a sitemap number such as 1.',
    'sitemap file 0',
  ),
  get(
    () => `/api/newsroom/sitemaps/${'9'.repeat(5000)}.xml`,
    400,
    'Sitemap "999999999999999999999999999999999999999999999999999999999999" is not a sitemap number such as 1.',
    'sitemap file, 5000 digits',
  ),
  get(
    () => '/api/newsroom/sitemaps/7.xml',
    404,
    'There is no sitemap 7; the index lists 1.',
    'sitemap file past the last',
  ),
  get(
    () => '/api/newsroom/news-sitemap.xml?locale=zz',
    400,
    'Query parameter "locale" must be one of de, en, not "zz".',
    'news sitemap, unknown locale',
  ),
  get(
    () => '/api/newsroom/timelines?at=yesterday',
    400,
    'Query parameter "at" must be an ISO 8601 date and time such as "2011-07-07T12:00:00Z", not "yesterday".',
    'timelines, at not an instant',
  ),
  get(
    () => '/api/newsroom/timelines?at=2011-02-30T10:00:00Z',
    400,
    'Query parameter "at" must be an ISO 8601 date and time such as "2011-07-07T12:00:00Z", not "2011-02-30T10:00:00Z".',
    'timelines, at a date that does not exist',
  ),
  get(
    () => '/api/newsroom/timelines/linux-3-0?locale=zz',
    400,
    'Query parameter "locale" must be one of de, en, not "zz".',
    'timeline, unknown locale',
  ),
  get(
    () => '/api/newsroom/timelines/no-such',
    404,
    'No published timeline "no-such".',
    'timeline, unknown slug',
  ),
  // Issue 13, low items: strict offsets, canonical ids, strict whole numbers.
  get(
    () => '/api/newsroom/timelines/linux-3-0?at=2011-07-07T12:00:00%2B99:99',
    400,
    'Query parameter "at" must be an ISO 8601 date and time such as "2011-07-07T12:00:00Z", not "2011-07-07T12:00:00+99:99".',
    'timeline, at with the offset +99:99',
  ),
  get(
    () => '/api/newsroom/timelines?at=2011-07-07T12:00:00%2B25:00',
    400,
    'Query parameter "at" must be an ISO 8601 date and time such as "2011-07-07T12:00:00Z", not "2011-07-07T12:00:00+25:00".',
    'timelines, at with +25:00',
  ),
  get(
    () => '/api/newsroom/series?page=1e3',
    400,
    'Query parameter "page" must be a whole number of at least 1, not "1e3".',
    'series list, page in exponent notation',
  ),
  get(
    () => '/api/newsroom/series?page=01',
    400,
    'Query parameter "page" must be a whole number of at least 1, not "01".',
    'series list, page with a leading zero',
  ),
  get(
    (ids) => `/api/newsroom/articles/00${ids.permalinkId}`,
    404,
    'No published article "001275003" in locale "en".',
    'article, permalink id with leading zeros (not a second spelling)',
  ),
  get(
    () => '/-abc',
    400,
    'permalink id "abc" must consist of digits only (for example "1275463").',
    'permalink redirect, id not a number',
  ),
  get(
    () => '/-99999999999999999999',
    400,
    'permalink id "99999999999999999999" is too long: ids have at most 10 digits.',
    'permalink redirect, id too large',
  ),
  get(
    () => '/-999999',
    404,
    'No published article or series has the permalink id 999999.',
    'permalink redirect, unknown id',
  ),
];

const admin = (c: Omit<Case, 'admin'>): Case => ({ ...c, admin: true });

const ENTITIES: Record<string, string> = {
  '&quot;': '"',
  '&#x27;': "'",
  '&lt;': '<',
  '&gt;': '>',
  '&amp;': '&',
};
/** The sentence of one of the plugin's small HTML error pages (`<main><h1>…</h1><p>sentence</p></main>`). */
function pageMessage(html: string): string | undefined {
  const sentence = /<main><h1>[^<]*<\/h1><p>([^<]*)<\/p><\/main>/.exec(html)?.[1];
  return sentence?.replace(/&(quot|#x27|lt|gt|amp);/g, (entity) => ENTITIES[entity]);
}

/** Admin routes and actions: malformed ids, oversize and malformed bodies, wrong types, zones, dates, locales. */
const ADMIN: Case[] = [
  admin({
    name: 'reorder, order not a list',
    method: 'put',
    path: (ids) => `/newsroom/series/${ids.series}/order`,
    body: () => ({ order: 'first,second' }),
    status: 400,
    message: 'order: Expected array, received string',
  }),
  admin({
    name: 'reorder, a part of another series',
    method: 'put',
    path: (ids) => `/newsroom/series/${ids.series}/order`,
    body: () => ({ order: ['not-a-part'] }),
    status: 400,
    message: 'Part not-a-part does not belong to this series.',
  }),
  admin({
    name: 'reorder, unknown series',
    method: 'put',
    path: () => '/newsroom/series/nosuchseries/order',
    body: () => ({ order: ['not-a-part'] }),
    status: 404,
    message: 'No series nosuchseries in locale "en".',
  }),
  admin({
    name: 'reorder, unknown locale',
    method: 'put',
    path: (ids) => `/newsroom/series/${ids.series}/order`,
    body: () => ({ order: ['not-a-part'], locale: 'zz' }),
    status: 400,
    message: 'Query parameter "locale" must be one of de, en, not "zz".',
  }),
  admin({
    name: 'reorder, malformed JSON',
    method: 'put',
    path: (ids) => `/newsroom/series/${ids.series}/order`,
    raw: '{"order": [',
    status: 400,
    message: 'Unexpected end of JSON input',
  }),
  admin({
    name: 'reorder, 2 MB body',
    method: 'put',
    path: (ids) => `/newsroom/series/${ids.series}/order`,
    body: HUGE_BODY,
    status: 413,
    message: 'request entity too large',
  }),
  admin({
    name: 'schedule, invalid zone',
    method: 'post',
    path: () => '/newsroom/schedule/actions',
    body: (ids) => ({
      targetType: 'plugin::newsroom.article',
      documentId: ids.article,
      date: '2031-01-01',
      time: '10:00',
      zone: 'Mars/Olympus_Mons',
    }),
    status: 400,
    message: '"Mars/Olympus_Mons" is not a time zone we know. Use an IANA name such as "Europe/Berlin".',
  }),
  admin({
    name: 'schedule, a date that does not exist',
    method: 'post',
    path: () => '/newsroom/schedule/actions',
    body: (ids) => ({
      targetType: 'plugin::newsroom.article',
      documentId: ids.article,
      date: '2031-02-30',
      time: '10:00',
    }),
    status: 400,
    message: 'The date "2031-02-30" is not a calendar date in the form YYYY-MM-DD.',
  }),
  admin({
    name: 'schedule, documentId a number',
    method: 'post',
    path: () => '/newsroom/schedule/actions',
    body: () => ({ targetType: 'plugin::newsroom.article', documentId: 42, at: 'now' }),
    status: 400,
    message: 'documentId: Expected string, received number',
  }),
  admin({
    name: 'schedule, unknown locale',
    method: 'post',
    path: () => '/newsroom/schedule/actions',
    body: (ids) => ({
      targetType: 'plugin::newsroom.article',
      documentId: ids.article,
      locale: 'zz',
      at: 'now',
    }),
    status: 404,
    message: (ids) => `The article "${ids.article}" has no "zz" version (it has de, en).`,
  }),
  admin({
    name: 'schedule, unknown field',
    method: 'post',
    path: () => '/newsroom/schedule/actions',
    body: (ids) => ({
      targetType: 'plugin::newsroom.article',
      documentId: ids.article,
      at: 'now',
      publishedAt: 'x',
    }),
    status: 400,
    message: "body: Unrecognized key(s) in object: 'publishedAt'",
  }),
  admin({
    name: 'reschedule, malformed id',
    method: 'put',
    path: () => `/newsroom/schedule/actions/${LONG}`,
    body: () => ({ at: 'now' }),
    status: 400,
    message: 'id: String must contain at most 64 character(s)',
  }),
  admin({
    name: 'reschedule, invalid time',
    method: 'put',
    path: (ids) => `/newsroom/schedule/actions/${ids.action}`,
    body: () => ({ date: '2031-01-01', time: '24:00' }),
    status: 400,
    message: 'The time "24:00" is not a 24-hour time in the form HH:mm.',
  }),
  admin({
    name: 'scheduled action, unknown id',
    method: 'get',
    path: () => '/newsroom/schedule/actions/nosuchaction',
    status: 404,
    message: 'There is no scheduled action "nosuchaction".',
  }),
  admin({
    name: 'scheduled action, malformed id',
    method: 'get',
    path: () => `/newsroom/schedule/actions/${LONG}`,
    status: 400,
    message: 'id: String must contain at most 64 character(s)',
  }),
  admin({
    name: 'cancel, unknown id',
    method: 'delete',
    path: () => '/newsroom/schedule/actions/nosuchaction',
    status: 404,
    message: 'There is no scheduled action "nosuchaction".',
  }),
  admin({
    name: 'schedule list, unknown status',
    method: 'get',
    path: () => '/newsroom/schedule/actions?status=sleeping',
    status: 400,
    message:
      "status.0: Invalid enum value. Expected 'pending' | 'running' | 'done' | 'failed' | 'cancelled', received 'sleeping'",
  }),
  admin({
    name: 'schedule list, from not a date',
    method: 'get',
    path: () => '/newsroom/schedule/actions?from=last-tuesday',
    status: 400,
    message: 'from must be a date or date-time in ISO 8601 (got "last-tuesday").',
  }),
  admin({
    name: 'plan, unknown weekday',
    method: 'post',
    path: () => '/newsroom/schedule/plans',
    body: (ids) => ({ seriesDocumentId: ids.series, weekday: 'Funday', time: '10:00' }),
    status: 400,
    message: 'weekday must be 1 (Monday) to 7 (Sunday) or a day name such as "Thursday" (got "Funday").',
  }),
  admin({
    name: 'plan, invalid zone',
    method: 'post',
    path: () => '/newsroom/schedule/plans',
    body: (ids) => ({ seriesDocumentId: ids.series, weekday: 4, time: '10:00', zone: 'Europe/Atlantis' }),
    status: 400,
    message: '"Europe/Atlantis" is not a time zone we know. Use an IANA name such as "Europe/Berlin".',
  }),
  admin({
    name: 'plan, parts not numbers',
    method: 'post',
    path: () => '/newsroom/schedule/plans',
    body: (ids) => ({ seriesDocumentId: ids.series, weekday: 4, time: '10:00', parts: ['three'] }),
    status: 400,
    message: 'parts.0: Expected number, received string',
  }),
  admin({
    name: 'board article, unknown id',
    method: 'get',
    path: () => '/newsroom/board/articles/nosucharticle',
    status: 404,
    message: 'There is no article "nosucharticle".',
  }),
  admin({
    name: 'board article, unknown locale',
    method: 'get',
    path: (ids) => `/newsroom/board/articles/${ids.article}?locale=zz`,
    status: 400,
    message: 'Query parameter "locale" must be one of de, en, not "zz".',
  }),
  admin({
    name: 'board timeline, unknown slug',
    method: 'get',
    path: () => '/newsroom/board/timelines/no-such',
    status: 404,
    message: 'No published timeline "no-such".',
  }),
  admin({
    name: 'article draft, unknown locale',
    method: 'get',
    path: (ids) => `/newsroom/articles/${ids.article}/draft?locale=zz`,
    status: 400,
    message: 'Query parameter "locale" must be one of de, en, not "zz".',
  }),
  admin({
    name: 'article draft, malformed id',
    method: 'get',
    path: () => '/newsroom/articles/NOT%20AN%20ID/draft',
    status: 400,
    message: 'documentId: is not a document id',
  }),
  admin({
    name: 'save draft, no version',
    method: 'put',
    path: (ids) => `/newsroom/articles/${ids.article}/draft?locale=en`,
    body: () => ({ data: { title: 'New' } }),
    status: 400,
    message: 'version: Required',
  }),
  admin({
    name: 'save draft, unknown field',
    method: 'put',
    path: (ids) => `/newsroom/articles/${ids.article}/draft?locale=en`,
    body: (ids) => ({ version: ids.articleVersion, data: { createdBy: 1 } }),
    status: 400,
    message: "data: Unrecognized key(s) in object: 'createdBy'",
  }),
  admin({
    name: 'save draft, empty title',
    method: 'put',
    path: (ids) => `/newsroom/articles/${ids.article}/draft?locale=en`,
    body: (ids) => ({ version: ids.articleVersion, data: { title: '' } }),
    status: 400,
    message: 'data.title: String must contain at least 1 character(s)',
  }),
  admin({
    name: 'save draft, pages not a list',
    method: 'put',
    path: (ids) => `/newsroom/articles/${ids.article}/draft?locale=en`,
    body: (ids) => ({ version: ids.articleVersion, data: { pages: 'one page' } }),
    status: 400,
    message: 'data.pages: Expected array, received string',
  }),
  admin({
    name: 'save draft, part number taken',
    method: 'put',
    path: (ids) => `/newsroom/articles/${ids.article}/draft?locale=en`,
    body: (ids) => ({ version: ids.articleVersion, data: { partNumber: 2 } }),
    status: 400,
    message:
      'partNumber 2 is already taken in this series by "Kernel Log: Coming in 3.0 (Part 2) - Filesystems" (locale "en"); choose another number or renumber the series.',
  }),
  admin({
    name: 'save draft, stale version',
    method: 'put',
    path: (ids) => `/newsroom/articles/${ids.article}/draft?locale=en`,
    body: () => ({ version: '2011-07-05T06:00:00.000Z', data: { title: 'Old' } }),
    status: 409,
    message:
      /^This article was saved by someone else at \d{4}-\d\d-\d\dT[\d:.]+Z, after the version you edited \(2011-07-05T06:00:00\.000Z\); reload it and apply your changes again\.$/,
  }),
  admin({
    name: 'milestone, invalid zone',
    method: 'post',
    path: (ids) => `/newsroom/timelines/${ids.timeline}/milestones`,
    body: (ids) => ({
      version: ids.timelineVersion,
      milestone: { kind: 'stable', label: '3.0.1', local: '2011-08-05T10:00', zone: 'Nowhere/Land' },
    }),
    status: 400,
    message: '"Nowhere/Land" is not a time zone we know. Use an IANA name such as "Europe/Berlin".',
  }),
  admin({
    name: 'milestone, a time skipped when clocks go forward',
    method: 'post',
    path: (ids) => `/newsroom/timelines/${ids.timeline}/milestones`,
    body: (ids) => ({
      version: ids.timelineVersion,
      milestone: { kind: 'stable', label: '3.0.9', local: '2012-03-25T02:30', zone: 'Europe/Berlin' },
    }),
    status: 400,
    message:
      '2012-03-25 02:30 does not exist in Europe/Berlin: the clocks go forward from 02:00 to 03:00. Choose 01:59 or earlier, or 03:00 or later.',
  }),
  admin({
    name: 'milestone, out of order',
    method: 'post',
    path: (ids) => `/newsroom/timelines/${ids.timeline}/milestones`,
    body: (ids) => ({
      version: ids.timelineVersion,
      milestone: { kind: 'rc', label: 'rc9', local: '2011-08-05T10:00', zone: 'UTC' },
    }),
    status: 400,
    message: 'milestone 10 ("rc9") comes after milestone 9 ("3.0"): only stable updates follow a release.',
  }),
  admin({
    name: 'milestone, javascript: announcement URL',
    method: 'post',
    path: (ids) => `/newsroom/timelines/${ids.timeline}/milestones`,
    body: (ids) => ({
      version: ids.timelineVersion,
      milestone: {
        kind: 'stable',
        label: '3.0.98',
        local: '2013-02-01T10:00',
        announcementUrl: 'javascript:alert(1)',
      },
    }),
    status: 400,
    message: 'milestone 10 ("3.0.98") has announcement URL "javascript:alert(1)"; use an http(s) address.',
  }),
  admin({
    name: 'schedule, "at" with the offset +25:00',
    method: 'post',
    path: () => '/newsroom/schedule/actions',
    body: (ids) => ({
      targetType: 'plugin::newsroom.article',
      documentId: ids.article,
      at: '2031-01-01T10:00:00+25:00',
    }),
    status: 400,
    message:
      'The due time "2031-01-01T10:00:00+25:00" is not valid: the offset +25:00 is not a UTC offset (they run from -12:00 to +14:00).',
  }),
  admin({
    name: 'schedule list, page in exponent notation',
    method: 'get',
    path: () => '/newsroom/schedule/actions?page=1e3',
    status: 400,
    message: 'page: must be a whole number written in digits',
  }),
  admin({
    name: 'draft save, publishedOn with the offset +99:99',
    method: 'put',
    path: (ids) => `/newsroom/articles/${ids.article}/draft?locale=en`,
    body: (ids) => ({ version: ids.articleVersion, data: { publishedOn: '2011-07-07T14:49:00+99:99' } }),
    status: 400,
    message: 'data.publishedOn: the offset +99:99 is not a UTC offset (they run from -12:00 to +14:00)',
  }),
  admin({
    name: 'milestone, unknown kind',
    method: 'post',
    path: (ids) => `/newsroom/timelines/${ids.timeline}/milestones`,
    body: (ids) => ({
      version: ids.timelineVersion,
      milestone: { kind: 'beta', label: 'b1', local: '2011-08-05T10:00' },
    }),
    status: 400,
    message:
      "milestone.kind: Invalid enum value. Expected 'merge-window' | 'rc' | 'release' | 'stable', received 'beta'",
  }),
];

const CM = '/content-manager/collection-types';

/** Content Manager saves of newsroom types: the plugin's save rules answer. */
const CONTENT_MANAGER: Case[] = [
  admin({
    name: 'Content Manager, article with a javascript: image in its body',
    method: 'post',
    path: () => `${CM}/plugin::newsroom.article?locale=en`,
    body: () => ({
      title: 'Image scheme',
      pages: [
        {
          title: 'One',
          body: [
            {
              type: 'image',
              image: { url: 'javascript:alert(1)', alternativeText: 'x', name: 'x.png', width: 1, height: 1 },
              children: [{ type: 'text', text: '' }],
            },
          ],
        },
      ],
    }),
    status: 400,
    message:
      'The image in block 1 of page 1 has the URL "javascript:alert(1)"; use an http(s) address or a path such as /uploads/photo.jpg.',
  }),
  admin({
    name: 'Content Manager, article with part number 0',
    method: 'post',
    path: () => `${CM}/plugin::newsroom.article?locale=en`,
    body: () => ({ title: 'Part zero', partNumber: 0 }),
    status: 400,
    message: 'partNumber must be a whole number of at least 1 (got 0).',
  }),
  admin({
    name: 'Content Manager, article with a taken slug',
    method: 'post',
    path: () => `${CM}/plugin::newsroom.article?locale=en`,
    body: (ids) => ({ title: 'Copy', slug: ids.articleSlug }),
    status: 400,
    message:
      'slug "kernel-log-coming-in-3-0-part-3-architecture-infrastructure-and-virtualisation" is already used by another article in locale "en".',
  }),
  admin({
    name: 'Content Manager, timeline milestones out of date order',
    method: 'put',
    path: (ids) => `${CM}/plugin::newsroom.timeline/${ids.timeline}`,
    body: () => ({
      milestones: [
        { kind: 'rc', label: 'rc2', at: '2011-06-01T00:00:00.000Z' },
        { kind: 'rc', label: 'rc3', at: '2011-05-01T00:00:00.000Z' },
      ],
    }),
    status: 400,
    message: 'milestone 2 ("rc3") is dated before milestone 1 ("rc2"): milestones must be in date order.',
  }),
  admin({
    name: 'Content Manager, milestone with a data: announcement URL',
    method: 'put',
    path: (ids) => `${CM}/plugin::newsroom.timeline/${ids.timeline}`,
    body: () => ({
      milestones: [
        {
          kind: 'rc',
          label: 'rc1',
          at: '2011-05-29T00:00:00.000Z',
          announcementUrl: 'data:text/html,<b>x</b>',
        },
      ],
    }),
    status: 400,
    message: 'milestone 1 ("rc1") has announcement URL "data:text/html,<b>x</b>"; use an http(s) address.',
  }),
];

const GAP_2031 =
  '2031-03-30 02:30 does not exist in Europe/Berlin: the clocks go forward from 02:00 to 03:00. Choose 01:59 or earlier, or 03:00 or later.';
const move = (
  name: string,
  body: (ids: Ids) => unknown,
  status: number,
  message: Message,
  id = (ids: Ids) => ids.gapAction,
) =>
  admin({
    name,
    method: 'post',
    path: (ids) => `/newsroom/calendar/actions/${id(ids)}/move`,
    body,
    status,
    message,
  });
const escape = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
const A = 'plugin::newsroom.article';
const adminGet = (...args: Parameters<typeof get>): Case => ({ ...get(...args), admin: true });

/**
 * Signed links (share links, previews, iCal feeds) and the calendar: forged,
 * expired and revoked tokens are refused with a sentence and no draft text;
 * a drop on a past time or into a DST gap gets the schedule API's sentence.
 */
const LINKS: Case[] = [
  get(
    (ids) => `/api/newsroom/previews/${ids.tokens.forged}`,
    401,
    'This link is not valid: it was changed or never issued by this newsroom.',
    'share link, forged token',
  ),
  get(
    (ids) => `/api/newsroom/previews/${ids.tokens.expired}`,
    401,
    /^This link expired on .+; ask the newsroom for a new one\.$/,
    'share link, expired token',
  ),
  get(
    (ids) => `/api/newsroom/previews/${ids.tokens.revoked}`,
    404,
    'This share link was revoked by the newsroom.',
    'share link, revoked',
  ),
  get(
    (ids) => `/api/newsroom/previews/${ids.tokens.unknown}`,
    404,
    'This share link does not exist (any more).',
    'share link, signed but unknown',
  ),
  get(
    () => '/api/newsroom/previews/not-a-token',
    401,
    'This link is not valid: it was changed or never issued by this newsroom.',
    'share link, garbage token',
  ),
  get(
    () => `/api/newsroom/previews/${LONG}`,
    400,
    'token: String must contain at most 600 character(s)',
    'share link, 5000-character token',
  ),
  get(
    (ids) => `/api/newsroom/previews/${ids.tokens.preview}?at=2031-02-30`,
    400,
    'The date "2031-02-30" is not a calendar date in the form YYYY-MM-DD.',
    'series preview, day that does not exist',
  ),
  get(
    (ids) => `/api/newsroom/calendar/${ids.tokens.forged}.ics`,
    401,
    'This link is not valid: it was changed or never issued by this newsroom.',
    'iCal feed, forged token',
  ),
  get(
    (ids) => `/api/newsroom/calendar/${ids.tokens.revoked}.ics`,
    401,
    'This link is not a calendar feed.',
    'iCal feed, a share token',
  ),
  get(
    (ids) => `/api/newsroom/calendar/${ids.tokens.feed}.ics`,
    404,
    'This calendar feed was revoked.',
    'iCal feed, revoked',
  ),
  move('calendar move, into the spring-forward gap', () => ({ date: '2031-03-30' }), 400, escape(GAP_2031)),
  move(
    'calendar move, to a past day',
    () => ({ date: '2020-01-01' }),
    400,
    /^1 Jan 2020, 02:30 in Europe\/Berlin is in the past \(it is now \d+ \w+ \d{4}, \d\d:\d\d there\)\. Pick a later time\.$/,
  ),
  move(
    'calendar move, a date that does not exist',
    () => ({ date: '2031-02-30' }),
    400,
    'The date "2031-02-30" is not a calendar date in the form YYYY-MM-DD.',
  ),
  move(
    'calendar move, date not a date',
    () => ({ date: 'tomorrow' }),
    400,
    'date: must be a date YYYY-MM-DD',
  ),
  move(
    'calendar move, hour row on another day',
    () => ({ date: '2031-03-29', slot: '2031-03-30T10:00:00.000Z' }),
    400,
    'The hour row 2031-03-30T10:00:00.000Z is not on 2031-03-29 in Europe/Berlin.',
  ),
  move(
    'calendar move, unknown action',
    () => ({ date: '2031-03-29' }),
    404,
    'There is no scheduled action "nosuchaction".',
    () => 'nosuchaction',
  ),
  move(
    'calendar move, unknown field',
    () => ({ date: '2031-03-29', time: '10:00' }),
    400,
    "body: Unrecognized key(s) in object: 'time'",
  ),
  adminGet(
    () => '/newsroom/calendar?view=year',
    400,
    "view: Invalid enum value. Expected 'month' | 'week', received 'year'",
    'calendar, unknown view',
  ),
  adminGet(
    () => '/newsroom/calendar?view=month&month=2031-03',
    400,
    'query: unknown parameter "month"',
    'calendar, unknown query parameter',
  ),
  adminGet(
    () => '/newsroom/calendar?date=2031-02-30',
    400,
    'The date "2031-02-30" is not a calendar date in the form YYYY-MM-DD.',
    'calendar, date that does not exist',
  ),
  adminGet(
    () => '/newsroom/calendar?status=soon',
    400,
    "status.0: Invalid enum value. Expected 'pending' | 'late' | 'done' | 'failed', received 'soon'",
    'calendar, unknown status',
  ),
  adminGet(
    () => '/newsroom/calendar?locale=tlh',
    400,
    'There is no locale "tlh" (the app has de, en).',
    'calendar, unknown locale',
  ),
  admin({
    name: 'calendar feed, revoke unknown',
    method: 'delete',
    path: () => '/newsroom/calendar/feeds/nope',
    status: 404,
    message: 'There is no calendar feed "nope" of yours.',
  }),
  admin({
    name: 'share link, not a newsroom article or series',
    method: 'post',
    path: () => '/newsroom/share-links',
    body: (ids) => ({ targetType: 'plugin::newsroom.author', documentId: ids.article }),
    status: 400,
    message:
      "targetType: Invalid enum value. Expected 'plugin::newsroom.article' | 'plugin::newsroom.series', received 'plugin::newsroom.author'",
  }),
  admin({
    name: 'share link, a year long',
    method: 'post',
    path: () => '/newsroom/share-links',
    body: (ids) => ({ targetType: A, documentId: ids.article, days: 365 }),
    status: 400,
    message: 'days: Number must be less than or equal to 90',
  }),
  admin({
    name: 'share link, unknown document',
    method: 'post',
    path: () => '/newsroom/share-links',
    body: () => ({ targetType: A, documentId: 'nosuchdocument' }),
    status: 404,
    message: 'There is no article draft "nosuchdocument" in "en".',
  }),
  admin({
    name: 'share link, unknown locale',
    method: 'post',
    path: () => '/newsroom/share-links',
    body: (ids) => ({ targetType: A, documentId: ids.article, locale: 'tlh' }),
    status: 400,
    message: 'Query parameter "locale" must be one of de, en, not "tlh".',
  }),
  admin({
    name: 'share link, revoke unknown',
    method: 'delete',
    path: () => '/newsroom/share-links/nope',
    status: 404,
    message: 'There is no share link "nope".',
  }),
  admin({
    name: 'preview url, malformed document id',
    method: 'get',
    path: () => `/newsroom/previews/url?targetType=${A}&documentId=BAD!`,
    status: 400,
    message: 'documentId: is not a document id',
  }),
];

/**
 * Every route and admin action, answered with bad input: a 4xx whose body
 * names the problem in a sentence, never a 5xx, and the database exactly as
 * it was (every newsroom table and component table hashed before and after).
 */
describe('bad input: a 4xx with a sentence, and nothing stored', () => {
  let app: TestApp;
  let token: string;
  let ids: Ids;
  let tables: string[];

  const fingerprint = () => fingerprintOf(app, tables);

  beforeAll(async () => {
    app = await startApp({ env: { NEWSROOM_SCHEDULER: 'false' } });
    token = await adminToken(app);
    const auth = { Authorization: `Bearer ${token}` };
    const series = (await app.http().get('/api/newsroom/series/kernel-log-coming-in-3-0').expect(200)).body
      .data;
    const part = series.parts.find((p: any) => p.status === 'published' && p.number === 3);
    const timeline = (await app.http().get('/newsroom/board/timelines/linux-3-0').set(auth).expect(200)).body
      .data;
    const draft = (await app.http().get(`/newsroom/articles/${part.documentId}/draft?locale=en`).set(auth))
      .body.data;
    const action = await app.http().post('/newsroom/schedule/actions').set(auth).send({
      targetType: 'plugin::newsroom.article',
      documentId: part.documentId,
      action: 'unpublish',
      date: '2031-01-01',
      time: '10:00',
    });
    expect(action.status).toBe(201);
    const gap = await app.http().post('/newsroom/schedule/actions').set(auth).send({
      targetType: 'plugin::newsroom.article',
      documentId: part.documentId,
      action: 'unpublish',
      date: '2031-03-29',
      time: '02:30',
    });
    expect(gap.status).toBe(201);
    const links = app.strapi.plugin('newsroom').service('links');
    const share = (
      await app
        .http()
        .post('/newsroom/share-links')
        .set(auth)
        .send({ targetType: 'plugin::newsroom.article', documentId: part.documentId })
        .expect(201)
    ).body.data;
    await app.http().delete(`/newsroom/share-links/${share.id}`).set(auth).expect(200);
    const feed = (await app.http().post('/newsroom/calendar/feeds').set(auth).expect(201)).body.data;
    await app.http().delete(`/newsroom/calendar/feeds/${feed.id}`).set(auth).expect(200);
    const valid = links.sign({ kind: 'share', id: 'nosuchlink', exp: Date.now() + 60_000 });
    const preview = (
      await app
        .http()
        .get(`/newsroom/previews/url?targetType=plugin::newsroom.series&documentId=${series.documentId}`)
        .set(auth)
        .expect(200)
    ).body.data;
    ids = {
      permalinkId: part.permalinkId,
      gapAction: gap.body.data[0].id,
      tokens: {
        forged: valid.replace(/^./, (c: string) => (c === 'e' ? 'f' : 'e')),
        expired: links.sign({ kind: 'share', id: share.id, exp: Date.now() - 1000 }),
        revoked: new URL(share.url).pathname.split('/').pop() as string,
        unknown: valid,
        preview: new URL(preview.url).pathname.split('/').pop() as string,
        feed: new URL(feed.url).pathname
          .split('/')
          .pop()!
          .replace(/\.ics$/, ''),
      },
      series: series.documentId,
      article: part.documentId,
      articleSlug: part.slug,
      timeline: timeline.documentId,
      timelineVersion: timeline.saveVersion,
      articleVersion: draft.version,
      action: action.body.data[0].id,
    };
    tables = newsroomTables(app);
    expect(tables.length).toBeGreaterThan(10);
  });
  afterAll(() => app.stop());

  it.each([...PUBLIC, ...ADMIN, ...CONTENT_MANAGER, ...LINKS].map((c) => [c.name, c] as const))(
    '%s',
    async (_name, c) => {
      const before = await fingerprint();
      let req = app.http()[c.method](c.path(ids));
      if (c.admin) req = req.set('Authorization', `Bearer ${token}`);
      let res;
      if (c.raw !== undefined) res = await req.set('Content-Type', 'application/json').send(c.raw);
      else if (c.body) res = await req.send(c.body(ids) as object);
      else res = await req;
      // JSON answers carry the sentence in error.message; the HTML pages (permalinks, links) in their <p>.
      const message = res.type === 'text/html' ? pageMessage(res.text) : res.body?.error?.message;
      const expected = typeof c.message === 'function' ? c.message(ids) : c.message;
      expect({ status: res.status, message }).toEqual({
        status: c.status,
        message: typeof expected === 'string' ? expected : expect.stringMatching(expected),
      });
      // A refused link never carries the draft's text.
      expect(res.text).not.toMatch(/Architecture|Virtualisation|Xen/);
      expect(await fingerprint()).toBe(before);
    },
  );
});
