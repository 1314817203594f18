package io.ddbworkbench.labs.batches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.ddbworkbench.engine.DynamoDbEngine;
import io.ddbworkbench.engine.fault.FaultInjector;
import io.ddbworkbench.engine.fault.FaultKind;
import io.ddbworkbench.testkit.DynamoDbTest;
import io.ddbworkbench.testkit.RequestLog;
import io.ddbworkbench.testkit.TableNamespace;
import io.ddbworkbench.toolkit.capacity.CapacityUnits;
import io.ddbworkbench.toolkit.capacity.ItemSize;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Lab 03: the specification of {@link Catalog}, one step at a time. Each test writes and reads its own SKUs, so
 * every step passes or fails on its own. Tests that need DynamoDB to leave part of a batch unprocessed ask the
 * embedded engine to do so, with a fixed seed, so they see the same leftovers on every run.
 */
@DynamoDbTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
@DisplayName("Lab 03: batches")
class CatalogTest {
    private final DynamoDbClient ddb;
    private final String table;
    private final List<Duration> pauses = new ArrayList<>();
    private FaultInjector faults;

    CatalogTest(DynamoDbClient ddb, TableNamespace tables) {
        this.ddb = ddb;
        this.table = tables.table("Products");
    }

    @BeforeAll
    void createTable() {
        ProductsTable.create(ddb, table);
    }

    @AfterEach
    void stopInjecting() {
        if (faults != null) {
            faults.reset();
        }
        pauses.clear();
    }

    // ---- Step 1: chunks of 25 -----------------------------------------------------------------------------

    @Test
    @Order(11)
    @DisplayName("Step 1: writes 60 products with three BatchWriteItem calls of 25, 25 and 10")
    void writesInChunksOf25() {
        List<Product> products = products("a", 60);
        RequestLog log = RequestLog.around(ddb);

        WriteReport report = catalog(log).saveAll(products);

        assertThat(writeSizes(log)).as("puts per BatchWriteItem call: a call takes at most 25 (the service "
                + "refuses more with a ValidationException), so 60 products need three").containsExactly(25, 25, 10);
        assertThat(log.operations()).as("requests sent").containsOnly("BatchWriteItem");
        assertThat(report.requests()).as("the report's request count").isEqualTo(3);
        assertThat(missing(products)).as("products not found in the table afterwards").isEmpty();
    }

    @Test
    @Order(12)
    @DisplayName("Step 1: sends one request for exactly 25 products, and none for an empty list")
    void sendsNothingForNothing() {
        RequestLog log = RequestLog.around(ddb);

        WriteReport none = catalog(log).saveAll(List.of());
        WriteReport one = catalog(log).saveAll(products("b", 25));

        assertThat(none.requests()).as("requests for no products: an empty BatchWriteItem is refused").isZero();
        assertThat(one.requests()).as("requests for 25 products").isEqualTo(1);
        assertThat(writeSizes(log)).containsExactly(25);
    }

    // ---- Step 2: re-drive UnprocessedItems ----------------------------------------------------------------

    @Test
    @Order(21)
    @DisplayName("Step 2: loses no product when DynamoDB leaves 30% of each batch unprocessed")
    void reDrivesUnprocessedPuts(DynamoDbEngine engine) {
        List<Product> products = products("c", 200);
        inject(engine, FaultKind.UNPROCESSED_BATCH_WRITE, 0.3);
        RequestLog log = RequestLog.around(ddb);

        WriteReport report = catalog(log).saveAll(products);

        assertThat(missing(products)).as("products missing after saveAll: each BatchWriteItem answered 200 OK but "
                + "listed about 30% of its puts in UnprocessedItems, and those were never sent again").isEmpty();
        assertThatEveryLeftoverWasSentAgainExactlyOnce(log);
        assertThat(report.requests()).as("the report counts every BatchWriteItem call, retries included")
                .isEqualTo(log.requests(BatchWriteItemRequest.class).size());
    }

    @Test
    @Order(22)
    @DisplayName("Step 2: deletes 60 products in chunks of 25, re-sending what comes back unprocessed")
    void reDrivesUnprocessedDeletes(DynamoDbEngine engine) {
        List<Product> products = products("d", 60);
        givenStored(products);
        inject(engine, FaultKind.UNPROCESSED_BATCH_WRITE, 0.3);
        RequestLog log = RequestLog.around(ddb);

        catalog(log).deleteAll(products.stream().map(Product::sku).toList());

        assertThat(products.stream().filter(product -> !stored(product.sku()).isEmpty()).map(Product::sku))
                .as("products still in the table after deleteAll: unprocessed deletes must be sent again too")
                .isEmpty();
        assertThat(writeSizes(log)).as("deletes per BatchWriteItem call").allSatisfy(size ->
                assertThat(size).isLessThanOrEqualTo(Catalog.MAX_WRITES_PER_BATCH));
        assertThatEveryLeftoverWasSentAgainExactlyOnce(log);
    }

    // ---- Step 3: backoff with jitter, and a limit ---------------------------------------------------------

    @Test
    @Order(31)
    @DisplayName("Step 3: draws each pause at random between zero and a ceiling that doubles, up to MAX_DELAY")
    void computesExponentialBackoffWithFullJitter() {
        Random random = new Random(2024);
        for (int retry = 1; retry <= 10; retry++) {
            long ceiling = Math.min(Catalog.MAX_DELAY.toMillis(), Catalog.BASE_DELAY.toMillis() << retry);
            List<Long> delays = new ArrayList<>();
            for (int sample = 0; sample < 500; sample++) {
                delays.add(Catalog.backoffDelay(retry, random).toMillis());
            }
            long longest = delays.stream().mapToLong(Long::longValue).max().orElseThrow();
            long shortest = delays.stream().mapToLong(Long::longValue).min().orElseThrow();
            assertThat(delays).as("500 pauses before retry %d, in ms: each between 0 and min(MAX_DELAY, "
                    + "BASE_DELAY * 2^%d) = %d ms", retry, retry, ceiling).allSatisfy(delay ->
                    assertThat(delay).isBetween(0L, ceiling));
            assertThat(longest).as("the longest of 500 pauses before retry %d: near the ceiling of %d ms (the "
                    + "ceiling doubles with each retry)", retry, ceiling).isGreaterThanOrEqualTo(ceiling * 9 / 10);
            assertThat(shortest).as("the shortest of 500 pauses before retry %d: near zero; full jitter draws "
                    + "from the whole range, so clients throttled together do not come back together", retry)
                    .isLessThanOrEqualTo(ceiling / 10);
        }
    }

    @Test
    @Order(32)
    @DisplayName("Step 3: pauses before every re-send, never before a first send")
    void pausesBeforeEveryRetry(DynamoDbEngine engine) {
        List<Product> products = products("e", 100);
        inject(engine, FaultKind.UNPROCESSED_BATCH_WRITE, 0.3);
        RequestLog log = RequestLog.around(ddb);

        catalog(log).saveAll(products);

        int calls = log.requests(BatchWriteItemRequest.class).size();
        assertThat(pauses).as("pauses during saveAll: one before each re-send of leftovers (%d calls for 4 "
                + "chunks means %d re-sends); none before the first call of a chunk", calls, calls - 4)
                .hasSize(calls - 4);
        assertThat(pauses).as("the pauses, each from backoffDelay: at most MAX_DELAY, and not all the same")
                .allSatisfy(pause -> assertThat(pause).isBetween(Duration.ZERO, Catalog.MAX_DELAY));
        assertThat(new HashSet<>(pauses)).as("distinct pauses: the same pause every time is no jitter")
                .hasSizeGreaterThan(1);
    }

    @Test
    @Order(33)
    @DisplayName("Step 3: gives up after MAX_ATTEMPTS calls and names every product not written")
    void givesUpAndSaysWhatWasNotWritten(DynamoDbEngine engine) {
        List<Product> products = products("f", 30);
        inject(engine, FaultKind.UNPROCESSED_BATCH_WRITE, 1.0);
        RequestLog log = RequestLog.around(ddb);

        Throwable thrown = catchThrowable(() -> catalog(log).saveAll(products));

        assertThat(thrown).as("saveAll when DynamoDB never processes anything should throw "
                + "IncompleteBatchException (a loop without a limit never ends; returning quietly loses 30 "
                + "products)").isInstanceOf(IncompleteBatchException.class);
        assertThat(((IncompleteBatchException) thrown).skusNotDone()).as("the SKUs the exception names: the "
                + "first chunk's 25, still unprocessed, and the 5 of the chunk never sent")
                .containsExactlyInAnyOrderElementsOf(products.stream().map(Product::sku).toList());
        assertThat(log.requests(BatchWriteItemRequest.class)).as("BatchWriteItem calls: MAX_ATTEMPTS for the "
                + "first chunk, then stop (the next chunk would meet the same throttling)")
                .hasSize(Catalog.MAX_ATTEMPTS);
        assertThat(pauses).as("pauses: one before each of the %d retries", Catalog.MAX_ATTEMPTS - 1)
                .hasSize(Catalog.MAX_ATTEMPTS - 1);
    }

    // ---- Step 4: batch get --------------------------------------------------------------------------------

    @Test
    @Order(41)
    @DisplayName("Step 4: reads 250 SKUs with three BatchGetItem calls of at most 100 keys")
    void readsInChunksOf100() {
        List<Product> products = products("g", 230);
        givenStored(products);
        List<String> skus = new ArrayList<>(products.stream().map(Product::sku).toList());
        for (int i = 0; i < 20; i++) {
            skus.add("g-missing-" + i);
        }
        RequestLog log = RequestLog.around(ddb);

        Map<String, Product> found = catalog(log).findAll(skus);

        assertThat(found.values()).as("the products found: the 230 that exist (the 20 unknown SKUs are simply "
                + "absent)").containsExactlyInAnyOrderElementsOf(products);
        assertThat(found).allSatisfy((sku, product) -> assertThat(product.sku()).isEqualTo(sku));
        assertThat(log.requests(BatchGetItemRequest.class)).as("keys per BatchGetItem call: at most 100")
                .extracting(request -> request.requestItems().get(table).keys().size()).containsExactly(100, 100, 50);
    }

    @Test
    @Order(42)
    @DisplayName("Step 4: finds every product when DynamoDB leaves 30% of the keys unprocessed")
    void reDrivesUnprocessedKeys(DynamoDbEngine engine) {
        List<Product> products = products("h", 150);
        givenStored(products);
        inject(engine, FaultKind.UNPROCESSED_BATCH_GET, 0.3);
        RequestLog log = RequestLog.around(ddb);

        Map<String, Product> found = catalog(log).findAll(products.stream().map(Product::sku).toList());

        assertThat(found.values()).as("the products found: BatchGetItem answered 200 OK but listed about 30% of "
                + "the keys in UnprocessedKeys; ask for those again").containsExactlyInAnyOrderElementsOf(products);
        assertThatEachWasSentOncePlusOncePerLeftover(
                count(log.requests(BatchGetItemRequest.class).stream()
                        .flatMap(request -> request.requestItems().get(table).keys().stream()).map(ProductItems::sku)),
                count(log.responses(BatchGetItemResponse.class).stream()
                        .flatMap(response -> response.unprocessedKeys().values().stream())
                        .flatMap(unread -> unread.keys().stream()).map(ProductItems::sku)),
                "asked for", "UnprocessedKeys", "asking again for keys already read wastes read units");
        assertThat(pauses).as("pauses: one before each re-send").hasSize(
                log.requests(BatchGetItemRequest.class).size() - 2);
    }

    @Test
    @Order(43)
    @DisplayName("Step 4: gives up reading after MAX_ATTEMPTS calls and names the products not read")
    void givesUpReading(DynamoDbEngine engine) {
        List<Product> products = products("i", 10);
        givenStored(products);
        inject(engine, FaultKind.UNPROCESSED_BATCH_GET, 1.0);
        RequestLog log = RequestLog.around(ddb);

        Throwable thrown = catchThrowable(() -> catalog(log).findAll(products.stream().map(Product::sku).toList()));

        assertThat(thrown).as("findAll when DynamoDB never reads anything should throw IncompleteBatchException; "
                + "an empty answer would claim the products do not exist").isInstanceOf(IncompleteBatchException.class);
        assertThat(((IncompleteBatchException) thrown).skusNotDone())
                .containsExactlyInAnyOrderElementsOf(products.stream().map(Product::sku).toList());
        assertThat(log.requests(BatchGetItemRequest.class)).hasSize(Catalog.MAX_ATTEMPTS);
    }

    // ---- Step 5: duplicates in one batch ------------------------------------------------------------------

    @Test
    @Order(51)
    @DisplayName("Step 5: writes a SKU listed twice once, with its last version, instead of failing the batch")
    void writesADuplicateSkuOnce() {
        List<Product> products = new ArrayList<>(products("j", 20));
        Product first = new Product("j-dup", "Kettle", 2_500, "Steel kettle, 1.7 l.");
        Product corrected = new Product("j-dup", "Kettle", 2_250, "Steel kettle, 1.7 l. Price corrected.");
        products.add(3, first);
        products.add(corrected);
        RequestLog log = RequestLog.around(ddb);

        Throwable thrown = catchThrowable(() -> catalog(log).saveAll(products));

        assertThat(thrown).as("saveAll with one SKU twice in 22 products should not throw: DynamoDB refuses a "
                + "whole batch that holds one key twice (\"Provided list of item keys contains duplicates\")")
                .isNull();
        assertThat(stored("j-dup")).as("j-dup as stored: the last version listed wins, as with one PutItem per "
                + "line").isEqualTo(ProductItems.item(corrected));
        assertThat(writeSizes(log)).as("puts sent: 21 distinct SKUs").containsExactly(21);
    }

    @Test
    @Order(52)
    @DisplayName("Step 5: reads a SKU listed twice once")
    void readsADuplicateSkuOnce() {
        Product lamp = new Product("k-lamp", "Lamp", 4_900, "Desk lamp, warm white.");
        givenStored(List.of(lamp));
        RequestLog log = RequestLog.around(ddb);

        Throwable thrown = catchThrowable(() -> {
            Map<String, Product> found = catalog(log).findAll(List.of("k-lamp", "k-none", "k-lamp"));
            assertThat(found).as("findAll of k-lamp, k-none, k-lamp").containsExactly(Map.entry("k-lamp", lamp));
        });

        assertThat(thrown).as("findAll with one SKU twice should answer once: DynamoDB refuses a BatchGetItem "
                + "that asks for one key twice").isNull();
        assertThat(log.requests(BatchGetItemRequest.class)).extracting(request -> request.requestItems().get(table)
                .keys().size()).containsExactly(2);
    }

    // ---- Step 6: compared with single writes --------------------------------------------------------------

    @Test
    @Order(61)
    @DisplayName("Step 6: writes 40 products one PutItem at a time and reports the write units charged")
    void writesOneByOne() {
        List<Product> products = products("l", 40);
        RequestLog log = RequestLog.around(ddb);

        WriteReport report = catalog(log).saveOneByOne(products);

        assertThat(log.operations()).as("one PutItem per product").hasSize(40).containsOnly("PutItem");
        assertThat(report.requests()).isEqualTo(40);
        assertThat(report.writeUnits()).as("write units from each PutItem's ConsumedCapacity (ask for "
                + "ReturnConsumedCapacity.TOTAL): one unit per started KB of each item")
                .isEqualTo(writeUnitsOf(products));
        assertThat(missing(products)).isEmpty();
    }

    @Test
    @Order(62)
    @DisplayName("Step 6: a batch saves round trips, not capacity: 2 requests instead of 40, the same write units")
    void batchesCostTheSameUnits() {
        List<Product> products = products("m", 40);
        RequestLog log = RequestLog.around(ddb);

        WriteReport report = catalog(log).saveAll(products);

        assertThat(report.requests()).as("requests for 40 products in batches").isEqualTo(2);
        assertThat(report.writeUnits()).as("write units of the batches, added up from each BatchWriteItem's "
                + "ConsumedCapacity (a list, one entry per table): a put in a batch costs what a PutItem costs")
                .isEqualTo(writeUnitsOf(products));
        assertThat(log.requests(BatchWriteItemRequest.class)).as("every BatchWriteItem asks for the capacity")
                .allSatisfy(request -> assertThat(request.returnConsumedCapacityAsString()).isEqualTo("TOTAL"));
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private Catalog catalog(RequestLog log) {
        return new Catalog(log.client(), table, new Random(7), pauses::add);
    }

    /** Writes products straight through the client, not through the code under test. */
    private void givenStored(List<Product> products) {
        products.forEach(product -> ddb.putItem(request -> request.tableName(table).item(ProductItems.item(product))));
    }

    /** Makes the embedded engine leave this fraction of batch requests unprocessed, the same ones every run. */
    private void inject(DynamoDbEngine engine, FaultKind kind, double rate) {
        faults = engine.context().faults();
        faults.seed(42).rate(kind, rate);
    }

    /** Every write was sent once, plus once for each time a response handed it back unprocessed. */
    private void assertThatEveryLeftoverWasSentAgainExactlyOnce(RequestLog log) {
        assertThatEachWasSentOncePlusOncePerLeftover(
                count(log.requests(BatchWriteItemRequest.class).stream()
                        .flatMap(request -> request.requestItems().get(table).stream()).map(CatalogTest::skuOf)),
                count(log.responses(BatchWriteItemResponse.class).stream()
                        .flatMap(response -> response.unprocessedItems().values().stream())
                        .flatMap(List::stream).map(CatalogTest::skuOf)),
                "sent", "UnprocessedItems", "re-sending writes that were done costs write units again");
    }

    /** No leftover was dropped, and nothing that was done was sent again. */
    private static void assertThatEachWasSentOncePlusOncePerLeftover(Map<String, Long> sent, Map<String, Long> leftOver,
                                                                     String verb, String leftoversField, String why) {
        assertThat(leftOver).as("SKUs the engine left unprocessed (the test injects some)").isNotEmpty();
        assertThat(sent).as("times each SKU was %s: once, plus once per time it came back in %s (send those "
                + "again, and only those: %s)", verb, leftoversField, why).allSatisfy((sku, times) ->
                assertThat(times).as(sku).isEqualTo(1 + leftOver.getOrDefault(sku, 0L)));
    }

    private static Map<String, Long> count(Stream<String> skus) {
        return skus.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static String skuOf(WriteRequest write) {
        return ProductItems.sku(write.putRequest() != null ? write.putRequest().item() : write.deleteRequest().key());
    }

    /** The number of writes in each BatchWriteItem call, in order. */
    private List<Integer> writeSizes(RequestLog log) {
        return log.requests(BatchWriteItemRequest.class).stream()
                .map(request -> request.requestItems().get(table).size()).toList();
    }

    /** The SKUs of these products that are not stored as given, sorted. */
    private Set<String> missing(List<Product> products) {
        Set<String> missing = new TreeSet<>();
        for (Product product : products) {
            if (!stored(product.sku()).equals(ProductItems.item(product))) {
                missing.add(product.sku());
            }
        }
        return missing;
    }

    private Map<String, AttributeValue> stored(String sku) {
        return ddb.getItem(request -> request.tableName(table).key(ProductItems.key(sku)).consistentRead(true))
                .item();
    }

    /** What writing these products as new items costs: 1 KB units, rounded up per item. */
    private static double writeUnitsOf(List<Product> products) {
        return CapacityUnits.batchWrite(products.stream().map(product -> ItemSize.of(ProductItems.item(product)))
                .collect(Collectors.toList()));
    }

    /** Products with descriptions of 0.1 to 2.5 KB, so their items cost 1 to 3 write units each. */
    private static List<Product> products(String prefix, int count) {
        List<Product> products = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String description = ("Item " + i + " of the " + prefix + " range, made to last. ").repeat(2 + (i % 7) * 12);
            products.add(new Product(prefix + "-" + i, "Product " + prefix + i, 100 + 37L * i, description));
        }
        return products;
    }
}
