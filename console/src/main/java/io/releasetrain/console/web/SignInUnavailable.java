package io.releasetrain.console.web;

import io.quarkus.oidc.OIDCException;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * The page a user sees when the sign-in provider cannot be reached: 503 and what to do, instead of the bare
 * 500 Quarkus answers when signing in fails before any page is reached. The console does not wait for the
 * provider at start; it connects at the first sign-in and again at each later one until the provider answers.
 */
@ApplicationScoped
public class SignInUnavailable {

    private static final Logger LOG = Logger.getLogger(SignInUnavailable.class);
    static final String MESSAGE = "The sign-in provider does not answer, so nobody can be signed in just now. "
            + "Try again in a moment; if it lasts, check that the provider (quarkus.oidc.auth-server-url) is up.";

    private final Template page;

    SignInUnavailable(@Location("sign-in-unavailable.html") Template page) {
        this.page = page;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    void handle(RoutingContext context) {
        if (!providerDown(context.failure()) || context.response().headWritten()) {
            context.next();
            return;
        }
        LOG.warnf("Sign-in provider unreachable for %s: %s", context.request().path(), context.failure().getMessage());
        // A page of its own: the usual layout needs a signed-in user and a request context, and there is neither.
        String html = page.data("message", MESSAGE).data("path", context.request().path()).render();
        context.response().setStatusCode(503).putHeader("Content-Type", "text/html;charset=UTF-8")
                .putHeader("Retry-After", "5").end(html);
    }

    /** Whether a failure, or one of its causes, is the OpenID Connect provider failing to answer. */
    static boolean providerDown(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OIDCException) {
                return true;
            }
        }
        return false;
    }
}
