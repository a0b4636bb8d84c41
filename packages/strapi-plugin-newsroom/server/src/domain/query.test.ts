import { locale, pageMeta, pagination, readKey } from './query';

describe('query parsing', () => {
  it('defaults and bounds pagination', () => {
    expect(pagination({})).toEqual({ page: 1, pageSize: 25 });
    expect(pagination({ page: '3', pageSize: '100' })).toEqual({ page: 3, pageSize: 100 });
    expect(() => pagination({ pageSize: '101' })).toThrow(/"pageSize" may be at most 100/);
    expect(() => pagination({ page: '-1' })).toThrow(/"page" must be a whole number/);
    expect(() => pagination({ page: ['1', '2'] })).toThrow(/"page" must be given once/);
  });
  it('accepts only configured locales', () => {
    expect(locale({}, ['en', 'de'], 'en')).toBe('en');
    expect(locale({ locale: 'de' }, ['en', 'de'], 'en')).toBe('de');
    expect(() => locale({ locale: '*' }, ['en', 'de'], 'en')).toThrow(/"locale" must be one of en, de/);
  });
  it('counts pages', () =>
    expect(pageMeta(2, 10, 25)).toEqual({ page: 2, pageSize: 10, pageCount: 3, total: 25 }));
  it('keys a read by its path and the parameters it depends on only', () => {
    const path = '/api/newsroom/series';
    expect(readKey(path, '')).toBe(path);
    expect(readKey(path, 'utm_source=x&filters[a]=1&pageSize=10&locale=de')).toBe(
      `${path}?locale=de&pageSize=10`,
    );
    expect(readKey(path, 'page=1&page=2')).toBeNull();
    expect(readKey(path, 'page[$gt]=1')).toBeNull();
  });
  it('reads whole numbers strictly', () => {
    for (const page of ['1e3', '0x10', '1.0', ' 7', '+2'])
      expect(() => pagination({ page })).toThrow(/"page"/);
  });
});
