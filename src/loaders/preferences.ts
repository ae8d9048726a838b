import DataLoader from 'dataloader';
import type { UserPreferenceDoc } from '../documents/preferences';
import type { DocumentStore } from '../stores/documents';

/** Preferences of many users in one `find`. */
export function preferencesLoader(store: DocumentStore, batch = true) {
  return new DataLoader<string, UserPreferenceDoc | null>(async (userIds) => {
    const docs = await store.find<UserPreferenceDoc>('user_preference', { user_id: { $in: [...userIds] } });
    const byUser = new Map(docs.map((doc) => [doc.user_id, doc]));
    return userIds.map((id) => byUser.get(id) ?? null);
  }, { batch, cache: batch });
}
