import { numberEndnotes } from './endnotes';
import { normalizeBlocks } from './normalize';

const link = (url: string) => ({ type: 'link', url, children: [{ type: 'text', text: url }] });

describe('numberEndnotes', () => {
  it('numbers links in reading order across pages, lists and quotes', () => {
    const page1 = normalizeBlocks([
      { type: 'paragraph', children: [link('https://a.example/'), link('https://b.example/')] },
      {
        type: 'list',
        format: 'ordered',
        children: [
          { type: 'list-item', children: [link('https://c.example/')] },
          {
            type: 'list',
            format: 'unordered',
            children: [{ type: 'list-item', children: [link('https://d.example/')] }],
          },
        ],
      },
    ]);
    const page2 = normalizeBlocks([{ type: 'quote', children: [link('mailto:e@example.org')] }]);
    expect([...numberEndnotes([page1, page2])]).toEqual([
      ['https://a.example/', 1],
      ['https://b.example/', 2],
      ['https://c.example/', 3],
      ['https://d.example/', 4],
      ['mailto:e@example.org', 5],
    ]);
  });

  it('gives a URL cited twice its first number', () => {
    const page1 = normalizeBlocks([
      { type: 'paragraph', children: [link('https://a.example/'), link('https://b.example/')] },
    ]);
    const page2 = normalizeBlocks([{ type: 'paragraph', children: [link('https://A.example')] }]);
    const numbers = numberEndnotes([page1, page2]);
    expect(numbers.get('https://a.example/')).toBe(1);
    expect(numbers.size).toBe(2);
  });

  it('does not number refused URLs or links inside code blocks', () => {
    const page = normalizeBlocks([
      { type: 'paragraph', children: [link('javascript:alert(1)')] },
      { type: 'code', children: [link('https://code.example/')] },
    ]);
    expect(numberEndnotes([page]).size).toBe(0);
  });
});
