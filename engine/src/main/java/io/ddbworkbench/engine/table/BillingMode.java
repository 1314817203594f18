package io.ddbworkbench.engine.table;

/** How a table is billed: per request (on-demand) or by provisioned capacity. */
public enum BillingMode { PROVISIONED, PAY_PER_REQUEST }
