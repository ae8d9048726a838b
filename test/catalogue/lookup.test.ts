import { catalogueByName, collectionSpec } from '../../src/catalogue/lookup';

describe('collectionSpec', () => {
  it('finds a declared collection and refuses an unknown one', () => {
    expect(collectionSpec('comment_thread')).toBe(catalogueByName.get('comment_thread'));
    // A misspelt literal does not compile; a name that arrives as data is checked at run time.
    expect(() => collectionSpec('comment_threads' as never)).toThrow(/not a collection/);
  });
});
