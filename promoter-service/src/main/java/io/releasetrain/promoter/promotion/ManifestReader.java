package io.releasetrain.promoter.promotion;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the release's component versions from the repository's files: the PPC revision pinned in the dep
 * lock file ({@code [[projects]] name = "github.com/pulumi/pulumi-ppc" ... revision = "..."}) and the SDK
 * version set in the CI file. Pure.
 */
public final class ManifestReader {

    private static final Pattern PROJECT = Pattern.compile("\\[\\[projects\\]\\]");
    private static final Pattern NAME = Pattern.compile("(?m)^\\s*name\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern REVISION = Pattern.compile("(?m)^\\s*revision\\s*=\\s*\"([0-9a-fA-F]{7,40})\"");

    private ManifestReader() {
    }

    /** The revision the lock file pins for {@code dependency}; empty when it is not there. */
    public static Optional<String> lockedRevision(String lockFile, String dependency) {
        for (String block : PROJECT.split(lockFile)) {
            Matcher name = NAME.matcher(block);
            if (name.find() && name.group(1).equals(dependency)) {
                Matcher revision = REVISION.matcher(block);
                return revision.find() ? Optional.of(revision.group(1)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The first group of {@code pattern} in the CI file; empty when it does not match. */
    public static Optional<String> sdkVersion(String ciFile, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(ciFile);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
