package org.creativeautomation.engine.asset;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Finds ancillary chunks (iCCP, eXIf) in PNG bytes without decoding the image. */
final class PngChunks {
    private static final int SIGNATURE_LENGTH = 8;

    private PngChunks() {
    }

    /** The data of the first chunk of this type, if any. */
    static Optional<byte[]> find(byte[] png, String type) {
        int offset = SIGNATURE_LENGTH;
        while (offset + 8 <= png.length) {
            long length = ByteBuffer.wrap(png, offset, 4).getInt() & 0xffffffffL;
            String chunkType = new String(png, offset + 4, 4, StandardCharsets.ISO_8859_1);
            long dataStart = offset + 8L;
            if (dataStart + length > png.length) {
                return Optional.empty();
            }
            if (chunkType.equals(type)) {
                byte[] data = new byte[(int) length];
                System.arraycopy(png, (int) dataStart, data, 0, (int) length);
                return Optional.of(data);
            }
            if (chunkType.equals("IEND")) {
                return Optional.empty();
            }
            offset = (int) (dataStart + length + 4); // + CRC
        }
        return Optional.empty();
    }
}
