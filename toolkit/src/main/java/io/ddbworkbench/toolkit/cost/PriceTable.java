package io.ddbworkbench.toolkit.cost;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Prices by region, read from a properties file of {@code <region>.<key>=<dollars>} lines. The toolkit ships
 * one dated table ({@code dynamodb-prices.properties}, us-east-1); {@link #load} reads a user's own file for
 * other regions or newer prices.
 */
public final class PriceTable {
    private static final String BUILT_IN = "dynamodb-prices.properties";

    private final Properties figures;

    private PriceTable(Properties figures) {
        this.figures = figures;
    }

    /** The table that ships with the toolkit; its file says where and when the figures were taken. */
    public static PriceTable builtIn() {
        try (InputStream in = PriceTable.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("the toolkit's " + BUILT_IN + " is missing from the class path");
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A table in the same format as the built-in one. */
    public static PriceTable load(InputStream in) throws IOException {
        Properties figures = new Properties();
        figures.load(in);
        return new PriceTable(figures);
    }

    /** When the figures were recorded, as the file states it. */
    public String recorded() {
        return figures.getProperty("prices.recorded", "unknown date");
    }

    /** The regions this table prices. */
    public Set<String> regions() {
        Set<String> regions = new TreeSet<>();
        for (String key : figures.stringPropertyNames()) {
            if (key.endsWith(".storage.gb-month")) {
                regions.add(key.substring(0, key.length() - ".storage.gb-month".length()));
            }
        }
        return regions;
    }

    /**
     * @throws IllegalArgumentException naming the regions it does have, when {@code region} is not one
     */
    public RegionPrices region(String region) {
        if (!regions().contains(region)) {
            throw new IllegalArgumentException("No DynamoDB prices for region '" + region + "' (this table has "
                    + regions() + "); pass your own figures with RegionPrices or PriceTable.load");
        }
        return new RegionPrices(region, recorded(),
                price(region, "on-demand.read-per-million"),
                price(region, "on-demand.write-per-million"),
                price(region, "provisioned.rcu-hour"),
                price(region, "provisioned.wcu-hour"),
                price(region, "storage.gb-month"));
    }

    private BigDecimal price(String region, String key) {
        String value = figures.getProperty(region + "." + key);
        if (value == null) {
            throw new IllegalArgumentException("The price table lacks " + region + "." + key);
        }
        return new BigDecimal(value.trim());
    }
}
