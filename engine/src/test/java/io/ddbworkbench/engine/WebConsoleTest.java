package io.ddbworkbench.engine;

import static io.ddbworkbench.engine.ControlPlaneFixtures.attribute;
import static io.ddbworkbench.engine.ControlPlaneFixtures.capacity;
import static io.ddbworkbench.engine.ControlPlaneFixtures.hash;
import static io.ddbworkbench.engine.ControlPlaneFixtures.range;
import static io.ddbworkbench.engine.ItemFixtures.attrs;
import static io.ddbworkbench.engine.ItemFixtures.n;
import static io.ddbworkbench.engine.ItemFixtures.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ddbworkbench.engine.ControlPlaneFixtures.AdjustableClock;
import io.ddbworkbench.engine.console.ConsoleAccess;
import io.ddbworkbench.engine.json.JsonArray;
import io.ddbworkbench.engine.json.JsonNumber;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.json.JsonParser;
import io.ddbworkbench.engine.json.JsonString;
import io.ddbworkbench.engine.json.JsonValue;
import io.ddbworkbench.engine.protocol.EngineHttpServer;
import io.ddbworkbench.engine.protocol.WireRequest;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * The web console's JSON API over a real socket, as the page uses it: tables with their indexes, stream and
 * TTL; pages of items and index entries; item collections; stream records; the errors a wrong address gets;
 * and when the console is not served at all.
 */
class WebConsoleTest {
    private static final String ORDERS = "Orders";
    private static final String READINGS = "Readings";

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<DynamoDbEngine> engines = new ArrayList<>();
    private DynamoDbClient ddb;

    @AfterEach
    void closeEngines() {
        engines.forEach(DynamoDbEngine::close);
    }

    private DynamoDbEngine engine(EngineOptions options) {
        DynamoDbEngine engine = DynamoDbEngine.create(options);
        engines.add(engine);
        return engine;
    }

    /**
     * Orders (customer, orderId): a local index by total projecting status, a keys-only global index by status
     * (sparse: not every order has one), a stream with both images, TTL on expiresAt. Readings (sensor, at N):
     * provisioned 1/1.
     */
    private static void createTables(DynamoDbClient ddb) {
        ddb.createTable(b -> b.tableName(ORDERS)
                .attributeDefinitions(attribute("customer", ScalarAttributeType.S),
                        attribute("orderId", ScalarAttributeType.S), attribute("total", ScalarAttributeType.N),
                        attribute("status", ScalarAttributeType.S))
                .keySchema(hash("customer"), range("orderId"))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName("ByTotal")
                        .keySchema(hash("customer"), range("total"))
                        .projection(Projection.builder().projectionType(ProjectionType.INCLUDE)
                                .nonKeyAttributes("status").build()).build())
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("ByStatus")
                        .keySchema(hash("status"), range("orderId"))
                        .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build()).build())
                .streamSpecification(spec -> spec.streamEnabled(true)
                        .streamViewType(StreamViewType.NEW_AND_OLD_IMAGES)));
        ddb.updateTimeToLive(b -> b.tableName(ORDERS)
                .timeToLiveSpecification(ttl -> ttl.enabled(true).attributeName("expiresAt")));
        ddb.createTable(b -> b.tableName(READINGS)
                .attributeDefinitions(attribute("sensor", ScalarAttributeType.S),
                        attribute("at", ScalarAttributeType.N))
                .keySchema(hash("sensor"), range("at"))
                .provisionedThroughput(capacity(1, 1)));
    }

    private static void putOrder(DynamoDbClient ddb, String customer, String orderId, String total, String status) {
        Map<String, AttributeValue> item = attrs("customer", s(customer), "orderId", s(orderId), "total", n(total));
        if (status != null) {
            item.put("status", s(status));
        }
        ddb.putItem(b -> b.tableName(ORDERS).item(item));
    }

    /** Three customers, seven orders; two without a status. */
    private static void putOrders(DynamoDbClient ddb) {
        putOrder(ddb, "c1", "2024-01-05", "30", "SHIPPED");
        putOrder(ddb, "c1", "2024-02-11", "12", "PENDING");
        putOrder(ddb, "c1", "2025-03-01", "99", null);
        putOrder(ddb, "c2", "2024-01-20", "45", "SHIPPED");
        putOrder(ddb, "c2", "2024-07-14", "8", null);
        putOrder(ddb, "c3", "2023-12-31", "70", "PENDING");
        putOrder(ddb, "c3", "2024-05-05", "15", "SHIPPED");
    }

    /** Starts an engine with the tables and orders; returns the console's base URL on a loopback endpoint. */
    private URI consoleWithOrders() {
        DynamoDbEngine engine = engine(EngineOptions.defaults());
        ddb = Door.IN_PROCESS.client(engine);
        createTables(ddb);
        putOrders(ddb);
        return engine.consoleUrl(engine.startServer(0)).orElseThrow();
    }

    private HttpResponse<String> get(URI console, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(console.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonObject getJson(URI console, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(console, path);
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        return (JsonObject) JsonParser.parse(response.body());
    }

    private static JsonValue at(JsonValue json, Object... path) {
        JsonValue current = json;
        for (Object step : path) {
            current = step instanceof Integer index ? ((JsonArray) current).get(index)
                    : ((JsonObject) current).get((String) step);
        }
        return current;
    }

    private static String text(JsonValue json, Object... path) {
        JsonValue value = at(json, path);
        if (value instanceof JsonString string) {
            return string.value();
        }
        return value instanceof JsonNumber number ? number.text() : String.valueOf(value);
    }

    private static List<JsonObject> items(JsonObject page) {
        List<JsonObject> items = new ArrayList<>();
        ((JsonArray) page.get("Items")).forEach(entry -> items.add((JsonObject) entry));
        return items;
    }

    /** "customer/orderId" of each entry of a page. */
    private static List<String> orderKeys(JsonObject page) {
        List<String> keys = new ArrayList<>();
        for (JsonObject entry : items(page)) {
            keys.add(text(entry, "Item", "customer", "S") + "/" + text(entry, "Item", "orderId", "S"));
        }
        return keys;
    }

    private static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void tablesAreListedByNameWithKeysIndexesStreamAndTimeToLive() throws Exception {
        URI console = consoleWithOrders();

        JsonObject tables = getJson(console, "api/tables");

        assertThat(text(tables, "region")).isEqualTo("us-east-1");
        assertThat(((JsonArray) tables.get("tables")).size()).isEqualTo(2);
        JsonValue orders = at(tables, "tables", 0);
        assertThat(text(orders, "Table", "TableName")).isEqualTo(ORDERS);
        assertThat(text(orders, "Table", "TableStatus")).isEqualTo("ACTIVE");
        assertThat(text(orders, "Table", "ItemCount")).isEqualTo("7");
        assertThat(text(orders, "Table", "KeySchema", 1, "AttributeName")).isEqualTo("orderId");
        assertThat(text(orders, "BillingMode")).isEqualTo("PAY_PER_REQUEST");
        assertThat(text(orders, "Table", "LocalSecondaryIndexes", 0, "Projection", "NonKeyAttributes", 0))
                .isEqualTo("status");
        assertThat(text(orders, "Table", "GlobalSecondaryIndexes", 0, "IndexName")).isEqualTo("ByStatus");
        assertThat(text(orders, "Table", "GlobalSecondaryIndexes", 0, "ItemCount")).isEqualTo("5");
        assertThat(text(orders, "Stream", "StreamViewType")).isEqualTo("NEW_AND_OLD_IMAGES");
        assertThat(text(orders, "Stream", "StreamStatus")).isEqualTo("ENABLED");
        assertThat(text(orders, "Stream", "StreamArn")).isEqualTo(text(orders, "Table", "LatestStreamArn"));
        assertThat(text(orders, "TimeToLive", "TimeToLiveStatus")).isEqualTo("ENABLED");
        assertThat(text(orders, "TimeToLive", "AttributeName")).isEqualTo("expiresAt");

        JsonValue readings = at(tables, "tables", 1);
        assertThat(text(readings, "Table", "TableName")).isEqualTo(READINGS);
        assertThat(text(readings, "BillingMode")).isEqualTo("PROVISIONED");
        assertThat(text(readings, "Table", "ProvisionedThroughput", "ReadCapacityUnits")).isEqualTo("1");
        assertThat(at(readings, "Stream")).isNull();
        assertThat(text(readings, "TimeToLive", "TimeToLiveStatus")).isEqualTo("DISABLED");

        assertThat(getJson(console, "api/tables/" + ORDERS)).isEqualTo(orders);
    }

    @Test
    void pagesFollowEachOtherInScanOrderUntilEveryItemWasShownOnce() throws Exception {
        URI console = consoleWithOrders();
        List<String> scanOrder = new ArrayList<>();
        ddb.scan(b -> b.tableName(ORDERS)).items()
                .forEach(item -> scanOrder.add(item.get("customer").s() + "/" + item.get("orderId").s()));

        List<String> shown = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String next = null;
        do {
            JsonObject page = getJson(console,
                    "api/tables/Orders/items?limit=3" + (next == null ? "" : "&after=" + next));
            shown.addAll(orderKeys(page));
            pageSizes.add(items(page).size());
            next = page.has("Next") ? text(page, "Next") : null;
            if (next != null) {
                assertThat(orderKeys(page)).as("the position a Scan would resume after")
                        .endsWith(text(page, "LastEvaluatedKey", "customer", "S") + "/"
                                + text(page, "LastEvaluatedKey", "orderId", "S"));
            }
        } while (next != null);

        assertThat(pageSizes).containsExactly(3, 3, 1);
        assertThat(shown).isEqualTo(scanOrder);
    }

    @Test
    void eachItemComesWithItsSizeAndTheHashOfItsPartitionKey() throws Exception {
        URI console = consoleWithOrders();

        List<JsonObject> entries = items(getJson(console, "api/tables/Orders/items?limit=100"));

        Map<String, Set<String>> hashesByCustomer = new java.util.TreeMap<>();
        for (JsonObject entry : entries) {
            hashesByCustomer.computeIfAbsent(text(entry, "Item", "customer", "S"), c -> new HashSet<>())
                    .add(text(entry, "PartitionKeyHash"));
            assertThat(Double.parseDouble(text(entry, "HashFraction"))).isBetween(0.0, 1.0);
            assertThat(text(entry, "PartitionKeyHash")).matches("[0-9a-f]{16}");
        }
        assertThat(hashesByCustomer.values()).allSatisfy(hashes -> assertThat(hashes).hasSize(1));
        assertThat(hashesByCustomer.values().stream().flatMap(Set::stream).distinct()).hasSize(3);
        // customer(8)+"c1"(2) + orderId(7)+"2024-01-05"(10) + status(6)+"SHIPPED"(7) + total(5)+30 as a number(2)
        JsonObject first = entries.stream().filter(entry -> text(entry, "Item", "orderId", "S").equals("2024-01-05"))
                .findFirst().orElseThrow();
        assertThat(text(first, "SizeBytes")).isEqualTo("47");
    }

    @Test
    void aPartitionKeyShowsOneItemCollectionAndASortKeyPrefixNarrowsIt() throws Exception {
        URI console = consoleWithOrders();

        assertThat(orderKeys(getJson(console, "api/tables/Orders/items?pk=c1")))
                .containsExactly("c1/2024-01-05", "c1/2024-02-11", "c1/2025-03-01");
        assertThat(orderKeys(getJson(console, "api/tables/Orders/items?pk=c1&sk=2024-")))
                .containsExactly("c1/2024-01-05", "c1/2024-02-11");
        assertThat(orderKeys(getJson(console, "api/tables/Orders/items?pk=c1&sk=&limit=1&after="
                + text(getJson(console, "api/tables/Orders/items?pk=c1&limit=1"), "Next"))))
                .as("an empty sort key field is no condition, and paging stays in the collection")
                .containsExactly("c1/2024-02-11");
        assertThat(items(getJson(console, "api/tables/Orders/items?pk=nobody"))).isEmpty();
    }

    @Test
    void aNumericSortKeyNarrowsTheCollectionToThatNumber() throws Exception {
        URI console = consoleWithOrders();
        for (String at : List.of("1", "10", "100", "1E1")) {
            ddb.putItem(b -> b.tableName(READINGS).item(attrs("sensor", s("s1"), "at", n(at), "raw", s(at))));
        }

        List<JsonObject> tens = items(getJson(console, "api/tables/Readings/items?pk=s1&sk=10.0"));

        assertThat(tens).singleElement()
                .satisfies(entry -> assertThat(text(entry, "Item", "raw", "S")).isEqualTo("1E1"));
    }

    @Test
    void anIndexShowsItsOwnEntriesProjectedAndPaged() throws Exception {
        URI console = consoleWithOrders();

        JsonObject first = getJson(console, "api/tables/Orders/items?index=ByStatus&limit=4");
        JsonObject rest = getJson(console,
                "api/tables/Orders/items?index=ByStatus&limit=4&after=" + text(first, "Next"));

        assertThat(text(first, "IndexName")).isEqualTo("ByStatus");
        assertThat(text(first, "ItemCount")).isEqualTo("5");
        assertThat(text(first, "KeySchema", 0, "AttributeName")).isEqualTo("status");
        assertThat(items(first)).hasSize(4);
        assertThat(rest.has("Next")).isFalse();
        List<JsonObject> all = new ArrayList<>(items(first));
        all.addAll(items(rest));
        assertThat(all).hasSize(5).allSatisfy(entry ->
                assertThat(((JsonObject) entry.get("Item")).names()).containsOnly("customer", "orderId", "status"));
        assertThat(text(first, "LastEvaluatedKey", "status", "S"))
                .isEqualTo(text(first, "Items", 3, "Item", "status", "S"));

        List<String> pending = orderKeys(getJson(console, "api/tables/Orders/items?index=ByStatus&pk=PENDING"));
        assertThat(pending).containsExactlyInAnyOrder("c1/2024-02-11", "c3/2023-12-31");

        List<JsonObject> byTotal = items(getJson(console, "api/tables/Orders/items?index=ByTotal&pk=c1"));
        assertThat(byTotal).extracting(entry -> text(entry, "Item", "total", "N")).containsExactly("12", "30", "99");
    }

    @Test
    void theStreamShowsTheNewestRecordsFirstWithTheirImages() throws Exception {
        URI console = consoleWithOrders();
        ddb.updateItem(b -> b.tableName(ORDERS).key(attrs("customer", s("c2"), "orderId", s("2024-07-14")))
                .updateExpression("SET #s = :s").expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":s", s("PENDING"))));
        ddb.deleteItem(b -> b.tableName(ORDERS).key(attrs("customer", s("c3"), "orderId", s("2024-05-05"))));

        JsonObject stream = getJson(console, "api/tables/Orders/stream?limit=3");

        assertThat(text(stream, "Stream", "StreamViewType")).isEqualTo("NEW_AND_OLD_IMAGES");
        JsonArray records = (JsonArray) stream.get("Records");
        assertThat(records.size()).isEqualTo(3);
        assertThat(text(records, 0, "eventName")).isEqualTo("REMOVE");
        assertThat(text(records, 0, "dynamodb", "OldImage", "total", "N")).isEqualTo("15");
        assertThat(at(records, 0, "dynamodb", "NewImage")).isNull();
        assertThat(text(records, 1, "eventName")).isEqualTo("MODIFY");
        assertThat(text(records, 1, "dynamodb", "NewImage", "status", "S")).isEqualTo("PENDING");
        assertThat(at(records, 1, "dynamodb", "OldImage", "status")).isNull();
        assertThat(text(records, 2, "eventName")).isEqualTo("INSERT");
        assertThat(text(records, 2, "dynamodb", "Keys", "orderId", "S")).isEqualTo("2024-05-05");
        assertThat(text(records, 0, "dynamodb", "SequenceNumber"))
                .isGreaterThan(text(records, 1, "dynamodb", "SequenceNumber"));
        assertThat(((JsonArray) getJson(console, "api/tables/Orders/stream").get("Records")).size())
                .as("7 puts, an update and a delete").isEqualTo(9);
    }

    @Test
    void lookingConsumesNoCapacityAndWritesNothing() throws Exception {
        AdjustableClock clock = new AdjustableClock();
        DynamoDbEngine engine = engine(EngineOptions.builder().clock(clock).simulateProvisionedThroughput(true)
                .burstWindow(Duration.ZERO).build());
        ddb = Door.IN_PROCESS.client(engine, c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()));
        createTables(ddb);
        for (int i = 0; i < 20; i++) {
            String at = Integer.toString(i);
            clock.advance(Duration.ofSeconds(1));
            ddb.putItem(b -> b.tableName(READINGS).item(attrs("sensor", s("s" + at), "at", n(at))));
            ddb.putItem(b -> b.tableName(ORDERS).item(attrs("customer", s("c" + at), "orderId", s(at))));
        }
        URI console = engine.consoleUrl(engine.startServer(0)).orElseThrow();
        JsonArray recordsBefore = (JsonArray) getJson(console, "api/tables/Orders/stream?limit=1000").get("Records");
        JsonObject ordersBefore = getJson(console, "api/tables/Orders/items?limit=100");

        // A Scan of these 20 items costs 0.5 units of a 1-unit-per-second table: counted, this would drain it.
        for (int i = 0; i < 20; i++) {
            getJson(console, "api/tables/Readings/items?limit=100");
            getJson(console, "api/tables/Readings");
        }

        assertThat(ddb.getItem(b -> b.tableName(READINGS).key(attrs("sensor", s("s1"), "at", n("1")))).item())
                .as("the table's read capacity is untouched").isNotEmpty();
        assertThatThrownBy(() -> {
            ddb.scan(b -> b.tableName(READINGS));
            ddb.scan(b -> b.tableName(READINGS));
        }).as("while real scans drain it").isInstanceOf(ProvisionedThroughputExceededException.class);
        assertThat(getJson(console, "api/tables/Orders/stream?limit=1000").get("Records")).isEqualTo(recordsBefore);
        assertThat(getJson(console, "api/tables/Orders/items?limit=100")).isEqualTo(ordersBefore);
    }

    @Test
    void userDataTravelsAsJsonThatNoBrowserRunsAsMarkup() throws Exception {
        URI console = consoleWithOrders();
        String markup = "</script><script>alert(1)</script><img src=x onerror=alert(2)>";
        ddb.putItem(b -> b.tableName(ORDERS).item(attrs("customer", s(markup), "orderId", s("\"quoted\" & <b>"),
                "<svg onload=alert(3)>", s(markup))));

        HttpResponse<String> response = get(console, "api/tables/Orders/items?pk=" + query(markup));
        HttpResponse<String> page = get(console, "");

        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        JsonObject item = (JsonObject) at(JsonParser.parse(response.body()), "Items", 0, "Item");
        assertThat(text(item, "customer", "S")).isEqualTo(markup);
        assertThat(text(item, "orderId", "S")).isEqualTo("\"quoted\" & <b>");
        assertThat(text(item, "<svg onload=alert(3)>", "S")).isEqualTo(markup);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("default-src 'none'", "script-src 'self'", "frame-ancestors 'none'")
                        .doesNotContain("unsafe-inline", "unsafe-eval"));
    }

    @Test
    void thePageAndItsAssetsComeFromTheClasspath() throws Exception {
        URI console = consoleWithOrders();

        HttpResponse<String> page = get(console, "");
        HttpResponse<String> withoutSlash = get(console, "/console");
        HttpResponse<String> script = get(console, "console.js");
        HttpResponse<String> style = get(console, "console.css");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body()).contains("<script src=\"/console/console.js\" defer></script>");
        assertThat(withoutSlash.body()).isEqualTo(page.body());
        assertThat(script.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(script.body()).contains("/console/api/tables");
        assertThat(style.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
        assertThat(get(console, "../console/WebConsoleTest.class").statusCode()).isEqualTo(404);
        assertThat(get(console, "ConsoleAssets.class").statusCode()).isEqualTo(404);
    }

    @Test
    void wrongAddressesAndParametersAreAnsweredWithAMessage() throws Exception {
        URI console = consoleWithOrders();

        assertMessage(console, "api/tables/Nope", 404, "There is no table named Nope");
        assertMessage(console, "api/tables/Nope/items", 404, "There is no table named Nope");
        assertMessage(console, "api/tables/Orders/items?index=Nope", 404, "Table Orders has no index named Nope");
        assertMessage(console, "api/tables/Readings/stream", 404, "Table Readings has no stream");
        assertMessage(console, "api/tables/Orders/scan", 404, "No such console API: /console/api/tables/Orders/scan");
        assertMessage(console, "api/queries", 404, "No such console API: /console/api/queries");
        assertMessage(console, "api/tables/Orders/items?limit=0", 400,
                "limit must be a whole number from 1 to 100, not '0'");
        assertMessage(console, "api/tables/Orders/stream?limit=lots", 400,
                "limit must be a whole number from 1 to 1000, not 'lots'");
        assertMessage(console, "api/tables/Orders/items?after=bm90LWEta2V5", 400,
                "'after' is not a position in this table or index: start from the first page");
        assertMessage(console, "api/tables/Orders/items?index=ByStatus&after="
                        + text(getJson(console, "api/tables/Orders/items?limit=1"), "Next"), 400,
                "'after' is not a position in this table or index: start from the first page");
        assertMessage(console, "api/tables/Readings/items?pk=s1&sk=soon", 400,
                "at is of type N: 'soon' is not a number");
        assertMessage(console, "api/tables/Orders/items?sk=2024", 400,
                "A sort key value needs a partition key value (pk) too");
        assertThat(get(console, "nope.html").statusCode()).isEqualTo(404);
    }

    private void assertMessage(URI console, String path, int status, String message) throws Exception {
        HttpResponse<String> response = get(console, path);
        assertThat(response.statusCode()).as(path).isEqualTo(status);
        assertThat(text(JsonParser.parse(response.body()), "message")).as(path).isEqualTo(message);
    }

    @Test
    void anEndpointBeyondLoopbackHasNoConsoleUnlessItIsTurnedOn() throws Exception {
        DynamoDbEngine automatic = engine(EngineOptions.defaults());
        EngineHttpServer everywhere = automatic.startServer("0.0.0.0", 0);
        DynamoDbEngine turnedOn = engine(EngineOptions.builder().console(ConsoleAccess.ON).build());
        EngineHttpServer shared = turnedOn.startServer("0.0.0.0", 0);

        HttpResponse<String> off = get(everywhere.endpoint(), "/console/api/tables");

        assertThat(automatic.consoleUrl(everywhere)).isEmpty();
        assertThat(off.statusCode()).isEqualTo(404);
        assertThat(off.body())
                .startsWith("The web console is off here: this endpoint is reachable from other machines");
        assertThat(get(everywhere.endpoint(), "/").body()).as("the health check stays")
                .startsWith("healthy: dynamodb.us-east-1.amazonaws.com");
        assertThat(turnedOn.consoleUrl(shared)).hasValue(shared.endpoint().resolve("/console/"));
        assertThat(getJson(shared.endpoint(), "/console/api/tables").has("tables")).isTrue();
    }

    @Test
    void aConsoleTurnedOffIsOffOnLoopbackToo() throws Exception {
        DynamoDbEngine engine = engine(EngineOptions.builder().console(ConsoleAccess.OFF).build());
        EngineHttpServer server = engine.startServer(0);

        HttpResponse<String> off = get(server.endpoint(), "/console/");

        assertThat(engine.consoleUrl(server)).isEmpty();
        assertThat(off.statusCode()).isEqualTo(404);
        assertThat(off.body()).startsWith("The web console is off for this server");
    }

    @Test
    void theInProcessDoorServesNoPages() {
        DynamoDbEngine engine = engine(EngineOptions.defaults());

        var response = engine.handle(new WireRequest("GET", "/console/api/tables", Map.of(), new byte[0]));

        assertThat(response.status()).isEqualTo(200);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).startsWith("healthy: ");
    }
}
