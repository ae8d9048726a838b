import { directMessages, seedConversationId } from '../chat';
import { DAY, HOUR, MINUTE, fileRef, firstName, type Draft, type Drafts, type EntityTarget, type SeedContext } from './context';

type Chat = Draft<'chat_message'>;
type Comment = Draft<'comment_thread'>;
type Email = Draft<'email_communication'>;
type Said = { body: string; mentions: string[] };

/** A line that names a colleague: `@Bob` in the text, Bob's id in `mentions`. */
function mentioning(ctx: SeedContext, text: (name: string) => string): Said {
  const user = ctx.person(ctx.someone());
  return { body: text(`@${firstName(user)}`), mentions: [user.id] };
}

const plain = (body: string): Said => ({ body, mentions: [] });

/** What gets said in each channel, drawn from the tenant's own rows. */
const CHANNELS: Record<string, (ctx: SeedContext) => Said> = {
  general: (ctx) => ctx.random.pick([
    () => plain('Morning all, safety briefing at 7:30 in the site office.'),
    () => plain('Reminder: timesheets are due Friday.'),
    () => mentioning(ctx, (n) => `Welcome ${n} to the team!`),
    () => plain('Who has the keys to the storage container?'),
  ])(),
  'site-ops': (ctx) => {
    const { random, data } = ctx;
    const project = random.pick(data.projects);
    const task = random.pick(data.tasks);
    return random.pick([
      () => plain(`Concrete pour for ${project.name} moved to Thursday because of rain.`),
      () => plain(`${random.pick(data.assets).name} is back from maintenance.`),
      () => mentioning(ctx, (n) => `${n} can you check "${task.title}" on ${project.code}?`),
    ])();
  },
  procurement: (ctx) => {
    const { random, data } = ctx;
    const po = random.pick(data.purchaseOrders);
    const vendor = random.pick(data.vendors);
    return random.pick([
      () => plain(`${po.number} is waiting for approval (${po.totalAmount} ${po.currency}).`),
      () => mentioning(ctx, (n) => `${n} ${vendor.name} sent a revised quote, see attached.`),
      () => plain(`Has anyone received the delivery for ${po.number}?`),
    ])();
  },
};
const REPLIES = ['On it.', 'Thanks!', 'Done, I updated the task.', 'Approved.', 'Photo attached.', 'Can we talk at the stand-up?'];

function chat(ctx: SeedContext): Chat[] {
  const { random } = ctx;
  const messages: Chat[] = [];
  const reactions = () => (random.chance(0.3) ? [{ emoji: random.pick(['👍', '✅', '🎉']), user_ids: ctx.sample(ctx.data.users, random.int(1, 3)).map((u) => u.id) }] : []);
  // Said in the tenant's channels (seed/chat.ts): channel_id is the conversation's id.
  const channelOf = (name: string) => seedConversationId(ctx.tenantId, `#${name}`);
  for (const [name, say] of Object.entries(CHANNELS)) {
    const channel_id = channelOf(name);
    for (let i = 0; i < 7; i++) {
      const sentAt = ctx.ago(HOUR, 21 * DAY);
      const said = say(ctx);
      const root: Chat = {
        _id: ctx.objectId(sentAt), channel_id, sender_id: ctx.someone(), ...said,
        attachments: said.body.includes('attached') ? [fileRef(ctx, `chat/${name}`, 'sheet')] : [],
        reactions: reactions(), ...(random.chance(0.1) && { edited_at: ctx.after(sentAt, 10 * MINUTE) }), sent_at: sentAt,
      };
      messages.push(root);
      // Replies go to the thread's first message, never to a reply.
      let last = sentAt;
      for (let r = random.int(0, 3); r > 0; r--) {
        last = ctx.after(last, 3 * HOUR);
        const body = random.pick(REPLIES);
        messages.push({
          channel_id, sender_id: ctx.someone(), body, thread_id: root._id!, mentions: [],
          attachments: body === 'Photo attached.' ? [fileRef(ctx, `chat/${name}`, 'photo')] : [], reactions: reactions(), sent_at: last,
        });
      }
    }
  }
  // Posted by the QuickBooks integration, so by no user; and one message its sender deleted.
  messages.push({ channel_id: channelOf('procurement'), body: 'QuickBooks sync finished: purchase orders exported.', mentions: [], attachments: [], reactions: [], sent_at: ctx.ago(2 * HOUR, 3 * HOUR) });
  const sentAt = ctx.ago(DAY, 2 * DAY);
  messages.push({ channel_id: channelOf('general'), sender_id: ctx.someone(), body: 'Wrong channel, sorry.', mentions: [], attachments: [], reactions: [], deleted_at: ctx.after(sentAt, MINUTE), sent_at: sentAt });
  return [...messages, ...directMessages(ctx.data, ctx.anchor)];
}

const COMMENTS = ['Looks good to me.', 'Can we move this up a week?', 'Waiting on the vendor quote.', 'Site visit confirmed for Tuesday.',
  'Budget impact is within tolerance.', 'Blocked by permits, escalating.', 'Photos attached from this morning.', 'Please double-check the measurements.'];

function comments(ctx: SeedContext): Comment[] {
  const { random } = ctx;
  const out: Comment[] = [];
  const discussed = ctx.targets.filter((t) => t.kind === 'PROJECT' || random.chance(t.kind === 'TASK' ? 0.2 : 0.1));
  const thread = (target: EntityTarget, createdAt: Date) => {
    const said = random.chance(0.3) ? mentioning(ctx, (n) => `${n} ${random.pick(COMMENTS).toLowerCase()}`) : plain(random.pick(COMMENTS));
    const root: Comment = { _id: ctx.objectId(createdAt), ...ctx.ref(target), author_id: ctx.someone(), ...said, reactions: [], created_at: createdAt };
    out.push(root);
    let last = createdAt;
    for (let r = random.int(0, 2); r > 0; r--) {
      last = ctx.after(last, 2 * DAY);
      const reply = random.chance(0.5) ? mentioning(ctx, (n) => `Thanks ${n}, noted.`) : plain(random.pick(['Agreed.', 'Done.', 'Will do tomorrow.']));
      out.push({
        ...ctx.ref(target), author_id: ctx.someone(), ...reply, parent_id: root._id!,
        reactions: random.chance(0.3) ? [{ emoji: '👍', user_ids: [ctx.someone()] }] : [],
        ...(random.chance(0.1) && { edited_at: ctx.after(last, HOUR) }), created_at: last,
      });
    }
  };
  for (const target of discussed) for (let n = random.int(1, 2); n > 0; n--) thread(target, ctx.after(target.createdAt));
  // About rows that are gone or are another tenant's: they resolve to null.
  for (const target of ctx.dangling) thread(target, ctx.ago(HOUR, 5 * DAY));
  return out;
}

function email(ctx: SeedContext, fields: Omit<Email, 'message_id' | 'participants' | 'cc_addresses' | 'attachments'> & Partial<Email>): Email {
  const participants = [...new Set([fields.from_address, ...fields.to_addresses, ...(fields.cc_addresses ?? [])].map((a) => a.toLowerCase()))];
  return { message_id: `<${ctx.random.uuid()}@${ctx.domain}>`, cc_addresses: [], attachments: [], ...fields, participants };
}

/** Purchase orders sent to vendors and their replies, and the mail that delivered notifications. */
function emails(ctx: SeedContext, notifications: readonly Draft<'notification_delivery'>[]): Email[] {
  const { random, data } = ctx;
  const vendors = new Map(data.vendors.map((v) => [v.id, v]));
  const procurement = `procurement@${ctx.domain}`;
  const out: Email[] = [];
  for (const po of data.purchaseOrders.filter((p) => p.status !== 'CANCELLED' && random.chance(0.6))) {
    const vendor = vendors.get(po.vendorId);
    if (!vendor?.email) continue;
    const about = ctx.ref({ kind: 'PURCHASE_ORDER', id: po.id });
    const sentAt = ctx.after(po.createdAt, 3 * DAY);
    const draft = po.status === 'DRAFT';
    out.push(email(ctx, {
      ...about, direction: 'outbound', status: draft ? 'draft' : random.pick(['sent', 'delivered', 'delivered', 'bounced'] as const),
      from_address: procurement, to_addresses: [vendor.email], cc_addresses: po.createdBy ? [ctx.person(po.createdBy).email] : [],
      subject: `Purchase order ${po.number}`, body_text: `Hello ${vendor.name},\n\nplease find attached purchase order ${po.number} for ${po.totalAmount} ${po.currency}.\n\nThank you,\n${data.tenant.name}`,
      attachments: [{ ...fileRef(ctx, `purchase_order/${po.id}`, 'invoice'), file_name: `${po.number}.pdf` }], sent_at: sentAt,
    }));
    if (!draft && random.chance(0.4)) {
      out.push(email(ctx, {
        ...about, direction: 'inbound', status: 'received', from_address: vendor.email, to_addresses: [procurement],
        subject: `Re: Purchase order ${po.number}`, body_text: `Confirmed, delivery scheduled for next week.\n\n${vendor.name}`, sent_at: ctx.after(sentAt, 2 * DAY),
      }));
    }
  }
  for (const note of notifications.filter((n) => n.channels.includes('email'))) {
    out.push(email(ctx, {
      ...(note.entity_type && note.entity_id && { entity_type: note.entity_type, entity_id: note.entity_id }),
      direction: 'outbound', status: note.status === 'failed' ? 'bounced' : random.pick(['sent', 'delivered'] as const),
      from_address: `no-reply@notify.${ctx.domain}`, to_addresses: [ctx.person(note.recipient_id).email],
      subject: note.title, body_text: note.body, notification_id: note._id!, sent_at: ctx.after(note.created_at, MINUTE),
    }));
  }
  // Mail about no row of the tenant.
  out.push(email(ctx, {
    direction: 'inbound', status: 'received', from_address: 'events@safety-council.example', to_addresses: [`office@${ctx.domain}`],
    subject: 'Site safety week: registration is open', body_text: 'Register your crews for the regional site safety week.', sent_at: ctx.ago(3 * DAY, 9 * DAY),
  }));
  return out;
}

export function messagingDocuments(
  ctx: SeedContext, notifications: readonly Draft<'notification_delivery'>[],
): Drafts<'chat_message' | 'comment_thread' | 'email_communication'> {
  return { chat_message: chat(ctx), comment_thread: comments(ctx), email_communication: emails(ctx, notifications) };
}
