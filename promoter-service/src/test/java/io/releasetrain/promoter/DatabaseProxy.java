package io.releasetrain.promoter;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay between the service under test and its database, so that a test can take "the database"
 * down and bring it back without touching the database server other tests share. Down: every open
 * connection is cut and new ones are closed as soon as they are accepted, exactly what the JDBC driver
 * sees when a database goes away.
 */
final class DatabaseProxy {

    /**
     * The switch, a system property (the one store every class loader of the test JVM shares): a test sets
     * it to {@code down} or {@code up}; the proxy applies it and reports the state it is in under {@link #STATE}.
     */
    public static final String SWITCH = "promoter.test.database-proxy.wanted";
    public static final String STATE = "promoter.test.database-proxy.state";

    private final ServerSocket server;
    private final String targetHost;
    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean down;

    private DatabaseProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread acceptor = new Thread(this::accept, "database-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
        Thread watcher = new Thread(this::watchSwitch, "database-proxy-switch");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** Starts a relay to {@code host:port}, switched by {@link #SWITCH}. */
    static DatabaseProxy start(String host, int port) {
        try {
            System.setProperty(SWITCH, "up");
            System.setProperty(STATE, "up");
            return new DatabaseProxy(host, port);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the database proxy", e);
        }
    }

    int port() {
        return server.getLocalPort();
    }

    void setDown(boolean value) {
        down = value;
        if (value) {
            open.forEach(DatabaseProxy::closeQuietly);
            open.clear();
        }
    }

    private void watchSwitch() {
        Object monitor = new Object();
        while (!server.isClosed()) {
            boolean wanted = "down".equals(System.getProperty(SWITCH));
            if (wanted != down) {
                setDown(wanted);
                System.setProperty(STATE, wanted ? "down" : "up");
            }
            synchronized (monitor) {
                try {
                    monitor.wait(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (down) {
                    closeQuietly(client);
                    continue;
                }
                Socket upstream = new Socket(targetHost, targetPort);
                client.setTcpNoDelay(true);
                upstream.setTcpNoDelay(true);
                open.add(client);
                open.add(upstream);
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException e) {
                // A failed accept or upstream connect affects one connection only.
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                // The other side closed or the proxy cut the connection.
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "database-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closing is all we wanted.
        }
    }
}
