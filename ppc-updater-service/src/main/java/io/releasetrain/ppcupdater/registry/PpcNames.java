package io.releasetrain.ppcupdater.registry;

/**
 * PPC names: a stack name prefix ({@code PULUMI_STACK_NAME_OVERRIDE}) and the suffix the scripts take,
 * joined as {@code <prefix>-ppc-<suffix>} (e.g. {@code learningmachine-ppc-malta}).
 */
public final class PpcNames {

    /** One part of a name: letters, digits and dashes. */
    public static final String PART = "[A-Za-z0-9][A-Za-z0-9-]{0,99}";
    public static final String PART_RULE = "must be letters, digits or dashes, starting with a letter or digit";
    /** A cloud region such as {@code eu-west-1}. */
    public static final String REGION = "[a-z0-9-]{2,64}";
    public static final String REGION_RULE = "must be a region name such as eu-west-1";
    /** A health path, starting with a slash. */
    public static final String HEALTH_PATH = "/[A-Za-z0-9/._~-]{0,199}";
    public static final String HEALTH_PATH_RULE = "must be a URL path starting with /";

    private static final String JOIN = "-ppc-";

    private PpcNames() {
    }

    /** The full name of a PPC with this prefix and suffix. */
    public static String join(String prefix, String suffix) {
        return prefix + JOIN + suffix;
    }

    /** The prefix in {@code name}, when it has the {@code <prefix>-ppc-<suffix>} form; else null. */
    public static String prefixOf(String name) {
        int at = name.lastIndexOf(JOIN);
        return at <= 0 || at + JOIN.length() >= name.length() ? null : name.substring(0, at);
    }

    /** The suffix in {@code name}, when it has the {@code <prefix>-ppc-<suffix>} form; else null. */
    public static String suffixOf(String name) {
        int at = name.lastIndexOf(JOIN);
        return at <= 0 || at + JOIN.length() >= name.length() ? null : name.substring(at + JOIN.length());
    }
}
