package io.releasetrain.ppcupdater.standup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The key configuration and AES-GCM sealing, without Quarkus. */
class TokenVaultCryptoTest {

    private static final String K1 = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String K2 = Base64.getEncoder().encodeToString("0123456789abcdef".getBytes());

    @Test
    void aTokenSealedWithTheActiveKeyOpensWithItAndDoesNotShowInTheCiphertext() {
        TokenCipher cipher = new TokenCipher(TokenKeys.parse("k1:" + K1, Optional.empty()));

        TokenCipher.Sealed sealed = cipher.seal("cloud-1", "AWUhfZ7tfdHFgZAAhmU9");

        assertThat(sealed.keyId()).isEqualTo("k1");
        assertThat(sealed.ciphertext()).doesNotContain("AWUhfZ7tfdHFgZAAhmU9");
        assertThat(new String(Base64.getDecoder().decode(sealed.ciphertext()))).doesNotContain("AWUhfZ7tfdHFgZAAhmU9");
        assertThat(cipher.open("cloud-1", sealed)).isEqualTo("AWUhfZ7tfdHFgZAAhmU9");
        assertThat(cipher.seal("cloud-1", "AWUhfZ7tfdHFgZAAhmU9").nonce()).isNotEqualTo(sealed.nonce());
    }

    @Test
    void aSealedTokenCopiedToAnotherPpcDoesNotOpen() {
        TokenCipher cipher = new TokenCipher(TokenKeys.parse("k1:" + K1, Optional.empty()));
        TokenCipher.Sealed sealed = cipher.seal("cloud-1", "secret");

        assertThatThrownBy(() -> cipher.open("cloud-2", sealed)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not decrypt").hasMessageNotContaining("secret");
    }

    @Test
    void afterRotationOldTokensOpenWithTheirKeyAndNewOnesUseTheActiveOne() {
        TokenCipher.Sealed old = new TokenCipher(TokenKeys.parse("k1:" + K1, Optional.empty())).seal("c", "t-old");
        TokenCipher rotated = new TokenCipher(TokenKeys.parse("k1:" + K1 + ",k2:" + K2, Optional.of("k2")));

        assertThat(rotated.open("c", old)).isEqualTo("t-old");
        assertThat(rotated.seal("c", "t-new").keyId()).isEqualTo("k2");
    }

    @Test
    void withoutAKeyStandUpsAreRefusedNamingTheSetting() {
        TokenKeys none = TokenKeys.parse("", Optional.empty());

        assertThat(none.configured()).isFalse();
        assertThatThrownBy(none::activeKeyId).isInstanceOf(TokenKeys.MissingKeyException.class)
                .hasMessageContaining("RT_PPC_TOKEN_KEYS");
    }

    @Test
    void malformedKeyConfigurationIsRefusedWithWhatToFixButNeverTheKey() {
        assertThatThrownBy(() -> TokenKeys.parse("k1:" + K1 + ",k2:" + K2, Optional.empty()))
                .hasMessageContaining("active-key-id");
        assertThatThrownBy(() -> TokenKeys.parse("k1:" + K1, Optional.of("k9"))).hasMessageContaining("'k9'");
        assertThatThrownBy(() -> TokenKeys.parse("k1:c2hvcnQ=", Optional.empty()))
                .hasMessageContaining("16, 24 or 32").hasMessageNotContaining("c2hvcnQ=");
        assertThatThrownBy(() -> TokenKeys.parse("k1:not base64!", Optional.empty())).hasMessageContaining("base64");
        assertThatThrownBy(() -> TokenKeys.parse(K1, Optional.empty())).hasMessageContaining("keyId:base64Key");
        assertThatThrownBy(() -> TokenKeys.parse("k1:" + K1 + ",k1:" + K2, Optional.of("k1")))
                .hasMessageContaining("twice");
    }

    @Test
    void callbackTokensAre256RandomBitsStoredOnlyAsTheirHash() {
        String token = CallbackTokens.mint();

        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
        assertThat(CallbackTokens.mint()).isNotEqualTo(token);
        assertThat(CallbackTokens.hash(token)).hasSize(64).isEqualTo(CallbackTokens.hash(token)).doesNotContain(token);
    }
}
