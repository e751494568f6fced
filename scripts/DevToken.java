import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.stream.Collectors;

/**
 * Local bearer tokens without an identity provider. Run with the JDK's single-file launcher:
 *
 *   java scripts/DevToken.java KEY_DIR SUBJECT ROLE [ROLE...]
 *
 * On first use it creates an RSA key pair in KEY_DIR (private.der stays there; public.pem is what
 * the services are told to trust), then prints an RS256 JWT for SUBJECT with the roles in its
 * "groups" claim, issuer "releasetrain-local", valid for 12 hours. For local runs only: production
 * services trust the keys of a real OIDC provider instead.
 */
public class DevToken {

    static final String ISSUER = "releasetrain-local";

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: java DevToken.java KEY_DIR SUBJECT [ROLE...]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        PrivateKey key = keys(dir);
        String[] roles = Arrays.copyOfRange(args, 2, args.length);
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String payload = "{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + json(args[1]) + "\",\"upn\":\"" + json(args[1])
                + "\",\"groups\":[" + Arrays.stream(roles).map(r -> "\"" + json(r) + "\"").collect(Collectors.joining(","))
                + "],\"iat\":" + now + ",\"exp\":" + (now + 12 * 3600) + "}";
        String signingInput = base64Url(header) + "." + base64Url(payload);
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        System.out.println(signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign()));
    }

    static PrivateKey keys(Path dir) throws Exception {
        Path privateKey = dir.resolve("private.der");
        if (!Files.exists(privateKey)) {
            Files.createDirectories(dir);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.write(privateKey, pair.getPrivate().getEncoded());
            Files.setPosixFilePermissions(privateKey, PosixFilePermissions.fromString("rw-------"));
            String pem = "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pair.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n";
            Files.writeString(dir.resolve("public.pem"), pem);
        }
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(privateKey)));
    }

    static String base64Url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
