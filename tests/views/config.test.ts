import {
  resolveViews,
  validateViews,
  viewDefaults,
} from '../../packages/strapi-plugin-newsroom/server/src/config/views';
import permalinkRouter from '../../packages/strapi-plugin-newsroom/server/src/routes/permalinks';

const withViews = (patch: Record<string, unknown>) => ({ ...viewDefaults, ...patch });

describe('views configuration', () => {
  it('accepts the defaults and fills {origin} into the patterns', () => {
    expect(() => validateViews(viewDefaults)).not.toThrow();
    const views = resolveViews(viewDefaults);
    expect(views.urls.patterns.article.default).toBe(
      'https://www.example.com/{locale}/news/{slug}-{id}.html',
    );
    expect(views).toMatchObject({
      prefix: '/-',
      permalinkBase: 'https://www.example.com',
      apiUrl: 'https://www.example.com/api/newsroom',
      feedItems: 20,
    });
  });

  it.each([
    [
      { frontend: { origin: 'javascript:alert(1)', patterns: viewDefaults.frontend.patterns } },
      /http or https/,
    ],
    [
      {
        frontend: {
          origin: 'https://www.example.com',
          patterns: {
            article: { default: 'https://evil.com/{slug}' },
            series: viewDefaults.frontend.patterns.series,
          },
        },
      },
      /must start with "https:\/\/www.example.com\/"/,
    ],
    [
      {
        frontend: {
          origin: 'https://www.example.com',
          patterns: {
            article: { default: '{origin}/{section}/{slug}' },
            series: viewDefaults.frontend.patterns.series,
          },
        },
      },
      /unknown placeholder \{section\}/,
    ],
    [{ permalinkPrefix: 'p' }, /permalinkPrefix/],
    [{ permalinkPrefix: '/api/' }, /shadow a Strapi route/],
    [{ permalinkPrefix: '//evil.com/' }, /permalinkPrefix/],
    [{ permalinkOrigin: 'https://cdn.example.com/path' }, /permalinkOrigin/],
    [{ apiUrl: 'ftp://x' }, /apiUrl/],
    [{ feedItems: 0 }, /feedItems/],
    [{ feedItems: 1000 }, /feedItems/],
    [{ siteName: ' ' }, /siteName/],
  ])('refuses %j with a sentence', (patch, message) => {
    expect(() => validateViews(withViews(patch))).toThrow(message);
  });

  it('mounts the permalink route under the configured prefix at the site root', () => {
    const strapi: any = { config: { get: () => withViews({ permalinkPrefix: '/p/' }) } };
    const router = permalinkRouter({ strapi });
    expect(router).toMatchObject({ type: 'admin', prefix: '' });
    expect(router.routes.map((r) => [r.method, r.path, r.config.auth])).toEqual([
      ['GET', '/p/:id', false],
      ['GET', '/p/:id/(.*)', false],
    ]);
  });
});
