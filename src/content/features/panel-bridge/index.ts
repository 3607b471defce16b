/** Answers the side panel and tells it when the page's snapshot changes. */
import { reveal } from '../../reveal.js';
import type { Feature } from '../../feature.js';

export const panelBridge: Feature = {
  id: 'panel-bridge',
  runsOn: 'every-page',
  init(ctx, signal) {
    const { annotator, link } = ctx;
    const { inbox, panels } = link;
    inbox.handle('get-snapshot', () => annotator.findings.panelSnapshot(), signal);
    inbox.handle(
      'set-kind-visible',
      ({ kind, visible }) => {
        annotator.setKindVisible(kind, visible);
        return annotator.findings.panelSnapshot();
      },
      signal,
    );
    inbox.handle(
      'reveal',
      ({ id }) => {
        reveal(ctx, id, { select: true });
        return annotator.findings.panelSnapshot();
      },
      signal,
    );
    inbox.handle(
      'set-enabled',
      ({ enabled }) => {
        if (!enabled) ctx.turnOff();
        return annotator.findings.panelSnapshot();
      },
      signal,
    );
    const tell = (): void => panels.tell('snapshot-changed', { snapshot: annotator.findings.panelSnapshot() });
    annotator.findings.onChange(tell, signal);
    // Every page announces itself, so a panel following this tab learns it is not a release too.
    tell();
    // Moving through the page's annotations (keyboard steps, cards) moves the panel's selection.
    annotator.findings.onCurrent(() => {
      const id = annotator.findings.current?.id;
      if (id) panels.tell('highlight-focused', { id });
    }, signal);
  },
};
