package gateway.dev;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.oplog.Oplog;

/**
 * The in-memory backend with an atomic {@code create} command, as on MongoDB, and an oplog that
 * change streams read from their position rather than from its start ({@link TailedOplog}).
 *
 * <p>mongo-java-server 1.47.0 checks whether a collection exists and then creates it without a
 * lock, so two {@code create} commands for one name sent at the same moment both succeed and the
 * second replaces the first collection (its documents and indexes are lost). Implicit creation
 * by a write is already synchronized on the database; explicit creation takes the same lock here.
 */
public final class AtomicCreateBackend extends MemoryBackend {

    /** Some 20 seconds of a benchmark's writes, hours of the tests': about 100 MB of heap at most. */
    private static final int OPLOG_ENTRIES = 100_000;

    @Override
    protected Oplog createOplog() {
        return new TailedOplog(this, getCursorRegistry(), OPLOG_ENTRIES);
    }

    @Override
    public MemoryDatabase openOrCreateDatabase(String databaseName) {
        return new MemoryDatabase(databaseName, getCursorRegistry()) {
            @Override
            public synchronized MongoCollection<Integer> createCollectionOrThrowIfExists(
                    String collectionName, CollectionOptions options) {
                return super.createCollectionOrThrowIfExists(collectionName, options);
            }
        };
    }
}
