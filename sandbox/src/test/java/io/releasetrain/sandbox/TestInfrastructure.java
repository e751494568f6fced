package io.releasetrain.sandbox;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Every test of this module runs against one sandbox with WireMock as the promoter (one Quarkus start). */
@WithTestResource(value = SandboxTestResources.class, scope = TestResourceScope.GLOBAL)
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
