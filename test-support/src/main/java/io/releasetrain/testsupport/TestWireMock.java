package io.releasetrain.testsupport;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/**
 * One WireMock server per test JVM, standing in for the outside systems (GitHub, Travis CI,
 * Slack, PPC endpoints) on a random loopback port. Tests stub and verify through
 * {@link #client()}, which talks to the server's admin API over HTTP, so it works from any class
 * loader Quarkus puts a test in.
 */
public final class TestWireMock {

    private static final String PROPERTY = "releasetrain.test.wiremock.port";

    private TestWireMock() {
    }

    /** The base URL of the shared server, e.g. {@code http://127.0.0.1:41234}, starting it on first use. */
    public static String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** A client for stubbing and verifying requests on the shared server. */
    public static WireMock client() {
        return new WireMock("127.0.0.1", port());
    }

    private static int port() {
        return Integer.parseInt(JvmSingleton.get(PROPERTY, () -> {
            WireMockServer server = new WireMockServer(WireMockConfiguration.options()
                    .bindAddress("127.0.0.1")
                    .dynamicPort()
                    .containerThreads(20));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "wiremock-stop"));
            return String.valueOf(server.port());
        }));
    }
}
