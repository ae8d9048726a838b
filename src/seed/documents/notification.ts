import { DAY, SECOND, type Draft, type Drafts, type EntityTarget, type SeedContext } from './context';

type Notification = Draft<'notification_delivery'>;
type Channel = Notification['channels'][number];
type Priority = Notification['priority'];

interface Message {
  recipient: string;
  sender?: string;
  about?: EntityTarget;
  title: string;
  body: string;
  channels: Channel[];
  priority: Priority;
  createdAt: Date;
  expiresAt?: Date;
}

/** One recipient's copy; it moves forward only: sent, then delivered or failed, then read. */
function deliver(ctx: SeedContext, message: Message): Notification {
  const { random } = ctx;
  const status = random.pick(['sent', 'delivered', 'delivered', 'read', 'read', 'failed'] as const);
  const deliveredAt = status === 'delivered' || status === 'read' ? ctx.after(message.createdAt, 30 * SECOND) : undefined;
  return {
    _id: ctx.objectId(message.createdAt),
    ...(message.about && ctx.ref(message.about)),
    recipient_id: message.recipient,
    ...(message.sender && { sender_id: message.sender }),
    title: message.title, body: message.body, channels: message.channels, status, priority: message.priority,
    created_at: message.createdAt,
    ...(deliveredAt && { delivered_at: deliveredAt }),
    ...(deliveredAt && status === 'read' && { read_at: ctx.after(deliveredAt, 2 * DAY) }),
    ...(message.expiresAt && { expires_at: message.expiresAt }),
  };
}

/** Task assignments, approvals, blocked work and a maintenance announcement, as the tenant's users got them. */
function notifications(ctx: SeedContext): Notification[] {
  const { random, data } = ctx;
  const messages: Message[] = [];
  const projects = new Map(data.projects.map((p) => [p.id, p]));
  const name = (id: string) => ctx.person(id).name;
  for (const task of data.tasks) {
    if (task.assigneeId && random.chance(0.3)) {
      const sender = ctx.someone();
      messages.push({
        recipient: task.assigneeId, sender, about: { kind: 'TASK', id: task.id },
        title: `Task assigned: ${task.title}`, body: `${name(sender)} assigned you "${task.title}" in ${projects.get(task.projectId)?.name}.`,
        channels: random.pick([['in_app'], ['in_app', 'push'], ['in_app', 'email']] as const).slice(),
        priority: task.priority === 'URGENT' ? 'urgent' : task.priority === 'HIGH' ? 'high' : 'normal',
        createdAt: ctx.recent(task.createdAt, 60 * DAY),
      });
    }
    const project = projects.get(task.projectId);
    if (task.status === 'BLOCKED' && project && random.chance(0.5)) {
      messages.push({
        recipient: project.ownerId, about: { kind: 'TASK', id: task.id },
        title: `Blocked: ${task.title}`, body: `"${task.title}" on ${project.name} is blocked and needs a decision.`,
        channels: task.priority === 'URGENT' ? ['in_app', 'push', 'sms'] : ['in_app', 'push'], priority: 'high',
        createdAt: ctx.recent(task.updatedAt, 30 * DAY),
      });
    }
  }
  for (const po of data.purchaseOrders.filter((p) => p.status === 'APPROVED' && p.createdBy)) {
    messages.push({
      recipient: po.createdBy!, sender: ctx.admin().id, about: { kind: 'PURCHASE_ORDER', id: po.id },
      title: `${po.number} approved`, body: `Purchase order ${po.number} for ${po.totalAmount} ${po.currency} was approved.`,
      channels: ['in_app', 'email'], priority: Number(po.totalAmount) > 100_000 ? 'high' : 'normal',
      createdAt: ctx.recent(po.updatedAt, 45 * DAY),
    });
  }
  // An asset out of service pages an admin by SMS: the one message that cannot wait for the app.
  const down = data.assets.find((a) => a.status === 'MAINTENANCE') ?? data.assets[0];
  if (down) {
    messages.push({
      recipient: ctx.admin().id, about: { kind: 'ASSET', id: down.id }, title: `${down.tag} needs maintenance`,
      body: `${down.name} failed its daily check and is out of service.`, channels: ['in_app', 'sms'], priority: 'urgent',
      createdAt: ctx.recent(down.updatedAt, 7 * DAY),
    });
  }
  // Announcements are about no row; the earlier one has expired and is gone for its readers.
  const announcements = [
    { title: 'Maintenance on Saturday', body: 'The platform is read-only on Saturday from 06:00 to 08:00 UTC.', sentAgo: [1, 2], expiresIn: 5 * DAY },
    { title: 'New: procurement dashboard', body: 'Committed spend by vendor is now on the procurement dashboard.', sentAgo: [20, 25], expiresIn: -10 * DAY },
  ];
  for (const note of announcements) {
    const createdAt = ctx.ago(note.sentAgo[0]! * DAY, note.sentAgo[1]! * DAY);
    for (const user of data.users) {
      messages.push({
        recipient: user.id, title: note.title, body: note.body, channels: ['in_app'], priority: 'low',
        createdAt: new Date(createdAt.getTime() + random.int(0, 999)), expiresAt: new Date(ctx.anchor.getTime() + note.expiresIn),
      });
    }
  }
  return messages.map((message) => deliver(ctx, message));
}

const PLATFORMS = [['ios', 'apns'], ['android', 'fcm'], ['web', 'webpush']] as const;

/** The providers' side of push and SMS: one push per device of the recipient, one SMS per phone. */
function providerLogs(ctx: SeedContext, sent: Notification[]): Drafts<'push_notification_log' | 'sms_delivery_log'> {
  const { random } = ctx;
  const devices = new Map<string, { platform: (typeof PLATFORMS)[number]; token: string }[]>();
  const devicesOf = (userId: string) => {
    if (!devices.has(userId)) {
      devices.set(userId, ctx.sample(PLATFORMS, random.chance(0.3) ? 2 : 1).map((platform) => ({ platform, token: ctx.hex(64) })));
    }
    return devices.get(userId)!;
  };
  const phones = new Map<string, string>();
  // Numbers of the 555-01xx range, which are never assigned.
  const phoneOf = (userId: string) => phones.get(userId)
    ?? phones.set(userId, `+1${random.pick(['202', '312', '415', '617'])}55501${String(random.int(0, 99)).padStart(2, '0')}`).get(userId)!;
  const push: Draft<'push_notification_log'>[] = [];
  const sms: Draft<'sms_delivery_log'>[] = [];
  for (const note of sent) {
    const failed = note.status === 'failed';
    if (note.channels.includes('push')) {
      for (const { platform: [platform, provider], token } of devicesOf(note.recipient_id)) {
        push.push({
          notification_id: note._id!, user_id: note.recipient_id, platform, device_token: token, provider,
          ...(!failed && { provider_message_id: provider === 'fcm' ? `projects/demo/messages/0:${ctx.hex(16)}` : random.uuid() }),
          status: failed ? 'failed' : random.pick(['sent', 'delivered', 'delivered'] as const),
          ...(failed && { error: { apns: 'BadDeviceToken', fcm: 'UNREGISTERED', webpush: '410 Gone' }[provider] }),
          sent_at: ctx.after(note.created_at, 5 * SECOND),
        });
      }
    }
    if (note.channels.includes('sms')) {
      const phone = phoneOf(note.recipient_id);
      const text = `${note.title}: ${note.body}`;
      sms.push({
        notification_id: note._id!, user_id: note.recipient_id, phone_number: phone, phone_masked: `+1******${phone.slice(-4)}`,
        provider: 'twilio', provider_message_id: `SM${ctx.hex(32)}`,
        status: failed ? 'failed' : random.pick(['sent', 'delivered'] as const),
        ...(failed && { error_code: '30003' }),
        segments: text.length <= 160 ? 1 : Math.ceil(text.length / 153), sent_at: ctx.after(note.created_at, 5 * SECOND),
      });
    }
  }
  return { push_notification_log: push, sms_delivery_log: sms };
}

export function notificationDocuments(ctx: SeedContext): Drafts<'notification_delivery' | 'push_notification_log' | 'sms_delivery_log'> {
  const notification_delivery = notifications(ctx);
  return { notification_delivery, ...providerLogs(ctx, notification_delivery) };
}
