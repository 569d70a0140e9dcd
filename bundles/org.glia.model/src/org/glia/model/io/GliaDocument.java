package org.glia.model.io;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.glia.core.io.DataException;
import org.glia.model.GliaPackage;
import org.glia.model.Study;
import org.glia.model.internal.io.GliaResourceFactory;
import org.glia.model.internal.io.GliaResourceImpl;

/**
 * Opens and saves {@code .glia} documents: a zip with the structure as XMI and all weights in one binary part.
 * <p>
 * Saving is atomic (temporary file in the same folder, then an atomic rename), so a failure leaves the previous
 * document intact. Loading refuses truncated or damaged documents with a {@link DataException} naming the file,
 * the part and the fault.
 */
public final class GliaDocument {

    /** The file extension, without the dot. */
    public static final String EXTENSION = "glia";

    private GliaDocument() {
    }

    /** Lets {@code set} read and write {@code .glia} documents (resource factory and package registration). */
    public static void configure(ResourceSet set) {
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION, new GliaResourceFactory());
        set.getPackageRegistry().put(GliaPackage.eNS_URI, GliaPackage.eINSTANCE);
    }

    /** The EMF URI of {@code file}. */
    public static URI uri(Path file) {
        return URI.createFileURI(file.toAbsolutePath().toString());
    }

    /**
     * Loads the study of {@code file} into a new resource set.
     *
     * @throws DataException when the file is missing, not a Glia document, truncated or damaged
     * @throws IOException   when reading fails for another reason
     */
    public static Study load(Path file) throws DataException, IOException {
        ResourceSet set = new ResourceSetImpl();
        configure(set);
        return (Study) load(file, set).getContents().get(0);
    }

    /**
     * Loads {@code file} as a resource of {@code set} (e.g. an editing domain's); its only content is a
     * {@link Study}. A refused document leaves no resource behind in {@code set}.
     *
     * @throws DataException when the file is missing, not a Glia document, truncated or damaged
     * @throws IOException   when reading fails for another reason
     */
    public static Resource load(Path file, ResourceSet set) throws DataException, IOException {
        configure(set);
        Resource r = set.createResource(uri(file));
        try {
            r.load(null);
            return r;
        } catch (Resource.IOWrappedException e) {
            set.getResources().remove(r);
            if (e.getCause() instanceof DataException d) {
                throw d;
            }
            throw new DataException(file, "cannot be read: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            set.getResources().remove(r);
            throw e;
        }
    }

    /**
     * Saves {@code study} to {@code file} atomically. A study already in a resource is saved through it (the
     * resource then points at {@code file}: "Save As"); otherwise a new resource is made for it.
     */
    public static void save(Study study, Path file) throws IOException {
        Resource r = study.eResource();
        if (r == null) {
            ResourceSet set = new ResourceSetImpl();
            configure(set);
            r = set.createResource(uri(file));
            r.getContents().add(study);
        } else if (r instanceof GliaResourceImpl) {
            r.setURI(uri(file));
        } else {
            throw new IllegalArgumentException("the study is held by a " + r.getClass().getSimpleName()
                    + ", not a Glia document resource; configure its resource set with GliaDocument.configure");
        }
        r.save(null);
    }
}
