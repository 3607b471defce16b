/**
 * Hostile pages: the founding release with script payloads placed, as text, wherever the
 * page's words flow into Release Lens (title, headline, acronym definitions, names,
 * figures and their sentences, plain paragraphs). Every payload carries a marker id; if
 * any of it ever runs or is parsed as markup, the marker shows up as a call to the
 * page's canary (`window.__pwned(id)`) or as a request to https://canary.test/hit/<id>.
 */
import { FOUNDING_HTML } from './founding.js';

export const CANARY_HOST = 'canary.test';
const hit = (id: string) => `https://${CANARY_HOST}/hit/${id}`;

/**
 * Payloads without spaces where the markup allows it, so a whole payload fits in one
 * "word" of an acronym's long form or a figure's sentence.
 */
export const PAYLOADS: ReadonlyArray<{ name: string; text: (id: string) => string }> = [
  { name: 'img onerror', text: (id) => `<img/src="${hit(id)}"/onerror="__pwned('${id}')">` },
  { name: 'svg onload', text: (id) => `<svg/onload="__pwned('${id}')"><image/href="${hit(id)}"/></svg>` },
  { name: 'style break', text: (id) => `</style><img/src="${hit(id)}"/onerror="__pwned('${id}')">` },
  { name: 'title break', text: (id) => `</title><script>__pwned('${id}')</script>` },
  { name: 'script src', text: (id) => `"><script/src="${hit(id)}"></script>` },
  { name: 'javascript: link', text: (id) => `<a/href="javascript:__pwned('${id}')">link</a>` },
  { name: 'bare javascript: URL', text: (id) => `javascript:__pwned('${id}')//${hit(id)}` },
  { name: 'iframe srcdoc', text: (id) => `<iframe/srcdoc="<script>parent.__pwned('${id}')</script>"></iframe>` },
  { name: 'mXSS math/style', text: (id) => `<math><mtext><table><mglyph><style><img/src="${hit(id)}"/onerror="__pwned('${id}')">` },
  { name: 'details ontoggle', text: (id) => `<details/open/ontoggle="__pwned('${id}')">` },
  { name: 'object data', text: (id) => `<object/data="${hit(id)}"></object>` },
  { name: 'template expression', text: (id) => `{{constructor.constructor('__pwned("${id}")')()}}` },
  { name: 'attribute quote break', text: (id) => `x"/onmouseover="__pwned('${id}')"/data-x="` },
  { name: 'entity-encoded markup', text: (id) => `&lt;img/src=x/onerror=__pwned('${id}')&gt;` },
  { name: 'fullwidth brackets', text: (id) => `＜img/src=x/onerror=__pwned('${id}')＞` },
  { name: 'zero-width in scheme', text: (id) => `java\u200Bscript:__pwned('${id}')` },
  { name: 'right-to-left override', text: (id) => `\u202E<img/src="${hit(id)}"/onerror="__pwned('${id}')">\u202C` },
  { name: 'line separators', text: (id) => `\u2028\u2029</script><script>__pwned('${id}')</script>` },
  { name: 'CSV formula', text: (id) => `=HYPERLINK("${hit(id)}","x")` },
  { name: 'overlong', text: (id) => `${'W'.repeat(100_000)}<img/src="${hit(id)}"/onerror="__pwned('${id}')">` },
];

/** Where in the page a payload is placed. */
export const CONTEXTS = ['document title', 'headline', 'acronym definition', 'person name', 'figure sentence', 'paragraph'] as const;
export type Context = (typeof CONTEXTS)[number];

export interface Placement {
  id: string;
  payload: string;
  context: Context;
  text: string;
}

/** Escapes text for HTML source, so the page shows it as text. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function placements(): Placement[] {
  return CONTEXTS.flatMap((context, c) =>
    PAYLOADS.map((payload, p) => {
      const id = `c${c}p${p}`;
      return { id, payload: payload.name, context, text: payload.text(id) };
    }),
  );
}

/**
 * Distinct abbreviations whose letters all occur in "Quorum … Xenon Zone" and start with
 * a Q no payload word starts with, so each long form runs from "Quorum" over the payload.
 */
const MIDDLE = 'UORMXEN';
const abbreviation = (i: number) => `Q${MIDDLE[i % 7]}${MIDDLE[Math.floor(i / 7) % 7]}Z`;

/** The founding release with every placement in it, and a canary script of the page's own. */
export function hostileRelease(all: Placement[] = placements()): string {
  const of = (context: Context) => all.filter((p) => p.context === context);
  const canary =
    `<script>window.__executed = []; window.__pwned = (id) => { window.__executed.push(String(id)); };</script>`;
  const paragraphs = [
    ...of('acronym definition').map(
      (p, i) => `<p>The Quorum ${escapeHtml(p.text)} Xenon Zone (‘${abbreviation(i)}’) met, and the ${abbreviation(i)} agreed.</p>`,
    ),
    ...of('person name').map((p) => `<p>“We agree,” said Secretary of Commerce ${escapeHtml(p.text)} Gutierrez.</p>`),
    ...of('figure sentence').map(
      (p, i) => `<p>U.S. exports of ${escapeHtml(p.text)} to China totaled $${i + 10} billion in 2006, up ${i + 5}% from 2005.</p>`,
    ),
    ...of('paragraph').map((p) => `<p>${escapeHtml(p.text)}</p>`),
  ].join('\n');
  return FOUNDING_HTML.replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(of('document title').map((p) => p.text).join(' '))}</title>\n${canary}`)
    .replace(/<h1>([^<]*)<\/h1>/, (_, title: string) => `<h1>${escapeHtml(of('headline').map((p) => p.text).join(' '))} ${title}</h1>`)
    .replace('<h2 class="subhead">Background</h2>', `${paragraphs}\n<h2 class="subhead">Background</h2>`);
}
