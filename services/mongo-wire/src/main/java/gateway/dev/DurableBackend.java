package gateway.dev;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;

/**
 * The H2 (MVStore) backend, for a server whose documents must outlive it: the fault script stops
 * MongoDB and starts it again, and what the gateway acknowledged must still be there. MVStore
 * commits in the background about once a second and on shutdown, so a clean stop (SIGTERM) keeps
 * everything; a kill -9 may lose the last second, as MongoDB without journaled writes would.
 * {@code create} is atomic here too (see {@link AtomicCreateBackend}).
 */
public final class DurableBackend extends H2Backend {

    public DurableBackend(String file) {
        super(file);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new H2Database(databaseName, getMvStore(), getCursorRegistry()) {
            @Override
            public synchronized MongoCollection<Object> createCollectionOrThrowIfExists(
                    String collectionName, CollectionOptions options) {
                return super.createCollectionOrThrowIfExists(collectionName, options);
            }
        };
    }
}
