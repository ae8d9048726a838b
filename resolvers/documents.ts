import type { Resolvers } from '../src/__generated__/resolvers';
import { encodeCursor } from '../src/pagination';
import { documentKeyset } from '../src/stores/documents';

const changeKeyset = documentKeyset('entity_changelog');

/** What the catalogue's declarations cannot say about its documents. */
export const documentResolvers: Resolvers = {
  EntityChange: { cursor: (doc) => encodeCursor(changeKeyset(doc)) },
};
