package io.ddbworkbench.engine.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The server running as a child JVM, as a user starts it: its endpoint, its output, and a SIGTERM to stop it. */
final class ServerProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("Listening on (http://\\S+)");

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> output = new ArrayList<>();
    private URI endpoint;

    private ServerProcess(List<String> command) throws IOException {
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("[output unreadable: " + e + "]");
            }
        }, "server-process-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code java <jvmArguments...> <serverArguments...>} and waits until it says where it listens. */
    static ServerProcess start(List<String> jvmArguments, String... serverArguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArguments);
        command.addAll(List.of(serverArguments));
        ServerProcess server = new ServerProcess(command);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (server.endpoint == null) {
            String line = server.lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                server.close();
                throw new IllegalStateException("the server did not start; its output: " + server.output);
            }
            server.output.add(line);
            Matcher listening = LISTENING.matcher(line);
            if (listening.find()) {
                server.endpoint = URI.create(listening.group(1));
            }
        }
        return server;
    }

    URI endpoint() {
        return endpoint;
    }

    /** Sends SIGTERM, as a service manager or {@code kill} would, and returns the exit code. */
    int terminate() throws InterruptedException {
        process.toHandle().destroy(); // unlike Process.destroy(), leaves the output stream open to read to the end
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the server did not stop within 30 s of SIGTERM");
        }
        return process.exitValue();
    }

    /** Sends SIGKILL (what {@code kill -9} sends: no shutdown hook runs) and returns once the process is gone. */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the server was still running 30 s after SIGKILL");
        }
        return process.exitValue();
    }

    /** Everything the process printed, once it has ended. */
    List<String> output() throws InterruptedException {
        String line;
        while ((line = lines.poll(2, TimeUnit.SECONDS)) != null) {
            output.add(line);
        }
        return output;
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
