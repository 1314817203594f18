package io.ddbworkbench.site;

import java.util.ArrayList;
import java.util.List;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.log.LogHandler;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

/**
 * Collects every warning Asciidoctor raises: a missing include, an unknown tag, an undefined attribute or a
 * diagram that fails to render all end up here, and any of them fails the site build instead of shipping a
 * page with a hole in it.
 */
final class BuildLog implements LogHandler {
    private final List<String> problems = new ArrayList<>();
    private String currentPage = "";

    /** Names the page being converted, for messages that come without a source position. */
    synchronized void converting(SitePage page) {
        currentPage = page.source().toString();
    }

    @Override
    public synchronized void log(LogRecord record) {
        if (record.getSeverity().compareTo(Severity.WARN) >= 0) {
            problems.add(record.getSeverity() + " " + where(record.getCursor(), currentPage) + record.getMessage());
        }
    }

    /** Records a page Asciidoctor could not convert at all (a diagram source that is missing, for one). */
    synchronized void failed(SitePage page, String reason) {
        problems.add("FAILED " + page.source() + ": " + reason);
    }

    synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    private static String where(Cursor cursor, String page) {
        if (cursor == null || cursor.getFile() == null) {
            return page + ": ";
        }
        return cursor.getFile() + ":" + cursor.getLineNumber() + ": ";
    }
}
