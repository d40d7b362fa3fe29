/**
 * DOM → lines of text in reading order. Block-level elements and <br> end a line; inline
 * elements join. Lines from <figcaption> are marked as captions, headings as headings, so the
 * text stage can set captions apart and keep crossheads.
 */

export type LineKind = 'text' | 'heading' | 'caption' | 'list-item' | 'quote';
export interface DomLine {
  text: string;
  kind: LineKind;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS', 'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA', 'FORM']);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'UL', 'BODY', 'HTML', 'CAPTION', 'SUMMARY',
]);

interface DomNodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNodeLike>;
}

export function domLines(root: DomNodeLike, options: { skipForms?: boolean } = {}): DomLine[] {
  const lines: DomLine[] = [];
  let current = '';
  let kind: LineKind = 'text';
  const flush = (): void => {
    const t = current.replace(/[\s\u00A0]+/gu, ' ').trim();
    if (t) lines.push({ text: t, kind });
    current = '';
    kind = 'text';
  };
  const walk = (node: DomNodeLike, inherited: LineKind): void => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      if (inherited !== 'text') kind = inherited;
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name) && !(name === 'FORM' && options.skipForms === false)) return;
    if (name === 'BR') {
      flush();
      return;
    }
    const block = BLOCK.has(name);
    let own = inherited;
    if (name === 'FIGCAPTION') own = 'caption';
    else if (/^H[1-6]$/u.test(name)) own = 'heading';
    else if (name === 'LI') own = own === 'caption' ? own : 'list-item';
    else if (name === 'BLOCKQUOTE') own = 'quote';
    if (block) flush();
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) walk(children[i]!, own);
    if (block) flush();
  };
  walk(root, 'text');
  flush();
  return lines;
}
