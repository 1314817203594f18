package io.ddbworkbench.engine.protocol;

import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.error.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks AWS Signature Version 4 against one known access key and secret, the way the service does: rebuild
 * the canonical request from what arrived, derive the signing key from the secret and the credential scope,
 * sign, and compare. Lets a learner see what a wrong secret or a tampered request looks like.
 */
final class SignatureV4Verifier implements RequestAuthenticator {
    private static final String SERVICE = "dynamodb";
    private static final String TERMINATOR = "aws4_request";
    private static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
    private static final HexFormat HEX = HexFormat.of();

    private final String accessKeyId;
    private final byte[] secretKey;

    SignatureV4Verifier(String accessKeyId, String secretAccessKey) {
        if (accessKeyId.isEmpty() || secretAccessKey.isEmpty()) {
            throw new IllegalArgumentException("the access key id and the secret must not be empty");
        }
        this.accessKeyId = accessKeyId;
        this.secretKey = ("AWS4" + secretAccessKey).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void authenticate(WireRequest request) {
        SignatureV4 signature = SignatureV4.of(request);
        checkScope(signature);
        if (!accessKeyId.equals(signature.accessKeyId())) {
            throw new ApiException(ErrorCode.UNRECOGNIZED_CLIENT, "The security token included in the request is invalid.");
        }
        byte[] expected = sign(signature, request);
        byte[] given = signature.signature().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(HEX.formatHex(expected).getBytes(StandardCharsets.US_ASCII), given)) {
            throw new ApiException(ErrorCode.INVALID_SIGNATURE, "The request signature we calculated does not match"
                    + " the signature you provided. Check your AWS Secret Access Key and signing method."
                    + " Consult the service documentation for details.");
        }
    }

    /** The service lists every scope problem in one message; the region is not checked, any name is local. */
    private static void checkScope(SignatureV4 signature) {
        StringBuilder problems = new StringBuilder();
        if (!SERVICE.equals(signature.scopeService())) {
            problems.append("Credential should be scoped to correct service: '").append(SERVICE).append("'. ");
        }
        if (!TERMINATOR.equals(signature.scopeTerminator())) {
            problems.append("Credential should be scoped with a valid terminator: '").append(TERMINATOR)
                    .append("', not '").append(signature.scopeTerminator()).append("'. ");
        }
        String timestamp = signature.basicTimestamp();
        if (!timestamp.startsWith(signature.scopeDate())) {
            problems.append("Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '")
                    .append(signature.scopeDate()).append("' != '").append(timestamp, 0, 8).append("', from '")
                    .append(timestamp).append("'.");
        }
        if (problems.length() > 0) {
            throw new ApiException(ErrorCode.INVALID_SIGNATURE, problems.toString().trim());
        }
    }

    /** The signature this request should carry if it was signed with the known secret. */
    byte[] sign(SignatureV4 signature, WireRequest request) {
        String stringToSign = SignatureV4.ALGORITHM + "\n" + signature.basicTimestamp() + "\n" + signature.scope()
                + "\n" + HEX.formatHex(sha256(canonicalRequest(signature, request)));
        byte[] key = hmac(secretKey, signature.scopeDate());
        key = hmac(key, signature.scopeRegion());
        key = hmac(key, signature.scopeService());
        key = hmac(key, signature.scopeTerminator());
        return hmac(key, stringToSign);
    }

    static String canonicalRequest(SignatureV4 signature, WireRequest request) {
        StringBuilder canonical = new StringBuilder(512);
        String path = request.path() == null || request.path().isEmpty() ? "/" : request.path();
        canonical.append(request.method()).append('\n')
                .append(QueryString.encode(path, false)).append('\n')
                .append(QueryString.canonical(request.query(), signature.inQueryString() ? "X-Amz-Signature" : null))
                .append('\n');
        for (String name : signature.signedHeaders()) {
            String value = request.header(name);
            canonical.append(name).append(':')
                    .append(value == null ? "" : value.trim().replaceAll("\\s+", " ")).append('\n');
        }
        canonical.append('\n').append(String.join(";", signature.signedHeaders())).append('\n');
        String declaredPayloadHash = request.header("X-Amz-Content-Sha256");
        canonical.append(UNSIGNED_PAYLOAD.equals(declaredPayloadHash) ? UNSIGNED_PAYLOAD
                : HEX.formatHex(sha256(request.body())));
        return canonical.toString();
    }

    private static byte[] sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
