import type { TenantDocument } from '../stores/documents';

/** A `user_preference` document (seed 000, category 7: locale, timezone, default project). */
export interface UserPreferenceDoc extends TenantDocument {
  user_id: string;
  locale?: string;
  timezone?: string;
  theme?: 'SYSTEM' | 'LIGHT' | 'DARK';
  default_project_id?: string | null;
  updated_at?: Date;
}

export interface UserPreferencesView {
  locale: string;
  timezone: string;
  theme: 'SYSTEM' | 'LIGHT' | 'DARK';
  defaultProjectId: string | null;
  updatedAt: Date | null;
}

/** What a user sees before saving anything. */
export function preferencesView(doc: UserPreferenceDoc | null | undefined): UserPreferencesView {
  return {
    locale: doc?.locale ?? 'en',
    timezone: doc?.timezone ?? 'UTC',
    theme: doc?.theme ?? 'SYSTEM',
    defaultProjectId: doc?.default_project_id ?? null,
    updatedAt: doc?.updated_at ?? null,
  };
}
