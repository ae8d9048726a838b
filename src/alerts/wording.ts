import type { OutboxRow } from '../audit/changelog';
import { entityRegistry, kindOfEntityType } from '../registry/entities';
import type { AlertConfigDoc } from './configs';

/** How a row is named to a person: its title, name or number, as the row has one. */
function labelOf(change: OutboxRow): string {
  const row = change.after ?? change.before ?? {};
  const kind = kindOfEntityType(change.entity_type);
  const type = kind ? entityRegistry[kind].graphqlType.replace(/([a-z])([A-Z])/g, (_, a: string, b: string) => `${a} ${b.toLowerCase()}`) : change.entity_type;
  const name = row.title ?? row.name ?? row.number;
  return typeof name === 'string' ? `${type} "${name}"` : `${type} ${change.entity_id}`;
}

const money = (value: unknown, currency: unknown) => `${String(value)}${typeof currency === 'string' ? ` ${currency}` : ''}`;

/** The body of the notification a config sends for a change; its title is the config's name. */
export function changeBody(config: AlertConfigDoc, change: OutboxRow): string {
  const label = labelOf(change);
  switch (config.metric) {
    case 'task.assigned_to_me':
      return `${label} is now assigned to you.`;
    case 'purchase_order.total_amount': {
      const total = money(change.after?.total_amount, change.after?.currency);
      if (config.condition === 'changed') {
        return change.operation === 'INSERT' ? `${label} was created with a total of ${total}.`
          : `The total of ${label} changed from ${money(change.before?.total_amount, change.before?.currency)} to ${total}.`;
      }
      return `The total of ${label}, ${total}, is ${config.condition === 'equals' ? 'equal to' : config.condition} ${config.threshold}.`;
    }
    case 'followed.status_changed':
      return `${label}, which you follow, changed status from ${String(change.before?.status)} to ${String(change.after?.status)}.`;
    default:
      return `${label} changed.`;
  }
}
