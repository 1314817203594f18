package io.ddbworkbench.labs.keys;

import java.util.List;

/** What a customer's page shows: the profile and the most recent orders, newest first. */
public record CustomerPage(Customer customer, List<CustomerOrder> latestOrders) {
    public CustomerPage {
        latestOrders = List.copyOf(latestOrders);
    }
}
