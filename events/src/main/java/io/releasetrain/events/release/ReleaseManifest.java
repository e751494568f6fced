package io.releasetrain.events.release;

import io.releasetrain.events.Require;

/**
 * What a release pins besides the service's own code, read from the repository at the release's
 * commit: the PPC software version and the SDK version the update jobs run with. Consumers (the PPC
 * updater, the notifier) take these from the event and never guess them.
 *
 * @param ppcVersion optional: the PPC revision the release pins (e.g. the {@code pulumi-ppc} revision
 *                   in {@code Gopkg.lock}); absent when the file was missing or unreadable
 * @param sdkVersion optional: the SDK version the release's jobs use (e.g. set in {@code .travis.yml});
 *                   absent when the file was missing or unreadable
 */
public record ReleaseManifest(String ppcVersion, String sdkVersion) {

    /** Validates that present fields are not blank. */
    public ReleaseManifest {
        Require.optionalText(ppcVersion, "ppcVersion");
        Require.optionalText(sdkVersion, "sdkVersion");
    }
}
