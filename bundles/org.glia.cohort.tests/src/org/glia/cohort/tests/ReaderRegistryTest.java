package org.glia.cohort.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.runtime.RegistryFactory;
import org.glia.cohort.ConnectomeReaders;
import org.glia.cohort.ConnectomeReaders.Entry;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reader lookup by file name, and the built-in list agreeing with plugin.xml. */
class ReaderRegistryTest {

    @Test
    void matchesTheLongestExtensionIgnoringCaseAndGz() {
        ConnectomeReaders r = ConnectomeReaders.builtIn();
        assertEquals("CSV", r.match("sub-01.CSV").orElseThrow().entry().name());
        assertEquals("sub-01", r.match("sub-01.csv.gz").orElseThrow().stem());
        assertEquals("sub.01.ses-2", r.match("sub.01.ses-2.npy").orElseThrow().stem());
        assertEquals("TSV", r.match("a.txt").orElseThrow().entry().name());
        assertTrue(r.match("a.gz").isEmpty());
        assertTrue(r.match(".csv").isEmpty());
        assertTrue(r.match("a.xlsx").isEmpty());
        assertEquals(List.of("csv", "mat", "npy", "tsv", "txt"), r.extensions());
    }

    @Test
    void outsideOsgiTheInstalledReadersAreTheBuiltInOnes() {
        Assumptions.assumeTrue(RegistryFactory.getRegistry() == null, "running inside OSGi");
        assertEquals(ConnectomeReaders.builtIn().entries().stream().map(Entry::id).toList(),
                ConnectomeReaders.installed().entries().stream().map(Entry::id).toList());
    }

    @Test
    void builtInListMatchesPluginXml() throws Exception {
        Path xml = null;
        for (Path p = Path.of("").toAbsolutePath(); p != null && xml == null; p = p.getParent()) {
            Path c = p.resolve("org.glia.cohort/plugin.xml");
            Path d = p.resolve("bundles/org.glia.cohort/plugin.xml");
            xml = Files.isRegularFile(c) ? c : Files.isRegularFile(d) ? d : null;
        }
        Assumptions.assumeTrue(xml != null, "org.glia.cohort/plugin.xml not found from the working folder");
        NodeList readers = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile())
                .getElementsByTagName("reader");
        List<String> fromXml = new ArrayList<>();
        for (int i = 0; i < readers.getLength(); i++) {
            Element e = (Element) readers.item(i);
            fromXml.add(e.getAttribute("id") + "|" + e.getAttribute("name") + "|" + e.getAttribute("extensions") + "|"
                    + e.getAttribute("class"));
        }
        List<String> builtIn = ConnectomeReaders.builtIn().entries().stream().map(e -> e.id() + "|" + e.name() + "|"
                + String.join(",", e.extensions()) + "|" + e.reader().getClass().getName()).toList();
        assertEquals(builtIn, fromXml);
    }
}
