/** Scrolls the page to an annotation and flashes it. */
export type Reveal = (id: string) => void;

/** What every list section needs besides its rows. */
export interface ListProps {
  filter: string;
  /** The annotation the reader is on, in the page or the panel. */
  selectedId: string | undefined;
  reveal: Reveal;
}
