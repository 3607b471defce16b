/** One polite live region for the panel: what changed, for screen reader users. */
import { useState } from 'preact/hooks';

export function useAnnouncer(): [string, (text: string) => void] {
  const [message, setMessage] = useState('');
  // A trailing zero-width space flips when the same text is announced twice in a row.
  const announce = (text: string): void => setMessage((old) => (old === text ? `${text}\u200b` : text));
  return [message, announce];
}
