package io.releasetrain.ppcupdater.executor;

/**
 * A started job, as the CI system knows it.
 *
 * @param requestId the CI system's id of the request that started it
 * @param buildId   optional: its build, once the CI system made one
 * @param url       optional: the build's web page
 */
public record JobHandle(String requestId, String buildId, String url) {
}
