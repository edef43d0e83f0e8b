package org.creativeautomation.plugins.firefly;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The Firefly image models a text-to-image job may ask for, sent in the {@code x-model-version}
 * header; without the header Firefly uses Image 3. The custom-model variants need a trained
 * model id and are not offered here.
 */
enum FireflyModel {
    IMAGE_4_STANDARD("image4_standard"),
    IMAGE_4_ULTRA("image4_ultra"),
    IMAGE_3("image3");

    private final String wireName;

    FireflyModel(String wireName) {
        this.wireName = wireName;
    }

    String wireName() {
        return wireName;
    }

    static Optional<FireflyModel> fromWire(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(model -> model.wireName.equals(wanted)).findFirst();
    }

    static String wireNames() {
        return String.join(", ", Arrays.stream(values()).map(FireflyModel::wireName).toList());
    }
}
