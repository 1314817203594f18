package io.ddbworkbench.engine.action.table;

import io.ddbworkbench.engine.error.ApiException;
import java.util.List;

/** The table classes. The service checks the value itself rather than through the model's enum check. */
final class TableClasses {
    static final String STANDARD = "STANDARD";
    private static final List<String> ALL = List.of(STANDARD, "STANDARD_INFREQUENT_ACCESS");

    private TableClasses() {
    }

    static void check(String tableClass) {
        if (tableClass != null && !ALL.contains(tableClass)) {
            throw ApiException.validation("Invalid table-class parameter provided. Please try again with a valid "
                    + "table-class value: [STANDARD, STANDARD_INFREQUENT_ACCESS].");
        }
    }
}
