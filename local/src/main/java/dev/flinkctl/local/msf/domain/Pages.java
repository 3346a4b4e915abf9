package dev.flinkctl.local.msf.domain;

import java.util.List;

/** Pagination of the List* operations: {@code Limit} 1-50 (default 50) and an opaque {@code NextToken}. */
final class Pages {
    static final int MAX_LIMIT = 50;

    private Pages() {}

    static int limit(Integer limit) {
        if (limit == null) {
            return MAX_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw MsfException.invalidArgument("Limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        return limit;
    }

    /** The start index a NextToken stands for (the tokens this endpoint issues are indexes). */
    static int start(String nextToken, int size) {
        if (nextToken == null) {
            return 0;
        }
        try {
            int start = Integer.parseInt(nextToken);
            if (start >= 0 && start <= size) {
                return start;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw MsfException.invalidArgument("NextToken " + nextToken + " is not valid: pass the NextToken of the previous page");
    }

    /** One page of a list and the token of the next, or null. */
    record Page<T>(List<T> items, String nextToken) {}

    static <T> Page<T> of(List<T> all, String nextToken, Integer limit) {
        int size = limit(limit);
        int start = start(nextToken, all.size());
        int end = Math.min(all.size(), start + size);
        return new Page<>(all.subList(start, end), end < all.size() ? String.valueOf(end) : null);
    }
}
