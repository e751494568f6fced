package io.releasetrain.ppcupdater.standup;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How new PPCs are stood up. */
@ConfigMapping(prefix = "releasetrain.standup")
public interface StandUpConfig {

    /** The regions a PPC may be stood up in. */
    @WithDefault("us-east-1,us-east-2,us-west-1,us-west-2,eu-west-1,eu-central-1,ap-southeast-2")
    List<String> regions();

    /**
     * The credential sets (names in the CI's secret store) a request may name; any well-formed name when absent.
     * The credentials themselves never pass through the train.
     */
    Optional<List<String>> credentialSets();

    /** This service's URL as the CI's jobs reach it; a create job's callback is {@code <public-url>/clouds/<id>/callback}. */
    @WithDefault("http://localhost:8082")
    String publicUrl();

    /**
     * The access token encryption keys, {@code keyId:base64Key[,keyId:base64Key...]} (AES, 16, 24 or 32 bytes);
     * from the environment only ({@code RT_PPC_TOKEN_KEYS}). Without one, stand-ups are refused.
     */
    Optional<String> keys();

    /** The key id that encrypts new tokens ({@code RT_PPC_TOKEN_ACTIVE_KEY_ID}); may be left out when one key is configured. */
    Optional<String> activeKeyId();

    /** How long a create job that passed may take to call back before its stand-up fails. */
    @WithDefault("5m")
    Duration callbackGrace();
}
