package io.releasetrain.maintenance.flags;

import java.util.ArrayList;
import java.util.List;

/**
 * The arithmetic of a PPC's flag bits. Flags are an unsigned 32-bit number (MySQL {@code INT UNSIGNED}),
 * held in a {@code long} so that bit 31 is an ordinary bit. Changing one bit never touches another:
 * bits this service does not know (set by hand before it existed, or by a newer version) survive.
 */
public final class CloudFlags {

    /** Stack create and update requests are refused with 503 while this bit is set. */
    public static final long MAINTENANCE = 0x1L;

    /** The PPC is left out of health checks after an update. */
    public static final long HEALTH_CHECK_OPT_OUT = 0x2L;

    /** The largest value an {@code INT UNSIGNED} column holds. */
    public static final long ALL_BITS = 0xFFFF_FFFFL;

    private CloudFlags() {
    }

    /** {@code flags} with {@code bit} set and every other bit as it was. */
    public static long set(long flags, long bit) {
        return requireFlags(flags) | requireSingleBit(bit);
    }

    /** {@code flags} with {@code bit} clear and every other bit as it was. */
    public static long clear(long flags, long bit) {
        return requireFlags(flags) & ~requireSingleBit(bit) & ALL_BITS;
    }

    /** {@code flags} with {@code bit} set when {@code on}, clear otherwise. */
    public static long with(long flags, long bit, boolean on) {
        return on ? set(flags, bit) : clear(flags, bit);
    }

    /** Whether {@code bit} is set in {@code flags}. */
    public static boolean isSet(long flags, long bit) {
        return (requireFlags(flags) & requireSingleBit(bit)) != 0;
    }

    /** The names of the set bits, known ones by name and others in hex, lowest bit first. */
    public static List<String> describe(long flags) {
        requireFlags(flags);
        List<String> names = new ArrayList<>();
        for (int position = 0; position < 32; position++) {
            long bit = 1L << position;
            if ((flags & bit) != 0) {
                names.add(Flag.byBit(bit).map(Flag::pathName).orElse(String.format("0x%x", bit)));
            }
        }
        return names;
    }

    /**
     * Returns {@code flags}, or fails if it is not an unsigned 32-bit value.
     *
     * @throws IllegalStateException when the value cannot have come from the {@code flags} column
     */
    public static long requireFlags(long flags) {
        if (flags < 0 || flags > ALL_BITS) {
            throw new IllegalStateException("flags must be an unsigned 32-bit value, was " + flags);
        }
        return flags;
    }

    private static long requireSingleBit(long bit) {
        if (bit <= 0 || bit > ALL_BITS || Long.bitCount(bit) != 1) {
            throw new IllegalStateException("a flag bit must be exactly one of the 32 bits, was 0x" + Long.toHexString(bit));
        }
        return bit;
    }
}
