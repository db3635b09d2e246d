package io.mll4j.cli;

import io.mll4j.task.Task;
import io.mll4j.task.TaskFiles;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Map;

/** Where a task comes from on the command line: exactly one source, plus pins and a name. */
final class TaskOptions {
    @ArgGroup(exclusive = true, multiplicity = "1", heading = "Task (exactly one):%n")
    Source source;

    /** The task's classes, from one of four inputs. */
    static final class Source {
        @Option(names = "--classes", paramLabel = "A,B,…", description = "Class names, comma-separated.")
        String classes;

        @Option(names = "--classes-file", paramLabel = "FILE", description = "Class names, one per line.")
        Path classesFile;

        @Option(names = "--captions", paramLabel = "FILE",
                description = "Official caption JSON {class: [captions]} (classes in file order).")
        Path captions;

        @Option(names = "--task", paramLabel = "FILE", description = "Task JSON {name, classes, captions, pins, …}.")
        Path task;
    }

    @Option(names = "--pin", paramLabel = "CLASS=WNID", description = "Force a class's first node (repeatable).")
    Map<String, String> pins;

    @Option(names = "--name", description = "Task name for reports.")
    String name;

    Task task() {
        Task t = source.classes != null ? TaskFiles.fromCommaList(source.classes)
                : source.classesFile != null ? TaskFiles.fromClassFile(source.classesFile)
                : source.captions != null ? TaskFiles.fromCaptionJson(source.captions)
                : TaskFiles.fromJson(source.task);
        if (pins != null) {
            t = t.withPins(pins);
        }
        return name != null ? t.withName(name) : t;
    }
}
