package io.releasetrain.ppcupdater.executor;

/** What a PPC job does; the job reads it as {@code RT_JOB_KIND}. */
public enum JobKind {
    /** Update an existing PPC ({@code scripts/ppc/update-ppc.sh <suffix>}). */
    UPDATE,
    /** Create a new PPC ({@code scripts/ppc/create-ppc.sh <suffix> <region>}). */
    CREATE
}
