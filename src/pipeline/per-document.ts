import type { DocumentNode } from 'graphql';

/**
 * `compute` memoized per parsed document and operation name. Apollo Server hands every request
 * with a query text it has seen the same document object, so what depends on the document alone
 * (root fields, limit verdicts, cache policies) is worked out once per distinct operation, not
 * once per request; documents that go out of use take their entries with them.
 */
export function perDocument<T>(compute: (document: DocumentNode, operationName: string | null) => T) {
  const memo = new WeakMap<DocumentNode, Map<string | null, T>>();
  return (document: DocumentNode, operationName: string | null = null): T => {
    let byOperation = memo.get(document);
    if (!byOperation) memo.set(document, (byOperation = new Map()));
    if (!byOperation.has(operationName)) byOperation.set(operationName, compute(document, operationName));
    return byOperation.get(operationName)!;
  };
}
