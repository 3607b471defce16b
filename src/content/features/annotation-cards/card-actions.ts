/**
 * What a card offers to do with its annotation. Pinning is the page's own call (the
 * facts feature answers it); opening the panel is the background's; "I know this one"
 * is a setting.
 */
import type { Annotation } from '../../../core/model.js';
import type { CallResult } from '../../../messages/rpc.js';
import { isAbbr, KNOWN } from '../../../storage/acronyms.js';
import type { FeatureContext } from '../../feature.js';
import type { CardAction } from './tooltip.js';

/** The card is gone by the time a call fails: the reason goes to the console. */
function report(what: string): (result: CallResult<unknown>) => void {
  return (result) => {
    if (!result.ok) console.warn(`Release Lens: ${what}:`, result.error);
  };
}

export function actionsFor(ctx: FeatureContext, a: Annotation, done: () => void): CardAction[] {
  const actions: CardAction[] = [
    {
      id: 'pin',
      label: 'Pin as fact',
      run: () => {
        void ctx.link.inbox.invoke('facts-pin', { annotationId: a.id }).then(report('not pinned'));
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
      void ctx.link.background.call('open-panel', { annotationId: a.id }).then(report('could not open the panel'));
      done();
    },
  });
  return actions;
}

async function knowAcronym(ctx: FeatureContext, abbr: string): Promise<void> {
  ctx.annotator.setKnownAcronyms([...ctx.annotator.findings.knownAcronyms, abbr]);
  await ctx.store.putRecord(KNOWN, { abbr, at: new Date().toISOString() });
}
