/**
 * The contract between the studio and generation providers. Plugins depend on this package
 * alone, so it uses nothing but {@code java.*} types: a provider jar never has to track engine
 * internals, and the engine can change freely behind it.
 */
package org.creativeautomation.engine.spi;
