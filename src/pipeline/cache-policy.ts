import {
  getNamedType, getOperationAST, isCompositeType, Kind, type DocumentNode, type FragmentDefinitionNode, type GraphQLCompositeType,
  type GraphQLField, type GraphQLNamedType, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode,
} from 'graphql';
import { perDocument } from './per-document';

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

type Declared = { directives?: readonly { name: { value: string }; arguments?: readonly any[] }[] };

/** The `@cacheControl(maxAge, scope)` a field or type declares in the SDL (a type's extensions included), if any. */
function hintOf(node: { astNode?: Declared | null; extensionASTNodes?: readonly Declared[] }): Hint | undefined {
  const directive = [node.astNode, ...(node.extensionASTNodes ?? [])]
    .flatMap((declared) => declared?.directives ?? []).find((d) => d.name.value === 'cacheControl');
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
 * (`inheritMaxAge` is not read: no hint here uses it.)
 *
 * It is computed from the document alone, once per parsed document (Apollo reuses the document
 * of a query text it has seen), instead of with Apollo's plugin, which keeps books on every
 * resolved field of every request. Resolvers here never set hints at run time.
 */
export function createCachePolicies(schema: GraphQLSchema) {
  const fieldHints = new Map<GraphQLField<unknown, unknown>, Hint | undefined>();
  const typeHints = new Map<GraphQLNamedType, Hint | undefined>();
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
    // (Validation has run: fragments exist and do not cycle.)
    const visit = (parent: GraphQLCompositeType, selections: SelectionSetNode) => {
      for (const selection of selections.selections) {
        if (selection.kind === Kind.FRAGMENT_SPREAD || selection.kind === Kind.INLINE_FRAGMENT) {
          const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
          if (!fragment) continue;
          const on = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parent;
          if (on && isCompositeType(on)) visit(on, fragment.selectionSet);
          continue;
        }
        if (selection.name.value.startsWith('__')) continue;
        // On an abstract parent, the field as the interface declares it (unions have only __typename).
        const field = 'getFields' in parent ? parent.getFields()[selection.name.value] : undefined;
        if (!field) continue;
        const returned = getNamedType(field.type);
        const composite = isCompositeType(returned);
        // The field's own hint wins, property by property, over its type's (as in Apollo's cache control).
        const hint = { ...(composite ? typeHint(returned) : undefined), ...fieldHint(field) };
        if (hint.scope === 'PRIVATE') scope = 'PRIVATE';
        if (hint.maxAge !== undefined) maxAge = Math.min(maxAge, hint.maxAge);
        else if (composite || parent === schema.getQueryType()) maxAge = 0;
        if (composite && selection.selectionSet) visit(returned, selection.selectionSet);
      }
    };
    visit(schema.getQueryType()!, operation.selectionSet);
    return maxAge > 0 && maxAge !== Infinity ? { maxAge, scope } : UNCACHEABLE;
  }

  const policies = perDocument((document, operationName) => {
    const operation = getOperationAST(document, operationName);
    if (!operation) return UNCACHEABLE;
    const fragments = new Map(document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]));
    return policyOf(operation, fragments);
  });
  return (document: DocumentNode, operation: OperationDefinitionNode): CachePolicy => policies(document, operation.name?.value ?? null);
}

export type CachePolicies = ReturnType<typeof createCachePolicies>;
