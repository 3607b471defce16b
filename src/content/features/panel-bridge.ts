/** Answers the side panel and tells it when the page's snapshot changes. */
import { broadcast, listen } from '../../messages/channel.js';
import { PanelToContent, type ContentReply } from '../../messages/protocol.js';
import type { Feature } from '../feature.js';

export const panelBridge: Feature = {
  id: 'panel-bridge',
  runsOn: 'every-page',
  init({ annotator }, signal) {
    listen(
      PanelToContent,
      async (message): Promise<ContentReply> => {
        if (message.type === 'set-kind-visible') annotator.setKindVisible(message.kind, message.visible);
        if (message.type === 'reveal') {
          const [mark] = annotator.highlighter.marksOf(message.id);
          mark?.scrollIntoView({ block: 'center', behavior: 'smooth' });
          mark?.focus({ preventScroll: true });
        }
        return { ok: true, snapshot: annotator.snapshot() };
      },
      signal,
    );
    annotator.onChange(() => void broadcast({ type: 'snapshot-changed', snapshot: annotator.snapshot() }), signal);
    if (annotator.snapshot().state === 'ready') void broadcast({ type: 'snapshot-changed', snapshot: annotator.snapshot() });
  },
};
