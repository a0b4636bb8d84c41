import { cacheAnswer, inheritingResolvers, objectFields } from './cache';
import { TYPE_DEFS } from './schema';

describe('GraphQL cache hints', () => {
  it('finds every object field of the newsroom types, and no scalar field', () => {
    const fields = objectFields().map(([type, field]) => `${type}.${field}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        'NewsroomSeries.parts',
        'NewsroomSeries.channel',
        'NewsroomArticle.series',
        'NewsroomArticleSeries.previous',
        'NewsroomTimeline.projection',
        'NewsroomProjection.basis',
      ]),
    );
    expect(fields).not.toContain('NewsroomSeries.title');
    expect(fields).not.toContain('NewsroomArticle.jsonLd');
    // As many as the type definitions have fields typed with a Newsroom type.
    const typed = TYPE_DEFS.split('\n').filter((line) => /^\s+\w+: \[?Newsroom\w+/.test(line)).length;
    expect(fields).toHaveLength(typed);
  });

  it('lets a nested field inherit the query hint and read its parent', () => {
    const hints: unknown[] = [];
    const resolve = inheritingResolvers().NewsroomSeries.parts as (...args: unknown[]) => unknown;
    const parts = [{ number: 1 }];
    expect(
      resolve({ parts }, {}, {}, { cacheControl: { setCacheHint: (h: unknown) => hints.push(h) } }),
    ).toBe(parts);
    expect(hints).toEqual([{ maxAge: 31_536_000 }]);
  });

  it('hints max-age, private with a token, and no longer than an answer lasts', () => {
    const config = {
      maxAge: 60,
      sMaxAge: 300,
      staleWhileRevalidate: 600,
      notFoundMaxAge: 10,
      entries: 1,
      maxBytes: 1,
    };
    const headers: Record<string, string> = {};
    const ctx = (authorization: string) => ({
      koaContext: {
        get: (name: string) => (name === 'Authorization' ? authorization : ''),
        set: (name: string, value: string) => (headers[name] = value),
        response: { get: (name: string) => headers[name] ?? '' },
        vary: () => undefined,
      },
    });
    const hints: unknown[] = [];
    const info = { cacheControl: { setCacheHint: (h: unknown) => hints.push(h) } };
    cacheAnswer(ctx(''), info, config, ['doc:a']);
    cacheAnswer(ctx('Bearer x'), info, config, ['doc:b'], 1_000_020_500, 1_000_000_000);
    expect(hints).toEqual([
      { maxAge: 60, scope: 'PUBLIC' },
      { maxAge: 20, scope: 'PRIVATE' },
    ]);
    expect(headers['Surrogate-Key']).toBe('doc:a newsroom doc:b');
    expect(headers['Cache-Tag']).toBe('doc:a,newsroom,doc:b');
  });
});
