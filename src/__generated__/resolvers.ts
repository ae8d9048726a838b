import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { TenantRow, UserRow, ProjectRow, TaskRow, AssetRow, VendorRow, PurchaseOrderRow } from '../registry/rows';
import { UserPreferencesView } from '../documents/preferences';
import { DashboardModel, TileModel } from '../dashboards/models';
import { CachedValue } from '../cache/read-through';
import { RollupSeries, RollupPoint } from '../stores/analytics';
import { MetricModel } from '../loaders/analytics';
import { ReportModel, ReportTypeModel } from '../reports/models';
import { Connection, DocumentConnection } from '../pagination';
import { MemberConversation, Membership } from '../chat/conversations';
import { ConversationUpdateEvent, TypingEvent } from '../live/chat-events';
import { PresenceState } from '../stores/presence';
import { DocumentOf } from '../catalogue/documents';
import { GatewayContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar day, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** An instant, ISO 8601 with time zone. */
  DateTime: { input: Date; output: Date; }
  /** An exact decimal number (money, quantities), serialized as a string so nothing is rounded. */
  Decimal: { input: string; output: string; }
  /** Any JSON value. */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A user's page view or interaction, about a row or not (user_activity_event). */
export type ActivityEvent = EntityDocument & {
  __typename?: 'ActivityEvent';
  /** view, click, edit, comment, download … */
  action: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Time on page, for page views. */
  durationMs?: Maybe<Scalars['Int']['output']>;
  /** What was clicked, for interactions. */
  element?: Maybe<Scalars['String']['output']>;
  entity?: Maybe<Entity>;
  entityId?: Maybe<Scalars['ID']['output']>;
  entityType?: Maybe<EntityType>;
  id: Scalars['ID']['output'];
  page?: Maybe<Scalars['String']['output']>;
  user?: Maybe<User>;
};

export type ActivityEventConnection = {
  __typename?: 'ActivityEventConnection';
  edges: Array<ActivityEventEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActivityEventEdge = {
  __typename?: 'ActivityEventEdge';
  cursor: Scalars['String']['output'];
  node: ActivityEvent;
};

/** A page view or an interaction a front end reports (recordActivity). */
export type ActivityInput = {
  /** view, click, edit, download …: at most 64 characters. */
  action: Scalars['String']['input'];
  /** Time on the page, for page views: at most a day. */
  durationMs?: InputMaybe<Scalars['Int']['input']>;
  /** What was clicked, for interactions. */
  element?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  /** The row it was about, of the caller's tenant. */
  entityType?: InputMaybe<EntityType>;
  page?: InputMaybe<Scalars['String']['input']>;
};

/** A comment on a row (addComment). */
export type AddCommentInput = {
  /**
   * 1 to 10000 characters. `@handle` mentions a user of the caller's tenant: the part of their email
   * address before the `@` (`@bob` for bob@acme.example), or the whole address where two users share
   * that part; at most 50 people. A handle no user of the tenant has is plain text.
   */
  body: Scalars['String']['input'];
  entityId: Scalars['ID']['input'];
  /** The row commented on: any row of the caller's tenant. */
  entityType: EntityType;
  /** The comment this one replies to: a comment on the same row that is not deleted. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

/** A conversation with the AI assistant (ai_conversation). */
export type AiConversation = {
  __typename?: 'AiConversation';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  model: Scalars['String']['output'];
  title?: Maybe<Scalars['String']['output']>;
  tokenCount: Scalars['Int']['output'];
  turns: Array<AiTurn>;
  updatedAt: Scalars['DateTime']['output'];
  user?: Maybe<User>;
};

export type AiConversationConnection = {
  __typename?: 'AiConversationConnection';
  edges: Array<AiConversationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AiConversationEdge = {
  __typename?: 'AiConversationEdge';
  cursor: Scalars['String']['output'];
  node: AiConversation;
};

export type AiRole =
  | 'ASSISTANT'
  | 'SYSTEM'
  | 'TOOL'
  | 'USER';

export type AiTurn = {
  __typename?: 'AiTurn';
  at: Scalars['DateTime']['output'];
  content: Scalars['String']['output'];
  role: AiRole;
};

export type AlertCondition =
  | 'ABOVE'
  | 'BELOW'
  | 'CHANGED'
  | 'EQUALS';

/** One of a user's alert rules (user_alert_config). */
export type AlertConfig = {
  __typename?: 'AlertConfig';
  channels: Array<NotificationChannel>;
  condition: AlertCondition;
  enabled: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** What is watched, e.g. purchase_order.total_amount or task.assigned_to_me. */
  metric: Scalars['String']['output'];
  name: Scalars['String']['output'];
  threshold?: Maybe<Scalars['Float']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  user?: Maybe<User>;
};

/** Changes to an alert config: fields left out stay as they are; the result is checked as a whole. */
export type AlertConfigChanges = {
  /** At least one. */
  channels?: InputMaybe<Array<NotificationChannel>>;
  /** One of the metric's conditions. */
  condition?: InputMaybe<AlertCondition>;
  /** false keeps the config but stops its alerts. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** One of alertMetrics. */
  metric?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 100 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** null clears it (when the condition becomes CHANGED). */
  threshold?: InputMaybe<Scalars['Float']['input']>;
};

export type AlertConfigConnection = {
  __typename?: 'AlertConfigConnection';
  edges: Array<AlertConfigEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AlertConfigEdge = {
  __typename?: 'AlertConfigEdge';
  cursor: Scalars['String']['output'];
  node: AlertConfig;
};

/** A new alert config of the caller's. */
export type AlertConfigInput = {
  /** At least one. */
  channels: Array<NotificationChannel>;
  /** One of the metric's conditions. */
  condition: AlertCondition;
  /** true when left out. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** One of alertMetrics. */
  metric: Scalars['String']['input'];
  /** 1 to 100 characters. */
  name: Scalars['String']['input'];
  /** Required for ABOVE, BELOW and EQUALS, within the metric's min and max; none for CHANGED. */
  threshold?: InputMaybe<Scalars['Float']['input']>;
};

/** A metric alert configs may watch, with the conditions that fit it. */
export type AlertMetric = {
  __typename?: 'AlertMetric';
  /** ABOVE, BELOW and EQUALS take a threshold; CHANGED takes none. */
  conditions: Array<AlertCondition>;
  /** What it measures. */
  description: Scalars['String']['output'];
  /** The highest threshold that can be met, where there is one. */
  max?: Maybe<Scalars['Float']['output']>;
  /** The lowest threshold that can be met, where there is one. */
  min?: Maybe<Scalars['Float']['output']>;
  /** What alert configs name as their metric, e.g. purchase_order.total_amount. */
  name: Scalars['String']['output'];
};

/** One rollup of a metric over one period (analytics_aggregate). */
export type AnalyticsAggregate = {
  __typename?: 'AnalyticsAggregate';
  /** When these values were computed: a rerun that finds the same values keeps it. */
  computedAt: Scalars['DateTime']['output'];
  count: Scalars['Int']['output'];
  expiresAt: Scalars['DateTime']['output'];
  granularity: Granularity;
  id: Scalars['ID']['output'];
  max?: Maybe<Scalars['Float']['output']>;
  /** What is counted, e.g. api.requests or activity.page_views. */
  metric: Scalars['String']['output'];
  min?: Maybe<Scalars['Float']['output']>;
  periodStart: Scalars['DateTime']['output'];
  sum?: Maybe<Scalars['Float']['output']>;
};

export type AnalyticsAggregateConnection = {
  __typename?: 'AnalyticsAggregateConnection';
  edges: Array<AnalyticsAggregateEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AnalyticsAggregateEdge = {
  __typename?: 'AnalyticsAggregateEdge';
  cursor: Scalars['String']['output'];
  node: AnalyticsAggregate;
};

/** A metric the rollup job computes into analytics_aggregate: what `analytics` takes as `metric`. */
export type AnalyticsMetric = {
  __typename?: 'AnalyticsMetric';
  /** What it counts, and what its sum, min and max measure. */
  description: Scalars['String']['output'];
  /** The name, e.g. api.requests or activity.page_views. */
  name: Scalars['String']['output'];
  /** The unit of sum, min and max (ms); null for a metric that only counts. */
  unit?: Maybe<Scalars['String']['output']>;
};

/** One period of a series. Periods are UTC: hours, days, ISO weeks from Monday, calendar months. */
export type AnalyticsPoint = {
  __typename?: 'AnalyticsPoint';
  /** How many were counted in the period: 0 when none were. */
  count: Scalars['Int']['output'];
  /** The largest value measured in the period. */
  max?: Maybe<Scalars['Float']['output']>;
  /** The smallest value measured in the period. */
  min?: Maybe<Scalars['Float']['output']>;
  /** The start of the period. */
  periodStart: Scalars['DateTime']['output'];
  /** The total of the measured value; null for a metric that only counts, or when nothing carried the value. */
  sum?: Maybe<Scalars['Float']['output']>;
};

/** A metric over consecutive periods, read from the rollups. */
export type AnalyticsSeries = {
  __typename?: 'AnalyticsSeries';
  /** When the newest of the rollups read was computed; null when there were none. */
  computedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The start of the first period: the one holding the `from` asked for. */
  from: Scalars['DateTime']['output'];
  granularity: Granularity;
  metric: Scalars['String']['output'];
  /** Every period from `from` to `to`, oldest first. */
  points: Array<AnalyticsPoint>;
  /** As asked: the last period is the one that starts before it. */
  to: Scalars['DateTime']['output'];
};

/** One HTTP request to or from this API (api_request_log). */
export type ApiRequest = {
  __typename?: 'ApiRequest';
  createdAt: Scalars['DateTime']['output'];
  direction: RequestDirection;
  durationMs: Scalars['Float']['output'];
  /** The path called (/graphql) or, outbound, the URL. */
  endpoint: Scalars['String']['output'];
  errorCodes: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  method: HttpMethod;
  /** SHA-256 of the GraphQL document, for grouping. */
  operationHash?: Maybe<Scalars['String']['output']>;
  /** The GraphQL operation, for calls of /graphql that name one. */
  operationName?: Maybe<Scalars['String']['output']>;
  requestBody?: Maybe<Scalars['JSON']['output']>;
  /** Joins the request to its error_log entries and the client's error. */
  requestId: Scalars['String']['output'];
  responseBody?: Maybe<Scalars['JSON']['output']>;
  statusCode: Scalars['Int']['output'];
  user?: Maybe<User>;
};

export type ApiRequestConnection = {
  __typename?: 'ApiRequestConnection';
  edges: Array<ApiRequestEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ApiRequestEdge = {
  __typename?: 'ApiRequestEdge';
  cursor: Scalars['String']['output'];
  node: ApiRequest;
};

export type Asset = Entity & {
  __typename?: 'Asset';
  acquiredOn?: Maybe<Scalars['Date']['output']>;
  /** user_activity_event about this row, newest first. Readable by the tenant's members. */
  activity: ActivityEventConnection;
  /** attachment_metadata about this row, newest first. Readable by the tenant's members. */
  attachments: AttachmentConnection;
  category: Scalars['String']['output'];
  /** entity_changelog about this row, newest first. Readable by the tenant's members. */
  changelog: EntityChangeConnection;
  /** comment_thread about this row, newest first. Readable by the tenant's members. */
  comments: CommentConnection;
  createdAt: Scalars['DateTime']['output'];
  /** email_communication about this row, newest first. Readable by the tenant's members. */
  emails: EmailConnection;
  entityType: EntityType;
  /** user_favorite about this row, newest first. Readable by the user it belongs to. */
  favorites: FavoriteConnection;
  /** field_audit_log about this row, newest first. Readable by the tenant's members. */
  fieldAudits: FieldAuditConnection;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** notification_delivery about this row, newest first. Readable by the user it belongs to. */
  notifications: NotificationConnection;
  /** ml_prediction_log about this row, newest first. Readable by the tenant's members. */
  predictions: PredictionConnection;
  project?: Maybe<Project>;
  purchaseCost: Scalars['Decimal']['output'];
  /**
   * The asset's readings of `metric` from `from` (inclusive) to `to` (exclusive), per UTC bucket of
   * `granularity`, oldest first: count, avg, min and max. Every bucket the range touches is
   * returned, empty ones with count 0 (the first and last may be partly outside the range; they
   * count only readings inside it). At most 2000 buckets per asset: a wider range is BAD_USER_INPUT
   * naming `granularity`. The assets of a page asked with the same arguments cost one aggregate.
   */
  readings: Array<ReadingBucket>;
  /** search_index_cache about this row, newest first. Readable by the tenant's members. */
  searchIndex: SearchIndexEntryConnection;
  status: AssetStatus;
  tag: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};


export type AssetActivityArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type AssetAttachmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type AssetChangelogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type AssetCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type AssetEmailsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type AssetFavoritesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type AssetFieldAuditsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type AssetNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type AssetPredictionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type AssetReadingsArgs = {
  from: Scalars['DateTime']['input'];
  granularity: ReadingGranularity;
  metric: Scalars['String']['input'];
  to: Scalars['DateTime']['input'];
};


export type AssetSearchIndexArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type AssetConnection = {
  __typename?: 'AssetConnection';
  edges: Array<AssetEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AssetEdge = {
  __typename?: 'AssetEdge';
  cursor: Scalars['String']['output'];
  node: Asset;
};

/** One measurement of an asset's metric (asset_reading); Asset.readings aggregates them per time bucket. */
export type AssetReading = {
  __typename?: 'AssetReading';
  asset?: Maybe<Asset>;
  id: Scalars['ID']['output'];
  /** What was measured: lower case, digits, `_` `.` `-` (temperature_c, power.kw). */
  metric: Scalars['String']['output'];
  /** When it was measured. */
  time: Scalars['DateTime']['output'];
  value: Scalars['Float']['output'];
};

export type AssetReadingConnection = {
  __typename?: 'AssetReadingConnection';
  edges: Array<AssetReadingEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AssetReadingEdge = {
  __typename?: 'AssetReadingEdge';
  cursor: Scalars['String']['output'];
  node: AssetReading;
};

export type AssetStatus =
  | 'IN_SERVICE'
  | 'MAINTENANCE'
  | 'RETIRED';

/** A file attached to any entity (attachment_metadata); the bytes live in object storage. */
export type Attachment = EntityDocument & {
  __typename?: 'Attachment';
  /** SHA-256 of the bytes, hex. */
  checksum?: Maybe<Scalars['String']['output']>;
  contentType: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  entity?: Maybe<Entity>;
  entityId: Scalars['ID']['output'];
  entityType?: Maybe<EntityType>;
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  sizeBytes: Scalars['Int']['output'];
  /** Where the bytes are in object storage, prefixed by the tenant. */
  storageKey: Scalars['String']['output'];
  uploadedBy?: Maybe<User>;
};

export type AttachmentConnection = {
  __typename?: 'AttachmentConnection';
  edges: Array<AttachmentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AttachmentEdge = {
  __typename?: 'AttachmentEdge';
  cursor: Scalars['String']['output'];
  node: Attachment;
};

export type CacheControlScope =
  | 'PRIVATE'
  | 'PUBLIC';

/** Which layer answered a cached read. */
export type CacheSource =
  /** Computed from PostgreSQL after a miss in both layers; both were filled. */
  | 'COMPUTED'
  /** MongoDB (dashboard_snapshot / report_cache), after a Redis miss; Redis was refilled. */
  | 'MONGO'
  /** Redis, the hot layer (or the instance's own copy of a Redis hit, which Redis keeps current). */
  | 'REDIS';

export type ChangeOperation =
  | 'DELETE'
  | 'INSERT'
  | 'UPDATE';

/** A message in a chat conversation (chat_message). */
export type ChatMessage = {
  __typename?: 'ChatMessage';
  attachments: Array<FileRef>;
  body: Scalars['String']['output'];
  /** The conversation the message was posted in. */
  channelId: Scalars['String']['output'];
  /** The conversation it was posted in. */
  conversation?: Maybe<Conversation>;
  /** This message's position in its conversation: pass it as messageAdded(after:) to continue after it. */
  cursor: Scalars['String']['output'];
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  editedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** When the latest reply came; null without replies. */
  lastReplyAt?: Maybe<Scalars['DateTime']['output']>;
  mentions: Array<Maybe<User>>;
  reactions: Array<Reaction>;
  /** Its thread's replies, oldest first, as a thread reads. */
  replies: ChatMessageConnection;
  /** How many replies its thread has. */
  replyCount: Scalars['Int']['output'];
  sender?: Maybe<User>;
  sentAt: Scalars['DateTime']['output'];
  /** The message this one replies to. */
  thread?: Maybe<ChatMessage>;
};


/** A message in a chat conversation (chat_message). */
export type ChatMessageRepliesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ChatMessageConnection = {
  __typename?: 'ChatMessageConnection';
  edges: Array<ChatMessageEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ChatMessageEdge = {
  __typename?: 'ChatMessageEdge';
  cursor: Scalars['String']['output'];
  node: ChatMessage;
};

/** A comment on any entity (comment_thread). */
export type Comment = EntityDocument & {
  __typename?: 'Comment';
  author?: Maybe<User>;
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  editedAt?: Maybe<Scalars['DateTime']['output']>;
  entity?: Maybe<Entity>;
  entityId: Scalars['ID']['output'];
  entityType?: Maybe<EntityType>;
  id: Scalars['ID']['output'];
  mentions: Array<Maybe<User>>;
  /** The comment this one replies to. */
  parent?: Maybe<Comment>;
  reactions: Array<Reaction>;
};

export type CommentConnection = {
  __typename?: 'CommentConnection';
  edges: Array<CommentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CommentEdge = {
  __typename?: 'CommentEdge';
  cursor: Scalars['String']['output'];
  node: Comment;
};

/**
 * A chat conversation of the caller's tenant. Its messages (chat_message) are read and posted by its
 * members only; a public channel the caller has not joined shows what it is, not what is said in it.
 */
export type Conversation = {
  __typename?: 'Conversation';
  /** Set while a channel is archived: readable, read-only. */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Who created it; null once that user is removed. */
  createdBy?: Maybe<User>;
  id: Scalars['ID']['output'];
  kind: ConversationKind;
  /** When its newest message was posted (or, before any, when it was created): what `conversations` is ordered by. */
  lastActivityAt: Scalars['DateTime']['output'];
  /** Its newest message (not counting thread replies); null before any, or when the caller is not a member. */
  lastMessage?: Maybe<ChatMessage>;
  /** The caller's read position: they have read everything sent up to then. Null for a non-member. */
  lastReadAt?: Maybe<Scalars['DateTime']['output']>;
  /** Its members, longest-standing first. */
  members: Array<ConversationMember>;
  /**
   * Its history (messages that are not thread replies), newest first. `first`/`after` pages back in
   * time; `last`/`before` pages towards the present from a cursor (the `last` messages just newer
   * than it, still newest first, `hasPreviousPage` telling whether newer ones remain). FORBIDDEN
   * for a non-member.
   */
  messages: ChatMessageConnection;
  /** A channel's name: lower case, digits, - and _, without the #. Null for a direct conversation. */
  name?: Maybe<Scalars['String']['output']>;
  /** A private channel is seen only by its members; they add people to it. */
  private: Scalars['Boolean']['output'];
  /** What a channel is for. */
  topic?: Maybe<Scalars['String']['output']>;
  /** Messages after the caller's read position, by others, not deleted, not thread replies: 0 for a non-member. */
  unreadCount: Scalars['Int']['output'];
  /** The caller's role; null when the caller is not a member. */
  viewerRole?: Maybe<ConversationRole>;
};


/**
 * A chat conversation of the caller's tenant. Its messages (chat_message) are read and posted by its
 * members only; a public channel the caller has not joined shows what it is, not what is said in it.
 */
export type ConversationMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type ConversationConnection = {
  __typename?: 'ConversationConnection';
  edges: Array<ConversationEdge>;
  pageInfo: PageInfo;
};

export type ConversationEdge = {
  __typename?: 'ConversationEdge';
  cursor: Scalars['String']['output'];
  node: Conversation;
};

export type ConversationKind =
  /** Named, public (anyone of the tenant may join) or private (members add people); has admins. */
  | 'CHANNEL'
  /** A fixed set of people of the tenant, found again by who is in it: nobody joins, leaves or renames it. */
  | 'DIRECT';

/** A member of a conversation. */
export type ConversationMember = {
  __typename?: 'ConversationMember';
  joinedAt: Scalars['DateTime']['output'];
  /** Whether they are online now (following a conversation live on some device), and when they last were. */
  presence: Presence;
  role: ConversationRole;
  user?: Maybe<User>;
};

export type ConversationRole =
  /** Renames, archives and removes members of the channel; the channel's creator is its first. */
  | 'ADMIN'
  | 'MEMBER';

/** A change in a conversation the subscriber is a member of (conversationUpdated). */
export type ConversationUpdate = {
  __typename?: 'ConversationUpdate';
  /** The conversation as the subscriber sees it now (null once they may no longer see it). */
  conversation?: Maybe<Conversation>;
  kind: ConversationUpdateKind;
  /** READ: the reader has read everything sent up to then. */
  lastReadAt?: Maybe<Scalars['DateTime']['output']>;
  /** MEMBERS_JOINED, MEMBERS_LEFT: who came or went; empty otherwise. */
  members: Array<Maybe<User>>;
  /** The message edited, deleted or reacted to, as it is now. */
  message?: Maybe<ChatMessage>;
  /** READ: whose read position moved. */
  reader?: Maybe<User>;
};

export type ConversationUpdateKind =
  | 'ARCHIVED'
  /** The channel's name or topic changed. */
  | 'CHANNEL_UPDATED'
  /** `members` joined or were added. */
  | 'MEMBERS_JOINED'
  /** `members` left or were removed; a subscriber among them receives this, then FORBIDDEN, and nothing more. */
  | 'MEMBERS_LEFT'
  /** `message` was deleted: it keeps its place, with nothing it said. */
  | 'MESSAGE_DELETED'
  /** `message` was edited. */
  | 'MESSAGE_EDITED'
  /** `message`'s reactions changed. */
  | 'REACTIONS_CHANGED'
  /** `reader` moved their read position to `lastReadAt`. */
  | 'READ'
  | 'UNARCHIVED';

export type CreateAssetInput = {
  acquiredOn?: InputMaybe<Scalars['Date']['input']>;
  category: Scalars['String']['input'];
  name: Scalars['String']['input'];
  projectId?: InputMaybe<Scalars['ID']['input']>;
  purchaseCost?: InputMaybe<Scalars['Decimal']['input']>;
  status?: InputMaybe<AssetStatus>;
  tag: Scalars['String']['input'];
};

/** A new channel (createChannel). */
export type CreateChannelInput = {
  /** Users of the tenant to add as members besides the caller (at most 100). */
  memberIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 1 to 80 lower-case letters, digits, - or _ (`#Site Ops` is taken as site-ops); unique in the tenant, archived channels included. */
  name: Scalars['String']['input'];
  /** A private channel is seen only by its members (default: public). */
  private?: InputMaybe<Scalars['Boolean']['input']>;
  /** At most 250 characters. */
  topic?: InputMaybe<Scalars['String']['input']>;
};

export type CreateProjectInput = {
  budget?: InputMaybe<Scalars['Decimal']['input']>;
  code: Scalars['String']['input'];
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  name: Scalars['String']['input'];
  /** Defaults to the signed-in user. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  status?: InputMaybe<ProjectStatus>;
};

export type CreatePurchaseOrderInput = {
  currency?: InputMaybe<Scalars['String']['input']>;
  number: Scalars['String']['input'];
  orderedOn?: InputMaybe<Scalars['Date']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
  /** DRAFT or SUBMITTED. */
  status?: InputMaybe<PurchaseOrderStatus>;
  totalAmount: Scalars['Decimal']['input'];
  vendorId: Scalars['ID']['input'];
};

export type CreateTaskInput = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  estimateHours?: InputMaybe<Scalars['Decimal']['input']>;
  priority?: InputMaybe<TaskPriority>;
  projectId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};

export type CreateVendorInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** 1 to 5. */
  rating?: InputMaybe<Scalars['Int']['input']>;
};

export type Dashboard = {
  __typename?: 'Dashboard';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  tiles: Array<DashboardTile>;
};

/** A user's arrangement of a dashboard, or a platform default (dashboard_layout). */
export type DashboardLayout = {
  __typename?: 'DashboardLayout';
  dashboardId: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Null for the platform's default layouts. */
  user?: Maybe<User>;
  widgets: Array<LayoutWidget>;
};

export type DashboardLayoutConnection = {
  __typename?: 'DashboardLayoutConnection';
  edges: Array<DashboardLayoutEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DashboardLayoutEdge = {
  __typename?: 'DashboardLayoutEdge';
  cursor: Scalars['String']['output'];
  node: DashboardLayout;
};

/** A layout to save in place of the caller's layout of a dashboard. */
export type DashboardLayoutInput = {
  /** 1 to 100 characters; the dashboard's name when left out. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** At most 24, no two overlapping. */
  widgets: Array<LayoutWidgetInput>;
};

/** One tile's pre-aggregated data (dashboard_snapshot). */
export type DashboardSnapshotEntry = {
  __typename?: 'DashboardSnapshotEntry';
  computedAt: Scalars['DateTime']['output'];
  dashboardId: Scalars['String']['output'];
  data: Scalars['JSON']['output'];
  expiresAt: Scalars['DateTime']['output'];
  /** Each tag's generation when the tile was computed: a later invalidation makes it stale. */
  generations?: Maybe<Scalars['JSON']['output']>;
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  tags: Array<Scalars['String']['output']>;
  tileId: Scalars['String']['output'];
};

export type DashboardSnapshotEntryConnection = {
  __typename?: 'DashboardSnapshotEntryConnection';
  edges: Array<DashboardSnapshotEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DashboardSnapshotEntryEdge = {
  __typename?: 'DashboardSnapshotEntryEdge';
  cursor: Scalars['String']['output'];
  node: DashboardSnapshotEntry;
};

export type DashboardTile = {
  __typename?: 'DashboardTile';
  id: Scalars['ID']['output'];
  kind: TileKind;
  snapshot: Snapshot;
  title: Scalars['String']['output'];
};

/** Where a channel provider's delivery of one message stands. */
export type DeliveryStatus =
  | 'DELIVERED'
  | 'FAILED'
  | 'QUEUED'
  | 'SENT';

/** An email sent or received (email_communication). */
export type Email = EntityDocument & {
  __typename?: 'Email';
  attachments: Array<FileRef>;
  bodyText?: Maybe<Scalars['String']['output']>;
  ccAddresses: Array<Scalars['String']['output']>;
  direction: EmailDirection;
  entity?: Maybe<Entity>;
  entityId?: Maybe<Scalars['ID']['output']>;
  entityType?: Maybe<EntityType>;
  fromAddress: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The Message-ID header. */
  messageId: Scalars['String']['output'];
  /** The notification this mail delivered. */
  notification?: Maybe<Notification>;
  /** Every address on the mail, lower-cased: what mail is found by. */
  participants: Array<Scalars['String']['output']>;
  sentAt: Scalars['DateTime']['output'];
  status: EmailStatus;
  subject: Scalars['String']['output'];
  toAddresses: Array<Scalars['String']['output']>;
};

export type EmailConnection = {
  __typename?: 'EmailConnection';
  edges: Array<EmailEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EmailDirection =
  | 'INBOUND'
  | 'OUTBOUND';

export type EmailEdge = {
  __typename?: 'EmailEdge';
  cursor: Scalars['String']['output'];
  node: Email;
};

export type EmailStatus =
  | 'BOUNCED'
  | 'DELIVERED'
  | 'DRAFT'
  | 'QUEUED'
  | 'RECEIVED'
  | 'SENT';

/**
 * A PostgreSQL row that documents can refer to. Its documents are newest-first connections,
 * batched across parents: asking for the comments of 50 projects is one MongoDB command.
 */
export type Entity = {
  /** user_activity_event about this row, newest first. Readable by the tenant's members. */
  activity: ActivityEventConnection;
  /** attachment_metadata about this row, newest first. Readable by the tenant's members. */
  attachments: AttachmentConnection;
  /** entity_changelog about this row, newest first. Readable by the tenant's members. */
  changelog: EntityChangeConnection;
  /** comment_thread about this row, newest first. Readable by the tenant's members. */
  comments: CommentConnection;
  /** email_communication about this row, newest first. Readable by the tenant's members. */
  emails: EmailConnection;
  entityType: EntityType;
  /** user_favorite about this row, newest first. Readable by the user it belongs to. */
  favorites: FavoriteConnection;
  /** field_audit_log about this row, newest first. Readable by the tenant's members. */
  fieldAudits: FieldAuditConnection;
  id: Scalars['ID']['output'];
  /** notification_delivery about this row, newest first. Readable by the user it belongs to. */
  notifications: NotificationConnection;
  /** ml_prediction_log about this row, newest first. Readable by the tenant's members. */
  predictions: PredictionConnection;
  /** search_index_cache about this row, newest first. Readable by the tenant's members. */
  searchIndex: SearchIndexEntryConnection;
  /** Rises by one with every change of the row: pass it as expectedVersion to change only what you read. */
  version: Scalars['Int']['output'];
};


/**
 * A PostgreSQL row that documents can refer to. Its documents are newest-first connections,
 * batched across parents: asking for the comments of 50 projects is one MongoDB command.
 */
export type EntityActivityArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A PostgreSQL row that documents can refer to. Its documents are newest-first connections,
 * batched across parents: asking for the comments of 50 projects is one MongoDB command.
 */
export type EntityAttachmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A PostgreSQL row that documents can refer to. Its documents are newest-first connections,
 * batched across parents: asking for the comments of 50 projects is one MongoDB command.
 */
export type EntityChangelogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A PostgreSQL row that documents can refer to. Its documents are newest-first connections,
 * batched across parents: asking for the comments of 50 projects is one MongoDB command.
 */
export type EntityCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A PostgreSQL row that documents can refer to. Its documents are newest-first connections,
 * batched across parents: asking for the comments of 50 projects is one MongoDB command.
 */
export type EntityEmailsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A PostgreSQL row that documents can refer to. Its documents are newest-first connections,
 * batched across parents: asking for the comments of 50 projects is one MongoDB command.
 */
export type EntityFavoritesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A PostgreSQL row that documents can refer to. Its documents are newest-first connections,
 * batched across parents: asking for the comments of 50 projects is one MongoDB command.
 */
export type EntityFieldAuditsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A PostgreSQL row that documents can refer to. Its documents are newest-first connections,
 * batched across parents: asking for the comments of 50 projects is one MongoDB command.
 */
export type EntityNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A PostgreSQL row that documents can refer to. Its documents are newest-first connections,
 * batched across parents: asking for the comments of 50 projects is one MongoDB command.
 */
export type EntityPredictionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A PostgreSQL row that documents can refer to. Its documents are newest-first connections,
 * batched across parents: asking for the comments of 50 projects is one MongoDB command.
 */
export type EntitySearchIndexArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A full before/after snapshot of a relational write (entity_changelog). */
export type EntityChange = EntityDocument & {
  __typename?: 'EntityChange';
  changedAt: Scalars['DateTime']['output'];
  /** Null for changes made outside this API. */
  changedBy?: Maybe<User>;
  /** The properties that changed; empty for INSERT and DELETE. */
  changedFields: Array<Scalars['String']['output']>;
  /** This change's position: pass it as entityChanged(after:) to continue after it. */
  cursor: Scalars['String']['output'];
  entity?: Maybe<Entity>;
  entityId: Scalars['ID']['output'];
  entityType?: Maybe<EntityType>;
  id: Scalars['ID']['output'];
  /** The row after the change; null for a DELETE. */
  newValue?: Maybe<Scalars['JSON']['output']>;
  /** The row before the change; null for an INSERT. */
  oldValue?: Maybe<Scalars['JSON']['output']>;
  operation: ChangeOperation;
  /** The API request that made the change. */
  requestId?: Maybe<Scalars['String']['output']>;
  /** The row's version after the change. */
  version?: Maybe<Scalars['Int']['output']>;
};

export type EntityChangeConnection = {
  __typename?: 'EntityChangeConnection';
  edges: Array<EntityChangeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EntityChangeEdge = {
  __typename?: 'EntityChangeEdge';
  cursor: Scalars['String']['output'];
  node: EntityChange;
};

/**
 * A MongoDB document that points at a relational row through entity_type + entity_id. Every
 * polymorphic collection's type implements it (see schema/catalogue/).
 * `entity` is null when the row does not exist (or is not visible to the caller's tenant);
 * `entityType` is null when the stored type is unknown to this gateway.
 */
export type EntityDocument = {
  entity?: Maybe<Entity>;
  /** Null for documents that need not be about a row (a page view, a pinned report, a notification). */
  entityId?: Maybe<Scalars['ID']['output']>;
  entityType?: Maybe<EntityType>;
  id: Scalars['ID']['output'];
};

/** Every relational entity type a document can point at through entity_type + entity_id. */
export type EntityType =
  | 'ASSET'
  | 'PROJECT'
  | 'PURCHASE_ORDER'
  | 'TASK'
  | 'TENANT'
  | 'USER'
  | 'VENDOR';

/** An unexpected error with its stack and context (error_log). */
export type ErrorLogEntry = {
  __typename?: 'ErrorLogEntry';
  /** Operation name, path, variables shape: what was going on. */
  context?: Maybe<Scalars['JSON']['output']>;
  createdAt: Scalars['DateTime']['output'];
  errorType: Scalars['String']['output'];
  /** Same error, same place: what occurrences are grouped by. */
  fingerprint: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  message: Scalars['String']['output'];
  requestId?: Maybe<Scalars['String']['output']>;
  resolved: Scalars['Boolean']['output'];
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  severity: ErrorSeverity;
  stack?: Maybe<Scalars['String']['output']>;
};

export type ErrorLogEntryConnection = {
  __typename?: 'ErrorLogEntryConnection';
  edges: Array<ErrorLogEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ErrorLogEntryEdge = {
  __typename?: 'ErrorLogEntryEdge';
  cursor: Scalars['String']['output'];
  node: ErrorLogEntry;
};

export type ErrorSeverity =
  | 'CRITICAL'
  | 'ERROR'
  | 'WARNING';

/** Something a user pinned, bookmarked or opened recently (user_favorite). */
export type Favorite = EntityDocument & {
  __typename?: 'Favorite';
  createdAt: Scalars['DateTime']['output'];
  entity?: Maybe<Entity>;
  entityId?: Maybe<Scalars['ID']['output']>;
  entityType?: Maybe<EntityType>;
  id: Scalars['ID']['output'];
  kind: FavoriteKind;
  label?: Maybe<Scalars['String']['output']>;
  /** For a pinned report: its type. */
  reportType?: Maybe<Scalars['String']['output']>;
  user?: Maybe<User>;
};

export type FavoriteConnection = {
  __typename?: 'FavoriteConnection';
  edges: Array<FavoriteEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FavoriteEdge = {
  __typename?: 'FavoriteEdge';
  cursor: Scalars['String']['output'];
  node: Favorite;
};

/** A pin of a report or a bookmark of a row, to toggle (toggleFavorite). */
export type FavoriteInput = {
  /** The id of that row. */
  entityId?: InputMaybe<Scalars['ID']['input']>;
  /** The row a bookmark is of, of the caller's tenant. */
  entityType?: InputMaybe<EntityType>;
  /** PIN (of a report: reportType) or BOOKMARK (of a row: entityType and entityId). RECENT items are not toggled. */
  kind: FavoriteKind;
  /** What to call it, 1 to 200 characters; kept as it was when left out. */
  label?: InputMaybe<Scalars['String']['input']>;
  /** The report type a pin is of, one of reportTypes. */
  reportType?: InputMaybe<Scalars['String']['input']>;
};

export type FavoriteKind =
  | 'BOOKMARK'
  | 'PIN'
  | 'RECENT';

/** What toggleFavorite did. */
export type FavoriteToggle = {
  __typename?: 'FavoriteToggle';
  /** true when the toggle made it a favourite, false when it removed one. */
  active: Scalars['Boolean']['output'];
  /** The favourite as it now is, or as it was when the toggle removed it. */
  favorite: Favorite;
};

/** How often a feature was used on one day (feature_usage_metric). */
export type FeatureUsage = {
  __typename?: 'FeatureUsage';
  /** Uses on the day that starts at createdAt. */
  count: Scalars['Int']['output'];
  /** The start of the day (UTC) counted. */
  createdAt: Scalars['DateTime']['output'];
  feature: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastUsedAt: Scalars['DateTime']['output'];
  module: Scalars['String']['output'];
  /** Null for counts of the whole tenant. */
  user?: Maybe<User>;
};

export type FeatureUsageConnection = {
  __typename?: 'FeatureUsageConnection';
  edges: Array<FeatureUsageEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FeatureUsageEdge = {
  __typename?: 'FeatureUsageEdge';
  cursor: Scalars['String']['output'];
  node: FeatureUsage;
};

/** A change of one sensitive field (field_audit_log). */
export type FieldAudit = EntityDocument & {
  __typename?: 'FieldAudit';
  changedAt: Scalars['DateTime']['output'];
  /** Null for changes made outside this API. */
  changedBy?: Maybe<User>;
  entity?: Maybe<Entity>;
  entityId: Scalars['ID']['output'];
  entityType?: Maybe<EntityType>;
  field: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  newValue?: Maybe<Scalars['JSON']['output']>;
  oldValue?: Maybe<Scalars['JSON']['output']>;
};

export type FieldAuditConnection = {
  __typename?: 'FieldAuditConnection';
  edges: Array<FieldAuditEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FieldAuditEdge = {
  __typename?: 'FieldAuditEdge';
  cursor: Scalars['String']['output'];
  node: FieldAudit;
};

/** A file carried inside a document (a message or an email attachment); the bytes live in object storage. */
export type FileRef = {
  __typename?: 'FileRef';
  contentType: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  sizeBytes: Scalars['Int']['output'];
  /** Where the bytes are in object storage, prefixed by the tenant. */
  storageKey: Scalars['String']['output'];
};

export type Granularity =
  | 'DAY'
  | 'HOUR'
  | 'MONTH'
  | 'WEEK';

/** A health check result or resource alert (system_health_event). */
export type HealthEvent = {
  __typename?: 'HealthEvent';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  message: Scalars['String']['output'];
  /** For resource alerts: cpu, memory, disk … */
  metric?: Maybe<Scalars['String']['output']>;
  /** postgres, mongodb, redis, or a host resource such as disk. */
  service: Scalars['String']['output'];
  status: HealthStatus;
  value?: Maybe<Scalars['Float']['output']>;
};

export type HealthEventConnection = {
  __typename?: 'HealthEventConnection';
  edges: Array<HealthEventEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type HealthEventEdge = {
  __typename?: 'HealthEventEdge';
  cursor: Scalars['String']['output'];
  node: HealthEvent;
};

export type HealthStatus =
  | 'DEGRADED'
  | 'DOWN'
  | 'UP';

export type HttpMethod =
  | 'DELETE'
  | 'GET'
  | 'PATCH'
  | 'POST'
  | 'PUT';

/** One run of a sync with an external system (integration_sync_log). */
export type IntegrationSync = {
  __typename?: 'IntegrationSync';
  direction: SyncDirection;
  errors: Array<SyncError>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  recordsFailed: Scalars['Int']['output'];
  recordsProcessed: Scalars['Int']['output'];
  startedAt: Scalars['DateTime']['output'];
  status: SyncStatus;
  /** The external system, e.g. quickbooks or sap. */
  system: Scalars['String']['output'];
};

export type IntegrationSyncConnection = {
  __typename?: 'IntegrationSyncConnection';
  edges: Array<IntegrationSyncEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type IntegrationSyncEdge = {
  __typename?: 'IntegrationSyncEdge';
  cursor: Scalars['String']['output'];
  node: IntegrationSync;
};

/** One run of a background job (background_job_log). */
export type JobRun = {
  __typename?: 'JobRun';
  durationMs?: Maybe<Scalars['Float']['output']>;
  error?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  jobName: Scalars['String']['output'];
  output?: Maybe<Scalars['JSON']['output']>;
  /** The job's own parameters. */
  params?: Maybe<Scalars['JSON']['output']>;
  startedAt: Scalars['DateTime']['output'];
  status: JobStatus;
};

export type JobRunConnection = {
  __typename?: 'JobRunConnection';
  edges: Array<JobRunEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type JobRunEdge = {
  __typename?: 'JobRunEdge';
  cursor: Scalars['String']['output'];
  node: JobRun;
};

export type JobStatus =
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

export type LayoutWidget = {
  __typename?: 'LayoutWidget';
  h: Scalars['Int']['output'];
  /** The widget's own settings (colours, series), as the front end saved them. */
  settings?: Maybe<Scalars['JSON']['output']>;
  /** The dashboard tile the widget shows, when it shows one. */
  tileId?: Maybe<Scalars['String']['output']>;
  w: Scalars['Int']['output'];
  widgetId: Scalars['String']['output'];
  x: Scalars['Int']['output'];
  y: Scalars['Int']['output'];
};

/** One widget of a layout on the 12-column grid. */
export type LayoutWidgetInput = {
  /** Height in rows: y + h is at most 100. */
  h: Scalars['Int']['input'];
  /** The widget's own settings: a JSON object of at most 4 KiB, nested at most 8 levels, no key starting with $ or containing a dot. */
  settings?: InputMaybe<Scalars['JSON']['input']>;
  /** A tile of the layout's dashboard, when the widget shows one. */
  tileId?: InputMaybe<Scalars['String']['input']>;
  /** Width in columns: x + w is at most 12. */
  w: Scalars['Int']['input'];
  /** Unique within the layout: 1 to 64 letters, digits, - or _. */
  widgetId: Scalars['String']['input'];
  /** Column, 0 to 11. */
  x: Scalars['Int']['input'];
  /** Row, 0 to 99. */
  y: Scalars['Int']['input'];
};

/** One version of a model, the tenant's or the platform's (ml_model_registry). */
export type MlModel = {
  __typename?: 'MlModel';
  createdAt: Scalars['DateTime']['output'];
  /** The dataset it was trained on. */
  dataset?: Maybe<TrainingDataset>;
  framework: Scalars['String']['output'];
  /** The training run's settings; their names depend on the framework. */
  hyperparameters: Scalars['JSON']['output'];
  id: Scalars['ID']['output'];
  /** Evaluation results (accuracy, AUC, MAE …); which ones depends on the model. */
  metrics: Scalars['JSON']['output'];
  modelName: Scalars['String']['output'];
  retiredAt?: Maybe<Scalars['DateTime']['output']>;
  status: ModelStatus;
  version: Scalars['String']['output'];
};

export type MlModelConnection = {
  __typename?: 'MlModelConnection';
  edges: Array<MlModelEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MlModelEdge = {
  __typename?: 'MlModelEdge';
  cursor: Scalars['String']['output'];
  node: MlModel;
};

export type ModelStatus =
  | 'PRODUCTION'
  | 'RETIRED'
  | 'STAGING'
  | 'TRAINING';

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds users of the tenant to a channel the caller is a member of (at most 100 per call). */
  addChannelMembers: Conversation;
  /**
   * Comments on a row of the caller's tenant (any user of the tenant may), as a reply when
   * `parentId` is given. The users it mentions get a notification, delivered live. It is on the row's
   * `comments` at once. Bad input is BAD_USER_INPUT naming the field, and nothing is written.
   */
  addComment: Comment;
  /** Archives a channel (read-only from then) or, with `archived: false`, opens it again: its admins only. */
  archiveChannel: Conversation;
  /** At most 50 per user. Checked whole: BAD_USER_INPUT naming the field; FORBIDDEN for a metric of another role. */
  createAlertConfig: AlertConfig;
  /** Assets are written by admins only. */
  createAsset: Asset;
  /** A new channel, the caller its admin. A name already taken is BAD_USER_INPUT naming `name`. */
  createChannel: Conversation;
  /** Admins only. */
  createProject: Project;
  createPurchaseOrder: PurchaseOrder;
  createTask: Task;
  /** Admins only. */
  createVendor: Vendor;
  /** The id of the deleted alert config; null when the caller has none with this id. */
  deleteAlertConfig?: Maybe<Scalars['ID']['output']>;
  /** The id of the deleted asset; null when there was none. */
  deleteAsset?: Maybe<Scalars['ID']['output']>;
  /**
   * Deletes an attachment's metadata: its uploader's, or an admin's (FORBIDDEN for others). The
   * bytes in object storage are the storage's to remove. The id of the deleted attachment; null
   * when the caller's tenant has none with this id.
   */
  deleteAttachment?: Maybe<Scalars['ID']['output']>;
  /**
   * Deletes a message softly: it keeps its place and its thread, with `deletedAt` set and nothing it
   * said. Its author's, or an admin's of the channel. Null when the caller cannot read such a message.
   */
  deleteChatMessage?: Maybe<ChatMessage>;
  /**
   * Deletes a comment, softly: it stays in its thread, so its replies keep their place, with
   * `deletedAt` set and no body, mentions or reactions to read. Its author's, or an admin's
   * (FORBIDDEN for others); deleting it again changes nothing. Null when the caller's tenant has no
   * comment with this id.
   */
  deleteComment?: Maybe<Comment>;
  /** Admins only. Its tasks go with it. The id of the deleted project; null when there was none. */
  deleteProject?: Maybe<Scalars['ID']['output']>;
  /** Admins only. The id of the deleted purchase order; null when there was none. */
  deletePurchaseOrder?: Maybe<Scalars['ID']['output']>;
  /** Admins only. The id of the deleted task; null when there was none. */
  deleteTask?: Maybe<Scalars['ID']['output']>;
  /** Admins only, and only a vendor without purchase orders. The id of the deleted vendor; null when there was none. */
  deleteVendor?: Maybe<Scalars['ID']['output']>;
  /**
   * Replaces the text of the caller's own message within CHAT_EDIT_WINDOW_MINUTES of posting it
   * (FORBIDDEN for anyone else's; BAD_USER_INPUT once deleted or too late) and sets `editedAt`.
   * Null when the caller cannot read such a message.
   */
  editChatMessage?: Maybe<ChatMessage>;
  /**
   * Replaces the text of the caller's own comment (FORBIDDEN for anyone else's, BAD_USER_INPUT once
   * it is deleted) and sets `editedAt`; users it newly mentions are notified. Null when the caller's
   * tenant has no comment with this id.
   */
  editComment?: Maybe<Comment>;
  /** Drops the cached report for these params; the next read recomputes it. */
  invalidateReport: Scalars['Boolean']['output'];
  /** Joins a public channel that is not archived; joining again changes nothing. */
  joinChannel: Conversation;
  /** Leaves a channel; the longest-standing member becomes admin when the last admin leaves. True once the caller is not in it. */
  leaveChannel: Scalars['Boolean']['output'];
  /** Marks every unread notification of the signed-in user read; returns how many changed. */
  markAllNotificationsRead: Scalars['Int']['output'];
  /**
   * Moves the caller's read position forward, to `messageId` or to everything sent so far; it never
   * moves back (another device that read less leaves it where it is).
   */
  markConversationRead: Conversation;
  /**
   * Marks the signed-in user's notifications among `ids` read and returns them, newest first. Ids
   * of notifications that are not the caller's (or do not exist) are ignored, never revealed.
   */
  markNotificationsRead: Array<Notification>;
  /** The direct conversation of the caller and these users of the tenant (at most 9 people), opened when it does not exist yet. */
  openDirectConversation: Conversation;
  /**
   * Posts a message as the caller, a member of the conversation. At most CHAT_MESSAGES_PER_MINUTE_PER_USER
   * per user and CHAT_MESSAGES_PER_MINUTE_PER_TENANT per tenant, over every instance: RATE_LIMITED
   * with `retryAfter` (seconds) beyond. Bad input is BAD_USER_INPUT naming the field, and nothing is written.
   */
  postChatMessage: ChatMessage;
  /** Adds the caller's reaction with `emoji` or, with `add: false`, takes it back. */
  reactToChatMessage?: Maybe<ChatMessage>;
  /**
   * Records the caller's page views and interactions in user_activity_event; returns how many. At
   * most 50 per call and 600 per minute per user (BAD_USER_INPUT beyond), each checked: an unknown
   * row, or a row of another tenant, is BAD_USER_INPUT and nothing of the call is recorded.
   */
  recordActivity: Scalars['Int']['output'];
  /**
   * Records readings of the tenant's assets in asset_reading (a MongoDB time series); returns how
   * many. At most 5000 per call. Every reading is checked before anything is written (an unknown
   * asset or one of another tenant, a bad metric name, a value that is not finite, a time more than
   * 5 minutes ahead or older than the 90 days readings are kept): the first problem is
   * BAD_USER_INPUT naming its field (`readings[12].value`) and nothing of the call is recorded.
   * Admins and members only.
   */
  recordReadings: Scalars['Int']['output'];
  /** Recomputes every tile of the dashboard now. */
  refreshDashboard: Dashboard;
  /**
   * Records a file the client has uploaded, attached to a row of the caller's tenant (any user of the
   * tenant may), with the caller as its uploader. It is on the row's `attachments` at once. Bad
   * input is BAD_USER_INPUT naming the field, and nothing is written.
   */
  registerAttachment: Attachment;
  /** Removes a member from a channel: its admins only. */
  removeChannelMember: Conversation;
  /** Drops the caller's layout of the dashboard; returns what they see now, the platform's default (or null). */
  resetDashboardLayout?: Maybe<DashboardLayout>;
  /**
   * Replaces the caller's layout of the dashboard with this one (the first save creates it). Checked
   * whole: an unknown dashboard or tile, a widget off the grid or over another, settings too large:
   * BAD_USER_INPUT naming the field, and nothing is saved.
   */
  saveDashboardLayout: DashboardLayout;
  /** Writes one notification per recipient, delivers it live and queues its EMAIL, PUSH and SMS messages. Requires the sender role. */
  sendNotification: Array<Notification>;
  /**
   * Tells the conversation's other members, live, that the caller started (or, with `typing: false`,
   * stopped) typing; nothing is stored. Call again every few seconds while typing: an indicator
   * shows for 6 seconds. Members only.
   */
  setTyping: Scalars['Boolean']['output'];
  /**
   * Adds the favourite, or removes it when the caller has it already: toggling twice leaves nothing.
   * Adding names a row of the caller's tenant or a known report type; removing always works, also
   * for a row deleted since. Bookmarking a row the caller opened recently makes that entry a bookmark.
   */
  toggleFavorite: FavoriteToggle;
  /** Null when the caller has no alert config with this id (another user's included). */
  updateAlertConfig?: Maybe<AlertConfig>;
  /** Null when the asset does not exist in the caller's tenant. */
  updateAsset?: Maybe<Asset>;
  /** Renames a channel or changes its topic: its admins only (FORBIDDEN for others). */
  updateChannel: Conversation;
  /** Saves the signed-in user's preferences (MongoDB user_preference); omitted fields keep their value. */
  updatePreferences: UserPreferences;
  /** Null when the project does not exist in the caller's tenant. */
  updateProject?: Maybe<Project>;
  /** Null when the purchase order does not exist in the caller's tenant. */
  updatePurchaseOrder?: Maybe<PurchaseOrder>;
  /** Null when the task does not exist in the caller's tenant. */
  updateTask?: Maybe<Task>;
  /** Admins only. Null when the vendor does not exist in the caller's tenant. */
  updateVendor?: Maybe<Vendor>;
};


export type MutationAddChannelMembersArgs = {
  id: Scalars['ID']['input'];
  userIds: Array<Scalars['ID']['input']>;
};


export type MutationAddCommentArgs = {
  input: AddCommentInput;
};


export type MutationArchiveChannelArgs = {
  archived?: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationCreateAlertConfigArgs = {
  input: AlertConfigInput;
};


export type MutationCreateAssetArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateAssetInput;
};


export type MutationCreateChannelArgs = {
  input: CreateChannelInput;
};


export type MutationCreateProjectArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateProjectInput;
};


export type MutationCreatePurchaseOrderArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreatePurchaseOrderInput;
};


export type MutationCreateTaskArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateTaskInput;
};


export type MutationCreateVendorArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateVendorInput;
};


export type MutationDeleteAlertConfigArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteAssetArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationDeleteAttachmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteChatMessageArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteCommentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteProjectArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationDeletePurchaseOrderArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationDeleteTaskArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationDeleteVendorArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationEditChatMessageArgs = {
  body: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationEditCommentArgs = {
  body: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationInvalidateReportArgs = {
  params?: InputMaybe<Scalars['JSON']['input']>;
  type: Scalars['String']['input'];
};


export type MutationJoinChannelArgs = {
  id: Scalars['ID']['input'];
};


export type MutationLeaveChannelArgs = {
  id: Scalars['ID']['input'];
};


export type MutationMarkConversationReadArgs = {
  id: Scalars['ID']['input'];
  messageId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationMarkNotificationsReadArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationOpenDirectConversationArgs = {
  userIds: Array<Scalars['ID']['input']>;
};


export type MutationPostChatMessageArgs = {
  input: PostChatMessageInput;
};


export type MutationReactToChatMessageArgs = {
  add?: Scalars['Boolean']['input'];
  emoji: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationRecordActivityArgs = {
  events: Array<ActivityInput>;
};


export type MutationRecordReadingsArgs = {
  readings: Array<ReadingInput>;
};


export type MutationRefreshDashboardArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRegisterAttachmentArgs = {
  input: RegisterAttachmentInput;
};


export type MutationRemoveChannelMemberArgs = {
  id: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationResetDashboardLayoutArgs = {
  dashboardId: Scalars['ID']['input'];
};


export type MutationSaveDashboardLayoutArgs = {
  dashboardId: Scalars['ID']['input'];
  input: DashboardLayoutInput;
};


export type MutationSendNotificationArgs = {
  input: SendNotificationInput;
};


export type MutationSetTypingArgs = {
  conversationId: Scalars['ID']['input'];
  typing?: Scalars['Boolean']['input'];
};


export type MutationToggleFavoriteArgs = {
  input: FavoriteInput;
};


export type MutationUpdateAlertConfigArgs = {
  id: Scalars['ID']['input'];
  input: AlertConfigChanges;
};


export type MutationUpdateAssetArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateAssetInput;
};


export type MutationUpdateChannelArgs = {
  input: UpdateChannelInput;
};


export type MutationUpdatePreferencesArgs = {
  input: PreferencesInput;
};


export type MutationUpdateProjectArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateProjectInput;
};


export type MutationUpdatePurchaseOrderArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdatePurchaseOrderInput;
};


export type MutationUpdateTaskArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateTaskInput;
};


export type MutationUpdateVendorArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateVendorInput;
};

export type NlpEntity = {
  __typename?: 'NlpEntity';
  /** What was recognised: a date, a person, a project … */
  kind: Scalars['String']['output'];
  /** The words of the query it was recognised in. */
  text: Scalars['String']['output'];
  /** The normalised value, e.g. an ISO date or a row id. */
  value?: Maybe<Scalars['String']['output']>;
};

/** A natural-language query and how it was understood (nlp_query_history). */
export type NlpQuery = {
  __typename?: 'NlpQuery';
  confidence: Scalars['Float']['output'];
  createdAt: Scalars['DateTime']['output'];
  entities: Array<NlpEntity>;
  id: Scalars['ID']['output'];
  /** e.g. list_overdue_tasks, vendor_spend. */
  intent: Scalars['String']['output'];
  queryText: Scalars['String']['output'];
  user?: Maybe<User>;
};

export type NlpQueryConnection = {
  __typename?: 'NlpQueryConnection';
  edges: Array<NlpQueryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NlpQueryEdge = {
  __typename?: 'NlpQueryEdge';
  cursor: Scalars['String']['output'];
  node: NlpQuery;
};

/** One recipient's copy of a notification (notification_delivery); only its recipient reads it. */
export type Notification = EntityDocument & {
  __typename?: 'Notification';
  body: Scalars['String']['output'];
  channels: Array<NotificationChannel>;
  createdAt: Scalars['DateTime']['output'];
  /** This notification's position: pass it as notificationAdded(after:) to continue after it. */
  cursor: Scalars['String']['output'];
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  entity?: Maybe<Entity>;
  entityId?: Maybe<Scalars['ID']['output']>;
  entityType?: Maybe<EntityType>;
  /** After this instant the notification is gone for its recipient. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  priority: NotificationPriority;
  readAt?: Maybe<Scalars['DateTime']['output']>;
  recipient?: Maybe<User>;
  sender?: Maybe<User>;
  status: NotificationStatus;
  title: Scalars['String']['output'];
};

/** How a notification reaches its recipient. */
export type NotificationChannel =
  | 'EMAIL'
  | 'IN_APP'
  | 'PUSH'
  | 'SMS';

export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  edges: Array<NotificationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  cursor: Scalars['String']['output'];
  node: Notification;
};

export type NotificationPriority =
  | 'HIGH'
  | 'LOW'
  | 'NORMAL'
  | 'URGENT';

/** Where one recipient's copy of a notification stands. It only moves forward: SENT, then DELIVERED or FAILED, then READ. */
export type NotificationStatus =
  | 'DELIVERED'
  | 'FAILED'
  | 'READ'
  | 'SENT';

/** Relay pagination state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** One endpoint's numbers over one window (performance_metric). */
export type PerformanceMetric = {
  __typename?: 'PerformanceMetric';
  createdAt: Scalars['DateTime']['output'];
  endpoint: Scalars['String']['output'];
  errorCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  p50Ms: Scalars['Float']['output'];
  p95Ms: Scalars['Float']['output'];
  p99Ms: Scalars['Float']['output'];
  requestCount: Scalars['Int']['output'];
  /** The length of the window the numbers cover, ending at createdAt. */
  windowSeconds: Scalars['Int']['output'];
};

export type PerformanceMetricConnection = {
  __typename?: 'PerformanceMetricConnection';
  edges: Array<PerformanceMetricEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PerformanceMetricEdge = {
  __typename?: 'PerformanceMetricEdge';
  cursor: Scalars['String']['output'];
  node: PerformanceMetric;
};

/** A message (postChatMessage). */
export type PostChatMessageInput = {
  /** Files already uploaded in the tenant (Attachment ids), carried by reference; at most 10. */
  attachmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /**
   * Up to 10000 characters, empty only with attachments. `@handle` mentions a member of the
   * conversation as comments do (`@bob` for bob@acme.example); anyone else's handle is plain text.
   */
  body: Scalars['String']['input'];
  /** A conversation the caller is a member of, not archived. */
  conversationId: Scalars['ID']['input'];
  /** A message of the same conversation, not deleted: this one joins its thread. */
  threadId?: InputMaybe<Scalars['ID']['input']>;
};

/** A model's prediction about a row (ml_prediction_log). */
export type Prediction = EntityDocument & {
  __typename?: 'Prediction';
  /** Between 0 and 1. */
  confidence: Scalars['Float']['output'];
  createdAt: Scalars['DateTime']['output'];
  entity?: Maybe<Entity>;
  entityId: Scalars['ID']['output'];
  entityType?: Maybe<EntityType>;
  id: Scalars['ID']['output'];
  /** Feature name → value, as the model's input. */
  inputFeatures: Scalars['JSON']['output'];
  latencyMs?: Maybe<Scalars['Float']['output']>;
  modelName: Scalars['String']['output'];
  modelVersion: Scalars['String']['output'];
  predictedLabel: Scalars['String']['output'];
  predictedValue?: Maybe<Scalars['Float']['output']>;
};

export type PredictionConnection = {
  __typename?: 'PredictionConnection';
  edges: Array<PredictionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PredictionEdge = {
  __typename?: 'PredictionEdge';
  cursor: Scalars['String']['output'];
  node: Prediction;
};

export type PreferencesInput = {
  /** A project of the caller's tenant, or null to clear. */
  defaultProjectId?: InputMaybe<Scalars['ID']['input']>;
  /** Replaces the channels turned off: EMAIL, PUSH and SMS can be; IN_APP, the notification itself, cannot. */
  disabledChannels?: InputMaybe<Array<NotificationChannel>>;
  /** BCP 47 language tag, e.g. en-GB. */
  locale?: InputMaybe<Scalars['String']['input']>;
  /** Where SMS go, in E.164 form (+ and 8 to 15 digits), or null to clear. */
  phoneNumber?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the devices push notifications go to; at most 10. */
  pushDevices?: InputMaybe<Array<PushDeviceInput>>;
  theme?: InputMaybe<Theme>;
  /** IANA time zone, e.g. Europe/Berlin. */
  timezone?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Whether a person is online: while they follow a conversation live (messageAdded,
 * conversationUpdated, typing or presenceChanged) on any device. A device that vanishes without
 * closing its connection lets them show offline within a minute.
 */
export type Presence = {
  __typename?: 'Presence';
  /** Now while online; when they were last online otherwise; null if never (in the last 30 days). */
  lastSeenAt?: Maybe<Scalars['DateTime']['output']>;
  online: Scalars['Boolean']['output'];
  user?: Maybe<User>;
};

export type Project = Entity & {
  __typename?: 'Project';
  /** user_activity_event about this row, newest first. Readable by the tenant's members. */
  activity: ActivityEventConnection;
  assets: AssetConnection;
  /** attachment_metadata about this row, newest first. Readable by the tenant's members. */
  attachments: AttachmentConnection;
  budget: Scalars['Decimal']['output'];
  /** entity_changelog about this row, newest first. Readable by the tenant's members. */
  changelog: EntityChangeConnection;
  code: Scalars['String']['output'];
  /** comment_thread about this row, newest first. Readable by the tenant's members. */
  comments: CommentConnection;
  /** The project's cover picture (an attachment document whose id the project row keeps); null when it is gone. */
  coverAttachment?: Maybe<Attachment>;
  createdAt: Scalars['DateTime']['output'];
  dueOn?: Maybe<Scalars['Date']['output']>;
  /** email_communication about this row, newest first. Readable by the tenant's members. */
  emails: EmailConnection;
  entityType: EntityType;
  /** user_favorite about this row, newest first. Readable by the user it belongs to. */
  favorites: FavoriteConnection;
  /** field_audit_log about this row, newest first. Readable by the tenant's members. */
  fieldAudits: FieldAuditConnection;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** notification_delivery about this row, newest first. Readable by the user it belongs to. */
  notifications: NotificationConnection;
  owner?: Maybe<User>;
  /** ml_prediction_log about this row, newest first. Readable by the tenant's members. */
  predictions: PredictionConnection;
  purchaseOrders: PurchaseOrderConnection;
  /** search_index_cache about this row, newest first. Readable by the tenant's members. */
  searchIndex: SearchIndexEntryConnection;
  startsOn?: Maybe<Scalars['Date']['output']>;
  status: ProjectStatus;
  tasks: TaskConnection;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};


export type ProjectActivityArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ProjectAssetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ProjectAttachmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ProjectChangelogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ProjectCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ProjectEmailsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ProjectFavoritesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ProjectFieldAuditsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ProjectNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ProjectPredictionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ProjectPurchaseOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ProjectSearchIndexArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ProjectTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ProjectConnection = {
  __typename?: 'ProjectConnection';
  edges: Array<ProjectEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProjectEdge = {
  __typename?: 'ProjectEdge';
  cursor: Scalars['String']['output'];
  node: Project;
};

export type ProjectStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'ON_HOLD'
  | 'PLANNED';

export type PurchaseOrder = Entity & {
  __typename?: 'PurchaseOrder';
  /** user_activity_event about this row, newest first. Readable by the tenant's members. */
  activity: ActivityEventConnection;
  /** attachment_metadata about this row, newest first. Readable by the tenant's members. */
  attachments: AttachmentConnection;
  /** entity_changelog about this row, newest first. Readable by the tenant's members. */
  changelog: EntityChangeConnection;
  /** comment_thread about this row, newest first. Readable by the tenant's members. */
  comments: CommentConnection;
  createdAt: Scalars['DateTime']['output'];
  createdBy?: Maybe<User>;
  /** ISO 4217 code. */
  currency: Scalars['String']['output'];
  /** email_communication about this row, newest first. Readable by the tenant's members. */
  emails: EmailConnection;
  entityType: EntityType;
  /** user_favorite about this row, newest first. Readable by the user it belongs to. */
  favorites: FavoriteConnection;
  /** field_audit_log about this row, newest first. Readable by the tenant's members. */
  fieldAudits: FieldAuditConnection;
  id: Scalars['ID']['output'];
  /** notification_delivery about this row, newest first. Readable by the user it belongs to. */
  notifications: NotificationConnection;
  number: Scalars['String']['output'];
  orderedOn?: Maybe<Scalars['Date']['output']>;
  /** ml_prediction_log about this row, newest first. Readable by the tenant's members. */
  predictions: PredictionConnection;
  project?: Maybe<Project>;
  /** search_index_cache about this row, newest first. Readable by the tenant's members. */
  searchIndex: SearchIndexEntryConnection;
  status: PurchaseOrderStatus;
  totalAmount: Scalars['Decimal']['output'];
  updatedAt: Scalars['DateTime']['output'];
  vendor: Vendor;
  version: Scalars['Int']['output'];
};


export type PurchaseOrderActivityArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PurchaseOrderAttachmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PurchaseOrderChangelogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PurchaseOrderCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PurchaseOrderEmailsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PurchaseOrderFavoritesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PurchaseOrderFieldAuditsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PurchaseOrderNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PurchaseOrderPredictionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PurchaseOrderSearchIndexArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PurchaseOrderConnection = {
  __typename?: 'PurchaseOrderConnection';
  edges: Array<PurchaseOrderEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PurchaseOrderEdge = {
  __typename?: 'PurchaseOrderEdge';
  cursor: Scalars['String']['output'];
  node: PurchaseOrder;
};

export type PurchaseOrderStatus =
  | 'APPROVED'
  | 'CANCELLED'
  | 'DRAFT'
  | 'RECEIVED'
  | 'SUBMITTED';

/** One push of a notification to a device (push_notification_log). */
export type PushDelivery = {
  __typename?: 'PushDelivery';
  error?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The notification this delivery carried. */
  notification?: Maybe<Notification>;
  platform: PushPlatform;
  provider: Scalars['String']['output'];
  providerMessageId?: Maybe<Scalars['String']['output']>;
  sentAt: Scalars['DateTime']['output'];
  status: DeliveryStatus;
  user?: Maybe<User>;
};

export type PushDeliveryConnection = {
  __typename?: 'PushDeliveryConnection';
  edges: Array<PushDeliveryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PushDeliveryEdge = {
  __typename?: 'PushDeliveryEdge';
  cursor: Scalars['String']['output'];
  node: PushDelivery;
};

/** A device the user receives push notifications on. */
export type PushDevice = {
  __typename?: 'PushDevice';
  platform: PushPlatform;
};

/** A device to push notifications to, as its platform's push service identifies it. */
export type PushDeviceInput = {
  platform: PushPlatform;
  /** The device's push token (APNs, FCM or a web push subscription); 1 to 4096 characters. */
  token: Scalars['String']['input'];
};

export type PushPlatform =
  | 'ANDROID'
  | 'IOS'
  | 'WEB';

export type Query = {
  __typename?: 'Query';
  /** user_activity_event, newest first by createdAt; `from` (inclusive) and `to` (exclusive) bound createdAt. Readable by the tenant's members. Filters may be combined where one index serves them together; other combinations are BAD_USER_INPUT. */
  activityEvents: ActivityEventConnection;
  /** ai_conversation, newest first by updatedAt; `from` (inclusive) and `to` (exclusive) bound updatedAt. Readable by the user it belongs to. Filters may be combined where one index serves them together; other combinations are BAD_USER_INPUT. */
  aiConversations: AiConversationConnection;
  /** user_alert_config, newest first by updatedAt; `from` (inclusive) and `to` (exclusive) bound updatedAt. Readable by the user it belongs to. Filters may be combined where one index serves them together; other combinations are BAD_USER_INPUT. */
  alertConfigs: AlertConfigConnection;
  /** The metrics the caller may watch with alert configs (some are for admins only). */
  alertMetrics: Array<AlertMetric>;
  /**
   * A metric of the caller's tenant per period, from analytics_aggregate (read from a secondary where
   * there is one). The rollup job brings the rollups up to date every ROLLUP_INTERVAL_MS, so the
   * current period lags by up to that much. Weeks and months are summed from the days. An unknown
   * metric, `to` not after `from`, or a range longer than the granularity covers (HOUR 31 days, the
   * others 400) is BAD_USER_INPUT.
   */
  analytics: AnalyticsSeries;
  /** analytics_aggregate, newest first by computedAt; `from` (inclusive) and `to` (exclusive) bound computedAt. Readable by the tenant's members. Filters may be combined where one index serves them together; other combinations are BAD_USER_INPUT. */
  analyticsAggregates: AnalyticsAggregateConnection;
  /** The metrics `analytics` can read. */
  analyticsMetrics: Array<AnalyticsMetric>;
  /** api_request_log, newest first by createdAt; `from` (inclusive) and `to` (exclusive) bound createdAt. Readable by the tenant's admins. Filters may be combined where one index serves them together; other combinations are BAD_USER_INPUT. */
  apiRequests: ApiRequestConnection;
  /** asset_reading, newest first by time; `from` (inclusive) and `to` (exclusive) bound time. Readable by the tenant's members. Filters may be combined where one index serves them together; other combinations are BAD_USER_INPUT. */
  assetReadings: AssetReadingConnection;
  /** attachment_metadata, newest first by createdAt; `from` (inclusive) and `to` (exclusive) bound createdAt. Readable by the tenant's members. Filters may be combined where one index serves them together; other combinations are BAD_USER_INPUT. */
  attachments: AttachmentConnection;
  /** entity_changelog, newest first by changedAt; `from` (inclusive) and `to` (exclusive) bound changedAt. Readable by the tenant's members. Filters may be combined where one index serves them together; other combinations are BAD_USER_INPUT. */
  changelog: EntityChangeConnection;
  /** chat_message, newest first by sentAt; `from` (inclusive) and `to` (exclusive) bound sentAt. Readable by the members of its conversation. Filters may be combined where one index serves them together; other combinations are BAD_USER_INPUT. */
  chatMessages: ChatMessageConnection;
  /** comment_thread, newest first by createdAt; `from` (inclusive) and `to` (exclusive) bound createdAt. Readable by the tenant's members. Filters may be combined where one index serves them together; other combinations are BAD_USER_INPUT. */
  comments: CommentConnection;
  /** A conversation of the caller's, or a public channel of the tenant; null otherwise. */
  conversation?: Maybe<Conversation>;
  /**
   * The caller's conversations, most recently active first, each with its last message and unread
   * count: one statement for the page, one find for the last messages, one aggregate for the counts.
   */
  conversations: ConversationConnection;
  /** A dashboard of the caller's tenant; null for an unknown id. */
  dashboard?: Maybe<Dashboard>;
  /**
   * The caller's layout of a dashboard, or the platform's default layout of it while they have
   * saved none of their own (its user is then null). Null for an unknown dashboard.
   */
  dashboardLayout?: Maybe<DashboardLayout>;
  /** dashboard_layout, newest first by updatedAt; `from` (inclusive) and `to` (exclusive) bound updatedAt. Readable by the user it belongs to (and the platform's shared documents by every tenant). Filters may be combined where one index serves them together; other combinations are BAD_USER_INPUT. */
  dashboardLayouts: DashboardLayoutConnection;
  /** dashboard_snapshot, newest first by computedAt; `from` (inclusive) and `to` (exclusive) bound computedAt. Readable by the tenant's members. Filters may be combined where one index serves them together; other combinations are BAD_USER_INPUT. */
  dashboardSnapshots: DashboardSnapshotEntryConnection;
  dashboards: Array<Dashboard>;
  /** email_communication, newest first by sentAt; `from` (inclusive) and `to` (exclusive) bound sentAt. Readable by the tenant's members. Filters may be combined where one index serves them together; other combinations are BAD_USER_INPUT. */
  emails: EmailConnection;
  /** Any entity of the caller's tenant by type and id; null when there is none. */
  entity?: Maybe<Entity>;
  /** error_log, newest first by createdAt; `from` (inclusive) and `to` (exclusive) bound createdAt. Readable by the tenant's admins. Filters may be combined where one index serves them together; other combinations are BAD_USER_INPUT. */
  errorLog: ErrorLogEntryConnection;
  /** user_favorite, newest first by createdAt; `from` (inclusive) and `to` (exclusive) bound createdAt. Readable by the user it belongs to. Filters may be combined where one index serves them together; other combinations are BAD_USER_INPUT. */
  favorites: FavoriteConnection;
  /** feature_usage_metric, newest first by createdAt; `from` (inclusive) and `to` (exclusive) bound createdAt. Readable by the tenant's members. Filters may be combined where one index serves them together; other combinations are BAD_USER_INPUT. */
  featureUsage: FeatureUsageConnection;
  /** field_audit_log, newest first by changedAt; `from` (inclusive) and `to` (exclusive) bound changedAt. Readable by the tenant's members. Filters may be combined where one index serves them together; other combinations are BAD_USER_INPUT. */
  fieldAudits: FieldAuditConnection;
  /** system_health_event, newest first by createdAt; `from` (inclusive) and `to` (exclusive) bound createdAt. Readable by the tenant's admins. Filters may be combined where one index serves them together; other combinations are BAD_USER_INPUT. */
  healthEvents: HealthEventConnection;
  /** integration_sync_log, newest first by startedAt; `from` (inclusive) and `to` (exclusive) bound startedAt. Readable by the tenant's admins. Filters may be combined where one index serves them together; other combinations are BAD_USER_INPUT. */
  integrationSyncs: IntegrationSyncConnection;
  /** background_job_log, newest first by startedAt; `from` (inclusive) and `to` (exclusive) bound startedAt. Readable by the tenant's admins. Filters may be combined where one index serves them together; other combinations are BAD_USER_INPUT. */
  jobRuns: JobRunConnection;
  /** The signed-in user. */
  me?: Maybe<User>;
  /** ml_model_registry, newest first by createdAt; `from` (inclusive) and `to` (exclusive) bound createdAt. Readable by the tenant's members (and the platform's shared documents by every tenant). Filters may be combined where one index serves them together; other combinations are BAD_USER_INPUT. */
  mlModels: MlModelConnection;
  /** nlp_query_history, newest first by createdAt; `from` (inclusive) and `to` (exclusive) bound createdAt. Readable by the user it belongs to. Filters may be combined where one index serves them together; other combinations are BAD_USER_INPUT. */
  nlpQueries: NlpQueryConnection;
  /** The signed-in user's notifications, newest first; expired ones are left out. */
  notifications: NotificationConnection;
  /** performance_metric, newest first by createdAt; `from` (inclusive) and `to` (exclusive) bound createdAt. Readable by the tenant's admins. Filters may be combined where one index serves them together; other combinations are BAD_USER_INPUT. */
  performanceMetrics: PerformanceMetricConnection;
  /** ml_prediction_log, newest first by createdAt; `from` (inclusive) and `to` (exclusive) bound createdAt. Readable by the tenant's members. Filters may be combined where one index serves them together; other combinations are BAD_USER_INPUT. */
  predictions: PredictionConnection;
  /** user_preference, newest first by updatedAt; `from` (inclusive) and `to` (exclusive) bound updatedAt. Readable by the user it belongs to. Filters may be combined where one index serves them together; other combinations are BAD_USER_INPUT. */
  preferenceDocuments: UserPreferenceDocumentConnection;
  /** A project of the caller's tenant; null when it does not exist or belongs to another tenant. */
  project?: Maybe<Project>;
  /** The caller's tenant's projects, newest first. */
  projects: ProjectConnection;
  /** The tenant's public channels that are not archived, most recently active first, joined or not. */
  publicChannels: ConversationConnection;
  /** push_notification_log, newest first by sentAt; `from` (inclusive) and `to` (exclusive) bound sentAt. Readable by the tenant's members. Filters may be combined where one index serves them together; other combinations are BAD_USER_INPUT. */
  pushDeliveries: PushDeliveryConnection;
  /** What the signed-in user did recently, on any kind of entity; newest first. */
  recentActivity: ActivityEventConnection;
  /** A report, from cache when fresh. Unknown types and invalid params are BAD_USER_INPUT. */
  report?: Maybe<Report>;
  /** report_cache, newest first by createdAt; `from` (inclusive) and `to` (exclusive) bound createdAt. Readable by the tenant's members. Filters may be combined where one index serves them together; other combinations are BAD_USER_INPUT. */
  reportCacheEntries: ReportCacheEntryConnection;
  reportTypes: Array<ReportType>;
  /**
   * Instant search over the caller's tenant: rows whose indexed words start with every word of
   * `query` (case, accents and punctuation ignored: "mül rd" finds "Müller Road"), best first (see
   * SearchHit.score). `query` has 1 to 8 words and at most 200 characters; `types` narrows it to
   * some of the searchable types (USER, PROJECT, TASK, ASSET, VENDOR, PURCHASE_ORDER); `first` is 1 to
   * the largest page size (default 10). Each search is recorded in the caller's searchQueries.
   */
  search: Array<SearchHit>;
  /** search_index_cache, newest first by indexedAt; `from` (inclusive) and `to` (exclusive) bound indexedAt. Readable by the tenant's members. Filters may be combined where one index serves them together; other combinations are BAD_USER_INPUT. */
  searchIndexEntries: SearchIndexEntryConnection;
  /** search_query_log, newest first by createdAt; `from` (inclusive) and `to` (exclusive) bound createdAt. Readable by the user it belongs to. Filters may be combined where one index serves them together; other combinations are BAD_USER_INPUT. */
  searchQueries: SearchQueryConnection;
  /** sms_delivery_log, newest first by sentAt; `from` (inclusive) and `to` (exclusive) bound sentAt. Readable by the tenant's members. Filters may be combined where one index serves them together; other combinations are BAD_USER_INPUT. */
  smsDeliveries: SmsDeliveryConnection;
  /** ml_training_dataset, newest first by createdAt; `from` (inclusive) and `to` (exclusive) bound createdAt. Readable by the tenant's members. Filters may be combined where one index serves them together; other combinations are BAD_USER_INPUT. */
  trainingDatasets: TrainingDatasetConnection;
  /** How many of the signed-in user's notifications are neither read nor expired. */
  unreadNotificationCount: Scalars['Int']['output'];
  /** webhook_event_log, newest first by createdAt; `from` (inclusive) and `to` (exclusive) bound createdAt. Readable by the tenant's admins. Filters may be combined where one index serves them together; other combinations are BAD_USER_INPUT. */
  webhookEvents: WebhookEventConnection;
};


export type QueryActivityEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  entityType?: InputMaybe<EntityType>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryAiConversationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  model?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryAlertConfigsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  metric?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryAnalyticsArgs = {
  from: Scalars['DateTime']['input'];
  granularity: Granularity;
  metric: Scalars['String']['input'];
  to: Scalars['DateTime']['input'];
};


export type QueryAnalyticsAggregatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  granularity?: InputMaybe<Granularity>;
  metric?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryApiRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  endpoint?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  operationName?: InputMaybe<Scalars['String']['input']>;
  requestId?: InputMaybe<Scalars['String']['input']>;
  statusCode?: InputMaybe<Scalars['Int']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryAssetReadingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  assetId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  metric?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryAttachmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  entityType?: InputMaybe<EntityType>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  storageKey?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
  uploadedBy?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryChangelogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  changedBy?: InputMaybe<Scalars['ID']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  entityType?: InputMaybe<EntityType>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryChatMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  channelId?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  threadId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  authorId?: InputMaybe<Scalars['ID']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  entityType?: InputMaybe<EntityType>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryConversationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryConversationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryDashboardArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDashboardLayoutArgs = {
  dashboardId: Scalars['ID']['input'];
};


export type QueryDashboardLayoutsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  dashboardId?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryDashboardSnapshotsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  dashboardId?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  tags?: InputMaybe<Scalars['String']['input']>;
  tileId?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryEmailsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  entityType?: InputMaybe<EntityType>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  messageId?: InputMaybe<Scalars['String']['input']>;
  participants?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
  type: EntityType;
};


export type QueryErrorLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  fingerprint?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  requestId?: InputMaybe<Scalars['String']['input']>;
  resolved?: InputMaybe<Scalars['Boolean']['input']>;
  severity?: InputMaybe<ErrorSeverity>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryFavoritesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  entityType?: InputMaybe<EntityType>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  kind?: InputMaybe<FavoriteKind>;
  reportType?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryFeatureUsageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  feature?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  module?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryFieldAuditsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  entityType?: InputMaybe<EntityType>;
  field?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryHealthEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  service?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<HealthStatus>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryIntegrationSyncsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  status?: InputMaybe<SyncStatus>;
  system?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryJobRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  jobName?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<JobStatus>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryMlModelsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  modelName?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
  version?: InputMaybe<Scalars['String']['input']>;
};


export type QueryNlpQueriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  intent?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryPerformanceMetricsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  endpoint?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryPredictionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  entityType?: InputMaybe<EntityType>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  modelName?: InputMaybe<Scalars['String']['input']>;
  modelVersion?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryPreferenceDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryProjectArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPublicChannelsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPushDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  notificationId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<DeliveryStatus>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryRecentActivityArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReportArgs = {
  params?: InputMaybe<Scalars['JSON']['input']>;
  type: Scalars['String']['input'];
};


export type QueryReportCacheEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  cacheKey?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  reportType?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
  types?: InputMaybe<Array<EntityType>>;
};


export type QuerySearchIndexEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  entityType?: InputMaybe<EntityType>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  terms?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QuerySearchQueriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  normalizedQuery?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QuerySmsDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  notificationId?: InputMaybe<Scalars['ID']['input']>;
  providerMessageId?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<DeliveryStatus>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryTrainingDatasetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  modelName?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryWebhookEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  status?: InputMaybe<WebhookStatus>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
  webhookId?: InputMaybe<Scalars['String']['input']>;
};

/** One emoji and who reacted with it. */
export type Reaction = {
  __typename?: 'Reaction';
  emoji: Scalars['String']['output'];
  users: Array<Maybe<User>>;
};

/** One metric's readings of one asset within one time bucket. */
export type ReadingBucket = {
  __typename?: 'ReadingBucket';
  /** The mean value; null when count is 0. */
  avg?: Maybe<Scalars['Float']['output']>;
  /** Readings in the bucket, counting only those from `from` to `to`; 0 for a bucket without any. */
  count: Scalars['Int']['output'];
  /** The bucket's end (exclusive): start plus the granularity. */
  end: Scalars['DateTime']['output'];
  /** The largest value; null when count is 0. */
  max?: Maybe<Scalars['Float']['output']>;
  /** The smallest value; null when count is 0. */
  min?: Maybe<Scalars['Float']['output']>;
  /** The bucket's start (inclusive), on a UTC boundary of the granularity. */
  start: Scalars['DateTime']['output'];
};

/**
 * The width of the time buckets Asset.readings aggregates into, aligned in UTC: minutes, hours and
 * days start where a UTC clock says so, weeks on Monday 00:00 UTC.
 */
export type ReadingGranularity =
  | 'DAY'
  | 'FIFTEEN_MINUTES'
  | 'FIVE_MINUTES'
  | 'HOUR'
  | 'MINUTE'
  | 'WEEK';

/** One measurement a device or an integration reports (recordReadings). */
export type ReadingInput = {
  /** An asset of the caller's tenant. */
  assetId: Scalars['ID']['input'];
  /** What was measured: lower-case letters, digits, `_`, `.` or `-`, starting with a letter, at most 64 characters (temperature_c, power.kw). */
  metric: Scalars['String']['input'];
  /** When it was measured: within the 90 days readings are kept, at most 5 minutes ahead of the gateway's clock. */
  time: Scalars['DateTime']['input'];
  /** The measured value: a finite number. */
  value: Scalars['Float']['input'];
};

/** The metadata of a file the client has uploaded to object storage (registerAttachment). */
export type RegisterAttachmentInput = {
  /** SHA-256 of the bytes, 64 hex digits. */
  checksum?: InputMaybe<Scalars['String']['input']>;
  /**
   * One of the accepted types: JPEG, PNG, WebP, GIF, HEIC, TIFF, PDF, Word, Excel, PowerPoint,
   * OpenDocument text and spreadsheet, plain text, CSV, ZIP, DWG, DXF, IFC, MP4 and QuickTime
   * (`image/jpeg`, `application/pdf` …); parameters such as `; charset=utf-8` are dropped.
   */
  contentType: Scalars['String']['input'];
  entityId: Scalars['ID']['input'];
  /** The row the file is attached to: any row of the caller's tenant. */
  entityType: EntityType;
  /** 1 to 255 characters, without `/`, `\` or control characters. */
  fileName: Scalars['String']['input'];
  /** 1 byte to 100 MiB (104857600). */
  sizeBytes: Scalars['Int']['input'];
  /**
   * Where the bytes are in object storage: `<tenant id>/…`, at most 1024 characters, no empty, `.`
   * or `..` segments. Each key is registered once.
   */
  storageKey: Scalars['String']['input'];
};

export type Report = {
  __typename?: 'Report';
  data: Scalars['JSON']['output'];
  expiresAt: Scalars['DateTime']['output'];
  generatedAt: Scalars['DateTime']['output'];
  /** The params as understood: validated, with defaults, in canonical order. */
  params: Scalars['JSON']['output'];
  source: CacheSource;
  type: Scalars['String']['output'];
};

/** A rendered report kept until it expires (report_cache). */
export type ReportCacheEntry = {
  __typename?: 'ReportCacheEntry';
  /** SHA-256 of tenant, report type and canonical parameters. */
  cacheKey: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The rendered report. */
  data: Scalars['JSON']['output'];
  expiresAt: Scalars['DateTime']['output'];
  /** Each tag's generation when the report was computed: a later invalidation makes it stale. */
  generations?: Maybe<Scalars['JSON']['output']>;
  id: Scalars['ID']['output'];
  params: Scalars['JSON']['output'];
  reportType: Scalars['String']['output'];
  /** The entity kinds (PROJECT, TASK, …) whose writes make this entry stale. */
  tags: Array<Scalars['String']['output']>;
};

export type ReportCacheEntryConnection = {
  __typename?: 'ReportCacheEntryConnection';
  edges: Array<ReportCacheEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ReportCacheEntryEdge = {
  __typename?: 'ReportCacheEntryEdge';
  cursor: Scalars['String']['output'];
  node: ReportCacheEntry;
};

export type ReportType = {
  __typename?: 'ReportType';
  description: Scalars['String']['output'];
  name: Scalars['String']['output'];
  ttlSeconds: Scalars['Int']['output'];
};

/** Inbound: a client called this API. Outbound: this API called another service. */
export type RequestDirection =
  | 'INBOUND'
  | 'OUTBOUND';

/** A row that search found (search_index_cache), with its entity and why it ranks where it does. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The row, read from PostgreSQL: rows that are gone are left out of the answer. */
  entity: Entity;
  entityId: Scalars['ID']['output'];
  entityType: EntityType;
  /** When the entry was last written: after every change of the row, by any writer. */
  indexedAt: Scalars['DateTime']['output'];
  /** The indexed words that the query's words matched, in the entry's order (for highlighting). */
  matchedTerms: Array<Scalars['String']['output']>;
  /** Position in the answer, from 1: what a click-through reports as its rank. */
  rank: Scalars['Int']['output'];
  /**
   * Higher ranks first. Each word of the query earns its best match among the entry's words: 4 for a
   * whole title word, 3 for the start of a title word, 2 for a whole summary word, 1 for the start of
   * one; the score is their sum. Equal scores rank the shorter title first, then by title.
   */
  score: Scalars['Float']['output'];
  /** The other searched properties as indexed (a project's code, a vendor's e-mail …), when it has any. */
  summary?: Maybe<Scalars['String']['output']>;
  /** The row's title as indexed (a project's name, a task's title, a purchase order's number …). */
  title: Scalars['String']['output'];
};

/** The searchable projection of one row (search_index_cache). */
export type SearchIndexEntry = EntityDocument & {
  __typename?: 'SearchIndexEntry';
  entity?: Maybe<Entity>;
  entityId: Scalars['ID']['output'];
  entityType?: Maybe<EntityType>;
  id: Scalars['ID']['output'];
  indexedAt: Scalars['DateTime']['output'];
  summary?: Maybe<Scalars['String']['output']>;
  /** Normalised words of the title and summary. */
  terms: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  /** The row's version the entry was made from: no writer replaces it with an older one. */
  version: Scalars['Int']['output'];
};

export type SearchIndexEntryConnection = {
  __typename?: 'SearchIndexEntryConnection';
  edges: Array<SearchIndexEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SearchIndexEntryEdge = {
  __typename?: 'SearchIndexEntryEdge';
  cursor: Scalars['String']['output'];
  node: SearchIndexEntry;
};

/** One search a user ran (search_query_log). */
export type SearchQuery = {
  __typename?: 'SearchQuery';
  /** Position of the result the user opened, from 1; null when none. */
  clickedRank?: Maybe<Scalars['Int']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** The filters the search was narrowed by, as the client sent them. */
  filters?: Maybe<Scalars['JSON']['output']>;
  id: Scalars['ID']['output'];
  /** Lower-cased, trimmed, whitespace collapsed: what identical searches share. */
  normalizedQuery: Scalars['String']['output'];
  query: Scalars['String']['output'];
  resultsCount: Scalars['Int']['output'];
  user?: Maybe<User>;
};

export type SearchQueryConnection = {
  __typename?: 'SearchQueryConnection';
  edges: Array<SearchQueryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SearchQueryEdge = {
  __typename?: 'SearchQueryEdge';
  cursor: Scalars['String']['output'];
  node: SearchQuery;
};

export type SendNotificationInput = {
  /** At most 2000 characters. */
  body: Scalars['String']['input'];
  /** How it reaches each recipient: IN_APP is the notification itself; EMAIL, PUSH and SMS are sent too, except on a channel the recipient turned off. */
  channels?: Array<NotificationChannel>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  /** The row the notification is about: entityType and entityId together, naming a row of the caller's tenant. */
  entityType?: InputMaybe<EntityType>;
  /** When the notification stops being shown; in the future and within the 90-day retention. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  priority?: NotificationPriority;
  /** Users of the caller's tenant, at most 500; repeated ids count once. */
  recipientIds: Array<Scalars['ID']['input']>;
  /** 1 to 200 characters. */
  title: Scalars['String']['input'];
};

/** One SMS sent for a notification (sms_delivery_log). */
export type SmsDelivery = {
  __typename?: 'SmsDelivery';
  errorCode?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The notification this delivery carried. */
  notification?: Maybe<Notification>;
  /** The number with all but its last digits hidden. */
  phoneMasked: Scalars['String']['output'];
  provider: Scalars['String']['output'];
  providerMessageId?: Maybe<Scalars['String']['output']>;
  segments: Scalars['Int']['output'];
  sentAt: Scalars['DateTime']['output'];
  status: DeliveryStatus;
  user?: Maybe<User>;
};

export type SmsDeliveryConnection = {
  __typename?: 'SmsDeliveryConnection';
  edges: Array<SmsDeliveryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SmsDeliveryEdge = {
  __typename?: 'SmsDeliveryEdge';
  cursor: Scalars['String']['output'];
  node: SmsDelivery;
};

/**
 * Pre-aggregated KPI data for one tile, kept for 24 hours unless a write makes it stale. Dashboards
 * and reports are the same for every user of a tenant: their answers may be reused for 60 s
 * (`Cache-Control: private, max-age=60`), and a persisted query of them is answered from Redis until
 * a write invalidates what it read.
 */
export type Snapshot = {
  __typename?: 'Snapshot';
  computedAt: Scalars['DateTime']['output'];
  data: Scalars['JSON']['output'];
  expiresAt: Scalars['DateTime']['output'];
  source: CacheSource;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Edits, deletes, reactions, read positions and changes of the conversation itself, live; members only, as messageAdded. */
  conversationUpdated: ConversationUpdate;
  /**
   * The changes of one row of the signed-in user's tenant, by this API or any other writer of the
   * database (who, when, before and after), oldest first; without `entityId`, of every row of the
   * type (admins only). With `after` (the cursor of the last change received), first every change
   * since then, from entity_changelog, then live ones: none missed. A row that does not exist in the
   * caller's tenant is BAD_USER_INPUT.
   */
  entityChanged: EntityChange;
  /**
   * Messages posted in a conversation the caller is a member of, thread replies included, oldest
   * first; without `conversationId`, in every conversation of theirs (one they join from then on is
   * included, one they leave stops). With `after` (the cursor of the last message received), first
   * every message since then, from the record, then live ones: none missed, none twice. A
   * non-member is refused (FORBIDDEN, or BAD_USER_INPUT for a conversation they cannot see); a
   * member who leaves or is removed gets FORBIDDEN and nothing more.
   */
  messageAdded: ChatMessage;
  /**
   * The signed-in user's new notifications, oldest first. With `after` (the cursor of the last one
   * received), first everything since then, from the record, then live ones: none missed, none twice.
   */
  notificationAdded: Notification;
  /** Status changes (delivered, read, failed) of the signed-in user's notifications. */
  notificationUpdated: Notification;
  /** The presence of up to 200 users of the caller's tenant: each one's state now, then every change. */
  presenceChanged: Presence;
  /** The other members starting and stopping to type, live; members only. */
  typing: TypingIndicator;
};


export type SubscriptionConversationUpdatedArgs = {
  conversationId: Scalars['ID']['input'];
};


export type SubscriptionEntityChangedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  entityType: EntityType;
};


export type SubscriptionMessageAddedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  conversationId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionNotificationAddedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
};


export type SubscriptionPresenceChangedArgs = {
  userIds: Array<Scalars['ID']['input']>;
};


export type SubscriptionTypingArgs = {
  conversationId: Scalars['ID']['input'];
};

export type SyncDirection =
  | 'EXPORT'
  | 'IMPORT';

export type SyncError = {
  __typename?: 'SyncError';
  message: Scalars['String']['output'];
  /** The external system's id of the record that failed. */
  recordId?: Maybe<Scalars['String']['output']>;
};

export type SyncStatus =
  | 'FAILED'
  | 'PARTIAL'
  | 'RUNNING'
  | 'SUCCEEDED';

export type Task = Entity & {
  __typename?: 'Task';
  /** user_activity_event about this row, newest first. Readable by the tenant's members. */
  activity: ActivityEventConnection;
  assignee?: Maybe<User>;
  /** attachment_metadata about this row, newest first. Readable by the tenant's members. */
  attachments: AttachmentConnection;
  /** entity_changelog about this row, newest first. Readable by the tenant's members. */
  changelog: EntityChangeConnection;
  /** comment_thread about this row, newest first. Readable by the tenant's members. */
  comments: CommentConnection;
  createdAt: Scalars['DateTime']['output'];
  dueOn?: Maybe<Scalars['Date']['output']>;
  /** email_communication about this row, newest first. Readable by the tenant's members. */
  emails: EmailConnection;
  entityType: EntityType;
  estimateHours?: Maybe<Scalars['Decimal']['output']>;
  /** user_favorite about this row, newest first. Readable by the user it belongs to. */
  favorites: FavoriteConnection;
  /** field_audit_log about this row, newest first. Readable by the tenant's members. */
  fieldAudits: FieldAuditConnection;
  id: Scalars['ID']['output'];
  /** notification_delivery about this row, newest first. Readable by the user it belongs to. */
  notifications: NotificationConnection;
  /** ml_prediction_log about this row, newest first. Readable by the tenant's members. */
  predictions: PredictionConnection;
  priority: TaskPriority;
  project: Project;
  /** search_index_cache about this row, newest first. Readable by the tenant's members. */
  searchIndex: SearchIndexEntryConnection;
  status: TaskStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};


export type TaskActivityArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TaskAttachmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TaskChangelogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TaskCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TaskEmailsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TaskFavoritesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TaskFieldAuditsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TaskNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TaskPredictionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TaskSearchIndexArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type TaskConnection = {
  __typename?: 'TaskConnection';
  edges: Array<TaskEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TaskEdge = {
  __typename?: 'TaskEdge';
  cursor: Scalars['String']['output'];
  node: Task;
};

export type TaskPriority =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM'
  | 'URGENT';

export type TaskStatus =
  | 'BLOCKED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'TODO';

export type Tenant = Entity & {
  __typename?: 'Tenant';
  /** user_activity_event about this row, newest first. Readable by the tenant's members. */
  activity: ActivityEventConnection;
  /** attachment_metadata about this row, newest first. Readable by the tenant's members. */
  attachments: AttachmentConnection;
  /** entity_changelog about this row, newest first. Readable by the tenant's members. */
  changelog: EntityChangeConnection;
  /** comment_thread about this row, newest first. Readable by the tenant's members. */
  comments: CommentConnection;
  createdAt: Scalars['DateTime']['output'];
  /** email_communication about this row, newest first. Readable by the tenant's members. */
  emails: EmailConnection;
  entityType: EntityType;
  /** user_favorite about this row, newest first. Readable by the user it belongs to. */
  favorites: FavoriteConnection;
  /** field_audit_log about this row, newest first. Readable by the tenant's members. */
  fieldAudits: FieldAuditConnection;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** notification_delivery about this row, newest first. Readable by the user it belongs to. */
  notifications: NotificationConnection;
  /** ml_prediction_log about this row, newest first. Readable by the tenant's members. */
  predictions: PredictionConnection;
  /** search_index_cache about this row, newest first. Readable by the tenant's members. */
  searchIndex: SearchIndexEntryConnection;
  slug: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};


export type TenantActivityArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TenantAttachmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TenantChangelogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TenantCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TenantEmailsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TenantFavoritesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TenantFieldAuditsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TenantNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TenantPredictionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TenantSearchIndexArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Theme =
  | 'DARK'
  | 'LIGHT'
  | 'SYSTEM';

export type TileKind =
  /** Inbound API requests per hour over the last 24 hours, from analytics_aggregate. */
  | 'API_REQUESTS_PER_HOUR'
  | 'ASSET_VALUE_BY_STATUS'
  | 'OPEN_TASKS_BY_ASSIGNEE'
  | 'PROJECTS_BY_STATUS'
  | 'SPEND_BY_VENDOR'
  | 'TASKS_BY_PRIORITY';

/** Feature arrays a model was trained on (ml_training_dataset). */
export type TrainingDataset = {
  __typename?: 'TrainingDataset';
  createdAt: Scalars['DateTime']['output'];
  featureNames: Array<Scalars['String']['output']>;
  /** One array of feature values per training example. */
  features: Scalars['JSON']['output'];
  id: Scalars['ID']['output'];
  labels?: Maybe<Scalars['JSON']['output']>;
  modelName: Scalars['String']['output'];
  rowCount: Scalars['Int']['output'];
  version: Scalars['String']['output'];
};

export type TrainingDatasetConnection = {
  __typename?: 'TrainingDatasetConnection';
  edges: Array<TrainingDatasetEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TrainingDatasetEdge = {
  __typename?: 'TrainingDatasetEdge';
  cursor: Scalars['String']['output'];
  node: TrainingDataset;
};

/** Someone starting or stopping to type in a conversation (typing). Never stored. */
export type TypingIndicator = {
  __typename?: 'TypingIndicator';
  conversationId: Scalars['ID']['output'];
  /** Until when to show it: a client that keeps typing calls setTyping again every few seconds. */
  expiresAt: Scalars['DateTime']['output'];
  typing: Scalars['Boolean']['output'];
  user?: Maybe<User>;
};

/** Only the given fields change; an explicit null projectId detaches the asset. */
export type UpdateAssetInput = {
  acquiredOn?: InputMaybe<Scalars['Date']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
  purchaseCost?: InputMaybe<Scalars['Decimal']['input']>;
  status?: InputMaybe<AssetStatus>;
  tag?: InputMaybe<Scalars['String']['input']>;
};

/** A change to a channel (updateChannel): what is given changes. */
export type UpdateChannelInput = {
  id: Scalars['ID']['input'];
  /** A new name, as createChannel's. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A new topic; empty or null clears it. */
  topic?: InputMaybe<Scalars['String']['input']>;
};

/** Only the given fields change; each change is recorded in the project's changelog. */
export type UpdateProjectInput = {
  budget?: InputMaybe<Scalars['Decimal']['input']>;
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  status?: InputMaybe<ProjectStatus>;
};

/**
 * Only the given fields change. The status moves DRAFT → SUBMITTED → APPROVED → RECEIVED (a submitted
 * order may go back to DRAFT), or to CANCELLED before it is received; approving and cancelling a
 * submitted or approved order are for admins. Any other move is BAD_USER_INPUT.
 */
export type UpdatePurchaseOrderInput = {
  orderedOn?: InputMaybe<Scalars['Date']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<PurchaseOrderStatus>;
  totalAmount?: InputMaybe<Scalars['Decimal']['input']>;
};

/** Only the given fields change; an explicit null assigneeId unassigns. */
export type UpdateTaskInput = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  estimateHours?: InputMaybe<Scalars['Decimal']['input']>;
  priority?: InputMaybe<TaskPriority>;
  status?: InputMaybe<TaskStatus>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateVendorInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  rating?: InputMaybe<Scalars['Int']['input']>;
};

export type User = Entity & {
  __typename?: 'User';
  /** user_activity_event about this row, newest first. Readable by the tenant's members. */
  activity: ActivityEventConnection;
  /** Tasks assigned to this user, newest first. */
  assignedTasks: TaskConnection;
  /** attachment_metadata about this row, newest first. Readable by the tenant's members. */
  attachments: AttachmentConnection;
  /** entity_changelog about this row, newest first. Readable by the tenant's members. */
  changelog: EntityChangeConnection;
  /** comment_thread about this row, newest first. Readable by the tenant's members. */
  comments: CommentConnection;
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  /** email_communication about this row, newest first. Readable by the tenant's members. */
  emails: EmailConnection;
  entityType: EntityType;
  /** user_favorite about this row, newest first. Readable by the user it belongs to. */
  favorites: FavoriteConnection;
  /** field_audit_log about this row, newest first. Readable by the tenant's members. */
  fieldAudits: FieldAuditConnection;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** notification_delivery about this row, newest first. Readable by the user it belongs to. */
  notifications: NotificationConnection;
  /** ml_prediction_log about this row, newest first. Readable by the tenant's members. */
  predictions: PredictionConnection;
  /**
   * Per-user settings (MongoDB user_preference); defaults when the user has saved none. Only the
   * user themselves may read them: FORBIDDEN for anyone else.
   */
  preferences?: Maybe<UserPreferences>;
  roles: Array<Scalars['String']['output']>;
  /** search_index_cache about this row, newest first. Readable by the tenant's members. */
  searchIndex: SearchIndexEntryConnection;
  tenant: Tenant;
  version: Scalars['Int']['output'];
};


export type UserActivityArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type UserAssignedTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type UserAttachmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type UserChangelogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type UserCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type UserEmailsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type UserFavoritesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type UserFieldAuditsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type UserNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type UserPredictionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type UserSearchIndexArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A user's saved settings as stored (user_preference); User.preferences adds the defaults. */
export type UserPreferenceDocument = {
  __typename?: 'UserPreferenceDocument';
  defaultProject?: Maybe<Project>;
  /** Channels the user turned off: nothing is sent on them. */
  disabledChannels: Array<NotificationChannel>;
  id: Scalars['ID']['output'];
  /** BCP 47 language tag; en when unset. */
  locale?: Maybe<Scalars['String']['output']>;
  pushDevices: Array<PushDevice>;
  theme?: Maybe<Theme>;
  /** IANA time zone; UTC when unset. */
  timezone?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  user?: Maybe<User>;
};

export type UserPreferenceDocumentConnection = {
  __typename?: 'UserPreferenceDocumentConnection';
  edges: Array<UserPreferenceDocumentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type UserPreferenceDocumentEdge = {
  __typename?: 'UserPreferenceDocumentEdge';
  cursor: Scalars['String']['output'];
  node: UserPreferenceDocument;
};

export type UserPreferences = {
  __typename?: 'UserPreferences';
  defaultProject?: Maybe<Project>;
  /** Channels the user turned off: no notification is sent to them on these. */
  disabledChannels: Array<NotificationChannel>;
  locale: Scalars['String']['output'];
  /** Where SMS notifications go (E.164), when set. */
  phoneNumber?: Maybe<Scalars['String']['output']>;
  /** The platforms of the devices registered for push notifications, one per device. */
  pushPlatforms: Array<PushPlatform>;
  theme: Theme;
  timezone: Scalars['String']['output'];
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type Vendor = Entity & {
  __typename?: 'Vendor';
  /** user_activity_event about this row, newest first. Readable by the tenant's members. */
  activity: ActivityEventConnection;
  /** attachment_metadata about this row, newest first. Readable by the tenant's members. */
  attachments: AttachmentConnection;
  /** entity_changelog about this row, newest first. Readable by the tenant's members. */
  changelog: EntityChangeConnection;
  /** comment_thread about this row, newest first. Readable by the tenant's members. */
  comments: CommentConnection;
  createdAt: Scalars['DateTime']['output'];
  email?: Maybe<Scalars['String']['output']>;
  /** email_communication about this row, newest first. Readable by the tenant's members. */
  emails: EmailConnection;
  entityType: EntityType;
  /** user_favorite about this row, newest first. Readable by the user it belongs to. */
  favorites: FavoriteConnection;
  /** field_audit_log about this row, newest first. Readable by the tenant's members. */
  fieldAudits: FieldAuditConnection;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** notification_delivery about this row, newest first. Readable by the user it belongs to. */
  notifications: NotificationConnection;
  /** ml_prediction_log about this row, newest first. Readable by the tenant's members. */
  predictions: PredictionConnection;
  purchaseOrders: PurchaseOrderConnection;
  rating?: Maybe<Scalars['Int']['output']>;
  /** search_index_cache about this row, newest first. Readable by the tenant's members. */
  searchIndex: SearchIndexEntryConnection;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};


export type VendorActivityArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type VendorAttachmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type VendorChangelogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type VendorCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type VendorEmailsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type VendorFavoritesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type VendorFieldAuditsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type VendorNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type VendorPredictionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type VendorPurchaseOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type VendorSearchIndexArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One attempt to deliver a webhook (webhook_event_log). */
export type WebhookEvent = {
  __typename?: 'WebhookEvent';
  attempt: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  error?: Maybe<Scalars['String']['output']>;
  eventType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  nextRetryAt?: Maybe<Scalars['DateTime']['output']>;
  responseBody?: Maybe<Scalars['String']['output']>;
  responseStatus?: Maybe<Scalars['Int']['output']>;
  status: WebhookStatus;
  targetUrl: Scalars['String']['output'];
  /** The subscription this delivery belongs to. */
  webhookId: Scalars['String']['output'];
};

export type WebhookEventConnection = {
  __typename?: 'WebhookEventConnection';
  edges: Array<WebhookEventEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WebhookEventEdge = {
  __typename?: 'WebhookEventEdge';
  cursor: Scalars['String']['output'];
  node: WebhookEvent;
};

export type WebhookStatus =
  | 'DELIVERED'
  | 'FAILED'
  | 'PENDING';



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  ActivityEvent: ActivityEvent;
  AiConversation: AiConversation;
  AlertConfig: AlertConfig;
  AnalyticsAggregate: AnalyticsAggregate;
  ApiRequest: ApiRequest;
  Asset: Asset;
  AssetReading: AssetReading;
  Attachment: Attachment;
  ChatMessage: ChatMessage;
  Comment: Comment;
  DashboardLayout: DashboardLayout;
  DashboardSnapshotEntry: DashboardSnapshotEntry;
  Email: Email;
  EntityChange: EntityChange;
  ErrorLogEntry: ErrorLogEntry;
  Favorite: Favorite;
  FeatureUsage: FeatureUsage;
  FieldAudit: FieldAudit;
  HealthEvent: HealthEvent;
  IntegrationSync: IntegrationSync;
  JobRun: JobRun;
  MlModel: MlModel;
  NlpQuery: NlpQuery;
  Notification: Notification;
  PerformanceMetric: PerformanceMetric;
  Prediction: Prediction;
  Project: Project;
  PurchaseOrder: PurchaseOrder;
  PushDelivery: PushDelivery;
  ReportCacheEntry: ReportCacheEntry;
  SearchIndexEntry: SearchIndexEntry;
  SearchQuery: SearchQuery;
  SmsDelivery: SmsDelivery;
  Task: Task;
  Tenant: Tenant;
  TrainingDataset: TrainingDataset;
  User: User;
  UserPreferenceDocument: UserPreferenceDocument;
  Vendor: Vendor;
  WebhookEvent: WebhookEvent;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  ActivityEvent:
    ( { __typename: 'ActivityEvent' }
    & GraphQLRecursivePick<FederationTypes['ActivityEvent'], {"id":true}> );
  AiConversation:
    ( { __typename: 'AiConversation' }
    & GraphQLRecursivePick<FederationTypes['AiConversation'], {"id":true}> );
  AlertConfig:
    ( { __typename: 'AlertConfig' }
    & GraphQLRecursivePick<FederationTypes['AlertConfig'], {"id":true}> );
  AnalyticsAggregate:
    ( { __typename: 'AnalyticsAggregate' }
    & GraphQLRecursivePick<FederationTypes['AnalyticsAggregate'], {"id":true}> );
  ApiRequest:
    ( { __typename: 'ApiRequest' }
    & GraphQLRecursivePick<FederationTypes['ApiRequest'], {"id":true}> );
  Asset:
    ( { __typename: 'Asset' }
    & GraphQLRecursivePick<FederationTypes['Asset'], {"id":true}> );
  AssetReading:
    ( { __typename: 'AssetReading' }
    & GraphQLRecursivePick<FederationTypes['AssetReading'], {"id":true}> );
  Attachment:
    ( { __typename: 'Attachment' }
    & GraphQLRecursivePick<FederationTypes['Attachment'], {"id":true}> );
  ChatMessage:
    ( { __typename: 'ChatMessage' }
    & GraphQLRecursivePick<FederationTypes['ChatMessage'], {"id":true}> );
  Comment:
    ( { __typename: 'Comment' }
    & GraphQLRecursivePick<FederationTypes['Comment'], {"id":true}> );
  DashboardLayout:
    ( { __typename: 'DashboardLayout' }
    & GraphQLRecursivePick<FederationTypes['DashboardLayout'], {"id":true}> );
  DashboardSnapshotEntry:
    ( { __typename: 'DashboardSnapshotEntry' }
    & GraphQLRecursivePick<FederationTypes['DashboardSnapshotEntry'], {"id":true}> );
  Email:
    ( { __typename: 'Email' }
    & GraphQLRecursivePick<FederationTypes['Email'], {"id":true}> );
  EntityChange:
    ( { __typename: 'EntityChange' }
    & GraphQLRecursivePick<FederationTypes['EntityChange'], {"id":true}> );
  ErrorLogEntry:
    ( { __typename: 'ErrorLogEntry' }
    & GraphQLRecursivePick<FederationTypes['ErrorLogEntry'], {"id":true}> );
  Favorite:
    ( { __typename: 'Favorite' }
    & GraphQLRecursivePick<FederationTypes['Favorite'], {"id":true}> );
  FeatureUsage:
    ( { __typename: 'FeatureUsage' }
    & GraphQLRecursivePick<FederationTypes['FeatureUsage'], {"id":true}> );
  FieldAudit:
    ( { __typename: 'FieldAudit' }
    & GraphQLRecursivePick<FederationTypes['FieldAudit'], {"id":true}> );
  HealthEvent:
    ( { __typename: 'HealthEvent' }
    & GraphQLRecursivePick<FederationTypes['HealthEvent'], {"id":true}> );
  IntegrationSync:
    ( { __typename: 'IntegrationSync' }
    & GraphQLRecursivePick<FederationTypes['IntegrationSync'], {"id":true}> );
  JobRun:
    ( { __typename: 'JobRun' }
    & GraphQLRecursivePick<FederationTypes['JobRun'], {"id":true}> );
  MlModel:
    ( { __typename: 'MlModel' }
    & GraphQLRecursivePick<FederationTypes['MlModel'], {"id":true}> );
  NlpQuery:
    ( { __typename: 'NlpQuery' }
    & GraphQLRecursivePick<FederationTypes['NlpQuery'], {"id":true}> );
  Notification:
    ( { __typename: 'Notification' }
    & GraphQLRecursivePick<FederationTypes['Notification'], {"id":true}> );
  PerformanceMetric:
    ( { __typename: 'PerformanceMetric' }
    & GraphQLRecursivePick<FederationTypes['PerformanceMetric'], {"id":true}> );
  Prediction:
    ( { __typename: 'Prediction' }
    & GraphQLRecursivePick<FederationTypes['Prediction'], {"id":true}> );
  Project:
    ( { __typename: 'Project' }
    & GraphQLRecursivePick<FederationTypes['Project'], {"id":true}> );
  PurchaseOrder:
    ( { __typename: 'PurchaseOrder' }
    & GraphQLRecursivePick<FederationTypes['PurchaseOrder'], {"id":true}> );
  PushDelivery:
    ( { __typename: 'PushDelivery' }
    & GraphQLRecursivePick<FederationTypes['PushDelivery'], {"id":true}> );
  ReportCacheEntry:
    ( { __typename: 'ReportCacheEntry' }
    & GraphQLRecursivePick<FederationTypes['ReportCacheEntry'], {"id":true}> );
  SearchIndexEntry:
    ( { __typename: 'SearchIndexEntry' }
    & GraphQLRecursivePick<FederationTypes['SearchIndexEntry'], {"id":true}> );
  SearchQuery:
    ( { __typename: 'SearchQuery' }
    & GraphQLRecursivePick<FederationTypes['SearchQuery'], {"id":true}> );
  SmsDelivery:
    ( { __typename: 'SmsDelivery' }
    & GraphQLRecursivePick<FederationTypes['SmsDelivery'], {"id":true}> );
  Task:
    ( { __typename: 'Task' }
    & GraphQLRecursivePick<FederationTypes['Task'], {"id":true}> );
  Tenant:
    ( { __typename: 'Tenant' }
    & GraphQLRecursivePick<FederationTypes['Tenant'], {"id":true}> );
  TrainingDataset:
    ( { __typename: 'TrainingDataset' }
    & GraphQLRecursivePick<FederationTypes['TrainingDataset'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
  UserPreferenceDocument:
    ( { __typename: 'UserPreferenceDocument' }
    & GraphQLRecursivePick<FederationTypes['UserPreferenceDocument'], {"id":true}> );
  Vendor:
    ( { __typename: 'Vendor' }
    & GraphQLRecursivePick<FederationTypes['Vendor'], {"id":true}> );
  WebhookEvent:
    ( { __typename: 'WebhookEvent' }
    & GraphQLRecursivePick<FederationTypes['WebhookEvent'], {"id":true}> );
};


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Entity:
    | ( AssetRow )
    | ( ProjectRow )
    | ( PurchaseOrderRow )
    | ( TaskRow )
    | ( TenantRow )
    | ( UserRow )
    | ( VendorRow )
  ;
  EntityDocument:
    | ( DocumentOf<'user_activity_event'> )
    | ( DocumentOf<'attachment_metadata'> )
    | ( DocumentOf<'comment_thread'> )
    | ( DocumentOf<'email_communication'> )
    | ( DocumentOf<'entity_changelog'> )
    | ( DocumentOf<'user_favorite'> )
    | ( DocumentOf<'field_audit_log'> )
    | ( DocumentOf<'notification_delivery'> )
    | ( DocumentOf<'ml_prediction_log'> )
    | ( DocumentOf<'search_index_cache'> )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ActivityEvent: ResolverTypeWrapper<DocumentOf<'user_activity_event'>>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ActivityEventConnection: ResolverTypeWrapper<DocumentConnection<'user_activity_event'>>;
  ActivityEventEdge: ResolverTypeWrapper<Omit<ActivityEventEdge, 'node'> & { node: ResolversTypes['ActivityEvent'] }>;
  ActivityInput: ActivityInput;
  AddCommentInput: AddCommentInput;
  AiConversation: ResolverTypeWrapper<DocumentOf<'ai_conversation'>>;
  AiConversationConnection: ResolverTypeWrapper<DocumentConnection<'ai_conversation'>>;
  AiConversationEdge: ResolverTypeWrapper<Omit<AiConversationEdge, 'node'> & { node: ResolversTypes['AiConversation'] }>;
  AiRole: AiRole;
  AiTurn: ResolverTypeWrapper<AiTurn>;
  AlertCondition: AlertCondition;
  AlertConfig: ResolverTypeWrapper<DocumentOf<'user_alert_config'>>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  AlertConfigChanges: AlertConfigChanges;
  AlertConfigConnection: ResolverTypeWrapper<DocumentConnection<'user_alert_config'>>;
  AlertConfigEdge: ResolverTypeWrapper<Omit<AlertConfigEdge, 'node'> & { node: ResolversTypes['AlertConfig'] }>;
  AlertConfigInput: AlertConfigInput;
  AlertMetric: ResolverTypeWrapper<AlertMetric>;
  AnalyticsAggregate: ResolverTypeWrapper<DocumentOf<'analytics_aggregate'>>;
  AnalyticsAggregateConnection: ResolverTypeWrapper<DocumentConnection<'analytics_aggregate'>>;
  AnalyticsAggregateEdge: ResolverTypeWrapper<Omit<AnalyticsAggregateEdge, 'node'> & { node: ResolversTypes['AnalyticsAggregate'] }>;
  AnalyticsMetric: ResolverTypeWrapper<MetricModel>;
  AnalyticsPoint: ResolverTypeWrapper<RollupPoint>;
  AnalyticsSeries: ResolverTypeWrapper<RollupSeries>;
  ApiRequest: ResolverTypeWrapper<DocumentOf<'api_request_log'>>;
  ApiRequestConnection: ResolverTypeWrapper<DocumentConnection<'api_request_log'>>;
  ApiRequestEdge: ResolverTypeWrapper<Omit<ApiRequestEdge, 'node'> & { node: ResolversTypes['ApiRequest'] }>;
  Asset: ResolverTypeWrapper<AssetRow>;
  AssetConnection: ResolverTypeWrapper<Connection<AssetRow>>;
  AssetEdge: ResolverTypeWrapper<Omit<AssetEdge, 'node'> & { node: ResolversTypes['Asset'] }>;
  AssetReading: ResolverTypeWrapper<DocumentOf<'asset_reading'>>;
  AssetReadingConnection: ResolverTypeWrapper<DocumentConnection<'asset_reading'>>;
  AssetReadingEdge: ResolverTypeWrapper<Omit<AssetReadingEdge, 'node'> & { node: ResolversTypes['AssetReading'] }>;
  AssetStatus: AssetStatus;
  Attachment: ResolverTypeWrapper<DocumentOf<'attachment_metadata'>>;
  AttachmentConnection: ResolverTypeWrapper<DocumentConnection<'attachment_metadata'>>;
  AttachmentEdge: ResolverTypeWrapper<Omit<AttachmentEdge, 'node'> & { node: ResolversTypes['Attachment'] }>;
  CacheControlScope: CacheControlScope;
  CacheSource: CacheSource;
  ChangeOperation: ChangeOperation;
  ChatMessage: ResolverTypeWrapper<DocumentOf<'chat_message'>>;
  ChatMessageConnection: ResolverTypeWrapper<DocumentConnection<'chat_message'>>;
  ChatMessageEdge: ResolverTypeWrapper<Omit<ChatMessageEdge, 'node'> & { node: ResolversTypes['ChatMessage'] }>;
  Comment: ResolverTypeWrapper<DocumentOf<'comment_thread'>>;
  CommentConnection: ResolverTypeWrapper<DocumentConnection<'comment_thread'>>;
  CommentEdge: ResolverTypeWrapper<Omit<CommentEdge, 'node'> & { node: ResolversTypes['Comment'] }>;
  Conversation: ResolverTypeWrapper<MemberConversation>;
  ConversationConnection: ResolverTypeWrapper<Connection<MemberConversation>>;
  ConversationEdge: ResolverTypeWrapper<Omit<ConversationEdge, 'node'> & { node: ResolversTypes['Conversation'] }>;
  ConversationKind: ConversationKind;
  ConversationMember: ResolverTypeWrapper<Membership>;
  ConversationRole: ConversationRole;
  ConversationUpdate: ResolverTypeWrapper<ConversationUpdateEvent>;
  ConversationUpdateKind: ConversationUpdateKind;
  CreateAssetInput: CreateAssetInput;
  CreateChannelInput: CreateChannelInput;
  CreateProjectInput: CreateProjectInput;
  CreatePurchaseOrderInput: CreatePurchaseOrderInput;
  CreateTaskInput: CreateTaskInput;
  CreateVendorInput: CreateVendorInput;
  Dashboard: ResolverTypeWrapper<DashboardModel>;
  DashboardLayout: ResolverTypeWrapper<DocumentOf<'dashboard_layout'>>;
  DashboardLayoutConnection: ResolverTypeWrapper<DocumentConnection<'dashboard_layout'>>;
  DashboardLayoutEdge: ResolverTypeWrapper<Omit<DashboardLayoutEdge, 'node'> & { node: ResolversTypes['DashboardLayout'] }>;
  DashboardLayoutInput: DashboardLayoutInput;
  DashboardSnapshotEntry: ResolverTypeWrapper<DocumentOf<'dashboard_snapshot'>>;
  DashboardSnapshotEntryConnection: ResolverTypeWrapper<DocumentConnection<'dashboard_snapshot'>>;
  DashboardSnapshotEntryEdge: ResolverTypeWrapper<Omit<DashboardSnapshotEntryEdge, 'node'> & { node: ResolversTypes['DashboardSnapshotEntry'] }>;
  DashboardTile: ResolverTypeWrapper<TileModel>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  DeliveryStatus: DeliveryStatus;
  Email: ResolverTypeWrapper<DocumentOf<'email_communication'>>;
  EmailConnection: ResolverTypeWrapper<DocumentConnection<'email_communication'>>;
  EmailDirection: EmailDirection;
  EmailEdge: ResolverTypeWrapper<Omit<EmailEdge, 'node'> & { node: ResolversTypes['Email'] }>;
  EmailStatus: EmailStatus;
  Entity: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Entity']>;
  EntityChange: ResolverTypeWrapper<DocumentOf<'entity_changelog'>>;
  EntityChangeConnection: ResolverTypeWrapper<DocumentConnection<'entity_changelog'>>;
  EntityChangeEdge: ResolverTypeWrapper<Omit<EntityChangeEdge, 'node'> & { node: ResolversTypes['EntityChange'] }>;
  EntityDocument: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['EntityDocument']>;
  EntityType: EntityType;
  ErrorLogEntry: ResolverTypeWrapper<DocumentOf<'error_log'>>;
  ErrorLogEntryConnection: ResolverTypeWrapper<DocumentConnection<'error_log'>>;
  ErrorLogEntryEdge: ResolverTypeWrapper<Omit<ErrorLogEntryEdge, 'node'> & { node: ResolversTypes['ErrorLogEntry'] }>;
  ErrorSeverity: ErrorSeverity;
  Favorite: ResolverTypeWrapper<DocumentOf<'user_favorite'>>;
  FavoriteConnection: ResolverTypeWrapper<DocumentConnection<'user_favorite'>>;
  FavoriteEdge: ResolverTypeWrapper<Omit<FavoriteEdge, 'node'> & { node: ResolversTypes['Favorite'] }>;
  FavoriteInput: FavoriteInput;
  FavoriteKind: FavoriteKind;
  FavoriteToggle: ResolverTypeWrapper<Omit<FavoriteToggle, 'favorite'> & { favorite: ResolversTypes['Favorite'] }>;
  FeatureUsage: ResolverTypeWrapper<DocumentOf<'feature_usage_metric'>>;
  FeatureUsageConnection: ResolverTypeWrapper<DocumentConnection<'feature_usage_metric'>>;
  FeatureUsageEdge: ResolverTypeWrapper<Omit<FeatureUsageEdge, 'node'> & { node: ResolversTypes['FeatureUsage'] }>;
  FieldAudit: ResolverTypeWrapper<DocumentOf<'field_audit_log'>>;
  FieldAuditConnection: ResolverTypeWrapper<DocumentConnection<'field_audit_log'>>;
  FieldAuditEdge: ResolverTypeWrapper<Omit<FieldAuditEdge, 'node'> & { node: ResolversTypes['FieldAudit'] }>;
  FileRef: ResolverTypeWrapper<FileRef>;
  Granularity: Granularity;
  HealthEvent: ResolverTypeWrapper<DocumentOf<'system_health_event'>>;
  HealthEventConnection: ResolverTypeWrapper<DocumentConnection<'system_health_event'>>;
  HealthEventEdge: ResolverTypeWrapper<Omit<HealthEventEdge, 'node'> & { node: ResolversTypes['HealthEvent'] }>;
  HealthStatus: HealthStatus;
  HttpMethod: HttpMethod;
  IntegrationSync: ResolverTypeWrapper<DocumentOf<'integration_sync_log'>>;
  IntegrationSyncConnection: ResolverTypeWrapper<DocumentConnection<'integration_sync_log'>>;
  IntegrationSyncEdge: ResolverTypeWrapper<Omit<IntegrationSyncEdge, 'node'> & { node: ResolversTypes['IntegrationSync'] }>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  JobRun: ResolverTypeWrapper<DocumentOf<'background_job_log'>>;
  JobRunConnection: ResolverTypeWrapper<DocumentConnection<'background_job_log'>>;
  JobRunEdge: ResolverTypeWrapper<Omit<JobRunEdge, 'node'> & { node: ResolversTypes['JobRun'] }>;
  JobStatus: JobStatus;
  LayoutWidget: ResolverTypeWrapper<LayoutWidget>;
  LayoutWidgetInput: LayoutWidgetInput;
  MlModel: ResolverTypeWrapper<DocumentOf<'ml_model_registry'>>;
  MlModelConnection: ResolverTypeWrapper<DocumentConnection<'ml_model_registry'>>;
  MlModelEdge: ResolverTypeWrapper<Omit<MlModelEdge, 'node'> & { node: ResolversTypes['MlModel'] }>;
  ModelStatus: ModelStatus;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NlpEntity: ResolverTypeWrapper<NlpEntity>;
  NlpQuery: ResolverTypeWrapper<DocumentOf<'nlp_query_history'>>;
  NlpQueryConnection: ResolverTypeWrapper<DocumentConnection<'nlp_query_history'>>;
  NlpQueryEdge: ResolverTypeWrapper<Omit<NlpQueryEdge, 'node'> & { node: ResolversTypes['NlpQuery'] }>;
  Notification: ResolverTypeWrapper<DocumentOf<'notification_delivery'>>;
  NotificationChannel: NotificationChannel;
  NotificationConnection: ResolverTypeWrapper<DocumentConnection<'notification_delivery'>>;
  NotificationEdge: ResolverTypeWrapper<Omit<NotificationEdge, 'node'> & { node: ResolversTypes['Notification'] }>;
  NotificationPriority: NotificationPriority;
  NotificationStatus: NotificationStatus;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PerformanceMetric: ResolverTypeWrapper<DocumentOf<'performance_metric'>>;
  PerformanceMetricConnection: ResolverTypeWrapper<DocumentConnection<'performance_metric'>>;
  PerformanceMetricEdge: ResolverTypeWrapper<Omit<PerformanceMetricEdge, 'node'> & { node: ResolversTypes['PerformanceMetric'] }>;
  PostChatMessageInput: PostChatMessageInput;
  Prediction: ResolverTypeWrapper<DocumentOf<'ml_prediction_log'>>;
  PredictionConnection: ResolverTypeWrapper<DocumentConnection<'ml_prediction_log'>>;
  PredictionEdge: ResolverTypeWrapper<Omit<PredictionEdge, 'node'> & { node: ResolversTypes['Prediction'] }>;
  PreferencesInput: PreferencesInput;
  Presence: ResolverTypeWrapper<PresenceState>;
  Project: ResolverTypeWrapper<ProjectRow>;
  ProjectConnection: ResolverTypeWrapper<Connection<ProjectRow>>;
  ProjectEdge: ResolverTypeWrapper<Omit<ProjectEdge, 'node'> & { node: ResolversTypes['Project'] }>;
  ProjectStatus: ProjectStatus;
  PurchaseOrder: ResolverTypeWrapper<PurchaseOrderRow>;
  PurchaseOrderConnection: ResolverTypeWrapper<Connection<PurchaseOrderRow>>;
  PurchaseOrderEdge: ResolverTypeWrapper<Omit<PurchaseOrderEdge, 'node'> & { node: ResolversTypes['PurchaseOrder'] }>;
  PurchaseOrderStatus: PurchaseOrderStatus;
  PushDelivery: ResolverTypeWrapper<DocumentOf<'push_notification_log'>>;
  PushDeliveryConnection: ResolverTypeWrapper<DocumentConnection<'push_notification_log'>>;
  PushDeliveryEdge: ResolverTypeWrapper<Omit<PushDeliveryEdge, 'node'> & { node: ResolversTypes['PushDelivery'] }>;
  PushDevice: ResolverTypeWrapper<PushDevice>;
  PushDeviceInput: PushDeviceInput;
  PushPlatform: PushPlatform;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Reaction: ResolverTypeWrapper<Omit<Reaction, 'users'> & { users: Array<Maybe<ResolversTypes['User']>> }>;
  ReadingBucket: ResolverTypeWrapper<ReadingBucket>;
  ReadingGranularity: ReadingGranularity;
  ReadingInput: ReadingInput;
  RegisterAttachmentInput: RegisterAttachmentInput;
  Report: ResolverTypeWrapper<ReportModel>;
  ReportCacheEntry: ResolverTypeWrapper<DocumentOf<'report_cache'>>;
  ReportCacheEntryConnection: ResolverTypeWrapper<DocumentConnection<'report_cache'>>;
  ReportCacheEntryEdge: ResolverTypeWrapper<Omit<ReportCacheEntryEdge, 'node'> & { node: ResolversTypes['ReportCacheEntry'] }>;
  ReportType: ResolverTypeWrapper<ReportTypeModel>;
  RequestDirection: RequestDirection;
  SearchHit: ResolverTypeWrapper<Omit<SearchHit, 'entity'> & { entity: ResolversTypes['Entity'] }>;
  SearchIndexEntry: ResolverTypeWrapper<DocumentOf<'search_index_cache'>>;
  SearchIndexEntryConnection: ResolverTypeWrapper<DocumentConnection<'search_index_cache'>>;
  SearchIndexEntryEdge: ResolverTypeWrapper<Omit<SearchIndexEntryEdge, 'node'> & { node: ResolversTypes['SearchIndexEntry'] }>;
  SearchQuery: ResolverTypeWrapper<DocumentOf<'search_query_log'>>;
  SearchQueryConnection: ResolverTypeWrapper<DocumentConnection<'search_query_log'>>;
  SearchQueryEdge: ResolverTypeWrapper<Omit<SearchQueryEdge, 'node'> & { node: ResolversTypes['SearchQuery'] }>;
  SendNotificationInput: SendNotificationInput;
  SmsDelivery: ResolverTypeWrapper<DocumentOf<'sms_delivery_log'>>;
  SmsDeliveryConnection: ResolverTypeWrapper<DocumentConnection<'sms_delivery_log'>>;
  SmsDeliveryEdge: ResolverTypeWrapper<Omit<SmsDeliveryEdge, 'node'> & { node: ResolversTypes['SmsDelivery'] }>;
  Snapshot: ResolverTypeWrapper<CachedValue>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SyncDirection: SyncDirection;
  SyncError: ResolverTypeWrapper<SyncError>;
  SyncStatus: SyncStatus;
  Task: ResolverTypeWrapper<TaskRow>;
  TaskConnection: ResolverTypeWrapper<Connection<TaskRow>>;
  TaskEdge: ResolverTypeWrapper<Omit<TaskEdge, 'node'> & { node: ResolversTypes['Task'] }>;
  TaskPriority: TaskPriority;
  TaskStatus: TaskStatus;
  Tenant: ResolverTypeWrapper<TenantRow>;
  Theme: Theme;
  TileKind: TileKind;
  TrainingDataset: ResolverTypeWrapper<DocumentOf<'ml_training_dataset'>>;
  TrainingDatasetConnection: ResolverTypeWrapper<DocumentConnection<'ml_training_dataset'>>;
  TrainingDatasetEdge: ResolverTypeWrapper<Omit<TrainingDatasetEdge, 'node'> & { node: ResolversTypes['TrainingDataset'] }>;
  TypingIndicator: ResolverTypeWrapper<TypingEvent>;
  UpdateAssetInput: UpdateAssetInput;
  UpdateChannelInput: UpdateChannelInput;
  UpdateProjectInput: UpdateProjectInput;
  UpdatePurchaseOrderInput: UpdatePurchaseOrderInput;
  UpdateTaskInput: UpdateTaskInput;
  UpdateVendorInput: UpdateVendorInput;
  User: ResolverTypeWrapper<UserRow>;
  UserPreferenceDocument: ResolverTypeWrapper<DocumentOf<'user_preference'>>;
  UserPreferenceDocumentConnection: ResolverTypeWrapper<DocumentConnection<'user_preference'>>;
  UserPreferenceDocumentEdge: ResolverTypeWrapper<Omit<UserPreferenceDocumentEdge, 'node'> & { node: ResolversTypes['UserPreferenceDocument'] }>;
  UserPreferences: ResolverTypeWrapper<UserPreferencesView>;
  Vendor: ResolverTypeWrapper<VendorRow>;
  WebhookEvent: ResolverTypeWrapper<DocumentOf<'webhook_event_log'>>;
  WebhookEventConnection: ResolverTypeWrapper<DocumentConnection<'webhook_event_log'>>;
  WebhookEventEdge: ResolverTypeWrapper<Omit<WebhookEventEdge, 'node'> & { node: ResolversTypes['WebhookEvent'] }>;
  WebhookStatus: WebhookStatus;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ActivityEvent: DocumentOf<'user_activity_event'>;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  ActivityEventConnection: DocumentConnection<'user_activity_event'>;
  ActivityEventEdge: Omit<ActivityEventEdge, 'node'> & { node: ResolversParentTypes['ActivityEvent'] };
  ActivityInput: ActivityInput;
  AddCommentInput: AddCommentInput;
  AiConversation: DocumentOf<'ai_conversation'>;
  AiConversationConnection: DocumentConnection<'ai_conversation'>;
  AiConversationEdge: Omit<AiConversationEdge, 'node'> & { node: ResolversParentTypes['AiConversation'] };
  AiTurn: AiTurn;
  AlertConfig: DocumentOf<'user_alert_config'>;
  Float: Scalars['Float']['output'];
  AlertConfigChanges: AlertConfigChanges;
  AlertConfigConnection: DocumentConnection<'user_alert_config'>;
  AlertConfigEdge: Omit<AlertConfigEdge, 'node'> & { node: ResolversParentTypes['AlertConfig'] };
  AlertConfigInput: AlertConfigInput;
  AlertMetric: AlertMetric;
  AnalyticsAggregate: DocumentOf<'analytics_aggregate'>;
  AnalyticsAggregateConnection: DocumentConnection<'analytics_aggregate'>;
  AnalyticsAggregateEdge: Omit<AnalyticsAggregateEdge, 'node'> & { node: ResolversParentTypes['AnalyticsAggregate'] };
  AnalyticsMetric: MetricModel;
  AnalyticsPoint: RollupPoint;
  AnalyticsSeries: RollupSeries;
  ApiRequest: DocumentOf<'api_request_log'>;
  ApiRequestConnection: DocumentConnection<'api_request_log'>;
  ApiRequestEdge: Omit<ApiRequestEdge, 'node'> & { node: ResolversParentTypes['ApiRequest'] };
  Asset: AssetRow;
  AssetConnection: Connection<AssetRow>;
  AssetEdge: Omit<AssetEdge, 'node'> & { node: ResolversParentTypes['Asset'] };
  AssetReading: DocumentOf<'asset_reading'>;
  AssetReadingConnection: DocumentConnection<'asset_reading'>;
  AssetReadingEdge: Omit<AssetReadingEdge, 'node'> & { node: ResolversParentTypes['AssetReading'] };
  Attachment: DocumentOf<'attachment_metadata'>;
  AttachmentConnection: DocumentConnection<'attachment_metadata'>;
  AttachmentEdge: Omit<AttachmentEdge, 'node'> & { node: ResolversParentTypes['Attachment'] };
  ChatMessage: DocumentOf<'chat_message'>;
  ChatMessageConnection: DocumentConnection<'chat_message'>;
  ChatMessageEdge: Omit<ChatMessageEdge, 'node'> & { node: ResolversParentTypes['ChatMessage'] };
  Comment: DocumentOf<'comment_thread'>;
  CommentConnection: DocumentConnection<'comment_thread'>;
  CommentEdge: Omit<CommentEdge, 'node'> & { node: ResolversParentTypes['Comment'] };
  Conversation: MemberConversation;
  ConversationConnection: Connection<MemberConversation>;
  ConversationEdge: Omit<ConversationEdge, 'node'> & { node: ResolversParentTypes['Conversation'] };
  ConversationMember: Membership;
  ConversationUpdate: ConversationUpdateEvent;
  CreateAssetInput: CreateAssetInput;
  CreateChannelInput: CreateChannelInput;
  CreateProjectInput: CreateProjectInput;
  CreatePurchaseOrderInput: CreatePurchaseOrderInput;
  CreateTaskInput: CreateTaskInput;
  CreateVendorInput: CreateVendorInput;
  Dashboard: DashboardModel;
  DashboardLayout: DocumentOf<'dashboard_layout'>;
  DashboardLayoutConnection: DocumentConnection<'dashboard_layout'>;
  DashboardLayoutEdge: Omit<DashboardLayoutEdge, 'node'> & { node: ResolversParentTypes['DashboardLayout'] };
  DashboardLayoutInput: DashboardLayoutInput;
  DashboardSnapshotEntry: DocumentOf<'dashboard_snapshot'>;
  DashboardSnapshotEntryConnection: DocumentConnection<'dashboard_snapshot'>;
  DashboardSnapshotEntryEdge: Omit<DashboardSnapshotEntryEdge, 'node'> & { node: ResolversParentTypes['DashboardSnapshotEntry'] };
  DashboardTile: TileModel;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  Email: DocumentOf<'email_communication'>;
  EmailConnection: DocumentConnection<'email_communication'>;
  EmailEdge: Omit<EmailEdge, 'node'> & { node: ResolversParentTypes['Email'] };
  Entity: ResolversInterfaceTypes<ResolversParentTypes>['Entity'];
  EntityChange: DocumentOf<'entity_changelog'>;
  EntityChangeConnection: DocumentConnection<'entity_changelog'>;
  EntityChangeEdge: Omit<EntityChangeEdge, 'node'> & { node: ResolversParentTypes['EntityChange'] };
  EntityDocument: ResolversInterfaceTypes<ResolversParentTypes>['EntityDocument'];
  ErrorLogEntry: DocumentOf<'error_log'>;
  ErrorLogEntryConnection: DocumentConnection<'error_log'>;
  ErrorLogEntryEdge: Omit<ErrorLogEntryEdge, 'node'> & { node: ResolversParentTypes['ErrorLogEntry'] };
  Favorite: DocumentOf<'user_favorite'>;
  FavoriteConnection: DocumentConnection<'user_favorite'>;
  FavoriteEdge: Omit<FavoriteEdge, 'node'> & { node: ResolversParentTypes['Favorite'] };
  FavoriteInput: FavoriteInput;
  FavoriteToggle: Omit<FavoriteToggle, 'favorite'> & { favorite: ResolversParentTypes['Favorite'] };
  FeatureUsage: DocumentOf<'feature_usage_metric'>;
  FeatureUsageConnection: DocumentConnection<'feature_usage_metric'>;
  FeatureUsageEdge: Omit<FeatureUsageEdge, 'node'> & { node: ResolversParentTypes['FeatureUsage'] };
  FieldAudit: DocumentOf<'field_audit_log'>;
  FieldAuditConnection: DocumentConnection<'field_audit_log'>;
  FieldAuditEdge: Omit<FieldAuditEdge, 'node'> & { node: ResolversParentTypes['FieldAudit'] };
  FileRef: FileRef;
  HealthEvent: DocumentOf<'system_health_event'>;
  HealthEventConnection: DocumentConnection<'system_health_event'>;
  HealthEventEdge: Omit<HealthEventEdge, 'node'> & { node: ResolversParentTypes['HealthEvent'] };
  IntegrationSync: DocumentOf<'integration_sync_log'>;
  IntegrationSyncConnection: DocumentConnection<'integration_sync_log'>;
  IntegrationSyncEdge: Omit<IntegrationSyncEdge, 'node'> & { node: ResolversParentTypes['IntegrationSync'] };
  JSON: Scalars['JSON']['output'];
  JobRun: DocumentOf<'background_job_log'>;
  JobRunConnection: DocumentConnection<'background_job_log'>;
  JobRunEdge: Omit<JobRunEdge, 'node'> & { node: ResolversParentTypes['JobRun'] };
  LayoutWidget: LayoutWidget;
  LayoutWidgetInput: LayoutWidgetInput;
  MlModel: DocumentOf<'ml_model_registry'>;
  MlModelConnection: DocumentConnection<'ml_model_registry'>;
  MlModelEdge: Omit<MlModelEdge, 'node'> & { node: ResolversParentTypes['MlModel'] };
  Mutation: Record<PropertyKey, never>;
  NlpEntity: NlpEntity;
  NlpQuery: DocumentOf<'nlp_query_history'>;
  NlpQueryConnection: DocumentConnection<'nlp_query_history'>;
  NlpQueryEdge: Omit<NlpQueryEdge, 'node'> & { node: ResolversParentTypes['NlpQuery'] };
  Notification: DocumentOf<'notification_delivery'>;
  NotificationConnection: DocumentConnection<'notification_delivery'>;
  NotificationEdge: Omit<NotificationEdge, 'node'> & { node: ResolversParentTypes['Notification'] };
  PageInfo: PageInfo;
  PerformanceMetric: DocumentOf<'performance_metric'>;
  PerformanceMetricConnection: DocumentConnection<'performance_metric'>;
  PerformanceMetricEdge: Omit<PerformanceMetricEdge, 'node'> & { node: ResolversParentTypes['PerformanceMetric'] };
  PostChatMessageInput: PostChatMessageInput;
  Prediction: DocumentOf<'ml_prediction_log'>;
  PredictionConnection: DocumentConnection<'ml_prediction_log'>;
  PredictionEdge: Omit<PredictionEdge, 'node'> & { node: ResolversParentTypes['Prediction'] };
  PreferencesInput: PreferencesInput;
  Presence: PresenceState;
  Project: ProjectRow;
  ProjectConnection: Connection<ProjectRow>;
  ProjectEdge: Omit<ProjectEdge, 'node'> & { node: ResolversParentTypes['Project'] };
  PurchaseOrder: PurchaseOrderRow;
  PurchaseOrderConnection: Connection<PurchaseOrderRow>;
  PurchaseOrderEdge: Omit<PurchaseOrderEdge, 'node'> & { node: ResolversParentTypes['PurchaseOrder'] };
  PushDelivery: DocumentOf<'push_notification_log'>;
  PushDeliveryConnection: DocumentConnection<'push_notification_log'>;
  PushDeliveryEdge: Omit<PushDeliveryEdge, 'node'> & { node: ResolversParentTypes['PushDelivery'] };
  PushDevice: PushDevice;
  PushDeviceInput: PushDeviceInput;
  Query: Record<PropertyKey, never>;
  Reaction: Omit<Reaction, 'users'> & { users: Array<Maybe<ResolversParentTypes['User']>> };
  ReadingBucket: ReadingBucket;
  ReadingInput: ReadingInput;
  RegisterAttachmentInput: RegisterAttachmentInput;
  Report: ReportModel;
  ReportCacheEntry: DocumentOf<'report_cache'>;
  ReportCacheEntryConnection: DocumentConnection<'report_cache'>;
  ReportCacheEntryEdge: Omit<ReportCacheEntryEdge, 'node'> & { node: ResolversParentTypes['ReportCacheEntry'] };
  ReportType: ReportTypeModel;
  SearchHit: Omit<SearchHit, 'entity'> & { entity: ResolversParentTypes['Entity'] };
  SearchIndexEntry: DocumentOf<'search_index_cache'>;
  SearchIndexEntryConnection: DocumentConnection<'search_index_cache'>;
  SearchIndexEntryEdge: Omit<SearchIndexEntryEdge, 'node'> & { node: ResolversParentTypes['SearchIndexEntry'] };
  SearchQuery: DocumentOf<'search_query_log'>;
  SearchQueryConnection: DocumentConnection<'search_query_log'>;
  SearchQueryEdge: Omit<SearchQueryEdge, 'node'> & { node: ResolversParentTypes['SearchQuery'] };
  SendNotificationInput: SendNotificationInput;
  SmsDelivery: DocumentOf<'sms_delivery_log'>;
  SmsDeliveryConnection: DocumentConnection<'sms_delivery_log'>;
  SmsDeliveryEdge: Omit<SmsDeliveryEdge, 'node'> & { node: ResolversParentTypes['SmsDelivery'] };
  Snapshot: CachedValue;
  Subscription: Record<PropertyKey, never>;
  SyncError: SyncError;
  Task: TaskRow;
  TaskConnection: Connection<TaskRow>;
  TaskEdge: Omit<TaskEdge, 'node'> & { node: ResolversParentTypes['Task'] };
  Tenant: TenantRow;
  TrainingDataset: DocumentOf<'ml_training_dataset'>;
  TrainingDatasetConnection: DocumentConnection<'ml_training_dataset'>;
  TrainingDatasetEdge: Omit<TrainingDatasetEdge, 'node'> & { node: ResolversParentTypes['TrainingDataset'] };
  TypingIndicator: TypingEvent;
  UpdateAssetInput: UpdateAssetInput;
  UpdateChannelInput: UpdateChannelInput;
  UpdateProjectInput: UpdateProjectInput;
  UpdatePurchaseOrderInput: UpdatePurchaseOrderInput;
  UpdateTaskInput: UpdateTaskInput;
  UpdateVendorInput: UpdateVendorInput;
  User: UserRow;
  UserPreferenceDocument: DocumentOf<'user_preference'>;
  UserPreferenceDocumentConnection: DocumentConnection<'user_preference'>;
  UserPreferenceDocumentEdge: Omit<UserPreferenceDocumentEdge, 'node'> & { node: ResolversParentTypes['UserPreferenceDocument'] };
  UserPreferences: UserPreferencesView;
  Vendor: VendorRow;
  WebhookEvent: DocumentOf<'webhook_event_log'>;
  WebhookEventConnection: DocumentConnection<'webhook_event_log'>;
  WebhookEventEdge: Omit<WebhookEventEdge, 'node'> & { node: ResolversParentTypes['WebhookEvent'] };
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
};

export type CacheControlDirectiveArgs = {
  inheritMaxAge?: Maybe<Scalars['Boolean']['input']>;
  maxAge?: Maybe<Scalars['Int']['input']>;
  scope?: Maybe<CacheControlScope>;
};

export type CacheControlDirectiveResolver<Result, Parent, ContextType = GatewayContext, Args = CacheControlDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ActivityEventResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ActivityEvent'] = ResolversParentTypes['ActivityEvent'], FederationReferenceType extends FederationReferenceTypes['ActivityEvent'] = FederationReferenceTypes['ActivityEvent']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ActivityEvent']> | FederationReferenceType, FederationReferenceType, ContextType>;
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  durationMs?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  element?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  entityId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  entityType?: Resolver<Maybe<ResolversTypes['EntityType']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  page?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ActivityEventConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ActivityEventConnection'] = ResolversParentTypes['ActivityEventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ActivityEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActivityEventEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ActivityEventEdge'] = ResolversParentTypes['ActivityEventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ActivityEvent'], ParentType, ContextType>;
};

export type AiConversationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AiConversation'] = ResolversParentTypes['AiConversation'], FederationReferenceType extends FederationReferenceTypes['AiConversation'] = FederationReferenceTypes['AiConversation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['AiConversation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  model?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tokenCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  turns?: Resolver<Array<ResolversTypes['AiTurn']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type AiConversationConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AiConversationConnection'] = ResolversParentTypes['AiConversationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AiConversationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AiConversationEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AiConversationEdge'] = ResolversParentTypes['AiConversationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AiConversation'], ParentType, ContextType>;
};

export type AiTurnResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AiTurn'] = ResolversParentTypes['AiTurn']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['AiRole'], ParentType, ContextType>;
};

export type AlertConfigResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AlertConfig'] = ResolversParentTypes['AlertConfig'], FederationReferenceType extends FederationReferenceTypes['AlertConfig'] = FederationReferenceTypes['AlertConfig']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['AlertConfig']> | FederationReferenceType, FederationReferenceType, ContextType>;
  channels?: Resolver<Array<ResolversTypes['NotificationChannel']>, ParentType, ContextType>;
  condition?: Resolver<ResolversTypes['AlertCondition'], ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  threshold?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type AlertConfigConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AlertConfigConnection'] = ResolversParentTypes['AlertConfigConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AlertConfigEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AlertConfigEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AlertConfigEdge'] = ResolversParentTypes['AlertConfigEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AlertConfig'], ParentType, ContextType>;
};

export type AlertMetricResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AlertMetric'] = ResolversParentTypes['AlertMetric']> = {
  conditions?: Resolver<Array<ResolversTypes['AlertCondition']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AnalyticsAggregateResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AnalyticsAggregate'] = ResolversParentTypes['AnalyticsAggregate'], FederationReferenceType extends FederationReferenceTypes['AnalyticsAggregate'] = FederationReferenceTypes['AnalyticsAggregate']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['AnalyticsAggregate']> | FederationReferenceType, FederationReferenceType, ContextType>;
  computedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  granularity?: Resolver<ResolversTypes['Granularity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  sum?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type AnalyticsAggregateConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AnalyticsAggregateConnection'] = ResolversParentTypes['AnalyticsAggregateConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AnalyticsAggregateEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AnalyticsAggregateEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AnalyticsAggregateEdge'] = ResolversParentTypes['AnalyticsAggregateEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AnalyticsAggregate'], ParentType, ContextType>;
};

export type AnalyticsMetricResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AnalyticsMetric'] = ResolversParentTypes['AnalyticsMetric']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AnalyticsPointResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AnalyticsPoint'] = ResolversParentTypes['AnalyticsPoint']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  sum?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type AnalyticsSeriesResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AnalyticsSeries'] = ResolversParentTypes['AnalyticsSeries']> = {
  computedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  granularity?: Resolver<ResolversTypes['Granularity'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['AnalyticsPoint']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type ApiRequestResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ApiRequest'] = ResolversParentTypes['ApiRequest'], FederationReferenceType extends FederationReferenceTypes['ApiRequest'] = FederationReferenceTypes['ApiRequest']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ApiRequest']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['RequestDirection'], ParentType, ContextType>;
  durationMs?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  endpoint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  errorCodes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['HttpMethod'], ParentType, ContextType>;
  operationHash?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  operationName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestBody?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  responseBody?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  statusCode?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type ApiRequestConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ApiRequestConnection'] = ResolversParentTypes['ApiRequestConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ApiRequestEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ApiRequestEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ApiRequestEdge'] = ResolversParentTypes['ApiRequestEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ApiRequest'], ParentType, ContextType>;
};

export type AssetResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Asset'] = ResolversParentTypes['Asset'], FederationReferenceType extends FederationReferenceTypes['Asset'] = FederationReferenceTypes['Asset']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Asset']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acquiredOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  activity?: Resolver<ResolversTypes['ActivityEventConnection'], ParentType, ContextType, Partial<AssetActivityArgs>>;
  attachments?: Resolver<ResolversTypes['AttachmentConnection'], ParentType, ContextType, Partial<AssetAttachmentsArgs>>;
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changelog?: Resolver<ResolversTypes['EntityChangeConnection'], ParentType, ContextType, Partial<AssetChangelogArgs>>;
  comments?: Resolver<ResolversTypes['CommentConnection'], ParentType, ContextType, Partial<AssetCommentsArgs>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  emails?: Resolver<ResolversTypes['EmailConnection'], ParentType, ContextType, Partial<AssetEmailsArgs>>;
  entityType?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  favorites?: Resolver<ResolversTypes['FavoriteConnection'], ParentType, ContextType, Partial<AssetFavoritesArgs>>;
  fieldAudits?: Resolver<ResolversTypes['FieldAuditConnection'], ParentType, ContextType, Partial<AssetFieldAuditsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notifications?: Resolver<ResolversTypes['NotificationConnection'], ParentType, ContextType, Partial<AssetNotificationsArgs>>;
  predictions?: Resolver<ResolversTypes['PredictionConnection'], ParentType, ContextType, Partial<AssetPredictionsArgs>>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
  purchaseCost?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  readings?: Resolver<Array<ResolversTypes['ReadingBucket']>, ParentType, ContextType, RequireFields<AssetReadingsArgs, 'from' | 'granularity' | 'metric' | 'to'>>;
  searchIndex?: Resolver<ResolversTypes['SearchIndexEntryConnection'], ParentType, ContextType, Partial<AssetSearchIndexArgs>>;
  status?: Resolver<ResolversTypes['AssetStatus'], ParentType, ContextType>;
  tag?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AssetConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AssetConnection'] = ResolversParentTypes['AssetConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AssetEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AssetEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AssetEdge'] = ResolversParentTypes['AssetEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Asset'], ParentType, ContextType>;
};

export type AssetReadingResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AssetReading'] = ResolversParentTypes['AssetReading'], FederationReferenceType extends FederationReferenceTypes['AssetReading'] = FederationReferenceTypes['AssetReading']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['AssetReading']> | FederationReferenceType, FederationReferenceType, ContextType>;
  asset?: Resolver<Maybe<ResolversTypes['Asset']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  time?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type AssetReadingConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AssetReadingConnection'] = ResolversParentTypes['AssetReadingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AssetReadingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AssetReadingEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AssetReadingEdge'] = ResolversParentTypes['AssetReadingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AssetReading'], ParentType, ContextType>;
};

export type AttachmentResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Attachment'] = ResolversParentTypes['Attachment'], FederationReferenceType extends FederationReferenceTypes['Attachment'] = FederationReferenceTypes['Attachment']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Attachment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  checksum?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entityType?: Resolver<Maybe<ResolversTypes['EntityType']>, ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sizeBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  storageKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uploadedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AttachmentConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AttachmentConnection'] = ResolversParentTypes['AttachmentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AttachmentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AttachmentEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AttachmentEdge'] = ResolversParentTypes['AttachmentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Attachment'], ParentType, ContextType>;
};

export type ChatMessageResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ChatMessage'] = ResolversParentTypes['ChatMessage'], FederationReferenceType extends FederationReferenceTypes['ChatMessage'] = FederationReferenceTypes['ChatMessage']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ChatMessage']> | FederationReferenceType, FederationReferenceType, ContextType>;
  attachments?: Resolver<Array<ResolversTypes['FileRef']>, ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  channelId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  conversation?: Resolver<Maybe<ResolversTypes['Conversation']>, ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  editedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastReplyAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  mentions?: Resolver<Array<Maybe<ResolversTypes['User']>>, ParentType, ContextType>;
  reactions?: Resolver<Array<ResolversTypes['Reaction']>, ParentType, ContextType>;
  replies?: Resolver<ResolversTypes['ChatMessageConnection'], ParentType, ContextType, Partial<ChatMessageRepliesArgs>>;
  replyCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sender?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  sentAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  thread?: Resolver<Maybe<ResolversTypes['ChatMessage']>, ParentType, ContextType>;
};

export type ChatMessageConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ChatMessageConnection'] = ResolversParentTypes['ChatMessageConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ChatMessageEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChatMessageEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ChatMessageEdge'] = ResolversParentTypes['ChatMessageEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ChatMessage'], ParentType, ContextType>;
};

export type CommentResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Comment'] = ResolversParentTypes['Comment'], FederationReferenceType extends FederationReferenceTypes['Comment'] = FederationReferenceTypes['Comment']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Comment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  author?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  editedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entityType?: Resolver<Maybe<ResolversTypes['EntityType']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentions?: Resolver<Array<Maybe<ResolversTypes['User']>>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Comment']>, ParentType, ContextType>;
  reactions?: Resolver<Array<ResolversTypes['Reaction']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CommentConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CommentConnection'] = ResolversParentTypes['CommentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CommentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommentEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CommentEdge'] = ResolversParentTypes['CommentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Comment'], ParentType, ContextType>;
};

export type ConversationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Conversation'] = ResolversParentTypes['Conversation']> = {
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ConversationKind'], ParentType, ContextType>;
  lastActivityAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  lastMessage?: Resolver<Maybe<ResolversTypes['ChatMessage']>, ParentType, ContextType>;
  lastReadAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['ConversationMember']>, ParentType, ContextType>;
  messages?: Resolver<ResolversTypes['ChatMessageConnection'], ParentType, ContextType, Partial<ConversationMessagesArgs>>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  private?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  topic?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unreadCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viewerRole?: Resolver<Maybe<ResolversTypes['ConversationRole']>, ParentType, ContextType>;
};

export type ConversationConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ConversationConnection'] = ResolversParentTypes['ConversationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ConversationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ConversationEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ConversationEdge'] = ResolversParentTypes['ConversationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Conversation'], ParentType, ContextType>;
};

export type ConversationMemberResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ConversationMember'] = ResolversParentTypes['ConversationMember']> = {
  joinedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  presence?: Resolver<ResolversTypes['Presence'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ConversationRole'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type ConversationUpdateResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ConversationUpdate'] = ResolversParentTypes['ConversationUpdate']> = {
  conversation?: Resolver<Maybe<ResolversTypes['Conversation']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ConversationUpdateKind'], ParentType, ContextType>;
  lastReadAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  members?: Resolver<Array<Maybe<ResolversTypes['User']>>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['ChatMessage']>, ParentType, ContextType>;
  reader?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type DashboardResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Dashboard'] = ResolversParentTypes['Dashboard']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tiles?: Resolver<Array<ResolversTypes['DashboardTile']>, ParentType, ContextType>;
};

export type DashboardLayoutResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['DashboardLayout'] = ResolversParentTypes['DashboardLayout'], FederationReferenceType extends FederationReferenceTypes['DashboardLayout'] = FederationReferenceTypes['DashboardLayout']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DashboardLayout']> | FederationReferenceType, FederationReferenceType, ContextType>;
  dashboardId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  widgets?: Resolver<Array<ResolversTypes['LayoutWidget']>, ParentType, ContextType>;
};

export type DashboardLayoutConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['DashboardLayoutConnection'] = ResolversParentTypes['DashboardLayoutConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DashboardLayoutEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DashboardLayoutEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['DashboardLayoutEdge'] = ResolversParentTypes['DashboardLayoutEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DashboardLayout'], ParentType, ContextType>;
};

export type DashboardSnapshotEntryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['DashboardSnapshotEntry'] = ResolversParentTypes['DashboardSnapshotEntry'], FederationReferenceType extends FederationReferenceTypes['DashboardSnapshotEntry'] = FederationReferenceTypes['DashboardSnapshotEntry']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DashboardSnapshotEntry']> | FederationReferenceType, FederationReferenceType, ContextType>;
  computedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dashboardId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  data?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  generations?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  tileId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DashboardSnapshotEntryConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['DashboardSnapshotEntryConnection'] = ResolversParentTypes['DashboardSnapshotEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DashboardSnapshotEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DashboardSnapshotEntryEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['DashboardSnapshotEntryEdge'] = ResolversParentTypes['DashboardSnapshotEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DashboardSnapshotEntry'], ParentType, ContextType>;
};

export type DashboardTileResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['DashboardTile'] = ResolversParentTypes['DashboardTile']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TileKind'], ParentType, ContextType>;
  snapshot?: Resolver<ResolversTypes['Snapshot'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type EmailResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Email'] = ResolversParentTypes['Email'], FederationReferenceType extends FederationReferenceTypes['Email'] = FederationReferenceTypes['Email']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Email']> | FederationReferenceType, FederationReferenceType, ContextType>;
  attachments?: Resolver<Array<ResolversTypes['FileRef']>, ParentType, ContextType>;
  bodyText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ccAddresses?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['EmailDirection'], ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  entityId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  entityType?: Resolver<Maybe<ResolversTypes['EntityType']>, ParentType, ContextType>;
  fromAddress?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  messageId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notification?: Resolver<Maybe<ResolversTypes['Notification']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sentAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EmailStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toAddresses?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EmailConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EmailConnection'] = ResolversParentTypes['EmailConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EmailEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EmailEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EmailEdge'] = ResolversParentTypes['EmailEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Email'], ParentType, ContextType>;
};

export type EntityResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType: TypeResolveFn<'Asset' | 'Project' | 'PurchaseOrder' | 'Task' | 'Tenant' | 'User' | 'Vendor', ParentType, ContextType>;
};

export type EntityChangeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EntityChange'] = ResolversParentTypes['EntityChange'], FederationReferenceType extends FederationReferenceTypes['EntityChange'] = FederationReferenceTypes['EntityChange']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['EntityChange']> | FederationReferenceType, FederationReferenceType, ContextType>;
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  changedFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entityType?: Resolver<Maybe<ResolversTypes['EntityType']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  newValue?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  oldValue?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['ChangeOperation'], ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EntityChangeConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EntityChangeConnection'] = ResolversParentTypes['EntityChangeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EntityChangeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityChangeEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EntityChangeEdge'] = ResolversParentTypes['EntityChangeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['EntityChange'], ParentType, ContextType>;
};

export type EntityDocumentResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EntityDocument'] = ResolversParentTypes['EntityDocument']> = {
  __resolveType: TypeResolveFn<'ActivityEvent' | 'Attachment' | 'Comment' | 'Email' | 'EntityChange' | 'Favorite' | 'FieldAudit' | 'Notification' | 'Prediction' | 'SearchIndexEntry', ParentType, ContextType>;
};

export type ErrorLogEntryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ErrorLogEntry'] = ResolversParentTypes['ErrorLogEntry'], FederationReferenceType extends FederationReferenceTypes['ErrorLogEntry'] = FederationReferenceTypes['ErrorLogEntry']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ErrorLogEntry']> | FederationReferenceType, FederationReferenceType, ContextType>;
  context?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  errorType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fingerprint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['ErrorSeverity'], ParentType, ContextType>;
  stack?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ErrorLogEntryConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ErrorLogEntryConnection'] = ResolversParentTypes['ErrorLogEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ErrorLogEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ErrorLogEntryEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ErrorLogEntryEdge'] = ResolversParentTypes['ErrorLogEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ErrorLogEntry'], ParentType, ContextType>;
};

export type FavoriteResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Favorite'] = ResolversParentTypes['Favorite'], FederationReferenceType extends FederationReferenceTypes['Favorite'] = FederationReferenceTypes['Favorite']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Favorite']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  entityId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  entityType?: Resolver<Maybe<ResolversTypes['EntityType']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FavoriteKind'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reportType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FavoriteConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FavoriteConnection'] = ResolversParentTypes['FavoriteConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FavoriteEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FavoriteEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FavoriteEdge'] = ResolversParentTypes['FavoriteEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Favorite'], ParentType, ContextType>;
};

export type FavoriteToggleResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FavoriteToggle'] = ResolversParentTypes['FavoriteToggle']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  favorite?: Resolver<ResolversTypes['Favorite'], ParentType, ContextType>;
};

export type FeatureUsageResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FeatureUsage'] = ResolversParentTypes['FeatureUsage'], FederationReferenceType extends FederationReferenceTypes['FeatureUsage'] = FederationReferenceTypes['FeatureUsage']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['FeatureUsage']> | FederationReferenceType, FederationReferenceType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  feature?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  module?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type FeatureUsageConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FeatureUsageConnection'] = ResolversParentTypes['FeatureUsageConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FeatureUsageEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FeatureUsageEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FeatureUsageEdge'] = ResolversParentTypes['FeatureUsageEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FeatureUsage'], ParentType, ContextType>;
};

export type FieldAuditResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FieldAudit'] = ResolversParentTypes['FieldAudit'], FederationReferenceType extends FederationReferenceTypes['FieldAudit'] = FederationReferenceTypes['FieldAudit']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['FieldAudit']> | FederationReferenceType, FederationReferenceType, ContextType>;
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entityType?: Resolver<Maybe<ResolversTypes['EntityType']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  newValue?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  oldValue?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FieldAuditConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FieldAuditConnection'] = ResolversParentTypes['FieldAuditConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FieldAuditEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FieldAuditEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FieldAuditEdge'] = ResolversParentTypes['FieldAuditEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FieldAudit'], ParentType, ContextType>;
};

export type FileRefResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FileRef'] = ResolversParentTypes['FileRef']> = {
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sizeBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  storageKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HealthEventResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['HealthEvent'] = ResolversParentTypes['HealthEvent'], FederationReferenceType extends FederationReferenceTypes['HealthEvent'] = FederationReferenceTypes['HealthEvent']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['HealthEvent']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metric?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  service?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['HealthStatus'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type HealthEventConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['HealthEventConnection'] = ResolversParentTypes['HealthEventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['HealthEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HealthEventEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['HealthEventEdge'] = ResolversParentTypes['HealthEventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['HealthEvent'], ParentType, ContextType>;
};

export type IntegrationSyncResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['IntegrationSync'] = ResolversParentTypes['IntegrationSync'], FederationReferenceType extends FederationReferenceTypes['IntegrationSync'] = FederationReferenceTypes['IntegrationSync']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['IntegrationSync']> | FederationReferenceType, FederationReferenceType, ContextType>;
  direction?: Resolver<ResolversTypes['SyncDirection'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['SyncError']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordsFailed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recordsProcessed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SyncStatus'], ParentType, ContextType>;
  system?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IntegrationSyncConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['IntegrationSyncConnection'] = ResolversParentTypes['IntegrationSyncConnection']> = {
  edges?: Resolver<Array<ResolversTypes['IntegrationSyncEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IntegrationSyncEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['IntegrationSyncEdge'] = ResolversParentTypes['IntegrationSyncEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['IntegrationSync'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type JobRunResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['JobRun'] = ResolversParentTypes['JobRun'], FederationReferenceType extends FederationReferenceTypes['JobRun'] = FederationReferenceTypes['JobRun']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['JobRun']> | FederationReferenceType, FederationReferenceType, ContextType>;
  durationMs?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  output?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  params?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['JobStatus'], ParentType, ContextType>;
};

export type JobRunConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['JobRunConnection'] = ResolversParentTypes['JobRunConnection']> = {
  edges?: Resolver<Array<ResolversTypes['JobRunEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type JobRunEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['JobRunEdge'] = ResolversParentTypes['JobRunEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['JobRun'], ParentType, ContextType>;
};

export type LayoutWidgetResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['LayoutWidget'] = ResolversParentTypes['LayoutWidget']> = {
  h?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  settings?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  tileId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  w?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  widgetId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  x?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  y?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MlModelResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['MlModel'] = ResolversParentTypes['MlModel'], FederationReferenceType extends FederationReferenceTypes['MlModel'] = FederationReferenceTypes['MlModel']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['MlModel']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dataset?: Resolver<Maybe<ResolversTypes['TrainingDataset']>, ParentType, ContextType>;
  framework?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hyperparameters?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  metrics?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  modelName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retiredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ModelStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MlModelConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['MlModelConnection'] = ResolversParentTypes['MlModelConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MlModelEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MlModelEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['MlModelEdge'] = ResolversParentTypes['MlModelEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MlModel'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addChannelMembers?: Resolver<ResolversTypes['Conversation'], ParentType, ContextType, RequireFields<MutationAddChannelMembersArgs, 'id' | 'userIds'>>;
  addComment?: Resolver<ResolversTypes['Comment'], ParentType, ContextType, RequireFields<MutationAddCommentArgs, 'input'>>;
  archiveChannel?: Resolver<ResolversTypes['Conversation'], ParentType, ContextType, RequireFields<MutationArchiveChannelArgs, 'archived' | 'id'>>;
  createAlertConfig?: Resolver<ResolversTypes['AlertConfig'], ParentType, ContextType, RequireFields<MutationCreateAlertConfigArgs, 'input'>>;
  createAsset?: Resolver<ResolversTypes['Asset'], ParentType, ContextType, RequireFields<MutationCreateAssetArgs, 'input'>>;
  createChannel?: Resolver<ResolversTypes['Conversation'], ParentType, ContextType, RequireFields<MutationCreateChannelArgs, 'input'>>;
  createProject?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationCreateProjectArgs, 'input'>>;
  createPurchaseOrder?: Resolver<ResolversTypes['PurchaseOrder'], ParentType, ContextType, RequireFields<MutationCreatePurchaseOrderArgs, 'input'>>;
  createTask?: Resolver<ResolversTypes['Task'], ParentType, ContextType, RequireFields<MutationCreateTaskArgs, 'input'>>;
  createVendor?: Resolver<ResolversTypes['Vendor'], ParentType, ContextType, RequireFields<MutationCreateVendorArgs, 'input'>>;
  deleteAlertConfig?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<MutationDeleteAlertConfigArgs, 'id'>>;
  deleteAsset?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<MutationDeleteAssetArgs, 'id'>>;
  deleteAttachment?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<MutationDeleteAttachmentArgs, 'id'>>;
  deleteChatMessage?: Resolver<Maybe<ResolversTypes['ChatMessage']>, ParentType, ContextType, RequireFields<MutationDeleteChatMessageArgs, 'id'>>;
  deleteComment?: Resolver<Maybe<ResolversTypes['Comment']>, ParentType, ContextType, RequireFields<MutationDeleteCommentArgs, 'id'>>;
  deleteProject?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<MutationDeleteProjectArgs, 'id'>>;
  deletePurchaseOrder?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<MutationDeletePurchaseOrderArgs, 'id'>>;
  deleteTask?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<MutationDeleteTaskArgs, 'id'>>;
  deleteVendor?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<MutationDeleteVendorArgs, 'id'>>;
  editChatMessage?: Resolver<Maybe<ResolversTypes['ChatMessage']>, ParentType, ContextType, RequireFields<MutationEditChatMessageArgs, 'body' | 'id'>>;
  editComment?: Resolver<Maybe<ResolversTypes['Comment']>, ParentType, ContextType, RequireFields<MutationEditCommentArgs, 'body' | 'id'>>;
  invalidateReport?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationInvalidateReportArgs, 'type'>>;
  joinChannel?: Resolver<ResolversTypes['Conversation'], ParentType, ContextType, RequireFields<MutationJoinChannelArgs, 'id'>>;
  leaveChannel?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationLeaveChannelArgs, 'id'>>;
  markAllNotificationsRead?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  markConversationRead?: Resolver<ResolversTypes['Conversation'], ParentType, ContextType, RequireFields<MutationMarkConversationReadArgs, 'id'>>;
  markNotificationsRead?: Resolver<Array<ResolversTypes['Notification']>, ParentType, ContextType, RequireFields<MutationMarkNotificationsReadArgs, 'ids'>>;
  openDirectConversation?: Resolver<ResolversTypes['Conversation'], ParentType, ContextType, RequireFields<MutationOpenDirectConversationArgs, 'userIds'>>;
  postChatMessage?: Resolver<ResolversTypes['ChatMessage'], ParentType, ContextType, RequireFields<MutationPostChatMessageArgs, 'input'>>;
  reactToChatMessage?: Resolver<Maybe<ResolversTypes['ChatMessage']>, ParentType, ContextType, RequireFields<MutationReactToChatMessageArgs, 'add' | 'emoji' | 'id'>>;
  recordActivity?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationRecordActivityArgs, 'events'>>;
  recordReadings?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationRecordReadingsArgs, 'readings'>>;
  refreshDashboard?: Resolver<ResolversTypes['Dashboard'], ParentType, ContextType, RequireFields<MutationRefreshDashboardArgs, 'id'>>;
  registerAttachment?: Resolver<ResolversTypes['Attachment'], ParentType, ContextType, RequireFields<MutationRegisterAttachmentArgs, 'input'>>;
  removeChannelMember?: Resolver<ResolversTypes['Conversation'], ParentType, ContextType, RequireFields<MutationRemoveChannelMemberArgs, 'id' | 'userId'>>;
  resetDashboardLayout?: Resolver<Maybe<ResolversTypes['DashboardLayout']>, ParentType, ContextType, RequireFields<MutationResetDashboardLayoutArgs, 'dashboardId'>>;
  saveDashboardLayout?: Resolver<ResolversTypes['DashboardLayout'], ParentType, ContextType, RequireFields<MutationSaveDashboardLayoutArgs, 'dashboardId' | 'input'>>;
  sendNotification?: Resolver<Array<ResolversTypes['Notification']>, ParentType, ContextType, RequireFields<MutationSendNotificationArgs, 'input'>>;
  setTyping?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationSetTypingArgs, 'conversationId' | 'typing'>>;
  toggleFavorite?: Resolver<ResolversTypes['FavoriteToggle'], ParentType, ContextType, RequireFields<MutationToggleFavoriteArgs, 'input'>>;
  updateAlertConfig?: Resolver<Maybe<ResolversTypes['AlertConfig']>, ParentType, ContextType, RequireFields<MutationUpdateAlertConfigArgs, 'id' | 'input'>>;
  updateAsset?: Resolver<Maybe<ResolversTypes['Asset']>, ParentType, ContextType, RequireFields<MutationUpdateAssetArgs, 'id' | 'input'>>;
  updateChannel?: Resolver<ResolversTypes['Conversation'], ParentType, ContextType, RequireFields<MutationUpdateChannelArgs, 'input'>>;
  updatePreferences?: Resolver<ResolversTypes['UserPreferences'], ParentType, ContextType, RequireFields<MutationUpdatePreferencesArgs, 'input'>>;
  updateProject?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType, RequireFields<MutationUpdateProjectArgs, 'id' | 'input'>>;
  updatePurchaseOrder?: Resolver<Maybe<ResolversTypes['PurchaseOrder']>, ParentType, ContextType, RequireFields<MutationUpdatePurchaseOrderArgs, 'id' | 'input'>>;
  updateTask?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType, RequireFields<MutationUpdateTaskArgs, 'id' | 'input'>>;
  updateVendor?: Resolver<Maybe<ResolversTypes['Vendor']>, ParentType, ContextType, RequireFields<MutationUpdateVendorArgs, 'id' | 'input'>>;
};

export type NlpEntityResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['NlpEntity'] = ResolversParentTypes['NlpEntity']> = {
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type NlpQueryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['NlpQuery'] = ResolversParentTypes['NlpQuery'], FederationReferenceType extends FederationReferenceTypes['NlpQuery'] = FederationReferenceTypes['NlpQuery']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['NlpQuery']> | FederationReferenceType, FederationReferenceType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['NlpEntity']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  intent?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  queryText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type NlpQueryConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['NlpQueryConnection'] = ResolversParentTypes['NlpQueryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['NlpQueryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NlpQueryEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['NlpQueryEdge'] = ResolversParentTypes['NlpQueryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['NlpQuery'], ParentType, ContextType>;
};

export type NotificationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification'], FederationReferenceType extends FederationReferenceTypes['Notification'] = FederationReferenceTypes['Notification']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Notification']> | FederationReferenceType, FederationReferenceType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  channels?: Resolver<Array<ResolversTypes['NotificationChannel']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  entityId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  entityType?: Resolver<Maybe<ResolversTypes['EntityType']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['NotificationPriority'], ParentType, ContextType>;
  readAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  recipient?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  sender?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['NotificationStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NotificationConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['NotificationConnection'] = ResolversParentTypes['NotificationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['NotificationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NotificationEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['NotificationEdge'] = ResolversParentTypes['NotificationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Notification'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PerformanceMetricResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PerformanceMetric'] = ResolversParentTypes['PerformanceMetric'], FederationReferenceType extends FederationReferenceTypes['PerformanceMetric'] = FederationReferenceTypes['PerformanceMetric']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PerformanceMetric']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  endpoint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  errorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  p50Ms?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  p95Ms?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  p99Ms?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  requestCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  windowSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PerformanceMetricConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PerformanceMetricConnection'] = ResolversParentTypes['PerformanceMetricConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PerformanceMetricEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PerformanceMetricEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PerformanceMetricEdge'] = ResolversParentTypes['PerformanceMetricEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PerformanceMetric'], ParentType, ContextType>;
};

export type PredictionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Prediction'] = ResolversParentTypes['Prediction'], FederationReferenceType extends FederationReferenceTypes['Prediction'] = FederationReferenceTypes['Prediction']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Prediction']> | FederationReferenceType, FederationReferenceType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entityType?: Resolver<Maybe<ResolversTypes['EntityType']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inputFeatures?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  latencyMs?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  modelName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  modelVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  predictedLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  predictedValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PredictionConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PredictionConnection'] = ResolversParentTypes['PredictionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PredictionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PredictionEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PredictionEdge'] = ResolversParentTypes['PredictionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Prediction'], ParentType, ContextType>;
};

export type PresenceResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Presence'] = ResolversParentTypes['Presence']> = {
  lastSeenAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  online?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type ProjectResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project'], FederationReferenceType extends FederationReferenceTypes['Project'] = FederationReferenceTypes['Project']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Project']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activity?: Resolver<ResolversTypes['ActivityEventConnection'], ParentType, ContextType, Partial<ProjectActivityArgs>>;
  assets?: Resolver<ResolversTypes['AssetConnection'], ParentType, ContextType, Partial<ProjectAssetsArgs>>;
  attachments?: Resolver<ResolversTypes['AttachmentConnection'], ParentType, ContextType, Partial<ProjectAttachmentsArgs>>;
  budget?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  changelog?: Resolver<ResolversTypes['EntityChangeConnection'], ParentType, ContextType, Partial<ProjectChangelogArgs>>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  comments?: Resolver<ResolversTypes['CommentConnection'], ParentType, ContextType, Partial<ProjectCommentsArgs>>;
  coverAttachment?: Resolver<Maybe<ResolversTypes['Attachment']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dueOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  emails?: Resolver<ResolversTypes['EmailConnection'], ParentType, ContextType, Partial<ProjectEmailsArgs>>;
  entityType?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  favorites?: Resolver<ResolversTypes['FavoriteConnection'], ParentType, ContextType, Partial<ProjectFavoritesArgs>>;
  fieldAudits?: Resolver<ResolversTypes['FieldAuditConnection'], ParentType, ContextType, Partial<ProjectFieldAuditsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notifications?: Resolver<ResolversTypes['NotificationConnection'], ParentType, ContextType, Partial<ProjectNotificationsArgs>>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  predictions?: Resolver<ResolversTypes['PredictionConnection'], ParentType, ContextType, Partial<ProjectPredictionsArgs>>;
  purchaseOrders?: Resolver<ResolversTypes['PurchaseOrderConnection'], ParentType, ContextType, Partial<ProjectPurchaseOrdersArgs>>;
  searchIndex?: Resolver<ResolversTypes['SearchIndexEntryConnection'], ParentType, ContextType, Partial<ProjectSearchIndexArgs>>;
  startsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProjectStatus'], ParentType, ContextType>;
  tasks?: Resolver<ResolversTypes['TaskConnection'], ParentType, ContextType, Partial<ProjectTasksArgs>>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProjectConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ProjectConnection'] = ResolversParentTypes['ProjectConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProjectEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProjectEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ProjectEdge'] = ResolversParentTypes['ProjectEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
};

export type PurchaseOrderResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PurchaseOrder'] = ResolversParentTypes['PurchaseOrder'], FederationReferenceType extends FederationReferenceTypes['PurchaseOrder'] = FederationReferenceTypes['PurchaseOrder']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PurchaseOrder']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activity?: Resolver<ResolversTypes['ActivityEventConnection'], ParentType, ContextType, Partial<PurchaseOrderActivityArgs>>;
  attachments?: Resolver<ResolversTypes['AttachmentConnection'], ParentType, ContextType, Partial<PurchaseOrderAttachmentsArgs>>;
  changelog?: Resolver<ResolversTypes['EntityChangeConnection'], ParentType, ContextType, Partial<PurchaseOrderChangelogArgs>>;
  comments?: Resolver<ResolversTypes['CommentConnection'], ParentType, ContextType, Partial<PurchaseOrderCommentsArgs>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  emails?: Resolver<ResolversTypes['EmailConnection'], ParentType, ContextType, Partial<PurchaseOrderEmailsArgs>>;
  entityType?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  favorites?: Resolver<ResolversTypes['FavoriteConnection'], ParentType, ContextType, Partial<PurchaseOrderFavoritesArgs>>;
  fieldAudits?: Resolver<ResolversTypes['FieldAuditConnection'], ParentType, ContextType, Partial<PurchaseOrderFieldAuditsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  notifications?: Resolver<ResolversTypes['NotificationConnection'], ParentType, ContextType, Partial<PurchaseOrderNotificationsArgs>>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orderedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  predictions?: Resolver<ResolversTypes['PredictionConnection'], ParentType, ContextType, Partial<PurchaseOrderPredictionsArgs>>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
  searchIndex?: Resolver<ResolversTypes['SearchIndexEntryConnection'], ParentType, ContextType, Partial<PurchaseOrderSearchIndexArgs>>;
  status?: Resolver<ResolversTypes['PurchaseOrderStatus'], ParentType, ContextType>;
  totalAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  vendor?: Resolver<ResolversTypes['Vendor'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PurchaseOrderConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PurchaseOrderConnection'] = ResolversParentTypes['PurchaseOrderConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PurchaseOrderEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PurchaseOrderEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PurchaseOrderEdge'] = ResolversParentTypes['PurchaseOrderEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PurchaseOrder'], ParentType, ContextType>;
};

export type PushDeliveryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PushDelivery'] = ResolversParentTypes['PushDelivery'], FederationReferenceType extends FederationReferenceTypes['PushDelivery'] = FederationReferenceTypes['PushDelivery']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PushDelivery']> | FederationReferenceType, FederationReferenceType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  notification?: Resolver<Maybe<ResolversTypes['Notification']>, ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['PushPlatform'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  providerMessageId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sentAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DeliveryStatus'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type PushDeliveryConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PushDeliveryConnection'] = ResolversParentTypes['PushDeliveryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PushDeliveryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PushDeliveryEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PushDeliveryEdge'] = ResolversParentTypes['PushDeliveryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PushDelivery'], ParentType, ContextType>;
};

export type PushDeviceResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PushDevice'] = ResolversParentTypes['PushDevice']> = {
  platform?: Resolver<ResolversTypes['PushPlatform'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  activityEvents?: Resolver<ResolversTypes['ActivityEventConnection'], ParentType, ContextType, Partial<QueryActivityEventsArgs>>;
  aiConversations?: Resolver<ResolversTypes['AiConversationConnection'], ParentType, ContextType, Partial<QueryAiConversationsArgs>>;
  alertConfigs?: Resolver<ResolversTypes['AlertConfigConnection'], ParentType, ContextType, Partial<QueryAlertConfigsArgs>>;
  alertMetrics?: Resolver<Array<ResolversTypes['AlertMetric']>, ParentType, ContextType>;
  analytics?: Resolver<ResolversTypes['AnalyticsSeries'], ParentType, ContextType, RequireFields<QueryAnalyticsArgs, 'from' | 'granularity' | 'metric' | 'to'>>;
  analyticsAggregates?: Resolver<ResolversTypes['AnalyticsAggregateConnection'], ParentType, ContextType, Partial<QueryAnalyticsAggregatesArgs>>;
  analyticsMetrics?: Resolver<Array<ResolversTypes['AnalyticsMetric']>, ParentType, ContextType>;
  apiRequests?: Resolver<ResolversTypes['ApiRequestConnection'], ParentType, ContextType, Partial<QueryApiRequestsArgs>>;
  assetReadings?: Resolver<ResolversTypes['AssetReadingConnection'], ParentType, ContextType, Partial<QueryAssetReadingsArgs>>;
  attachments?: Resolver<ResolversTypes['AttachmentConnection'], ParentType, ContextType, Partial<QueryAttachmentsArgs>>;
  changelog?: Resolver<ResolversTypes['EntityChangeConnection'], ParentType, ContextType, Partial<QueryChangelogArgs>>;
  chatMessages?: Resolver<ResolversTypes['ChatMessageConnection'], ParentType, ContextType, Partial<QueryChatMessagesArgs>>;
  comments?: Resolver<ResolversTypes['CommentConnection'], ParentType, ContextType, Partial<QueryCommentsArgs>>;
  conversation?: Resolver<Maybe<ResolversTypes['Conversation']>, ParentType, ContextType, RequireFields<QueryConversationArgs, 'id'>>;
  conversations?: Resolver<ResolversTypes['ConversationConnection'], ParentType, ContextType, RequireFields<QueryConversationsArgs, 'includeArchived'>>;
  dashboard?: Resolver<Maybe<ResolversTypes['Dashboard']>, ParentType, ContextType, RequireFields<QueryDashboardArgs, 'id'>>;
  dashboardLayout?: Resolver<Maybe<ResolversTypes['DashboardLayout']>, ParentType, ContextType, RequireFields<QueryDashboardLayoutArgs, 'dashboardId'>>;
  dashboardLayouts?: Resolver<ResolversTypes['DashboardLayoutConnection'], ParentType, ContextType, Partial<QueryDashboardLayoutsArgs>>;
  dashboardSnapshots?: Resolver<ResolversTypes['DashboardSnapshotEntryConnection'], ParentType, ContextType, Partial<QueryDashboardSnapshotsArgs>>;
  dashboards?: Resolver<Array<ResolversTypes['Dashboard']>, ParentType, ContextType>;
  emails?: Resolver<ResolversTypes['EmailConnection'], ParentType, ContextType, Partial<QueryEmailsArgs>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id' | 'type'>>;
  errorLog?: Resolver<ResolversTypes['ErrorLogEntryConnection'], ParentType, ContextType, Partial<QueryErrorLogArgs>>;
  favorites?: Resolver<ResolversTypes['FavoriteConnection'], ParentType, ContextType, Partial<QueryFavoritesArgs>>;
  featureUsage?: Resolver<ResolversTypes['FeatureUsageConnection'], ParentType, ContextType, Partial<QueryFeatureUsageArgs>>;
  fieldAudits?: Resolver<ResolversTypes['FieldAuditConnection'], ParentType, ContextType, Partial<QueryFieldAuditsArgs>>;
  healthEvents?: Resolver<ResolversTypes['HealthEventConnection'], ParentType, ContextType, Partial<QueryHealthEventsArgs>>;
  integrationSyncs?: Resolver<ResolversTypes['IntegrationSyncConnection'], ParentType, ContextType, Partial<QueryIntegrationSyncsArgs>>;
  jobRuns?: Resolver<ResolversTypes['JobRunConnection'], ParentType, ContextType, Partial<QueryJobRunsArgs>>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  mlModels?: Resolver<ResolversTypes['MlModelConnection'], ParentType, ContextType, Partial<QueryMlModelsArgs>>;
  nlpQueries?: Resolver<ResolversTypes['NlpQueryConnection'], ParentType, ContextType, Partial<QueryNlpQueriesArgs>>;
  notifications?: Resolver<ResolversTypes['NotificationConnection'], ParentType, ContextType, RequireFields<QueryNotificationsArgs, 'unreadOnly'>>;
  performanceMetrics?: Resolver<ResolversTypes['PerformanceMetricConnection'], ParentType, ContextType, Partial<QueryPerformanceMetricsArgs>>;
  predictions?: Resolver<ResolversTypes['PredictionConnection'], ParentType, ContextType, Partial<QueryPredictionsArgs>>;
  preferenceDocuments?: Resolver<ResolversTypes['UserPreferenceDocumentConnection'], ParentType, ContextType, Partial<QueryPreferenceDocumentsArgs>>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType, RequireFields<QueryProjectArgs, 'id'>>;
  projects?: Resolver<ResolversTypes['ProjectConnection'], ParentType, ContextType, Partial<QueryProjectsArgs>>;
  publicChannels?: Resolver<ResolversTypes['ConversationConnection'], ParentType, ContextType, Partial<QueryPublicChannelsArgs>>;
  pushDeliveries?: Resolver<ResolversTypes['PushDeliveryConnection'], ParentType, ContextType, Partial<QueryPushDeliveriesArgs>>;
  recentActivity?: Resolver<ResolversTypes['ActivityEventConnection'], ParentType, ContextType, Partial<QueryRecentActivityArgs>>;
  report?: Resolver<Maybe<ResolversTypes['Report']>, ParentType, ContextType, RequireFields<QueryReportArgs, 'type'>>;
  reportCacheEntries?: Resolver<ResolversTypes['ReportCacheEntryConnection'], ParentType, ContextType, Partial<QueryReportCacheEntriesArgs>>;
  reportTypes?: Resolver<Array<ResolversTypes['ReportType']>, ParentType, ContextType>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'query'>>;
  searchIndexEntries?: Resolver<ResolversTypes['SearchIndexEntryConnection'], ParentType, ContextType, Partial<QuerySearchIndexEntriesArgs>>;
  searchQueries?: Resolver<ResolversTypes['SearchQueryConnection'], ParentType, ContextType, Partial<QuerySearchQueriesArgs>>;
  smsDeliveries?: Resolver<ResolversTypes['SmsDeliveryConnection'], ParentType, ContextType, Partial<QuerySmsDeliveriesArgs>>;
  trainingDatasets?: Resolver<ResolversTypes['TrainingDatasetConnection'], ParentType, ContextType, Partial<QueryTrainingDatasetsArgs>>;
  unreadNotificationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  webhookEvents?: Resolver<ResolversTypes['WebhookEventConnection'], ParentType, ContextType, Partial<QueryWebhookEventsArgs>>;
};

export type ReactionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Reaction'] = ResolversParentTypes['Reaction']> = {
  emoji?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  users?: Resolver<Array<Maybe<ResolversTypes['User']>>, ParentType, ContextType>;
};

export type ReadingBucketResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ReadingBucket'] = ResolversParentTypes['ReadingBucket']> = {
  avg?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type ReportResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Report'] = ResolversParentTypes['Report']> = {
  data?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  generatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  params?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['CacheSource'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReportCacheEntryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ReportCacheEntry'] = ResolversParentTypes['ReportCacheEntry'], FederationReferenceType extends FederationReferenceTypes['ReportCacheEntry'] = FederationReferenceTypes['ReportCacheEntry']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ReportCacheEntry']> | FederationReferenceType, FederationReferenceType, ContextType>;
  cacheKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  data?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  generations?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  params?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  reportType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ReportCacheEntryConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ReportCacheEntryConnection'] = ResolversParentTypes['ReportCacheEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ReportCacheEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReportCacheEntryEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ReportCacheEntryEdge'] = ResolversParentTypes['ReportCacheEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ReportCacheEntry'], ParentType, ContextType>;
};

export type ReportTypeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ReportType'] = ResolversParentTypes['ReportType']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ttlSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  indexedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  matchedTerms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SearchIndexEntryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SearchIndexEntry'] = ResolversParentTypes['SearchIndexEntry'], FederationReferenceType extends FederationReferenceTypes['SearchIndexEntry'] = FederationReferenceTypes['SearchIndexEntry']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SearchIndexEntry']> | FederationReferenceType, FederationReferenceType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entityType?: Resolver<Maybe<ResolversTypes['EntityType']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indexedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  terms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SearchIndexEntryConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SearchIndexEntryConnection'] = ResolversParentTypes['SearchIndexEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SearchIndexEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchIndexEntryEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SearchIndexEntryEdge'] = ResolversParentTypes['SearchIndexEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SearchIndexEntry'], ParentType, ContextType>;
};

export type SearchQueryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SearchQuery'] = ResolversParentTypes['SearchQuery'], FederationReferenceType extends FederationReferenceTypes['SearchQuery'] = FederationReferenceTypes['SearchQuery']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SearchQuery']> | FederationReferenceType, FederationReferenceType, ContextType>;
  clickedRank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  filters?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  normalizedQuery?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  query?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resultsCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type SearchQueryConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SearchQueryConnection'] = ResolversParentTypes['SearchQueryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SearchQueryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchQueryEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SearchQueryEdge'] = ResolversParentTypes['SearchQueryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SearchQuery'], ParentType, ContextType>;
};

export type SmsDeliveryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SmsDelivery'] = ResolversParentTypes['SmsDelivery'], FederationReferenceType extends FederationReferenceTypes['SmsDelivery'] = FederationReferenceTypes['SmsDelivery']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SmsDelivery']> | FederationReferenceType, FederationReferenceType, ContextType>;
  errorCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  notification?: Resolver<Maybe<ResolversTypes['Notification']>, ParentType, ContextType>;
  phoneMasked?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  providerMessageId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  segments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sentAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DeliveryStatus'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type SmsDeliveryConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SmsDeliveryConnection'] = ResolversParentTypes['SmsDeliveryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SmsDeliveryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SmsDeliveryEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SmsDeliveryEdge'] = ResolversParentTypes['SmsDeliveryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SmsDelivery'], ParentType, ContextType>;
};

export type SnapshotResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Snapshot'] = ResolversParentTypes['Snapshot']> = {
  computedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  data?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['CacheSource'], ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  conversationUpdated?: SubscriptionResolver<ResolversTypes['ConversationUpdate'], "conversationUpdated", ParentType, ContextType, RequireFields<SubscriptionConversationUpdatedArgs, 'conversationId'>>;
  entityChanged?: SubscriptionResolver<ResolversTypes['EntityChange'], "entityChanged", ParentType, ContextType, RequireFields<SubscriptionEntityChangedArgs, 'entityType'>>;
  messageAdded?: SubscriptionResolver<ResolversTypes['ChatMessage'], "messageAdded", ParentType, ContextType, Partial<SubscriptionMessageAddedArgs>>;
  notificationAdded?: SubscriptionResolver<ResolversTypes['Notification'], "notificationAdded", ParentType, ContextType, Partial<SubscriptionNotificationAddedArgs>>;
  notificationUpdated?: SubscriptionResolver<ResolversTypes['Notification'], "notificationUpdated", ParentType, ContextType>;
  presenceChanged?: SubscriptionResolver<ResolversTypes['Presence'], "presenceChanged", ParentType, ContextType, RequireFields<SubscriptionPresenceChangedArgs, 'userIds'>>;
  typing?: SubscriptionResolver<ResolversTypes['TypingIndicator'], "typing", ParentType, ContextType, RequireFields<SubscriptionTypingArgs, 'conversationId'>>;
};

export type SyncErrorResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SyncError'] = ResolversParentTypes['SyncError']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TaskResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Task'] = ResolversParentTypes['Task'], FederationReferenceType extends FederationReferenceTypes['Task'] = FederationReferenceTypes['Task']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Task']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activity?: Resolver<ResolversTypes['ActivityEventConnection'], ParentType, ContextType, Partial<TaskActivityArgs>>;
  assignee?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  attachments?: Resolver<ResolversTypes['AttachmentConnection'], ParentType, ContextType, Partial<TaskAttachmentsArgs>>;
  changelog?: Resolver<ResolversTypes['EntityChangeConnection'], ParentType, ContextType, Partial<TaskChangelogArgs>>;
  comments?: Resolver<ResolversTypes['CommentConnection'], ParentType, ContextType, Partial<TaskCommentsArgs>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dueOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  emails?: Resolver<ResolversTypes['EmailConnection'], ParentType, ContextType, Partial<TaskEmailsArgs>>;
  entityType?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  estimateHours?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  favorites?: Resolver<ResolversTypes['FavoriteConnection'], ParentType, ContextType, Partial<TaskFavoritesArgs>>;
  fieldAudits?: Resolver<ResolversTypes['FieldAuditConnection'], ParentType, ContextType, Partial<TaskFieldAuditsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  notifications?: Resolver<ResolversTypes['NotificationConnection'], ParentType, ContextType, Partial<TaskNotificationsArgs>>;
  predictions?: Resolver<ResolversTypes['PredictionConnection'], ParentType, ContextType, Partial<TaskPredictionsArgs>>;
  priority?: Resolver<ResolversTypes['TaskPriority'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  searchIndex?: Resolver<ResolversTypes['SearchIndexEntryConnection'], ParentType, ContextType, Partial<TaskSearchIndexArgs>>;
  status?: Resolver<ResolversTypes['TaskStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TaskConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TaskConnection'] = ResolversParentTypes['TaskConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TaskEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TaskEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TaskEdge'] = ResolversParentTypes['TaskEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Task'], ParentType, ContextType>;
};

export type TenantResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Tenant'] = ResolversParentTypes['Tenant'], FederationReferenceType extends FederationReferenceTypes['Tenant'] = FederationReferenceTypes['Tenant']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Tenant']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activity?: Resolver<ResolversTypes['ActivityEventConnection'], ParentType, ContextType, Partial<TenantActivityArgs>>;
  attachments?: Resolver<ResolversTypes['AttachmentConnection'], ParentType, ContextType, Partial<TenantAttachmentsArgs>>;
  changelog?: Resolver<ResolversTypes['EntityChangeConnection'], ParentType, ContextType, Partial<TenantChangelogArgs>>;
  comments?: Resolver<ResolversTypes['CommentConnection'], ParentType, ContextType, Partial<TenantCommentsArgs>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  emails?: Resolver<ResolversTypes['EmailConnection'], ParentType, ContextType, Partial<TenantEmailsArgs>>;
  entityType?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  favorites?: Resolver<ResolversTypes['FavoriteConnection'], ParentType, ContextType, Partial<TenantFavoritesArgs>>;
  fieldAudits?: Resolver<ResolversTypes['FieldAuditConnection'], ParentType, ContextType, Partial<TenantFieldAuditsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notifications?: Resolver<ResolversTypes['NotificationConnection'], ParentType, ContextType, Partial<TenantNotificationsArgs>>;
  predictions?: Resolver<ResolversTypes['PredictionConnection'], ParentType, ContextType, Partial<TenantPredictionsArgs>>;
  searchIndex?: Resolver<ResolversTypes['SearchIndexEntryConnection'], ParentType, ContextType, Partial<TenantSearchIndexArgs>>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TrainingDatasetResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TrainingDataset'] = ResolversParentTypes['TrainingDataset'], FederationReferenceType extends FederationReferenceTypes['TrainingDataset'] = FederationReferenceTypes['TrainingDataset']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['TrainingDataset']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  featureNames?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  features?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  labels?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  modelName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rowCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TrainingDatasetConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TrainingDatasetConnection'] = ResolversParentTypes['TrainingDatasetConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TrainingDatasetEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TrainingDatasetEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TrainingDatasetEdge'] = ResolversParentTypes['TrainingDatasetEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TrainingDataset'], ParentType, ContextType>;
};

export type TypingIndicatorResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TypingIndicator'] = ResolversParentTypes['TypingIndicator']> = {
  conversationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  typing?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type UserResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activity?: Resolver<ResolversTypes['ActivityEventConnection'], ParentType, ContextType, Partial<UserActivityArgs>>;
  assignedTasks?: Resolver<ResolversTypes['TaskConnection'], ParentType, ContextType, Partial<UserAssignedTasksArgs>>;
  attachments?: Resolver<ResolversTypes['AttachmentConnection'], ParentType, ContextType, Partial<UserAttachmentsArgs>>;
  changelog?: Resolver<ResolversTypes['EntityChangeConnection'], ParentType, ContextType, Partial<UserChangelogArgs>>;
  comments?: Resolver<ResolversTypes['CommentConnection'], ParentType, ContextType, Partial<UserCommentsArgs>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  emails?: Resolver<ResolversTypes['EmailConnection'], ParentType, ContextType, Partial<UserEmailsArgs>>;
  entityType?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  favorites?: Resolver<ResolversTypes['FavoriteConnection'], ParentType, ContextType, Partial<UserFavoritesArgs>>;
  fieldAudits?: Resolver<ResolversTypes['FieldAuditConnection'], ParentType, ContextType, Partial<UserFieldAuditsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notifications?: Resolver<ResolversTypes['NotificationConnection'], ParentType, ContextType, Partial<UserNotificationsArgs>>;
  predictions?: Resolver<ResolversTypes['PredictionConnection'], ParentType, ContextType, Partial<UserPredictionsArgs>>;
  preferences?: Resolver<Maybe<ResolversTypes['UserPreferences']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  searchIndex?: Resolver<ResolversTypes['SearchIndexEntryConnection'], ParentType, ContextType, Partial<UserSearchIndexArgs>>;
  tenant?: Resolver<ResolversTypes['Tenant'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserPreferenceDocumentResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserPreferenceDocument'] = ResolversParentTypes['UserPreferenceDocument'], FederationReferenceType extends FederationReferenceTypes['UserPreferenceDocument'] = FederationReferenceTypes['UserPreferenceDocument']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['UserPreferenceDocument']> | FederationReferenceType, FederationReferenceType, ContextType>;
  defaultProject?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
  disabledChannels?: Resolver<Array<ResolversTypes['NotificationChannel']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locale?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pushDevices?: Resolver<Array<ResolversTypes['PushDevice']>, ParentType, ContextType>;
  theme?: Resolver<Maybe<ResolversTypes['Theme']>, ParentType, ContextType>;
  timezone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type UserPreferenceDocumentConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserPreferenceDocumentConnection'] = ResolversParentTypes['UserPreferenceDocumentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['UserPreferenceDocumentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UserPreferenceDocumentEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserPreferenceDocumentEdge'] = ResolversParentTypes['UserPreferenceDocumentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['UserPreferenceDocument'], ParentType, ContextType>;
};

export type UserPreferencesResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserPreferences'] = ResolversParentTypes['UserPreferences']> = {
  defaultProject?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
  disabledChannels?: Resolver<Array<ResolversTypes['NotificationChannel']>, ParentType, ContextType>;
  locale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phoneNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pushPlatforms?: Resolver<Array<ResolversTypes['PushPlatform']>, ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
  timezone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type VendorResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Vendor'] = ResolversParentTypes['Vendor'], FederationReferenceType extends FederationReferenceTypes['Vendor'] = FederationReferenceTypes['Vendor']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Vendor']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activity?: Resolver<ResolversTypes['ActivityEventConnection'], ParentType, ContextType, Partial<VendorActivityArgs>>;
  attachments?: Resolver<ResolversTypes['AttachmentConnection'], ParentType, ContextType, Partial<VendorAttachmentsArgs>>;
  changelog?: Resolver<ResolversTypes['EntityChangeConnection'], ParentType, ContextType, Partial<VendorChangelogArgs>>;
  comments?: Resolver<ResolversTypes['CommentConnection'], ParentType, ContextType, Partial<VendorCommentsArgs>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  emails?: Resolver<ResolversTypes['EmailConnection'], ParentType, ContextType, Partial<VendorEmailsArgs>>;
  entityType?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  favorites?: Resolver<ResolversTypes['FavoriteConnection'], ParentType, ContextType, Partial<VendorFavoritesArgs>>;
  fieldAudits?: Resolver<ResolversTypes['FieldAuditConnection'], ParentType, ContextType, Partial<VendorFieldAuditsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notifications?: Resolver<ResolversTypes['NotificationConnection'], ParentType, ContextType, Partial<VendorNotificationsArgs>>;
  predictions?: Resolver<ResolversTypes['PredictionConnection'], ParentType, ContextType, Partial<VendorPredictionsArgs>>;
  purchaseOrders?: Resolver<ResolversTypes['PurchaseOrderConnection'], ParentType, ContextType, Partial<VendorPurchaseOrdersArgs>>;
  rating?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  searchIndex?: Resolver<ResolversTypes['SearchIndexEntryConnection'], ParentType, ContextType, Partial<VendorSearchIndexArgs>>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WebhookEventResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['WebhookEvent'] = ResolversParentTypes['WebhookEvent'], FederationReferenceType extends FederationReferenceTypes['WebhookEvent'] = FederationReferenceTypes['WebhookEvent']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['WebhookEvent']> | FederationReferenceType, FederationReferenceType, ContextType>;
  attempt?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nextRetryAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  responseBody?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  responseStatus?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookStatus'], ParentType, ContextType>;
  targetUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  webhookId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WebhookEventConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['WebhookEventConnection'] = ResolversParentTypes['WebhookEventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['WebhookEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WebhookEventEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['WebhookEventEdge'] = ResolversParentTypes['WebhookEventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookEvent'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GatewayContext> = {
  ActivityEvent?: ActivityEventResolvers<ContextType>;
  ActivityEventConnection?: ActivityEventConnectionResolvers<ContextType>;
  ActivityEventEdge?: ActivityEventEdgeResolvers<ContextType>;
  AiConversation?: AiConversationResolvers<ContextType>;
  AiConversationConnection?: AiConversationConnectionResolvers<ContextType>;
  AiConversationEdge?: AiConversationEdgeResolvers<ContextType>;
  AiTurn?: AiTurnResolvers<ContextType>;
  AlertConfig?: AlertConfigResolvers<ContextType>;
  AlertConfigConnection?: AlertConfigConnectionResolvers<ContextType>;
  AlertConfigEdge?: AlertConfigEdgeResolvers<ContextType>;
  AlertMetric?: AlertMetricResolvers<ContextType>;
  AnalyticsAggregate?: AnalyticsAggregateResolvers<ContextType>;
  AnalyticsAggregateConnection?: AnalyticsAggregateConnectionResolvers<ContextType>;
  AnalyticsAggregateEdge?: AnalyticsAggregateEdgeResolvers<ContextType>;
  AnalyticsMetric?: AnalyticsMetricResolvers<ContextType>;
  AnalyticsPoint?: AnalyticsPointResolvers<ContextType>;
  AnalyticsSeries?: AnalyticsSeriesResolvers<ContextType>;
  ApiRequest?: ApiRequestResolvers<ContextType>;
  ApiRequestConnection?: ApiRequestConnectionResolvers<ContextType>;
  ApiRequestEdge?: ApiRequestEdgeResolvers<ContextType>;
  Asset?: AssetResolvers<ContextType>;
  AssetConnection?: AssetConnectionResolvers<ContextType>;
  AssetEdge?: AssetEdgeResolvers<ContextType>;
  AssetReading?: AssetReadingResolvers<ContextType>;
  AssetReadingConnection?: AssetReadingConnectionResolvers<ContextType>;
  AssetReadingEdge?: AssetReadingEdgeResolvers<ContextType>;
  Attachment?: AttachmentResolvers<ContextType>;
  AttachmentConnection?: AttachmentConnectionResolvers<ContextType>;
  AttachmentEdge?: AttachmentEdgeResolvers<ContextType>;
  ChatMessage?: ChatMessageResolvers<ContextType>;
  ChatMessageConnection?: ChatMessageConnectionResolvers<ContextType>;
  ChatMessageEdge?: ChatMessageEdgeResolvers<ContextType>;
  Comment?: CommentResolvers<ContextType>;
  CommentConnection?: CommentConnectionResolvers<ContextType>;
  CommentEdge?: CommentEdgeResolvers<ContextType>;
  Conversation?: ConversationResolvers<ContextType>;
  ConversationConnection?: ConversationConnectionResolvers<ContextType>;
  ConversationEdge?: ConversationEdgeResolvers<ContextType>;
  ConversationMember?: ConversationMemberResolvers<ContextType>;
  ConversationUpdate?: ConversationUpdateResolvers<ContextType>;
  Dashboard?: DashboardResolvers<ContextType>;
  DashboardLayout?: DashboardLayoutResolvers<ContextType>;
  DashboardLayoutConnection?: DashboardLayoutConnectionResolvers<ContextType>;
  DashboardLayoutEdge?: DashboardLayoutEdgeResolvers<ContextType>;
  DashboardSnapshotEntry?: DashboardSnapshotEntryResolvers<ContextType>;
  DashboardSnapshotEntryConnection?: DashboardSnapshotEntryConnectionResolvers<ContextType>;
  DashboardSnapshotEntryEdge?: DashboardSnapshotEntryEdgeResolvers<ContextType>;
  DashboardTile?: DashboardTileResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Email?: EmailResolvers<ContextType>;
  EmailConnection?: EmailConnectionResolvers<ContextType>;
  EmailEdge?: EmailEdgeResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityChange?: EntityChangeResolvers<ContextType>;
  EntityChangeConnection?: EntityChangeConnectionResolvers<ContextType>;
  EntityChangeEdge?: EntityChangeEdgeResolvers<ContextType>;
  EntityDocument?: EntityDocumentResolvers<ContextType>;
  ErrorLogEntry?: ErrorLogEntryResolvers<ContextType>;
  ErrorLogEntryConnection?: ErrorLogEntryConnectionResolvers<ContextType>;
  ErrorLogEntryEdge?: ErrorLogEntryEdgeResolvers<ContextType>;
  Favorite?: FavoriteResolvers<ContextType>;
  FavoriteConnection?: FavoriteConnectionResolvers<ContextType>;
  FavoriteEdge?: FavoriteEdgeResolvers<ContextType>;
  FavoriteToggle?: FavoriteToggleResolvers<ContextType>;
  FeatureUsage?: FeatureUsageResolvers<ContextType>;
  FeatureUsageConnection?: FeatureUsageConnectionResolvers<ContextType>;
  FeatureUsageEdge?: FeatureUsageEdgeResolvers<ContextType>;
  FieldAudit?: FieldAuditResolvers<ContextType>;
  FieldAuditConnection?: FieldAuditConnectionResolvers<ContextType>;
  FieldAuditEdge?: FieldAuditEdgeResolvers<ContextType>;
  FileRef?: FileRefResolvers<ContextType>;
  HealthEvent?: HealthEventResolvers<ContextType>;
  HealthEventConnection?: HealthEventConnectionResolvers<ContextType>;
  HealthEventEdge?: HealthEventEdgeResolvers<ContextType>;
  IntegrationSync?: IntegrationSyncResolvers<ContextType>;
  IntegrationSyncConnection?: IntegrationSyncConnectionResolvers<ContextType>;
  IntegrationSyncEdge?: IntegrationSyncEdgeResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  JobRun?: JobRunResolvers<ContextType>;
  JobRunConnection?: JobRunConnectionResolvers<ContextType>;
  JobRunEdge?: JobRunEdgeResolvers<ContextType>;
  LayoutWidget?: LayoutWidgetResolvers<ContextType>;
  MlModel?: MlModelResolvers<ContextType>;
  MlModelConnection?: MlModelConnectionResolvers<ContextType>;
  MlModelEdge?: MlModelEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NlpEntity?: NlpEntityResolvers<ContextType>;
  NlpQuery?: NlpQueryResolvers<ContextType>;
  NlpQueryConnection?: NlpQueryConnectionResolvers<ContextType>;
  NlpQueryEdge?: NlpQueryEdgeResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  NotificationConnection?: NotificationConnectionResolvers<ContextType>;
  NotificationEdge?: NotificationEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PerformanceMetric?: PerformanceMetricResolvers<ContextType>;
  PerformanceMetricConnection?: PerformanceMetricConnectionResolvers<ContextType>;
  PerformanceMetricEdge?: PerformanceMetricEdgeResolvers<ContextType>;
  Prediction?: PredictionResolvers<ContextType>;
  PredictionConnection?: PredictionConnectionResolvers<ContextType>;
  PredictionEdge?: PredictionEdgeResolvers<ContextType>;
  Presence?: PresenceResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  ProjectConnection?: ProjectConnectionResolvers<ContextType>;
  ProjectEdge?: ProjectEdgeResolvers<ContextType>;
  PurchaseOrder?: PurchaseOrderResolvers<ContextType>;
  PurchaseOrderConnection?: PurchaseOrderConnectionResolvers<ContextType>;
  PurchaseOrderEdge?: PurchaseOrderEdgeResolvers<ContextType>;
  PushDelivery?: PushDeliveryResolvers<ContextType>;
  PushDeliveryConnection?: PushDeliveryConnectionResolvers<ContextType>;
  PushDeliveryEdge?: PushDeliveryEdgeResolvers<ContextType>;
  PushDevice?: PushDeviceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Reaction?: ReactionResolvers<ContextType>;
  ReadingBucket?: ReadingBucketResolvers<ContextType>;
  Report?: ReportResolvers<ContextType>;
  ReportCacheEntry?: ReportCacheEntryResolvers<ContextType>;
  ReportCacheEntryConnection?: ReportCacheEntryConnectionResolvers<ContextType>;
  ReportCacheEntryEdge?: ReportCacheEntryEdgeResolvers<ContextType>;
  ReportType?: ReportTypeResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchIndexEntry?: SearchIndexEntryResolvers<ContextType>;
  SearchIndexEntryConnection?: SearchIndexEntryConnectionResolvers<ContextType>;
  SearchIndexEntryEdge?: SearchIndexEntryEdgeResolvers<ContextType>;
  SearchQuery?: SearchQueryResolvers<ContextType>;
  SearchQueryConnection?: SearchQueryConnectionResolvers<ContextType>;
  SearchQueryEdge?: SearchQueryEdgeResolvers<ContextType>;
  SmsDelivery?: SmsDeliveryResolvers<ContextType>;
  SmsDeliveryConnection?: SmsDeliveryConnectionResolvers<ContextType>;
  SmsDeliveryEdge?: SmsDeliveryEdgeResolvers<ContextType>;
  Snapshot?: SnapshotResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  SyncError?: SyncErrorResolvers<ContextType>;
  Task?: TaskResolvers<ContextType>;
  TaskConnection?: TaskConnectionResolvers<ContextType>;
  TaskEdge?: TaskEdgeResolvers<ContextType>;
  Tenant?: TenantResolvers<ContextType>;
  TrainingDataset?: TrainingDatasetResolvers<ContextType>;
  TrainingDatasetConnection?: TrainingDatasetConnectionResolvers<ContextType>;
  TrainingDatasetEdge?: TrainingDatasetEdgeResolvers<ContextType>;
  TypingIndicator?: TypingIndicatorResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserPreferenceDocument?: UserPreferenceDocumentResolvers<ContextType>;
  UserPreferenceDocumentConnection?: UserPreferenceDocumentConnectionResolvers<ContextType>;
  UserPreferenceDocumentEdge?: UserPreferenceDocumentEdgeResolvers<ContextType>;
  UserPreferences?: UserPreferencesResolvers<ContextType>;
  Vendor?: VendorResolvers<ContextType>;
  WebhookEvent?: WebhookEventResolvers<ContextType>;
  WebhookEventConnection?: WebhookEventConnectionResolvers<ContextType>;
  WebhookEventEdge?: WebhookEventEdgeResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = GatewayContext> = {
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
};
