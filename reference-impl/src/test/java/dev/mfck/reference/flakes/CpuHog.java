package dev.mfck.reference.flakes;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A process that keeps every core of the machine busy until it is ended: one spinning thread per
 * core. The flake benchmark runs the suite beside it.
 */
public final class CpuHog implements AutoCloseable {

    private final Process process;

    private CpuHog(Process process) {
        this.process = process;
    }

    /** @return a hog busy on every core, in a process of its own */
    static CpuHog start() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Xmx32m", "-cp", System.getProperty("java.class.path"),
                CpuHog.class.getName())).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return new CpuHog(process);
    }

    /**
     * Spins one thread per core until the process is ended.
     *
     * @param args none
     */
    public static void main(String[] args) {
        int cores = Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < cores; i++) {
            Thread spinner = new Thread(CpuHog::spin, "hog-" + i);
            spinner.start();
        }
    }

    private static void spin() {
        long x = 0;
        while (!Thread.currentThread().isInterrupted()) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            if (x == 42) {
                System.out.print("");
            }
        }
    }

    /** Ends the hog. */
    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
