package io.releasetrain.promoter.ingress;

/**
 * A webhook delivery as it arrived: its headers and its raw body, which nothing has parsed yet.
 *
 * @param headers the request headers, looked up case-insensitively
 * @param body    the raw body, at most {@link WebhookConfig#maxBodySize()} bytes
 */
public record WebhookRequest(Headers headers, byte[] body) {

    /** Case-insensitive header lookup. */
    @FunctionalInterface
    public interface Headers {

        /** The first value of the header, or null. */
        String get(String name);
    }

    /** The header's value, or null when it is absent or blank. */
    public String header(String name) {
        String value = headers.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
