package org.exportlicence.platform;

/**
 * Which rows of a list to read: offset, page size (0: count only) and an optional sort attribute. The attribute is
 * checked against the entity's own attributes before it reaches a query.
 */
public record PageRequest(int first, int size, String sortField, boolean ascending) {
    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (first < 0) {
            first = 0;
        }
        size = Math.min(Math.max(size, 0), MAX_SIZE);
    }

    /** Only the number of matching rows is wanted (the pager asks for it first). */
    public static PageRequest countOnly() {
        return new PageRequest(0, 0, null, true);
    }

    public boolean isCountOnly() {
        return size == 0;
    }

    public static PageRequest of(int first, int size) {
        return new PageRequest(first, size, null, true);
    }
}
