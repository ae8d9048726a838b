import { searchWords } from './terms';

/** An index entry as search reads it. */
export interface Candidate {
  entity_type: string;
  entity_id: string;
  title: string;
  summary?: string | null;
  terms: string[];
  indexed_at: Date;
}

export interface Ranked<C extends Candidate> {
  entry: C;
  score: number;
  /** The entry's words that the query's words matched, in the entry's order. */
  matchedTerms: string[];
}

/**
 * What one query word earns on an entry: its best match among the entry's words. The title counts
 * over the summary (a title word's start beats a whole summary word), and a whole word over its
 * start. README "Search" states the same table.
 */
export const SCORE = { titleWord: 4, titlePrefix: 3, summaryWord: 2, summaryPrefix: 1 } as const;

function wordScore(query: string, word: string, inTitle: boolean): number {
  if (word === query) return inTitle ? SCORE.titleWord : SCORE.summaryWord;
  if (word.startsWith(query)) return inTitle ? SCORE.titlePrefix : SCORE.summaryPrefix;
  return 0;
}

/**
 * The entries that match every query word as the start of one of their words, best first: by
 * score (the sum over the query's words), then the shorter title (fewer words besides those asked
 * for), then alphabetically by title, then by entity, so equal answers come in a stable order.
 */
export function rank<C extends Candidate>(candidates: readonly C[], queryWords: readonly string[]): Ranked<C>[] {
  const ranked: (Ranked<C> & { titleWords: number })[] = [];
  for (const entry of candidates) {
    const title = new Set(searchWords(entry.title));
    let score = 0;
    const matched = new Set<string>();
    for (const query of queryWords) {
      let best = 0;
      for (const word of entry.terms) {
        const earned = wordScore(query, word, title.has(word));
        if (earned > 0) matched.add(word);
        best = Math.max(best, earned);
      }
      if (best === 0) {
        score = 0;
        break;
      }
      score += best;
    }
    if (score > 0) ranked.push({ entry, score, matchedTerms: entry.terms.filter((word) => matched.has(word)), titleWords: title.size });
  }
  ranked.sort((a, b) => b.score - a.score || a.titleWords - b.titleWords || compare(a.entry.title, b.entry.title)
    || compare(a.entry.entity_type, b.entry.entity_type) || compare(a.entry.entity_id, b.entry.entity_id));
  return ranked.map(({ entry, score, matchedTerms }) => ({ entry, score, matchedTerms }));
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
