/**
 * Site knowledge as data: one entry per layout a release can come in. The detector
 * combines these with signals from the page itself, so a renamed class alone does not
 * lose a release.
 */
export interface Layout {
  id: string;
  agency: string;
  hosts: RegExp;
  /** Paths where releases live; anything else on the host is not a release. */
  releasePaths: RegExp;
  /** Candidates for the release's content, most specific first. */
  body: string[];
  title: string[];
  /** Site chrome that can sit inside the body candidates. */
  exclude: string[];
}

export const LAYOUTS: readonly Layout[] = [
  {
    id: 'commerce-2001-2009',
    agency: 'U.S. Department of Commerce',
    hosts: /^(?:2001-2009\.commerce\.gov|www\.commerce\.gov|commerce\.gov)$/,
    releasePaths: /^\/NewsRoom\/(?:PressReleases_FactSheets|SecretarialTrips)\/(?:ssLINK\/)?[A-Za-z0-9_]+/,
    body: ['#content .pressrelease', '.pressrelease', '#content', 'main'],
    title: ['h1', 'h2'],
    exclude: ['.printlink', 'nav', '#leftnav', '#footer', '.share'],
  },
];
