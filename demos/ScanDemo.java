///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS io.ddbworkbench:testkit:0.1.0-SNAPSHOT
//SOURCES support/Demo.java support/Narrator.java support/Workbench.java support/ItemText.java
//SOURCES support/SampleUsers.java QueryDemo.java

import io.ddbworkbench.toolkit.expression.Condition;
import io.ddbworkbench.toolkit.query.ScanSpec;
import io.ddbworkbench.toolkit.table.TableSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import support.Demo;
import support.Narrator;
import support.SampleUsers;
import support.Workbench;

/**
 * Scans: the original guide's scan with a filter, what a scan really reads compared with a query for the same
 * answer, and a parallel scan of a larger table in segments on several threads. Scans read the whole table:
 * fine for exports and small tables, the wrong tool for a lookup.
 */
public class ScanDemo {

    public static void main(String[] args) {
        Demo.main("Scan: filters, the cost of a scan, parallel scans", ScanDemo::run);
    }

    static void run(Workbench bench, Narrator say) {
        QueryDemo.loadUsers(bench, say);
        scanWithFilter(bench, say);
        queryBeatsScan(bench, say);
        parallelScan(bench, say);
    }

    static void scanWithFilter(Workbench bench, Narrator say) {
        String users = bench.table("Users");
        say.step("Scan the Users table for ages between 25 and 40");
        say.why("A scan reads every item of the table (or index), page by page, and the filter then drops "
                + "those that do not match. Use it sparingly: its cost grows with the table, not with the answer.");
        say.request("Scan " + users + " FilterExpression: Age BETWEEN 25 AND 40");
        // tag::scan-filter[]
        List<Map<String, AttributeValue>> adults = bench.ddb().reads()
                .scan(ScanSpec.of(users).filter(Condition.attribute("Age").between(25, 40)))
                .collect(Collectors.toList());
        // end::scan-filter[]
        say.items(adults);
    }

    static void queryBeatsScan(Workbench bench, Narrator say) {
        String users = bench.table("Users");
        say.step("Find user123's records with a scan, then with a query");
        say.why("Both return the same items, but the scan reads (and bills) the whole table to find them, while "
                + "the query reads only user123's collection. ScannedCount is what was read, Count what came back.");
        say.request("Scan " + users + " FilterExpression: UserID = \"user123\", ReturnConsumedCapacity=TOTAL");
        ScanResponse scan = bench.client().scan(request -> request.tableName(users)
                .filterExpression("UserID = :user")
                .expressionAttributeValues(Map.of(":user", AttributeValue.fromS(SampleUsers.USER)))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
        say.result(counts(scan.count(), scan.scannedCount(), scan.consumedCapacity()));
        say.request("Query " + users + " KeyConditionExpression: UserID = \"user123\", ReturnConsumedCapacity=TOTAL");
        QueryResponse query = bench.client().query(request -> request.tableName(users)
                .keyConditionExpression("UserID = :user")
                .expressionAttributeValues(Map.of(":user", AttributeValue.fromS(SampleUsers.USER)))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
        say.result(counts(query.count(), query.scannedCount(), query.consumedCapacity()));
        say.note("on a table of millions of items the scan's figures grow with the table; the query's do not.");
    }

    static void parallelScan(Workbench bench, Narrator say) {
        String catalog = bench.table("Catalog");
        bench.ddb().tables().create(TableSpec.builder(catalog).partitionKey("Sku", ScalarAttributeType.S).build());
        List<Map<String, Object>> products = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            products.add(Map.of("Sku", String.format("sku-%04d", i), "Price", 5 + i % 50,
                    "InStock", i % 4 != 0));
        }
        bench.ddb().batchWriter().putAll(catalog, products);
        say.step("Parallel scan of a 600-item catalog in 4 segments on 2 threads");
        say.why("One scan reads one page after another. A parallel scan splits the table into segments "
                + "(Segment, TotalSegments) that separate workers read at the same time: the way to export or "
                + "process a large table quickly, at the same total cost.");
        say.request("Scan " + catalog + " Segment=0..3, TotalSegments=4, FilterExpression: InStock = true");
        Set<Thread> workers = ConcurrentHashMap.newKeySet();
        // tag::parallel-scan[]
        long inStock = bench.ddb().reads().parallelScan(
                ScanSpec.of(catalog).filter(Condition.attribute("InStock").eq(true)), 4, 2,
                item -> workers.add(Thread.currentThread()));
        // end::parallel-scan[]
        say.result(inStock + " products in stock, read by " + workers.size() + " worker threads");
        say.request("Scan " + catalog + " (one segment), same filter");
        say.result(bench.ddb().reads().scan(ScanSpec.of(catalog).filter(Condition.attribute("InStock").eq(true)))
                .count() + " products in stock: the same answer");
    }

    /** What a query or scan returned, what it read to get there, and what that cost. */
    private static String counts(int returned, int read, ConsumedCapacity consumed) {
        String cost = consumed == null ? "no consumed capacity reported" : consumed.capacityUnits() + " read units";
        return "Count " + returned + ", ScannedCount " + read + ", " + cost;
    }
}
