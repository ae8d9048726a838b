import type { DocumentStore } from '../../stores/documents';
import type { CatalogueLoaders } from '../catalogue';
import type { RowLoaders } from '../rows';
import { AlertConfigWrites } from './alert-configs';
import { FavoriteWrites } from './favorites';
import { LayoutWrites } from './layouts';

/**
 * The saved UI state of the caller (favourites, dashboard layouts, alert configs), always their
 * own within the store's tenant. Reads of these collections are the catalogue's lists; this adds
 * the writes and the one read with a fallback (a dashboard's layout).
 */
export class UiState {
  readonly favorites: FavoriteWrites;
  readonly layouts: LayoutWrites;
  readonly alertConfigs: AlertConfigWrites;

  constructor(store: DocumentStore, rows: RowLoaders, catalogue: CatalogueLoaders) {
    this.favorites = new FavoriteWrites(store, rows);
    this.layouts = new LayoutWrites(store, catalogue);
    this.alertConfigs = new AlertConfigWrites(store);
  }
}
