package io.releasetrain.cli.auth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.releasetrain.cli.CliFailure;
import io.releasetrain.cli.Terminal;
import io.releasetrain.cli.output.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * Tokens for the local run, as {@code scripts/dev-token.sh} mints them: RS256, issuer {@code releasetrain-local},
 * the roles in {@code groups}, 12 hours, signed with the key in the checkout's {@code .local/jwt/} (created on
 * first use; {@code scripts/run-local.sh} tells the services to trust its {@code public.pem}).
 */
public final class DevTokens {

    /** The issuer the local run's services require. */
    public static final String ISSUER = "releasetrain-local";

    private static final Duration LIFETIME = Duration.ofHours(12);

    private final Path keyDir;

    public DevTokens(Path keyDir) {
        this.keyDir = keyDir;
    }

    /**
     * The key directory: {@code RT_DEV_KEY_DIR}, else {@code .local/jwt} of the checkout the launcher runs from
     * ({@code rt.home}), else of the checkout around the working directory.
     */
    public static Path keyDir(Terminal terminal) {
        String explicit = terminal.variable("RT_DEV_KEY_DIR");
        if (explicit != null) {
            return Path.of(explicit);
        }
        String home = System.getProperty("rt.home");
        if (home != null) {
            return Path.of(home, ".local", "jwt");
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("scripts/dev-token.sh"))) {
                return dir.resolve(".local/jwt");
            }
        }
        throw CliFailure.usage("rt login --dev signs with the local run's key: run rt from the release-train checkout"
                + " (its ./rt launcher), or set RT_DEV_KEY_DIR to the key's directory.");
    }

    /** A token for {@code subject} with {@code roles}, issued {@code now}. */
    public String mint(String subject, List<String> roles, Instant now) {
        ObjectNode payload = Json.object().put("iss", ISSUER).put("sub", subject).put("upn", subject);
        roles.forEach(payload.putArray("groups")::add);
        payload.put("iat", now.getEpochSecond()).put("exp", now.plus(LIFETIME).getEpochSecond());
        String signingInput = base64Url("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + base64Url(payload.toString());
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(privateKey());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        } catch (GeneralSecurityException | IOException e) {
            throw CliFailure.refused("Cannot sign a local token with the key in " + keyDir + ": " + e.getMessage()
                    + ". Remove the directory to have a new key made, then restart scripts/run-local.sh.");
        }
    }

    private PrivateKey privateKey() throws GeneralSecurityException, IOException {
        Path privateKey = keyDir.resolve("private.der");
        if (!Files.exists(privateKey)) {
            create(privateKey);
        }
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(privateKey)));
    }

    private void create(Path privateKey) throws GeneralSecurityException, IOException {
        Files.createDirectories(keyDir);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Files.write(privateKey, pair.getPrivate().getEncoded());
        Files.setPosixFilePermissions(privateKey, PosixFilePermissions.fromString("rw-------"));
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pair.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        Files.writeString(keyDir.resolve("public.pem"), pem);
    }

    private static String base64Url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
