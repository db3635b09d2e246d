/**
 * Typed, unchecked failures. Caller errors about arguments use {@link java.lang.IllegalArgumentException};
 * everything mll4j itself detects extends {@link io.mll4j.exception.Mll4jException}.
 */
package io.mll4j.exception;
