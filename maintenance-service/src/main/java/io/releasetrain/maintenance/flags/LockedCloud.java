package io.releasetrain.maintenance.flags;

/**
 * A PPC whose {@code clouds} row the current transaction has locked, with its flags as read under
 * that lock: no other transaction can change them until this one ends.
 */
public record LockedCloud(String id, String name, String orgId, long flags) {

    public LockedCloud {
        CloudFlags.requireFlags(flags);
    }
}
