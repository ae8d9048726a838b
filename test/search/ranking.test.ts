import { searchIndexChanges } from '../../src/audit/search-index';
import type { OutboxRow } from '../../src/audit/changelog';
import { entityKinds, entityRegistry } from '../../src/registry/entities';
import { searchableKinds, searchEntryOfRow } from '../../src/search/entries';
import { rank, SCORE, type Candidate } from '../../src/search/rank';
import { distinctWords, normalizedQuery, searchWords } from '../../src/search/terms';
import { generateDemo } from '../../src/seed/demo';
import { seedSizes } from '../../src/seed/sizes';

/** The pieces of search that need no service: words, entries, ranking, the relay's changes. */
describe('search words', () => {
  it('folds case, accents and compatibility forms, and splits on anything but letters and digits', () => {
    expect(searchWords('Müller-Lüdenscheidt Straße 12b')).toEqual(['muller', 'ludenscheidt', 'straße', '12b']);
    expect(searchWords('ﬁnal  Café,déjà-vu')).toEqual(['final', 'cafe', 'deja', 'vu']);
    expect(searchWords('bob@acme.example')).toEqual(['bob', 'acme', 'example']);
    expect(searchWords(' — !! ')).toEqual([]);
    expect(distinctWords('road road Road')).toEqual(['road']);
    expect(normalizedQuery('  Harbour   CRANE ')).toBe('harbour crane');
  });
});

describe('search entries', () => {
  it('come from the registry: the title property, then the summary properties', () => {
    expect(searchableKinds).toEqual(entityKinds.filter((kind) => kind !== 'TENANT'));
    const project = { id: 'AB-1', version: 3, name: 'Harbour Crane', code: 'HC-7' };
    expect(searchEntryOfRow('PROJECT', project as never)).toEqual({
      entity_type: 'project', entity_id: 'ab-1', title: 'Harbour Crane', summary: 'HC-7', terms: ['harbour', 'crane', 'hc', '7'], version: 3,
    });
    expect(searchEntryOfRow('VENDOR', { id: 'v', version: 1, name: 'Steel Co', email: null } as never)).toEqual({
      entity_type: 'vendor', entity_id: 'v', title: 'Steel Co', terms: ['steel', 'co'], version: 1,
    });
    expect(searchEntryOfRow('TENANT', { id: 't', version: 1, name: 'Acme' } as never)).toBeNull();
  });

  it('are what the demo seed indexes: one per searchable row, and one whose row is gone', () => {
    const demo = generateDemo(seedSizes.small, new Date('2026-12-01T00:00:00Z'));
    demo.tenants.forEach((tenant, i) => {
      const expected = [
        ...tenant.users.map((row) => searchEntryOfRow('USER', row)), ...tenant.projects.map((row) => searchEntryOfRow('PROJECT', row)),
        ...tenant.tasks.map((row) => searchEntryOfRow('TASK', row)), ...tenant.assets.map((row) => searchEntryOfRow('ASSET', row)),
        ...tenant.vendors.map((row) => searchEntryOfRow('VENDOR', row)), ...tenant.purchaseOrders.map((row) => searchEntryOfRow('PURCHASE_ORDER', row)),
      ];
      const seeded = demo.documents[i]!.search_index_cache.map(({ indexed_at: _, _id: __, ...entry }) => entry);
      expect(seeded.slice(0, expected.length)).toEqual(expected);
      expect(seeded).toHaveLength(expected.length + 1);
    });
  });

  it('follow every writer through the outbox: the row after an insert or update, removal on delete', () => {
    const row = (operation: OutboxRow['operation'], after: Record<string, unknown> | null, entityType = 'vendor'): OutboxRow => ({
      id: '1', tenant_id: 't', entity_type: entityType, entity_id: 'v1', operation, before: null, after, changed_fields: [],
      version: 2, actor_id: null, request_id: null, ip_address: null, session_id: null, changed_at: new Date(),
    });
    const vendor = { id: 'v1', tenant_id: 't', name: 'Steel Co', email: 'sales@steel.example', rating: 4, version: 2 };
    expect(searchIndexChanges([
      row('UPDATE', vendor), row('DELETE', null), row('INSERT', { id: 't', name: 'Acme', version: 1 }, 'tenant'), row('UPDATE', vendor, 'unknown'),
    ])).toEqual([
      { tenantId: 't', put: { entity_type: 'vendor', entity_id: 'v1', title: 'Steel Co', summary: 'sales@steel.example', terms: ['steel', 'co', 'sales', 'example'], version: 2 } },
      { tenantId: 't', remove: { entity_type: 'vendor', entity_id: 'v1' } },
    ]);
    expect(entityRegistry.VENDOR.search).toEqual({ title: 'name', summary: ['email'] });
  });
});

describe('rank', () => {
  const entry = (title: string, summary?: string): Candidate => ({
    entity_type: 'task', entity_id: title, title, ...(summary && { summary }), terms: distinctWords(`${title} ${summary ?? ''}`), indexed_at: new Date(),
  });

  it('puts a whole title word before its start, and the title before the summary', () => {
    const entries = [entry('Lift', 'cranesco'), entry('Tower', 'crane'), entry('Cranes delivery'), entry('Crane inspection'), entry('Road works')];
    const ranked = rank(entries, ['crane']);
    expect(ranked.map((hit) => [hit.entry.title, hit.score])).toEqual([
      ['Crane inspection', SCORE.titleWord], ['Cranes delivery', SCORE.titlePrefix], ['Tower', SCORE.summaryWord], ['Lift', SCORE.summaryPrefix],
    ]);
    expect(ranked.map((hit) => hit.matchedTerms)).toEqual([['crane'], ['cranes'], ['crane'], ['cranesco']]);
  });

  it('needs every word, sums their scores, and breaks ties by the shorter title, then by title', () => {
    const entries = [entry('Harbour crane refit'), entry('Crane harbour'), entry('Harbour office'), entry('Bravo crane harbour'), entry('Alpha crane harbour')];
    expect(rank(entries, ['harb', 'crane']).map((hit) => [hit.entry.title, hit.score])).toEqual([
      ['Crane harbour', 7], ['Alpha crane harbour', 7], ['Bravo crane harbour', 7], ['Harbour crane refit', 7],
    ]);
    expect(rank(entries, ['harbour', 'off']).map((hit) => hit.entry.title)).toEqual(['Harbour office']);
  });
});
