import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps each demo runnable on its own with JBang: the header lines JBang reads, dependency versions that match
 * this build (they cannot come from the pom), and every file a demo pulls in with {@code //SOURCES} present.
 * Also keeps every demo covered by {@link DemosTest} and described for the site's demos index.
 */
class DemoSourcesTest {
    private static final Path DEMOS = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
    private static final Pattern SOURCES = Pattern.compile("^//SOURCES (.+)$", Pattern.MULTILINE);

    @Test
    void everyDemoStartsWithTheJbangHeaderAndThisBuildsVersion() throws IOException {
        String testkit = "//DEPS io.ddbworkbench:testkit:" + System.getProperty("project.version");
        for (Path demo : demos()) {
            List<String> lines = Files.readAllLines(demo);
            assertThat(lines.get(0)).as(demo.toString()).isEqualTo("///usr/bin/env jbang \"$0\" \"$@\" ; exit $?");
            assertThat(lines).as(demo.toString()).contains("//JAVA 17+", testkit);
        }
    }

    @Test
    void everySourcedFileExists() throws IOException {
        for (Path file : withSupport()) {
            Matcher sources = SOURCES.matcher(Files.readString(file));
            while (sources.find()) {
                for (String sourced : sources.group(1).trim().split("\\s+")) {
                    assertThat(DEMOS.resolve(sourced)).as("%s sources %s", file.getFileName(), sourced).isRegularFile();
                }
            }
        }
    }

    @Test
    void theLoggingBindingMatchesTheBuilds() throws IOException {
        assertThat(Files.readString(DEMOS.resolve("support/Demo.java")))
                .contains("//DEPS org.slf4j:slf4j-simple:" + System.getProperty("slf4j.version") + "\n");
    }

    @Test
    void everyDemoHasAMainADescriptionAndATest() throws IOException {
        List<String> testMethods = Arrays.stream(DemosTest.class.getDeclaredMethods()).map(Method::getName)
                .collect(Collectors.toList());
        for (Path demo : demos()) {
            String name = demo.getFileName().toString().replace(".java", "");
            String source = Files.readString(demo);
            assertThat(source).as(name).contains("public static void main(String[] args)");
            assertThat(source.indexOf("/**")).as("%s has a class Javadoc for the demos index", name)
                    .isBetween(0, source.indexOf("public class " + name));
            String testPrefix = Character.toLowerCase(name.charAt(0)) + name.substring(1);
            assertThat(testMethods).as("DemosTest runs %s", name).anyMatch(method -> method.startsWith(testPrefix));
        }
    }

    private static List<Path> demos() throws IOException {
        try (Stream<Path> files = Files.list(DEMOS)) {
            List<Path> demos = files.filter(file -> file.toString().endsWith(".java")).sorted()
                    .collect(Collectors.toList());
            assertThat(demos).hasSizeGreaterThanOrEqualTo(14);
            return demos;
        }
    }

    private static List<Path> withSupport() throws IOException {
        try (Stream<Path> support = Files.list(DEMOS.resolve("support"))) {
            return Stream.concat(demos().stream(), support.sorted()).collect(Collectors.toList());
        }
    }
}
