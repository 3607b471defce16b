/** What every panel section gets to act on the page. */
export type Reveal = (id: string) => void;
