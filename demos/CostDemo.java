///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS io.ddbworkbench:testkit:0.1.0-SNAPSHOT
//SOURCES support/Demo.java support/Narrator.java support/Workbench.java support/ItemText.java
//SOURCES TtlDemo.java

import io.ddbworkbench.toolkit.capacity.CapacityUnits;
import io.ddbworkbench.toolkit.capacity.IndexWrites;
import io.ddbworkbench.toolkit.capacity.ItemSize;
import io.ddbworkbench.toolkit.capacity.ReadConsistency;
import io.ddbworkbench.toolkit.cost.CostEstimate;
import io.ddbworkbench.toolkit.cost.CostEstimator;
import io.ddbworkbench.toolkit.cost.Workload;
import io.ddbworkbench.toolkit.item.Values;
import io.ddbworkbench.toolkit.table.IndexSpec;
import io.ddbworkbench.toolkit.table.TableSpec;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import support.Demo;
import support.Narrator;
import support.Workbench;

/**
 * What DynamoDB charges for: the consumed capacity of each request (writes per 1 KB, reads per 4 KB, half
 * for eventually consistent reads, again for every index an item lands in, twice in a transaction), measured
 * and next to the toolkit's prediction; the two billing modes; a monthly estimate for a steady and a spiky
 * workload; and data archival with TTL.
 */
public class CostDemo {
    private static final String CATEGORY_INDEX = "ByCategory";

    public static void main(String[] args) {
        Demo.main("Cost: consumed capacity, billing modes, a monthly estimate", CostDemo::run);
    }

    static void run(Workbench bench, Narrator say) {
        writeCapacity(bench, say);
        readCapacity(bench, say);
        transactionalWrite(bench, say);
        billingModes(bench, say);
        monthlyEstimate(say);
        eventuallyConsistentReads(say);
        TtlDemo.archiveLogs(bench, say);
    }

    /** Creates the Products table (with a global index on Category) unless it exists. */
    private static String products(Workbench bench) {
        String products = bench.table("Products");
        bench.ddb().tables().createIfMissing(TableSpec.builder(products)
                .partitionKey("Sku", ScalarAttributeType.S)
                .globalIndex(IndexSpec.global(CATEGORY_INDEX).partitionKey("Category", ScalarAttributeType.S).build())
                .build());
        return products;
    }

    /** A product whose total size, as DynamoDB counts it, is {@code bytes}: the description fills it up. */
    static Map<String, AttributeValue> product(String sku, int bytes) {
        Map<String, AttributeValue> item = Values.item(Map.of("Sku", sku, "Category", "laptops", "Description", ""));
        int padding = bytes - (int) ItemSize.of(item);
        item.put("Description", AttributeValue.fromS("x".repeat(padding)));
        return item;
    }

    static void writeCapacity(Workbench bench, Narrator say) {
        String products = products(bench);
        IndexWrites categoryIndex = new IndexWrites(Set.of("Category"), null);
        say.step("Write items of 1 KB and 3.5 KB into a table with one global index");
        say.why("A write costs one unit per started 1 KB of the item (the larger of before and after). Every "
                + "global index the item lands in costs the write again, for the index entry's size. "
                + "ReturnConsumedCapacity=INDEXES shows the split.");
        for (int bytes : new int[] {1000, 3500}) {
            Map<String, AttributeValue> item = product("sku-" + bytes, bytes);
            say.request("PutItem " + products + " an item of " + ItemSize.of(item) + " bytes, "
                    + "ReturnConsumedCapacity=INDEXES");
            // tag::consumed-capacity[]
            ConsumedCapacity consumed = bench.client().putItem(request -> request.tableName(products).item(item)
                    .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)).consumedCapacity();
            double predicted = CapacityUnits.write(0, ItemSize.of(item), false)
                    + categoryIndex.unitsFor(Map.of(), item);
            // end::consumed-capacity[]
            say.result("consumed " + units(consumed) + "; toolkit predicted " + predicted);
        }
    }

    static void readCapacity(Workbench bench, Narrator say) {
        String products = products(bench);
        Map<String, AttributeValue> item = product("sku-6000", 6000);
        bench.client().putItem(request -> request.tableName(products).item(item));
        Map<String, AttributeValue> key = Map.of("Sku", item.get("Sku"));
        say.step("Read a 6 KB item, eventually and strongly consistent");
        say.why("A read costs one unit per started 4 KB for a strongly consistent read, half of that for an "
                + "eventually consistent one (the default). 6 KB is two blocks: 1 unit eventually consistent, 2 "
                + "strongly consistent.");
        for (boolean consistent : new boolean[] {false, true}) {
            say.request("GetItem " + products + " {Sku: \"sku-6000\"} ConsistentRead=" + consistent
                    + ", ReturnConsumedCapacity=TOTAL");
            ConsumedCapacity consumed = bench.client().getItem(request -> request.tableName(products).key(key)
                    .consistentRead(consistent).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
                    .consumedCapacity();
            say.result("consumed " + units(consumed) + "; toolkit predicted " + CapacityUnits.getItem(
                    ItemSize.of(item), consistent ? ReadConsistency.STRONG : ReadConsistency.EVENTUAL));
        }
    }

    static void transactionalWrite(Workbench bench, Narrator say) {
        String products = products(bench);
        Map<String, AttributeValue> item = product("sku-tx", 1000);
        say.step("The same 1 KB write inside a transaction");
        say.why("A transaction prepares and then commits every item it writes, so the table write costs twice its "
                + "units. Indexes are updated after the commit, at the ordinary price.");
        say.request("TransactWriteItems Put " + products + " an item of 1000 bytes, ReturnConsumedCapacity=INDEXES");
        List<ConsumedCapacity> consumed = bench.client().transactWriteItems(request -> request
                .transactItems(TransactWriteItem.builder().put(put -> put.tableName(products).item(item)).build())
                .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)).consumedCapacity();
        say.result("consumed " + consumed.stream().map(CostDemo::units).collect(Collectors.joining("; "))
                + "; toolkit predicted " + CapacityUnits.write(0, ItemSize.of(item), true) + " for the table");
    }

    static void billingModes(Workbench bench, Narrator say) {
        say.step("The two billing modes, as the original guide creates them");
        say.why("PROVISIONED reserves capacity units per second and bills them by the hour, used or not: "
                + "cheapest for steady, predictable traffic (auto scaling follows slow changes). PAY_PER_REQUEST "
                + "(on-demand) bills each request's units: no planning, no throttling at a reserved rate, "
                + "best for spiky or unknown traffic.");
        TableDescription provisioned = bench.ddb().tables().create(TableSpec.builder(bench.table("UsersProvisioned"))
                .partitionKey("UserID", ScalarAttributeType.S).provisioned(10, 5).build());
        TableDescription onDemand = bench.ddb().tables().create(TableSpec.builder(bench.table("UsersOnDemand"))
                .partitionKey("UserID", ScalarAttributeType.S).onDemand().build());
        say.request("CreateTable " + provisioned.tableName() + " BillingMode=PROVISIONED, 10 RCU / 5 WCU");
        say.result("billing PROVISIONED, " + provisioned.provisionedThroughput().readCapacityUnits() + " RCU / "
                + provisioned.provisionedThroughput().writeCapacityUnits() + " WCU reserved");
        say.request("CreateTable " + onDemand.tableName() + " BillingMode=PAY_PER_REQUEST");
        say.result("billing " + onDemand.billingModeSummary().billingMode() + ", nothing reserved");
    }

    static void monthlyEstimate(Narrator say) {
        say.step("A month of traffic, priced both ways");
        say.why("The same average traffic costs differently by shape: provisioned capacity must cover the "
                + "peak (at 70% target utilization), on-demand bills only what was used. Steady traffic favours "
                + "provisioned; traffic whose peak is ten times its average favours on-demand.");
        // tag::monthly-estimate[]
        CostEstimator estimator = CostEstimator.forRegion("us-east-1");
        Supplier<Workload.Builder> shop = () -> Workload.builder()
                .reads(200, 2_000, ReadConsistency.EVENTUAL)
                .writes(50, 1_000)
                .globalIndexes(1)
                .storedGigabytes(20);
        Workload steady = shop.get().peakToAverage(1.5).build();
        Workload spiky = shop.get().peakToAverage(10).build();
        // end::monthly-estimate[]
        for (Map.Entry<String, Workload> workload : List.of(Map.entry("steady (peak 1.5x average)", steady),
                Map.entry("spiky (peak 10x average)", spiky))) {
            CostEstimate estimate = estimator.estimate(workload.getValue());
            say.request("estimate 200 reads/s of 2 KB (eventually consistent), 50 writes/s of 1 KB, 1 GSI, 20 GB, "
                    + workload.getKey());
            say.lines(List.of(estimate.summary().split("\\R")));
        }
    }

    static void eventuallyConsistentReads(Narrator say) {
        say.step("Eventually consistent reads cost half");
        say.why("Most reads can tolerate data a second old (a profile page, a product list). Asking for strong "
                + "consistency where it is not needed doubles the read bill.");
        CostEstimator estimator = CostEstimator.forRegion("us-east-1");
        for (ReadConsistency consistency : List.of(ReadConsistency.EVENTUAL, ReadConsistency.STRONG)) {
            CostEstimate estimate = estimator.estimate(Workload.builder()
                    .reads(500, 4_000, consistency).build());
            say.request("estimate 500 reads/s of 4 KB, " + consistency + " consistency, on-demand");
            say.result(String.format("%.0f read request units a month: $%s", estimate.monthlyReadRequestUnits(),
                    estimate.onDemandMonthly().setScale(2, RoundingMode.HALF_UP)));
        }
    }

    /** Units as the service reported them, split by table and index when it did. */
    private static String units(ConsumedCapacity consumed) {
        if (consumed == null) {
            return "nothing reported";
        }
        StringBuilder text = new StringBuilder(consumed.capacityUnits() + " units");
        if (consumed.table() != null) {
            text.append(" (table ").append(consumed.table().capacityUnits());
            consumed.globalSecondaryIndexes().forEach((index, capacity) -> text.append(", ").append(index).append(' ')
                    .append(capacity.capacityUnits()));
            text.append(')');
        }
        return text.toString();
    }
}
