package io.ddbworkbench.toolkit.query;

import io.ddbworkbench.toolkit.expression.Condition;
import io.ddbworkbench.toolkit.expression.Expression;
import io.ddbworkbench.toolkit.expression.ExpressionAttributes;

/**
 * What a query and a scan have in common: an optional index, a filter (applied after reading, so it saves
 * transfer but not capacity), a projection, read consistency and a limit.
 */
abstract class ReadOptions<B extends ReadOptions<B>> {
    String indexName;
    Condition filter;
    String[] projection = new String[0];
    boolean consistentRead;
    Integer limit;

    abstract B self();

    /** Reads a secondary index instead of the table. */
    public B index(String name) {
        indexName = name;
        return self();
    }

    /** Drops items that do not match, after they were read (and paid for). */
    public B filter(Condition condition) {
        filter = condition;
        return self();
    }

    /** Returns only these attributes. */
    public B projection(String... attributes) {
        projection = attributes.clone();
        return self();
    }

    /** Strongly consistent reads (not available on global secondary indexes). */
    public B consistentRead(boolean value) {
        consistentRead = value;
        return self();
    }

    /**
     * For streams: the most items to return in all. For pages: the most items each page reads (before the
     * filter).
     */
    public B limit(int value) {
        if (value < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + value);
        }
        limit = value;
        return self();
    }

    String filterText(ExpressionAttributes attributes) {
        return attributes.add(filter == null ? null : filter.toExpression("f"));
    }

    String projectionText(ExpressionAttributes attributes) {
        return attributes.add(projection.length == 0 ? null : Expression.projection(projection));
    }
}
