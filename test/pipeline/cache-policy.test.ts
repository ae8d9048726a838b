import { getOperationAST, parse } from 'graphql';
import { createCachePolicies } from '../../src/pipeline/cache-policy';
import { buildSchema } from '../../src/schema';

/** An operation's cache policy from the schema's @cacheControl hints, computed from the document alone. */
const cachePolicy = createCachePolicies(buildSchema());
const policyOf = (query: string) => {
  const document = parse(query);
  return cachePolicy(document, getOperationAST(document)!);
};

it('may reuse what only reads hinted types, for the smallest maxAge', () => {
  expect(policyOf('{ dashboard(id: "overview") { id tiles { id snapshot { data source } } } }')).toEqual({ maxAge: 60, scope: 'PUBLIC' });
  expect(policyOf('{ reportTypes { name } ...F } fragment F on Query { dashboards { ... on Dashboard { name } } }')).toEqual({ maxAge: 60, scope: 'PUBLIC' });
});

it('may not reuse an operation with one field that is not hinted, nor mutations', () => {
  expect(policyOf('{ dashboard(id: "overview") { id } projects { totalCount } }').maxAge).toBe(0);
  expect(policyOf('{ me { id } }').maxAge).toBe(0);
  expect(policyOf('mutation { refreshDashboard(id: "overview") { id } }').maxAge).toBe(0);
  expect(policyOf('{ __typename }').maxAge).toBe(0);
});

it('computes once per parsed document', () => {
  const document = parse('{ dashboards { id } }');
  const operation = getOperationAST(document)!;
  expect(cachePolicy(document, operation)).toBe(cachePolicy(document, operation));
});
