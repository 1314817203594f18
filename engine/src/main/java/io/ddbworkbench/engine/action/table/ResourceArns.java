package io.ddbworkbench.engine.action.table;

import io.ddbworkbench.engine.EngineOptions;
import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.validation.Constraints;

/**
 * Reads the table a resource ARN names. The tagging actions accept table ARNs and stream ARNs of this account
 * and region; anything else is refused with the message the service gives for that kind of mistake.
 */
public final class ResourceArns {
    private static final String TABLE_PREFIX = "table/";

    private ResourceArns() {
    }

    /** The table a tagging request names, or the service's ValidationException for a malformed ARN. */
    public static String tableNameForTagging(String arn, EngineOptions options) {
        if (!arn.startsWith("arn:")) {
            throw InvalidParameter.of("ARNs must start with 'arn:': " + arn);
        }
        String[] parts = arn.split(":", 6);
        if (parts.length == 6 && !"dynamodb".equals(parts[2])) {
            throw InvalidParameter.of("Provided Arn is not a DynamoDB resource arn: " + arn);
        }
        if (parts.length == 6 && parts[5].startsWith(TABLE_PREFIX) && parts[5].contains("/index/")) {
            throw InvalidParameter.of(
                    "Invalid resource arn provided, only table or stream is accepted. Provided resource arn: " + arn);
        }
        String name = tableNameOrNull(arn, options);
        if (name == null) {
            throw ApiException.validation("Invalid TableArn: Invalid ResourceArn provided as input " + arn);
        }
        return name;
    }

    /** The table a table or stream ARN of this account and region names, or null if it names none. */
    public static String tableNameOrNull(String arn, EngineOptions options) {
        String prefix = "arn:aws:dynamodb:" + options.region() + ":" + options.accountId() + ":" + TABLE_PREFIX;
        if (!arn.startsWith(prefix)) {
            return null;
        }
        String resource = arn.substring(prefix.length());
        int slash = resource.indexOf('/');
        String name = slash < 0 ? resource : resource.substring(0, slash);
        String rest = slash < 0 ? "" : resource.substring(slash);
        boolean tableOrStream = rest.isEmpty() || (rest.startsWith("/stream/") && rest.length() > "/stream/".length());
        boolean validName = name.length() >= 3 && !Constraints.check().tableName("tableName", name).hasErrors();
        return tableOrStream && validName ? name : null;
    }
}
