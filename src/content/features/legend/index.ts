/**
 * The floating legend: a small collapsible box in the corner (closed shadow root on
 * <html>, fixed, so it moves nothing in the page) with each category's sample, count and
 * a toggle, kept in step with the side panel through the annotator's changes; and a way
 * to turn Release Lens off for the page.
 */
import { ANNOTATION_KINDS, type AnnotationKind } from '../../../core/model.js';
import { KINDS } from '../../../core/kinds.js';
import { declarationsOf } from '../../../core/reading/kind-style.js';
import type { Feature, FeatureContext } from '../../feature.js';
import { closedShadowHost, matchPageScheme } from '../../shadow-host.js';

export const LEGEND_TAG = 'release-lens-legend';

const STYLE = `
:host { all: initial; }
.legend { position: fixed; right: 12px; bottom: 12px; z-index: 2147483646; max-width: 16rem;
  font: 13px/1.4 system-ui, sans-serif; color: #111; background: #fff; border: 1px solid #777;
  border-radius: 8px; box-shadow: 0 2px 8px rgb(0 0 0 / .2); }
.toggle { all: unset; box-sizing: border-box; display: block; width: 100%; padding: .25rem .625rem; cursor: pointer; font-weight: 600; }
.toggle:focus-visible, input:focus-visible, .off:focus-visible { outline: 2px solid #0b57d0; outline-offset: 1px; }
ul { list-style: none; margin: 0; padding: 0 .625rem .25rem; }
ul[hidden], .footer[hidden] { display: none; }
li label { display: flex; align-items: center; gap: .375rem; padding: .25rem 0; line-height: 1.5; cursor: pointer; }
.sample { padding: 0 .25rem; text-underline-offset: 2px; }
.count { margin-left: auto; font-variant-numeric: tabular-nums; color: #444; }
.footer { padding: .25rem .625rem .5rem; border-top: 1px solid #ddd; }
.off { font: inherit; font-size: 12px; padding: .125rem .5rem; border: 1px solid #888; border-radius: 4px; background: #f3f3f3; color: #111; cursor: pointer; }
:host([data-dark]) .legend { color: #eee; background: #222; border-color: #999; }
:host([data-dark]) .count { color: #bbb; }
:host([data-dark]) .footer { border-color: #444; }
:host([data-dark]) .off { background: #333; color: #eee; }`;

export const legend: Feature = {
  id: 'legend',
  runsOn: 'releases',
  init(ctx, signal) {
    const view = new LegendView(ctx);
    ctx.annotator.findings.onChange(() => view.render(), signal);
    view.render();
    ctx.doc.documentElement.append(view.host);
    matchPageScheme(view.host, ctx.doc.body);
    signal.addEventListener('abort', () => view.host.remove());
  },
};

class LegendView {
  readonly host: HTMLElement;
  private readonly toggle: HTMLButtonElement;
  private readonly list: HTMLUListElement;
  private readonly footer: HTMLElement;
  private readonly doc: Document;

  constructor(private readonly ctx: FeatureContext) {
    const doc = (this.doc = ctx.doc);
    const { host, shadow } = closedShadowHost(doc, LEGEND_TAG, STYLE);
    this.host = host;
    const box = doc.createElement('section');
    box.className = 'legend';
    box.setAttribute('aria-label', 'Release Lens legend');
    this.toggle = doc.createElement('button');
    this.toggle.className = 'toggle';
    this.toggle.setAttribute('aria-expanded', 'false');
    this.toggle.addEventListener('click', () => this.setOpen(this.toggle.getAttribute('aria-expanded') !== 'true'));
    this.list = doc.createElement('ul');
    this.list.hidden = true;
    this.footer = doc.createElement('div');
    this.footer.className = 'footer';
    this.footer.hidden = true;
    const off = doc.createElement('button');
    off.className = 'off';
    off.textContent = 'Turn off on this page';
    off.addEventListener('click', () => ctx.turnOff());
    this.footer.append(off);
    box.append(this.toggle, this.list, this.footer);
    shadow.append(box);
  }

  private setOpen(open: boolean): void {
    this.toggle.setAttribute('aria-expanded', String(open));
    this.list.hidden = !open;
    this.footer.hidden = !open;
  }

  render(): void {
    const { hiddenKinds } = this.ctx.annotator.findings.snapshot();
    const counts = this.ctx.annotator.findings.found.counts;
    const kinds = ANNOTATION_KINDS.filter((k) => counts[k] > 0);
    // The number says what the page shows: the categories that are off are listed, not counted.
    const shown = kinds.filter((k) => !hiddenKinds.includes(k)).reduce((sum, k) => sum + counts[k], 0);
    this.toggle.textContent = `Release Lens · ${shown}`;
    const rows = kinds.map((kind) => this.row(kind, counts[kind], !hiddenKinds.includes(kind)));
    this.list.replaceChildren(...rows);
  }

  private row(kind: AnnotationKind, count: number, visible: boolean): HTMLLIElement {
    const li = this.doc.createElement('li');
    li.dataset.kind = kind;
    const label = this.doc.createElement('label');
    const box = this.doc.createElement('input');
    box.type = 'checkbox';
    box.checked = visible;
    box.addEventListener('change', () => this.ctx.annotator.setKindVisible(kind, box.checked));
    const sample = this.doc.createElement('span');
    sample.className = 'sample';
    // Through the CSSOM: a page's CSP may refuse style attributes, never CSSOM changes.
    sample.style.cssText = declarationsOf(this.ctx.settings.kinds[kind]);
    sample.textContent = KINDS[kind].plural;
    const number = this.doc.createElement('span');
    number.className = 'count';
    number.textContent = String(count);
    label.append(box, sample, number);
    li.append(label);
    return li;
  }
}
