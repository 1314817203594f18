package io.ddbworkbench.labs.keys;

import static io.ddbworkbench.labs.keys.ShopTable.CUSTOMER_ID;
import static io.ddbworkbench.labs.keys.ShopTable.EMAIL;
import static io.ddbworkbench.labs.keys.ShopTable.ITEMS;
import static io.ddbworkbench.labs.keys.ShopTable.NAME;
import static io.ddbworkbench.labs.keys.ShopTable.ORDER_DATE;
import static io.ddbworkbench.labs.keys.ShopTable.ORDER_ID;
import static io.ddbworkbench.labs.keys.ShopTable.STATUS;
import static io.ddbworkbench.labs.keys.ShopTable.TOTAL_CENTS;

import java.time.LocalDate;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Reads items back into records (given: reading attributes is not this lab's lesson, keys are). */
public final class ShopItems {
    private ShopItems() {
    }

    /** The customer in a PROFILE item. */
    public static Customer customer(Map<String, AttributeValue> item) {
        return new Customer(item.get(CUSTOMER_ID).s(), item.get(NAME).s(), item.get(EMAIL).s());
    }

    /** The order in an ORDER# item. */
    public static CustomerOrder order(Map<String, AttributeValue> item) {
        return new CustomerOrder(item.get(CUSTOMER_ID).s(), item.get(ORDER_ID).s(),
                LocalDate.parse(item.get(ORDER_DATE).s()), item.get(STATUS).s(),
                Long.parseLong(item.get(TOTAL_CENTS).n()), item.get(ITEMS).s());
    }
}
