package whereabouts.error;

/**
 * An edit or delete named a revision (HTTP {@code If-Match}) that is no longer the current one: someone else
 * changed the record in between (maps to 412). Carries the current revision so the client can reload and retry.
 */
public final class RevisionConflictException extends ApiException {
    private final int currentRevision;

    public RevisionConflictException(int expectedRevision, int currentRevision) {
        super("revision_conflict", "If-Match", "This sighting was changed by someone else: you edited revision "
                + expectedRevision + ", the current one is " + currentRevision + ". Reload it and try again.");
        this.currentRevision = currentRevision;
    }

    public int currentRevision() {
        return currentRevision;
    }
}
