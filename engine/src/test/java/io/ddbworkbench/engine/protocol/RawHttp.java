package io.ddbworkbench.engine.protocol;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * One HTTP/1.1 connection driven by hand, byte for byte, so tests can send what no well-behaved client would:
 * wrong framing, truncated bodies, garbage. Responses are read with a socket timeout, so a server that hangs
 * fails the test instead of hanging it.
 */
final class RawHttp implements AutoCloseable {
    /** SigV4 material complete enough for the engine's default authenticator. */
    static final Map<String, String> SIGNED = Map.of(
            "Authorization", "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240101/us-east-1/dynamodb/aws4_request,"
                    + " SignedHeaders=host;x-amz-date, Signature=0123456789abcdef",
            "X-Amz-Date", "20240101T000000Z");

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final String hostHeader;

    RawHttp(URI endpoint) throws IOException {
        socket = new Socket();
        socket.connect(new InetSocketAddress(endpoint.getHost(), endpoint.getPort()), 5_000);
        socket.setSoTimeout(20_000);
        socket.setTcpNoDelay(true);
        in = socket.getInputStream();
        out = socket.getOutputStream();
        hostHeader = endpoint.getHost() + ":" + endpoint.getPort();
    }

    /** A DynamoDB API call: POST with the JSON 1.0 content type, a target and SigV4 material. */
    static Map<String, String> apiHeaders(String target) {
        Map<String, String> headers = new LinkedHashMap<>(SIGNED);
        headers.put("Content-Type", "application/x-amz-json-1.0");
        if (target != null) {
            headers.put("X-Amz-Target", target);
        }
        return headers;
    }

    /** A CreateTable body for an on-demand table keyed by the string attribute {@code id}. */
    static String createTableBody(String table) {
        return "{\"TableName\":\"" + table + "\",\"AttributeDefinitions\":[{\"AttributeName\":\"id\","
                + "\"AttributeType\":\"S\"}],\"KeySchema\":[{\"AttributeName\":\"id\",\"KeyType\":\"HASH\"}],"
                + "\"BillingMode\":\"PAY_PER_REQUEST\"}";
    }

    /** Sends a request with a correct Host and Content-Length and reads the answer. */
    Response exchange(String method, String target, Map<String, String> headers, byte[] body) throws IOException {
        send(head(method, target, headers, body.length), body);
        return read();
    }

    Response exchange(String method, Map<String, String> headers, String body) throws IOException {
        return exchange(method, "/", headers, body.getBytes(StandardCharsets.UTF_8));
    }

    /** The request line and headers, with Host and the given Content-Length (omitted when negative). */
    String head(String method, String target, Map<String, String> headers, long contentLength) {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        head.append("Host: ").append(hostHeader).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (contentLength >= 0) {
            head.append("Content-Length: ").append(contentLength).append("\r\n");
        }
        return head.append("\r\n").toString();
    }

    void send(String head, byte[] body) throws IOException {
        byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
        byte[] request = java.util.Arrays.copyOf(headBytes, headBytes.length + body.length);
        System.arraycopy(body, 0, request, headBytes.length, body.length);
        send(request);
    }

    void send(byte[] raw) throws IOException {
        out.write(raw);
        out.flush();
    }

    /** Reads one response; null when the server closed the connection instead of answering. */
    Response read() throws IOException {
        String statusLine = readLine();
        if (statusLine == null) {
            return null;
        }
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String line = readLine(); line != null && !line.isEmpty(); line = readLine()) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
        }
        String length = headers.get("Content-Length");
        byte[] body = length == null ? new byte[0] : in.readNBytes(Integer.parseInt(length));
        return new Response(Integer.parseInt(statusLine.split(" ")[1]), headers, body);
    }

    /** Whether the server has closed this connection: end of stream or a reset, within the socket timeout. */
    boolean closedByServer() throws IOException {
        try {
            return in.read() < 0;
        } catch (java.net.SocketException reset) {
            return true;
        }
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                return line.toString(StandardCharsets.ISO_8859_1).stripTrailing();
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /** One HTTP answer. */
    record Response(int status, Map<String, String> headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String header(String name) {
            return headers.get(name);
        }
    }
}
