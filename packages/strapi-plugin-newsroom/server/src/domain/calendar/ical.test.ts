import * as nodeIcal from 'node-ical';
import type { CalendarItem } from '../../../../shared/contracts/calendar';
import { scheduleFeed } from './ical';

const item = (over: Partial<CalendarItem>): CalendarItem => ({
  id: 'a1',
  kind: 'action',
  status: 'pending',
  action: 'publish',
  at: '2026-03-29T14:49:00.000Z',
  wallClock: '2026-03-29T16:49',
  zone: 'Europe/Berlin',
  targetType: 'plugin::newsroom.article',
  documentId: 'doc1',
  locale: 'de',
  title: 'Teil 4: Treiber; Netz, Speicher',
  series: { documentId: 's1', title: 'Kernel-Log' },
  partNumber: 4,
  channel: null,
  lastError: null,
  latenessMs: null,
  ranAt: null,
  ranBy: null,
  update: false,
  movable: true,
  ...over,
});

const options = {
  name: 'Newsroom schedule',
  zone: 'Europe/Berlin',
  host: 'newsroom.example',
  adminUrl: (i: CalendarItem) => `https://cms.example/admin/x/${i.documentId}`,
  words: {
    publish: 'Publish',
    update: 'Update',
    unpublish: 'Unpublish',
    published: 'Published',
    late: 'late',
    failed: 'failed',
  },
};

describe('iCal feed of the schedule', () => {
  it('parses back, with UTC starts, escaped text, status and links', () => {
    const text = scheduleFeed(
      [
        item({}),
        item({ id: 'a2', status: 'failed', action: 'unpublish', lastError: 'The article was deleted.' }),
      ],
      options,
      Date.parse('2026-03-01T00:00:00Z'),
    );
    const events = Object.values(nodeIcal.sync.parseICS(text)).filter(
      (e: any) => e.type === 'VEVENT',
    ) as any[];
    expect(events).toHaveLength(2);
    const [first, second] = events.sort((a, b) => String(a.uid).localeCompare(String(b.uid)));
    expect(first.uid).toBe('a1@newsroom.example');
    expect(new Date(first.start).toISOString()).toBe('2026-03-29T14:49:00.000Z');
    expect(first.summary).toBe('Publish: Teil 4: Treiber; Netz, Speicher [DE]');
    expect(first.description).toBe('Kernel-Log, #4\n2026-03-29 16:49 Europe/Berlin');
    expect(first.status).toBe('TENTATIVE');
    expect(first.url.val ?? first.url).toBe('https://cms.example/admin/x/doc1');
    expect(second.summary).toMatch(/^Unpublish: .* \(failed\)$/);
    expect(second.status).toBe('CANCELLED');
    expect(second.description).toContain('The article was deleted.');
  });

  it("names a scheduled publish of a published document's draft an update", () => {
    const text = scheduleFeed(
      [item({ update: true }), item({ id: 'a2', update: false })],
      options,
      Date.parse('2026-03-01T00:00:00Z'),
    );
    const summaries = Object.values(nodeIcal.sync.parseICS(text))
      .filter((e: any) => e.type === 'VEVENT')
      .map((e: any) => e.summary)
      .sort();
    expect(summaries).toEqual([
      'Publish: Teil 4: Treiber; Netz, Speicher [DE]',
      'Update: Teil 4: Treiber; Netz, Speicher [DE]',
    ]);
  });
});
