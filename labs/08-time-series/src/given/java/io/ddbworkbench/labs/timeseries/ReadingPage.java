package io.ddbworkbench.labs.timeseries;

import java.util.List;
import java.util.Optional;

/**
 * One page of readings for a client that pages through a range ("next" in a web app).
 *
 * @param nextPageToken what the client sends back for the next page; empty when there is none
 */
public record ReadingPage(List<Reading> readings, Optional<String> nextPageToken) {
    public ReadingPage {
        readings = List.copyOf(readings);
    }
}
