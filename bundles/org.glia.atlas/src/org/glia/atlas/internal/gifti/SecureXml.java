package org.glia.atlas.internal.gifti;

import java.io.StringReader;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * A JDK SAX parser that never fetches anything: GIfTI files carry a DOCTYPE pointing at a web DTD, so
 * DOCTYPEs are allowed, but external DTDs, external entities and XInclude are off, entity expansion is
 * bounded by secure processing, and any external entity resolves to nothing.
 */
public final class SecureXml {

    private SecureXml() {
    }

    /** A new parser configured as described. */
    public static SAXParser parser() throws ParserConfigurationException, SAXException {
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(false);
        f.setValidating(false);
        f.setXIncludeAware(false);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        SAXParser p = f.newSAXParser();
        p.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        p.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return p;
    }

    /** An entity resolution that yields an empty document, for handlers to return from resolveEntity. */
    public static InputSource nothing() {
        return new InputSource(new StringReader(""));
    }
}
