import {
  getNamedType, isCompositeType, Kind, type DocumentNode, type FragmentDefinitionNode, type GraphQLCompositeType,
  type GraphQLField, type GraphQLNamedType, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode,
} from 'graphql';

export type CacheScope = 'PUBLIC' | 'PRIVATE';

/** How long an operation's answer may be reused, and by whom: PUBLIC within the tenant, PRIVATE per user. */
export interface CachePolicy {
  maxAge: number;
  scope: CacheScope;
}

const UNCACHEABLE: CachePolicy = { maxAge: 0, scope: 'PUBLIC' };

interface Hint {
  maxAge?: number;
  scope?: CacheScope;
}

/** The `@cacheControl(maxAge, scope)` a field or type declares in the SDL, if any. */
function hintOf(node: { astNode?: { directives?: readonly { name: { value: string }; arguments?: readonly any[] }[] } | null }): Hint | undefined {
  const directive = node.astNode?.directives?.find((d) => d.name.value === 'cacheControl');
  if (!directive) return undefined;
  const hint: Hint = {};
  for (const argument of directive.arguments ?? []) {
    if (argument.name.value === 'maxAge' && argument.value.kind === Kind.INT) hint.maxAge = Number(argument.value.value);
    if (argument.name.value === 'scope' && argument.value.kind === Kind.ENUM) hint.scope = argument.value.value as CacheScope;
  }
  return hint;
}

/**
 * An operation's cache policy, from the schema's `@cacheControl` hints, as Apollo's cache control
 * defines it: the smallest maxAge of its fields (a field returning an object takes its own hint,
 * else its type's, else 0; a scalar field takes its parent's) and PRIVATE if any field is.
 *
 * It is computed from the document alone, once per parsed document (Apollo reuses the document
 * of a query text it has seen), instead of with Apollo's plugin, which keeps books on every
 * resolved field of every request. Resolvers here never set hints at run time.
 */
export function createCachePolicies(schema: GraphQLSchema) {
  const fieldHints = new Map<GraphQLField<unknown, unknown>, Hint | undefined>();
  const typeHints = new Map<GraphQLNamedType, Hint | undefined>();
  const memo = new WeakMap<DocumentNode, Map<string, CachePolicy>>();
  const fieldHint = (field: GraphQLField<unknown, unknown>) => {
    if (!fieldHints.has(field)) fieldHints.set(field, hintOf(field));
    return fieldHints.get(field);
  };
  const typeHint = (type: GraphQLNamedType) => {
    if (!typeHints.has(type)) typeHints.set(type, hintOf(type));
    return typeHints.get(type);
  };

  function policyOf(operation: OperationDefinitionNode, fragments: Map<string, FragmentDefinitionNode>): CachePolicy {
    if (operation.operation !== 'query') return UNCACHEABLE;
    let maxAge = Infinity;
    let scope: CacheScope = 'PUBLIC';
    const visit = (parent: GraphQLCompositeType, selections: SelectionSetNode, seen: Set<string>) => {
      for (const selection of selections.selections) {
        if (selection.kind === Kind.FRAGMENT_SPREAD || selection.kind === Kind.INLINE_FRAGMENT) {
          const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
          if (!fragment || (selection.kind === Kind.FRAGMENT_SPREAD && seen.has(selection.name.value))) continue;
          const on = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parent;
          const next = selection.kind === Kind.FRAGMENT_SPREAD ? new Set(seen).add(selection.name.value) : seen;
          if (on && isCompositeType(on)) visit(on, fragment.selectionSet, next);
          continue;
        }
        if (selection.name.value.startsWith('__')) continue;
        // On an abstract parent, the field as the interface declares it (unions have only __typename).
        const field = 'getFields' in parent ? parent.getFields()[selection.name.value] : undefined;
        if (!field) continue;
        const returned = getNamedType(field.type);
        const composite = isCompositeType(returned);
        const hint = fieldHint(field) ?? (composite ? typeHint(returned) : undefined);
        if (hint?.scope === 'PRIVATE') scope = 'PRIVATE';
        if (hint?.maxAge !== undefined) maxAge = Math.min(maxAge, hint.maxAge);
        else if (composite || parent === schema.getQueryType()) maxAge = 0;
        if (composite && selection.selectionSet) visit(returned, selection.selectionSet, seen);
      }
    };
    visit(schema.getQueryType()!, operation.selectionSet, new Set());
    return maxAge > 0 && maxAge !== Infinity ? { maxAge, scope } : UNCACHEABLE;
  }

  return function cachePolicy(document: DocumentNode, operation: OperationDefinitionNode): CachePolicy {
    let byOperation = memo.get(document);
    if (!byOperation) memo.set(document, (byOperation = new Map()));
    const key = operation.name?.value ?? '';
    let policy = byOperation.get(key);
    if (!policy) {
      const fragments = new Map(document.definitions
        .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((d) => [d.name.value, d]));
      byOperation.set(key, (policy = policyOf(operation, fragments)));
    }
    return policy;
  };
}

export type CachePolicies = ReturnType<typeof createCachePolicies>;
