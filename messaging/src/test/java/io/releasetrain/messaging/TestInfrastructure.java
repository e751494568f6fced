package io.releasetrain.messaging;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.releasetrain.testsupport.ReleaseTrainInfrastructure;

/** The messaging tests run against a real Kafka broker and a real {@code messaging_test} database. */
@WithTestResource(value = ReleaseTrainInfrastructure.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = ReleaseTrainInfrastructure.DATABASE, value = "messaging_test"))
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
