package io.ddbworkbench.engine.protocol;

import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.error.ErrorCode;

/**
 * Decides whether a request is signed well enough. The default only insists, as the service does, that an
 * AWS Signature Version 4 Authorization header is present; any signature is accepted.
 */
@FunctionalInterface
public interface RequestAuthenticator {

    void authenticate(WireRequest request);

    /** Requires an Authorization header of the SigV4 form, with any credentials and signature. */
    static RequestAuthenticator anySignature() {
        return request -> {
            String authorization = request.header("Authorization");
            if (authorization == null || !authorization.trim().startsWith("AWS4-")) {
                throw new ApiException(ErrorCode.MISSING_AUTHENTICATION_TOKEN,
                        "Request is missing Authentication Token");
            }
        };
    }
}
