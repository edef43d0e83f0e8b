package org.creativeautomation.studio.ui;

import org.creativeautomation.studio.ui.common.UiExecutors;

import java.nio.file.Files;
import java.nio.file.Path;

/** What the studio's UI tests share: the repository's kits and examples, executors that run in place. */
public final class StudioFixtures {
    private StudioFixtures() {
    }

    public static Path repositoryRoot() {
        String configured = System.getProperty("studio.repo.dir");
        if (configured != null && Files.isDirectory(Path.of(configured, "examples"))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("brand-kits")) && Files.isDirectory(p.resolve("examples"))) {
                return p;
            }
        }
        throw new IllegalStateException("repository root not found from " + Path.of("").toAbsolutePath());
    }

    public static Path kits() {
        return repositoryRoot().resolve("brand-kits");
    }

    public static Path summerSplash() {
        return repositoryRoot().resolve("examples/summer-splash/brief.yaml");
    }

    /** Background work and FX updates both run on the calling thread: view models become synchronous. */
    public static UiExecutors inPlace() {
        return new UiExecutors(Runnable::run, Runnable::run, null);
    }
}
