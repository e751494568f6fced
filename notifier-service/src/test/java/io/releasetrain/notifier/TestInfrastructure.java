package io.releasetrain.notifier;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.releasetrain.testsupport.ReleaseTrainInfrastructure;

/** Every test of this module runs against a real Kafka broker and a real `notifier` database, with WireMock
 * playing Slack's Web API. */
@WithTestResource(value = ReleaseTrainInfrastructure.class, scope = TestResourceScope.GLOBAL,
        initArgs = {
                @ResourceArg(name = ReleaseTrainInfrastructure.DATABASE, value = "notifier"),
                @ResourceArg(name = ReleaseTrainInfrastructure.WIREMOCK_URL_KEYS, value = "quarkus.rest-client.slack.url")})
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
