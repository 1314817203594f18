package io.ddbworkbench.engine.protocol;

/**
 * Decides whether a request is signed well enough. The default checks what the service checks before it looks
 * at any key (an AWS Signature Version 4 is present and complete) and accepts any credentials, which is what a
 * local engine needs; {@link #requireCredentials} also verifies the signature against one key pair.
 */
@FunctionalInterface
public interface RequestAuthenticator {

    /** Returns normally when the request may proceed; throws the service's error otherwise. */
    void authenticate(WireRequest request);

    /** Requires complete SigV4 material, with any credentials and any signature. */
    static RequestAuthenticator anySignature() {
        return SignatureV4::of;
    }

    /** Requires a valid SigV4 signature made with this access key id and secret access key. */
    static RequestAuthenticator requireCredentials(String accessKeyId, String secretAccessKey) {
        return new SignatureV4Verifier(accessKeyId, secretAccessKey);
    }
}
