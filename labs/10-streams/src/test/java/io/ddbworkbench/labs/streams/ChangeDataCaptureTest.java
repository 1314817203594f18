package io.ddbworkbench.labs.streams;

import static io.ddbworkbench.labs.streams.OrdersTable.CUSTOMER_ID;
import static io.ddbworkbench.labs.streams.OrdersTable.ORDER_ID;
import static io.ddbworkbench.labs.streams.OrdersTable.STATUS;
import static io.ddbworkbench.labs.streams.OrdersTable.TOTAL_CENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.ddbworkbench.testkit.DynamoDbTest;
import io.ddbworkbench.testkit.RequestLog;
import io.ddbworkbench.testkit.TableNamespace;
import io.ddbworkbench.testkit.TestClock;
import io.ddbworkbench.toolkit.connect.Backend;
import io.ddbworkbench.toolkit.stream.StreamCursor;
import io.ddbworkbench.toolkit.stream.StreamReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Lab 10: the specification of {@link ChangeFeed} (Steps 1 to 3) and {@link CustomerTotals} (Steps 4 to 7).
 * Steps 1 to 3 each get a table of their own; Steps 4 to 7 share one Orders table and one view, each test with
 * its own customers, and read the records they apply through the toolkit's stream reader, not through your
 * {@code ChangeFeed}, so every step passes or fails on its own.
 */
@DynamoDbTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
@DisplayName("Lab 10: streams")
class ChangeDataCaptureTest {
    private final DynamoDbClient ddb;
    private final DynamoDbStreamsClient streams;
    private final TableNamespace tables;
    private final String orders;
    private final String view;
    private final StreamReader streamReader;
    /** How long to wait for stream records: none on the embedded engine, a while on AWS. */
    private final Duration patience;

    ChangeDataCaptureTest(DynamoDbClient ddb, DynamoDbStreamsClient streams, TableNamespace tables, Backend backend) {
        this.ddb = ddb;
        this.streams = streams;
        this.tables = tables;
        this.orders = tables.table("Orders");
        this.view = tables.table("CustomerTotals");
        this.streamReader = new StreamReader(ddb, streams);
        this.patience = backend == Backend.EMBEDDED ? Duration.ZERO : Duration.ofSeconds(30);
    }

    @BeforeAll
    void createTables() {
        OrdersTable.create(ddb, orders);
        turnStreamOn(orders, StreamViewType.NEW_AND_OLD_IMAGES);
        CustomerTotalsTable.create(ddb, view);
    }

    // ---- Step 1: turn the stream on -----------------------------------------------------------------------

    @Test
    @Order(11)
    @DisplayName("Step 1: turns on a stream with both images of each change and returns its ARN")
    void turnsTheStreamOn() {
        String table = ordersTable("OrdersStep1a", null);
        RequestLog log = RequestLog.around(ddb);

        String arn = ChangeFeed.enableStream(log.client(), table);

        TableDescription described = describe(table);
        assertThat(described.streamSpecification()).as("the table's StreamSpecification after enableStream")
                .isNotNull();
        assertThat(described.streamSpecification().streamEnabled()).isTrue();
        assertThat(described.streamSpecification().streamViewType()).as("the stream's view: a MODIFY needs the old "
                + "and the new total, a REMOVE the old image, so NEW_AND_OLD_IMAGES")
                .isEqualTo(StreamViewType.NEW_AND_OLD_IMAGES);
        assertThat(arn).as("what enableStream returns: the new stream's ARN, the table's LatestStreamArn")
                .isEqualTo(described.latestStreamArn());
        assertThat(log.operations()).as("a stream is turned on with UpdateTable").contains("UpdateTable");
    }

    @Test
    @Order(12)
    @DisplayName("Step 1: keeps a stream that is on already, and returns its ARN")
    void keepsAStreamThatIsOn() {
        String table = ordersTable("OrdersStep1b", StreamViewType.NEW_AND_OLD_IMAGES);
        String existing = describe(table).latestStreamArn();
        RequestLog log = RequestLog.around(ddb);

        String arn = ChangeFeed.enableStream(log.client(), table);

        assertThat(arn).as("enableStream on a table that streams already: its current stream's ARN")
                .isEqualTo(existing);
        assertThat(log.operations()).as("no UpdateTable: the service refuses to enable a stream that is enabled "
                + "(ValidationException: Table already has an enabled stream)").doesNotContain("UpdateTable");
    }

    @Test
    @Order(13)
    @DisplayName("Step 1: refuses a table whose stream has the wrong view, and says which")
    void refusesAStreamWithTheWrongView() {
        String table = ordersTable("OrdersStep1c", StreamViewType.KEYS_ONLY);

        Throwable thrown = catchThrowable(() -> ChangeFeed.enableStream(ddb, table));

        assertThat(thrown).as("enableStream on a table whose stream is KEYS_ONLY should throw IllegalStateException: "
                + "no totals can be worked out from keys alone, and an enabled stream's view cannot change")
                .isInstanceOf(IllegalStateException.class);
        assertThat(thrown.getMessage()).as("the message should name the view found").contains("KEYS_ONLY");
        assertThat(describe(table).streamSpecification().streamViewType()).isEqualTo(StreamViewType.KEYS_ONLY);
    }

    // ---- Step 2: read the stream --------------------------------------------------------------------------

    @Test
    @Order(21)
    @DisplayName("Step 2: reads an order's INSERT, MODIFY and REMOVE from the start of the stream, in order")
    void readsChangesInOrder() {
        String table = ordersTable("OrdersStep2a", StreamViewType.NEW_AND_OLD_IMAGES);
        placeOrder(table, "o-1", "ada", 1250, "PLACED");
        placeOrder(table, "o-1", "ada", 1250, "PAID");
        ddb.deleteItem(request -> request.tableName(table).key(Map.of(ORDER_ID, s("o-1"))));

        List<Record> records = drain(new ChangeFeed(streams, describe(table).latestStreamArn()), 3);

        assertThat(records).extracting(Record::eventName).as("the records a new feed reads: every change made "
                + "before its first poll, since it starts at TRIM_HORIZON (LATEST would miss them all)")
                .containsExactly(OperationType.INSERT, OperationType.MODIFY, OperationType.REMOVE);
        assertThat(records.get(1).dynamodb().oldImage()).containsEntry(STATUS, s("PLACED"));
        assertThat(records.get(1).dynamodb().newImage()).containsEntry(STATUS, s("PAID"));
    }

    @Test
    @Order(22)
    @DisplayName("Step 2: returns only what changed since the previous poll, and nothing when nothing did")
    void pollsOnlyWhatIsNew() {
        String table = ordersTable("OrdersStep2b", StreamViewType.NEW_AND_OLD_IMAGES);
        ChangeFeed feed = new ChangeFeed(streams, describe(table).latestStreamArn());
        placeOrder(table, "o-1", "bob", 100, "PLACED");
        List<Record> first = drain(feed, 1);
        placeOrder(table, "o-2", "bob", 200, "PLACED");
        placeOrder(table, "o-3", "bob", 300, "PLACED");

        List<Record> second = drain(feed, 2);
        List<Record> third = feed.poll();

        assertThat(orderIds(first)).as("the first poll").containsExactly("o-1");
        assertThat(orderIds(second)).as("the second poll: only what came after the first; o-1 again means the "
                + "feed started over instead of going on from the NextShardIterator it kept")
                .containsExactly("o-2", "o-3");
        assertThat(third).as("a third poll with no write since the second").isEmpty();
    }

    @Test
    @Order(23)
    @DisplayName("Step 2: reads 1,050 changes, more than one GetRecords answer holds, none lost or repeated")
    void readsPastOnePage() {
        String table = ordersTable("OrdersStep2c", StreamViewType.NEW_AND_OLD_IMAGES);
        List<String> written = IntStream.range(0, 1050).mapToObj(i -> "o-" + i).toList();
        writeInBatches(table, written);

        List<Record> records = drain(new ChangeFeed(streams, describe(table).latestStreamArn()), written.size());

        assertThat(orderIds(records)).as("the orders in the records one poll read: GetRecords returns at most 1,000 "
                + "records a call, so keep calling with NextShardIterator until a call returns none")
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(written);
    }

    // ---- Step 3: iterators expire -------------------------------------------------------------------------

    @Test
    @Order(31)
    @DisplayName("Step 3: carries on after 20 idle minutes, when its shard iterator has expired")
    void carriesOnAfterItsIteratorExpired(TestClock clock) {
        String table = ordersTable("OrdersStep3a", StreamViewType.NEW_AND_OLD_IMAGES);
        ChangeFeed feed = new ChangeFeed(streams, describe(table).latestStreamArn());
        placeOrder(table, "o-1", "cy", 100, "PLACED");
        List<Record> first = drain(feed, 1);
        placeOrder(table, "o-2", "cy", 200, "PLACED");
        clock.advance(Duration.ofMinutes(20));
        placeOrder(table, "o-3", "cy", 300, "PLACED");

        List<Record> later = new ArrayList<>();
        Throwable thrown = catchThrowable(() -> later.addAll(drain(feed, 2)));

        assertThat(orderIds(first)).containsExactly("o-1");
        assertThat(thrown).as("a poll 20 minutes after the last one: its iterator expired after 15 "
                + "(ExpiredIteratorException); ask for a new one AFTER_SEQUENCE_NUMBER the last record read").isNull();
        assertThat(orderIds(later)).as("the poll after the pause: o-1 again means the new iterator started at "
                + "TRIM_HORIZON, a gap means LATEST").containsExactly("o-2", "o-3");
    }

    @Test
    @Order(32)
    @DisplayName("Step 3: carries on after 20 idle minutes when it had read nothing yet")
    void carriesOnWhenNothingWasReadYet(TestClock clock) {
        String table = ordersTable("OrdersStep3b", StreamViewType.NEW_AND_OLD_IMAGES);
        ChangeFeed feed = new ChangeFeed(streams, describe(table).latestStreamArn());
        List<Record> first = feed.poll();
        clock.advance(Duration.ofMinutes(20));
        placeOrder(table, "o-1", "dee", 100, "PLACED");

        List<Record> later = new ArrayList<>();
        Throwable thrown = catchThrowable(() -> later.addAll(drain(feed, 1)));

        assertThat(first).as("a poll of a stream with no records yet").isEmpty();
        assertThat(thrown).as("a poll 20 minutes after the last one should renew the expired iterator").isNull();
        assertThat(orderIds(later)).as("the poll after the pause: with no record read from the shard yet, the "
                + "new iterator starts at TRIM_HORIZON (LATEST would skip o-1)").containsExactly("o-1");
    }

    // ---- Step 4: new orders -------------------------------------------------------------------------------

    @Test
    @Order(41)
    @DisplayName("Step 4: counts each customer's new orders and adds up their totals")
    void countsNewOrders() {
        StreamCursor cursor = streamReader.open(orders, ShardIteratorType.LATEST);
        placeOrder(orders, "a-1", "ada", 1250, "PLACED");
        placeOrder(orders, "a-2", "ada", 800, "PLACED");
        placeOrder(orders, "a-3", "ada", 4999, "PLACED");
        placeOrder(orders, "b-1", "bob", 300, "PLACED");

        changes(cursor, 4).forEach(totals()::apply);

        assertThat(totalsOf("ada")).as("ada's totals after her three orders").isEqualTo(new Totals(3, 7049));
        assertThat(totalsOf("bob")).as("bob's totals after his order").isEqualTo(new Totals(1, 300));
    }

    @Test
    @Order(42)
    @DisplayName("Step 4: changes the view with one UpdateItem per record, without reading it")
    void updatesTheViewWithoutReadingIt() {
        StreamCursor cursor = streamReader.open(orders, ShardIteratorType.LATEST);
        placeOrder(orders, "c-1", "cat", 100, "PLACED");
        placeOrder(orders, "c-2", "cat", 200, "PLACED");
        List<Record> records = changes(cursor, 2);
        RequestLog log = RequestLog.around(ddb);

        records.forEach(new CustomerTotals(log.client(), view)::apply);

        assertThat(totalsOf("cat")).isEqualTo(new Totals(2, 300));
        assertThat(log.operations()).as("one UpdateItem with ADD per record; reading the totals, adding in Java and "
                + "writing them back loses updates when two consumers change one customer at once")
                .containsExactly("UpdateItem", "UpdateItem");
    }

    // ---- Step 5: changed orders ---------------------------------------------------------------------------

    @Test
    @Order(51)
    @DisplayName("Step 5: adds the difference when an order's total goes up or down")
    void followsChangedTotals() {
        StreamCursor cursor = streamReader.open(orders, ShardIteratorType.LATEST);
        placeOrder(orders, "d-1", "dan", 1000, "PLACED");
        placeOrder(orders, "d-2", "dan", 900, "PLACED");
        placeOrder(orders, "d-1", "dan", 1500, "PLACED");
        placeOrder(orders, "d-2", "dan", 400, "PLACED");

        changes(cursor, 4).forEach(totals()::apply);

        assertThat(totalsOf("dan")).as("dan's totals: orders of 1000 and 900 changed to 1500 and 400; counting a "
                + "MODIFY as a new order, or adding its whole new total, gives more").isEqualTo(new Totals(2, 1900));
    }

    @Test
    @Order(52)
    @DisplayName("Step 5: leaves the totals as they are when only the status changes")
    void ignoresAStatusChange() {
        StreamCursor cursor = streamReader.open(orders, ShardIteratorType.LATEST);
        placeOrder(orders, "e-1", "eli", 700, "PLACED");
        placeOrder(orders, "e-1", "eli", 700, "SHIPPED");

        changes(cursor, 2).forEach(totals()::apply);

        assertThat(totalsOf("eli")).as("eli's totals after one order of 700 was shipped").isEqualTo(new Totals(1, 700));
    }

    // ---- Step 6: removed orders ---------------------------------------------------------------------------

    @Test
    @Order(61)
    @DisplayName("Step 6: takes a removed order out of the totals")
    void takesOutARemovedOrder() {
        StreamCursor cursor = streamReader.open(orders, ShardIteratorType.LATEST);
        placeOrder(orders, "f-1", "fay", 400, "PLACED");
        placeOrder(orders, "f-2", "fay", 600, "PLACED");
        ddb.deleteItem(request -> request.tableName(orders).key(Map.of(ORDER_ID, s("f-1"))));

        changes(cursor, 3).forEach(totals()::apply);

        assertThat(totalsOf("fay")).as("fay's totals after her order of 400 was removed; a view that ignores "
                + "REMOVE keeps counting deleted orders").isEqualTo(new Totals(1, 600));
    }

    @Test
    @Order(62)
    @DisplayName("Step 6: takes out the order's last total, read from the REMOVE record's old image")
    void takesOutTheLastTotal() {
        StreamCursor cursor = streamReader.open(orders, ShardIteratorType.LATEST);
        placeOrder(orders, "g-1", "gil", 900, "PLACED");
        placeOrder(orders, "g-1", "gil", 950, "PAID");
        ddb.deleteItem(request -> request.tableName(orders).key(Map.of(ORDER_ID, s("g-1"))));

        changes(cursor, 3).forEach(totals()::apply);

        assertThat(totalsOf("gil")).as("gil's totals after his only order was placed at 900, changed to 950 and "
                + "removed").isEqualTo(new Totals(0, 0));
    }

    // ---- Step 7: at least once ----------------------------------------------------------------------------

    @Test
    @Order(71)
    @DisplayName("Step 7: counts a record delivered twice only once")
    void appliesARecordOnce() {
        StreamCursor cursor = streamReader.open(orders, ShardIteratorType.LATEST);
        placeOrder(orders, "h-1", "hal", 500, "PLACED");
        Record placed = changes(cursor, 1).get(0);
        CustomerTotals totals = totals();

        totals.apply(placed);
        totals.apply(placed);

        assertThat(totalsOf("hal")).as("hal's totals after the record of his one order arrived twice (a retried "
                + "batch, a consumer restarted before it saved its place)").isEqualTo(new Totals(1, 500));
    }

    @Test
    @Order(72)
    @DisplayName("Step 7: stays exact when a batch is delivered again after a crash halfway through")
    void survivesARedeliveredBatch() {
        StreamCursor cursor = streamReader.open(orders, ShardIteratorType.LATEST);
        placeOrder(orders, "i-1", "ida", 100, "PLACED");
        placeOrder(orders, "i-2", "ida", 200, "PLACED");
        placeOrder(orders, "i-1", "ida", 150, "PLACED");
        placeOrder(orders, "i-3", "ida", 300, "PLACED");
        ddb.deleteItem(request -> request.tableName(orders).key(Map.of(ORDER_ID, s("i-2"))));
        placeOrder(orders, "i-3", "ida", 350, "PAID");
        List<Record> batch = changes(cursor, 6);
        CustomerTotals totals = totals();

        batch.subList(0, 4).forEach(totals::apply);
        batch.forEach(totals::apply);

        assertThat(totalsOf("ida")).as("ida's totals after a batch of 6 records was applied up to the 4th, then "
                + "delivered again whole: orders i-1 (150) and i-3 (350) remain").isEqualTo(new Totals(2, 500));
    }

    @Test
    @Order(73)
    @DisplayName("Step 7: keeps the view exact through 200 random changes, each record delivered at least once")
    void staysExactUnderRandomRedelivery() {
        Random random = new Random(73);
        Map<String, Long> liveTotals = new HashMap<>();
        StreamCursor cursor = streamReader.open(orders, ShardIteratorType.LATEST);
        int expectedRecords = 0;
        for (int change = 0; change < 200; change++) {
            int order = random.nextInt(20);
            String orderId = "r-" + order;
            if (liveTotals.containsKey(orderId) && random.nextInt(4) == 0) {
                ddb.deleteItem(request -> request.tableName(orders).key(Map.of(ORDER_ID, s(orderId))));
                liveTotals.remove(orderId);
                expectedRecords++;
            } else {
                long cents = 100 + random.nextInt(9_900);
                placeOrder(orders, orderId, randomCustomer(order), cents, "PLACED");
                Long before = liveTotals.put(orderId, cents);
                // Writing an item exactly as it is makes no stream record.
                expectedRecords += before != null && before == cents ? 0 : 1;
            }
        }
        List<Record> records = changes(cursor, expectedRecords);

        CustomerTotals totals = totals();
        for (int i = 0; i < records.size(); i++) {
            totals.apply(records.get(i));
            if (random.nextInt(3) == 0) {
                totals.apply(records.get(random.nextInt(i + 1)));
            }
            if (i % 40 == 39) {
                records.subList(i - 9, i + 1).forEach(totals::apply);
            }
        }

        for (int customer = 0; customer < 5; customer++) {
            String customerId = "rnd-" + customer;
            List<Long> own = liveTotals.entrySet().stream()
                    .filter(entry -> randomCustomer(Integer.parseInt(entry.getKey().substring(2))).equals(customerId))
                    .map(Map.Entry::getValue).toList();
            assertThat(totalsOf(customerId)).as(customerId + "'s totals after 200 random changes to orders r-0 to "
                    + "r-19, with records delivered again at random and in replayed batches")
                    .isEqualTo(new Totals(own.size(), own.stream().mapToLong(Long::longValue).sum()));
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    /** Each customer's totals as the view holds them; zero for a customer it has never seen. */
    record Totals(long orders, long cents) {
    }

    private CustomerTotals totals() {
        return new CustomerTotals(ddb, view);
    }

    /** The customer of random order {@code order}: orders keep their customer, as in a real shop. */
    private static String randomCustomer(int order) {
        return "rnd-" + order % 5;
    }

    /** A fresh Orders table with a stream of this view turned on directly, or none when {@code viewType} is null. */
    private String ordersTable(String baseName, StreamViewType viewType) {
        String table = tables.table(baseName);
        OrdersTable.create(ddb, table);
        if (viewType != null) {
            turnStreamOn(table, viewType);
        }
        return table;
    }

    private void turnStreamOn(String table, StreamViewType viewType) {
        ddb.updateTable(request -> request.tableName(table)
                .streamSpecification(stream -> stream.streamEnabled(true).streamViewType(viewType)));
        ddb.waiter().waitUntilTableExists(request -> request.tableName(table));
    }

    private TableDescription describe(String table) {
        return ddb.describeTable(request -> request.tableName(table)).table();
    }

    private void placeOrder(String table, String orderId, String customerId, long cents, String status) {
        ddb.putItem(request -> request.tableName(table).item(order(orderId, customerId, cents, status)));
    }

    private static Map<String, AttributeValue> order(String orderId, String customerId, long cents, String status) {
        return Map.of(ORDER_ID, s(orderId), CUSTOMER_ID, s(customerId), TOTAL_CENTS, n(cents), STATUS, s(status));
    }

    /** Writes one order per id, 25 to a BatchWriteItem, sending back whatever the service left unprocessed. */
    private void writeInBatches(String table, List<String> orderIds) {
        for (int from = 0; from < orderIds.size(); from += 25) {
            List<WriteRequest> batch = orderIds.subList(from, Math.min(from + 25, orderIds.size())).stream()
                    .map(id -> WriteRequest.builder().putRequest(PutRequest.builder()
                            .item(order(id, "bulk", 100, "PLACED")).build()).build())
                    .toList();
            Map<String, List<WriteRequest>> pending = Map.of(table, batch);
            while (!pending.isEmpty()) {
                Map<String, List<WriteRequest>> sending = pending;
                pending = ddb.batchWriteItem(request -> request.requestItems(sending)).unprocessedItems();
            }
        }
    }

    /**
     * Polls {@code feed} until it has returned {@code count} records, then returns them all. The embedded engine
     * has every record at once, so there the feed gets one poll; AWS shows records a moment after the write.
     */
    private List<Record> drain(ChangeFeed feed, int count) {
        long deadline = System.nanoTime() + patience.toNanos();
        List<Record> records = new ArrayList<>(feed.poll());
        while (records.size() < count && System.nanoTime() < deadline) {
            records.addAll(feed.poll());
        }
        return records;
    }

    /** The next {@code count} records of a stream cursor (the test's own reader, not the code under test). */
    private List<Record> changes(StreamCursor cursor, int count) {
        List<Record> records = cursor.pollUntil(count, patience);
        assertThat(records).as("stream records of the Orders table since the test began").hasSize(count);
        return records;
    }

    private static List<String> orderIds(List<Record> records) {
        return records.stream().map(record -> record.dynamodb().keys().get(ORDER_ID).s()).toList();
    }

    /** Read strongly consistent, so the answer includes every write made to the view. */
    private Totals totalsOf(String customerId) {
        Map<String, AttributeValue> item = ddb.getItem(request -> request.tableName(view)
                .key(Map.of(CustomerTotalsTable.CUSTOMER_ID, s(customerId))).consistentRead(true)).item();
        return new Totals(number(item, CustomerTotalsTable.ORDER_COUNT), number(item, CustomerTotalsTable.TOTAL_CENTS));
    }

    private static long number(Map<String, AttributeValue> item, String attribute) {
        AttributeValue value = item.get(attribute);
        return value == null ? 0 : Long.parseLong(value.n());
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
