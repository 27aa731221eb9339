package dev.mfck.run;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The kit's own version, as the build wrote it into {@code mfck/kit.properties}. */
public final class KitVersion {

    private static final String RESOURCE = "mfck/kit.properties";

    private KitVersion() {
    }

    /** @return the version, or {@code unknown} when the kit was not built by Maven */
    public static String get() {
        try (InputStream in = KitVersion.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
