package io.releasetrain.ppcupdater.executor;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * How PPC jobs run on Travis CI. The API address and timeouts are the REST client's
 * ({@code quarkus.rest-client.travis.url|connect-timeout|read-timeout}).
 */
@ConfigMapping(prefix = "releasetrain.travis")
public interface TravisConfig {

    /** The repository (owner/name) whose CI runs the PPC scripts. */
    @WithDefault("pulumi/pulumi-service")
    String repository();

    /** The branch the jobs run on. */
    @WithDefault("master")
    String branch();

    /** The API token (sent as {@code Authorization: token ...}); from the environment, {@code TRAVIS_TOKEN}. */
    Optional<String> token();

    /** Where people see builds: a build's page is {@code <web-url>/<repository>/builds/<id>}. */
    @WithDefault("https://app.travis-ci.com")
    String webUrl();

    /** The script an update job runs, with the PPC's suffix. */
    @WithDefault("scripts/ppc/update-ppc.sh")
    String updateScript();

    /** The script a create job runs, with the PPC's suffix and region. */
    @WithDefault("scripts/ppc/create-ppc.sh")
    String createScript();

    /** How many recent requests are looked through for a job already started, after a crash. */
    @WithDefault("100")
    int lookback();
}
