import { renderToStaticMarkup } from 'react-dom/server';
import { Body, type NoteRefs } from './body';
import { numberEndnotes } from './endnotes';
import { normalizeBlocks } from './normalize';

function render(blocks: unknown, parentRank = 2): string {
  const normalized = normalizeBlocks(blocks);
  const refs: NoteRefs = { numbers: numberEndnotes([normalized]), idPrefix: '' };
  return renderToStaticMarkup(<Body blocks={normalized} parentRank={parentRank} refs={refs} />);
}

describe('Body', () => {
  it('renders text marks as semantic inline elements', () => {
    expect(
      render([
        {
          type: 'paragraph',
          children: [
            { type: 'text', text: 'b', bold: true },
            { type: 'text', text: 'i', italic: true },
            { type: 'text', text: 'u', underline: true },
            { type: 'text', text: 's', strikethrough: true },
            { type: 'text', text: 'c', code: true },
          ],
        },
      ]),
    ).toBe('<p><strong>b</strong><em>i</em><u>u</u><s>s</s><code>c</code></p>');
  });

  it('keeps line breaks typed inside a paragraph', () => {
    expect(render([{ type: 'paragraph', children: [{ type: 'text', text: 'one\ntwo' }] }])).toBe(
      '<p>one<br/>two</p>',
    );
  });

  it('prints a nested list inside the item it belongs to', () => {
    expect(
      render([
        {
          type: 'list',
          format: 'ordered',
          children: [
            { type: 'list-item', children: [{ type: 'text', text: 'ARM' }] },
            {
              type: 'list',
              format: 'unordered',
              children: [{ type: 'list-item', children: [{ type: 'text', text: 'SMP' }] }],
            },
          ],
        },
      ]),
    ).toBe('<ol><li>ARM<ul><li>SMP</li></ul></li></ol>');
  });

  it('follows link text with its endnote marker', () => {
    expect(
      render([
        {
          type: 'paragraph',
          children: [{ type: 'link', url: 'https://lkml.org/', children: [{ type: 'text', text: 'RC6' }] }],
        },
      ]),
    ).toBe('<p>RC6<a class="note-ref" href="#note-1">[1]</a></p>');
  });

  it('ranks body headings under the page title', () => {
    expect(
      render([{ type: 'heading', level: 1, children: [{ type: 'text', text: 'Virtualisation' }] }], 2),
    ).toBe('<h3>Virtualisation</h3>');
  });

  it('prints images with alt text, size and caption, and code literally', () => {
    expect(
      render([
        {
          type: 'image',
          image: {
            url: 'https://cdn.example.org/tux.png',
            alternativeText: 'Tux',
            width: 2,
            height: 1,
            caption: 'Tux',
          },
        },
        { type: 'code', children: [{ type: 'text', text: 'a < b\n  && c' }] },
      ]),
    ).toBe(
      '<figure><img src="https://cdn.example.org/tux.png" alt="Tux" width="2" height="1"/><figcaption>Tux</figcaption></figure>' +
        '<pre><code>a &lt; b\n  &amp;&amp; c</code></pre>',
    );
  });
});
