import { indexDrift } from '../../src/catalogue/drift';
import { indexesOf } from '../../src/catalogue/indexes';
import { collectionSpec } from '../../src/catalogue/lookup';

describe('indexDrift', () => {
  const declared = indexesOf(collectionSpec('report_cache'));

  it('finds nothing to do when the server has every index as declared, plus foreign ones', () => {
    const onServer = [
      { name: '_id_', key: { _id: 1 } },
      { name: 'someone_elses', key: { payload: 1 } },
      ...declared.map((i) => ({ ...i, key: { ...i.key } })),
    ];
    expect(indexDrift(declared, onServer)).toEqual({ missing: [], changed: [] });
  });

  it('reports missing indexes and indexes whose key or options changed', () => {
    const [first, second, third, ...rest] = declared;
    const onServer = [
      { ...first!, key: Object.fromEntries(Object.entries(first!.key).reverse()) },
      { ...second!, expireAfterSeconds: 60 },
      { ...third!, unique: !third!.unique },
    ];
    expect(indexDrift(declared, onServer)).toEqual({ missing: rest, changed: [first, second, third] });
  });
});
