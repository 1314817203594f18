package io.ddbworkbench.labs.keys;

import static io.ddbworkbench.labs.keys.ShopTable.CUSTOMER_ID;
import static io.ddbworkbench.labs.keys.ShopTable.EMAIL;
import static io.ddbworkbench.labs.keys.ShopTable.ITEMS;
import static io.ddbworkbench.labs.keys.ShopTable.NAME;
import static io.ddbworkbench.labs.keys.ShopTable.ORDER_DATE;
import static io.ddbworkbench.labs.keys.ShopTable.ORDER_ID;
import static io.ddbworkbench.labs.keys.ShopTable.ORDER_PREFIX;
import static io.ddbworkbench.labs.keys.ShopTable.PENDING;
import static io.ddbworkbench.labs.keys.ShopTable.PROFILE;
import static io.ddbworkbench.labs.keys.ShopTable.SK;
import static io.ddbworkbench.labs.keys.ShopTable.STATUS;
import static io.ddbworkbench.labs.keys.ShopTable.TOTAL_CENTS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Reference solution of lab 01: the partition key is the customer, because every read starts from one; the
 * sort key separates and orders what a customer owns, so one partition answers the profile, an order, a date
 * range and the customer's page, each with a single request.
 */
public final class Shop {
    /** Sorts after every character an order id uses, so "ORDER#<day>#~" closes a day's range. */
    private static final String AFTER_ANY_ORDER_ID = "#~";

    private final DynamoDbClient ddb;
    private final String tableName;

    public Shop(DynamoDbClient ddb, String tableName) {
        this.ddb = ddb;
        this.tableName = tableName;
    }

    /** Step 1: only key attributes are declared; every other attribute is free-form per item. */
    public void createTable() {
        ddb.createTable(request -> request.tableName(tableName)
                .attributeDefinitions(
                        AttributeDefinition.builder().attributeName(CUSTOMER_ID).attributeType(ScalarAttributeType.S)
                                .build(),
                        AttributeDefinition.builder().attributeName(SK).attributeType(ScalarAttributeType.S).build())
                .keySchema(
                        KeySchemaElement.builder().attributeName(CUSTOMER_ID).keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName(SK).keyType(KeyType.RANGE).build())
                .billingMode(BillingMode.PAY_PER_REQUEST));
        ddb.waiter().waitUntilTableExists(request -> request.tableName(tableName));
    }

    /** Step 2: ISO dates compare as strings in time order; the id keeps same-day orders apart. */
    public static String orderSortKey(LocalDate orderDate, String orderId) {
        return ORDER_PREFIX + orderDate + "#" + orderId;
    }

    /** Step 2. */
    public void saveCustomer(Customer customer) {
        ddb.putItem(request -> request.tableName(tableName).item(Map.of(
                CUSTOMER_ID, s(customer.customerId()), SK, s(PROFILE),
                NAME, s(customer.name()), EMAIL, s(customer.email()))));
    }

    /** Step 2. */
    public void saveOrder(CustomerOrder order) {
        ddb.putItem(request -> request.tableName(tableName).item(Map.of(
                CUSTOMER_ID, s(order.customerId()), SK, s(orderSortKey(order.orderDate(), order.orderId())),
                ORDER_ID, s(order.orderId()), ORDER_DATE, s(order.orderDate().toString()),
                STATUS, s(order.status()), TOTAL_CENTS, AttributeValue.fromN(Long.toString(order.totalCents())),
                ITEMS, s(order.items()))));
    }

    /** Step 3: the whole key is known, so one GetItem reads exactly one item. */
    public Optional<Customer> findCustomer(String customerId) {
        return get(customerId, PROFILE).map(ShopItems::customer);
    }

    /** Step 3. */
    public Optional<CustomerOrder> findOrder(String customerId, LocalDate orderDate, String orderId) {
        return get(customerId, orderSortKey(orderDate, orderId)).map(ShopItems::order);
    }

    private Optional<Map<String, AttributeValue>> get(String customerId, String sortKey) {
        Map<String, AttributeValue> item = ddb.getItem(request -> request.tableName(tableName)
                .key(Map.of(CUSTOMER_ID, s(customerId), SK, s(sortKey)))).item();
        return item.isEmpty() ? Optional.empty() : Optional.of(item);
    }

    /** Step 3: the partition is known, the sort key only by its prefix: a Query, read backwards. */
    public List<CustomerOrder> ordersOf(String customerId) {
        QueryRequest query = QueryRequest.builder().tableName(tableName)
                .keyConditionExpression("#id = :id AND begins_with(#sk, :prefix)")
                .expressionAttributeNames(Map.of("#id", CUSTOMER_ID, "#sk", SK))
                .expressionAttributeValues(Map.of(":id", s(customerId), ":prefix", s(ORDER_PREFIX)))
                .scanIndexForward(false)
                .build();
        return orders(query);
    }

    /** Step 4: the range lives in the key condition, so only the orders returned are read. */
    public List<CustomerOrder> ordersBetween(String customerId, LocalDate from, LocalDate to) {
        QueryRequest query = QueryRequest.builder().tableName(tableName)
                .keyConditionExpression("#id = :id AND #sk BETWEEN :low AND :high")
                .expressionAttributeNames(Map.of("#id", CUSTOMER_ID, "#sk", SK))
                .expressionAttributeValues(Map.of(":id", s(customerId), ":low", s(ORDER_PREFIX + from),
                        ":high", s(ORDER_PREFIX + to + AFTER_ANY_ORDER_ID)))
                .scanIndexForward(false)
                .build();
        return orders(query);
    }

    /** Every page of a query, as orders. */
    private List<CustomerOrder> orders(QueryRequest query) {
        return ddb.queryPaginator(query).items().stream().map(ShopItems::order).toList();
    }

    /** Step 5: PROFILE sorts after ORDER#..., so a backwards read meets it first, then the newest orders. */
    public Optional<CustomerPage> customerPage(String customerId, int latestOrders) {
        List<Map<String, AttributeValue>> items = ddb.query(request -> request.tableName(tableName)
                .keyConditionExpression("#id = :id")
                .expressionAttributeNames(Map.of("#id", CUSTOMER_ID))
                .expressionAttributeValues(Map.of(":id", s(customerId)))
                .scanIndexForward(false)
                .limit(latestOrders + 1)).items();
        if (items.isEmpty() || !items.get(0).get(SK).s().equals(PROFILE)) {
            return Optional.empty();
        }
        List<CustomerOrder> orders = items.subList(1, items.size()).stream().map(ShopItems::order).toList();
        return Optional.of(new CustomerPage(ShopItems.customer(items.get(0)), orders));
    }

    /** Step 6: the filter runs after the read, but the read is one customer's handful of orders. */
    public PendingOrders pendingOrders(String customerId) {
        return pending(QueryRequest.builder().tableName(tableName)
                .keyConditionExpression("#id = :id AND begins_with(#sk, :prefix)")
                .filterExpression("#status = :pending")
                .expressionAttributeNames(Map.of("#id", CUSTOMER_ID, "#sk", SK, "#status", STATUS))
                .expressionAttributeValues(Map.of(":id", s(customerId), ":prefix", s(ORDER_PREFIX),
                        ":pending", s(PENDING)))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                .build());
    }

    /** Step 6: the same filter, after reading every pending order of the shop. */
    public PendingOrders pendingOrdersByStatusKey(String ordersByStatusTable, String customerId) {
        return pending(QueryRequest.builder().tableName(ordersByStatusTable)
                .keyConditionExpression("#status = :pending")
                .filterExpression("#id = :id")
                .expressionAttributeNames(Map.of("#id", CUSTOMER_ID, "#status", STATUS))
                .expressionAttributeValues(Map.of(":id", s(customerId), ":pending", s(PENDING)))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                .build());
    }

    /** Runs every page of the query, adding up what each page read and cost. */
    private PendingOrders pending(QueryRequest query) {
        List<CustomerOrder> orders = new ArrayList<>();
        int itemsRead = 0;
        double readUnits = 0;
        for (QueryResponse page : ddb.queryPaginator(query)) {
            page.items().stream().map(ShopItems::order).forEach(orders::add);
            itemsRead += page.scannedCount();
            readUnits += page.consumedCapacity().capacityUnits();
        }
        return new PendingOrders(orders, itemsRead, readUnits);
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
