package io.releasetrain.cli.auth;

import io.releasetrain.cli.CliFailure;
import io.releasetrain.cli.Terminal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The bearer token of this user: {@code RT_TOKEN} when set, else the one {@code rt login} stored in the config
 * directory, in a file only its owner may read or write.
 */
public final class TokenStore {

    /** The file name of the stored token inside the config directory. */
    public static final String FILE = "token";

    private final Terminal terminal;
    private final Path file;

    public TokenStore(Terminal terminal, Path configDir) {
        this.terminal = terminal;
        this.file = configDir.resolve(FILE);
    }

    /** The token to send, or null when the user has none. */
    public String token() {
        String fromEnv = terminal.variable("RT_TOKEN");
        if (fromEnv != null) {
            return fromEnv;
        }
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            String stored = Files.readString(file, StandardCharsets.UTF_8).strip();
            return stored.isEmpty() ? null : stored;
        } catch (IOException e) {
            throw CliFailure.refused("Cannot read the stored token " + file + ": " + e.getMessage()
                    + ". Run rt logout, then rt login.");
        }
    }

    /** Where the token comes from, for messages. */
    public String origin() {
        return terminal.variable("RT_TOKEN") != null ? "RT_TOKEN" : file.toString();
    }

    /** Stores {@code token}, readable and writable by the owner only (the file never exists with wider rights). */
    public Path store(String token) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(FILE + ".new");
            Files.deleteIfExists(temporary);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                restrictDirectory(file.getParent());
                Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(temporary, token + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
            Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw CliFailure.refused("Cannot store the token in " + file + ": " + e.getMessage()
                    + ". Set RT_CONFIG_DIR to a directory you can write, or use RT_TOKEN.");
        }
    }

    /** Removes the stored token; true when there was one. */
    public boolean remove() {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            throw CliFailure.refused("Cannot remove " + file + ": " + e.getMessage());
        }
    }

    private static void restrictDirectory(Path dir) throws IOException {
        Set<java.nio.file.attribute.PosixFilePermission> current = Files.getPosixFilePermissions(dir);
        if (!current.equals(PosixFilePermissions.fromString("rwx------"))) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
