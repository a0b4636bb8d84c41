import { droppedPaths, pickPresent, refusal } from './access';

describe("what the Content Manager's sanitizer dropped", () => {
  it('names dropped fields, in components without list indexes, once each', () => {
    const input = {
      title: 'T',
      teaser: 'x',
      pages: [
        { title: 'a', body: [] },
        { title: 'b', body: [] },
      ],
    };
    const kept = { title: 'T', pages: [{ title: 'a' }, { title: 'b' }] };
    expect(droppedPaths(input, kept)).toEqual(['teaser', 'pages.body']);
  });

  it('finds nothing when everything was kept, whatever the values inside', () => {
    const input = { title: 'T', pages: [{ title: 'a', body: [{ type: 'paragraph', children: [] }] }] };
    expect(droppedPaths(input, structuredClone(input))).toEqual([]);
  });

  it('names a whole component the role may not write', () => {
    expect(droppedPaths({ title: 'T', pages: [{ title: 'a' }] }, { title: 'T' })).toEqual(['pages']);
  });

  it('keeps the fields that survived the output sanitizer', () => {
    expect(pickPresent(['title', 'teaser', 'pages'] as const, { title: 'T', id: 1 })).toEqual(['title']);
  });
});

describe('refusals', () => {
  it('say who may not do what, where, and what follows', () => {
    expect(
      refusal({ verb: 'publish', what: 'article', locale: 'en', consequence: 'so it may not schedule that' }),
    ).toBe(
      'Your role may not publish articles in locale "en" in the Content Manager, so it may not schedule that.',
    );
    expect(refusal({ verb: 'update', what: 'article', locale: 'de', field: 'teaser' })).toBe(
      'Your role may not change the field "teaser" of this article in locale "de" in the Content Manager.',
    );
    expect(refusal({ verb: 'publish', what: 'timeline', who: 'desk@example.com' })).toBe(
      'The role of desk@example.com may not publish timelines in the Content Manager.',
    );
  });
});
