/**
 * Site knowledge as data: one entry per layout a Commerce release can come in — every
 * era of commerce.gov and the bureaus' newsrooms. Addresses are the strongest signal we
 * have, so each layout says where its releases live and what else the site keeps under
 * similar paths; the locators are tried before the generic signals.
 */
import { BLOG, LISTING, SPEECH, STORY, type Layout } from './layout.js';

const DOC = 'U.S. Department of Commerce';

/** Drupal 8+ sites (today's commerce.gov, 2017-2021, and most bureaus) share these. */
const DRUPAL = {
  body: ['article.node', 'article', '.node', '#main-content', 'main', '[role="main"]'],
  title: ['h1.page-title', '.page-title h1', 'h1'],
  date: ['.field--name-field-publication-date time', '.field--name-field-release-date', 'time[datetime]', '.press-release-date', '.date'],
  subtitle: ['.field--name-field-subtitle', '.field--name-field-sub-title', '.subtitle'],
  contacts: ['.field--name-field-contacts', '.field--name-field-media-contact', '.press-contact', '.contact'],
  exclude: ['.field--name-field-tags', '.pager', '.node-links'],
};

/** The /news/ sections of commerce.gov since 2010: which are releases, which are not. */
const COMMERCE_NEWS = {
  releasePaths: [/^\/news\/(?:press-releases|fact-sheets|statements)\/\d{4}\/\d{2}\/(?:\d{2}\/)?[\w.-]+\/?(?:[?#].*)?$/i],
  otherPaths: [
    [/^\/news\/(?:speeches|remarks|testimony)(?:\/|$)/i, SPEECH],
    [/^\/news\/blog(?:\/|$)/i, BLOG],
    [/^\/news\/(?:press-releases|fact-sheets|statements)?\/?(?:\d{4}(?:\/\d{2})?\/?)?(?:[?#].*)?$/i, LISTING],
  ],
} as const;

export const COMMERCE_LAYOUTS: readonly Layout[] = [
  {
    id: 'commerce',
    site: 'www.commerce.gov',
    agency: DOC,
    hosts: /^(?:www\.)?commerce\.gov$/i,
    ...COMMERCE_NEWS,
    ...DRUPAL,
  },
  {
    id: 'commerce-2017-2021',
    site: '2017-2021.commerce.gov',
    agency: DOC,
    hosts: /^2017-2021\.commerce\.gov$/i,
    ...COMMERCE_NEWS,
    ...DRUPAL,
  },
  {
    id: 'commerce-2014-2017',
    site: '2014-2017.commerce.gov',
    agency: DOC,
    hosts: /^2014-2017\.commerce\.gov$/i,
    ...COMMERCE_NEWS,
    body: ['.node-press-release', '.node', '#block-system-main', '#main-content', '#content'],
    title: ['#page-title', 'h1.title', 'h1'],
    date: ['.pane-node-created', '.field-name-field-release-date', '.date-display-single', '.submitted'],
    subtitle: ['.field-name-field-subtitle', '.subtitle'],
    contacts: ['.field-name-field-contacts', '.contact'],
    exclude: ['.pane-related', '.field-name-field-tags', '.links', '.item-list'],
  },
  {
    id: 'commerce-2010-2014',
    site: '2010-2014.commerce.gov',
    agency: DOC,
    hosts: /^2010-2014\.commerce\.gov$/i,
    ...COMMERCE_NEWS,
    body: ['.node-press_release', '.node', '#content-area', '#content'],
    title: ['h1.title', '#page-title', 'h1'],
    date: ['.date-display-single', '.field-field-release-date', '.submitted'],
    subtitle: ['.field-field-subtitle', '.subtitle'],
    contacts: ['.field-field-contact', '.contact'],
    exclude: ['.links', '.terms', '.item-list', '#sidebar-right'],
  },
  {
    // The Department's site from 2001 to 2009, at its archive host and at the old
    // paths that live www.commerce.gov still answered for years.
    id: 'commerce-2001-2009',
    site: '2001-2009.commerce.gov',
    agency: DOC,
    hosts: /^(?:2001-2009\.|www\.)?commerce\.gov$/i,
    releasePaths: [/^\/NewsRoom\/(?:PressReleases_FactSheets|SecretarialTrips)\/(?:ssLINK\/)?PROD\d+_\d+\/?(?:[?#].*)?$/i],
    otherPaths: [
      [/^\/NewsRoom\/SecretarialSpeeches\//i, SPEECH],
      [/^\/NewsRoom\/(?:[\w]+\/)*(?:index\.html?)?(?:[?#].*)?$/i, LISTING],
    ],
    body: ['.pressrelease', '#content', '#main'],
    title: ['.pressrelease h1', 'h1', 'h2'],
    date: ['.releaseinfo .date', '.date'],
    subtitle: ['.pressrelease .subtitle', '.subtitle'],
    contacts: ['.releaseinfo'],
    exclude: ['#leftnav', '#footer', '.share'],
  },
];

/** A bureau on Drupal: its host, where its releases live and what else it publishes. */
function bureau(
  id: string,
  site: string,
  agency: string,
  hosts: RegExp,
  releasePaths: RegExp[],
  otherPaths: Layout['otherPaths'],
  overrides: Partial<Layout> = {},
): Layout {
  return { id, site, agency, hosts, releasePaths, otherPaths, ...DRUPAL, ...overrides };
}

const END = String.raw`\/?(?:[?#].*)?$`;
const path = (source: string): RegExp => new RegExp(`^${source}${END}`, 'i');

export const BUREAU_LAYOUTS: readonly Layout[] = [
  bureau('bis', 'bis.gov', 'Bureau of Industry and Security', /^(?:www\.|media\.)?bis\.gov$/i,
    [path(String.raw`\/press-release\/[\w.-]+`), path(String.raw`\/news-updates\/\d{4}\/[\w.-]+`)],
    [[/^\/(?:press-releases|news-updates)\/?(?:[?#].*)?$/i, LISTING], [/^\/(?:speeches|remarks)\//i, SPEECH]]),
  bureau('bis-doc', 'bis.doc.gov', 'Bureau of Industry and Security', /^(?:www\.)?bis\.doc\.gov$/i,
    [path(String.raw`\/index\.php\/(?:about-bis\/newsroom\/press-releases|all-articles)\/(?:[\w.-]+\/)*\d+-[\w.-]+`)],
    [[/^\/index\.php\/about-bis\/newsroom\/(?:press-releases\/?)?(?:[?#].*)?$/i, LISTING], [/speeches|testimony/i, SPEECH]],
    {
      body: ['.item-page', '[itemprop="articleBody"]', '#content', 'main'],
      title: ['[itemprop="headline"]', '.page-header h2', 'h1', 'h2'],
      date: ['time[itemprop="datePublished"]', 'dd.published time', 'dd.published', '.published'],
      contacts: ['.contact'],
      exclude: ['.article-info', '.pagenav', '.icons'],
    }),
  bureau('census', 'census.gov', 'U.S. Census Bureau', /^(?:www\.)?census\.gov$/i,
    [path(String.raw`\/newsroom\/(?:press-releases|releases\/[\w-]+)\/\d{4}\/[\w.-]+?(?:\.html)?`)],
    [
      [/^\/newsroom(?:\/press-releases)?(?:\/\d{4})?(?:\.html|\/)?(?:[?#].*)?$/i, LISTING],
      [/^\/library\/stories\//i, STORY],
      [/^\/newsroom\/(?:blogs|random-samplings)\//i, BLOG],
      [/^\/newsroom\/speeches\//i, SPEECH],
    ],
    {
      body: ['.uscb-press-release', '.cmp-container', 'main', '#content'],
      title: ['.cmp-title__text', 'h1'],
      date: ['.uscb-press-release-date', 'time[datetime]', '.date'],
      subtitle: ['.uscb-press-release-subtitle', '.cmp-title--subtitle', '.subtitle'],
      contacts: ['.uscb-press-release-contact', '.contact'],
    }),
  bureau('bea', 'bea.gov', 'Bureau of Economic Analysis', /^(?:www\.|apps\.)?bea\.gov$/i,
    [path(String.raw`\/news\/\d{4}\/[\w.-]+`)],
    [[/^\/news\/blog\//i, BLOG], [/^\/news\/(?:current-releases|archive|schedule|glance)?(?:[?#].*)?$/i, LISTING], [/^\/news\/speeches\//i, SPEECH]]),
  bureau('trade', 'trade.gov', 'International Trade Administration', /^(?:www\.)?trade\.gov$/i,
    [path(String.raw`\/press-release\/[\w.-]+`)],
    [[/^\/press-releases?\/?(?:[?#].*)?$/i, LISTING], [/^\/(?:speech|remarks)\//i, SPEECH], [/^\/blog\//i, BLOG]]),
  bureau('ntia', 'ntia.gov', 'National Telecommunications and Information Administration', /^(?:www\.)?ntia\.(?:doc\.)?gov$/i,
    [path(String.raw`\/press-release\/\d{4}\/[\w.-]+`)],
    [[/^\/(?:press-releases?|newsroom)\/?(?:[?#].*)?$/i, LISTING], [/^\/blog\//i, BLOG], [/^\/(?:speechtestimony|speech-testimony|speeches)\//i, SPEECH]]),
  bureau('noaa', 'noaa.gov', 'National Oceanic and Atmospheric Administration', /^(?:www\.)?noaa\.gov$/i,
    [path(String.raw`\/news-release\/[\w.-]+`)],
    [[/^\/news-releases?\/?(?:[?#].*)?$/i, LISTING], [/^\/(?:news|stories)\//i, STORY], [/^\/(?:speeches|remarks)\//i, SPEECH]]),
  bureau('nist', 'nist.gov', 'National Institute of Standards and Technology', /^(?:www\.)?nist\.gov$/i,
    [path(String.raw`\/news-events\/news\/\d{4}\/\d{2}\/[\w.-]+`)],
    [[/^\/news-events\/news\/?(?:[?#].*)?$/i, LISTING], [/^\/blogs?\//i, BLOG], [/^\/speech-testimony\//i, SPEECH]]),
  bureau('uspto', 'uspto.gov', 'United States Patent and Trademark Office', /^(?:www\.)?uspto\.gov$/i,
    [path(String.raw`\/about-us\/news-updates\/[\w.-]+`)],
    [[/^\/about-us\/news-updates\/?(?:[?#].*)?$/i, LISTING], [/^\/blog\//i, BLOG], [/^\/about-us\/news-updates\/(?:remarks|speech)/i, SPEECH]]),
  bureau('eda', 'eda.gov', 'Economic Development Administration', /^(?:www\.)?eda\.gov$/i,
    [path(String.raw`\/news\/press-release\/\d{4}\/\d{2}\/\d{2}\/[\w.-]+`)],
    [[/^\/news\/press-releases?\/?(?:[?#].*)?$/i, LISTING], [/^\/news\/blog\//i, BLOG], [/^\/news\/speeches?\//i, SPEECH]]),
  bureau('mbda', 'mbda.gov', 'Minority Business Development Agency', /^(?:www\.)?mbda\.gov$/i,
    [path(String.raw`\/(?:news\/)?press-releases?\/(?:\d{4}\/\d{2}\/)?[\w.-]+`)],
    [[/^\/(?:news\/)?press-releases?\/?(?:[?#].*)?$/i, LISTING], [/^\/news\/blog\//i, BLOG]]),
];

export const LAYOUTS: readonly Layout[] = [...COMMERCE_LAYOUTS, ...BUREAU_LAYOUTS];

/**
 * The layouts whose hosts serve this address. www.commerce.gov has two: today's site
 * and the 2001-2009 paths, told apart by the path.
 */
export function layoutsFor(hostname: string): Layout[] {
  return LAYOUTS.filter((l) => l.hosts.test(hostname));
}
