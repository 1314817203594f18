package io.ddbworkbench.site.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.ddbworkbench.engine.DynamoDbEngine;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * The engine's web console in headless Chromium, over a running engine with data: a learner opens it, clicks
 * into a table, pages through its items, switches to DynamoDB JSON, narrows to one item collection, reads an
 * index and then the stream. At a phone's width and a laptop's, every step must draw without console errors or
 * requests beyond the engine, fit 390 px, and show stored markup as text, never as elements. Screenshots of
 * every step land in {@code site/target/screenshots/console/}.
 */
class ConsoleInBrowserTest {
    private static final String MARKUP = "<img src=x onerror=alert(1)>";
    private static final String READY = "document.body.dataset.state === 'ready'";

    private final Path screenshots = Path.of(System.getProperty("site.screenshots", "target/screenshots"))
            .resolve("console");

    private record Screen(String name, int width, int height) {
    }

    private static final List<Screen> SCREENS = List.of(new Screen("phone", 390, 844), new Screen("laptop", 1280, 800));

    /** One thing a learner does, the condition that says the page has drawn the result, and what must show. */
    private record Step(String name, String action, String readyWhen, String shows) {
    }

    @Test
    void aLearnerClicksThroughATableItsItemsAnIndexAndTheStream() throws IOException {
        Path browser = Chromium.locateOrSkip();
        List<String> failures = new ArrayList<>();
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = client(engine)) {
            fill(ddb);
            URI console = engine.consoleUrl(engine.startServer(0)).orElseThrow();
            // One browser per screen: two tabs of one site share a renderer, which headless Chromium loses while
            // capturing a long page.
            for (Screen screen : SCREENS) {
                try (Chromium chromium = Chromium.start(browser);
                        PageInspector inspector =
                                new PageInspector(chromium.devTools(), screen.width(), screen.height())) {
                    failures.addAll(walk(inspector, console, screenshots.resolve(screen.name())));
                }
            }
        }
        System.out.println("Console check: " + steps().size() + " steps at 390 px and 1280 px, screenshots in "
                + screenshots.toAbsolutePath());
        assertThat(failures).as("problems a learner would meet in the console").isEmpty();
    }

    private List<String> walk(PageInspector inspector, URI console, Path folder) throws IOException {
        List<String> failures = new ArrayList<>();
        PageReport opened = inspector.open(console, READY + " && document.querySelector('main .card')",
                folder.resolve("00-tables.png"));
        failures.addAll(opened.problems());
        int number = 1;
        for (Step step : steps()) {
            Path screenshot = folder.resolve(String.format("%02d-%s.png", number++, step.name()));
            PageReport report = inspector.act(step.action(), READY + " && " + step.readyWhen(), screenshot);
            failures.addAll(report.problems());
            if (!"true".equals(inspector.evaluate("Boolean(" + step.shows() + ")"))) {
                failures.add(report.name() + " at " + report.viewportWidth() + " px: after '" + step.name()
                        + "' the page does not show what it should: " + step.shows());
            }
        }
        return failures;
    }

    private static List<Step> steps() {
        return List.of(
                new Step("table", click("a[href='#/table/Orders']"), route("#/table/Orders"),
                        "main.textContent.includes('ByStatus') && main.textContent.includes('NEW_AND_OLD_IMAGES')"
                                + " && main.textContent.includes('expiresAt')"),
                new Step("items", click("a[href='#/table/Orders/items']"), route("#/table/Orders/items"),
                        "document.querySelectorAll('.item').length === 25 && document.querySelector('a.next')"
                                + " && document.querySelectorAll('.keyspace .tick').length === 25"),
                new Step("next-page", click("a.next"), "location.hash.includes('after=')",
                        "document.querySelectorAll('.item').length === 6 && !document.querySelector('a.next')"),
                new Step("dynamodb-json", clickText(".chips a", "DynamoDB JSON"), "location.hash.includes('view=json')",
                        "document.querySelectorAll('.item pre').length === 6"),
                new Step("item-collection", "const form = document.querySelector('form.keys');"
                        + " form.pk.value = 'c03'; form.sk.value = '2024-'; form.requestSubmit()",
                        "location.hash.includes('pk=c03')",
                        "document.querySelectorAll('.item').length === 2 && [...document.querySelectorAll('.item h3')]"
                                + ".every(h => h.textContent.startsWith('customer = \"c03\" · orderId = \"2024-'))"),
                new Step("index", clickText(".chips a", "ByStatus"), "location.hash.includes('index=ByStatus')",
                        "document.querySelector('h1').textContent === 'Entries of index ByStatus'"
                                + " && document.querySelectorAll('.item').length === 20"),
                new Step("stored-markup", "location.hash = '#/table/Orders/items?pk=' + encodeURIComponent("
                        + literal(MARKUP) + ")", "location.hash.includes('pk=%3Cimg')",
                        "document.querySelectorAll('main img, main svg, main script').length === 0"
                                + " && main.textContent.includes(" + literal(MARKUP) + ")"
                                + " && main.textContent.includes(" + literal("<svg onload=alert(2)>") + ")"),
                new Step("back-to-table", click(".crumbs a[href='#/table/Orders']"), route("#/table/Orders"),
                        "document.querySelector('h1').textContent === 'Orders'"),
                new Step("stream", click("a[href='#/table/Orders/stream']"), route("#/table/Orders/stream"),
                        "document.querySelector('.badge.REMOVE') && document.querySelector('.badge.MODIFY')"
                                + " && document.querySelector('.badge.INSERT')"
                                + " && main.textContent.includes('New image')"
                                + " && main.textContent.includes('Old image')"),
                new Step("provisioned-table", "location.hash = '#/table/Readings'", route("#/table/Readings"),
                        "main.textContent.includes('Provisioned: 5 read and 5 write capacity units')"
                                + " && main.textContent.includes('No stream')"));
    }

    private static String click(String selector) {
        return "document.querySelector(" + literal(selector) + ").click()";
    }

    private static String clickText(String selector, String text) {
        return "[...document.querySelectorAll(" + literal(selector) + ")].find(e => e.textContent === "
                + literal(text) + ").click()";
    }

    private static String route(String hash) {
        return "document.body.dataset.route === " + literal(hash);
    }

    private static String literal(String text) {
        try {
            return DevTools.JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DynamoDbClient client(DynamoDbEngine engine) {
        return DynamoDbClient.builder()
                .httpClient(engine.httpClient())
                .endpointOverride(engine.inProcessEndpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
    }

    private static AttributeDefinition attribute(String name, ScalarAttributeType type) {
        return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }

    /**
     * Order {@code i}: customers c01 to c08; order ids dated 2024 or 2025; a status on two orders in three;
     * values of every type.
     */
    private static Map<String, AttributeValue> order(int i) {
        Map<String, AttributeValue> order = new LinkedHashMap<>(orderKey(i));
        order.put("total", AttributeValue.fromN(Integer.toString(5 + i * 7) + ".5"));
        if (i % 3 != 2) {
            order.put("status", AttributeValue.fromS(i % 2 == 0 ? "PENDING" : "SHIPPED"));
        }
        order.put("tags", AttributeValue.fromSs(i % 2 == 0 ? List.of("gift", "express") : List.of("standard")));
        order.put("lines", AttributeValue.fromL(List.of(
                AttributeValue.fromM(Map.of("sku", AttributeValue.fromS("SKU-" + (100 + i)),
                        "qty", AttributeValue.fromN(Integer.toString(1 + i % 4)))),
                AttributeValue.fromM(Map.of("sku", AttributeValue.fromS("SKU-7"), "qty", AttributeValue.fromN("1"))))));
        order.put("giftWrap", AttributeValue.fromBool(i % 4 == 0));
        order.put("note", i % 5 == 0 ? AttributeValue.fromNul(true)
                : AttributeValue.fromS("Leave at the door, ring twice. Order " + i + " of a long customer history."));
        order.put("receipt", AttributeValue.fromB(SdkBytes.fromUtf8String("receipt-" + i)));
        order.put("expiresAt", AttributeValue.fromN(Long.toString(1_900_000_000L + i)));
        return order;
    }

    private static Map<String, AttributeValue> orderKey(int i) {
        return Map.of("customer", AttributeValue.fromS(String.format("c%02d", i % 8 + 1)),
                "orderId", AttributeValue.fromS(String.format("%d-%02d-%02d#%02d", 2024 + i / 8 % 2, i % 12 + 1,
                        i * 7 % 28 + 1, i)));
    }

    /**
     * Orders: 31 items over 8 customers (every type of value, and one order whose key and an attribute name are
     * markup), a local and a global index, a stream with both images, TTL; then a change and a deletion, so the
     * stream holds all three kinds of record. Readings: a small provisioned table.
     */
    private static void fill(DynamoDbClient ddb) {
        ddb.createTable(b -> b.tableName("Orders")
                .attributeDefinitions(attribute("customer", ScalarAttributeType.S),
                        attribute("orderId", ScalarAttributeType.S), attribute("total", ScalarAttributeType.N),
                        attribute("status", ScalarAttributeType.S))
                .keySchema(key("customer", KeyType.HASH), key("orderId", KeyType.RANGE))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName("ByTotal")
                        .keySchema(key("customer", KeyType.HASH), key("total", KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.INCLUDE).nonKeyAttributes("status")).build())
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("ByStatus")
                        .keySchema(key("status", KeyType.HASH), key("orderId", KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)).build())
                .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES)));
        ddb.updateTimeToLive(b -> b.tableName("Orders")
                .timeToLiveSpecification(t -> t.enabled(true).attributeName("expiresAt")));
        for (int i = 0; i < 30; i++) {
            Map<String, AttributeValue> order = order(i);
            ddb.putItem(b -> b.tableName("Orders").item(order));
        }
        Map<String, AttributeValue> markup = new LinkedHashMap<>();
        markup.put("customer", AttributeValue.fromS(MARKUP));
        markup.put("orderId", AttributeValue.fromS("</script><script>alert(3)</script>"));
        markup.put("<svg onload=alert(2)>", AttributeValue.fromS("\"quoted\" & <b>bold</b>"));
        ddb.putItem(b -> b.tableName("Orders").item(markup));
        ddb.updateItem(b -> b.tableName("Orders").key(orderKey(4))
                .updateExpression("SET #s = :s").expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":s", AttributeValue.fromS("SHIPPED"))));
        ddb.deleteItem(b -> b.tableName("Orders").key(orderKey(5)));
        ddb.putItem(b -> b.tableName("Orders").item(order(5)));

        ddb.createTable(b -> b.tableName("Readings")
                .attributeDefinitions(attribute("sensor", ScalarAttributeType.S),
                        attribute("at", ScalarAttributeType.N))
                .keySchema(key("sensor", KeyType.HASH), key("at", KeyType.RANGE))
                .provisionedThroughput(t -> t.readCapacityUnits(5L).writeCapacityUnits(5L)));
        for (int i = 0; i < 5; i++) {
            String at = Integer.toString(1_717_000_000 + i * 60);
            String celsius = "21." + i;
            ddb.putItem(b -> b.tableName("Readings").item(Map.of("sensor", AttributeValue.fromS("greenhouse-1"),
                    "at", AttributeValue.fromN(at), "celsius", AttributeValue.fromN(celsius))));
        }
    }
}
