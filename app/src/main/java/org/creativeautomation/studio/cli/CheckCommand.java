package org.creativeautomation.studio.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.creativeautomation.engine.comply.ComplianceReport;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.comply.Severity;
import org.creativeautomation.engine.pipeline.CreativeInspector;
import org.creativeautomation.engine.pipeline.StudioEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code studio check IMAGE_OR_DIR --brand KIT}: the pixel checks on any image, made here or elsewhere. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks images against a brand kit, including creatives made elsewhere.",
                "Runs the checks that read pixels (logo present, palette, image quality);",
                "checks that need the studio's layout or copy run with 'studio run'."})
final class CheckCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @ParentCommand
    StudioCommand root;

    @Mixin
    StudioOptions studio;

    @Parameters(index = "0", paramLabel = "IMAGE_OR_DIR", description = "A PNG or JPEG image, or a folder of them.")
    Path target;

    @Option(names = "--brand", paramLabel = "KIT", required = true, description = "The brand kit to check against.")
    String brand;

    @Option(names = "--market", paramLabel = "REGION", description = "The market whose rules apply, e.g. US.")
    String market;

    @Option(names = "--json", description = "Print a JSON array of findings instead of a report.")
    boolean json;

    @Option(names = "--strict", description = "Exit with code 3 when any image has an error finding.")
    boolean strict;

    /** A finding with the image it was found on, as {@code --json} prints it. */
    record ImageFinding(String image, String check, String severity, String owner, String message,
                        ComplianceReport.BoxJson box, String measured, String expected) {
        static ImageFinding of(Path image, Finding f) {
            ComplianceReport.FindingJson j = ComplianceReport.FindingJson.of(f);
            return new ImageFinding(image.toString(), j.check(), j.severity(), j.owner(), j.message(), j.box(),
                    j.measured(), j.expected());
        }
    }

    @Override
    public Integer call() throws JsonProcessingException {
        List<CreativeInspector.Inspected> results;
        try (StudioEngine engine = studio.openEngine(root.context.env())) {
            results = engine.inspector().inspect(target, brand, market);
        }
        PrintWriter out = root.context.out();
        if (json) {
            List<ImageFinding> findings = new ArrayList<>();
            results.forEach(r -> r.compliance().findings().forEach(f -> findings.add(ImageFinding.of(r.image(), f))));
            out.println(JSON.writeValueAsString(findings));
        } else {
            for (CreativeInspector.Inspected r : results) {
                out.printf(Locale.ROOT, "%-4s %s%n", r.compliance().status().label().toUpperCase(Locale.ROOT), r.image());
                for (Finding f : r.compliance().findings()) {
                    out.printf(Locale.ROOT, "     %-7s %-24s %s%s%n", f.severity().label(), f.check().id(), f.message(),
                            f.measured() == null ? "" : " [" + f.measured()
                                    + (f.expected() == null ? "" : "; expected " + f.expected()) + "]");
                }
            }
            long failed = results.stream().filter(r -> r.compliance().count(Severity.ERROR) > 0).count();
            out.printf(Locale.ROOT, "%s checked, %d with errors%n", Counts.of(results.size(), "image"), failed);
        }
        boolean errors = results.stream().anyMatch(r -> r.compliance().count(Severity.ERROR) > 0);
        return strict && errors ? StudioCli.STRICT_FAILED : StudioCli.OK;
    }
}
