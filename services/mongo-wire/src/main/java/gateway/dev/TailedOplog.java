package gateway.dev;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.AbstractCursor;
import de.bwaldvogel.mongo.backend.Cursor;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.aggregation.Aggregation;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import de.bwaldvogel.mongo.oplog.Oplog;

/**
 * The in-memory server's oplog, kept in timestamp order and bounded, as MongoDB keeps its own: a
 * capped collection that change streams read from their position on.
 *
 * <p>mongo-java-server 1.47.0 keeps the oplog as a plain collection that only grows, and every
 * read of a change stream scans and sorts all of it. After one {@code bench:logs} run (some
 * 300,000 entries) a single idle gateway's notification stream kept the server busy on both
 * cores, and its heap full. Here a read costs what is new since its position, and past
 * {@code maxEntries} the oldest entries go: a stream whose position is older fails with
 * ChangeStreamHistoryLost, as on MongoDB once its oplog has rolled over. The events are the ones mongo-java-server sends,
 * made closer to MongoDB's: {@code ns} added, updates keyed by {@code _id} rather than by the
 * update, and a document deleted since its update looked up as null.
 */
final class TailedOplog implements Oplog {

    private enum Kind { INSERT, UPDATE, DELETE, DROP }

    /** {@code document}: an insert's copy, an update's query; {@code id}: the document's _id. */
    private record Entry(long ts, String namespace, Kind kind, Document document, Object id) {
    }

    private final ConcurrentSkipListMap<Long, Entry> entries = new ConcurrentSkipListMap<>();
    private final MongoBackend backend;
    private final CursorRegistry cursors;
    private final Clock clock;
    private final int maxEntries;
    /** Guarded by {@code this}, like the appends: timestamps go in strictly increasing, in order. */
    private int size;
    private int increment;
    private volatile long last;
    /** The newest entry that went for the bound: a position before it has lost history. */
    private volatile long evictedThrough;

    TailedOplog(MongoBackend backend, CursorRegistry cursors, int maxEntries) {
        this.backend = backend;
        this.cursors = cursors;
        this.clock = backend.getClock();
        this.maxEntries = maxEntries;
    }

    @Override
    public void handleInsert(String namespace, List<Document> documents) {
        for (Document document : documents) {
            append(namespace, Kind.INSERT, document.cloneDeeply(), document.get("_id"));
        }
    }

    @Override
    public void handleUpdate(String namespace, Document selector, Document query, List<Object> modifiedIds) {
        for (Object id : modifiedIds) {
            append(namespace, Kind.UPDATE, query, id);
        }
    }

    @Override
    public void handleDelete(String namespace, Document query, List<Object> deletedIds) {
        for (Object id : deletedIds) {
            append(namespace, Kind.DELETE, null, id);
        }
    }

    @Override
    public void handleDropCollection(String namespace) {
        append(namespace, Kind.DROP, null, null);
    }

    private synchronized void append(String namespace, Kind kind, Document document, Object id) {
        // The seconds and a counter, as mongo-java-server's clock does; never below the last one.
        long ts = Math.max(last + 1, new BsonTimestamp(clock.instant(), ++increment).getValue());
        entries.put(ts, new Entry(ts, namespace, kind, document, id));
        last = ts;
        if (++size > maxEntries) {
            evictedThrough = entries.pollFirstEntry().getKey();
            size--;
        }
    }

    @Override
    public Cursor createCursor(Document changeStream, String namespace, Aggregation aggregation) {
        Document resumeAfter = (Document) changeStream.get("resumeAfter");
        Document startAfter = (Document) changeStream.get("startAfter");
        BsonTimestamp startAt = (BsonTimestamp) changeStream.get("startAtOperationTime");
        final long after;
        if (startAfter != null || resumeAfter != null) {
            after = Long.parseLong((String) (startAfter != null ? startAfter : resumeAfter).get("_data"), 16);
            // Resumed after its collection was dropped: the stream is invalid (as mongo-java-server says it).
            if (resumeAfter != null && entries.headMap(after, true).values().stream()
                .anyMatch(entry -> entry.kind == Kind.DROP && entry.namespace.equals(namespace))) {
                return new Invalidated(after);
            }
        } else if (startAt != null) {
            after = startAt.getValue() - 1;
        } else {
            after = last;
        }
        checkHistory(after);
        TailCursor cursor = new TailCursor(cursors.generateCursorId(), changeStream, namespace, aggregation, after);
        cursors.add(cursor);
        return cursor;
    }

    private final class TailCursor extends AbstractCursor {
        private final Document changeStream;
        private final String namespace;
        private final Aggregation aggregation;
        /** Every entry up to here has been read (or was another collection's). */
        private long after;

        TailCursor(long id, Document changeStream, String namespace, Aggregation aggregation, long after) {
            super(id);
            this.changeStream = changeStream;
            this.namespace = namespace;
            this.aggregation = aggregation;
            this.after = after;
        }

        @Override
        public boolean isEmpty() {
            return false;
        }

        @Override
        public synchronized List<Document> takeDocuments(int numberToReturn) {
            long end = last; // every entry up to it is in the map already: appends go in order
            checkHistory(after);
            if (after >= end) {
                return List.of(); // nothing new, or a position ahead of this server's (a token from before a restart)
            }
            NavigableMap<Long, Entry> fresh = entries.subMap(after, false, end, true);
            // The collection's own changes and its drop (mongo-java-server shows every drop of the database to every stream).
            Stream<Document> events = aggregation.runStagesAsStream(fresh.values().stream()
                .filter(entry -> entry.namespace.equals(namespace))
                .map(entry -> event(entry, changeStream)));
            if (numberToReturn > 0) {
                events = events.limit(numberToReturn);
            }
            List<Document> batch = events.collect(Collectors.toList());
            // A full batch may stop short of `end`: it goes on after its last event next time.
            after = numberToReturn > 0 && batch.size() == numberToReturn
                ? Long.parseLong((String) ((Document) batch.get(batch.size() - 1).get("_id")).get("_data"), 16)
                : end;
            return batch;
        }
    }

    private void checkHistory(long after) {
        if (after < evictedThrough) {
            throw new MongoServerError(286, "ChangeStreamHistoryLost", "the oplog no longer holds the changes after this position");
        }
    }

    /** What a stream resumed after its collection's drop reads, as mongo-java-server answers it. */
    private static final class Invalidated extends AbstractCursor {
        private final long at;

        Invalidated(long at) {
            super(0);
            this.at = at;
        }

        @Override
        public boolean isEmpty() {
            return false;
        }

        @Override
        public List<Document> takeDocuments(int numberToReturn) {
            return List.of(new Document("_id", token(at)).append("operationType", "invalidate"));
        }
    }

    private Document event(Entry entry, Document changeStream) {
        Document event = new Document("_id", token(entry.ts));
        int dot = entry.namespace.indexOf('.');
        Document ns = new Document("db", entry.namespace.substring(0, dot)).append("coll", entry.namespace.substring(dot + 1));
        BsonTimestamp clusterTime = new BsonTimestamp(entry.ts);
        switch (entry.kind) {
            case INSERT -> event.append("operationType", "insert").append("fullDocument", entry.document)
                .append("ns", ns).append("documentKey", new Document("_id", entry.id));
            case UPDATE -> event.append("operationType", "update")
                .append("fullDocument", "updateLookup".equals(changeStream.get("fullDocument")) ? current(entry) : delta(entry.document))
                .append("ns", ns).append("documentKey", new Document("_id", entry.id));
            case DELETE -> event.append("operationType", "delete").append("fullDocument", null)
                .append("ns", ns).append("documentKey", new Document("_id", entry.id));
            case DROP -> event.append("operationType", "drop").append("ns", ns);
        }
        return event.append("clusterTime", clusterTime);
    }

    /** The document as it is now, found by its _id (which the server answers from its index); null once it is gone, as on MongoDB. */
    private Document current(Entry entry) {
        int dot = entry.namespace.indexOf('.');
        MongoCollection<?> collection = backend.resolveDatabase(entry.namespace.substring(0, dot))
            .resolveCollection(entry.namespace.substring(dot + 1), false);
        if (collection != null) {
            for (Document found : collection.handleQuery(new Document("_id", entry.id), 0, 1)) {
                return found;
            }
        }
        return null;
    }

    /** An update's $set and $unset fields, as mongo-java-server gives them without updateLookup. */
    private static Document delta(Document update) {
        Document delta = new Document();
        for (String operator : List.of("$set", "$unset")) {
            if (update.get(operator) instanceof Document fields) {
                for (Map.Entry<String, Object> field : fields.entrySet()) {
                    delta.append(field.getKey(), field.getValue());
                }
            }
        }
        return delta;
    }

    private static Document token(long ts) {
        return new Document("_data", Long.toHexString(ts));
    }
}
