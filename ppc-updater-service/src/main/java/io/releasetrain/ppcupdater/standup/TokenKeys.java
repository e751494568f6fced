package io.releasetrain.ppcupdater.standup;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES keys access tokens are encrypted with, by key id: one active key encrypts, every configured key
 * decrypts, so a key is rotated by adding a new one, making it active, and removing the old one once no
 * token needs it (a token is re-encrypted with the active key when it is read).
 *
 * <p>Parsed from {@code keyId:base64Key[,keyId:base64Key...]}; keys are 16, 24 or 32 bytes. Error messages
 * name key ids, never key material.
 */
public final class TokenKeys {

    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final Map<String, SecretKey> keys;
    private final String activeKeyId;

    private TokenKeys(Map<String, SecretKey> keys, String activeKeyId) {
        this.keys = Map.copyOf(keys);
        this.activeKeyId = activeKeyId;
    }

    /**
     * The keys in {@code spec} with the active one named, or the only one when none is named.
     *
     * @throws IllegalArgumentException when the configuration is malformed, saying what to fix
     */
    public static TokenKeys parse(String spec, Optional<String> activeKeyId) {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        String text = spec == null ? "" : spec.trim();
        for (String entry : text.isEmpty() ? new String[0] : text.split(",")) {
            int colon = entry.indexOf(':');
            String id = colon < 0 ? entry.trim() : entry.substring(0, colon).trim();
            if (colon < 0 || !KEY_ID.matcher(id).matches()) {
                throw new IllegalArgumentException("releasetrain.standup.keys: each entry must be keyId:base64Key "
                        + "(key id of letters, digits, '.', '_' or '-')");
            }
            if (keys.put(id, key(id, entry.substring(colon + 1).trim())) != null) {
                throw new IllegalArgumentException("releasetrain.standup.keys: key id '" + id + "' is given twice");
            }
        }
        String active = activeKeyId.map(String::trim).filter(id -> !id.isEmpty()).orElse(null);
        if (active == null && keys.size() > 1) {
            throw new IllegalArgumentException("releasetrain.standup.active-key-id: " + keys.size()
                    + " keys are configured; name the one that encrypts new tokens");
        }
        if (active != null && !keys.containsKey(active)) {
            throw new IllegalArgumentException("releasetrain.standup.active-key-id: '" + active
                    + "' is not among the configured keys " + keys.keySet());
        }
        return new TokenKeys(keys, active != null ? active : keys.keySet().stream().findFirst().orElse(null));
    }

    private static SecretKey key(String id, String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("releasetrain.standup.keys: key '" + id + "' is not valid base64");
        }
        if (bytes.length != 16 && bytes.length != 24 && bytes.length != 32) {
            throw new IllegalArgumentException("releasetrain.standup.keys: key '" + id + "' has " + bytes.length
                    + " bytes; an AES key has 16, 24 or 32");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    /** Whether a key is configured at all; without one no PPC can be stood up. */
    public boolean configured() {
        return activeKeyId != null;
    }

    /** The id of the key new tokens are encrypted with. */
    public String activeKeyId() {
        if (activeKeyId == null) {
            throw new MissingKeyException("no access token encryption key is configured: set RT_PPC_TOKEN_KEYS "
                    + "(releasetrain.standup.keys) to keyId:base64Key");
        }
        return activeKeyId;
    }

    /** The key with this id. */
    SecretKey key(String keyId) {
        SecretKey key = keys.get(keyId);
        if (key == null) {
            throw new MissingKeyException("access token encryption key '" + keyId + "' is no longer configured: "
                    + "add it back to RT_PPC_TOKEN_KEYS to read tokens encrypted with it");
        }
        return key;
    }

    /** A key the service needs is not configured. */
    public static final class MissingKeyException extends RuntimeException {
        MissingKeyException(String message) {
            super(message);
        }
    }
}
