package org.creativeautomation.engine.document;

import java.util.List;
import java.util.stream.Collectors;

/** A document with one or more problems, each with its file, line, column and field. */
public class InvalidDocumentException extends InvalidInputException {
    private final List<Problem> problems;

    public InvalidDocumentException(List<Problem> problems) {
        super(problems.stream().map(Problem::format).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    @Override
    public List<String> lines() {
        return problems.stream().map(Problem::format).toList();
    }
}
