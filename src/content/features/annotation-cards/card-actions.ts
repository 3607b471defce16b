/**
 * What a card offers to do with its annotation. Pinning and opening the panel are
 * requests to the rest of the extension (the facts store and the background connect to
 * them); "I know this one" is a setting.
 */
import type { Annotation } from '../../../core/model.js';
import type { ContentRequest } from '../../../messages/protocol.js';
import { broadcast } from '../../../messages/channel.js';
import { isAbbr, KNOWN } from '../../../storage/acronyms.js';
import type { FeatureContext } from '../../feature.js';
import type { CardAction } from './tooltip.js';

function send(request: ContentRequest): void {
  void broadcast(request);
}

export function actionsFor(ctx: FeatureContext, a: Annotation, done: () => void): CardAction[] {
  const actions: CardAction[] = [
    {
      id: 'pin',
      label: 'Pin as fact',
      run: () => {
        send({ type: 'pin-annotation', annotation: a, release: ctx.annotator.snapshot().release });
        done();
      },
    },
  ];
  if (a.kind === 'acronym' && isAbbr(a.text)) {
    actions.push({
      id: 'known',
      label: 'I know this one',
      run: () => {
        done();
        void knowAcronym(ctx, a.text);
      },
    });
  }
  actions.push({
    id: 'open-panel',
    label: 'Open in panel',
    run: () => {
      // Current first: a panel already open selects it at once, one opening now reads it from the snapshot.
      ctx.annotator.setCurrent(a.id);
      send({ type: 'open-panel', annotationId: a.id });
      done();
    },
  });
  return actions;
}

async function knowAcronym(ctx: FeatureContext, abbr: string): Promise<void> {
  ctx.annotator.setKnownAcronyms([...ctx.annotator.knownAcronyms, abbr]);
  await ctx.store.putRecord(KNOWN, { abbr, at: new Date().toISOString() });
}
