package io.releasetrain.testsupport;

/**
 * How to reach a MySQL-compatible server: a JDBC URL without a database, and credentials.
 *
 * @param jdbcUrl  for example {@code jdbc:mysql://127.0.0.1:33061}
 * @param username a user allowed to create databases
 * @param password that user's password
 */
public record DatabaseServer(String jdbcUrl, String username, String password) {

    private static final String SEPARATOR = "\n";

    /** The JDBC URL of one database on this server. */
    public String urlOf(String database) {
        return jdbcUrl + "/" + database;
    }

    String encode() {
        return String.join(SEPARATOR, jdbcUrl, username, password);
    }

    static DatabaseServer decode(String encoded) {
        String[] parts = encoded.split(SEPARATOR, -1);
        return new DatabaseServer(parts[0], parts[1], parts[2]);
    }
}
