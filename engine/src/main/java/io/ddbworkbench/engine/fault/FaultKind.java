package io.ddbworkbench.engine.fault;

/** The failures the engine can inject on purpose, so retry code can be taught and tested. */
public enum FaultKind {
    /** A BatchWriteItem request comes back in UnprocessedItems instead of being written. */
    UNPROCESSED_BATCH_WRITE,
    /** A BatchGetItem key comes back in UnprocessedKeys instead of being read. */
    UNPROCESSED_BATCH_GET,
    /** A TransactWriteItems/TransactGetItems call is cancelled with a TransactionConflict reason. */
    TRANSACTION_CONFLICT
}
