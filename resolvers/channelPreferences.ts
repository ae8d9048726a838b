import type { PreferencesInput } from '../src/__generated__/resolvers';
import { badUserInput } from '../src/errors';
import type { PreferenceChanges } from '../src/loaders/preferences';

const E164 = /^\+[1-9]\d{7,14}$/;
const MAX_DEVICES = 10;
const MAX_TOKEN = 4096;

const lower = <S extends string>(value: S) => value.toLowerCase() as Lowercase<S>;

/**
 * The notification-channel part of updatePreferences: which channels are off, the phone SMS go to,
 * the devices pushes go to. Omitted fields keep their value; lists replace the stored ones.
 */
export function channelPreferenceChanges(input: PreferencesInput): PreferenceChanges {
  const changes: PreferenceChanges = {};
  if (input.disabledChannels != null) {
    if (input.disabledChannels.includes('IN_APP')) {
      throw badUserInput('IN_APP cannot be turned off: it is the notification itself.', 'disabledChannels');
    }
    changes.disabled_channels = [...new Set(input.disabledChannels.map(lower))];
  }
  if (input.phoneNumber !== undefined) {
    const phone = input.phoneNumber?.replace(/[\s()-]/g, '') || null;
    if (phone && !E164.test(phone)) throw badUserInput('phoneNumber must be in E.164 form, e.g. +14155550123.', 'phoneNumber');
    changes.phone_number = phone;
  }
  if (input.pushDevices != null) {
    if (input.pushDevices.length > MAX_DEVICES) throw badUserInput(`pushDevices may name at most ${MAX_DEVICES} devices.`, 'pushDevices');
    if (input.pushDevices.some((device) => device.token.trim().length === 0 || device.token.length > MAX_TOKEN)) {
      throw badUserInput(`A push token must be 1 to ${MAX_TOKEN} characters.`, 'pushDevices');
    }
    const byToken = new Map(input.pushDevices.map((device) => [device.token.trim(), lower(device.platform)]));
    changes.push_devices = [...byToken].map(([device_token, platform]) => ({ platform, device_token }));
  }
  return changes;
}
