package io.ddbworkbench.labkit;

import java.util.List;

/** The reasons a lab check fails the build, one per line, so Maven's error output reads as a list. */
public final class LabCheckFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LabCheckFailed(List<String> failures) {
        super(String.join(System.lineSeparator(), failures));
    }
}
