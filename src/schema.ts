import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { resolvers } from '../resolvers';

export const SCHEMA_DIR = join(__dirname, '..', 'schema');

/** The contract: every .graphql file under schema/, as one document. */
export function loadTypeDefs(dir = SCHEMA_DIR): DocumentNode {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.graphql')).sort();
  return parse(files.map((file) => readFileSync(join(dir, file), 'utf8')).join('\n'));
}

export function buildSchema(): GraphQLSchema {
  return buildSubgraphSchema({ typeDefs: loadTypeDefs(), resolvers: resolvers as GraphQLResolverMap<unknown> });
}
