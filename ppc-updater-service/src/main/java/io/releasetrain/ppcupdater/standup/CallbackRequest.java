package io.releasetrain.ppcupdater.standup;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a create job reports: the PPC's endpoint and access token, or why it failed.
 *
 * @param endpoint    the PPC's API endpoint, e.g. {@code https://xxxx.execute-api.eu-west-1.amazonaws.com/stage/}
 * @param accessToken the PPC's access token; encrypted before it is stored, never logged or put in an event
 * @param error       instead of the two above: why the job failed
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CallbackRequest(
        @Pattern(regexp = "https?://.{1,490}", message = "must be an http(s) URL") String endpoint,
        @Size(min = 1, max = 1000, message = "must be 1 to 1000 characters") String accessToken,
        @Size(min = 1, max = 1000) String error) {

    /** Whether the job reported a failure. */
    boolean failed() {
        return error != null;
    }

    /** Never the token: records end up in logs and error messages. */
    @Override
    public String toString() {
        return "CallbackRequest[endpoint=" + endpoint + ", accessToken=" + (accessToken == null ? "absent" : "***")
                + ", error=" + error + "]";
    }
}
