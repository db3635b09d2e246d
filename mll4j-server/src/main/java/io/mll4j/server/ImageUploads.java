package io.mll4j.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.mll4j.image.ImageSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;

/**
 * The images of a prediction request, in one of three encodings:
 * <ul>
 * <li>{@code multipart/form-data}: every part is a file ({@code curl -F image=@cat.jpg -F image=@dog.png});</li>
 * <li>{@code application/json}: {@code {"images": [{"name": "cat.jpg", "data": "<base64>"}, "<base64>", …]}}
 *     (a {@code data:image/…;base64,} prefix is accepted);</li>
 * <li>{@code image/*}: the body is one image ({@code ?name=} names it).</li>
 * </ul>
 * Bytes are only wrapped here; decoding happens at prediction, where a corrupt image becomes that image's error.
 */
final class ImageUploads {
    private ImageUploads() {
    }

    static List<ImageSource> read(HttpCall call, int maxImages) throws IOException {
        String type = call.mediaType();
        List<ImageSource> images;
        if (type.equals("multipart/form-data")) {
            images = fromMultipart(Multipart.parse(call.contentType(), call.body()));
        } else if (type.equals("application/json")) {
            images = fromJson(call.jsonBody());
        } else if (type.startsWith("image/")) {
            images = List.of(ImageSource.of(call.query("name").orElse("image"), call.body()));
        } else {
            throw new ApiException(415, "Content-Type", "Send images as multipart/form-data, application/json "
                    + "({\"images\": [{\"name\", \"data\": base64}]}) or a single image/* body; got '"
                    + call.contentType() + "'");
        }
        if (images.isEmpty()) {
            throw ApiException.badRequest("images", "The request holds no image");
        }
        if (images.size() > maxImages) {
            throw ApiException.badRequest("images", images.size() + " images in one request; the limit is "
                    + maxImages + " (send several requests)");
        }
        return images;
    }

    private static List<ImageSource> fromMultipart(List<Multipart.Part> parts) {
        List<ImageSource> out = new ArrayList<>();
        for (Multipart.Part p : parts) {
            if (p.filename() == null) {
                throw ApiException.badRequest(p.name(), "Part '" + p.name() + "' is not a file; every part of a "
                        + "prediction request must be an image file");
            }
            out.add(ImageSource.of(p.filename().isBlank() ? p.name() : p.filename(), p.body()));
        }
        return out;
    }

    private static List<ImageSource> fromJson(JsonNode body) {
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!f.equals("images")) {
                throw ApiException.badRequest(f, "Unknown field '" + f + "'; a prediction body has only 'images'");
            }
        }
        JsonNode images = body.get("images");
        if (images == null || !images.isArray()) {
            throw ApiException.badRequest("images", "Field 'images' is required: a list of base64 strings or "
                    + "{\"name\", \"data\"} objects");
        }
        List<ImageSource> out = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            JsonNode item = images.get(i);
            String field = "images[" + i + "]";
            String name = "image-" + (i + 1);
            JsonNode data = item;
            if (item.isObject()) {
                JsonNode n = item.get("name");
                if (n != null && !n.isNull()) {
                    if (!n.isTextual() || n.asText().isBlank()) {
                        throw ApiException.badRequest(field + ".name", "Image name must be a non-empty string");
                    }
                    name = n.asText();
                }
                data = item.get("data");
                field += ".data";
            }
            if (data == null || !data.isTextual()) {
                throw ApiException.badRequest(field, "Image " + i + " must be a base64 string");
            }
            out.add(ImageSource.of(name, base64(data.asText(), field)));
        }
        return out;
    }

    private static byte[] base64(String text, String field) {
        String payload = text.startsWith("data:") && text.contains(",") ? text.substring(text.indexOf(',') + 1) : text;
        try {
            return Base64.getDecoder().decode(payload.replaceAll("\\s+", ""));
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, field, "Not valid base64: " + e.getMessage(), e);
        }
    }
}
