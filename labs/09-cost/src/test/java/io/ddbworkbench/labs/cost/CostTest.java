package io.ddbworkbench.labs.cost;

import static io.ddbworkbench.labs.cost.OrdersTable.BY_DAY;
import static io.ddbworkbench.labs.cost.OrdersTable.BY_STATUS;
import static io.ddbworkbench.labs.cost.OrdersTable.CUSTOMER_ID;
import static io.ddbworkbench.labs.cost.OrdersTable.ORDER_DAY;
import static io.ddbworkbench.labs.cost.OrdersTable.ORDER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.ddbworkbench.testkit.DynamoDbTest;
import io.ddbworkbench.testkit.EmbeddedOnly;
import io.ddbworkbench.testkit.RequestLog;
import io.ddbworkbench.testkit.SimulatedThroughput;
import io.ddbworkbench.testkit.TableNamespace;
import io.ddbworkbench.testkit.TestClock;
import io.ddbworkbench.toolkit.capacity.ItemSize;
import io.ddbworkbench.toolkit.capacity.ReadConsistency;
import io.ddbworkbench.toolkit.cost.RegionPrices;
import io.ddbworkbench.toolkit.table.IndexSpec;
import io.ddbworkbench.toolkit.table.TableAdmin;
import io.ddbworkbench.toolkit.table.TableSpec;
import java.math.BigDecimal;
import java.time.Duration;
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
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * Lab 09: the specification of {@link CapacityMath}, {@link CapacityMeter} and {@link CostPlanner}, one step at a
 * time. Each test writes the items it measures, sized to the byte ({@link Orders}), so the capacity they must
 * consume is known; the class's engine throttles provisioned tables as the service does.
 */
@DynamoDbTest
@SimulatedThroughput
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
@DisplayName("Lab 09: cost")
class CostTest {
    /** us-east-1 list prices in US dollars, in force since the on-demand price cut of 1 November 2024. */
    static final RegionPrices US_EAST_1 = new RegionPrices("us-east-1", "2024-11-01", new BigDecimal("0.125"),
            new BigDecimal("0.625"), new BigDecimal("0.00013"), new BigDecimal("0.00065"), new BigDecimal("0.25"));
    /** 100 eventually consistent reads and 50 writes per second of 2 KB items, all day; the peak hour is 20% busier. */
    static final Workload STEADY = new Workload(100, 50, 2048, ReadConsistency.EVENTUAL, 1.2);
    /** 2 strongly consistent reads and 1 write per second of 1 KB on average, in rare bursts fifty times that. */
    static final Workload SPIKY = new Workload(2, 1, 1024, ReadConsistency.STRONG, 50);

    private final DynamoDbClient ddb;
    private final TableNamespace tables;
    private final String orders;

    CostTest(DynamoDbClient ddb, TableNamespace tables) {
        this.ddb = ddb;
        this.tables = tables;
        this.orders = tables.table("Orders");
    }

    @BeforeAll
    void createOrdersTable() {
        OrdersTable.create(ddb, orders);
    }

    // ---- Step 1: item size --------------------------------------------------------------------------------

    @Test
    @Order(11)
    @DisplayName("Step 1: sizes scalars: name bytes plus value bytes, numbers by significant digits, UTF-8 strings")
    void sizesScalars() {
        Map<String, AttributeValue> item = Map.of("Id", AttributeValue.fromS("order-1"),
                "Total", AttributeValue.fromN("1500"), "Paid", AttributeValue.fromBool(true),
                "Note", AttributeValue.fromS("café"));

        assertThat(CapacityMath.itemSize(item)).as("Id (2) + \"order-1\" (7) + Total (5) + 1500 (1 + 2 significant "
                + "digits / 2 = 2: trailing zeros are free) + Paid (4) + true (1) + Note (4) + \"café\" (5: é is two "
                + "bytes in UTF-8; String.length() says 4)").isEqualTo(30);
    }

    @Test
    @Order(12)
    @DisplayName("Step 1: sizes sets, lists, maps and binaries, with the 3-byte and 1-byte overheads of documents")
    void sizesDocuments() {
        Map<String, AttributeValue> item = Map.of(
                "Tags", AttributeValue.fromSs(List.of("a", "bc")),
                "Lines", AttributeValue.fromL(List.of(AttributeValue.fromN("2"), AttributeValue.fromS("pen"))),
                "Ship", AttributeValue.fromM(Map.of("City", AttributeValue.fromS("Oslo"))),
                "Photo", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[10])));

        assertThat(CapacityMath.itemSize(item)).as("Tags (4) + \"a\" + \"bc\" (3) = 7; Lines (5) + 3 + (1 + 2) + "
                + "(1 + 3) = 15; Ship (4) + 3 + (1 + City (4) + \"Oslo\" (4)) = 16; Photo (5) + 10 bytes = 15; "
                + "total 53").isEqualTo(53);
    }

    @Test
    @Order(13)
    @DisplayName("Step 1: agrees with DynamoDB's rules on 300 random items of every type, nested two deep")
    void agreesOnRandomItems() {
        RandomItems random = new RandomItems(20241201);
        for (int i = 0; i < 300; i++) {
            Map<String, AttributeValue> item = random.item();
            assertThat(CapacityMath.itemSize(item)).as("the size of %s", item).isEqualTo(ItemSize.of(item));
        }
    }

    // ---- Step 2: units ------------------------------------------------------------------------------------

    @Test
    @Order(21)
    @DisplayName("Step 2: charges writes per started KB, at least one, and twice in a transaction")
    void writeUnits() {
        List<Double> units = List.of(CapacityMath.writeUnits(0, false), CapacityMath.writeUnits(1, false),
                CapacityMath.writeUnits(1024, false), CapacityMath.writeUnits(1025, false),
                CapacityMath.writeUnits(3584, false), CapacityMath.writeUnits(1536, true));

        assertThat(units).as("write units of 0 bytes (a delete of nothing still costs one), 1 byte, exactly 1 KB, "
                + "1 KB and 1 byte, 3.5 KB, and 1.5 KB in a transaction")
                .containsExactly(1.0, 1.0, 1.0, 2.0, 4.0, 4.0);
    }

    @Test
    @Order(22)
    @DisplayName("Step 2: charges reads per started 4 KB: half when eventually consistent, double when transactional")
    void readUnits() {
        List<Double> units = List.of(CapacityMath.readUnits(1, ReadConsistency.STRONG),
                CapacityMath.readUnits(4096, ReadConsistency.STRONG), CapacityMath.readUnits(4097, ReadConsistency.STRONG),
                CapacityMath.readUnits(4097, ReadConsistency.EVENTUAL),
                CapacityMath.readUnits(6144, ReadConsistency.EVENTUAL),
                CapacityMath.readUnits(6144, ReadConsistency.TRANSACTIONAL));

        assertThat(units).as("read units of 1 byte, 4 KB, 4 KB and 1 byte (strong); 4 KB and 1 byte, and 6 KB "
                + "(eventual: half); 6 KB (transactional: double)").containsExactly(1.0, 1.0, 2.0, 1.0, 1.0, 4.0);
    }

    @Test
    @Order(23)
    @DisplayName("Step 2: rounds a query's total, not each item: 10 items of 1.5 KB cost 4 units, 10 GetItems 10")
    void queryUnits() {
        List<Long> tenOrders = Collections.nCopies(10, 1536L);

        assertThat(CapacityMath.queryUnits(tenOrders, ReadConsistency.STRONG)).as("a strongly consistent query "
                + "reading 10 items of 1.5 KB: 15 KB in all, rounded up to 16 KB, 4 units (each item rounded up on "
                + "its own would make 10)").isEqualTo(4.0);
        assertThat(CapacityMath.queryUnits(tenOrders, ReadConsistency.EVENTUAL)).as("the same, eventually consistent")
                .isEqualTo(2.0);
        assertThat(CapacityMath.queryUnits(List.of(), ReadConsistency.EVENTUAL)).as("a query that finds nothing "
                + "still costs one block: half a unit").isEqualTo(0.5);
    }

    // ---- Step 3: measured consumed capacity ---------------------------------------------------------------

    @Test
    @Order(31)
    @DisplayName("Step 3: measures a PutItem: 1.5 KB costs 2 write units, 1 KB costs 1")
    void measuresPuts() {
        RequestLog log = RequestLog.around(ddb);
        CapacityMeter meter = new CapacityMeter(log.client(), orders);

        List<Double> units = List.of(meter.put(Orders.plain("c-put", "o-1", 1536)),
                meter.put(Orders.plain("c-put", "o-2", 1024)));

        assertThat(units).as("write units DynamoDB reported for items of 1,536 and 1,024 bytes")
                .containsExactly(2.0, 1.0);
        assertThat(log.requests(PutItemRequest.class)).as("each PutItem asks for ReturnConsumedCapacity.TOTAL; "
                + "without it the response carries no ConsumedCapacity")
                .allSatisfy(put -> assertThat(put.returnConsumedCapacity()).isEqualTo(ReturnConsumedCapacity.TOTAL));
    }

    @Test
    @Order(32)
    @DisplayName("Step 3: measures a 5 KB read: 1 unit eventually consistent, 2 strongly, 4 in a transaction")
    void measuresReads() {
        ddb.putItem(request -> request.tableName(orders).item(Orders.plain("c-get", "o-1", 5120)));
        RequestLog log = RequestLog.around(ddb);
        CapacityMeter meter = new CapacityMeter(log.client(), orders);
        Map<String, AttributeValue> key = Orders.key("c-get", "o-1");

        List<Double> units = List.of(meter.get(key, ReadConsistency.EVENTUAL), meter.get(key, ReadConsistency.STRONG),
                meter.get(key, ReadConsistency.TRANSACTIONAL));

        assertThat(units).as("read units of a 5 KB item (two 4 KB blocks): eventual, strong, transactional")
                .containsExactly(1.0, 2.0, 4.0);
        assertThat(log.operations()).as("a plain GetItem twice, then a TransactGetItems")
                .containsExactly("GetItem", "GetItem", "TransactGetItems");
        List<GetItemRequest> gets = log.requests(GetItemRequest.class);
        assertThat(gets.get(0).consistentRead()).as("ConsistentRead of the eventually consistent GetItem: false "
                + "or unset").isNotEqualTo(Boolean.TRUE);
        assertThat(gets.get(1).consistentRead()).as("ConsistentRead of the strongly consistent GetItem").isTrue();
    }

    @Test
    @Order(33)
    @DisplayName("Step 3: measures a Query of 10 orders of 1.5 KB: 4 units strongly consistent, 2 eventually")
    void measuresAQuery() {
        for (int i = 0; i < 10; i++) {
            Map<String, AttributeValue> order = Orders.plain("c-query", "o-" + i, 1536);
            ddb.putItem(request -> request.tableName(orders).item(order));
        }
        CapacityMeter meter = new CapacityMeter(ddb, orders);

        double strong = meter.queryCustomer("c-query", ReadConsistency.STRONG);
        double eventual = meter.queryCustomer("c-query", ReadConsistency.EVENTUAL);

        assertThat(strong).as("a strongly consistent Query of c-query's 10 orders (15 KB): 10 GetItems would cost "
                + "10 units, the Query rounds the total once").isEqualTo(4.0);
        assertThat(eventual).as("the same Query, eventually consistent: half").isEqualTo(2.0);
    }

    @Test
    @Order(34)
    @DisplayName("Step 3: measures a transactional write of 1.5 KB: twice the 2 units of a plain one")
    void measuresATransactionalWrite() {
        double units = new CapacityMeter(ddb, orders).transactPut(Orders.plain("c-tx", "o-1", 1536));

        assertThat(units).as("write units of a TransactWriteItems putting 1,536 bytes: a transaction prepares "
                + "and commits, and each item costs twice").isEqualTo(4.0);
    }

    // ---- Step 4: indexes ----------------------------------------------------------------------------------

    @Test
    @Order(41)
    @DisplayName("Step 4: shows a 3 KB order costing 7 write units: 3 for the table, 3 in ByDay, 1 in ByStatus")
    void showsIndexWrites() {
        WriteCost cost = new CapacityMeter(ddb, orders).putWithIndexes(Orders.indexed("c-idx", "o-1", "PENDING", 3072));

        assertThat(cost.table()).as("the table's own write units for 3,072 bytes").isEqualTo(3.0);
        assertThat(cost.index(BY_DAY)).as("ByDay projects ALL: a full 3 KB copy, written again "
                + "(ReturnConsumedCapacity.INDEXES shows it per index)").isEqualTo(3.0);
        assertThat(cost.index(BY_STATUS)).as("ByStatus projects KEYS_ONLY: a tiny entry, one unit").isEqualTo(1.0);
        assertThat(cost.total()).as("the whole write: more than twice what the table alone costs").isEqualTo(7.0);
    }

    @Test
    @Order(42)
    @DisplayName("Step 4: shows that an order without a Status costs nothing in the sparse ByStatus index")
    void sparseIndexIsFree() {
        WriteCost cost = new CapacityMeter(ddb, orders).putWithIndexes(Orders.indexed("c-idx", "o-2", null, 3072));

        assertThat(cost.index(BY_STATUS)).as("ByStatus units for an order with no Status: it is not in the index")
                .isEqualTo(0.0);
        assertThat(cost.total()).as("table 3 + ByDay 3").isEqualTo(6.0);
    }

    @Test
    @Order(43)
    @DisplayName("Step 4: shows that changing an index key costs that index two writes: delete the old entry, put the new")
    void changingAnIndexKeyCostsTwo() {
        ddb.putItem(request -> request.tableName(orders).item(Orders.indexed("c-idx", "o-3", "PENDING", 3072)));

        WriteCost cost = new CapacityMeter(ddb, orders).updateStatus("c-idx", "o-3", "SHIPPED");

        assertThat(cost.index(BY_STATUS)).as("ByStatus: the entry under PENDING is deleted and one under SHIPPED "
                + "written, one unit each").isEqualTo(2.0);
        assertThat(cost.index(BY_DAY)).as("ByDay: same key, but a projected attribute (Status) changed, so the 3 KB "
                + "copy is written again").isEqualTo(3.0);
        assertThat(cost.total()).as("table 3 + ByStatus 2 + ByDay 3 for changing one short attribute")
                .isEqualTo(8.0);
    }

    // ---- Step 5: on demand or provisioned -----------------------------------------------------------------

    @Test
    @Order(51)
    @DisplayName("Step 5: prices a steady workload: $180.68 a month on demand, $89.78 provisioned")
    void pricesASteadyWorkload() {
        CostPlanner planner = new CostPlanner(ddb, US_EAST_1);

        BigDecimal onDemand = planner.onDemandMonthly(STEADY);
        ProvisionedPlan plan = planner.provisionedPlan(STEADY);

        assertThat(onDemand).as("on demand: 100 reads/s x 0.5 units + 50 writes/s x 2 units, for 2,628,000 seconds: "
                + "131.4 million read units at $0.125 and 262.8 million write units at $0.625 per million")
                .isEqualByComparingTo("180.68");
        assertThat(plan.readCapacityUnits()).as("read capacity: 50 units/s x 1.2 (peak) / 0.7 (target use) = 85.7, "
                + "rounded up").isEqualTo(86);
        assertThat(plan.writeCapacityUnits()).as("write capacity: 100 units/s x 1.2 / 0.7 = 171.4, rounded up")
                .isEqualTo(172);
        assertThat(plan.monthlyDollars()).as("provisioned: (86 x $0.00013 + 172 x $0.00065) per hour, 730 hours")
                .isEqualByComparingTo("89.78");
    }

    @Test
    @Order(52)
    @DisplayName("Step 5: prices a spiky workload: $2.30 a month on demand, $47.73 provisioned for its peak")
    void pricesASpikyWorkload() {
        CostPlanner planner = new CostPlanner(ddb, US_EAST_1);

        BigDecimal onDemand = planner.onDemandMonthly(SPIKY);
        ProvisionedPlan plan = planner.provisionedPlan(SPIKY);

        assertThat(onDemand).as("on demand bills the average: 2 strong reads/s x 1 unit and 1 write/s x 1 unit")
                .isEqualByComparingTo("2.30");
        assertThat(List.of(plan.readCapacityUnits(), plan.writeCapacityUnits())).as("provisioned must cover a "
                + "peak 50 times the average: 2 x 50 / 0.7 and 1 x 50 / 0.7, rounded up").containsExactly(143L, 72L);
        assertThat(plan.monthlyDollars()).as("reserved all month for a peak that lasts minutes")
                .isEqualByComparingTo("47.73");
    }

    // ---- Step 6: throttling -------------------------------------------------------------------------------

    @Test
    @Order(61)
    @DisplayName("Step 6: reports a write refused by an exhausted table, after the SDK's own retries, then one that passes")
    void reportsATableThrottle(TestClock clock) {
        String table = tables.table("OneWriteUnit");
        new TableAdmin(ddb).create(ordersShaped(table).provisioned(1, 1).build());
        TableDescription described = ddb.describeTable(request -> request.tableName(table)).table();
        ddb.putItem(request -> request.tableName(table).item(Orders.plain("c-big", "o-1", 399 * 1024)));
        CostPlanner planner = new CostPlanner(ddb, US_EAST_1);

        WriteOutcome refused = planner.write(table, Orders.plain("c-throttle", "o-1", 10 * 1024));
        clock.advance(Duration.ofMinutes(5));
        WriteOutcome later = planner.write(table, Orders.plain("c-throttle", "o-1", 10 * 1024));

        assertThat(refused).as("a 10 KB write to a table of 1 write unit per second whose 300 seconds of burst a "
                + "399 KB item has just spent (and overspent): catch ProvisionedThroughputExceededException")
                .isInstanceOf(WriteOutcome.Throttled.class);
        WriteOutcome.Throttled throttled = (WriteOutcome.Throttled) refused;
        assertThat(throttled.sdkAttempts()).as("numAttempts(): the SDK already retried, with backoff, before it "
                + "threw").isGreaterThan(1);
        assertThat(throttled.reason()).as("throttlingReasons().get(0).reason()")
                .isEqualTo("TableWriteProvisionedThroughputExceeded");
        assertThat(throttled.resource()).as("throttlingReasons().get(0).resource(): the table's ARN")
                .isEqualTo(described.tableArn());
        assertThat(later).as("the same write five minutes later, when the table has refilled: 10 units")
                .isEqualTo(new WriteOutcome.Written(10.0));
    }

    @Test
    @Order(62)
    @DisplayName("Step 6: reports a write refused because a global index ran out, though the table had capacity")
    void reportsAnIndexThrottle(TestClock clock) {
        String table = tables.table("SmallIndex");
        new TableAdmin(ddb).create(ordersShaped(table).provisioned(1000, 1000)
                .globalIndex(IndexSpec.global(BY_DAY).partitionKey(ORDER_DAY, ScalarAttributeType.S)
                        .sortKey(ORDER_ID, ScalarAttributeType.S).projectAll().throughput(1, 1).build())
                .build());
        String indexArn = ddb.describeTable(request -> request.tableName(table)).table().globalSecondaryIndexes()
                .get(0).indexArn();
        ddb.putItem(request -> request.tableName(table).item(Orders.indexed("c-big", "o-1", null, 399 * 1024)));
        CostPlanner planner = new CostPlanner(ddb, US_EAST_1);

        WriteOutcome refused = planner.write(table, Orders.indexed("c-throttle", "o-1", null, 10 * 1024));
        clock.advance(Duration.ofMinutes(5));
        WriteOutcome later = planner.write(table, Orders.indexed("c-throttle", "o-1", null, 10 * 1024));

        assertThat(refused).as("a write to a table with 1,000 write units whose ByDay index (1 unit) is exhausted: "
                + "an index that cannot keep up holds back the table's writes")
                .isInstanceOf(WriteOutcome.Throttled.class);
        WriteOutcome.Throttled throttled = (WriteOutcome.Throttled) refused;
        assertThat(throttled.reason()).isEqualTo("IndexWriteProvisionedThroughputExceeded");
        assertThat(throttled.resource()).as("the ARN of the index that ran out").isEqualTo(indexArn);
        assertThat(later).as("five minutes later: 10 units for the table and 10 for its ByDay copy")
                .isEqualTo(new WriteOutcome.Written(20.0));
    }

    // ---- Step 7: right-sizing -----------------------------------------------------------------------------

    @Test
    @EmbeddedOnly
    @Order(71)
    @DisplayName("Step 7: moves an on-demand table with steady traffic to provisioned capacity sized for its peak")
    void provisionsASteadyTable() {
        String table = tables.table("SteadyTraffic");
        new TableAdmin(ddb).create(ordersShaped(table).onDemand().build());

        new CostPlanner(ddb, US_EAST_1).rightSize(table, STEADY);

        TableDescription described = ddb.describeTable(request -> request.tableName(table)).table();
        assertThat(billingMode(described)).as("the billing mode for steady traffic "
                + "($89.78 provisioned against $180.68 on demand)").isEqualTo(BillingMode.PROVISIONED);
        assertThat(List.of(described.provisionedThroughput().readCapacityUnits(),
                described.provisionedThroughput().writeCapacityUnits())).as("the capacity of Step 5's plan")
                .containsExactly(86L, 172L);
    }

    @Test
    @EmbeddedOnly
    @Order(72)
    @DisplayName("Step 7: moves a throttled table with spiky traffic to on demand, where the writes go through")
    void switchesASpikyTableToOnDemand() {
        String table = tables.table("SpikyTraffic");
        new TableAdmin(ddb).create(ordersShaped(table).provisioned(1, 1).build());
        ddb.putItem(request -> request.tableName(table).item(Orders.plain("c-big", "o-1", 399 * 1024)));

        new CostPlanner(ddb, US_EAST_1).rightSize(table, SPIKY);
        Throwable write = catchThrowable(() -> ddb.putItem(request -> request.tableName(table)
                .item(Orders.plain("c-after", "o-1", 10 * 1024))));

        assertThat(billingMode(ddb.describeTable(request -> request.tableName(table)).table()))
                .as("the billing mode for spiky traffic ($2.30 on demand against $47.73 provisioned)")
                .isEqualTo(BillingMode.PAY_PER_REQUEST);
        assertThat(write).as("a write right after the switch: on-demand tables are not throttled at these rates")
                .isNull();
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    /** DescribeTable leaves the billing mode summary out for a table that was always provisioned. */
    private static BillingMode billingMode(TableDescription table) {
        return table.billingModeSummary() == null ? BillingMode.PROVISIONED : table.billingModeSummary().billingMode();
    }

    /** A table keyed like the orders table, without its indexes, to provision one way or the other. */
    private static TableSpec.Builder ordersShaped(String table) {
        return TableSpec.builder(table).partitionKey(CUSTOMER_ID, ScalarAttributeType.S)
                .sortKey(ORDER_ID, ScalarAttributeType.S);
    }
}
