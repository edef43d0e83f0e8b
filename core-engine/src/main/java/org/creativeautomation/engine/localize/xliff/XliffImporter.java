package org.creativeautomation.engine.localize.xliff;

import org.creativeautomation.engine.brief.Brief;
import org.creativeautomation.engine.brief.LocalizedText;
import org.creativeautomation.engine.comply.legal.CopyField;
import org.creativeautomation.engine.document.Location;
import org.creativeautomation.engine.document.Problem;
import org.creativeautomation.engine.localize.memory.TranslationMemory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Takes translators' XLIFF files back: every unit with a target becomes an approved translation in
 * the translation memory, which the campaign's next run uses. All files are read and checked
 * against the brief first; when any has a problem nothing is stored.
 */
public final class XliffImporter {
    private final XliffReader reader = new XliffReader();
    private final TranslationMemory memory;

    public XliffImporter(TranslationMemory memory) {
        this.memory = memory;
    }

    /**
     * What one file gave.
     *
     * @param approved units whose translation was stored
     * @param empty    units without a translation, left as they were
     * @param notes    what a person should know, one line each (e.g. a unit whose source the brief has changed)
     */
    public record Imported(Path file, String targetLocale, int approved, int empty, List<String> notes) {
    }

    /** @throws XliffException with every problem of every file, each at its line; nothing is stored then */
    public List<Imported> importFiles(Brief brief, List<Path> files) {
        List<Problem> problems = new ArrayList<>();
        List<TranslationMemory.Approval> approvals = new ArrayList<>();
        List<Imported> imported = new ArrayList<>();
        for (Path file : files) {
            XliffFile xliff;
            try {
                xliff = reader.read(file);
            } catch (XliffException e) {
                problems.addAll(e.problems());
                continue;
            }
            check(brief, file, xliff, problems, approvals).ifPresent(imported::add);
        }
        if (!problems.isEmpty()) {
            throw new XliffException(problems);
        }
        memory.approve(approvals);
        return imported;
    }

    private Optional<Imported> check(Brief brief, Path file, XliffFile xliff, List<Problem> problems,
                                     List<TranslationMemory.Approval> approvals) {
        Location top = Location.startOf(file);
        Optional<String> target = listed(brief, xliff.trgLang());
        if (target.isEmpty()) {
            problems.add(new Problem(top, "xliff.trgLang", "\"" + xliff.trgLang() + "\" is not a locale of "
                    + brief.source().getFileName() + " (" + String.join(", ", brief.locales()) + ")"));
            return Optional.empty();
        }
        int approved = 0;
        int empty = 0;
        List<String> notes = new ArrayList<>();
        List<TranslationMemory.Approval> found = new ArrayList<>();
        int problemsBefore = problems.size();
        for (XliffUnit unit : xliff.units()) {
            Optional<CopyField> field = Arrays.stream(CopyField.values())
                    .filter(f -> f.label().equals(unit.id())).findFirst();
            LocalizedText text = field.map(f -> textOf(brief, f)).orElse(null);
            String where = "unit " + unit.id();
            if (text == null) {
                problems.add(new Problem(unit.location(), where, "the brief has no such text (units are message, "
                        + "cta and disclaimer, for the texts the brief has)"));
                continue;
            }
            if (text.has(target.get())) {
                problems.add(new Problem(unit.location(), where, "the brief gives the " + target.get() + " "
                        + unit.id() + " itself (change it in the brief)"));
                continue;
            }
            if (!text.sourceLocale().equalsIgnoreCase(xliff.srcLang())) {
                problems.add(new Problem(unit.location(), where, "translated from " + xliff.srcLang() + ", but the "
                        + "brief's " + unit.id() + " is translated from " + text.sourceLocale()));
                continue;
            }
            if (unit.target() == null) {
                empty++;
                continue;
            }
            if (!sameText(unit.source(), text.forLocale(text.sourceLocale()))) {
                notes.add(where + ": the brief's " + unit.id() + " has changed since the export; the translation is "
                        + "kept in the memory, but this brief does not use it");
            }
            found.add(new TranslationMemory.Approval(text.sourceLocale(), target.get(), unit.source(), unit.target(),
                    "xliff:" + file.getFileName(), brief.campaign()));
            approved++;
        }
        if (problems.size() > problemsBefore) {
            return Optional.empty();
        }
        approvals.addAll(found);
        return Optional.of(new Imported(file, target.get(), approved, empty, notes));
    }

    private static boolean sameText(String a, String b) {
        return a.strip().replaceAll("\\s+", " ").equals(b.strip().replaceAll("\\s+", " "));
    }

    /** The brief's spelling of a locale tag (tags ignore case). */
    private static Optional<String> listed(Brief brief, String tag) {
        return tag == null ? Optional.empty()
                : brief.locales().stream().filter(l -> l.equalsIgnoreCase(tag)).findFirst();
    }

    private static LocalizedText textOf(Brief brief, CopyField field) {
        return switch (field) {
            case MESSAGE -> brief.message();
            case CTA -> brief.cta();
            case DISCLAIMER -> brief.disclaimer();
        };
    }
}
