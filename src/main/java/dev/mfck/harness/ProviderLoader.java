package dev.mfck.harness;

import dev.mfck.config.KitSettings;
import dev.mfck.spi.SessionProvider;

import java.util.List;
import java.util.ServiceLoader;

/**
 * Finds the implementation under test: the class named by {@code mfck.provider}, or else the
 * one provider declared through {@link ServiceLoader}.
 */
public final class ProviderLoader {

    private ProviderLoader() {
    }

    /**
     * @param settings the kit's settings
     * @return the provider
     * @throws KitSetupException when there is none, several, or it cannot be created
     */
    public static SessionProvider load(KitSettings settings) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (settings.providerClass().isPresent()) {
            return instantiate(settings.providerClass().get(), loader);
        }
        List<ServiceLoader.Provider<SessionProvider>> found =
                ServiceLoader.load(SessionProvider.class, loader).stream().toList();
        if (found.isEmpty()) {
            throw new KitSetupException("no SessionProvider found: declare one in "
                    + "META-INF/services/dev.mfck.spi.SessionProvider, or name its class with -D"
                    + KitSettings.PROVIDER + "=...", null);
        }
        if (found.size() > 1) {
            throw new KitSetupException("several SessionProviders found ("
                    + found.stream().map(p -> p.type().getName()).toList()
                    + "): choose one with -D" + KitSettings.PROVIDER + "=...", null);
        }
        try {
            return found.get(0).get();
        } catch (RuntimeException | Error e) {
            throw new KitSetupException("the SessionProvider " + found.get(0).type().getName()
                    + " could not be created: " + e, e);
        }
    }

    private static SessionProvider instantiate(String className, ClassLoader loader) {
        Class<?> type;
        try {
            type = Class.forName(className, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new KitSetupException("the provider class " + className + " (" + KitSettings.PROVIDER
                    + ") is not on the classpath: " + e, e);
        }
        if (!SessionProvider.class.isAssignableFrom(type)) {
            throw new KitSetupException(className + " does not implement " + SessionProvider.class.getName(), null);
        }
        try {
            return (SessionProvider) type.getConstructor().newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new KitSetupException("the provider " + className + " could not be created with its public "
                    + "no-argument constructor: " + e, e);
        }
    }
}
