import { assertImageUrls } from './blocks';

const image = (url: unknown) => ({
  type: 'image',
  image: { url, alternativeText: 'x' },
  children: [{ type: 'text', text: '' }],
});
const pages = (url: unknown) => [{ title: 'One', body: [{ type: 'paragraph', children: [] }, image(url)] }];

describe('image URLs in Blocks', () => {
  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'vbscript:x',
    'file:///etc/passwd',
    null,
  ])('refuses %s, naming the block', (url) => {
    expect(() => assertImageUrls(pages(url))).toThrow(
      /^The image in block 2 of page 1 has the URL .*; use an http\(s\) address/,
    );
  });

  it.each([
    'https://example.org/a.png',
    'http://example.org/a.png',
    '/uploads/photo_1.jpg',
    '//cdn.example.org/a.png',
  ])('accepts %s', (url) => expect(() => assertImageUrls(pages(url))).not.toThrow());
});
