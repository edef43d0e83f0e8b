package org.creativeautomation.engine.spi;

/** Who speaks a chat message. */
public enum Role {
    SYSTEM, USER, ASSISTANT
}
