import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isObjectType, isInterfaceType } from 'graphql';
import { catalogue } from '../../src/catalogue/collections';
import { graphqlFieldName } from '../../src/catalogue/graphql-names';
import { renderCatalogueSdl } from '../../src/catalogue/sdl';
import { string } from '../../src/catalogue/shape';
import type { CollectionSpec } from '../../src/catalogue/types';
import { buildSchema, SCHEMA_DIR } from '../../src/schema';

const specs = catalogue as readonly CollectionSpec[];
const onDisk = (file: string) => readFileSync(join(SCHEMA_DIR, 'catalogue', file), 'utf8');

/** Fields written by hand beside a collection's declared ones: what a declaration cannot say. */
const HAND_WRITTEN: Record<string, string[]> = {
  EntityChange: ['cursor'], Notification: ['cursor'], ChatMessage: ['conversation', 'replyCount', 'lastReplyAt', 'replies', 'cursor'],
};

describe('the catalogue SDL (schema/catalogue/)', () => {
  it('is exactly what the declarations render', () => {
    for (const [file, sdl] of renderCatalogueSdl()) expect({ file, sdl: onDisk(file) }).toEqual({ file, sdl });
  });

  it('stops matching when a declaration gains a field', () => {
    const changed = specs.map((spec) => (spec.name === 'error_log' ? { ...spec, fields: { ...spec.fields, owner_team: string() } } : spec));
    const rendered = renderCatalogueSdl(changed).get('observability.graphql')!;
    expect(rendered).toContain('ownerTeam: String!');
    expect(rendered).not.toEqual(onDisk('observability.graphql'));
  });

  it("gives every collection's type its declared fields and no others but the hand-written ones", () => {
    const schema = buildSchema();
    for (const spec of specs) {
      const type = schema.getType(spec.graphql.type);
      expect({ type: spec.graphql.type, object: isObjectType(type) }).toEqual({ type: spec.graphql.type, object: true });
      const declared = Object.entries(spec.fields).filter(([, f]) => !f.internal).map(([name, f]) => graphqlFieldName(name, f));
      const bridge = spec.polymorphic ? ['entityType', 'entityId', 'entity'] : [];
      const expected = ['id', ...bridge, ...declared, ...(HAND_WRITTEN[spec.graphql.type] ?? [])].sort();
      const actual = Object.keys((type as { getFields(): object }).getFields()).sort();
      expect({ type: spec.graphql.type, fields: actual }).toEqual({ type: spec.graphql.type, fields: expected });
      const implementsBridge = isObjectType(type) && type.getInterfaces().some((i) => i.name === 'EntityDocument');
      expect({ type: spec.graphql.type, implementsBridge }).toEqual({ type: spec.graphql.type, implementsBridge: spec.polymorphic });
    }
  });

  it('gives every Entity one connection per polymorphic collection', () => {
    const schema = buildSchema();
    const entity = schema.getType('Entity');
    expect(isInterfaceType(entity)).toBe(true);
    const connections = specs.filter((spec) => spec.graphql.entityField).map((spec) => spec.graphql.entityField!);
    expect(Object.keys((entity as { getFields(): object }).getFields())).toEqual(expect.arrayContaining(connections));
    expect(connections).toHaveLength(specs.filter((spec) => spec.polymorphic).length);
  });
});
