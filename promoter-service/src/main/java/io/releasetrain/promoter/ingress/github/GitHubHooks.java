package io.releasetrain.promoter.ingress.github;

import io.releasetrain.promoter.github.GitHubConfig;
import io.releasetrain.promoter.ingress.WebhookRejection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The configured repositories' webhooks and the choice of secret for a delivery.
 *
 * <p>GitHub names no repository in its headers, and the body may not be parsed before it is
 * authenticated, so the secret is chosen like this:
 * <ol>
 *   <li>When {@code X-GitHub-Hook-ID} names a configured hook, only that hook's secret is tried.</li>
 *   <li>Otherwise the secrets of the repositories configured without a hook id are tried, each with a
 *       constant-time comparison, all of them (no early exit).</li>
 * </ol>
 * The result is the set of repositories whose secret verified the signature. After parsing, the
 * payload's {@code repository.full_name} must be one of them: a delivery signed with repository A's
 * secret can never speak for repository B, and a repository that is not configured has no secret, so
 * its deliveries are refused. The hook id header is not trusted for anything but choosing the secret.
 */
public final class GitHubHooks {

    private static final Pattern REPOSITORY = Pattern.compile("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+");

    private final List<Hook> hooks;

    /** A repository's webhook: its secret and, when known, its hook id. */
    public record Hook(String repository, byte[] secret, OptionalLong hookId) {
    }

    GitHubHooks(List<Hook> hooks) {
        this.hooks = List.copyOf(hooks);
    }

    /** The hooks in {@code config}; fails at startup on a repository name or secret that cannot work. */
    public static GitHubHooks from(GitHubConfig config) {
        List<Hook> hooks = new ArrayList<>();
        for (Map.Entry<String, GitHubConfig.Repository> entry : config.repositories().entrySet()) {
            GitHubConfig.Repository repository = entry.getValue();
            String where = "releasetrain.github.repositories." + entry.getKey();
            if (!REPOSITORY.matcher(repository.name()).matches()) {
                throw new IllegalStateException(where + ".name must be owner/name, was '" + repository.name() + "'");
            }
            if (repository.webhookSecret().isBlank()) {
                throw new IllegalStateException(where + ".webhook-secret must not be blank");
            }
            OptionalLong hookId = repository.hookId().map(OptionalLong::of).orElseGet(OptionalLong::empty);
            hooks.add(new Hook(repository.name(), repository.webhookSecret().getBytes(StandardCharsets.UTF_8), hookId));
        }
        return new GitHubHooks(hooks);
    }

    /** Every hook whose id is configured, for the redelivery job. */
    public List<Hook> withHookIds() {
        return hooks.stream().filter(hook -> hook.hookId().isPresent()).toList();
    }

    /**
     * The repositories whose secret verifies the delivery's signature.
     *
     * @throws WebhookRejection 401 when the signature is missing, malformed, or verified by no secret
     */
    public Set<String> authenticate(String hookIdHeader, String signatureHeader, byte[] body) {
        if (signatureHeader == null) {
            throw WebhookRejection.unauthorized("X-Hub-Signature-256 is missing; set a secret on the webhook");
        }
        byte[] claimed = GitHubSignature.parse(signatureHeader).orElseThrow(() -> WebhookRejection.unauthorized(
                "X-Hub-Signature-256 must be 'sha256=' followed by 64 hex digits"));
        Set<String> verified = new LinkedHashSet<>();
        for (Hook hook : candidates(hookIdHeader)) {
            if (GitHubSignature.matches(hook.secret(), body, claimed)) {
                verified.add(hook.repository());
            }
        }
        if (verified.isEmpty()) {
            throw WebhookRejection.unauthorized("X-Hub-Signature-256 does not match the body under any configured webhook secret");
        }
        return verified;
    }

    /** The configured name of {@code repository} if it is among {@code verified}, compared case-insensitively. */
    public static Optional<String> match(Set<String> verified, String repository) {
        String wanted = repository.toLowerCase(Locale.ROOT);
        return verified.stream().filter(name -> name.toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    private List<Hook> candidates(String hookIdHeader) {
        OptionalLong hookId = parseHookId(hookIdHeader);
        if (hookId.isPresent()) {
            List<Hook> named = hooks.stream().filter(hook -> hook.hookId().equals(hookId)).toList();
            if (!named.isEmpty()) {
                return named;
            }
        }
        return hooks.stream().filter(hook -> hook.hookId().isEmpty()).toList();
    }

    private static OptionalLong parseHookId(String header) {
        if (header == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(header.trim()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
