/**
 * The hover and focus card. Lives in a closed shadow root on <html>, outside <body>, so
 * page CSS cannot reach it and the page's text does not change; every string is set
 * with textContent because it came from the page.
 */
export interface TooltipContent {
  heading: string;
  lines: string[];
}

const STYLE = `
:host { all: initial; }
.card { position: absolute; z-index: 2147483647; max-width: 22rem; padding: .5rem .75rem;
  font: 14px/1.4 system-ui, sans-serif; color: #111; background: #fff; border: 1px solid #555;
  border-radius: 6px; box-shadow: 0 2px 8px rgb(0 0 0 / .25); }
.card[hidden] { display: none; }
.heading { font-weight: 600; }
.line { margin-top: .25rem; color: #333; }
@media (prefers-color-scheme: dark) {
  .card { color: #eee; background: #222; border-color: #aaa; }
  .line { color: #ccc; }
}`;

export class Tooltip {
  private readonly host: HTMLElement;
  private readonly card: HTMLElement;

  constructor(private readonly doc: Document) {
    this.host = doc.createElement('release-lens-tooltip');
    const shadow = this.host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = STYLE;
    this.card = doc.createElement('div');
    this.card.className = 'card';
    this.card.setAttribute('role', 'tooltip');
    this.card.hidden = true;
    shadow.append(style, this.card);
  }

  show(anchor: Element, content: TooltipContent): void {
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
    const heading = this.doc.createElement('div');
    heading.className = 'heading';
    heading.textContent = content.heading;
    const lines = content.lines.map((text) => {
      const line = this.doc.createElement('div');
      line.className = 'line';
      line.textContent = text;
      return line;
    });
    this.card.replaceChildren(heading, ...lines);
    this.card.hidden = false;
    const rect = anchor.getBoundingClientRect();
    const view = this.doc.defaultView;
    const left = Math.max(4, Math.min(rect.left, (view?.innerWidth ?? 800) - 360));
    this.card.style.left = `${left + (view?.scrollX ?? 0)}px`;
    this.card.style.top = `${rect.bottom + 6 + (view?.scrollY ?? 0)}px`;
  }

  hide(): void {
    this.card.hidden = true;
  }

  remove(): void {
    this.host.remove();
  }
}
