package com.contoso.common.hash;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Known-answer tests (FIPS 180-4 examples, RFC 4231) for {@link Digests}. */
class MessageDigestTest {

    private static final HexFormat HEX = HexFormat.of();

    @ParameterizedTest(name = "{0}(\"{1}\")")
    @CsvSource({
        "SHA-1,   abc, a9993e364706816aba3e25717850c26c9cd0d89d",
        "SHA-256, abc, ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        "MD5,     abc, 900150983cd24fb0d6963f7d28e17f72",
    })
    void knownAnswer(String algorithm, String input, String expectedHex) throws NoSuchAlgorithmException {
        MessageDigest md = MessageDigest.getInstance(algorithm);
        byte[] digest = md.digest(input.getBytes(StandardCharsets.US_ASCII));
        assertEquals(expectedHex, HEX.formatHex(digest));
        assertEquals(expectedHex, Digests.hex(algorithm, input));
    }

    @Test
    void sha256OfEmptyInput() throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        assertEquals(
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                HEX.formatHex(sha256.digest(new byte[0])));
    }

    @Test
    void sha1OfEmptyInputUpperCaseColons() throws Exception {
        MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
        byte[] digest = sha1.digest(new byte[0]);
        assertEquals(
                "DA:39:A3:EE:5E:6B:4B:0D:32:55:BF:EF:95:60:18:90:AF:D8:07:09",
                HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest));
    }

    @Test
    void sha256TwoBlockMessage() throws Exception {
        byte[] msg = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
                .getBytes(StandardCharsets.US_ASCII);
        byte[] expected = HEX.parseHex("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        assertArrayEquals(expected, MessageDigest.getInstance("SHA-256").digest(msg));
    }

    @Test
    void hmacSha256Rfc4231TestCase2() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("Jefe".getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
        byte[] tag = mac.doFinal("what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII));
        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", HEX.formatHex(tag));
    }

    @Test
    void fingerprintOfUploadIsContentHash() {
        // Upload dedup uses the SHA-256 of the body as the fingerprint.
        String fingerprint = Digests.fingerprint("The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.UTF_8));
        assertEquals("d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592", fingerprint);
    }
}
