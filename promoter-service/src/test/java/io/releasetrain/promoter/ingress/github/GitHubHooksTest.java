package io.releasetrain.promoter.ingress.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.releasetrain.promoter.ingress.WebhookRejection;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GitHubHooksTest {

    private static final byte[] BODY = "{\"zen\":\"Keep it logically awesome.\"}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] SERVICE_SECRET = bytes("service-secret");
    private static final byte[] PPC_SECRET = bytes("ppc-secret");
    private static final byte[] DOCS_SECRET = bytes("docs-secret");

    private final GitHubHooks hooks = new GitHubHooks(List.of(
            new GitHubHooks.Hook("acme/service", SERVICE_SECRET, OptionalLong.of(42)),
            new GitHubHooks.Hook("acme/ppc", PPC_SECRET, OptionalLong.empty()),
            new GitHubHooks.Hook("acme/docs", DOCS_SECRET, OptionalLong.empty())));

    @Test
    void theHookIdPicksItsRepositorysSecret() {
        Set<String> verified = hooks.authenticate("42", GitHubSignature.sign(SERVICE_SECRET, BODY), BODY);

        assertThat(verified).containsExactly("acme/service");
    }

    @Test
    void aHookIdNamingAnotherRepositoryDoesNotLetItsSecretThrough() {
        assertThatThrownBy(() -> hooks.authenticate("42", GitHubSignature.sign(PPC_SECRET, BODY), BODY))
                .isInstanceOf(WebhookRejection.class)
                .satisfies(e -> assertThat(((WebhookRejection) e).status()).isEqualTo(401));
    }

    @Test
    void withoutAKnownHookIdEveryRepositoryWithoutOneIsTried() {
        assertThat(hooks.authenticate(null, GitHubSignature.sign(DOCS_SECRET, BODY), BODY)).containsExactly("acme/docs");
        assertThat(hooks.authenticate("999", GitHubSignature.sign(PPC_SECRET, BODY), BODY)).containsExactly("acme/ppc");
        assertThat(hooks.authenticate("not a number", GitHubSignature.sign(PPC_SECRET, BODY), BODY)).containsExactly("acme/ppc");
    }

    @Test
    void aSecretNobodyConfiguredIsRefused() {
        assertThatThrownBy(() -> hooks.authenticate(null, GitHubSignature.sign(bytes("guess"), BODY), BODY))
                .isInstanceOf(WebhookRejection.class)
                .hasMessageContaining("does not match");
    }

    @Test
    void aMissingOrMalformedSignatureIsRefused() {
        assertThatThrownBy(() -> hooks.authenticate("42", null, BODY)).hasMessageContaining("missing");
        assertThatThrownBy(() -> hooks.authenticate("42", "sha256=abc", BODY)).hasMessageContaining("64 hex digits");
    }

    @Test
    void thePayloadsRepositoryMustBeOneWhoseSecretVerified() {
        assertThat(GitHubHooks.match(Set.of("acme/service"), "ACME/Service")).contains("acme/service");
        assertThat(GitHubHooks.match(Set.of("acme/service"), "acme/ppc")).isEmpty();
        assertThat(GitHubHooks.match(Set.of("acme/service"), "evil/service")).isEmpty();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
