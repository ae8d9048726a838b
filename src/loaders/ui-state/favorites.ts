import type { Viewer } from '../../auth/viewer';
import type { DocumentOf } from '../../catalogue/documents';
import { badUserInput } from '../../errors';
import { entityRegistry, type EntityKind } from '../../registry/entities';
import { reportTypes } from '../../reports/registry';
import type { DocumentStore } from '../../stores/documents';
import { rowOfTenant } from '../document-input';
import type { RowLoaders } from '../rows';

type FavoriteDoc = DocumentOf<'user_favorite'>;
const COLLECTION = 'user_favorite';
const LABEL_MAX = 200;

/** A favourite to toggle, as the caller names it. */
export interface FavoriteInput {
  kind: FavoriteDoc['kind'];
  entityType?: EntityKind | null;
  entityId?: string | null;
  reportType?: string | null;
  label?: string | null;
}

export interface FavoriteToggle {
  /** true when the toggle made it a favourite, false when it removed it. */
  active: boolean;
  favorite: FavoriteDoc;
}

/** What a favourite is about: a row (bookmarks) or a report type (pins), never both. */
function aboutOf(input: FavoriteInput) {
  switch (input.kind) {
    case 'pin':
      if (input.entityType != null || input.entityId != null) throw badUserInput('A pin is of a report, not a row.', input.entityType != null ? 'entityType' : 'entityId');
      if (input.reportType == null) throw badUserInput('A pin names its reportType.', 'reportType');
      return { entity_type: null, entity_id: null, report_type: input.reportType };
    case 'bookmark':
      if (input.reportType != null) throw badUserInput('A bookmark is of a row, not a report.', 'reportType');
      if (input.entityType == null || input.entityId == null) throw badUserInput('A bookmark names its row: entityType and entityId.', input.entityType == null ? 'entityType' : 'entityId');
      return { entity_type: entityRegistry[input.entityType].entityType, entity_id: input.entityId.toLowerCase(), report_type: null };
    case 'recent':
      throw badUserInput('Only pins and bookmarks are toggled; recent items are not.', 'kind');
  }
}

/**
 * The caller's pins and bookmarks (user_favorite), toggled: the same favourite toggled twice is
 * gone again. Its key is the collection's unique index user_entity (user, row, report type), so
 * a favourite is there at most once whatever the number of tabs toggling it.
 */
export class FavoriteWrites {
  constructor(
    private readonly store: DocumentStore,
    private readonly rows: RowLoaders,
  ) {}

  /**
   * Removing is one command, and needs nothing else: a bookmark of a row deleted since can still
   * be removed. Adding checks what the favourite names (a row of the caller's tenant, a known
   * report type) and then upserts on the unique key: two commands and, for a row, one statement.
   * A bookmark of a row the caller had only opened recently turns that entry into the bookmark.
   * Two tabs adding at once make one favourite: MongoDB retries an upsert that lost the race to
   * insert the same unique key, as its filter is equality on the index's fields.
   */
  async toggle(viewer: Viewer, input: FavoriteInput): Promise<FavoriteToggle> {
    const about = aboutOf(input);
    const label = input.label == null ? undefined : input.label.trim();
    if (label !== undefined && (label.length === 0 || label.length > LABEL_MAX)) throw badUserInput(`label is 1 to ${LABEL_MAX} characters.`, 'label');
    const key = { user_id: viewer.userId, ...about };
    const removed = await this.store.findOneAndDelete<FavoriteDoc>(COLLECTION, { ...key, kind: input.kind });
    if (removed) return { active: false, favorite: removed };

    if (about.report_type !== null && !Object.hasOwn(reportTypes, about.report_type)) {
      throw badUserInput(`No report type "${about.report_type}"; reportTypes lists them.`, 'reportType');
    }
    if (input.entityType) await rowOfTenant(this.rows, input.entityType, input.entityId!);
    const added = await this.store.upsertOne<FavoriteDoc>(COLLECTION, key, {
      $set: { kind: input.kind, created_at: new Date(), ...(label !== undefined && { label }) },
    });
    return { active: true, favorite: added! };
  }
}
