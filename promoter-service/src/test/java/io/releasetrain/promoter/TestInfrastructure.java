package io.releasetrain.promoter;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.releasetrain.testsupport.ReleaseTrainInfrastructure;

/**
 * Every test of this module runs against a real Kafka broker and a real {@code promoter} database
 * (through {@link DatabaseProxy}), with GitHub's and Travis CI's APIs played by WireMock.
 */
@WithTestResource(value = PromoterTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = {
                @ResourceArg(name = ReleaseTrainInfrastructure.DATABASE, value = "promoter"),
                @ResourceArg(name = ReleaseTrainInfrastructure.WIREMOCK_URL_KEYS,
                        value = "releasetrain.github.api-url,releasetrain.travis.api-url")})
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
