import { changedAttributes } from './unpublished';

describe('changedAttributes', () => {
  const milestone = { kind: 'rc', label: 'rc1', at: '2011-05-29T00:00:00.000Z', note: null };

  it('finds no change when only row ids and bookkeeping differ', () => {
    const draft = { version: '3.0', milestones: [{ id: 7, ...milestone }], updatedAt: '2026-01-02' };
    const published = { version: '3.0', milestones: [{ ...milestone, id: 3 }], updatedAt: '2026-01-01' };
    expect(changedAttributes(draft, published, ['version', 'milestones'])).toEqual([]);
  });

  it('names the attributes a draft changed', () => {
    const draft = { version: '3.0', milestones: [milestone, { ...milestone, label: 'rc2' }] };
    const published = { version: '3.0', milestones: [milestone] };
    expect(changedAttributes(draft, published, ['version', 'milestones'])).toEqual(['milestones']);
  });

  it('reads absent and null alike, and dates by their instant', () => {
    const at = new Date('2011-05-29T00:00:00.000Z');
    expect(
      changedAttributes({ note: undefined, at }, { note: null, at: at.toISOString() }, ['note', 'at']),
    ).toEqual([]);
  });
});
