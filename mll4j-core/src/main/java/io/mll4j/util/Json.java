package io.mll4j.util;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.mll4j.exception.Mll4jException;

import java.io.IOException;
import java.nio.file.Path;

/** The one JSON configuration of mll4j: records in, records out, stable key order, atomic file writes. */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static <T> T read(Path file, Class<T> type) {
        try {
            return MAPPER.readValue(file.toFile(), type);
        } catch (IOException e) {
            throw new Mll4jException("Cannot read JSON " + file + ": " + e.getMessage(), e);
        }
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new Mll4jException("Cannot serialise " + value.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** Writes {@code value} as JSON to {@code file} atomically (temp + rename). */
    public static void writeAtomically(Path file, Object value) {
        AtomicFiles.write(file, out -> MAPPER.writeValue(new java.io.FilterOutputStream(out) {
            @Override
            public void close() {
                // the atomic writer closes the underlying channel itself
            }
        }, value));
    }

}
