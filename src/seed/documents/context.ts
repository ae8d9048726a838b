import { createHash } from 'node:crypto';
import { ObjectId } from 'mongodb';
import type { CollectionName } from '../../catalogue/collections';
import type { DocumentOf } from '../../catalogue/documents';
import { entityRegistry, type EntityKind } from '../../registry/entities';
import type { UserRow } from '../../registry/rows';
import { searchWords } from '../../search/terms';
import type { SeededRandom } from '../random';
import type { DemoTenant } from '../relational';

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Omit without its `keyof` constraint, which makes the compiler expand every collection's document at once. */
type Without<T, K extends string> = { [P in keyof T as P extends K ? never : P]: T[P] };

/** A document as the seed stores it: the tenant is added when it is inserted. */
export type SeedDocument<N extends CollectionName> = Without<DocumentOf<N>, 'tenant_id'>;
/** What a category's generator returns: `_id` only where other documents refer to it (index.ts adds the rest). */
export type Draft<N extends CollectionName> = Without<DocumentOf<N>, 'tenant_id' | '_id'> & { _id?: ObjectId };
export type Drafts<N extends CollectionName> = { [K in N]: Draft<K>[] };
/** Documents per collection for one tenant; every collection of the catalogue has its list. */
export type DemoDocuments = { [N in CollectionName]: SeedDocument<N>[] };

export interface EntityTarget {
  kind: EntityKind;
  id: string;
}

/** A row that documents can be about, with what a person would call it. */
export interface Target extends EntityTarget {
  title: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface SeedContext {
  readonly random: SeededRandom;
  readonly data: DemoTenant;
  readonly tenantId: string;
  /** The tenant's mail domain, as the demo users' addresses have it (acme.example). */
  readonly domain: string;
  readonly anchor: Date;
  /** Every row of the tenant that documents point at, projects first. */
  readonly targets: readonly Target[];
  /** Rows that do not exist (deleted since): documents about them must resolve to null. */
  readonly gone: { readonly project: EntityTarget; readonly task: EntityTarget };
  /** A row of another tenant, when there is one: as unreachable as a missing row. */
  readonly foreign: EntityTarget | undefined;
  /** Both gone rows and the foreign one: what dangling references point at. */
  readonly dangling: readonly EntityTarget[];
  someone(): string;
  person(id: string): UserRow;
  admin(): UserRow;
  /** A moment between `min` and `max` milliseconds before the anchor. */
  ago(min: number, max: number): Date;
  /** A moment after `date`, at most `within` later and always before the anchor. */
  after(date: Date, within?: number): Date;
  /** A moment after `date` in the last `window` before the anchor: inside a retention that old rows outlive. */
  recent(date: Date, window: number): Date;
  ref(target: EntityTarget): { entity_type: string; entity_id: string };
  /** An ObjectId whose timestamp is `at` (see drawObjectId). */
  objectId(at: Date): ObjectId;
  hex(length: number): string;
  /** `count` distinct items, in drawn order. */
  sample<T>(items: readonly T[], count: number): T[];
}

/** Words as the search index keeps them (search/terms.ts). */
export const words = searchWords;

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export const firstName = (user: UserRow) => user.name.split(' ')[0]!;

/** `length` hex digits drawn from the seed. */
export const drawHex = (random: SeededRandom, length: number) =>
  Array.from({ length }, () => Math.floor(random.next() * 16).toString(16)).join('');

/** An ObjectId whose timestamp is `at`, its other bytes drawn from the seed: reruns give the same ids. */
export const drawObjectId = (random: SeededRandom, at: Date) =>
  new ObjectId(Math.floor(at.getTime() / 1000).toString(16).padStart(8, '0').slice(-8) + drawHex(random, 16));

export function createContext(
  random: SeededRandom, data: DemoTenant, foreign: EntityTarget | undefined, anchor: Date,
): SeedContext {
  const end = anchor.getTime();
  const users = new Map(data.users.map((user) => [user.id, user]));
  const admins = data.users.filter((user) => user.roles.includes('admin'));
  // Strictly inside (start, stop), at millisecond resolution; just before the anchor when there is no room.
  const between = (start: number, stop: number) =>
    (stop - start > 2 ? new Date(start + 1 + Math.floor(random.next() * (stop - start - 2))) : new Date(end - 1));
  const target = (kind: EntityKind, row: { id: string; createdAt: Date; updatedAt: Date }, title: string): Target =>
    ({ kind, id: row.id, title, createdAt: row.createdAt, updatedAt: row.updatedAt });

  const gone = { project: { kind: 'PROJECT', id: random.uuid() }, task: { kind: 'TASK', id: random.uuid() } } as const;
  return {
    random, data, anchor, gone, foreign,
    dangling: [gone.project, gone.task, ...(foreign ? [foreign] : [])],
    tenantId: data.tenant.id,
    domain: `${data.tenant.slug}.example`,
    targets: [
      ...data.projects.map((p) => target('PROJECT', p, p.name)),
      ...data.tasks.map((t) => target('TASK', t, t.title)),
      ...data.assets.map((a) => target('ASSET', a, a.name)),
      ...data.vendors.map((v) => target('VENDOR', v, v.name)),
      ...data.purchaseOrders.map((po) => target('PURCHASE_ORDER', po, po.number)),
    ],
    someone: () => random.pick(data.users).id,
    person: (id) => {
      const user = users.get(id);
      if (!user) throw new Error(`no demo user ${id}`);
      return user;
    },
    admin: () => random.pick(admins.length ? admins : data.users),
    ago: (min, max) => new Date(end - min - Math.floor(random.next() * (max - min))),
    after: (date, within = 30 * DAY) => between(date.getTime(), Math.min(date.getTime() + within, end)),
    recent: (date, window) => between(Math.max(date.getTime(), end - window), end),
    ref: (t) => ({ entity_type: entityRegistry[t.kind].entityType, entity_id: t.id }),
    objectId: (at) => drawObjectId(random, at),
    hex: (length) => drawHex(random, length),
    sample: (items, count) => {
      const pool = [...items];
      const picked: (typeof pool)[number][] = [];
      while (picked.length < count && pool.length) picked.push(pool.splice(Math.floor(random.next() * pool.length), 1)[0]!);
      return picked;
    },
  };
}

/** Files people attach, by what they are; sizes are drawn per file. */
export const FILE_KINDS = {
  photo: ['site-photo.jpg', 'image/jpeg'],
  plan: ['site-plan.pdf', 'application/pdf'],
  invoice: ['invoice.pdf', 'application/pdf'],
  sheet: ['quantities.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  report: ['inspection-report.pdf', 'application/pdf'],
} as const;

/** Photos straight from a phone are megabytes; documents are smaller. */
export const fileSize = (random: SeededRandom, contentType: string) =>
  (contentType.startsWith('image/') ? random.int(400_000, 6_000_000) : random.int(20_000, 2_500_000));

/** A file as documents carry it (FileRef): its bytes are under the tenant's prefix in object storage. */
export function fileRef(ctx: SeedContext, area: string, kind: keyof typeof FILE_KINDS) {
  const [file_name, content_type] = FILE_KINDS[kind];
  return { file_name, content_type, size_bytes: fileSize(ctx.random, content_type), storage_key: `${ctx.tenantId}/${area}/${ctx.random.uuid()}/${file_name}` };
}
