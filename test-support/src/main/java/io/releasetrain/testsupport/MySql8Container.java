package io.releasetrain.testsupport;

import org.testcontainers.mysql.MySQLContainer;

/**
 * MySQL 8 in a container, for the opt-in {@code mysql8-docker} Maven profile only. This class is
 * loaded only when that profile asks for it, so the default build never touches Docker.
 */
final class MySql8Container {

    private MySql8Container() {
    }

    static DatabaseServer start() {
        MySQLContainer mysql = new MySQLContainer("mysql:8.4").withUsername("root").withPassword("test");
        mysql.withCommand("--transaction-isolation=READ-COMMITTED");
        mysql.start();
        Runtime.getRuntime().addShutdownHook(new Thread(mysql::stop, "mysql8-container-stop"));
        return new DatabaseServer("jdbc:mysql://" + mysql.getHost() + ":" + mysql.getMappedPort(3306),
                "root", "test");
    }
}
