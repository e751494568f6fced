package io.releasetrain.promoter.promotion;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The environments code is promoted through, and how a promotion into each is checked, merged and deployed. */
@ConfigMapping(prefix = "releasetrain.promotion")
public interface PromotionConfig {

    /** The repository promoted, as {@code owner/name}; its branches are the environments. */
    @WithDefault("pulumi/pulumi-service")
    String repository();

    /**
     * The environments, by name. Defaults (application.properties): testing on {@code master}, staging on
     * {@code staging}, production on {@code production} (which requires an approval).
     */
    Map<String, Environment> environments();

    /** Prefix of the branch each promotion opens its pull request from: {@code <prefix><target>-<promotion id>}. */
    @WithDefault("promote-")
    String branchPrefix();

    /** How often every promotion in flight is checked against GitHub, so a lost webhook delays it by at most this. */
    @WithDefault("1m")
    Duration reconcileInterval();

    /** Where the release's component versions are read, at the candidate commit. */
    Manifest manifest();

    /** One environment. */
    interface Environment {

        /** The branch the environment runs. */
        String branch();

        /** Its place in the train: a promotion goes from an environment to the next one up. */
        int order();

        /** Whether a promotion into it waits, after its checks pass, for an approval. */
        @WithDefault("false")
        boolean requiresApproval();

        /**
         * The checks that gate a promotion into it, by name: commit-status contexts, check-run names or CI
         * workflow names, all of which must succeed on the promotion's head. None: it passes at once.
         */
        Optional<List<String>> checks();

        /**
         * The roles that may start, approve, abandon or take fixes into a promotion into it. A promotion
         * into the first environment is never made.
         */
        @WithDefault("release-admin")
        List<String> roles();

        /**
         * Checks on the deployed merge commit that verify the deployment ("release promoted"). None: the
         * passing push build on the branch both deploys and verifies it.
         */
        Optional<List<String>> verificationChecks();
    }

    /** Where the PPC and SDK versions are pinned. */
    interface Manifest {

        /** The dep lock file naming the PPC revision. */
        @WithDefault("Gopkg.lock")
        String lockFile();

        /** The dependency whose revision is the PPC version. */
        @WithDefault("github.com/pulumi/pulumi-ppc")
        String ppcPackage();

        /** The CI file that sets the SDK version. */
        @WithDefault(".travis.yml")
        String ciFile();

        /** A regular expression whose first group, found in the CI file, is the SDK version. */
        @WithDefault("PULUMI_(?:SDK_)?VERSION\\s*[=:]\\s*[\"']?([A-Za-z0-9._+-]+)")
        String sdkPattern();
    }
}
