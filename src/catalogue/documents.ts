import type { ObjectId } from 'mongodb';
import type { CollectionName, SpecOf } from './collections';
import type { StoredFields } from './shape';

/** `entity_type` + `entity_id`, required or not as the collection declares. */
type BridgeOf<S> = S extends { polymorphic: true }
  ? S extends { optionalBridge: true }
    ? { entity_type?: string | null; entity_id?: string | null }
    : { entity_type: string; entity_id: string }
  : unknown;

/**
 * A stored document of a collection, as its declaration says: the compiler derives it, so the
 * declaration is the only place a field is named. These are the codegen mappers of the
 * collections' GraphQL types.
 */
export type DocumentOf<N extends CollectionName> = { _id: ObjectId; tenant_id: string } & BridgeOf<SpecOf<N>> &
  StoredFields<SpecOf<N>['fields']>;
