package gateway.dev;

import java.util.concurrent.CountDownLatch;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.AbstractMongoBackend;

/**
 * Dev/test MongoDB wire-protocol server: mongo-java-server with the in-memory backend
 * (collection creation made atomic, see {@link AtomicCreateBackend}),
 * the oplog enabled (so change streams work) and reporting MongoDB 6.0 / wire 17.
 *
 * <p>Usage: {@code java -jar mongo-wire.jar [host] [port] [data file]} (defaults 127.0.0.1 57017).
 * Without a data file, data lives in memory only and is gone when the process exits; with one, it
 * is kept there across restarts (see {@link DurableBackend}).
 */
public final class MongoWireServer {

    private MongoWireServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        String host = args.length > 0 ? args[0] : "127.0.0.1";
        int port;
        try {
            port = args.length > 1 ? Integer.parseInt(args[1]) : 57017;
        } catch (NumberFormatException e) {
            System.err.println("mongo-wire: invalid port: " + args[1]);
            System.exit(2);
            return;
        }

        AbstractMongoBackend backend = args.length > 2 ? new DurableBackend(args[2]) : new AtomicCreateBackend();
        backend.version(Mongo60Version.INSTANCE);
        MongoServer server = new MongoServer(backend);
        // Change streams read from the oplog, which is off by default.
        server.enableOplog();

        try {
            server.bind(host, port);
        } catch (RuntimeException e) {
            System.err.println("mongo-wire: cannot bind " + host + ":" + port + ": " + e);
            System.exit(1);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.shutdown();
            } finally {
                stopped.countDown();
            }
        }, "mongo-wire-shutdown"));

        System.out.println("mongo-wire listening on " + host + ":" + port);
        System.out.flush();
        stopped.await();
    }
}
