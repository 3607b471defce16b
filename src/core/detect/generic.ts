/**
 * The layout for sites Release Lens has no knowledge of (the ones a user turns it on
 * for): only conventions most news pages share. A page there counts as a release only
 * when it shows every sign at once — a main heading, a date, paragraphs of prose — and
 * nothing says it is a list, a speech or a gallery.
 */
import type { Layout } from './layout.js';

export const GENERIC: Layout = {
  id: 'generic',
  site: 'this site',
  agency: '',
  hosts: /(?!)/,
  releasePaths: [],
  otherPaths: [],
  body: ['[itemprop="articleBody"]', 'article', 'main', '[role="main"]', '#main-content', '#content'],
  title: ['[itemprop="headline"]', 'h1'],
  date: ['[itemprop="datePublished"]', 'time[datetime]', '.date', '.dateline', '[class*="date" i]'],
  subtitle: ['.subtitle', '.subhead', '.dek', '.standfirst'],
  contacts: ['.contact', '.media-contact', '[class*="contact" i]'],
  exclude: [],
};
