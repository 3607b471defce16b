/**
 * What the detector knows about one site's layout, as data: where the site keeps its
 * releases, what else lives at which address, and where a release page puts its title,
 * date, body and contacts. Locators are candidates tried in order; when none matches,
 * the detector falls back on signals any release page carries (a heading, a dateline,
 * dense paragraphs), so a renamed class alone does not lose a release.
 */
export interface Layout {
  id: string;
  /** How the panel names the site in its reasons. */
  site: string;
  agency: string;
  /** Host names, the live one and any archive-era ones. */
  hosts: RegExp;
  /** Addresses (path and query) where the site keeps releases. */
  releasePaths: readonly RegExp[];
  /** Addresses on the site that are something else, and what they are. */
  otherPaths: ReadonlyArray<readonly [RegExp, string]>;
  /** Candidates for the release's content, most specific first. */
  body: readonly string[];
  title: readonly string[];
  /** Where the date is; a `datetime` or `content` attribute wins over the text. */
  date: readonly string[];
  subtitle: readonly string[];
  contacts: readonly string[];
  /** Site chrome that can sit inside the release's content. */
  exclude: readonly string[];
}

/** Chrome every site puts around or inside its articles; added to each layout's own. */
export const COMMON_CHROME = [
  'nav',
  'aside',
  'footer',
  'form',
  '[role="navigation"]',
  '[role="complementary"]',
  '[role="search"]',
  '[role="contentinfo"]',
  // A site's header (its banner and menus), not an article's own <header> with its title.
  '[role="banner"]',
  'body > header',
  '.usa-header',
  '.site-header',
  '[aria-label="breadcrumb" i]',
  '.breadcrumb',
  '.breadcrumbs',
  '.usa-breadcrumb',
  '[class*="share" i]',
  '[class*="social" i]',
  '[class*="related" i]',
  '.skip-link',
  '.printlink',
  '.usa-banner',
  '.usa-alert',
  // Web archives' own toolbars (Wayback Machine, UNT's End of Term archive).
  '#wm-ipp-base',
  '#wm-ipp',
  '#donato',
  '.eot-banner',
];

/** Paths that are never a release on any site: the home page and search. */
export const HOME_PATH = /^\/(?:index\.(?:html?|php|aspx?))?$/i;
export const SEARCH_PATH = /(?:^|\/)search(?:[/.?]|$)|[?&](?:q|query|keys|search|searchString)=/i;

export const LISTING = 'a list of releases';
export const SPEECH = 'a speech or remarks';
export const BLOG = 'a blog post';
export const STORY = 'a feature story';
export const GALLERY = 'an image gallery';
