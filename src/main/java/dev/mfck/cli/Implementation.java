package dev.mfck.cli;

import dev.mfck.harness.KitSetupException;
import dev.mfck.harness.ProviderLoader;
import dev.mfck.run.KitVersion;
import dev.mfck.spi.SessionProvider;
import dev.mfck.wire.PeerLaunch;
import dev.mfck.wire.PeerPool;
import dev.mfck.wire.WireFault;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Finds the implementation under test: the provider class named with {@code --provider}, else
 * the one provider the {@code --classpath} jars declare, else the one on the kit's own
 * classpath (in the {@code mfck} jar: the bundled FFmpeg reference implementation). It runs in
 * a JVM of its own ({@link ChildJvm}) unless {@code --in-process} keeps it in the kit's; a
 * {@code --wire} peer runs in the process its command starts. An implementation in processes of
 * its own gets one process per job ({@link PeerPool}).
 *
 * @param provider the provider
 * @param loader   the class loader of the implementation's classes
 */
record Implementation(SessionProvider provider, ClassLoader loader) {

    /** Where, in the report directory, a crashed implementation JVM's fatal error logs go. */
    static final String CRASH_LOGS = "crashes";

    /**
     * @param options     what the command line names
     * @param startWithin how long a peer may take to start and shake hands
     * @return the implementation
     */
    static Implementation find(TargetOptions options, Duration startWithin) {
        if (options.wire == null && options.inProcess) {
            if (!options.childJvmOptions.isEmpty() || !options.childEnvironment.isEmpty()) {
                throw new KitSetupException("--child-jvm-option and --child-env are for the implementation's own JVM: "
                        + "they cannot go with --in-process", null);
            }
            return find(options.provider, options.classpath);
        }
        if (options.wire == null) {
            return inChildJvm(options, startWithin);
        }
        if (options.provider != null || !options.classpath.isEmpty() || options.inProcess
                || !options.childJvmOptions.isEmpty()) {
            throw new KitSetupException("--wire names an implementation in another process: it replaces --provider, "
                    + "--classpath, --in-process and --child-jvm-option", null);
        }
        PeerPool peer;
        try {
            peer = new PeerPool(PeerLaunch.of(options.wire).withEnvironment(options.childEnvironment),
                    KitVersion.get(), startWithin, options.jobs());
            peer.name();
        } catch (IllegalArgumentException | WireFault e) {
            throw new KitSetupException(e.getMessage() + " (the peer of --wire; docs/wire-protocol.md says what it must "
                    + "answer)", e);
        }
        return new Implementation(peer, Mfck.class.getClassLoader());
    }

    /**
     * A Java implementation in a JVM of its own: the provider class is found here without running
     * any of the implementation's code, and the child creates it.
     */
    private static Implementation inChildJvm(TargetOptions options, Duration startWithin) {
        ClassLoader kit = Mfck.class.getClassLoader();
        String providerClass;
        try (URLClassLoader loader = new URLClassLoader("mfck-implementation", urls(options.classpath), kit)) {
            if (options.provider != null && !options.provider.isBlank()) {
                providerClass = ProviderLoader.checkedClass(options.provider.strip(), loader);
            } else if (!options.classpath.isEmpty()) {
                providerClass = ProviderLoader.declaredClass(loader, type -> type.getClassLoader() == loader,
                        "--provider CLASS");
            } else {
                providerClass = bundled(() -> ProviderLoader.declaredClass(kit, type -> true, "--provider CLASS"));
            }
        } catch (IOException e) {
            throw new KitSetupException("cannot read the implementation's classpath: " + e, e);
        }
        Path crashLogs = options.reportDir.resolve(CRASH_LOGS);
        try {
            Files.createDirectories(crashLogs);
        } catch (IOException e) {
            throw new KitSetupException("cannot create " + crashLogs + ": " + e, e);
        }
        PeerLaunch launch = ChildJvm.launch(providerClass, options.classpath, options.childJvmOptions,
                options.childEnvironment, crashLogs);
        return new Implementation(new PeerPool(launch, KitVersion.get(), startWithin, options.jobs()), kit);
    }

    static Implementation find(String providerClass, List<String> classpath) {
        ClassLoader kit = Mfck.class.getClassLoader();
        ClassLoader loader = classpath.isEmpty() ? kit
                : new URLClassLoader("mfck-implementation", urls(classpath), kit);
        if (providerClass != null && !providerClass.isBlank()) {
            return new Implementation(ProviderLoader.named(providerClass.strip(), loader), loader);
        }
        if (loader != kit) {
            return new Implementation(ProviderLoader.declared(loader, type -> type.getClassLoader() == loader,
                    "--provider CLASS"), loader);
        }
        return new Implementation(bundled(() -> ProviderLoader.declared(kit, type -> true, "--provider CLASS")), kit);
    }

    private static <T> T bundled(Supplier<T> provider) {
        try {
            return provider.get();
        } catch (KitSetupException e) {
            throw new KitSetupException(e.getMessage() + " (the bundled reference implementation is in the mfck jar "
                    + "that reference-impl builds: java -jar reference-impl/target/mfck.jar)", e);
        }
    }

    private static URL[] urls(List<String> classpath) {
        List<URL> urls = new ArrayList<>();
        for (String entry : classpath) {
            if (entry.isBlank()) {
                continue;
            }
            if (entry.endsWith("/*") || entry.equals("*")) {
                Path dir = Path.of(entry.equals("*") ? "." : entry.substring(0, entry.length() - 2));
                jarsIn(dir).forEach(jar -> urls.add(url(jar)));
                continue;
            }
            Path path = Path.of(entry);
            if (!Files.exists(path)) {
                throw new KitSetupException("the classpath entry " + entry + " does not exist", null);
            }
            urls.add(url(path));
        }
        return urls.toArray(URL[]::new);
    }

    private static List<Path> jarsIn(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new KitSetupException("the classpath entry " + dir + "/* names no directory", null);
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new KitSetupException("cannot list " + dir + ": " + e, e);
        }
    }

    private static URL url(Path path) {
        try {
            return path.toAbsolutePath().toUri().toURL();
        } catch (MalformedURLException e) {
            throw new KitSetupException("the classpath entry " + path + " is not a valid path: " + e, e);
        }
    }

    /**
     * Runs the kit's work against the implementation: with the implementation's classes as the
     * thread's context class loader, and the provider closed afterwards (its processes ended).
     *
     * @param work the run or the exploration
     * @param <T>  its outcome
     * @return its outcome
     */
    <T> T use(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
            if (provider instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception ignored) {
                    // the work is over; what the implementation does on its way out is not judged
                }
            }
        }
    }
}
