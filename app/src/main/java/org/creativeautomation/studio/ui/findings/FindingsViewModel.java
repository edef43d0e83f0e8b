package org.creativeautomation.studio.ui.findings;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.creativeautomation.engine.comply.ComplianceStatus;
import org.creativeautomation.engine.comply.CreativeCompliance;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.comply.Severity;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The findings of the creative on the canvas, errors first, and the one a person picked: its box
 * is what the canvas highlights. A picked finding stays picked across edits while the checks
 * still report it (its box may have moved with the text).
 */
public final class FindingsViewModel {
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ObjectProperty<Finding> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ComplianceStatus> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("Checks run as the preview draws.");

    public FindingsViewModel(ObservableValue<CreativeCompliance> compliance) {
        compliance.addListener((o, old, now) -> show(now));
        show(compliance.getValue());
    }

    private void show(CreativeCompliance compliance) {
        if (compliance == null) {
            return;
        }
        Finding picked = selected.get();
        List<Finding> sorted = compliance.findings().stream()
                .sorted(Comparator.comparing(Finding::severity))
                .toList();
        findings.setAll(sorted);
        status.set(compliance.status());
        summary.set(summaryOf(compliance));
        selected.set(picked == null ? null : sorted.stream().filter(f -> sameIssue(f, picked)).findFirst().orElse(null));
    }

    private static boolean sameIssue(Finding a, Finding b) {
        return a.check() == b.check() && Objects.equals(a.message(), b.message());
    }

    static String summaryOf(CreativeCompliance compliance) {
        long errors = compliance.count(Severity.ERROR);
        long warnings = compliance.count(Severity.WARNING);
        long notes = compliance.count(Severity.INFO);
        if (errors + warnings + notes == 0) {
            return "Every check passes.";
        }
        return plural(errors, "error") + ", " + plural(warnings, "warning") + ", " + plural(notes, "note");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    /** The finding whose region the canvas highlights; null for none. */
    public ObjectProperty<Finding> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<ComplianceStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
