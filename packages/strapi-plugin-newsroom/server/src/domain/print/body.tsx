import { Fragment, type ReactNode } from 'react';
import { headingRanks } from './headings';
import type { PrintBlock, PrintInline, PrintList, PrintText } from './normalize';

/** Where a link's marker points: its number, and the id prefix that keeps notes unique in a series print. */
export interface NoteRefs {
  numbers: ReadonlyMap<string, number>;
  idPrefix: string;
}

export function noteId(refs: Pick<NoteRefs, 'idPrefix'>, number: number): string {
  return `${refs.idPrefix}note-${number}`;
}

export function Heading({ rank, id, children }: { rank: number; id?: string; children: ReactNode }) {
  const Tag = `h${Math.min(Math.max(rank, 1), 6)}` as 'h1';
  return <Tag id={id}>{children}</Tag>;
}

function TextRun({ node }: { node: PrintText }) {
  // Shift+Enter in the editor stores "\n" inside a text node.
  let content: ReactNode = node.text
    .split('\n')
    .map((line, i) => (i === 0 ? line : [<br key={`b${i}`} />, line]));
  if (node.marks.code) content = <code>{content}</code>;
  if (node.marks.bold) content = <strong>{content}</strong>;
  if (node.marks.italic) content = <em>{content}</em>;
  if (node.marks.underline) content = <u>{content}</u>;
  if (node.marks.strikethrough) content = <s>{content}</s>;
  return <>{content}</>;
}

/** A link prints as its words and an endnote marker; the URL itself goes to the endnotes. */
function Inlines({ nodes, refs }: { nodes: PrintInline[]; refs: NoteRefs }) {
  return (
    <>
      {nodes.map((node, i) => {
        if (node.kind === 'text') return <TextRun key={i} node={node} />;
        const number = refs.numbers.get(node.href);
        return (
          <Fragment key={i}>
            {node.children.map((child, j) => (
              <TextRun key={j} node={child} />
            ))}
            {number !== undefined && (
              <a className="note-ref" href={`#${noteId(refs, number)}`}>{`[${number}]`}</a>
            )}
          </Fragment>
        );
      })}
    </>
  );
}

function List({ list, refs }: { list: PrintList; refs: NoteRefs }) {
  const Tag = list.ordered ? 'ol' : 'ul';
  return (
    <Tag>
      {list.items.map((item, i) => (
        <li key={i}>
          <Inlines nodes={item.children} refs={refs} />
          {item.lists.map((nested, j) => (
            <List key={j} list={nested} refs={refs} />
          ))}
        </li>
      ))}
    </Tag>
  );
}

function Block({ block, rank, refs }: { block: PrintBlock; rank: number; refs: NoteRefs }) {
  switch (block.kind) {
    case 'heading':
      return (
        <Heading rank={rank}>
          <Inlines nodes={block.children} refs={refs} />
        </Heading>
      );
    case 'paragraph':
      return (
        <p>
          <Inlines nodes={block.children} refs={refs} />
        </p>
      );
    case 'quote':
      return (
        <blockquote>
          <p>
            <Inlines nodes={block.children} refs={refs} />
          </p>
        </blockquote>
      );
    case 'code':
      return (
        <pre>
          <code>{block.text}</code>
        </pre>
      );
    case 'list':
      return <List list={block} refs={refs} />;
    case 'image':
      return (
        <figure>
          <img src={block.src} alt={block.alt} width={block.width} height={block.height} />
          {block.caption !== undefined && <figcaption>{block.caption}</figcaption>}
        </figure>
      );
  }
}

/** A page body; `parentRank` is the rank of the heading the body sits under. */
export function Body({
  blocks,
  parentRank,
  refs,
}: {
  blocks: PrintBlock[];
  parentRank: number;
  refs: NoteRefs;
}) {
  const headings = blocks.flatMap((block) => (block.kind === 'heading' ? [block] : []));
  const ranks = headingRanks(
    headings.map((heading) => heading.level),
    parentRank,
  );
  const rankOf = new Map<PrintBlock, number>(headings.map((heading, i) => [heading, ranks[i]]));
  return (
    <>
      {blocks.map((block, i) => (
        <Block key={i} block={block} rank={rankOf.get(block) ?? parentRank + 1} refs={refs} />
      ))}
    </>
  );
}

/** The numbered list of every URL cited, in the order first cited. */
export function Endnotes({ refs, rank, title }: { refs: NoteRefs; rank: number; title: string }) {
  if (refs.numbers.size === 0) return null;
  return (
    <section className="endnotes">
      <Heading rank={rank}>{title}</Heading>
      <ol className="endnote-list">
        {[...refs.numbers].map(([href, number]) => (
          <li key={number} id={noteId(refs, number)}>
            {`[${number}] `}
            <a href={href}>{href}</a>
          </li>
        ))}
      </ol>
    </section>
  );
}
