package io.releasetrain.maintenance.flags;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The flag bits an operator may change through this service, with the names the REST API uses for them. */
public enum Flag {

    /** 0x1: stack create and update requests get 503. */
    MAINTENANCE(CloudFlags.MAINTENANCE, "maintenance"),

    /** 0x2: the PPC is not health-checked after an update. */
    HEALTH_CHECK_OPT_OUT(CloudFlags.HEALTH_CHECK_OPT_OUT, "health-check-opt-out");

    private final long bit;
    private final String pathName;

    Flag(long bit, String pathName) {
        this.bit = bit;
        this.pathName = pathName;
    }

    /** The bit's value in the {@code flags} column. */
    public long bit() {
        return bit;
    }

    /** The name in URLs and JSON, e.g. {@code health-check-opt-out}. */
    public String pathName() {
        return pathName;
    }

    /** The flag with this URL name, if there is one. */
    public static Optional<Flag> byPathName(String name) {
        return Arrays.stream(values()).filter(flag -> flag.pathName.equals(name)).findFirst();
    }

    /** The flag for this bit, if this service knows it. */
    public static Optional<Flag> byBit(long bit) {
        return Arrays.stream(values()).filter(flag -> flag.bit == bit).findFirst();
    }

    /** Every URL name, for error messages. */
    public static String pathNames() {
        return Arrays.stream(values()).map(Flag::pathName).collect(Collectors.joining(", "));
    }
}
