import { normalizeBlocks } from './normalize';

const plain = { bold: false, italic: false, underline: false, strikethrough: false, code: false };
const text = (value: string) => ({ kind: 'text', text: value, marks: plain });

describe('normalizeBlocks', () => {
  it('reads paragraphs, headings, quotes, code and images', () => {
    const blocks = normalizeBlocks([
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Virtualisation' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Dom0', bold: true }] },
      { type: 'quote', children: [{ type: 'text', text: 'so whatever' }] },
      { type: 'code', children: [{ type: 'text', text: 'make oldconfig\nmake' }] },
      {
        type: 'image',
        image: { url: 'https://example.org/tux.png', alternativeText: 'Tux', width: 640, height: 480 },
      },
    ]);
    expect(blocks).toEqual([
      { kind: 'heading', level: 2, children: [text('Virtualisation')] },
      { kind: 'paragraph', children: [{ kind: 'text', text: 'Dom0', marks: { ...plain, bold: true } }] },
      { kind: 'quote', children: [text('so whatever')] },
      { kind: 'code', text: 'make oldconfig\nmake' },
      { kind: 'image', src: 'https://example.org/tux.png', alt: 'Tux', width: 640, height: 480 },
    ]);
  });

  it('keeps the text of a link whose URL is refused, without a link', () => {
    const [paragraph] = normalizeBlocks([
      {
        type: 'paragraph',
        children: [
          { type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', text: 'click' }] },
          { type: 'link', url: 'https://lkml.org/', children: [{ type: 'text', text: 'RC6' }] },
        ],
      },
    ]);
    expect(paragraph).toEqual({
      kind: 'paragraph',
      children: [text('click'), { kind: 'link', href: 'https://lkml.org/', children: [text('RC6')] }],
    });
  });

  it('moves a nested list into the list item before it', () => {
    const [outer] = normalizeBlocks([
      {
        type: 'list',
        format: 'unordered',
        children: [
          { type: 'list-item', children: [{ type: 'text', text: 'ARM' }] },
          {
            type: 'list',
            format: 'ordered',
            children: [{ type: 'list-item', children: [{ type: 'text', text: 'SMP' }] }],
          },
        ],
      },
    ]);
    expect(outer).toEqual({
      kind: 'list',
      ordered: false,
      items: [
        {
          children: [text('ARM')],
          lists: [{ kind: 'list', ordered: true, items: [{ children: [text('SMP')], lists: [] }] }],
        },
      ],
    });
  });

  it('skips what it cannot read and keeps the text of unknown blocks', () => {
    const blocks = normalizeBlocks([
      null,
      42,
      'text',
      { type: 'paragraph' },
      { type: 'paragraph', children: [{ type: 'text', text: '   ' }] },
      { type: 'image', image: { url: 'javascript:alert(1)', alternativeText: 'x' } },
      { type: 'image' },
      { type: 'list', children: 'nope' },
      {
        type: 'callout',
        children: [
          { type: 'text', text: 'kept' },
          { type: 'mystery', children: [{ text: ' too' }] },
        ],
      },
    ]);
    expect(blocks).toEqual([{ kind: 'paragraph', children: [text('kept'), text(' too')] }]);
  });

  it.each([undefined, null, {}, 'blocks', 3])('reads %j as no blocks', (value) => {
    expect(normalizeBlocks(value)).toEqual([]);
  });

  it('survives hostile nesting instead of overflowing the stack', () => {
    let node: Record<string, unknown> = { type: 'text', text: 'deep' };
    for (let i = 0; i < 100_000; i += 1) node = { type: 'span', children: [node] };
    expect(() => normalizeBlocks([{ type: 'paragraph', children: [node] }])).not.toThrow();
  });
});
