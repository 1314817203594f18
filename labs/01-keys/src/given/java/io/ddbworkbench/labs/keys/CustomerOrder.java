package io.ddbworkbench.labs.keys;

import java.time.LocalDate;

/**
 * One order of a customer.
 *
 * @param status PENDING, SHIPPED or DELIVERED
 * @param items what was bought, as text
 */
public record CustomerOrder(String customerId, String orderId, LocalDate orderDate, String status, long totalCents,
                            String items) {

    /** Short, so that a test failure listing a few orders stays readable; {@code items} is left out. */
    @Override
    public String toString() {
        return "CustomerOrder[" + customerId + " " + orderId + " " + orderDate + " " + status + " " + totalCents
                + "]";
    }
}
