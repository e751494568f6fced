package io.releasetrain.sandbox.travis;

/** An error Travis CI's API answers with: {@code {"@type": "error", "error_type", "error_message", "resource_type"}}. */
public class TravisException extends RuntimeException {

    private final int status;
    private final String type;
    private final String resourceType;

    public TravisException(int status, String type, String message, String resourceType) {
        super(message);
        this.status = status;
        this.type = type;
        this.resourceType = resourceType;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String resourceType() {
        return resourceType;
    }

    static TravisException notFound(String resource) {
        return new TravisException(404, "not_found", resource + " not found (or insufficient access)", resource);
    }
}
