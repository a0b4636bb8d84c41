import { asOrigin, corsOrigins } from './origins';

describe('CORS allow-list', () => {
  it("allows the admin's own origin, the front end and the origins configured, nothing else", () => {
    expect(corsOrigins({})).toEqual([
      'http://localhost:1337',
      'http://127.0.0.1:1337',
      'https://www.example.com',
    ]);
    expect(
      corsOrigins({
        PUBLIC_URL: 'https://cms.news.example/strapi',
        NEWSROOM_FRONTEND_ORIGIN: 'https://news.example/',
        CORS_ORIGINS: 'https://partner.example, http://localhost:3000',
      }),
    ).toEqual([
      'https://cms.news.example',
      'https://news.example',
      'https://partner.example',
      'http://localhost:3000',
    ]);
  });

  it.each(['*', 'null', 'javascript:alert(1)', 'https://news.example/path', 'news.example'])(
    'refuses %s with a sentence naming the variable',
    (value) => {
      expect(() => corsOrigins({ CORS_ORIGINS: value })).toThrow(/^CORS_ORIGINS (may not contain|must list)/);
    },
  );

  it('keeps an origin as browsers send it', () => {
    expect(asOrigin('HTTPS://News.Example', 'X')).toBe('https://news.example');
  });
});
