/**
 * The walk behind the text map: which elements a reader does not see as text (the one
 * skip set), which end a block (the one block set), and the walker itself. Detection
 * reads the page through the same walk (page/detect/read.ts), so the detector and the
 * painter agree on what the release says.
 */
import type { TextMap, TextSegment } from './text-map.js';

const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'IFRAME', 'OBJECT',
  'SVG', 'MATH', 'CANVAS', 'VIDEO', 'AUDIO', 'HEAD',
]);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV',
  'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
/** Characters that take no space on screen: zero-width space/joiners, BOM, soft hyphen. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const HAS_INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
const NBSP = /[\u00A0\u202F]/g;

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('inert')) return true;
  // Inline styles only: computed styles would force a style pass over the whole page.
  const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
  return style?.display === 'none' || style?.visibility === 'hidden';
}

function isSkipped(el: Element): boolean {
  if (SKIP.has(el.tagName.toUpperCase())) return true;
  const editable = el.getAttribute('contenteditable');
  return (editable !== null && editable !== 'false') || isHidden(el);
}

/** The nodes still to visit at one level of the walk, and whether leaving it ends a block. */
interface Frame {
  /** The next sibling to visit, when walking a parent's children. */
  next: Node | null;
  /** Or the nodes to visit, when walking a list (slotted nodes, late content). */
  list?: readonly Node[];
  at: number;
  block: boolean;
}

/**
 * The walk keeps its own stack rather than recursing, so it can stop between any two
 * nodes and go on later, and a body 5,000 elements deep costs no call stack.
 */
export class Mapper {
  private readonly excluded: ReadonlySet<Element>;
  private readonly parts: string[] = [];
  private readonly segments: TextSegment[] = [];
  private readonly stack: Frame[] = [];
  private length = 0;
  private endsWithBreak = true;

  constructor(
    excluded: readonly Element[],
    private readonly skip?: (node: Text) => boolean,
  ) {
    this.excluded = new Set(excluded);
  }

  result(): TextMap {
    return { text: this.parts.join(''), segments: this.segments };
  }

  get mappedLength(): number {
    return this.length;
  }

  start(root: Node): void {
    if (root.nodeType === 3) this.push([root], false);
    else this.stack.push({ next: root.firstChild, at: 0, block: false });
  }

  push(list: readonly Node[], block: boolean): void {
    this.stack.push({ next: null, list, at: 0, block });
  }

  /** Visits nodes until the walk is done (true) or `stop` says to pause (false). */
  drain(stop?: () => boolean): boolean {
    let visited = 0;
    while (this.stack.length > 0) {
      if (stop && (++visited & 255) === 0 && stop()) return false;
      const frame = this.stack[this.stack.length - 1] as Frame;
      const node = frame.list ? frame.list[frame.at++] : frame.next;
      if (!node) {
        this.stack.pop();
        if (frame.block) this.separate();
        continue;
      }
      if (!frame.list) frame.next = node.nextSibling;
      this.visit(node);
    }
    return true;
  }

  private visit(node: Node): void {
    if (node.nodeType === 3) return this.addText(node as Text);
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (isSkipped(el) || this.excluded.has(el)) return;
    const block = BLOCK.has(el.tagName.toUpperCase());
    if (block) this.separate();
    if (el.shadowRoot) this.stack.push({ next: el.shadowRoot.firstChild, at: 0, block });
    else if (el.tagName === 'SLOT' && (el as HTMLSlotElement).assignedNodes().length) this.push((el as HTMLSlotElement).assignedNodes(), block);
    else this.stack.push({ next: el.firstChild, at: 0, block });
  }

  private separate(): void {
    if (this.endsWithBreak) return;
    this.parts.push('\n');
    this.length += 1;
    this.endsWithBreak = true;
  }

  private addText(node: Text): void {
    if (this.skip?.(node)) return;
    const raw = node.data;
    if (raw.length === 0) return;
    let text = raw;
    let dropped: number[] | undefined;
    if (HAS_INVISIBLE.test(raw)) {
      dropped = [];
      for (const m of raw.matchAll(INVISIBLE)) dropped.push(m.index);
      text = raw.replace(INVISIBLE, '');
    }
    if (text.length === 0) return;
    const start = this.length;
    this.segments.push(dropped ? { node, start, length: text.length, dropped } : { node, start, length: text.length });
    this.parts.push(text.replace(NBSP, ' '));
    this.length += text.length;
    this.endsWithBreak = false;
  }
}

