package org.creativeautomation.studio.ui.preview;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** Which guides the large view draws over the creative. */
public final class Overlays {
    private final BooleanProperty safeZone = new SimpleBooleanProperty(false);
    private final BooleanProperty textBoxes = new SimpleBooleanProperty(false);
    private final BooleanProperty cropWindow = new SimpleBooleanProperty(false);
    private final BooleanProperty subject = new SimpleBooleanProperty(false);

    /** The bands platforms cover with their own UI, where text and logo must not go. */
    public BooleanProperty safeZoneProperty() {
        return safeZone;
    }

    /** The boxes of message, call to action, disclaimer and logo. */
    public BooleanProperty textBoxesProperty() {
        return textBoxes;
    }

    /** Where the cropped photo lies on the canvas (all of it unless the canvas was extended). */
    public BooleanProperty cropWindowProperty() {
        return cropWindow;
    }

    /** The product as the crop was chosen to keep it. */
    public BooleanProperty subjectProperty() {
        return subject;
    }
}
