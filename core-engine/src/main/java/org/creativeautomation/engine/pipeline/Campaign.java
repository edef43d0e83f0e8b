package org.creativeautomation.engine.pipeline;

import org.creativeautomation.engine.brief.Brief;

/** A validated brief together with its loaded brand kit. */
public record Campaign(Brief brief, KitResources kit) {
}
