package org.creativeautomation.studio.cli;

import org.creativeautomation.engine.pipeline.ProofSheets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code studio report DIR}: rebuilds a campaign's proof sheet from its output folder. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Rebuilds the proof sheet PDF of a campaign's output folder.",
                "Reads manifest.json and compliance.json in DIR and writes DIR/proof-sheet.pdf."})
final class ReportCommand implements Callable<Integer> {
    @ParentCommand
    StudioCommand root;

    @Parameters(index = "0", paramLabel = "DIR", description = "A campaign's output folder (made by 'studio run').")
    Path dir;

    @Override
    public Integer call() {
        Path sheet = ProofSheets.rebuild(dir.toAbsolutePath().normalize(), LocalDate.now());
        root.context.out().println("Proof sheet: " + sheet);
        return StudioCli.OK;
    }
}
