/**
 * The hover and focus card. Lives in a closed shadow root on <html>, outside <body>, so
 * page CSS cannot reach it and the page's text does not change; every string is set
 * with textContent because it came from the page. Positioned with @floating-ui/dom so it
 * stays on screen, above the line it explains (below when there is no room), never over
 * it: above covers only lines already read, where below would cover the rest of the
 * sentence.
 */
import { autoUpdate, computePosition, flip, offset, shift, type VirtualElement } from '@floating-ui/dom';
import { closedShadowHost, matchPageScheme } from '../../shadow-host.js';

export interface CardAction {
  id: string;
  label: string;
  /** The name a screen reader hears, when the label alone would not say enough. */
  name?: string;
  run(): void;
}

export interface TooltipContent {
  heading: string;
  lines: string[];
  actions?: CardAction[];
  /** A standing remark, such as that the figure is pinned. */
  badge?: string;
}

const STYLE = `
:host { all: initial; }
.card { position: fixed; top: 0; left: 0; z-index: 2147483647; max-width: 22rem; padding: .5rem .75rem;
  font: 14px/1.4 system-ui, sans-serif; color: #111; background: #fff; border: 1px solid #555;
  border-radius: 6px; box-shadow: 0 2px 8px rgb(0 0 0 / .25); }
.card[hidden] { display: none; }
.card:focus { outline: 2px solid #0b57d0; outline-offset: 2px; }
.heading { font-weight: 600; }
.line { margin-top: .25rem; color: #333; }
.actions { display: flex; flex-wrap: wrap; gap: .375rem; margin-top: .5rem; }
button { font: inherit; font-size: 13px; padding: .125rem .5rem; border: 1px solid #666; border-radius: 4px;
  background: #f3f3f3; color: #111; cursor: pointer; }
button:focus-visible { outline: 2px solid #0b57d0; outline-offset: 1px; }
.hint { margin-top: .375rem; font-size: 12px; color: #555; }
.badge { margin-top: .375rem; font-size: 13px; color: #1b5e20; }
.status, .problem { margin-top: .375rem; font-size: 13px; color: #1b5e20; }
.problem { color: #b00020; }
/* Empty live regions stay in the tree (a hidden one is not heard when it fills), and take no room. */
.status:empty, .problem:empty { margin: 0; }
:host([data-dark]) .card { color: #eee; background: #222; border-color: #aaa; }
:host([data-dark]) .line { color: #ccc; }
:host([data-dark]) .hint { color: #aaa; }
:host([data-dark]) .badge, :host([data-dark]) .status { color: #a5d6a7; }
:host([data-dark]) .problem { color: #ff8a80; }
:host([data-dark]) button { background: #333; color: #eee; border-color: #999; }`;

export const TOOLTIP_TAG = 'release-lens-tooltip';

export class Tooltip {
  private readonly host: HTMLElement;
  private readonly card: HTMLElement;
  /** Confirmations, and problems with what to do, heard by a screen reader where they happen. */
  private readonly status: HTMLElement;
  private readonly problem: HTMLElement;
  private actions: HTMLElement | null = null;
  private badge: HTMLElement | null = null;
  private stopUpdating: (() => void) | null = null;
  /** Called when the pointer enters or leaves the card, so hover-hiding can wait for it. */
  onPointer: (inside: boolean) => void = () => {};

  constructor(private readonly doc: Document) {
    const { host, shadow } = closedShadowHost(doc, TOOLTIP_TAG, STYLE);
    this.host = host;
    this.card = doc.createElement('div');
    this.card.className = 'card';
    this.card.setAttribute('role', 'dialog');
    this.card.tabIndex = -1;
    this.card.hidden = true;
    this.card.addEventListener('pointerenter', () => this.onPointer(true));
    this.card.addEventListener('pointerleave', () => this.onPointer(false));
    this.status = this.element('div', 'status', '');
    this.status.setAttribute('role', 'status');
    this.problem = this.element('div', 'problem', '');
    this.problem.setAttribute('role', 'alert');
    shadow.append(this.card);
  }

  get visible(): boolean {
    return !this.card.hidden;
  }

  /** Whether focus is inside the card. */
  get hasFocus(): boolean {
    return this.doc.activeElement === this.host;
  }

  show(anchor: Range | Element, content: TooltipContent, hint?: string): void {
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
    matchPageScheme(this.host, anchor instanceof Element ? anchor : anchor.commonAncestorContainer);
    const heading = this.element('div', 'heading', content.heading);
    heading.id = 'heading';
    const lines = content.lines.map((text) => this.element('div', 'line', text));
    const parts: HTMLElement[] = [heading, ...lines];
    this.badge = content.badge ? this.element('div', 'badge', content.badge) : null;
    if (this.badge) parts.push(this.badge);
    this.actions = this.element('div', 'actions', '');
    this.fillActions(content.actions ?? []);
    if (content.actions?.length) parts.push(this.actions);
    this.say('');
    parts.push(this.status, this.problem);
    if (hint) parts.push(this.element('div', 'hint', hint));
    this.card.replaceChildren(...parts);
    this.card.setAttribute('aria-labelledby', 'heading');
    this.card.hidden = false;
    this.place(anchor);
  }

  /** Puts the card's actions and its standing remark as they are now, keeping focus on the action it was on. */
  update(actions: readonly CardAction[], badge?: string): void {
    if (!this.actions) return;
    this.fillActions(actions);
    if (badge && !this.badge) {
      this.badge = this.element('div', 'badge', badge);
      this.actions.before(this.badge);
    } else if (this.badge) {
      if (badge) this.badge.textContent = badge;
      else {
        this.badge.remove();
        this.badge = null;
      }
    }
  }

  /** A short confirmation, or a problem with what to do, shown in the card and heard by a screen reader. */
  say(text: string, problem = false): void {
    this.status.textContent = problem ? '' : text;
    this.problem.textContent = problem ? text : '';
  }

  private fillActions(actions: readonly CardAction[]): void {
    const box = this.actions;
    if (!box) return;
    // The action focused before (by its position, as a pin becomes an unpin) keeps focus.
    const focused = [...box.children].findIndex((b) => b.matches(':focus'));
    const buttons = actions.map((action) => {
      const button = this.element('button', '', action.label);
      button.dataset.action = action.id;
      if (action.name) button.setAttribute('aria-label', action.name);
      button.addEventListener('click', () => action.run());
      return button;
    });
    box.replaceChildren(...buttons);
    if (focused >= 0) (buttons[focused] ?? buttons[buttons.length - 1])?.focus();
  }

  /** Moves keyboard focus into the card, so a screen reader reads it and Tab reaches its actions. */
  focus(): void {
    this.card.focus();
  }

  hide(): void {
    this.card.hidden = true;
    this.stopUpdating?.();
    this.stopUpdating = null;
  }

  remove(): void {
    this.hide();
    this.host.remove();
  }

  private place(anchor: Range | Element): void {
    this.stopUpdating?.();
    const reference: VirtualElement = {
      getBoundingClientRect: () => anchor.getBoundingClientRect(),
      getClientRects: () => anchor.getClientRects(),
    };
    const update = (): void => {
      void computePosition(reference, this.card, {
        strategy: 'fixed',
        placement: 'top-start',
        middleware: [offset(6), flip({ fallbackPlacements: ['bottom-start'] }), shift({ padding: 4 })],
      }).then(({ x, y }) => {
        this.card.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      });
    };
    this.stopUpdating = autoUpdate(reference, this.card, update, { ancestorResize: false, elementResize: false });
  }

  private element(tag: string, className: string, text: string): HTMLElement {
    const el = this.doc.createElement(tag);
    if (className) el.className = className;
    el.textContent = text;
    return el;
  }
}
