package org.creativeautomation.engine.localize.machine;

import org.creativeautomation.engine.brand.BrandKitException;
import org.creativeautomation.engine.document.DocNode;
import org.creativeautomation.engine.document.DocumentReader;
import org.creativeautomation.engine.document.FieldPath;
import org.creativeautomation.engine.document.FieldReader;
import org.creativeautomation.engine.document.InvalidDocumentException;
import org.creativeautomation.engine.document.Problems;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a kit's optional {@code voice.yaml}:
 * <pre>
 * tone: Fresh, friendly and upbeat; short sentences; speaks to the reader informally.
 * doNotTranslate: [Acme, "Sparkle on"]
 * </pre>
 * Problems are reported like those of {@code brand.yaml}, as a {@link BrandKitException}.
 */
public final class KitVoiceReader {
    private static final List<String> FIELDS = List.of("tone", "doNotTranslate");

    private final DocumentReader documents = new DocumentReader();

    /** The kit's voice, or {@link KitVoice#NONE} when the kit has no {@code voice.yaml}. */
    public KitVoice read(Path kitFolder) {
        Path file = kitFolder.resolve(KitVoice.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return KitVoice.NONE;
        }
        Problems problems = new Problems();
        DocNode root;
        try {
            root = documents.read(file, problems);
        } catch (InvalidDocumentException e) {
            throw new BrandKitException(e.problems());
        }
        FieldReader reader = new FieldReader(problems, FieldReader.TextScalars.STRINGS_ONLY);
        List<String> terms = new ArrayList<>();
        Optional<String> tone = reader.fields(root, FieldPath.ROOT, FIELDS).flatMap(fields -> {
            fields.optional("doNotTranslate").flatMap(node -> reader.list(node, fields.path("doNotTranslate")))
                    .ifPresent(items -> {
                        for (int i = 0; i < items.size(); i++) {
                            reader.text(items.get(i), fields.path("doNotTranslate").index(i),
                                    "a term that stays as written in every language").ifPresent(terms::add);
                        }
                    });
            return fields.optional("tone").flatMap(node -> reader.text(node, fields.path("tone"),
                    "the brand's tone of voice, for translators"));
        });
        problems.throwIfAny(BrandKitException::new);
        return new KitVoice(tone.orElse(null), terms);
    }
}
