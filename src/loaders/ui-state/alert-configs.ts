import { ObjectId, type UpdateFilter } from 'mongodb';
import type { AlertCondition } from '../../alerts/metrics';
import { ALERT_LIMITS, checkedAlertName, checkedChannels, checkedRule, type AlertChannel } from '../../alerts/rules';
import type { Viewer } from '../../auth/viewer';
import type { DocumentOf } from '../../catalogue/documents';
import { badUserInput } from '../../errors';
import type { DocumentStore } from '../../stores/documents';

type AlertConfigDoc = DocumentOf<'user_alert_config'>;
const COLLECTION = 'user_alert_config';

export interface NewAlertConfig {
  name: string;
  metric: string;
  condition: AlertCondition;
  threshold?: number | null;
  channels: readonly AlertChannel[];
  enabled?: boolean | null;
}

/** Fields left out stay as they are; only `threshold` may be null, which clears it (for `changed`). */
export interface AlertConfigChanges {
  name?: string | null;
  metric?: string | null;
  condition?: AlertCondition | null;
  threshold?: number | null;
  channels?: readonly AlertChannel[] | null;
  enabled?: boolean | null;
}

/** A client's id as an ObjectId, or null: a malformed id names no config, like someone else's. */
const objectId = (id: string) => (ObjectId.isValid(id) && id.length === 24 ? new ObjectId(id) : null);

/**
 * The caller's alert rules (user_alert_config). Every read and write is of the caller's own: the
 * id of anyone else's config is answered exactly like an id that does not exist (null).
 */
export class AlertConfigWrites {
  constructor(private readonly store: DocumentStore) {}

  /** Checked whole, then a count (the cap per user) and one insert. */
  async create(viewer: Viewer, input: NewAlertConfig): Promise<AlertConfigDoc> {
    const rule = checkedRule(viewer, input);
    const fields = { name: checkedAlertName(input.name), channels: checkedChannels(input.channels), enabled: input.enabled ?? true };
    // Two concurrent creates may both pass at the cap and end one over it: no transactions, and
    // a bound this loose does not need them.
    if (await this.store.count<AlertConfigDoc>(COLLECTION, { user_id: viewer.userId }) >= ALERT_LIMITS.perUser) {
      throw badUserInput(`At most ${ALERT_LIMITS.perUser} alert configs per user; delete one first.`, 'input');
    }
    const { threshold, ...rest } = rule;
    const [created] = await this.store.insertMany<AlertConfigDoc>(COLLECTION, [{
      user_id: viewer.userId, ...fields, ...rest, ...(threshold !== null && { threshold }), updated_at: new Date(),
    }]);
    return created!;
  }

  /**
   * Changes of the name, channels or enabled flag are one findAndModify. A change of the rule
   * (metric, condition, threshold) is checked against the config as stored, so it is read first;
   * the write then sets the whole rule, so whichever of two concurrent changes lands last, the
   * stored rule is one that was checked.
   */
  async update(viewer: Viewer, id: string, changes: AlertConfigChanges): Promise<AlertConfigDoc | null> {
    const _id = objectId(id);
    for (const field of ['name', 'metric', 'condition', 'channels', 'enabled'] as const) {
      if (changes[field] === null) throw badUserInput(`${field} cannot be null.`, field);
    }
    const set: Partial<AlertConfigDoc> = {};
    if (changes.name != null) set.name = checkedAlertName(changes.name);
    if (changes.channels != null) set.channels = checkedChannels(changes.channels);
    if (changes.enabled != null) set.enabled = changes.enabled;
    if (!_id) return null;
    const own = { _id, user_id: viewer.userId };
    const touchesRule = changes.metric !== undefined || changes.condition !== undefined || changes.threshold !== undefined;
    if (!touchesRule) {
      if (Object.keys(set).length === 0) return this.store.findOne<AlertConfigDoc>(COLLECTION, own);
      return this.store.findOneAndUpdate<AlertConfigDoc>(COLLECTION, own, { $set: { ...set, updated_at: new Date() } });
    }
    const before = await this.store.findOne<AlertConfigDoc>(COLLECTION, own);
    if (!before) return null;
    const { threshold, ...rule } = checkedRule(viewer, {
      metric: changes.metric ?? before.metric,
      condition: changes.condition ?? before.condition,
      threshold: changes.threshold !== undefined ? changes.threshold : before.threshold,
    });
    const update: UpdateFilter<AlertConfigDoc> = {
      $set: { ...set, ...rule, ...(threshold !== null && { threshold }), updated_at: new Date() },
      ...(threshold === null && { $unset: { threshold: '' as const } }),
    };
    return this.store.findOneAndUpdate<AlertConfigDoc>(COLLECTION, own, update);
  }

  /** The id of the deleted config; null when the caller has none with that id. One command. */
  async delete(viewer: Viewer, id: string): Promise<string | null> {
    const _id = objectId(id);
    if (!_id) return null;
    const removed = await this.store.findOneAndDelete<AlertConfigDoc>(COLLECTION, { _id, user_id: viewer.userId });
    return removed ? removed._id.toHexString() : null;
  }
}
