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

import io.ddbworkbench.toolkit.table.TableAdmin;
import io.ddbworkbench.toolkit.table.TableSpec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The shop the tests read, written straight through the client (never through the code under test, so every
 * step can pass on its own): ada, bob and cy with known orders, and a crowd of 100 customers with 5 orders
 * each for Step 6. The same orders also go into a table keyed by Status, the design Step 6 measures.
 */
final class ShopFixture {
    static final String[] STATUSES = {PENDING, "SHIPPED", "DELIVERED"};

    /** ada's orders, oldest first; o-3 and o-4 share a day. */
    static final List<CustomerOrder> ADA_ORDERS = List.of(
            order("ada", "o-1", "2024-11-30", "DELIVERED", 1_250),
            order("ada", "o-2", "2024-12-01", "SHIPPED", 4_000),
            order("ada", "o-3", "2024-12-15", PENDING, 899),
            order("ada", "o-4", "2024-12-15", PENDING, 15_000),
            order("ada", "o-5", "2024-12-31", PENDING, 2_500),
            order("ada", "o-6", "2025-01-01", PENDING, 700));
    static final Customer ADA = new Customer("ada", "Ada Lovelace", "ada@example.com");
    static final Customer BOB = new Customer("bob", "Bob Ross", "bob@example.com");
    /** A customer with a profile and no orders. */
    static final Customer CY = new Customer("cy", "Cy Young", "cy@example.com");

    private final DynamoDbClient ddb;
    private final String shopTable;
    private final String statusTable;
    private final List<CustomerOrder> crowdOrders = new ArrayList<>();

    ShopFixture(DynamoDbClient ddb, String shopTable, String statusTable) {
        this.ddb = ddb;
        this.shopTable = shopTable;
        this.statusTable = statusTable;
    }

    void createAndFill() {
        TableAdmin admin = new TableAdmin(ddb);
        admin.create(TableSpec.builder(shopTable).partitionKey(CUSTOMER_ID, ScalarAttributeType.S)
                .sortKey(SK, ScalarAttributeType.S).onDemand().build());
        admin.create(TableSpec.builder(statusTable).partitionKey(STATUS, ScalarAttributeType.S)
                .sortKey(SK, ScalarAttributeType.S).onDemand().build());
        for (Customer customer : List.of(ADA, BOB, CY)) {
            putProfile(customer);
        }
        ADA_ORDERS.forEach(this::putOrder);
        ADA_ORDERS.forEach(order -> putOrder(new CustomerOrder("bob", "b" + order.orderId(), order.orderDate(),
                order.status(), order.totalCents(), order.items())));
        Random random = new Random(20241201);
        for (int c = 0; c < 100; c++) {
            String customerId = String.format("c-%03d", c);
            putProfile(new Customer(customerId, "Customer " + c, customerId + "@example.com"));
            for (int o = 0; o < 5; o++) {
                CustomerOrder order = order(customerId, customerId + "-o" + o,
                        LocalDate.of(2024, 10, 1).plusDays(random.nextInt(90)).toString(),
                        STATUSES[random.nextInt(STATUSES.length)], 100 + random.nextInt(50_000));
                crowdOrders.add(order);
                putOrder(order);
            }
        }
    }

    /** The crowd's pending orders of one customer (ada and bob are not in the crowd). */
    List<CustomerOrder> pendingOf(String customerId) {
        return crowdOrders.stream()
                .filter(order -> order.customerId().equals(customerId) && order.status().equals(PENDING))
                .toList();
    }

    /** How many orders the customer has in the shop table. */
    long ordersOf(String customerId) {
        return crowdOrders.stream().filter(order -> order.customerId().equals(customerId)).count();
    }

    /** Every pending order in the status table: what a query of its PENDING partition reads. */
    long pendingInShop() {
        return crowdOrders.stream().filter(order -> order.status().equals(PENDING)).count()
                + 2 * ADA_ORDERS.stream().filter(order -> order.status().equals(PENDING)).count();
    }

    private void putProfile(Customer customer) {
        ddb.putItem(request -> request.tableName(shopTable).item(Map.of(CUSTOMER_ID, s(customer.customerId()),
                SK, s(PROFILE), NAME, s(customer.name()), EMAIL, s(customer.email()))));
    }

    private void putOrder(CustomerOrder order) {
        Map<String, AttributeValue> attributes = new HashMap<>(Map.of(CUSTOMER_ID, s(order.customerId()),
                ORDER_ID, s(order.orderId()), ORDER_DATE, s(order.orderDate().toString()), STATUS, s(order.status()),
                TOTAL_CENTS, AttributeValue.fromN(Long.toString(order.totalCents())), ITEMS, s(order.items())));
        Map<String, AttributeValue> inShop = new HashMap<>(attributes);
        inShop.put(SK, s(ORDER_PREFIX + order.orderDate() + "#" + order.orderId()));
        ddb.putItem(request -> request.tableName(shopTable).item(inShop));
        Map<String, AttributeValue> byStatus = new HashMap<>(attributes);
        byStatus.put(SK, s(order.orderDate() + "#" + order.orderId()));
        ddb.putItem(request -> request.tableName(statusTable).item(byStatus));
    }

    static CustomerOrder order(String customerId, String orderId, String date, String status, long totalCents) {
        String items = "2 x coffee beans, 1 kg, whole; 1 x burr grinder, steel; 3 x paper filters, size 4 "
                + "(pack of 100); gift wrap: no; delivery note: leave with the neighbour at number 12 if nobody "
                + "answers, and please ring twice, the bell is quiet. Order " + orderId + " of " + customerId;
        return new CustomerOrder(customerId, orderId, LocalDate.parse(date), status, totalCents, items);
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
