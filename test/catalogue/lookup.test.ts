import { catalogueByName, collectionSpec } from '../../src/catalogue/lookup';

describe('collectionSpec', () => {
  it('finds a declared collection and refuses an unknown one', () => {
    expect(collectionSpec('comment_thread')).toBe(catalogueByName.get('comment_thread'));
    expect(() => collectionSpec('comment_threads')).toThrow(/not a collection/);
  });
});
