/**
 * What a card offers to do with its annotation: pin the figure as a fact (with the
 * insights that use it) and the insight it gives in full, unpin either, copy it with its
 * citation, open the panel; "I know this one" for an acronym. Pins are kept by the facts
 * feature in this same page; each outcome is said in the card, a problem with what to do.
 */
import { citedCopy } from '../../../core/facts-copy.js';
import type { Annotation, Insight } from '../../../core/model.js';
import { insightName } from '../../../core/readable-formula.js';
import { readerRows } from '../../../core/reading/insight-order.js';
import { isAbbr, KNOWN } from '../../../storage/acronyms.js';
import { copyCited, copyProblem } from '../../../ui/clipboard.js';
import type { PinTarget } from '../../fact-pins.js';
import type { FeatureContext } from '../../feature.js';
import type { CardAction } from './tooltip.js';

/** What the actions can do to the card they are on. */
export interface Card {
  hide(): void;
  say(text: string, problem?: boolean): void;
  /** Shows the actions (and the pinned remark) as they are now. */
  refresh(): void;
}

/** The insight the card gives in full: the one most worth reading. */
export function leadInsight(ctx: FeatureContext, a: Annotation): Insight | undefined {
  return readerRows(ctx.annotator.findings.insightsUsing(a.id))[0]?.insight;
}

const inputsOf = (ctx: FeatureContext, i: Insight): Annotation[] => i.inputs.flatMap((id) => ctx.annotator.findings.annotation(id) ?? []);

/** What the card says of the pins: nothing when neither is pinned. */
export function pinnedRemark(ctx: FeatureContext, a: Annotation): string | undefined {
  const lead = leadInsight(ctx, a);
  const figure = ctx.pins.pinned({ annotationId: a.id });
  const insight = lead && ctx.pins.pinned({ insightId: lead.id });
  if (figure && insight) return `Pinned as facts: ${a.text} and ${insightName(lead, inputsOf(ctx, lead))}.`;
  if (figure) return 'Pinned as a fact.';
  if (insight) return `${insightName(lead, inputsOf(ctx, lead))} is pinned as a fact.`;
  return undefined;
}

/** `what` names the finding in the confirmation; `short`, when given, is the button's label instead ("Pin as fact"). */
function pinAction(ctx: FeatureContext, card: Card, target: PinTarget, what: string, id: string, short?: string): CardAction {
  const pinned = ctx.pins.pinned(target);
  if (pinned) {
    return {
      id: `un${id}`,
      label: short ? 'Unpin' : `Unpin ${what}`,
      name: `Unpin ${what} (pinned as a fact)`,
      run: () =>
        void ctx.pins.unpin(pinned).then((problem) => {
          card.refresh();
          card.say(problem ?? `Unpinned ${what}.`, problem !== null);
        }),
    };
  }
  return {
    id,
    label: short ?? `Pin ${what}`,
    name: `Pin ${what} as a fact`,
    run: () =>
      void ctx.pins.pin(target).then((result) => {
        card.refresh();
        card.say(result.ok ? `Pinned ${what} as a fact. It is in the panel’s Facts, ready to export.` : result.error, !result.ok);
      }),
  };
}

export function actionsFor(ctx: FeatureContext, a: Annotation, card: Card): CardAction[] {
  const lead = leadInsight(ctx, a);
  // Beside an insight's pin, the figure's names the figure; alone, it is the card's pin.
  const actions: CardAction[] = [pinAction(ctx, card, { annotationId: a.id }, a.text, 'pin', lead ? undefined : 'Pin as fact')];
  if (lead) actions.push(pinAction(ctx, card, { insightId: lead.id }, insightName(lead, inputsOf(ctx, lead)), 'pin-insight'));
  actions.push({
    id: 'copy',
    label: 'Copy with citation',
    run: () => {
      const target = { annotationId: a.id };
      const fact = ctx.pins.pinned(target) ?? ctx.pins.draft(target);
      if (!fact) return card.say('That figure is no longer in the page’s text: reload the page and try again.', true);
      copyCited(citedCopy(fact)).then(
        () => card.say(`Copied ${a.text} with its citation.`),
        (e: unknown) => card.say(copyProblem(e), true),
      );
    },
  });
  if (a.kind === 'acronym' && isAbbr(a.text)) {
    actions.push({
      id: 'known',
      label: 'I know this one',
      run: () => {
        card.hide();
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
      // Hidden once the panel opens; a panel that cannot open says why, in the card.
      void ctx.link.background.call('open-panel', { annotationId: a.id }).then((result) => {
        if (result.ok) card.hide();
        else card.say(`The panel did not open (${result.error}). Open it from Release Lens’s toolbar button.`, true);
      });
    },
  });
  return actions;
}

async function knowAcronym(ctx: FeatureContext, abbr: string): Promise<void> {
  ctx.annotator.setKnownAcronyms([...ctx.annotator.findings.knownAcronyms, abbr]);
  await ctx.store.putRecord(KNOWN, { abbr, at: new Date().toISOString() });
}
