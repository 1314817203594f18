package io.ddbworkbench.engine.table;

/** A table's TTL status as DescribeTimeToLive reports it. */
public enum TimeToLiveStatus { ENABLING, ENABLED, DISABLING, DISABLED }
