package gateway.dev;

import java.util.List;

import de.bwaldvogel.mongo.MongoVersion;

/**
 * Reports the server as MongoDB 6.0 (wire version 17).
 *
 * <p>mongo-java-server 1.47.0's own {@code ServerVersion} enum stops at 5.0 / wire
 * version 8, which the Node driver 7 rejects ("requires at least 9"). The version only
 * feeds {@code isMaster}/{@code buildInfo}/{@code serverStatus}; it does not add any
 * 6.0 features to the in-memory backend.
 */
public final class Mongo60Version implements MongoVersion {

    public static final Mongo60Version INSTANCE = new Mongo60Version();

    private static final List<Integer> VERSION_ARRAY = List.of(6, 0, 0);

    private Mongo60Version() {
    }

    @Override
    public List<Integer> getVersionArray() {
        return VERSION_ARRAY;
    }

    @Override
    public int getWireVersion() {
        return 17;
    }

    @Override
    public String toString() {
        return "MongoDB " + toVersionString() + " (wire " + getWireVersion() + ")";
    }
}
