package io.ddbworkbench.labs.keys;

import static io.ddbworkbench.labs.keys.ShopFixture.ADA;
import static io.ddbworkbench.labs.keys.ShopFixture.ADA_ORDERS;
import static io.ddbworkbench.labs.keys.ShopFixture.CY;
import static io.ddbworkbench.labs.keys.ShopTable.CUSTOMER_ID;
import static io.ddbworkbench.labs.keys.ShopTable.EMAIL;
import static io.ddbworkbench.labs.keys.ShopTable.ITEMS;
import static io.ddbworkbench.labs.keys.ShopTable.NAME;
import static io.ddbworkbench.labs.keys.ShopTable.ORDER_DATE;
import static io.ddbworkbench.labs.keys.ShopTable.ORDER_ID;
import static io.ddbworkbench.labs.keys.ShopTable.SK;
import static io.ddbworkbench.labs.keys.ShopTable.STATUS;
import static io.ddbworkbench.labs.keys.ShopTable.TOTAL_CENTS;
import static org.assertj.core.api.Assertions.assertThat;

import io.ddbworkbench.testkit.DynamoDbTest;
import io.ddbworkbench.testkit.RequestLog;
import io.ddbworkbench.testkit.TableNamespace;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * Lab 01: the specification of {@link Shop}, one step at a time. The shop's data is written by
 * {@link ShopFixture} directly, so every step passes or fails on its own.
 */
@DynamoDbTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
@DisplayName("Lab 01: keys")
class ShopTest {
    private final DynamoDbClient ddb;
    private final TableNamespace tables;
    private final String shopTable;
    private final String statusTable;
    private final ShopFixture fixture;

    ShopTest(DynamoDbClient ddb, TableNamespace tables) {
        this.ddb = ddb;
        this.tables = tables;
        this.shopTable = tables.table("Shop");
        this.statusTable = tables.table("OrdersByStatus");
        this.fixture = new ShopFixture(ddb, shopTable, statusTable);
    }

    @BeforeAll
    void fillTheShop() {
        fixture.createAndFill();
    }

    // ---- Step 1: the keys ---------------------------------------------------------------------------------

    @Test
    @Order(11)
    @DisplayName("Step 1: creates an on-demand table keyed by CustomerId (partition) and SK (sort), both strings")
    void createsTheTable() {
        String table = tables.table("ShopStep1");

        new Shop(ddb, table).createTable();

        TableDescription created = ddb.describeTable(request -> request.tableName(table)).table();
        assertThat(created.keySchema()).as("the key schema: every access pattern starts from one customer, so "
                + "CustomerId is the partition key; SK orders and separates the items of a customer")
                .containsExactly(key(CUSTOMER_ID, KeyType.HASH), key(SK, KeyType.RANGE));
        assertThat(created.attributeDefinitions()).as("attribute definitions: the two key attributes, as "
                + "strings, and nothing else (DynamoDB is schemaless beyond the keys)")
                .extracting(definition -> definition.attributeName() + ":" + definition.attributeType())
                .containsExactlyInAnyOrder(CUSTOMER_ID + ":" + ScalarAttributeType.S, SK + ":" + ScalarAttributeType.S);
        assertThat(created.billingModeSummary()).as("billing: on demand (PAY_PER_REQUEST), nothing to plan")
                .isNotNull();
        assertThat(created.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
    }

    // ---- Step 2: composite sort keys ----------------------------------------------------------------------

    @Test
    @Order(21)
    @DisplayName("Step 2: builds order sort keys as ORDER#<date>#<orderId>, so they sort by date")
    void buildsOrderSortKeys() {
        String december = Shop.orderSortKey(LocalDate.of(2024, 12, 1), "o-17");
        String january = Shop.orderSortKey(LocalDate.of(2025, 1, 9), "o-2");
        String september = Shop.orderSortKey(LocalDate.of(2024, 9, 30), "o-99");

        assertThat(december).isEqualTo("ORDER#2024-12-01#o-17");
        assertThat(List.of(january, december, september)).as("sort keys compare as strings: ISO dates "
                + "(yyyy-mm-dd, zero-padded) sort in time order").isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    @Order(22)
    @DisplayName("Step 2: saves a customer as the PROFILE item of their collection")
    void savesTheProfile() {
        new Shop(ddb, shopTable).saveCustomer(new Customer("dee", "Dee Dee", "dee@example.com"));

        assertThat(item("dee", "PROFILE")).as("the item with key (dee, PROFILE)")
                .containsEntry(NAME, s("Dee Dee")).containsEntry(EMAIL, s("dee@example.com"));
    }

    @Test
    @Order(23)
    @DisplayName("Step 2: saves two orders of one day under two composite keys, side by side")
    void savesOrdersUnderCompositeKeys() {
        Shop shop = new Shop(ddb, shopTable);
        LocalDate day = LocalDate.of(2024, 12, 24);

        shop.saveOrder(ShopFixture.order("eve", "o-1", day.toString(), "PENDING", 1_999));
        shop.saveOrder(ShopFixture.order("eve", "o-2", day.toString(), "SHIPPED", 25));

        assertThat(item("eve", "ORDER#2024-12-24#o-1")).as("the item with key (eve, ORDER#2024-12-24#o-1)")
                .containsEntry(ORDER_ID, s("o-1")).containsEntry(ORDER_DATE, s("2024-12-24"))
                .containsEntry(STATUS, s("PENDING")).containsEntry(TOTAL_CENTS, AttributeValue.fromN("1999"))
                .containsKey(ITEMS);
        assertThat(item("eve", "ORDER#2024-12-24#o-2")).as("the second order of the same day: with the date "
                + "alone as sort key, it would have replaced the first").containsEntry(ORDER_ID, s("o-2"));
    }

    // ---- Step 3: get versus query -------------------------------------------------------------------------

    @Test
    @Order(31)
    @DisplayName("Step 3: gets a customer's profile with one GetItem of the full key")
    void findsACustomer() {
        RequestLog log = RequestLog.around(ddb);
        Shop shop = new Shop(log.client(), shopTable);

        assertThat(shop.findCustomer("ada")).as("findCustomer(\"ada\")").contains(ADA);
        assertThat(shop.findCustomer("nobody")).as("findCustomer of an unknown id").isEmpty();
        assertThat(log.operations()).as("when you know the whole key (CustomerId and SK = PROFILE), GetItem "
                + "reads exactly one item: the cheapest read there is").containsExactly("GetItem", "GetItem");
    }

    @Test
    @Order(32)
    @DisplayName("Step 3: gets one order with one GetItem of its full key")
    void findsAnOrder() {
        RequestLog log = RequestLog.around(ddb);

        CustomerOrder found = new Shop(log.client(), shopTable).findOrder("ada", LocalDate.of(2024, 12, 15), "o-3")
                .orElse(null);

        assertThat(found).as("ada's order o-3 of 2024-12-15").isEqualTo(ADA_ORDERS.get(2));
        assertThat(log.operations()).containsExactly("GetItem");
    }

    @Test
    @Order(33)
    @DisplayName("Step 3: lists a customer's orders newest first with one Query, leaving the profile out")
    void listsOrdersNewestFirst() {
        RequestLog log = RequestLog.around(ddb);

        List<CustomerOrder> orders = new Shop(log.client(), shopTable).ordersOf("ada");

        assertThat(orders).as("ada's orders, newest first (o-4 before o-3: same day, higher id); the profile "
                + "is not an order, keep it out with begins_with(SK, \"ORDER#\")")
                .containsExactlyElementsOf(reversed(ADA_ORDERS));
        assertThat(log.operations()).as("one Query of ada's partition; a Scan would read every customer's "
                + "items to find hers").containsExactly("Query");
        assertThat(log.requests(QueryRequest.class).get(0).scanIndexForward())
                .as("newest first: ScanIndexForward = false reads the sort keys in descending order").isFalse();
    }

    @Test
    @Order(34)
    @DisplayName("Step 3: a customer without orders has an empty list, not their profile")
    void noOrdersIsAnEmptyList() {
        assertThat(new Shop(ddb, shopTable).ordersOf("cy")).as("cy has a profile and no orders").isEmpty();
    }

    // ---- Step 4: ranges of the sort key -------------------------------------------------------------------

    @Test
    @Order(41)
    @DisplayName("Step 4: lists the orders of December, first and last day included")
    void listsARangeOfDays() {
        List<CustomerOrder> december = new Shop(ddb, shopTable).ordersBetween("ada", LocalDate.of(2024, 12, 1),
                LocalDate.of(2024, 12, 31));

        assertThat(december).as("ada's December orders, newest first: o-5 (Dec 31) down to o-2 (Dec 1); "
                + "not o-1 (Nov 30) nor o-6 (Jan 1)")
                .containsExactlyElementsOf(reversed(ADA_ORDERS.subList(1, 5)));
    }

    @Test
    @Order(42)
    @DisplayName("Step 4: includes every order of the last day, whatever its id")
    void includesTheWholeLastDay() {
        List<CustomerOrder> oneDay = new Shop(ddb, shopTable).ordersBetween("ada", LocalDate.of(2024, 12, 15),
                LocalDate.of(2024, 12, 15));

        assertThat(oneDay).as("ada's orders of 2024-12-15 (o-4 and o-3). An upper bound of "
                + "\"ORDER#2024-12-15\" misses them all: \"ORDER#2024-12-15#o-3\" sorts after it. The bound must "
                + "sort after any id, for example \"ORDER#2024-12-15#~\" or \"ORDER#2024-12-16\"")
                .containsExactlyElementsOf(reversed(ADA_ORDERS.subList(2, 4)));
    }

    @Test
    @Order(43)
    @DisplayName("Step 4: narrows with the key condition, not a filter, so it reads only what it returns")
    void narrowsWithTheKeyCondition() {
        RequestLog log = RequestLog.around(ddb);

        new Shop(log.client(), shopTable).ordersBetween("bob", LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 31));

        assertThat(log.requests(QueryRequest.class)).as("one Query").hasSize(1);
        QueryRequest query = log.requests(QueryRequest.class).get(0);
        assertThat(query.filterExpression()).as("no FilterExpression: a filter runs after the read, so DynamoDB "
                + "reads (and bills) every order of the customer and then drops some; SK BETWEEN :low AND :high "
                + "in the KeyConditionExpression reads only the range").isNull();
        assertThat(query.keyConditionExpression()).as("the key condition narrows the sort key")
                .containsIgnoringCase("between");
    }

    // ---- Step 5: the item collection ----------------------------------------------------------------------

    @Test
    @Order(51)
    @DisplayName("Step 5: reads the profile and the 3 latest orders in one Query of the item collection")
    void readsACustomerPageInOneQuery() {
        RequestLog log = RequestLog.around(ddb);

        CustomerPage page = new Shop(log.client(), shopTable).customerPage("ada", 3).orElse(null);

        assertThat(page).as("ada's page").isNotNull();
        assertThat(page.customer()).isEqualTo(ADA);
        assertThat(page.latestOrders()).as("the 3 newest orders: o-6, o-5, o-4")
                .containsExactlyElementsOf(reversed(ADA_ORDERS).subList(0, 3));
        assertThat(log.operations()).as("one request: the profile and the orders are one item collection, "
                + "a GetItem plus a Query would be two round trips").containsExactly("Query");
        assertThat(log.requests(QueryRequest.class).get(0).limit()).as("Limit = 3 + 1: read backwards, "
                + "PROFILE comes first and then the newest orders; without a limit the query reads them all")
                .isEqualTo(4);
    }

    @Test
    @Order(52)
    @DisplayName("Step 5: a customer without orders gets a page with the profile alone")
    void pageWithoutOrders() {
        CustomerPage page = new Shop(ddb, shopTable).customerPage("cy", 3).orElse(null);

        assertThat(page).as("cy's page").isEqualTo(new CustomerPage(CY, List.of()));
    }

    @Test
    @Order(53)
    @DisplayName("Step 5: a customer without a profile has no page")
    void noProfileNoPage() {
        assertThat(new Shop(ddb, shopTable).customerPage("nobody", 3)).isEmpty();
    }

    // ---- Step 6: the low-cardinality trap -----------------------------------------------------------------

    @Test
    @Order(61)
    @DisplayName("Step 6: finds a customer's pending orders in their own partition, reading only their orders")
    void pendingOrdersInTheCustomersPartition() {
        PendingOrders found = new Shop(ddb, shopTable).pendingOrders("c-042");

        assertThat(found.orders()).as("c-042's pending orders")
                .containsExactlyInAnyOrderElementsOf(fixture.pendingOf("c-042"));
        assertThat(found.itemsRead()).as("items read (the response's scannedCount): c-042's orders, the "
                + "filter drops the others after reading them").isEqualTo((int) fixture.ordersOf("c-042"));
        assertThat(found.readUnits()).as("read capacity units (ask for ReturnConsumedCapacity.TOTAL): a few small "
                + "items round up to one 4 KB read, half a unit when eventually consistent")
                .isGreaterThan(0).isLessThanOrEqualTo(1.0);
    }

    @Test
    @Order(62)
    @DisplayName("Step 6: measures the trap: keyed by Status, the same answer reads every pending order")
    void pendingOrdersByStatusReadTheWholeStatus() {
        PendingOrders byStatus = new Shop(ddb, shopTable).pendingOrdersByStatusKey(statusTable, "c-042");

        assertThat(byStatus.orders()).as("the same pending orders of c-042, from the table keyed by Status")
                .containsExactlyInAnyOrderElementsOf(fixture.pendingOf("c-042"));
        assertThat(byStatus.itemsRead()).as("items read: with only three statuses, the PENDING partition holds "
                + "every pending order of every customer, and the query reads them all to find c-042's")
                .isEqualTo((int) fixture.pendingInShop());
        assertThat(byStatus.readUnits()).as("read units (the customer design needs half a unit for the same "
                + "answer): the cost grows with the whole shop, not with the customer, and every new order writes "
                + "to the same hot PENDING partition")
                .isGreaterThanOrEqualTo(5.0);
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private Map<String, AttributeValue> item(String customerId, String sortKey) {
        return ddb.getItem(request -> request.tableName(shopTable).consistentRead(true)
                .key(Map.of(CUSTOMER_ID, s(customerId), SK, s(sortKey)))).item();
    }

    private static KeySchemaElement key(String attribute, KeyType type) {
        return KeySchemaElement.builder().attributeName(attribute).keyType(type).build();
    }

    private static List<CustomerOrder> reversed(List<CustomerOrder> orders) {
        List<CustomerOrder> copy = new ArrayList<>(orders);
        Collections.reverse(copy);
        return copy;
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
