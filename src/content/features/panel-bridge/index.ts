/** Answers the side panel and tells it when the page's snapshot changes. */
import { broadcast, listen } from '../../../messages/channel.js';
import { PanelToContent, type ContentReply } from '../../../messages/protocol.js';
import { reveal } from '../../reveal.js';
import type { Feature } from '../../feature.js';

export const panelBridge: Feature = {
  id: 'panel-bridge',
  runsOn: 'every-page',
  init(ctx, signal) {
    const { annotator } = ctx;
    listen(
      PanelToContent,
      async (message): Promise<ContentReply> => {
        if (message.type === 'set-kind-visible') annotator.setKindVisible(message.kind, message.visible);
        if (message.type === 'reveal') reveal(ctx, message.id, { select: true });
        if (message.type === 'set-enabled' && !message.enabled) ctx.turnOff();
        return { ok: true, snapshot: annotator.panelSnapshot() };
      },
      signal,
    );
    const tell = (): void => void broadcast({ type: 'snapshot-changed', snapshot: annotator.panelSnapshot() });
    annotator.onChange(tell, signal);
    // Every page announces itself, so a panel following this tab learns it is not a release too.
    tell();
    // Moving through the page's annotations (keyboard steps, cards) moves the panel's selection.
    annotator.onCurrent(() => {
      const id = annotator.current?.id;
      if (id) void broadcast({ type: 'highlight-focused', id });
    }, signal);
  },
};
