import DataLoader from 'dataloader';
import type { Viewer } from '../auth/viewer';
import type { UserPreferenceDoc } from '../documents/preferences';
import type { DocumentStore } from '../stores/documents';
import { assertReadable } from './access';

export type PreferenceChanges = Partial<Pick<UserPreferenceDoc, 'locale' | 'timezone' | 'theme' | 'default_project_id' | 'disabled_channels' | 'phone_number' | 'push_devices'>>;

/** Preferences of many users in one `find`; a save refreshes what this request has cached. */
export class PreferencesLoader {
  private readonly loader: DataLoader<string, UserPreferenceDoc | null>;

  constructor(
    private readonly store: DocumentStore,
    batch = true,
  ) {
    this.loader = new DataLoader(async (userIds) => {
      const docs = await store.find<UserPreferenceDoc>('user_preference', { user_id: { $in: [...userIds] } });
      const byUser = new Map(docs.map((doc) => [doc.user_id, doc]));
      return userIds.map((id) => byUser.get(id) ?? null);
    }, { batch, cache: batch });
  }

  /** FORBIDDEN for anyone's preferences but the viewer's own (auth/permissions.ts). */
  load(viewer: Viewer, userId: string): Promise<UserPreferenceDoc | null> {
    assertReadable('user_preference', viewer, userId);
    return this.loader.load(userId);
  }

  async save(userId: string, changes: PreferenceChanges): Promise<UserPreferenceDoc | null> {
    const saved = await this.store.upsertOne<UserPreferenceDoc>('user_preference', { user_id: userId }, {
      $set: { ...changes, updated_at: new Date() },
    });
    this.loader.clear(userId).prime(userId, saved);
    return saved;
  }
}
