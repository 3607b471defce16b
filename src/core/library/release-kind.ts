/**
 * What kind of release a page is, for the library's filter: read from its title and
 * address, the two things every layout gives.
 */
export const RELEASE_KINDS = ['press-release', 'statement', 'speech', 'fact-sheet', 'blog'] as const;
export type ReleaseKind = (typeof RELEASE_KINDS)[number];

export const RELEASE_KIND_LABELS: Readonly<Record<ReleaseKind, string>> = {
  'press-release': 'Press release',
  statement: 'Statement',
  speech: 'Speech or remarks',
  'fact-sheet': 'Fact sheet',
  blog: 'Blog post',
};

export function releaseKind(title: string, url: string): ReleaseKind {
  let path = '';
  try {
    path = new URL(url).pathname.toLowerCase();
  } catch {
    // An address that does not parse says nothing: the title decides.
  }
  if (/\/(?:speeches?|remarks)\//.test(path) || /^(?:remarks|prepared remarks|keynote|testimony)\b|\bremarks (?:by|of|at)\b/i.test(title)) return 'speech';
  if (/^(?:statement|joint statement)\b|\bstatement (?:by|from|on)\b/i.test(title)) return 'statement';
  if (/\bfact sheet\b/i.test(title) || /\/fact-?sheets?\//.test(path)) return 'fact-sheet';
  if (/\/(?:blog|blogs|stories)\//.test(path)) return 'blog';
  return 'press-release';
}
