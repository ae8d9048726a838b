/**
 * The one normalisation of search text, for what is indexed and what is asked alike: Unicode
 * compatibility forms folded (ﬁ → fi), accents dropped (Café → cafe), lower-cased, split on
 * anything that is not a letter or a digit. So `Müller-Lüdenscheidt` is found by `muller lud`.
 */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Each word once, in the order it first appears. */
export const distinctWords = (text: string): string[] => [...new Set(searchWords(text))];

/**
 * What search_query_log keeps as `normalized_query` (its declaration): lower-cased, trimmed,
 * whitespace collapsed, so that identical searches share it.
 */
export const normalizedQuery = (query: string): string => query.toLowerCase().trim().replace(/\s+/g, ' ');
