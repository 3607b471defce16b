/**
 * The curated glossary for the content script. It is fetched from the extension
 * (`glossary.json`, a web-accessible resource limited to the Commerce hosts; in Chrome
 * through a per-session dynamic URL so pages cannot probe for it) rather than bundled,
 * so the script every release page loads stays small. It is validated like anything
 * else that crosses a boundary; without it, acronyms still expand from the page.
 */
import { Glossary } from '../core/glossary.js';
import { extensionUrl } from '../platform/tabs.js';

export const GLOSSARY_RESOURCE = 'glossary.json';

export async function loadGlossary(): Promise<Glossary | undefined> {
  try {
    const response = await fetch(extensionUrl(GLOSSARY_RESOURCE));
    if (!response.ok) return undefined;
    const parsed = Glossary.safeParse(await response.json());
    if (!parsed.success) console.error('Release Lens: the glossary is not valid', parsed.error.issues.slice(0, 3));
    return parsed.success ? parsed.data : undefined;
  } catch (error) {
    console.error('Release Lens: could not load the glossary', error);
    return undefined;
  }
}
