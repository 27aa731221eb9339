package dev.mfck.cli;

import dev.mfck.wire.serve.SpiPeer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code mfck serve}: serves an SPI provider over the wire protocol on standard input and output,
 * so that {@code mfck run} can check a Java implementation in a process of its own. The process
 * ends when the kit closes its input (threads the implementation left behind do not keep it),
 * and at once when the kit's process ends, however it ends.
 */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        description = {"Serves an implementation of the SPI over the wire protocol mfck-wire/1 on standard input and "
                + "output, for 'mfck run --wire'. Anything the implementation prints goes to standard error.", ""},
        footerHeading = "%nExample:%n",
        footer = {"  java -jar mfck.jar run --wire 'java -jar mfck.jar serve --provider com.acme.AcmeProvider \\",
                "      --classpath acme-session.jar'"})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--provider", paramLabel = "CLASS",
            description = "The SessionProvider to serve. Without it: the one provider the --classpath jars declare, "
                    + "or else the bundled FFmpeg reference implementation.")
    String provider;

    @Option(names = {"--classpath", "-cp"}, paramLabel = "PATH", split = "${sys:path.separator}",
            description = "The implementation's jars and class directories.")
    List<String> classpath = new ArrayList<>();

    @Override
    public Integer call() {
        ProcessHandle.current().parent().ifPresent(kit -> kit.onExit().thenRun(() -> Runtime.getRuntime().halt(
                ExitCodes.CANNOT_PROCEED)));
        OutputStream protocol = new FileOutputStream(FileDescriptor.out);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        Implementation implementation = Implementation.find(provider, classpath);
        Thread.currentThread().setContextClassLoader(implementation.loader());
        SpiPeer.serve(implementation.provider(), System.in, protocol);
        Runtime.getRuntime().halt(ExitCodes.CONFORMANT);
        return ExitCodes.CONFORMANT;
    }
}
