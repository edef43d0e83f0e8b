package org.creativeautomation.engine.asset;

import java.nio.file.Path;
import org.creativeautomation.engine.document.InvalidInputException;

/** An image the studio will not take, with the file and what was expected: {@code assets/hero.gif: a GIF image, ...}. */
public class AssetException extends InvalidInputException {
    private final String source;
    private final String problem;

    public AssetException(String source, String problem) {
        super(source + ": " + problem);
        this.source = source;
        this.problem = problem;
    }

    public AssetException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
        this.source = source;
        this.problem = problem;
    }

    public AssetException(Path file, String problem) {
        this(file.toString(), problem);
    }

    public AssetException(Path file, String problem, Throwable cause) {
        this(file.toString(), problem, cause);
    }

    /** What is wrong with the image, without the file name. */
    public String problem() {
        return problem;
    }

    /** The file (or blob) the problem is about, as the user named it. */
    public String source() {
        return source;
    }
}
