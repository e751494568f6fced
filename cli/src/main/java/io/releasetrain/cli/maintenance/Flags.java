package io.releasetrain.cli.maintenance;

/** How flag bits print: {@code 0x3}. */
final class Flags {

    private Flags() {
    }

    static String hex(long flags) {
        return "0x" + Long.toHexString(flags);
    }
}
