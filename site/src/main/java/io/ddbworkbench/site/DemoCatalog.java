package io.ddbworkbench.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the demos index from the demos themselves: each {@code demos/*.java} file's class Javadoc becomes
 * its description and its source is shown below it, so the index can never describe a demo that is not
 * there or miss one that is.
 */
final class DemoCatalog {
    private static final Pattern FIRST_JAVADOC = Pattern.compile("/\\*\\*(.*?)\\*/", Pattern.DOTALL);
    private static final Pattern INLINE_TAG = Pattern.compile("\\{@(?:code|link|linkplain|literal) ([^}]*)}");

    private final Path demosFolder;

    DemoCatalog(Path repoRoot) {
        this.demosFolder = repoRoot.resolve("demos");
    }

    /** One demo: its class name (also its anchor in the index) and what its Javadoc says. */
    record Demo(String name, String description) {
    }

    List<Demo> demos() {
        if (!Files.isDirectory(demosFolder)) {
            return List.of();
        }
        List<Demo> demos = new ArrayList<>();
        try (var files = Files.newDirectoryStream(demosFolder, "*.java")) {
            for (Path file : files) {
                String name = file.getFileName().toString().replaceFirst("\\.java$", "");
                demos.add(new Demo(name, description(Files.readString(file))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        demos.sort((a, b) -> a.name().compareTo(b.name()));
        return demos;
    }

    /** The class Javadoc as plain text, without leading stars, block tags or inline tag braces. */
    static String description(String javaSource) {
        Matcher javadoc = FIRST_JAVADOC.matcher(javaSource);
        if (!javadoc.find()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (String line : javadoc.group(1).split("\n")) {
            String content = line.strip().replaceFirst("^\\*\\s?", "");
            if (content.startsWith("@")) {
                break;
            }
            text.append(content).append('\n');
        }
        String plain = INLINE_TAG.matcher(text.toString()).replaceAll("`$1`");
        return plain.replaceAll("</?(p|em|strong|b|i|ul|li|pre)>", "").strip();
    }

    /** Writes the index page's AsciiDoc to {@code target} and returns it. */
    Path writeIndex(Path target) {
        List<Demo> demos = demos();
        StringBuilder adoc = new StringBuilder("""
                = Demos

                Each demo is one Java file that shows one feature from start to finish against the embedded \
                engine. Run one with the launcher at the root of the repository, for example \
                `./jbang demos/CrudDemo.java`; the project README also shows how to run a demo through Maven.

                """);
        if (demos.isEmpty()) {
            adoc.append("No demos have been written yet: this page lists each one as it lands in `demos/`.\n");
        }
        for (Demo demo : demos) {
            adoc.append("[#").append(demo.name()).append("]\n")
                    .append("== ").append(demo.name()).append("\n\n")
                    .append(demo.description().isEmpty() ? "" : demo.description() + "\n\n")
                    .append("[source,bash]\n----\n./jbang demos/").append(demo.name())
                    .append(".java\n----\n\n")
                    .append(".Source of ").append(demo.name()).append(".java\n")
                    .append("[%collapsible]\n====\n[source,java]\n----\n")
                    .append("include::").append(demosFolder.resolve(demo.name() + ".java").toAbsolutePath())
                    .append("[]\n----\n====\n\n");
        }
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(target, adoc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
