package dev.mfck.harness;

import dev.mfck.config.KitSettings;
import dev.mfck.spi.SessionProvider;

import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Predicate;

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
            return named(settings.providerClass().get(), loader);
        }
        return declared(loader, type -> true, "-D" + KitSettings.PROVIDER + "=...");
    }

    /**
     * The one provider declared in {@code META-INF/services/dev.mfck.spi.SessionProvider}.
     *
     * @param loader      where to look
     * @param eligible    which declared provider classes count
     * @param howToChoose how the user names a provider instead, for the messages
     * @return the provider
     * @throws KitSetupException when there is none, several, or it cannot be created
     */
    public static SessionProvider declared(ClassLoader loader, Predicate<Class<?>> eligible, String howToChoose) {
        ServiceLoader.Provider<SessionProvider> found = theDeclared(loader, eligible, howToChoose);
        try {
            return found.get();
        } catch (RuntimeException | Error e) {
            throw new KitSetupException("the SessionProvider " + found.type().getName()
                    + " could not be created: " + e, e);
        }
    }

    /**
     * The class of the one provider declared in {@code META-INF/services/dev.mfck.spi.SessionProvider},
     * found without running any of the implementation's code: for a provider that another
     * process will create.
     *
     * @param loader      where to look
     * @param eligible    which declared provider classes count
     * @param howToChoose how the user names a provider instead, for the messages
     * @return the provider's class name
     * @throws KitSetupException when there is none, or several
     */
    public static String declaredClass(ClassLoader loader, Predicate<Class<?>> eligible, String howToChoose) {
        return theDeclared(loader, eligible, howToChoose).type().getName();
    }

    /**
     * Checks, without running any of the implementation's code, that a class of this name is a
     * provider: for a provider that another process will create.
     *
     * @param className the class
     * @param loader    where to find it
     * @return the class name
     * @throws KitSetupException when the class is missing or is no provider
     */
    public static String checkedClass(String className, ClassLoader loader) {
        providerClass(className, loader, false);
        return className;
    }

    private static ServiceLoader.Provider<SessionProvider> theDeclared(ClassLoader loader, Predicate<Class<?>> eligible,
                                                                      String howToChoose) {
        List<ServiceLoader.Provider<SessionProvider>> found = ServiceLoader.load(SessionProvider.class, loader)
                .stream().filter(p -> eligible.test(p.type())).toList();
        if (found.isEmpty()) {
            throw new KitSetupException("no SessionProvider found: declare one in "
                    + "META-INF/services/dev.mfck.spi.SessionProvider, or name its class with " + howToChoose, null);
        }
        if (found.size() > 1) {
            throw new KitSetupException("several SessionProviders found ("
                    + found.stream().map(p -> p.type().getName()).toList()
                    + "): choose one with " + howToChoose, null);
        }
        return found.get(0);
    }

    /**
     * Creates the provider class of this name with its public no-argument constructor.
     *
     * @param className the class
     * @param loader    where to find it
     * @return the provider
     * @throws KitSetupException when the class is missing, is no provider, or cannot be created
     */
    public static SessionProvider named(String className, ClassLoader loader) {
        Class<?> type = providerClass(className, loader, true);
        try {
            return (SessionProvider) type.getConstructor().newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new KitSetupException("the provider " + className + " could not be created with its public "
                    + "no-argument constructor: " + e, e);
        }
    }

    private static Class<?> providerClass(String className, ClassLoader loader, boolean initialize) {
        Class<?> type;
        try {
            type = Class.forName(className, initialize, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new KitSetupException("the provider class " + className + " (" + KitSettings.PROVIDER
                    + ") is not on the classpath: " + e, e);
        }
        if (!SessionProvider.class.isAssignableFrom(type)) {
            throw new KitSetupException(className + " does not implement " + SessionProvider.class.getName(), null);
        }
        return type;
    }
}
