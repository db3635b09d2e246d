package io.mll4j.expert;

import io.mll4j.exception.Mll4jException;

import java.util.List;

/** Task classes that no chosen head covers and no VLM can patch: mll4j refuses to guess them. */
public class UncoveredClassException extends Mll4jException {
    private final List<String> classNames;

    public UncoveredClassException(List<String> classNames, String detail) {
        super("No model in the hub covers " + (classNames.size() == 1 ? "class " : "classes ")
                + String.join(", ", classNames.stream().map(n -> "'" + n + "'").toList()) + ": " + detail);
        this.classNames = List.copyOf(classNames);
    }

    /** The uncovered classes, in task order. */
    public List<String> classNames() {
        return classNames;
    }
}
