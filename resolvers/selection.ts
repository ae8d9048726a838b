import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { PageRequest } from '../src/stores/keyset';

/** The fields named `name` selected directly on the results of `nodes` (through fragments too). */
function fieldsNamed(info: GraphQLResolveInfo, nodes: readonly FieldNode[], name: string): FieldNode[] {
  const found: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === name) found.push(selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else visit(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  for (const node of nodes) visit(node.selectionSet);
  return found;
}

/** Whether the client selected any of `names` directly on this field's result (through fragments too). */
export function selectsAny(info: GraphQLResolveInfo, names: readonly string[]): boolean {
  return names.some((name) => fieldsNamed(info, info.fieldNodes, name).length > 0);
}

type Wants = NonNullable<PageRequest['wants']>;
const wantsByField = new WeakMap<readonly FieldNode[], Wants>();

/**
 * What a connection field's selection asks of its page besides the items, so the page's
 * statement leaves out what nobody reads (the look-ahead row for `hasNextPage`, the count).
 * graphql-js reuses one field-node list for a field across the items of a list, so this is
 * worked out once per field of a response, not once per parent.
 */
export function connectionWants(info: GraphQLResolveInfo): Wants {
  let wants = wantsByField.get(info.fieldNodes);
  if (!wants) {
    wants = {
      totalCount: selectsAny(info, ['totalCount']),
      hasNextPage: fieldsNamed(info, fieldsNamed(info, info.fieldNodes, 'pageInfo'), 'hasNextPage').length > 0,
    };
    wantsByField.set(info.fieldNodes, wants);
  }
  return wants;
}
