package dev.crmkit.core.error;

import java.util.Objects;

/** A record that the operation needs does not exist (in the caller's tenant). */
public class NotFoundException extends CrmException {
    private static final long serialVersionUID = 1L;

    private final String kind;
    private final String id;

    public NotFoundException(String kind, Object id) {
        super(kind + " not found: " + id);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.id = String.valueOf(id);
    }

    /** What was looked for, e.g. {@code Deal}. */
    public String kind() {
        return kind;
    }

    /** The id that was looked for, as text. */
    public String id() {
        return id;
    }
}
