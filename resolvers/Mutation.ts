import type { MutationResolvers } from '../src/__generated__/resolvers';
import { authorized } from '../src/context';
import { preferencesView } from '../src/documents/preferences';
import { badUserInput } from '../src/errors';
import type { PreferenceChanges } from '../src/loaders/preferences';
import { channelPreferenceChanges } from './channelPreferences';

function canonicalLocale(locale: string): string {
  try {
    const [canonical] = Intl.getCanonicalLocales(locale);
    if (canonical) return canonical;
  } catch {
    // reported below
  }
  throw badUserInput(`"${locale}" is not a BCP 47 language tag.`, 'locale');
}

function knownTimezone(timezone: string): string {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: timezone }).resolvedOptions().timeZone;
  } catch {
    throw badUserInput(`"${timezone}" is not an IANA time zone.`, 'timezone');
  }
}

export const Mutation: MutationResolvers = {
  recordActivity: (_root, { events }, context) => {
    const { viewer, loaders } = authorized(context);
    return loaders.activity.record(viewer, events);
  },

  updatePreferences: async (_root, { input }, context) => {
    const { viewer, loaders } = authorized(context);
    const changes: PreferenceChanges = channelPreferenceChanges(input);
    if (input.locale != null) changes.locale = canonicalLocale(input.locale);
    if (input.timezone != null) changes.timezone = knownTimezone(input.timezone);
    if (input.theme != null) changes.theme = input.theme;
    if (input.defaultProjectId !== undefined) {
      const project = input.defaultProjectId && (await loaders.rows.load('PROJECT', input.defaultProjectId));
      if (input.defaultProjectId && !project) throw badUserInput('No such project.', 'defaultProjectId');
      changes.default_project_id = input.defaultProjectId;
    }
    return preferencesView(await loaders.preferences.save(viewer.userId, changes));
  },
};
