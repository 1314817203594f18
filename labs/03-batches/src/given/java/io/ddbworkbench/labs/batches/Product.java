package io.ddbworkbench.labs.batches;

/** One line of the catalogue. */
public record Product(String sku, String name, long priceCents, String description) {

    /** Short, so that a test failure listing a few products stays readable; {@code description} is left out. */
    @Override
    public String toString() {
        return "Product[" + sku + " " + name + " " + priceCents + "]";
    }
}
