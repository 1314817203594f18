package io.ddbworkbench.engine.protocol;

import io.ddbworkbench.engine.EngineContext;
import io.ddbworkbench.engine.action.Action;
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
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The AWS JSON 1.0 protocol in front of the actions, shared by both doors. Checks happen in the service's
 * order (body parses, target is known, request is signed, then the action validates), every failure becomes
 * the service's error body, and only a bug in the engine yields a 500.
 */
public final class RequestHandler {
    /** The service refuses request bodies larger than 16 MB. */
    public static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

    private static final String CONTENT_TYPE = "application/x-amz-json-1.0";

    private final EngineContext context;
    private final Operations operations;
    private final RequestAuthenticator authenticator;

    public RequestHandler(EngineContext context, Operations operations, RequestAuthenticator authenticator) {
        this.context = context;
        this.operations = operations;
        this.authenticator = authenticator;
    }

    public WireResponse handle(WireRequest request) {
        String requestId = RequestIds.next();
        if (context.options().cors() && "OPTIONS".equals(request.method())) {
            return corsPreflight(request, requestId);
        }
        if ("GET".equals(request.method())) {
            return healthCheck(request, requestId);
        }
        if (!"POST".equals(request.method())) {
            return error(request, requestId, new ApiException(ErrorCode.UNKNOWN_OPERATION, null));
        }
        try {
            return respond(request, requestId, 200, dispatch(request));
        } catch (ApiException e) {
            return error(request, requestId, e);
        } catch (RuntimeException | StackOverflowError e) {
            System.err.println("[engine] internal error answering " + request.header("X-Amz-Target")
                    + " (request " + requestId + "):");
            e.printStackTrace();
            return error(request, requestId,
                    new ApiException(ErrorCode.INTERNAL_SERVER_ERROR, "Internal server error"));
        }
    }

    private JsonObject dispatch(WireRequest request) {
        if (request.body().length > MAX_BODY_BYTES) {
            throw new ApiException(ErrorCode.REQUEST_ENTITY_TOO_LARGE,
                    "Request body of " + request.body().length + " bytes exceeds the limit of "
                            + MAX_BODY_BYTES + " bytes");
        }
        JsonValue body;
        try {
            body = request.body().length == 0 ? null : JsonParser.parse(request.body());
        } catch (JsonSyntaxException e) {
            throw ApiException.serialization("Malformed request body: " + e.getMessage());
        }
        Action action = operations.find(request.header("X-Amz-Target"));
        if (action == null) {
            throw new ApiException(ErrorCode.UNKNOWN_OPERATION, null);
        }
        authenticator.authenticate(request);
        if (body == null) {
            throw ApiException.serialization(null);
        }
        JsonObject requestObject = JsonFields.asStructure(body);
        return action.handle(requestObject, context);
    }

    private WireResponse error(WireRequest request, String requestId, ApiException e) {
        return respond(request, requestId, e.code().httpStatus(), e.toJson());
    }

    private WireResponse respond(WireRequest request, String requestId, int status, JsonObject body) {
        byte[] bytes = JsonWriter.toBytes(body);
        Map<String, String> headers = baseHeaders(request, requestId);
        headers.put("Content-Type", CONTENT_TYPE);
        headers.put("x-amz-crc32", Long.toString(crc32(bytes)));
        return new WireResponse(status, headers, bytes);
    }

    private WireResponse healthCheck(WireRequest request, String requestId) {
        byte[] body = ("healthy: dynamodb." + context.options().region() + ".amazonaws.com ")
                .getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = baseHeaders(request, requestId);
        headers.put("Content-Type", "text/plain");
        return new WireResponse(200, headers, body);
    }

    private WireResponse corsPreflight(WireRequest request, String requestId) {
        Map<String, String> headers = baseHeaders(request, requestId);
        String requestedHeaders = request.header("Access-Control-Request-Headers");
        if (requestedHeaders != null) {
            headers.put("Access-Control-Allow-Headers", requestedHeaders);
        }
        String requestedMethod = request.header("Access-Control-Request-Method");
        if (requestedMethod != null) {
            headers.put("Access-Control-Allow-Methods", requestedMethod);
        }
        headers.put("Access-Control-Max-Age", "172800");
        return new WireResponse(200, headers, new byte[0]);
    }

    private Map<String, String> baseHeaders(WireRequest request, String requestId) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-amzn-RequestId", requestId);
        if (context.options().cors() && request.header("Origin") != null) {
            headers.put("Access-Control-Allow-Origin", "*");
            headers.put("Access-Control-Expose-Headers", "x-amzn-RequestId,x-amz-crc32");
        }
        return headers;
    }

    private static long crc32(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }
}
