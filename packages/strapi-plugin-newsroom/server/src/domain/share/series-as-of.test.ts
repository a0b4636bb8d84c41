import { seriesAsOf } from './series-as-of';

const parts = [
  {
    documentId: 'p1',
    number: 1,
    draftTitle: 'Network',
    publishedTitle: 'Network',
    publishedAt: '2026-03-05T15:49:00.000Z',
  },
  { documentId: 'p2', number: 2, draftTitle: 'Storage (draft)', publishedTitle: null, publishedAt: null },
  { documentId: 'p3', number: 3, draftTitle: 'Drivers (draft)', publishedTitle: null, publishedAt: null },
];
const planned = [
  { number: 3, workingTitle: 'Drivers', topic: 'drivers', expectedAt: null },
  { number: 4, workingTitle: 'Outlook', topic: null, expectedAt: null },
];
const pending = [
  { documentId: 'p2', action: 'publish' as const, dueAt: '2026-03-12T15:49:00.000Z' },
  { documentId: 'p3', action: 'publish' as const, dueAt: '2026-03-19T15:49:00.000Z' },
  { documentId: 'p1', action: 'unpublish' as const, dueAt: '2026-03-20T10:00:00.000Z' },
];

describe('a series as it will look on a date', () => {
  it('today: the published part, the rest announced without draft text', () => {
    expect(seriesAsOf(parts, planned, pending, Date.parse('2026-03-10T00:00:00Z'))).toEqual([
      { number: 1, status: 'published', title: 'Network', at: '2026-03-05T15:49:00.000Z', scheduled: false },
      { number: 2, status: 'announced', title: null, topic: null },
      { number: 3, status: 'announced', title: 'Drivers', topic: 'drivers' },
      { number: 4, status: 'announced', title: 'Outlook', topic: null },
    ]);
  });

  it('after the scheduled publishes: their drafts titles at their due times', () => {
    const entries = seriesAsOf(parts, planned, pending, Date.parse('2026-03-19T23:00:00Z'));
    expect(entries.map((e) => [e.number, e.status, e.title])).toEqual([
      [1, 'published', 'Network'],
      [2, 'published', 'Storage (draft)'],
      [3, 'published', 'Drivers (draft)'],
      [4, 'announced', 'Outlook'],
    ]);
    expect(entries[2]).toMatchObject({ at: '2026-03-19T15:49:00.000Z', scheduled: true });
  });

  it('applies a scheduled unpublish', () => {
    const entries = seriesAsOf(parts, planned, pending, Date.parse('2026-03-21T00:00:00Z'));
    expect(entries[0]).toEqual({ number: 1, status: 'announced', title: null, topic: null });
  });
});
