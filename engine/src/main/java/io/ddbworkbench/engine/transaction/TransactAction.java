package io.ddbworkbench.engine.transaction;

import io.ddbworkbench.engine.EngineContext;
import io.ddbworkbench.engine.action.Keys;
import io.ddbworkbench.engine.action.item.ItemTables;
import io.ddbworkbench.engine.action.item.KeyRules;
import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.error.ErrorCode;
import io.ddbworkbench.engine.expr.DocumentPath;
import io.ddbworkbench.engine.expr.ExpressionAttributes;
import io.ddbworkbench.engine.expr.ExpressionParameters;
import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.model.AttributeValueJson;
import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.table.PrimaryKey;
import io.ddbworkbench.engine.table.Table;
import io.ddbworkbench.engine.table.TableDefinition;
import io.ddbworkbench.engine.validation.Constraints;
import java.util.List;
import java.util.Locale;

/**
 * One action of a transaction, checked in the two stages the service uses. {@link #prepare} raises what is
 * wrong with the request itself (its expressions, an unknown table, an empty key value) as a plain
 * ValidationException or ResourceNotFoundException before anything runs. A key that does not fit its table's
 * schema is kept as {@link #keyProblem()}: it only cancels this action, reported as its ValidationError.
 */
abstract class TransactAction implements TransactTarget {
    private final int position;
    private final String kind;
    final JsonObject member;
    final String tableName;
    final ExpressionAttributes attributes;
    private final String keyMember;
    private final Item keySource;
    private Table table;
    private PrimaryKey key;
    private String keyProblem;

    /**
     * @param position the action's place in the request, from 1, as the service counts in messages
     * @param kind the action's member name as messages spell it: put, update, delete, conditionCheck, get
     * @param keyMember "Item" for a Put (its key is inside the item), "Key" for the others
     */
    TransactAction(int position, String kind, JsonObject member, ExpressionAttributes attributes, String keyMember) {
        this.position = position;
        this.kind = kind;
        this.member = member;
        this.tableName = JsonFields.string(member, "TableName");
        this.attributes = attributes;
        this.keyMember = keyMember;
        this.keySource = AttributeValueJson.readItem(member.get(keyMember));
    }

    /** The constraint path of one of this action's members. */
    final String path(String memberName) {
        return TransactItems.path(position, kind, memberName);
    }

    /** Adds this action's constraint violations: its key or item and table name are required. */
    void constrain(Constraints check) {
        check.notNull(path(keyMember.toLowerCase(Locale.ROOT)), keySource)
                .tableName(path("tableName"), tableName);
    }

    /** The request-level checks, in the service's order; see the class comment. */
    final void prepare(EngineContext context) {
        ExpressionParameters.check(member, expressionParameters(), List.of());
        attributes.validate();
        parseExpressions();
        attributes.requireAllUsed();
        table = ItemTables.require(context, tableName);
        KeyRules.requireScalarKeyPaths(table.definition(), paths());
        Keys.requireNonEmptyKeyValues(table.keySchema(), keySource);
        checkRequest(table.definition());
        try {
            key = resolveKey(table);
        } catch (ApiException e) {
            if (e.code() != ErrorCode.VALIDATION) {
                throw e;
            }
            keyProblem = e.getMessage();
        }
    }

    /** The expression members this action may carry, in the order the service names them. */
    abstract List<String> expressionParameters();

    /** Parses the action's expressions against {@link #attributes}. */
    abstract void parseExpressions();

    /** Every document path the action's expressions name. */
    abstract List<DocumentPath> paths();

    /** Further request-level checks that need the table's definition. */
    void checkRequest(TableDefinition definition) {
    }

    /** The item's key in this table; a ValidationException here becomes the action's cancellation reason. */
    PrimaryKey resolveKey(Table target) {
        return Keys.ofKey(target.keySchema(), keySource);
    }

    /** The Key member, or a Put's item. */
    final Item keySource() {
        return keySource;
    }

    @Override
    public final Table table() {
        return table;
    }

    @Override
    public final PrimaryKey key() {
        return key;
    }

    /** Why the key does not fit the table, or null when it does. */
    final String keyProblem() {
        return keyProblem;
    }
}
