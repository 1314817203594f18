package io.ddbworkbench.labs.streams;

import io.ddbworkbench.labkit.NotDoneYet;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;

/**
 * The materialised view of the lab: each customer's number of orders and their sum, kept current by applying
 * the Orders table's stream records one by one. Steps 4 to 7 of the lab (README.adoc): replace each
 * {@code throw new NotDoneYet(...)}. Attribute names are the constants of {@link CustomerTotalsTable} (the
 * view) and {@link OrdersTable} (the images in the records).
 *
 * <p>The rule of the lab: change the view with atomic additions ({@code ADD}), never by reading it, adding
 * in Java and writing it back; and make applying a record twice change nothing, because every stream
 * consumer sees some records twice.
 */
public final class CustomerTotals {
    private final DynamoDbClient ddb;
    private final String viewTable;

    public CustomerTotals(DynamoDbClient ddb, String viewTable) {
        this.ddb = ddb;
        this.viewTable = viewTable;
    }

    /**
     * Applies one record of the Orders stream to the view. {@code eventName} says what happened to the order;
     * {@code record.dynamodb()} holds the images and the sequence number.
     *
     * <p>Step 7: a record may arrive more than once. Every change to a customer's item must also check and
     * move on the attribute {@link CustomerTotalsTable#appliedAttribute} of the record's order, in the same
     * {@code UpdateItem}: {@code SET #applied = :sequence} on the condition
     * {@code attribute_not_exists(#applied) OR #applied < :sequence}, with the sequence number made
     * comparable by {@link CustomerTotalsTable#comparable}. When that condition fails
     * ({@code ConditionalCheckFailedException}), the record was applied already: skip it.
     */
    public void apply(Record record) {
        switch (record.eventName()) {
            case INSERT -> orderPlaced(record.dynamodb());
            case MODIFY -> orderChanged(record.dynamodb());
            case REMOVE -> orderRemoved(record.dynamodb());
            default -> throw new IllegalArgumentException("not a change this view knows: " + record.eventName());
        }
    }

    /**
     * Step 4: a new order. One {@code UpdateItem} on the customer's item ({@code CustomerId} from the new
     * image): {@code ADD OrderCount :one, TotalCents :total}. {@code ADD} starts from zero when the attribute,
     * or the whole item, does not exist yet.
     */
    private void orderPlaced(StreamRecord change) {
        throw new NotDoneYet("Step 4: count a new order and add its total (UpdateItem ADD)");
    }

    /**
     * Step 5: a changed order. Add the difference between the new and the old image's {@code TotalCents}
     * (negative when the total went down; zero when only the status changed); the count stays.
     */
    private void orderChanged(StreamRecord change) {
        throw new NotDoneYet("Step 5: add the difference between the new and the old total (UpdateItem ADD)");
    }

    /**
     * Step 6: a removed order (deleted, or expired by TTL). Take it out: {@code ADD OrderCount :minusOne,
     * TotalCents :minusTotal}, with the total of the old image, the only image a REMOVE record has.
     */
    private void orderRemoved(StreamRecord change) {
        throw new NotDoneYet("Step 6: take a removed order out of the totals, using the old image");
    }
}
