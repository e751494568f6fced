package io.releasetrain.console.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import org.junit.jupiter.api.Test;

class SignInUnavailableTest {

    @Test
    void anUnreachableProviderIsRecognisedThroughTheExceptionsThatWrapIt() {
        assertTrue(SignInUnavailable.providerDown(new OIDCException("OIDC Server is not available")));
        assertTrue(SignInUnavailable.providerDown(
                new AuthenticationFailedException(new OIDCException("OIDC Server is not available"))));
    }

    @Test
    void otherFailuresAreLeftToTheUsualHandlers() {
        assertFalse(SignInUnavailable.providerDown(null));
        assertFalse(SignInUnavailable.providerDown(new AuthenticationFailedException("bad code")));
        assertFalse(SignInUnavailable.providerDown(new IllegalStateException("boom", new RuntimeException())));
    }
}
