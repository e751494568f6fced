package io.releasetrain.promoter.ingress.github;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GitHubSignatureTest {

    private static final byte[] SECRET = "It's a Secret to Everybody".getBytes(StandardCharsets.UTF_8);
    private static final byte[] PAYLOAD = "Hello, World!".getBytes(StandardCharsets.UTF_8);
    private static final String EXPECTED = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";

    @Test
    void githubsPublishedTestVectorVerifies() {
        byte[] claimed = GitHubSignature.parse(EXPECTED).orElseThrow();

        assertThat(GitHubSignature.matches(SECRET, PAYLOAD, claimed)).isTrue();
        assertThat(GitHubSignature.sign(SECRET, PAYLOAD)).isEqualTo(EXPECTED);
    }

    @Test
    void aChangedBodyOrSecretDoesNotVerify() {
        byte[] claimed = GitHubSignature.parse(EXPECTED).orElseThrow();

        assertThat(GitHubSignature.matches(SECRET, "Hello, World?".getBytes(StandardCharsets.UTF_8), claimed)).isFalse();
        assertThat(GitHubSignature.matches("another secret".getBytes(StandardCharsets.UTF_8), PAYLOAD, claimed)).isFalse();
    }

    @Test
    void headersThatAreNotSha256HexAreRefused() {
        assertThat(GitHubSignature.parse(null)).isEmpty();
        assertThat(GitHubSignature.parse("")).isEmpty();
        assertThat(GitHubSignature.parse("sha1=757107ea0eb2509fc211221cce984b8a37570b6d")).isEmpty();
        assertThat(GitHubSignature.parse(EXPECTED.substring(0, EXPECTED.length() - 1))).isEmpty();
        assertThat(GitHubSignature.parse(EXPECTED.replace('e', 'z'))).isEmpty();
        assertThat(GitHubSignature.parse(EXPECTED.toUpperCase())).isEmpty();
    }
}
