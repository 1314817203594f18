package io.ddbworkbench.labs.keys;

import io.ddbworkbench.labkit.NotDoneYet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * An online shop's customers and orders in one table, keyed for the ways the shop reads them. Each method
 * is one step of the lab (README.adoc): replace its {@code throw new NotDoneYet(...)} with DynamoDB calls
 * through {@link #ddb}. Attribute names are the constants of {@link ShopTable}; {@link ShopItems} turns items
 * back into records.
 *
 * <p>The rule of the lab: every read names the partition it wants. GetItem when you know the whole key,
 * Query when you know the partition and a range of sort keys; never Scan to find something.
 */
public final class Shop {
    private final DynamoDbClient ddb;
    private final String tableName;

    public Shop(DynamoDbClient ddb, String tableName) {
        this.ddb = ddb;
        this.tableName = tableName;
    }

    /**
     * Step 1: creates the table, on demand, with the keys the access patterns need.
     *
     * <p>{@code CreateTable} with partition key {@code CustomerId} (a string) and sort key {@code SK} (a
     * string): two {@code KeySchemaElement}s (HASH, RANGE), an {@code AttributeDefinition} for each key
     * attribute and no other, {@code BillingMode.PAY_PER_REQUEST}. Then wait until it exists
     * ({@code ddb.waiter().waitUntilTableExists(...)}).
     */
    public void createTable() {
        throw new NotDoneYet("Step 1: create the table with CustomerId as partition key and SK as sort key");
    }

    /**
     * Step 2: the sort key of an order, {@code ORDER#<yyyy-mm-dd>#<orderId>}, for example
     * {@code ORDER#2024-12-01#o-17}. The date first, in ISO form, so keys sort by date; the order id last, so two
     * orders of one day get two keys.
     */
    public static String orderSortKey(LocalDate orderDate, String orderId) {
        throw new NotDoneYet("Step 2: build the composite sort key ORDER#<date>#<orderId>");
    }

    /** Step 2: stores a customer as the {@code PROFILE} item of their collection, with {@code Name}, {@code Email}. */
    public void saveCustomer(Customer customer) {
        throw new NotDoneYet("Step 2: save the customer under sort key PROFILE (PutItem)");
    }

    /**
     * Step 2: stores an order in its customer's collection under {@link #orderSortKey}, with {@code OrderId},
     * {@code OrderDate} (ISO text), {@code Status}, {@code TotalCents} (a number) and {@code Items}.
     */
    public void saveOrder(CustomerOrder order) {
        throw new NotDoneYet("Step 2: save the order under its composite sort key (PutItem)");
    }

    /** Step 3: a customer's profile, with one {@code GetItem} of its full key; empty if there is none. */
    public Optional<Customer> findCustomer(String customerId) {
        throw new NotDoneYet("Step 3: get the profile with GetItem and the full key");
    }

    /** Step 3: one order, with one {@code GetItem} of its full key; empty if there is none. */
    public Optional<CustomerOrder> findOrder(String customerId, LocalDate orderDate, String orderId) {
        throw new NotDoneYet("Step 3: get one order with GetItem and the full key");
    }

    /**
     * Step 3: all of a customer's orders, newest first, with one {@code Query}: key condition
     * {@code CustomerId = :id AND begins_with(SK, :prefix)} (so the profile stays out) and
     * {@code ScanIndexForward = false}.
     */
    public List<CustomerOrder> ordersOf(String customerId) {
        throw new NotDoneYet("Step 3: query the customer's orders, newest first");
    }

    /**
     * Step 4: a customer's orders placed from {@code from} to {@code to}, both days included, newest first,
     * with one {@code Query} whose key condition narrows the sort key ({@code SK BETWEEN :low AND :high}).
     * No filter expression. Mind the upper bound: it must sort after every order of day {@code to}, whatever
     * its id.
     */
    public List<CustomerOrder> ordersBetween(String customerId, LocalDate from, LocalDate to) {
        throw new NotDoneYet("Step 4: query a date range with a sort key condition");
    }

    /**
     * Step 5: the profile and the {@code latestOrders} newest orders, with one {@code Query} of the whole item
     * collection: {@code PROFILE} sorts after every {@code ORDER#} key, so reading the partition backwards
     * ({@code ScanIndexForward = false}) with {@code Limit = latestOrders + 1} returns the profile first, then the
     * newest orders. Empty when the customer has no profile.
     */
    public Optional<CustomerPage> customerPage(String customerId, int latestOrders) {
        throw new NotDoneYet("Step 5: read profile and latest orders in one query of the item collection");
    }

    /**
     * Step 6: a customer's PENDING orders from this table: {@code Query} their orders
     * ({@code begins_with(SK, :prefix)}) with the filter expression {@code #status = :pending}
     * ({@code Status} is a reserved word), and {@code ReturnConsumedCapacity = TOTAL}. Report the response's
     * {@code scannedCount()} and {@code consumedCapacity().capacityUnits()}.
     */
    public PendingOrders pendingOrders(String customerId) {
        throw new NotDoneYet("Step 6: find pending orders in the customer's own partition and measure the cost");
    }

    /**
     * Step 6: the same answer from {@code ordersByStatusTable}, a table keyed the tempting way: partition key
     * {@code Status}, sort key {@code SK} = {@code <yyyy-mm-dd>#<orderId>}, the other attributes as in this table.
     * {@code Query} {@code #status = :pending} with the filter {@code CustomerId = :id} and
     * {@code ReturnConsumedCapacity = TOTAL}; follow {@code lastEvaluatedKey()} until it is empty, adding up
     * the scanned counts and capacity units of every page.
     */
    public PendingOrders pendingOrdersByStatusKey(String ordersByStatusTable, String customerId) {
        throw new NotDoneYet("Step 6: the same query against a table keyed by Status, and its cost");
    }
}
