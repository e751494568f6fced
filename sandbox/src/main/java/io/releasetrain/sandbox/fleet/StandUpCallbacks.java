package io.releasetrain.sandbox.fleet;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * The fleet service's stand-up callback, the only place that calls it: a create job POSTs
 * {@code {"endpoint", "accessToken"}} (or {@code {"error"}}) to {@code RT_CALLBACK_URL} with
 * {@code Authorization: Bearer RT_CALLBACK_TOKEN}. The URL comes with each job, so the client is built per call.
 */
@ApplicationScoped
public class StandUpCallbacks {

    /** The callback endpoint. */
    interface CallbackApi {
        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        Response post(@HeaderParam("Authorization") String authorization, Map<String, Object> body);
    }

    /** Posts the result; retried on connection failures and 5xx. Returns the status. */
    @Retry(maxRetries = 3, delay = 500, retryOn = {ProcessingException.class, CallbackUnavailable.class})
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    public int post(String url, String token, Map<String, Object> body) {
        CallbackApi api = QuarkusRestClientBuilder.newBuilder().baseUri(URI.create(url))
                .connectTimeout(2, TimeUnit.SECONDS).readTimeout(8, TimeUnit.SECONDS)
                .property("microprofile.rest.client.disable.default.mapper", true)
                .build(CallbackApi.class);
        try (Response response = api.post("Bearer " + token, body)) {
            if (response.getStatus() >= 500) {
                throw new CallbackUnavailable(response.getStatus());
            }
            return response.getStatus();
        }
    }

    /** The callback answered 5xx: worth another try. */
    static final class CallbackUnavailable extends RuntimeException {
        CallbackUnavailable(int status) {
            super("stand-up callback answered " + status);
        }
    }
}
