import { safeWebUrl, safeLinkUrl } from './safe-url';

describe('safeLinkUrl', () => {
  it.each([
    ['https://lkml.org/lkml/2011/7/4/1', 'https://lkml.org/lkml/2011/7/4/1'],
    ['http://h-online.com/-1275463', 'http://h-online.com/-1275463'],
    ['mailto:kernel-log@example.org', 'mailto:kernel-log@example.org'],
    ['  HTTPS://Example.ORG/a b  ', 'https://example.org/a%20b'],
  ])('keeps %j as %j', (raw, expected) => {
    expect(safeLinkUrl(raw)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    '&#106;avascript:alert(1)',
    'javascript&colon;alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org/',
    '/relative/path',
    '//evil.example/x',
    'https://',
    '',
    '   ',
  ])('drops %j', (raw) => {
    expect(safeLinkUrl(raw)).toBeNull();
  });

  it.each([undefined, null, 42, {}, ['https://example.org']])('drops non-strings (%j)', (raw) => {
    expect(safeLinkUrl(raw)).toBeNull();
  });

  it('resolves relative links against the site when a base is given', () => {
    expect(safeLinkUrl('/news/1275463', 'https://www.h-online.com')).toBe(
      'https://www.h-online.com/news/1275463',
    );
    expect(safeLinkUrl('javascript:alert(1)', 'https://www.h-online.com')).toBeNull();
  });
});

describe('safeWebUrl', () => {
  it('accepts http(s) images and resolves uploads against the base', () => {
    expect(safeWebUrl('https://cdn.example.org/tux.png')).toBe('https://cdn.example.org/tux.png');
    expect(safeWebUrl('/uploads/tux.png', 'https://cms.example.org')).toBe(
      'https://cms.example.org/uploads/tux.png',
    );
  });

  it.each([
    'mailto:a@example.org',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'blob:https://example.org/1',
    '/uploads/tux.png',
  ])('drops %j', (raw) => {
    expect(safeWebUrl(raw)).toBeNull();
  });
});
