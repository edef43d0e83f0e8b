package org.creativeautomation.plugins.openai;

import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okhttp3.ResponseBody;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parts of a recorded {@code multipart/form-data} request, by field name. */
record MultipartForm(Map<String, Part> parts) {
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"");

    /** One field: its file name (null for a plain field), its type and its bytes. */
    record Part(String filename, String contentType, byte[] bytes) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    static MultipartForm of(RecordedRequest request) throws IOException {
        MediaType type = MediaType.get(request.getHeaders().get("Content-Type"));
        Map<String, Part> parts = new LinkedHashMap<>();
        try (MultipartReader reader = new MultipartReader(ResponseBody.create(request.getBody(), type))) {
            MultipartReader.Part part;
            while ((part = reader.nextPart()) != null) {
                String disposition = part.headers().get("Content-Disposition");
                Matcher name = NAME.matcher(disposition);
                Matcher filename = FILENAME.matcher(disposition);
                name.find();
                parts.put(name.group(1), new Part(filename.find() ? filename.group(1) : null,
                        part.headers().get("Content-Type"), part.body().readByteArray()));
            }
        }
        return new MultipartForm(parts);
    }

    Part part(String name) {
        Part part = parts.get(name);
        if (part == null) {
            throw new AssertionError("no form field " + name + " (fields: " + parts.keySet() + ")");
        }
        return part;
    }
}
