package io.mll4j.hub;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Where a model comes from.
 *
 * @param source    where the weights were obtained (URL, package coordinates, training run)
 * @param license   the weights' license (SPDX id where there is one)
 * @param createdAt ISO-8601 instant the entry was made
 * @param notes     free text, may be {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Provenance(String source, String license, String createdAt, String notes) {
    public Provenance {
        if (createdAt != null) {
            try {
                Instant.parse(createdAt);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("provenance createdAt '" + createdAt + "' is not an ISO-8601 instant", e);
            }
        }
    }

    /** A provenance stamped with the current time. */
    public static Provenance now(String source, String license, String notes) {
        return new Provenance(source, license, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), notes);
    }
}
