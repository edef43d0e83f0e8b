package org.creativeautomation.engine.brand;

import org.creativeautomation.engine.document.InvalidDocumentException;
import org.creativeautomation.engine.document.Problem;

import java.util.List;

/**
 * A brand kit that cannot be used: an invalid {@code brand.yaml}, a broken font or logo, or a kit id
 * that no search folder holds. Each problem prints as one line, like brief errors.
 */
public class BrandKitException extends InvalidDocumentException {

    public BrandKitException(List<Problem> problems) {
        super(problems);
    }

    /** A single problem that belongs to no line of a file, such as "kit not found". */
    public BrandKitException(String message) {
        this(List.of(new Problem(null, null, message)));
    }
}
