/**
 * Single-key shortcuts, unless turned off: `/` to the filter, `j`/`k` (or ↓/↑ on an item)
 * to the next/previous item. Never while typing in a field.
 */
import { useEffect } from 'preact/hooks';

export const SHORTCUTS: ReadonlyArray<[key: string, does: string]> = [
  ['/', 'go to the filter'],
  ['j or ↓', 'next item'],
  ['k or ↑', 'previous item'],
  ['Escape', 'clear the filter'],
];

function items(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('button.item')];
}

/** Moves focus to the item `step` away from the focused one. */
export function moveFocus(step: 1 | -1): void {
  const list = items();
  const at = list.indexOf(document.activeElement as HTMLElement);
  const next = list[at === -1 ? (step === 1 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, at + step))];
  next?.focus();
}

const NOT_TEXT = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'color', 'file']);

function typing(target: EventTarget | null): boolean {
  if (target instanceof HTMLInputElement) return !NOT_TEXT.has(target.type);
  return target instanceof HTMLElement && (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT');
}

export function useShortcuts(enabled: boolean, focusFilter: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const onItem = e.target instanceof HTMLElement && e.target.matches('button.item');
      // Arrow keys inside the list are plain navigation, available even with shortcuts off.
      if (onItem && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
        e.preventDefault();
        return moveFocus(e.key === 'ArrowDown' ? 1 : -1);
      }
      if (!enabled || typing(e.target)) return;
      if (e.key === '/') {
        e.preventDefault();
        focusFilter();
      } else if (e.key === 'j' || e.key === 'k') {
        e.preventDefault();
        moveFocus(e.key === 'j' ? 1 : -1);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled]);
}
