package dev.mfck.wire;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How the kit starts a peer.
 *
 * @param command     the command and its arguments
 * @param environment variables set for the peer on top of the kit's own environment
 * @param crashLogs   where a peer that is a JVM writes its fatal error logs ({@code hs_err_pid<pid>.log}),
 *                    if it does: a crash's failure quotes the log
 * @param label       how reports name the implementation in place of a provider class
 * @param name        how failure messages name the peer, for example {@code the peer (wine ... mfck-peer.exe)}
 */
public record PeerLaunch(List<String> command, Map<String, String> environment, Optional<Path> crashLogs,
                         String label, String name) {

    private static final int LONG_CLASSPATH = 200;

    /**
     * @param command     the command and its arguments
     * @param environment variables set for the peer
     * @param crashLogs   where the peer writes its fatal error logs, if it does
     * @param label       how reports name the implementation
     * @param name        how failure messages name the peer
     */
    public PeerLaunch {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
    }

    /**
     * @param command a peer's command, as one string ({@code mfck run --wire})
     * @return how to start it: no extra environment, no crash logs
     */
    public static PeerLaunch of(String command) {
        List<String> words = PeerCommand.parse(command);
        return new PeerLaunch(words, Map.of(), Optional.empty(), WireProtocol.VERSION + ": " + PeerCommand.brief(words),
                "the peer (" + PeerCommand.brief(words) + ")");
    }

    /**
     * @param more variables set for the peer on top of the kit's environment
     * @return this launch, with them
     */
    public PeerLaunch withEnvironment(Map<String, String> more) {
        Map<String, String> all = new TreeMap<>(environment);
        all.putAll(more);
        return new PeerLaunch(command, all, crashLogs, label, name);
    }

    /** @return the command, its environment and where crash logs go, as reports record them */
    public String describe() {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < command.size(); i++) {
            boolean classpath = i > 0 && (command.get(i - 1).equals("-cp") || command.get(i - 1).equals("--classpath"));
            shown.add(classpath ? brief(command.get(i)) : command.get(i));
        }
        return String.join(" ", shown) + (environment.isEmpty() ? "" : "; environment: " + new TreeMap<>(environment))
                + crashLogs.map(dir -> "; crash logs in " + dir).orElse("");
    }

    /** @return a long class path as its first entry and how many there are */
    private static String brief(String classpath) {
        String[] entries = classpath.split(File.pathSeparator);
        return classpath.length() <= LONG_CLASSPATH ? classpath
                : entries[0] + File.pathSeparator + "... (" + entries.length + " entries)";
    }
}
