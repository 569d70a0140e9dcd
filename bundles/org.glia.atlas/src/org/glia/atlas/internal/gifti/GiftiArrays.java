package org.glia.atlas.internal.gifti;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Parses a GIfTI document into its decoded data arrays, with the secure parser of {@link SecureXml}. */
public final class GiftiArrays {

    private GiftiArrays() {
    }

    /** The arrays in document order. */
    public static List<GiftiArray> parse(InputStream in) throws IOException, SAXException,
            ParserConfigurationException {
        GiftiHandler handler = new GiftiHandler();
        SecureXml.parser().parse(new InputSource(in), handler);
        return handler.arrays();
    }
}
