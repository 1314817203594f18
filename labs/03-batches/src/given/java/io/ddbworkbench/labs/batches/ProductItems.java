package io.ddbworkbench.labs.batches;

import static io.ddbworkbench.labs.batches.ProductsTable.DESCRIPTION;
import static io.ddbworkbench.labs.batches.ProductsTable.NAME;
import static io.ddbworkbench.labs.batches.ProductsTable.PRICE_CENTS;
import static io.ddbworkbench.labs.batches.ProductsTable.SKU;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Products to items and back (given: attribute mapping is not this lab's lesson, batches are). */
public final class ProductItems {
    private ProductItems() {
    }

    /** The whole item of a product, for a put. */
    public static Map<String, AttributeValue> item(Product product) {
        return Map.of(SKU, AttributeValue.fromS(product.sku()), NAME, AttributeValue.fromS(product.name()),
                PRICE_CENTS, AttributeValue.fromN(Long.toString(product.priceCents())),
                DESCRIPTION, AttributeValue.fromS(product.description()));
    }

    /** The key of a product, for a get or a delete. */
    public static Map<String, AttributeValue> key(String sku) {
        return Map.of(SKU, AttributeValue.fromS(sku));
    }

    /** The SKU in an item or in a key. */
    public static String sku(Map<String, AttributeValue> itemOrKey) {
        return itemOrKey.get(SKU).s();
    }

    public static Product product(Map<String, AttributeValue> item) {
        return new Product(item.get(SKU).s(), item.get(NAME).s(), Long.parseLong(item.get(PRICE_CENTS).n()),
                item.get(DESCRIPTION).s());
    }
}
