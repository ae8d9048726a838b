import { isObjectType, parse } from 'graphql';
import { createRowSelections, propertiesRead } from '../../src/pipeline/row-selection';
import { entityKinds, entityRegistry } from '../../src/registry/entities';
import { buildSchema } from '../../src/schema';

const schema = buildSchema();
const selections = createRowSelections(schema);

it('knows what every field of every row type reads of its row', () => {
  for (const kind of entityKinds) {
    const type = schema.getType(entityRegistry[kind].graphqlType);
    if (!isObjectType(type)) throw new Error(`${kind} has no object type`);
    for (const field of Object.values(type.getFields())) {
      // A field that falls to "every property" must be described in pipeline/row-selection.ts.
      expect([`${type.name}.${field.name}`, Array.isArray(propertiesRead(kind, field))]).toEqual([`${type.name}.${field.name}`, true]);
    }
  }
});

it('collects the properties read through fragments, interfaces and relations, with the keyset where cursors are selected', () => {
  const selection = selections(parse(`
    query { projects { edges { cursor node { ...card } } } entity(type: TASK, id: "x") { version ... on Task { title assignee { name } } } }
    fragment card on Project { name owner { email } tasks { totalCount } }
  `));
  expect(selection.PROJECT).toEqual(['id', 'ownerId', 'name', 'version', 'createdAt']);
  // Through the Entity interface every row type reads its version.
  expect(selection.TASK).toEqual(['id', 'assigneeId', 'title', 'version']);
  expect(selection.USER).toEqual(['id', 'email', 'name', 'version']);
  expect(selection.VENDOR).toEqual(['id', 'version']);
});

it('reads whole rows for mutations and subscriptions', () => {
  expect(selections(parse('mutation { deleteTask(id: "x") }'))).toEqual({});
  expect(selections(parse('subscription { entityChanged(entityType: TASK) { entityId } }'))).toEqual({});
});

it('works the selection out once per document', () => {
  const document = parse('{ me { name } }');
  expect(selections(document)).toBe(selections(document));
});
