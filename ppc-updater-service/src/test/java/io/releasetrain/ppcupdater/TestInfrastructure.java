package io.releasetrain.ppcupdater;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.releasetrain.testsupport.ReleaseTrainInfrastructure;

/**
 * Every test of this module runs against a real Kafka broker and a real `ppc_updater` database; Travis
 * CI's API is WireMock (PPC health endpoints are on WireMock too, at {@code /ppcs/{name}/health}).
 */
@WithTestResource(value = ReleaseTrainInfrastructure.class, scope = TestResourceScope.GLOBAL,
        initArgs = {
                @ResourceArg(name = ReleaseTrainInfrastructure.DATABASE, value = "ppc_updater"),
                @ResourceArg(name = ReleaseTrainInfrastructure.WIREMOCK_URL_KEYS, value = "quarkus.rest-client.travis.url")})
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
