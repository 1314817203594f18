package io.ddbworkbench.labs.keys;

/**
 * The names this lab uses (given: nothing to do here). One table holds every customer's item collection: the
 * profile and the orders share the customer's partition and are told apart by the sort key.
 *
 * <pre>
 * CustomerId (S, partition key)   SK (S, sort key)            other attributes
 * ada                             PROFILE                     Name, Email
 * ada                             ORDER#2024-12-15#o-3        OrderId, OrderDate, Status, TotalCents, Items
 * </pre>
 */
public final class ShopTable {
    public static final String CUSTOMER_ID = "CustomerId";
    public static final String SK = "SK";

    /** The sort key of a customer's profile item. */
    public static final String PROFILE = "PROFILE";
    /** Every order's sort key starts with this: {@code ORDER#<yyyy-mm-dd>#<orderId>}. */
    public static final String ORDER_PREFIX = "ORDER#";

    public static final String NAME = "Name";
    public static final String EMAIL = "Email";
    public static final String ORDER_ID = "OrderId";
    /** The order date as ISO text, {@code 2024-12-15}. */
    public static final String ORDER_DATE = "OrderDate";
    public static final String STATUS = "Status";
    public static final String TOTAL_CENTS = "TotalCents";
    /** What was bought, as text: the bulk of an order item. */
    public static final String ITEMS = "Items";

    /** The status every new order has; Step 6 looks for these. */
    public static final String PENDING = "PENDING";

    private ShopTable() {
    }
}
