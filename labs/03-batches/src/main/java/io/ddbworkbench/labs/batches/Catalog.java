package io.ddbworkbench.labs.batches;

import io.ddbworkbench.labkit.NotDoneYet;
import io.ddbworkbench.toolkit.batch.Backoff;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A product catalogue loaded and read in bulk. Each method is one step of the lab (README.adoc): replace its
 * {@code throw new NotDoneYet(...)} with DynamoDB calls through {@link #ddb}. {@link ProductItems} turns
 * products into items and keys and back.
 *
 * <p>The rule of the lab: a batch call that answers 200 OK may still have done only part of the work. What it
 * did not do comes back in {@code UnprocessedItems} or {@code UnprocessedKeys}: send that again, after a
 * pause that grows and is random, a bounded number of times, and never drop it silently.
 */
public final class Catalog {
    /** BatchWriteItem takes at most 25 puts and deletes per call. */
    public static final int MAX_WRITES_PER_BATCH = 25;
    /** BatchGetItem takes at most 100 keys per call. */
    public static final int MAX_KEYS_PER_BATCH = 100;
    /** Calls for one batch, the first included, before giving up with {@link IncompleteBatchException}. */
    public static final int MAX_ATTEMPTS = 8;
    /** The scale of the pause before a retry: the ceiling before retry n is {@code BASE_DELAY * 2^n}... */
    public static final Duration BASE_DELAY = Duration.ofMillis(25);
    /** ...but never more than this. */
    public static final Duration MAX_DELAY = Duration.ofSeconds(2);

    private final DynamoDbClient ddb;
    private final String tableName;
    private final Random jitter;
    private final Backoff.Sleeper sleeper;

    /**
     * @param jitter where the random part of every pause comes from (the tests pass a seeded one)
     * @param sleeper how to pause: {@code sleeper.sleep(duration)} (the tests record the pauses instead of
     *     waiting)
     */
    public Catalog(DynamoDbClient ddb, String tableName, Random jitter, Backoff.Sleeper sleeper) {
        this.ddb = ddb;
        this.tableName = tableName;
        this.jitter = jitter;
        this.sleeper = sleeper;
    }

    /**
     * Steps 1, 2, 3, 5 and 6: writes every product, however many, and reports what it took.
     *
     * <p>Step 1: split the products into chunks of {@link #MAX_WRITES_PER_BATCH} and send each chunk as one
     * {@code BatchWriteItem}: {@code requestItems} maps the table name to a list of {@code WriteRequest}s, each
     * with a {@code putRequest} holding {@code ProductItems.item(product)}.
     *
     * <p>Step 2: a response's {@code unprocessedItems()} (for this table) lists the writes DynamoDB did not do:
     * send exactly those again, until none are left. Step 3: pause before each re-send with
     * {@link #backoffDelay}, and give up after {@link #MAX_ATTEMPTS} calls for one chunk with
     * {@link IncompleteBatchException}, naming the SKUs not written (that chunk's leftovers and every later
     * product). Step 5: a SKU listed twice is written once, with its last version. Step 6: ask for
     * {@code ReturnConsumedCapacity.TOTAL} and add up the units in the report.
     */
    public WriteReport saveAll(List<Product> products) {
        throw new NotDoneYet("Step 1: write the products in chunks of 25 (BatchWriteItem)");
    }

    /**
     * Step 2: deletes the products with these SKUs, in chunks of {@link #MAX_WRITES_PER_BATCH}
     * {@code BatchWriteItem} delete requests ({@code deleteRequest} with {@code ProductItems.key(sku)}),
     * re-sending unprocessed deletes exactly as {@link #saveAll} re-sends puts. A SKU with no product is not an
     * error.
     */
    public WriteReport deleteAll(Collection<String> skus) {
        throw new NotDoneYet("Step 2: delete in chunks of 25 and re-send the UnprocessedItems (BatchWriteItem)");
    }

    /**
     * Step 3: how long to pause before retry number {@code retry} (1 for the first re-send): exponential
     * backoff with full jitter. Take the ceiling {@code min(MAX_DELAY, BASE_DELAY * 2^retry)} and return a
     * random duration between zero and that ceiling, drawn from {@code random}.
     */
    public static Duration backoffDelay(int retry, Random random) {
        throw new NotDoneYet("Step 3: compute exponential backoff with full jitter");
    }

    /**
     * Steps 4 and 5: the products with these SKUs, by SKU; a SKU with no product is simply absent.
     *
     * <p>Step 4: chunks of {@link #MAX_KEYS_PER_BATCH} keys, one {@code BatchGetItem} each
     * ({@code requestItems} maps the table name to a {@code KeysAndAttributes} with the keys). The response's
     * {@code responses()} holds the items found, and {@code unprocessedKeys()} the keys not read yet: ask again
     * for those, with the pauses and the limit of Step 3. Step 5: a SKU listed twice is asked for once.
     */
    public Map<String, Product> findAll(Collection<String> skus) {
        throw new NotDoneYet("Step 4: read in chunks of 100 and re-send the UnprocessedKeys (BatchGetItem)");
    }

    /**
     * Step 6: the slow way, for comparison: one {@code PutItem} per product, each asking for
     * {@code ReturnConsumedCapacity.TOTAL}, and the same report as {@link #saveAll}.
     */
    public WriteReport saveOneByOne(List<Product> products) {
        throw new NotDoneYet("Step 6: write the products with one PutItem each, and add up the write units");
    }
}
