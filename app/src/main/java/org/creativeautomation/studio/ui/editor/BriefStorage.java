package org.creativeautomation.studio.ui.editor;

import org.creativeautomation.engine.pipeline.Campaign;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;

/** Where the edited brief is checked, saved and gets its images: the engine, for the studio. Called off the FX thread. */
public interface BriefStorage {

    /** The brief text loaded as a run loads it; a {@code BriefException} lists its problems. */
    Campaign load(String text);

    /** Saves the text, atomically. */
    void save(String text);

    /** Copies an image beside the brief and returns the path the brief names it by. */
    String addAsset(Path image);

    static BriefStorage of(Function<String, Campaign> loader, Consumer<String> saver, Function<Path, String> assets) {
        return new BriefStorage() {
            @Override
            public Campaign load(String text) {
                return loader.apply(text);
            }

            @Override
            public void save(String text) {
                saver.accept(text);
            }

            @Override
            public String addAsset(Path image) {
                return assets.apply(image);
            }
        };
    }
}
