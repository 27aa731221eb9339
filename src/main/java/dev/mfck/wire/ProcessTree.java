package dev.mfck.wire;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Every process a peer started, as Linux lets the kit find them, and how to end them all. A peer
 * starts in a process group and session of its own ({@code setsid}), and carries a mark in its
 * environment ({@value #MARK}) that every process it starts inherits. The kit finds a peer's
 * processes three ways: its descendants (while they are still attached to it), the members of
 * its process group and session, and every process whose environment holds its mark (the one
 * way to find a daemon that double-forked into a session of its own, which the two others lose
 * once its parent exits; the mark is how Jenkins finds a build's processes). Only a process
 * that clears its own environment and leaves the session escapes; elsewhere than Linux
 * ({@code /proc} missing) the kit ends the descendants only.
 */
final class ProcessTree {

    /** The environment variable that marks a peer's processes. */
    static final String MARK = "MFCK_PEER_MARK";
    /** This kit process's part of every mark: no other kit's peer carries it. */
    private static final String RUN = HexFormat.of().formatHex(new SecureRandom().generateSeed(6));
    private static final AtomicLong PEERS = new AtomicLong();
    private static final Path PROC = Path.of("/proc");
    private static final boolean SETSID = Files.isDirectory(PROC) && Stream.of("/usr/bin/setsid", "/bin/setsid")
            .anyMatch(path -> Files.isExecutable(Path.of(path)));

    private ProcessTree() {
    }

    /** @return a mark for a new peer: this kit's part, then the peer's number */
    static String newMark() {
        return RUN + "-" + PEERS.incrementAndGet();
    }

    /**
     * @param command a peer's command
     * @return the command that starts it in a process group and session of its own, where the
     *         machine has {@code setsid} (which execs the command in place: the process the kit
     *         starts is the peer)
     */
    static List<String> inOwnSession(List<String> command) {
        if (!SETSID || command.isEmpty() || !runnable(command.get(0))) {
            return command; // a command that cannot run fails to start as it is, with the system's own words
        }
        return Stream.concat(Stream.of("setsid", "--wait"), command.stream()).toList();
    }

    /**
     * Ends a peer and every process of its it can find, at once (SIGKILL), looking twice: a process
     * that forked while the first look ended its parent is found by the second.
     *
     * @param peer the peer
     * @param mark the peer's mark
     */
    static void end(ProcessHandle peer, String mark) {
        for (int look = 0; look < 2; look++) {
            Set<ProcessHandle> found = new HashSet<>();
            peer.descendants().forEach(found::add);
            found.addAll(marked(mark::equals, peer.pid()));
            found.add(peer);
            found.forEach(ProcessTree::kill);
        }
    }

    /** Ends every process any peer of this kit process started: for the kit's own end. */
    static void endAll() {
        marked(mark -> mark.startsWith(RUN + "-"), -1).forEach(ProcessTree::kill);
    }

    private static void kill(ProcessHandle process) {
        long self = ProcessHandle.current().pid();
        if (process.pid() != self && process.isAlive()) {
            process.destroyForcibly();
        }
    }

    /** @return the processes whose mark matches, and those in the process group or session {@code leader} leads */
    private static Set<ProcessHandle> marked(java.util.function.Predicate<String> matches, long leader) {
        Set<ProcessHandle> found = new HashSet<>();
        if (!Files.isDirectory(PROC)) {
            return found;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(PROC, entry -> isNumber(entry.getFileName().toString()))) {
            for (Path entry : entries) {
                long pid = Long.parseLong(entry.getFileName().toString());
                boolean ours = leader > 0 && ledBy(entry, leader) || mark(entry).filter(matches).isPresent();
                if (ours) {
                    ProcessHandle.of(pid).ifPresent(found::add);
                }
            }
        } catch (IOException | RuntimeException e) {
            // /proc changes while it is read; what could not be read is found by the descendants or not at all
        }
        return found;
    }

    /** @return true when the process is in the process group or the session the leader leads */
    private static boolean ledBy(Path process, long leader) {
        try {
            String stat = Files.readString(process.resolve("stat"), StandardCharsets.ISO_8859_1);
            // pid (comm) state ppid pgrp session ...: comm may hold spaces and parentheses, so count from the last ')'
            String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(after[2]) == leader || Long.parseLong(after[3]) == leader;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static Optional<String> mark(Path process) {
        try {
            byte[] environ = Files.readAllBytes(process.resolve("environ"));
            String prefix = MARK + "=";
            for (String variable : new String(environ, StandardCharsets.ISO_8859_1).split("\0")) {
                if (variable.startsWith(prefix)) {
                    return Optional.of(variable.substring(prefix.length()));
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone, or not ours to read
        }
        return Optional.empty();
    }

    /** @return true when the program exists and may be run: a path, or a name on the PATH */
    private static boolean runnable(String program) {
        if (program.contains("/")) {
            return Files.isExecutable(Path.of(program));
        }
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(java.io.File.pathSeparator)).filter(dir -> !dir.isEmpty())
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    private static boolean isNumber(String name) {
        return !name.isEmpty() && name.chars().allMatch(Character::isDigit);
    }
}
