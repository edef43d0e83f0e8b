package org.creativeautomation.engine.pipeline;

import org.creativeautomation.engine.compose.OutputFormat;

import java.nio.file.Path;

/**
 * What to run and where to write it.
 *
 * @param outDir null for the default {@code out/<campaign>} under the working directory
 */
public record RunOptions(Path brief, Path outDir, OutputFormat format) {
}
