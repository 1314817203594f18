package io.ddbworkbench.engine.protocol;

import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.error.ErrorCode;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The AWS Signature Version 4 material of a request, from the Authorization header or from the query string,
 * checked for completeness with the service's messages and in the service's order. Whether the signature is
 * right is {@link SignatureV4Verifier}'s business; this class only rejects what the service rejects before it
 * looks at any key.
 */
final class SignatureV4 {
    static final String ALGORITHM = "AWS4-HMAC-SHA256";

    private static final List<String> HEADER_PARAMETERS = List.of("Credential", "Signature", "SignedHeaders");
    private static final List<String> QUERY_PARAMETERS = List.of(
            "X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-Signature", "X-Amz-SignedHeaders", "X-Amz-Date");

    private final String algorithm;
    private final String credential;
    private final String signedHeaders;
    private final String signature;
    private final String timestamp;
    private final boolean inQueryString;

    private SignatureV4(String algorithm, String credential, String signedHeaders, String signature,
                        String timestamp, boolean inQueryString) {
        this.algorithm = algorithm;
        this.credential = credential;
        this.signedHeaders = signedHeaders;
        this.signature = signature;
        this.timestamp = timestamp;
        this.inQueryString = inQueryString;
    }

    /** Reads and checks the signature material, or throws the error the service answers with. */
    static SignatureV4 of(WireRequest request) {
        Map<String, String> query = QueryString.parse(request.query());
        String authorization = request.header("Authorization");
        if (query.containsKey("X-Amz-Algorithm")) {
            if (authorization != null) {
                throw new ApiException(ErrorCode.INVALID_SIGNATURE,
                        "Found both 'X-Amz-Algorithm' as a query-string param and 'Authorization' as HTTP header.");
            }
            return fromQueryString(query).checked();
        }
        if (authorization == null || !authorization.trim().startsWith("AWS4-")) {
            throw new ApiException(ErrorCode.MISSING_AUTHENTICATION_TOKEN, "Request is missing Authentication Token");
        }
        return fromHeader(authorization, request).checked();
    }

    private static SignatureV4 fromQueryString(Map<String, String> query) {
        StringBuilder missing = new StringBuilder();
        for (String parameter : QUERY_PARAMETERS) {
            String value = query.get(parameter);
            boolean absent = "X-Amz-Algorithm".equals(parameter) ? value == null || value.isEmpty() : value == null;
            if (absent) {
                missing.append("AWS query-string parameters must include '").append(parameter).append("'. ");
            }
        }
        if (missing.length() > 0) {
            throw new ApiException(ErrorCode.INCOMPLETE_SIGNATURE,
                    missing.append("Re-examine the query-string parameters.").toString());
        }
        return new SignatureV4(query.get("X-Amz-Algorithm"), query.get("X-Amz-Credential"),
                query.get("X-Amz-SignedHeaders"), query.get("X-Amz-Signature"), query.get("X-Amz-Date"), true);
    }

    private static SignatureV4 fromHeader(String authorization, WireRequest request) {
        String trimmed = authorization.trim();
        int space = trimmed.indexOf(' ');
        String algorithm = space < 0 ? trimmed : trimmed.substring(0, space);
        String[] parameters = headerParameters(space < 0 ? "" : trimmed.substring(space + 1));
        String timestamp = request.header("X-Amz-Date");
        if (timestamp == null) {
            timestamp = request.header("Date");
        }
        StringBuilder missing = new StringBuilder();
        for (int i = 0; i < HEADER_PARAMETERS.size(); i++) {
            if (parameters[i] == null || parameters[i].isEmpty()) {
                missing.append("Authorization header requires '").append(HEADER_PARAMETERS.get(i)).append("' parameter. ");
            }
        }
        if (timestamp == null) {
            missing.append("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. ");
        }
        if (missing.length() > 0) {
            throw new ApiException(ErrorCode.INCOMPLETE_SIGNATURE,
                    missing.append("Authorization=").append(authorization).toString());
        }
        return new SignatureV4(algorithm, parameters[0], parameters[2], parameters[1], timestamp, false);
    }

    /**
     * The values of {@link #HEADER_PARAMETERS} in {@code Credential=a/b, SignedHeaders=c;d, Signature=e}, whose
     * pairs are split by commas, spaces or both. Parsed by hand, as every request goes through here.
     */
    private static String[] headerParameters(String text) {
        String[] values = new String[HEADER_PARAMETERS.size()];
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ',' || Character.isWhitespace(text.charAt(i))) {
                int equals = text.indexOf('=', start);
                if (equals > start && equals < i) {
                    int index = HEADER_PARAMETERS.indexOf(text.substring(start, equals));
                    if (index >= 0) {
                        values[index] = text.substring(equals + 1, i);
                    }
                }
                start = i + 1;
            }
        }
        return values;
    }

    private SignatureV4 checked() {
        if (basicTimestamp() == null) {
            throw new ApiException(ErrorCode.INCOMPLETE_SIGNATURE, "Date must be in ISO-8601 'basic format'. Got '"
                    + timestamp + "'. See http://en.wikipedia.org/wiki/ISO_8601");
        }
        if (!signsHost()) {
            throw new ApiException(ErrorCode.INVALID_SIGNATURE,
                    "'Host' must be a 'SignedHeader' in the AWS Authorization.");
        }
        if (!ALGORITHM.equals(algorithm)) {
            throw new ApiException(ErrorCode.INCOMPLETE_SIGNATURE, "Unsupported AWS 'algorithm': '" + algorithm
                    + "' (only " + ALGORITHM + " for now). ");
        }
        if (credential.chars().filter(c -> c == '/').count() != 4) {
            throw new ApiException(ErrorCode.INCOMPLETE_SIGNATURE,
                    "Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term,"
                            + " got '" + credential + "'");
        }
        return this;
    }

    private boolean signsHost() {
        int start = 0;
        while (start <= signedHeaders.length()) {
            int end = signedHeaders.indexOf(';', start);
            end = end < 0 ? signedHeaders.length() : end;
            if (end - start == 4 && signedHeaders.regionMatches(true, start, "host", 0, 4)) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    /**
     * The request time in ISO-8601 basic format, as the string to sign carries it: X-Amz-Date is already in
     * that form; an HTTP Date header is converted. Null when the value is in neither form.
     */
    String basicTimestamp() {
        if (isBasicIso8601(timestamp)) {
            return timestamp;
        }
        return HttpDate.toBasicIso8601(timestamp);
    }

    /** HTTP dates are rare here (SDKs send X-Amz-Date), so java.time's formatters load only when one comes. */
    private static final class HttpDate {
        private static final DateTimeFormatter BASIC_FORMAT =
                DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT);

        static String toBasicIso8601(String httpDate) {
            try {
                return BASIC_FORMAT.format(ZonedDateTime.parse(httpDate, DateTimeFormatter.RFC_1123_DATE_TIME));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }

    /** {@code yyyyMMddTHHmmssZ}, checked without a regular expression as every request goes through here. */
    private static boolean isBasicIso8601(String text) {
        if (text.length() != 16 || text.charAt(8) != 'T' || text.charAt(15) != 'Z') {
            return false;
        }
        for (int i = 0; i < 15; i++) {
            if (i != 8 && (text.charAt(i) < '0' || text.charAt(i) > '9')) {
                return false;
            }
        }
        return true;
    }

    private String scopePart(int index) {
        return credential.split("/", -1)[index];
    }

    String accessKeyId() {
        return scopePart(0);
    }

    String scopeDate() {
        return scopePart(1);
    }

    String scopeRegion() {
        return scopePart(2);
    }

    String scopeService() {
        return scopePart(3);
    }

    String scopeTerminator() {
        return scopePart(4);
    }

    /** {@code date/region/service/aws4_request}: the credential without the key id. */
    String scope() {
        return credential.substring(credential.indexOf('/') + 1);
    }

    /** The signed header names, lower case, in the order given. */
    List<String> signedHeaders() {
        return List.of(signedHeaders.toLowerCase(Locale.ROOT).split(";"));
    }

    String signature() {
        return signature;
    }

    /** Whether the material came in the query string (a presigned request) rather than a header. */
    boolean inQueryString() {
        return inQueryString;
    }
}
