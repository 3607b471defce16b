/**
 * The reader's side of a fact in the page: a small "Save as fact" button by the
 * selection, the editor for its note and tags, and the "deleted — undo" notice. All in
 * one closed shadow root on <html>, outside <body>, so the page's CSS and scripts cannot
 * reach it and the page's text is unchanged; every string is set with textContent.
 */
import { closedShadowHost, matchPageScheme } from '../../shadow-host.js';
export interface EditorContent {
  quote: string;
  note: string;
  tags: readonly string[];
  /** An existing fact can be deleted; a new one only saved or dismissed. */
  existing: boolean;
}

export interface EditorHandlers {
  /** Resolves to an error message to show, or null when saved. */
  save(note: string, tags: string[]): Promise<string | null>;
  delete?(): void;
}

const STYLE = `
:host { all: initial; }
* { box-sizing: border-box; font: 14px/1.4 system-ui, sans-serif; }
.pin, .editor, .toast { position: absolute; z-index: 2147483647; color: #111; background: #fff;
  border: 1px solid #555; border-radius: 6px; box-shadow: 0 2px 8px rgb(0 0 0 / .25); }
.pin { padding: .25rem .5rem; cursor: pointer; }
.editor { width: 22rem; padding: .75rem; display: grid; gap: .5rem; }
.quote { margin: 0; padding-left: .5rem; border-left: 3px solid #c9a400; max-height: 6rem; overflow: auto; color: #333; }
label { display: grid; gap: .125rem; font-weight: 600; }
textarea, input { width: 100%; padding: .25rem; border: 1px solid #777; border-radius: 4px; font-weight: 400; color: inherit; background: inherit; }
textarea { min-height: 4rem; resize: vertical; }
.buttons { display: flex; gap: .5rem; justify-content: flex-end; }
.error { color: #b00020; }
.toast { position: fixed; bottom: 1rem; left: 50%; transform: translateX(-50%); padding: .5rem .75rem; display: flex; gap: .75rem; align-items: center; }
[hidden] { display: none !important; }
button:focus-visible, textarea:focus-visible, input:focus-visible { outline: 2px solid #0b57d0; outline-offset: 1px; }
:host([data-dark]) .pin, :host([data-dark]) .editor, :host([data-dark]) .toast { color: #eee; background: #222; border-color: #aaa; }
:host([data-dark]) .quote { color: #ccc; }
:host([data-dark]) .error { color: #ff8a80; }`;

const UNDO_MS = 10_000;

export class FactEditor {
  private readonly host: HTMLElement;
  private readonly shadow: ShadowRoot;
  private readonly pin: HTMLButtonElement;
  private readonly editor: HTMLElement;
  private readonly toastBox: HTMLElement;
  private toastTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly doc: Document) {
    ({ host: this.host, shadow: this.shadow } = closedShadowHost(doc, 'release-lens-facts', STYLE));
    this.pin = this.element('button', 'pin', 'Save as fact') as HTMLButtonElement;
    this.pin.type = 'button';
    this.pin.title = 'Save the selected passage as a fact (Alt+Shift+F)';
    // Keep the page's selection when the button is pressed.
    this.pin.addEventListener('mousedown', (e) => e.preventDefault());
    this.pin.hidden = true;
    this.editor = this.element('div', 'editor', '');
    this.editor.setAttribute('role', 'dialog');
    this.editor.setAttribute('aria-label', 'Fact');
    this.editor.hidden = true;
    this.toastBox = this.element('div', 'toast', '');
    this.toastBox.setAttribute('role', 'status');
    this.toastBox.hidden = true;
    this.shadow.append(this.pin, this.editor, this.toastBox);
  }

  get isOpen(): boolean {
    return !this.editor.hidden;
  }

  /** Whether an event happened inside our own UI (the page must not react to it). */
  contains(target: EventTarget | null): boolean {
    return target === this.host;
  }

  showButton(rect: DOMRect, onClick: () => void): void {
    this.attach();
    this.pin.onclick = onClick;
    this.place(this.pin, rect.left, rect.bottom + 4);
    this.pin.hidden = false;
  }

  hideButton(): void {
    this.pin.hidden = true;
  }

  open(rect: DOMRect, content: EditorContent, handlers: EditorHandlers): void {
    this.attach();
    this.hideButton();
    const quote = this.element('blockquote', 'quote', content.quote.length > 400 ? `${content.quote.slice(0, 400)}…` : content.quote);
    const note = this.element('textarea', '', '') as HTMLTextAreaElement;
    note.value = content.note;
    note.name = 'note';
    const tags = this.element('input', '', '') as HTMLInputElement;
    tags.value = content.tags.join(', ');
    tags.name = 'tags';
    const error = this.element('div', 'error', '');
    error.setAttribute('role', 'alert');
    const save = this.button('Save', async () => {
      save.disabled = true;
      const problem = await handlers.save(note.value, tags.value.split(','));
      save.disabled = false;
      if (problem) error.textContent = problem;
      else this.close();
    });
    const cancel = this.button('Cancel', () => this.close());
    const buttons = this.element('div', 'buttons', '');
    if (content.existing && handlers.delete) {
      const onDelete = handlers.delete;
      buttons.append(this.button('Delete', () => (this.close(), onDelete())));
    }
    buttons.append(cancel, save);
    this.editor.replaceChildren(quote, this.labelled('Note', note), this.labelled('Tags, separated by commas', tags), error, buttons);
    this.editor.onkeydown = (e) => {
      e.stopPropagation();
      if (e.key === 'Escape') this.close();
      const submit = e.key === 'Enter' && (e.ctrlKey || e.metaKey || e.target === tags);
      if (submit) {
        e.preventDefault();
        save.click();
      }
    };
    this.place(this.editor, rect.left, rect.bottom + 6);
    this.editor.hidden = false;
    note.focus();
  }

  close(): void {
    this.editor.hidden = true;
    this.editor.replaceChildren();
  }

  /** A notice with an Undo button, for a while. */
  toast(message: string, undo: () => void): void {
    this.attach();
    clearTimeout(this.toastTimer);
    const text = this.element('span', '', message);
    const button = this.button('Undo', () => {
      this.toastBox.hidden = true;
      undo();
    });
    this.toastBox.replaceChildren(text, button);
    this.toastBox.hidden = false;
    this.toastTimer = setTimeout(() => (this.toastBox.hidden = true), UNDO_MS);
  }

  remove(): void {
    clearTimeout(this.toastTimer);
    this.host.remove();
  }

  private attach(): void {
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
    matchPageScheme(this.host, this.doc.getSelection()?.anchorNode ?? this.doc.body);
  }

  /** Positions an element at viewport coordinates, kept inside the view. */
  private place(el: HTMLElement, left: number, top: number): void {
    const view = this.doc.defaultView;
    const width = view?.innerWidth ?? 800;
    el.style.left = `${Math.max(4, Math.min(left, width - 360)) + (view?.scrollX ?? 0)}px`;
    el.style.top = `${top + (view?.scrollY ?? 0)}px`;
  }

  private element(tag: string, className: string, text: string): HTMLElement {
    const el = this.doc.createElement(tag);
    if (className) el.className = className;
    if (text) el.textContent = text;
    return el;
  }

  private button(label: string, run: () => void): HTMLButtonElement {
    const b = this.element('button', '', label) as HTMLButtonElement;
    b.type = 'button';
    b.addEventListener('click', run);
    return b;
  }

  private labelled(text: string, control: HTMLElement): HTMLElement {
    const label = this.element('label', '', text);
    label.append(control);
    return label;
  }
}
