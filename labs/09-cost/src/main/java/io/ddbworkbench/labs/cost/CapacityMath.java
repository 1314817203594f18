package io.ddbworkbench.labs.cost;

import io.ddbworkbench.labkit.NotDoneYet;
import io.ddbworkbench.toolkit.capacity.ReadConsistency;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * DynamoDB's capacity arithmetic, by hand: how big an item is, and how many read and write units a request
 * for it costs. Each method is one step of the lab (README.adoc): replace its {@code throw new NotDoneYet(...)}.
 * The same numbers price a request on demand (request units) and size a provisioned table (capacity units).
 *
 * <p>The rule of the lab: you pay for what DynamoDB reads and writes, rounded up per request, never for what it
 * returns.
 */
public final class CapacityMath {
    private CapacityMath() {
    }

    /**
     * Step 1: an item's size in bytes, the figure behind the 400 KB limit and every capacity unit: for each
     * attribute, the UTF-8 bytes of its name plus the size of its value.
     *
     * <ul>
     *   <li>S: its UTF-8 bytes; B: its bytes; BOOL and NULL: 1.</li>
     *   <li>N: 1 byte, plus 1 per two significant digits (rounded up; leading and trailing zeros do not count,
     *       so 1500 costs 2), plus 1 if negative. This lab uses whole numbers only.</li>
     *   <li>SS, NS, BS: the sum of their elements' sizes.</li>
     *   <li>L: 3 bytes, plus for each element 1 byte and its size. M: 3 bytes, plus for each entry 1 byte, the UTF-8
     *       bytes of its name and its value's size.</li>
     * </ul>
     */
    public static long itemSize(Map<String, AttributeValue> item) {
        throw new NotDoneYet("Step 1: add up the sizes of the attribute names and values");
    }

    /**
     * Step 2: the write units of one PutItem, UpdateItem or DeleteItem of an item of {@code itemBytes}: one
     * unit per started KB (1,024 bytes), at least one; twice that inside a transaction.
     */
    public static double writeUnits(long itemBytes, boolean transactional) {
        throw new NotDoneYet("Step 2: write units: whole KB rounded up, doubled in a transaction");
    }

    /**
     * Step 2: the read units of one GetItem of an item of {@code itemBytes}: one per started 4 KB (4,096 bytes),
     * at least one, times 0.5 for an eventually consistent read, 1 for a strongly consistent one and 2 for a
     * transactional one.
     */
    public static double readUnits(long itemBytes, ReadConsistency consistency) {
        throw new NotDoneYet("Step 2: read units: whole 4 KB blocks rounded up, times the consistency's factor");
    }

    /**
     * Step 2: the read units of one Query (or Scan page) that reads items of these sizes: their sizes are added
     * up first and only the total is rounded up to 4 KB (at least one block), then the consistency's factor.
     */
    public static double queryUnits(List<Long> itemBytes, ReadConsistency consistency) {
        throw new NotDoneYet("Step 2: query units: round the total read, not each item");
    }
}
