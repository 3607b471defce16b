/**
 * Letter classes for the patterns that must know a letter of any script (`\p{Lu}\p{Ll}+`
 * in names). V8 needs milliseconds to compile a pattern with `\p{…}` classes: the name
 * patterns alone cost ~15 ms on a page's first call, three times the rest of the
 * analysis. A release's letters are nearly always Latin-1 (its other characters being
 * punctuation: curly quotes, dashes), and on such text the Latin-1 part of each class
 * matches exactly what the whole class does; so patterns are built per class set, and a
 * text with any other letter gets the full classes.
 */
export interface Letters {
  upper: string;
  lower: string;
  letter: string;
}

/** `\p{Lu}`, `\p{Ll}` and `\p{L}` within U+0000–U+00FF. */
export const LATIN1: Letters = {
  upper: '[A-Z\\xC0-\\xD6\\xD8-\\xDE]',
  lower: '[a-z\\xB5\\xDF-\\xF6\\xF8-\\xFF]',
  letter: '[A-Za-z\\xAA\\xB5\\xBA\\xC0-\\xD6\\xD8-\\xF6\\xF8-\\xFF]',
};
export const UNICODE: Letters = { upper: '\\p{Lu}', lower: '\\p{Ll}', letter: '\\p{L}' };

/**
 * Characters without letters that releases use beyond Latin-1: general punctuation (’ “ —
 * …), currency signs (€), ™, arrows and mathematical operators, and bullets and shapes.
 */
export const NOT_LETTERS = '\\u2000-\\u206F\\u20A0-\\u20CF\\u2122\\u2190-\\u22FF\\u2500-\\u25FF';
const MAYBE_OTHER_LETTER = new RegExp(`[^\\0-\\xFF${NOT_LETTERS}]`);

export function lettersOf(text: string): Letters {
  return MAYBE_OTHER_LETTER.test(text) ? UNICODE : LATIN1;
}

/** `build`'s patterns for the letters of each text, built once per class set. */
export function byLetters<T>(build: (letters: Letters) => T): (text: string) => T {
  const built = new Map<Letters, T>();
  return (text) => {
    const letters = lettersOf(text);
    let patterns = built.get(letters);
    if (!patterns) built.set(letters, (patterns = build(letters)));
    return patterns;
  };
}
