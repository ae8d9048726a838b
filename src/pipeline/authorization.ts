import { getOperationAST, Kind, type DocumentNode, type SelectionSetNode } from 'graphql';
import { forbiddenRootField } from '../auth/permissions';
import type { Viewer } from '../auth/viewer';
import { forbidden } from '../errors';
import { perDocument } from './per-document';

const ROOT_TYPES = { query: 'Query', mutation: 'Mutation', subscription: 'Subscription' } as const;

/** `Mutation.refreshDashboard`, … : the root fields an operation runs, through fragments too. */
export const rootFieldCoordinates = perDocument(coordinatesOf);

function coordinatesOf(document: DocumentNode, operationName: string | null): string[] {
  const operation = getOperationAST(document, operationName);
  if (!operation) return [];
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])));
  const type = ROOT_TYPES[operation.operation];
  const names = new Set<string>();
  const visit = (set: SelectionSetNode, seen: Set<string>) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet, seen);
      else if (!seen.has(selection.name.value)) {
        const fragment = fragments.get(selection.name.value);
        if (fragment) visit(fragment.selectionSet, new Set([...seen, selection.name.value]));
      }
    }
  };
  visit(operation.selectionSet, new Set());
  return [...names].map((name) => `${type}.${name}`);
}

/**
 * The operation table of auth/permissions.ts, before anything runs: FORBIDDEN when the operation
 * has a root field the viewer's roles may not run. HTTP and the streaming transports both call it.
 */
export function authorizeOperation(viewer: Viewer, document: DocumentNode, operationName?: string | null): void {
  const refused = forbiddenRootField(viewer, rootFieldCoordinates(document, operationName ?? null));
  if (refused) throw forbidden(`Your role may not run ${refused}.`);
}
