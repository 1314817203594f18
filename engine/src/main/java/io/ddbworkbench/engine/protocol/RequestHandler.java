package io.ddbworkbench.engine.protocol;

import io.ddbworkbench.engine.EngineContext;
import io.ddbworkbench.engine.action.Action;
import io.ddbworkbench.engine.console.Console;
import io.ddbworkbench.engine.console.ConsoleAnswer;
import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.error.ErrorCode;
import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.json.JsonParser;
import io.ddbworkbench.engine.json.JsonSyntaxException;
import io.ddbworkbench.engine.json.JsonValue;
import io.ddbworkbench.engine.json.JsonWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The AWS JSON 1.0 protocol in front of the actions, shared by both doors. Checks run in the service's order
 * (method and media type, body parses, target is known, request is signed, body is present, then the action
 * validates), every failure becomes the service's error body, and only a bug in the engine yields a 500.
 * A GET is the health check, except under {@link Console#PATH} on an endpoint that has the web console.
 */
public final class RequestHandler implements WireHandler {
    private static final String AMZ_JSON = "application/x-amz-json-1.0";
    private static final String PLAIN_JSON = "application/json";
    /** What the service answers to anything that is not an API call: not JSON, and status 404. */
    private static final byte[] NOT_FOUND_BODY = "<UnknownOperationException/>\n".getBytes(StandardCharsets.US_ASCII);

    private final EngineContext context;
    private final Operations operations;
    private final RequestAuthenticator authenticator;
    private final CorsPolicy cors;
    private final byte[] healthBody;
    /** Null for the in-process door, which serves no pages. */
    private final Console console;

    public RequestHandler(EngineContext context, Operations operations, RequestAuthenticator authenticator) {
        this(context, operations, authenticator, null);
    }

    private RequestHandler(EngineContext context, Operations operations, RequestAuthenticator authenticator,
                           Console console) {
        this.context = context;
        this.operations = operations;
        this.authenticator = authenticator;
        this.cors = new CorsPolicy(context.options().corsOrigins());
        this.healthBody = ("healthy: dynamodb." + context.options().region() + ".amazonaws.com ")
                .getBytes(StandardCharsets.UTF_8);
        this.console = console;
    }

    /** This handler for a network endpoint, answering the console's paths with {@code console}. */
    public RequestHandler withConsole(Console console) {
        return new RequestHandler(context, operations, authenticator, console);
    }

    @Override
    public WireResponse handle(WireRequest request) {
        String requestId = RequestIds.next();
        switch (request.method()) {
            case "POST":
                return apiCall(request, requestId);
            case "GET": {
                String path = QueryString.decode(request.path());
                if (console != null && Console.owns(path)) {
                    return console(request, requestId, path);
                }
                return respond(request, requestId, 200, "text/plain", healthBody);
            }
            default:
                if (cors.isPreflight(request)) {
                    return preflight(request, requestId);
                }
                return respond(request, requestId, 404, null, NOT_FOUND_BODY);
        }
    }

    @Override
    public WireResponse refuseOversized(WireRequest head) {
        return error(head, RequestIds.next(), new ApiException(ErrorCode.REQUEST_ENTITY_TOO_LARGE,
                "Request body is larger than the limit of " + MAX_BODY_BYTES + " bytes"));
    }

    private WireResponse apiCall(WireRequest request, String requestId) {
        String mediaType = mediaType(request.header("Content-Type"));
        if (request.body().length > 0 && !AMZ_JSON.equals(mediaType) && !PLAIN_JSON.equals(mediaType)) {
            return respond(request, requestId, 404, null, NOT_FOUND_BODY);
        }
        if (request.body().length > MAX_BODY_BYTES) {
            return refuseOversized(request);
        }
        try {
            JsonObject response = dispatch(request);
            return respond(request, requestId, 200, answerMediaType(mediaType), JsonWriter.toBytes(response));
        } catch (ApiException e) {
            return error(request, requestId, e);
        } catch (RuntimeException | StackOverflowError e) {
            reportBug(request.header("X-Amz-Target"), requestId, e);
            return error(request, requestId,
                    new ApiException(ErrorCode.INTERNAL_SERVER_ERROR, "Internal server error"));
        }
    }

    /** A bug, not bad input: the stack trace goes to the engine's own stderr, never to the client. */
    private static void reportBug(String answering, String requestId, Throwable bug) {
        System.err.println("[engine] internal error answering " + answering + " (request " + requestId + "):");
        bug.printStackTrace();
    }

    /** A console answer; it carries no CORS grants, as the console is for its own page only. */
    private WireResponse console(WireRequest request, String requestId, String path) {
        ConsoleAnswer answer;
        try {
            // The console's parameters are form-encoded, where '+' stands for a space.
            Map<String, String> parameters = QueryString.parse(request.query().replace("+", "%20"));
            answer = console.answer(path, parameters, request.header("Host"));
        } catch (RuntimeException | StackOverflowError e) {
            reportBug("GET " + path, requestId, e);
            return new WireResponse(500, Map.of("x-amzn-RequestId", requestId, "Content-Type", "text/plain"),
                    "Internal error in the web console\n".getBytes(StandardCharsets.UTF_8));
        }
        Map<String, String> headers = new LinkedHashMap<>(answer.headers());
        headers.put("x-amzn-RequestId", requestId);
        headers.put("Content-Type", answer.contentType());
        return new WireResponse(answer.status(), headers, answer.body());
    }

    private JsonObject dispatch(WireRequest request) {
        JsonValue body;
        try {
            body = request.body().length == 0 ? null : JsonParser.parse(request.body());
        } catch (JsonSyntaxException e) {
            throw ApiException.serialization(null);
        }
        Action action = operations.find(request.header("X-Amz-Target"));
        if (action == null) {
            throw new ApiException(ErrorCode.UNKNOWN_OPERATION, null);
        }
        authenticator.authenticate(request);
        if (body == null) {
            throw ApiException.serialization(null);
        }
        return action.handle(JsonFields.asStructure(body), context);
    }

    /** The media type without parameters: {@code " application/json ; charset=x"} is application/json. */
    private static String mediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    /** The service answers in the JSON flavour it was asked in. */
    private static String answerMediaType(String requestMediaType) {
        return AMZ_JSON.equals(requestMediaType) ? AMZ_JSON : PLAIN_JSON;
    }

    private WireResponse error(WireRequest request, String requestId, ApiException e) {
        String mediaType = answerMediaType(mediaType(request.header("Content-Type")));
        return respond(request, requestId, e.code().httpStatus(), mediaType, JsonWriter.toBytes(e.toJson()));
    }

    private WireResponse preflight(WireRequest request, String requestId) {
        Map<String, String> headers = baseHeaders(request, requestId);
        cors.decoratePreflight(request, headers);
        return new WireResponse(200, headers, new byte[0]);
    }

    private WireResponse respond(WireRequest request, String requestId, int status, String mediaType, byte[] body) {
        Map<String, String> headers = baseHeaders(request, requestId);
        if (mediaType != null) {
            headers.put("Content-Type", mediaType);
        }
        headers.put("x-amz-crc32", Long.toString(crc32(body)));
        return new WireResponse(status, headers, body);
    }

    private Map<String, String> baseHeaders(WireRequest request, String requestId) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-amzn-RequestId", requestId);
        cors.decorate(request, headers);
        return headers;
    }

    private static long crc32(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }
}
