package io.mll4j.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Exit code, stdout and stderr of one {@code mll} call, run in-process through the same command line as the
 * launcher.
 */
record MllRun(int code, String out, String err) {

    static MllRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Mll.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute(args);
        return new MllRun(code, out.toString(), err.toString());
    }
}
