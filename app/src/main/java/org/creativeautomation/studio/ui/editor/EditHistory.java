package org.creativeautomation.studio.ui.editor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Undo and redo over the brief's text. Keystrokes in one field make one step, as people expect of
 * an editor: an edit with the same key as the one before joins it, until the history is sealed
 * (the field lost focus) or another field is edited.
 */
final class EditHistory {
    private static final int STEPS_KEPT = 500;

    private final Deque<String> undo = new ArrayDeque<>();
    private final Deque<String> redo = new ArrayDeque<>();
    private String current;
    private String openKey;

    EditHistory(String initial) {
        this.current = initial;
    }

    /**
     * @param key what was edited (a field path); null for an edit that is always a step of its own
     */
    void record(String text, String key) {
        if (text.equals(current)) {
            return;
        }
        if (key == null || !key.equals(openKey)) {
            undo.push(current);
            if (undo.size() > STEPS_KEPT) {
                undo.removeLast();
            }
        }
        current = text;
        openKey = key;
        redo.clear();
    }

    /** Ends the current step: the next edit starts a new one even in the same field. */
    void seal() {
        openKey = null;
    }

    Optional<String> undo() {
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        redo.push(current);
        current = undo.pop();
        openKey = null;
        return Optional.of(current);
    }

    Optional<String> redo() {
        if (redo.isEmpty()) {
            return Optional.empty();
        }
        undo.push(current);
        current = redo.pop();
        openKey = null;
        return Optional.of(current);
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }
}
