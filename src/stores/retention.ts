import type { Document } from 'mongodb';
import type { CollectionSpec } from '../catalogue/types';

/**
 * The condition that hides documents past their retention. MongoDB's TTL monitor deletes them
 * within a minute (the local test server never does), so every read says it too: an expired
 * document is never returned, whoever has or has not deleted it yet. A date that may be missing
 * (a model not yet retired) means the document does not expire, as with a TTL index.
 */
export function retained(spec: CollectionSpec, now = Date.now()): Document | undefined {
  const { retention } = spec;
  if (retention.kind === 'permanent') return undefined;
  const cutoff = new Date(retention.kind === 'ttl' ? now - retention.seconds * 1000 : now);
  const after = { [retention.field]: { $gt: cutoff } };
  return spec.fields[retention.field]?.optional ? { $or: [{ [retention.field]: null }, after] } : after;
}
