package io.ddbworkbench.labkit;

/** A text progress bar, {@code [########............]  40%}, plain ASCII so every console shows it. */
final class ProgressBar {
    private static final int WIDTH = 20;

    private ProgressBar() {
    }

    static String of(int done, int total) {
        int percent = total == 0 ? 0 : done * 100 / total;
        int filled = total == 0 ? 0 : done * WIDTH / total;
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + String.format("%3d%%", percent);
    }
}
