import type { NearCache } from '../cache/near-cache';
import type { RouterInvalidation } from '../cache/router-invalidation';
import type { RedisClient } from '../db/redis';
import type { EntityChangeFeed } from '../live/entity-changes';
import type { NotificationFeed } from '../live/feed';
import type { Logger } from '../logger';
import type { Db } from 'mongodb';
import type { Pool } from 'pg';
import { DocumentStore } from '../stores/documents';
import type { MongoUseSettings } from '../stores/mongo-options';
import { KpiStore } from '../stores/kpis';
import { CacheLoaders } from './caches';
import { EntityChangesLoader } from './changes';
import { RelationalStore } from '../stores/relational';
import { RowWrites } from '../stores/row-writes';
import { CatalogueLoaders } from './catalogue';
import { NotificationsLoader } from './notifications';
import { OutgoingMessages } from './outgoing';
import { MessageOutbox } from '../stores/message-outbox';
import { PreferencesLoader } from './preferences';
import { RowLoaders, type RowSelection } from './rows';
import { ActivityRecorder } from './activity';
import { UiState } from './ui-state';
import { AnalyticsStore } from '../stores/analytics';
import { AnalyticsLoader } from './analytics';
import { ReadingLoaders } from './readings';
import { ReadingStore } from '../stores/readings';
import { entityRegistry } from '../registry/entities';
import { EntityWrites } from './writes';
import { CommentWrites } from './comments';
import { AttachmentWrites } from './attachments';
import { UserHandles } from '../stores/user-handles';
import { SearchLoader, type SearchLog } from './search';
import { SearchIndexStore, TenantSearchIndex } from '../stores/search-index';
import { ChatStore } from '../stores/chat';
import type { ChatEvent } from '../chat/conversations';
import type { ChatFeed } from '../live/chat-feed';
import { ChatLoaders } from './chat';
import { ConversationWrites } from './chat-conversations';
import { MessageWrites } from './chat-messages';
import { ChatQuota, DEFAULT_CHAT_SETTINGS, type ChatSettings } from './chat-quota';
import { ChatLive } from './chat-live';

/** Process-wide connections; loaders and stores are made from them per request and tenant. */
export interface Backends {
  pg: Pool;
  mongo: Db;
  redis: RedisClient;
  logger?: Logger;
  /** This process's live notification feed (hub, bus, relay). */
  live: NotificationFeed;
  /** This process's feed of entity changes relayed from the outbox. */
  changes: EntityChangeFeed;
  /** How long a mutation that selects its own changelog waits for the relay (WRITE_AUDIT_WAIT_MS). */
  auditWaitMs?: number;
  /** false only for the writes benchmark's PostgreSQL-alone baseline. */
  captureChanges?: boolean;
  /** How read preferences and write concerns are applied (MONGO_SECONDARY_READS, MONGO_DURABLE_WRITE_CONCERN). */
  mongoUse?: MongoUseSettings;
  /** A supergraph router told which cached answers refreshDashboard and invalidateReport dropped. */
  router?: RouterInvalidation;
  /** This process's copies of Redis cache hits, kept coherent by Redis (NEAR_CACHE_MB; none on a cluster). */
  nearCache?: NearCache;
  /** Where searches are recorded (search_query_log): the gateway's log writer, when REQUEST_LOG is on. */
  searchLog?: SearchLog;
  /** Chat quotas and edit window (CHAT_*). */
  chat?: ChatSettings;
  /** This process's live chat feed (conversations' events, typing, presence). */
  chatFeed: ChatFeed;
  /** Told of every chat event after it is stored (typing: instead of storing it): the live chat feed and the mention alerts. */
  chatEvents?: (tenantId: string, event: ChatEvent) => void;
}

/**
 * One tenant's loaders, created per request (and, for subscription events, per tenant and turn of
 * the event loop): caches never outlive one operation. They hold tenant data only, never anything
 * of one user, so the executions of several users of a tenant may share them; who acts is passed
 * to each call that needs it. `batch: false` turns every load into its own uncached round trip, as
 * resolvers without loaders would make; only the bridge benchmark uses it, as its baseline.
 *
 * Each is made when first used: most operations touch one or two of them, and a `{ __typename }`
 * none.
 */
export class Loaders {
  private made: {
    documents?: DocumentStore; rows?: RowLoaders; activity?: ActivityRecorder; caches?: CacheLoaders;
    catalogue?: CatalogueLoaders; preferences?: PreferencesLoader; notifications?: NotificationsLoader;
    changes?: EntityChangesLoader; writes?: EntityWrites; uiState?: UiState; comments?: CommentWrites; attachments?: AttachmentWrites;
    search?: SearchLoader; analytics?: AnalyticsLoader; readings?: ReadingLoaders;
    chat?: ChatLoaders; conversations?: ConversationWrites; messages?: MessageWrites; chatLive?: ChatLive;
  } = {};

  private rowSelection: RowSelection = {};
  /** The rows this operation's writes committed, in order, as documents name them (for user_activity_event). */
  readonly wrote: { entityType: string; entityId: string }[] = [];

  constructor(private readonly backends: Backends, readonly tenantId: string, private readonly batch = true) {}

  /** Before the operation runs: the row properties it reads (see RowLoaders). Rows already read keep reading all. */
  selectRows(selection: RowSelection): void {
    if (!this.made.rows) this.rowSelection = selection;
  }

  private get documents() {
    return (this.made.documents ??= new DocumentStore(this.backends.mongo, this.tenantId, this.backends.mongoUse));
  }

  get rows() {
    return (this.made.rows ??= new RowLoaders(new RelationalStore(this.backends.pg, this.tenantId), this.batch, this.rowSelection));
  }

  get caches() {
    return (this.made.caches ??= new CacheLoaders(
      this.tenantId, this.backends.redis, this.documents, new KpiStore(this.backends.pg, this.tenantId), new AnalyticsStore(this.documents),
      this.backends.router, this.backends.nearCache,
    ));
  }

  get analytics() {
    return (this.made.analytics ??= new AnalyticsLoader(new AnalyticsStore(this.documents)));
  }

  get activity() {
    return (this.made.activity ??= new ActivityRecorder(this.documents, this.rows, this.backends.redis));
  }

  get readings() {
    return (this.made.readings ??= new ReadingLoaders(new ReadingStore(this.documents), this.rows, this.batch));
  }

  get catalogue() {
    return (this.made.catalogue ??= new CatalogueLoaders(this.documents, this.batch, (viewer) => this.chat.idsOf(viewer)));
  }

  get preferences() {
    return (this.made.preferences ??= new PreferencesLoader(this.documents, this.batch));
  }

  get notifications() {
    return (this.made.notifications ??= new NotificationsLoader(this.documents, this.backends.live, new OutgoingMessages(
      this.documents, new RelationalStore(this.backends.pg, this.tenantId), new MessageOutbox(this.backends.pg, this.tenantId),
    )));
  }

  get changes() {
    return (this.made.changes ??= new EntityChangesLoader(this.documents, this.backends.changes));
  }

  get uiState() {
    return (this.made.uiState ??= new UiState(this.documents, this.rows, this.catalogue));
  }

  get writes() {
    const { pg, captureChanges, changes, auditWaitMs, logger } = this.backends;
    return (this.made.writes ??= new EntityWrites(
      new RowWrites(pg, this.tenantId, captureChanges ?? true), this.rows, this.caches, changes, auditWaitMs ?? 0, logger,
      (kind, id) => this.wrote.push({ entityType: entityRegistry[kind].entityType, entityId: id }),
      new TenantSearchIndex(new SearchIndexStore(this.backends.mongo), this.tenantId),
    ));
  }

  get comments() {
    return (this.made.comments ??= new CommentWrites(
      this.documents, this.rows, this.catalogue, new UserHandles(this.backends.pg, this.tenantId), this.notifications,
      (ref) => this.wrote.push(ref), this.backends.logger,
    ));
  }

  get attachments() {
    return (this.made.attachments ??= new AttachmentWrites(this.documents, this.rows, this.catalogue, (ref) => this.wrote.push(ref)));
  }

  get chat() {
    return (this.made.chat ??= new ChatLoaders(new ChatStore(this.backends.pg, this.tenantId), this.documents, this.batch));
  }

  get conversations() {
    return (this.made.conversations ??= new ConversationWrites(this.chat.store, this.chat, this.rows, (event) => this.chatEvent(event)));
  }

  get chatLive() {
    return (this.made.chatLive ??= new ChatLive(this.tenantId, this.backends.chatFeed, this.chat, this.documents, this.rows, (event) => this.chatEvent(event)));
  }

  get messages() {
    const { redis, chat = DEFAULT_CHAT_SETTINGS, logger } = this.backends;
    return (this.made.messages ??= new MessageWrites(
      this.documents, this.chat.store, this.chat, this.catalogue, new UserHandles(this.backends.pg, this.tenantId), new ChatQuota(redis, chat),
      chat.editWindowMs, (event) => this.chatEvent(event), logger,
    ));
  }

  private chatEvent(event: ChatEvent) {
    this.backends.chatEvents?.(this.tenantId, event);
  }

  get search() {
    return (this.made.search ??= new SearchLoader(this.documents, this.rows, this.backends.searchLog));
  }
}

export function createLoaders(backends: Backends, tenantId: string, { batch = true } = {}): Loaders {
  return new Loaders(backends, tenantId, batch);
}
