/**
 * Content script entry: wiring only. Reads the page once, then starts the features that
 * apply to it, each tied to one AbortSignal.
 */
import { openStorage } from '../storage/index.js';
import { loadSettings } from '../storage/settings.js';
import { Annotator } from './annotator.js';
import { startFeatures } from './feature.js';
import { FEATURES } from './features/index.js';

async function main(): Promise<void> {
  const annotator = new Annotator(document);
  const settings = await loadSettings(openStorage()).catch(() => undefined);
  annotator.run(location.href, settings?.hiddenKinds ?? []);
  await startFeatures(FEATURES, { doc: document, annotator }, new AbortController().signal);
}

void main();
