package dev.mfck.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * A SHA-256 over the suite the kit ships (the rule catalogue, the matrix, every feature file and
 * the specification they cite), so a report says exactly which version of the contract a run
 * checked: file names in order, each followed by its bytes.
 */
public final class SuiteFingerprint {

    private SuiteFingerprint() {
    }

    /** @return the fingerprint of the suite on the kit's classpath, in hex */
    public static String ofKit() {
        return of(SuiteFiles.read());
    }

    /**
     * @param files file name to content
     * @return the fingerprint, in hex
     */
    static String of(Map<String, byte[]> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            new TreeMap<>(files).forEach((name, bytes) -> {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(bytes);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
