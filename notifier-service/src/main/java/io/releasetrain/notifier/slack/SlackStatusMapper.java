package io.releasetrain.notifier.slack;

import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Turns Slack's non-2xx answers into a {@link SlackStatusException} with what {@link SlackClient} needs to
 * classify them: the status and the {@code Retry-After} header. Slack's own refusals come as 200 with
 * {@code ok: false}, which {@link SlackClient} reads from the body.
 */
class SlackStatusMapper implements ResponseExceptionMapper<SlackStatusException> {

    @Override
    public SlackStatusException toThrowable(Response response) {
        return new SlackStatusException(response.getStatus(), response.getHeaderString("Retry-After"));
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 300;
    }
}
