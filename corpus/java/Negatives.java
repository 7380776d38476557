package com.example.util;

import java.security.MessageDigest;
import java.util.HashSet;
import java.util.Set;

/** Hashing that has nothing to do with certificates: must stay silent. */
public final class Negatives {
    // Build id of the release, a git commit.
    static final String COMMIT = "3f786850e387550fdab836ed7e6dc881de23001b";
    // SHA-256 test vector for "abc".
    static final String ABC_SHA256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    static byte[] digest(byte[] data) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(data);
    }

    static Set<String> tags() {
        Set<String> s = new HashSet<>();
        s.add("sha256");
        return s;
    }
}
