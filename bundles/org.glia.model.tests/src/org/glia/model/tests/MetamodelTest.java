package org.glia.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.glia.model.GliaPackage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The checked-in {@code model/glia.ecore} is exactly the package built in Java, serialised. Run with
 * {@code -Dglia.writeEcore=true} to rewrite the file from the Java package after changing the metamodel.
 */
class MetamodelTest {

    private static Path ecoreFile() {
        String prop = System.getProperty("glia.model.bundle");
        for (Path p = prop != null ? Path.of(prop) : Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            for (String rel : new String[] {"model/glia.ecore", "org.glia.model/model/glia.ecore",
                    "bundles/org.glia.model/model/glia.ecore"}) {
                Path candidate = p.resolve(rel);
                if (Files.isDirectory(candidate.getParent()) && candidate.getParent().getParent().getFileName() != null
                        && candidate.getParent().getParent().getFileName().toString().equals("org.glia.model")) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /** The package as the .ecore file shows it: Java instance classes only where Ecore needs them (data types). */
    private static String serialized() throws Exception {
        EPackage copy = EcoreUtil.copy(GliaPackage.eINSTANCE);
        for (EClassifier c : copy.getEClassifiers()) {
            if (!(c instanceof EDataType) || c instanceof EEnum) {
                c.setInstanceClassName(null);
            }
        }
        Resource r = new EcoreResourceFactoryImpl().createResource(URI.createURI("glia.ecore"));
        r.getContents().add(copy);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.save(out, Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_WIDTH, 100));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void ecoreFileMatchesTheJavaPackage() throws Exception {
        Path file = ecoreFile();
        Assumptions.assumeTrue(file != null, "bundles/org.glia.model/model not found from the working directory");
        String expected = serialized();
        if (Boolean.getBoolean("glia.writeEcore")) {
            Files.writeString(file, expected);
        }
        Assumptions.assumeTrue(Files.isRegularFile(file), "model/glia.ecore missing");
        assertEquals(expected, Files.readString(file), "model/glia.ecore differs from GliaPackage");
    }
}
