/**
 * The keyboard shortcuts for stepping through annotations. Alt+Shift+N / Alt+Shift+P are
 * free in Chrome and Firefox on every platform; matched on `code`, so keyboard layouts
 * and the characters Alt produces on macOS do not matter.
 */
export type Step = 'next' | 'previous';

export const STEP_HINT = 'Alt+Shift+N / Alt+Shift+P: next / previous annotation · Esc: close';

export function stepOf(e: KeyboardEvent): Step | null {
  if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return null;
  if (e.code === 'KeyN') return 'next';
  if (e.code === 'KeyP') return 'previous';
  return null;
}

/** Whether the key press belongs to something the reader is typing into. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  // Inside an editable region the element itself need not carry the attribute.
  return target.matches('input, textarea, select, [contenteditable]:not([contenteditable="false"])') || (target instanceof HTMLElement && target.isContentEditable);
}
