import { calendarItems, type ActionInput, type TargetInput } from './items';

const NOW = Date.parse('2026-03-20T12:00:00Z');
const action = (over: Partial<ActionInput>): ActionInput => ({
  documentId: 'act1',
  targetType: 'plugin::newsroom.article',
  targetDocumentId: 'p4',
  targetLocale: 'de',
  action: 'publish',
  dueAt: '2026-03-26T15:49:00.000Z',
  wallClock: '2026-03-26T16:49',
  zone: 'Europe/Berlin',
  status: 'pending',
  lastError: null,
  latenessMs: null,
  ...over,
});
const series = { documentId: 's1', title: 'Kernel-Log' };
const target = (over: Partial<TargetInput>): TargetInput => ({
  documentId: 'p4',
  locale: 'de',
  title: 'Teil 4: Treiber',
  publishedAt: null,
  partNumber: 4,
  series,
  channel: { slug: 'the-h-open', name: 'The H Open' },
  ...over,
});

describe('calendar items', () => {
  const input = {
    actions: [
      action({}),
      action({ documentId: 'act2', dueAt: '2026-03-20T11:00:00.000Z' }),
      action({ documentId: 'act3', status: 'failed', lastError: 'gone', targetLocale: 'en' }),
      action({ documentId: 'act4', status: 'cancelled' }),
      action({
        documentId: 'act5',
        status: 'done',
        targetDocumentId: 'p3',
        dueAt: '2026-03-19T15:49:00.000Z',
      }),
    ],
    targets: [
      target({ locale: 'en', title: 'Part 4: Drivers' }),
      target({}),
      target({ documentId: 'p3', title: 'Teil 3', partNumber: 3 }),
    ],
    publications: [
      target({ documentId: 'p3', title: 'Teil 3', publishedAt: '2026-03-19T15:49:01.000Z' }),
      target({ documentId: 'p1', title: 'Teil 1', publishedAt: '2026-03-05T15:49:00.000Z', channel: null }),
    ],
  };

  it('labels actions in their locale, colours them, hides cancelled and doubles no publication', () => {
    const items = calendarItems(input, NOW, {});
    expect(items.map((i) => [i.id, i.status, i.title, i.movable])).toEqual([
      ['publication:p1:de', 'done', 'Teil 1', false],
      ['act5', 'done', 'Teil 3', false],
      ['act2', 'late', 'Teil 4: Treiber', true],
      ['act1', 'pending', 'Teil 4: Treiber', true],
      ['act3', 'failed', 'Part 4: Drivers', false],
    ]);
  });

  it('filters by series, channel, locale and status', () => {
    const ids = (filters: object) => calendarItems(input, NOW, filters).map((i) => i.id);
    expect(ids({ status: ['late', 'failed'] })).toEqual(['act2', 'act3']);
    expect(ids({ locale: 'en' })).toEqual(['act3']);
    expect(ids({ channel: 'the-h-open' })).toEqual(['act5', 'act2', 'act1', 'act3']);
    expect(ids({ series: 'other' })).toEqual([]);
  });
});
