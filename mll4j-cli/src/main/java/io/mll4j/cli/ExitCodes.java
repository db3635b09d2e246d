package io.mll4j.cli;

import io.mll4j.exception.DataException;
import io.mll4j.exception.GraphException;
import io.mll4j.exception.HubException;
import io.mll4j.exception.ModelLoadException;
import io.mll4j.exception.TaskException;
import picocli.CommandLine;

/**
 * Maps failures to exit codes: 0 ok, 2 bad input (the user can fix the call or the file), 1 failure.
 * Prints one clear line naming the problem instead of a stack trace ({@code MLL4J_DEBUG=1} shows it).
 */
final class ExitCodes implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {
    static final int OK = 0;
    static final int FAILURE = 1;
    static final int BAD_INPUT = 2;

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parseResult) {
        if (e instanceof DemoCommand.DemoStepFailed failed) {
            cmd.getErr().println("error: " + e.getMessage());
            return failed.exitCode;
        }
        cmd.getErr().println("error: " + e.getMessage());
        if (System.getenv("MLL4J_DEBUG") != null) {
            e.printStackTrace(cmd.getErr());
        }
        cmd.getErr().flush();
        return isBadInput(e) ? BAD_INPUT : FAILURE;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        cmd.getErr().println("error: " + e.getMessage());
        cmd.usage(cmd.getErr());
        return BAD_INPUT;
    }

    static boolean isBadInput(Throwable e) {
        return e instanceof IllegalArgumentException
                || e instanceof DataException
                || e instanceof GraphException
                || e instanceof ModelLoadException
                || e instanceof HubException
                || e instanceof TaskException;
    }
}
