import type { PrintBlock, PrintInline, PrintList } from './normalize';

/**
 * Endnote numbers for every link, in reading order across all pages. A URL
 * cited again keeps its first number, so the list at the end names each URL
 * once (as a bibliography would) and "[2]" always means the same address.
 * Numbering is done before rendering so the render itself stays pure.
 */
export function numberEndnotes(pages: PrintBlock[][]): Map<string, number> {
  const numbers = new Map<string, number>();
  const cite = (children: PrintInline[]) => {
    for (const child of children) {
      if (child.kind === 'link' && !numbers.has(child.href)) numbers.set(child.href, numbers.size + 1);
    }
  };
  const citeList = (list: PrintList) => {
    for (const item of list.items) {
      cite(item.children);
      item.lists.forEach(citeList);
    }
  };
  for (const blocks of pages) {
    for (const block of blocks) {
      if (block.kind === 'list') citeList(block);
      else if (block.kind === 'paragraph' || block.kind === 'heading' || block.kind === 'quote')
        cite(block.children);
    }
  }
  return numbers;
}
