package org.glia.atlas.internal.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.glia.core.io.DataException;

/** Reads a small text file as lines, tolerating a BOM, CRLF endings and Latin-1 files. */
public final class TextLines {

    /** Largest text file read whole (label tables and label lists are far smaller). */
    public static final long MAX_BYTES = 64L << 20;

    private TextLines() {
    }

    /** The file's lines (without terminators); a missing, unreadable or huge file is a DataException. */
    public static List<String> read(Path file) throws DataException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new DataException(file, "file too large for a text table: " + size + " bytes (limit "
                        + MAX_BYTES + ")");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DataException(file, "file not found");
        } catch (IOException e) {
            throw new DataException(file, "cannot read: " + e.getMessage());
        }
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.lines().toList();
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // Older atlas tables are often Latin-1; every byte sequence decodes in it.
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
