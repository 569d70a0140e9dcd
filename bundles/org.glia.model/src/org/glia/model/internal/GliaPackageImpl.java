package org.glia.model.internal;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.impl.EPackageImpl;
import org.glia.model.GliaPackage;

/**
 * The Glia metamodel built in code, matching {@code model/glia.ecore} (a test checks that they agree).
 * <p>
 * The Java classes use EMF's reflective feature delegation: values live in the objects' dynamic settings and
 * the typed accessors call {@code eGet}/{@code eSet}, so notifications, containment and XMI are EMF's own.
 */
public final class GliaPackageImpl extends EPackageImpl implements GliaPackage {

    private static GliaPackageImpl instance;

    private GliaPackageImpl() {
        // built by init()
    }

    /** Builds, freezes and registers the package once; later calls return the same instance. */
    public static synchronized GliaPackage init() {
        if (instance == null) {
            GliaPackageImpl p = new GliaPackageImpl();
            p.setName(eNAME);
            p.setNsURI(eNS_URI);
            p.setNsPrefix(eNS_PREFIX);
            p.setEFactoryInstance(new GliaFactoryImpl());
            new MetamodelBuilder(p).build();
            p.freeze();
            instance = p;
            EPackage.Registry.INSTANCE.put(eNS_URI, p);
        }
        return instance;
    }

    /** The classifier named {@code name}; for {@link GliaPackage.Literals}. */
    public static EClassifier classifier(String name) {
        EClassifier c = GliaPackage.eINSTANCE.getEClassifier(name);
        if (c == null) {
            throw new IllegalStateException("no classifier " + name + " in the Glia metamodel");
        }
        return c;
    }

    /** The class named {@code name}; for {@link GliaPackage.Literals}. */
    public static EClass eClass(String name) {
        return (EClass) classifier(name);
    }

    /** The attribute {@code name} of {@code c}; for {@link GliaPackage.Literals}. */
    public static EAttribute attribute(EClass c, String name) {
        return (EAttribute) feature(c, name);
    }

    /** The reference {@code name} of {@code c}; for {@link GliaPackage.Literals}. */
    public static EReference reference(EClass c, String name) {
        return (EReference) feature(c, name);
    }

    private static Object feature(EClass c, String name) {
        Object f = c.getEStructuralFeature(name);
        if (f == null) {
            throw new IllegalStateException("no feature " + c.getName() + "." + name + " in the Glia metamodel");
        }
        return f;
    }
}
