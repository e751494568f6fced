package io.releasetrain.cli.output;

/** How answers are printed: aligned tables for people, the services' JSON for scripts. */
public enum OutputFormat {
    table,
    json
}
