package io.ddbworkbench.site;

import io.ddbworkbench.site.SitePage.Section;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The navigation every page shares: a bar with the site's sections at the top and "previous / next" links in
 * reading order at the bottom. Written as plain HTML around Asciidoctor's output so it needs no script.
 */
final class PageChrome {
    private static final Pattern BODY_OPEN = Pattern.compile("<body[^>]*>");
    private static final String FOOTER_OPEN = "<div id=\"footer\">";

    private final List<SitePage> readingOrder;

    PageChrome(List<SitePage> readingOrder) {
        this.readingOrder = List.copyOf(readingOrder);
    }

    /** Asciidoctor's standalone page with the site bar after {@code <body>} and page turns before the footer. */
    String dress(SitePage page, String html) {
        Matcher body = BODY_OPEN.matcher(html);
        if (!body.find() || !html.contains(FOOTER_OPEN)) {
            throw new IllegalStateException("Unexpected page shape from Asciidoctor for " + page.outputPath());
        }
        String withBar = html.substring(0, body.end()) + "\n" + siteBar(page) + html.substring(body.end());
        return withBar.replace(FOOTER_OPEN, pageTurns(page) + "\n" + FOOTER_OPEN);
    }

    private String siteBar(SitePage page) {
        StringBuilder bar = new StringBuilder("<nav class=\"site-bar\" aria-label=\"Site\">\n");
        SitePage home = readingOrder.get(0);
        bar.append("<a class=\"site-home\" href=\"").append(page.linkTo(home)).append("\">DynamoDB Workbench</a>\n");
        menu(bar, page, "Guide", Section.GUIDE);
        menu(bar, page, "Labs", Section.LAB);
        for (SitePage demos : pagesIn(Section.DEMOS)) {
            bar.append(link(page, demos, "Demos")).append('\n');
        }
        return bar.append("</nav>").toString();
    }

    private void menu(StringBuilder bar, SitePage page, String label, Section section) {
        List<SitePage> entries = pagesIn(section);
        if (entries.isEmpty()) {
            return;
        }
        bar.append("<details class=\"site-menu\"><summary>").append(label).append("</summary>\n<ul>\n");
        for (SitePage entry : entries) {
            bar.append("<li>").append(link(page, entry, entry.title())).append("</li>\n");
        }
        bar.append("</ul></details>\n");
    }

    private String pageTurns(SitePage page) {
        int at = readingOrder.indexOf(page);
        StringBuilder turns = new StringBuilder("<nav class=\"page-turns\" aria-label=\"Previous and next page\">\n");
        if (at > 0) {
            SitePage previous = readingOrder.get(at - 1);
            turns.append("<a rel=\"prev\" href=\"").append(page.linkTo(previous)).append("\"><span>Previous</span>")
                    .append(escape(previous.title())).append("</a>\n");
        }
        if (at + 1 < readingOrder.size()) {
            SitePage next = readingOrder.get(at + 1);
            turns.append("<a rel=\"next\" href=\"").append(page.linkTo(next)).append("\"><span>Next</span>")
                    .append(escape(next.title())).append("</a>\n");
        }
        return turns.append("</nav>").toString();
    }

    private List<SitePage> pagesIn(Section section) {
        return readingOrder.stream().filter(p -> p.section() == section).toList();
    }

    private static String link(SitePage from, SitePage to, String label) {
        String current = from.equals(to) ? " aria-current=\"page\"" : "";
        return "<a href=\"" + from.linkTo(to) + "\"" + current + ">" + escape(label) + "</a>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
