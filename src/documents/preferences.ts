import type { TenantDocument } from '../stores/documents';

/** A `user_preference` document (seed 000, category 7: locale, timezone, default project). */
export interface UserPreferenceDoc extends TenantDocument {
  user_id: string;
  locale?: string;
  timezone?: string;
  theme?: 'SYSTEM' | 'LIGHT' | 'DARK';
  default_project_id?: string | null;
  /** Channels the user turned off (delivery/ sends nothing on them). */
  disabled_channels?: ('in_app' | 'email' | 'push' | 'sms')[];
  /** Where SMS go (E.164). */
  phone_number?: string | null;
  push_devices?: { platform: 'ios' | 'android' | 'web'; device_token: string }[];
  updated_at?: Date;
}

export interface UserPreferencesView {
  locale: string;
  timezone: string;
  theme: 'SYSTEM' | 'LIGHT' | 'DARK';
  defaultProjectId: string | null;
  disabledChannels: ('EMAIL' | 'PUSH' | 'SMS' | 'IN_APP')[];
  phoneNumber: string | null;
  pushPlatforms: ('IOS' | 'ANDROID' | 'WEB')[];
  updatedAt: Date | null;
}

const upper = <S extends string>(value: S) => value.toUpperCase() as Uppercase<S>;

/** What a user sees before saving anything. */
export function preferencesView(doc: UserPreferenceDoc | null | undefined): UserPreferencesView {
  return {
    locale: doc?.locale ?? 'en',
    timezone: doc?.timezone ?? 'UTC',
    theme: doc?.theme ?? 'SYSTEM',
    defaultProjectId: doc?.default_project_id ?? null,
    disabledChannels: (doc?.disabled_channels ?? []).map(upper),
    phoneNumber: doc?.phone_number ?? null,
    pushPlatforms: (doc?.push_devices ?? []).map((device) => upper(device.platform)),
    updatedAt: doc?.updated_at ?? null,
  };
}
