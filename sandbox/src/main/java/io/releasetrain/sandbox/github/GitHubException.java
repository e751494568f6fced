package io.releasetrain.sandbox.github;

import java.util.List;
import java.util.Map;

/**
 * An error GitHub's REST API answers with: the status and GitHub's JSON body
 * ({@code message}, {@code documentation_url}, for 422 the {@code errors} list).
 */
public class GitHubException extends RuntimeException {

    private final int status;
    private final List<Map<String, Object>> errors;

    public GitHubException(int status, String message) {
        this(status, message, List.of());
    }

    public GitHubException(int status, String message, List<Map<String, Object>> errors) {
        super(message);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    public List<Map<String, Object>> errors() {
        return errors;
    }

    /** 404 {@code Not Found}, which GitHub answers for anything missing. */
    public static GitHubException notFound() {
        return new GitHubException(404, "Not Found");
    }

    /** 422 {@code Validation Failed} with one custom error, as the pulls API reports its refusals. */
    public static GitHubException validation(String resource, String message) {
        return new GitHubException(422, "Validation Failed",
                List.of(Map.of("resource", resource, "code", "custom", "message", message)));
    }
}
