package io.ddbworkbench.labs.streams;

import io.ddbworkbench.toolkit.table.TableAdmin;
import io.ddbworkbench.toolkit.table.TableSpec;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The materialised view: one item per customer with the number and the sum of their orders, kept current from
 * the Orders stream (given: nothing to do here). A dashboard reads one item instead of querying every order.
 *
 * <pre>
 * CustomerId (S, partition key)   OrderCount (N)   TotalCents (N)   Applied_&lt;orderId&gt; (S, from Step 7)
 * </pre>
 */
public final class CustomerTotalsTable {
    public static final String CUSTOMER_ID = "CustomerId";
    public static final String ORDER_COUNT = "OrderCount";
    public static final String TOTAL_CENTS = "TotalCents";

    /** Sequence numbers are decimal strings of 21 to 40 digits; padded to this length they sort as numbers. */
    private static final int SEQUENCE_NUMBER_DIGITS = 40;

    private CustomerTotalsTable() {
    }

    /**
     * The attribute of a customer's totals item that remembers the last stream record applied for one order
     * (Step 7). One attribute per order, on the same item as the totals, so that checking it, moving it on and
     * changing the totals is one atomic UpdateItem.
     */
    public static String appliedAttribute(String orderId) {
        return "Applied_" + orderId;
    }

    /**
     * A sequence number as a string that compares like the number it stands for: left-padded with zeros to 40
     * digits. Stored as S, because 40 digits are more than a DynamoDB Number holds (38), and compared with
     * {@code <} in a condition expression, which compares strings byte by byte.
     */
    public static String comparable(String sequenceNumber) {
        return "0".repeat(Math.max(0, SEQUENCE_NUMBER_DIGITS - sequenceNumber.length())) + sequenceNumber;
    }

    /** Creates the view table on demand and waits until it is ACTIVE. */
    public static void create(DynamoDbClient ddb, String tableName) {
        new TableAdmin(ddb).create(TableSpec.builder(tableName).partitionKey(CUSTOMER_ID, ScalarAttributeType.S)
                .build());
    }
}
