package org.glia.model.internal;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.glia.model.ActivationFunction;
import org.glia.model.FoldMetrics;
import org.glia.model.Layer;
import org.glia.model.LayerKind;
import org.glia.model.Metrics;
import org.glia.model.ModelVersion;
import org.glia.model.Network;
import org.glia.model.Node;
import org.glia.model.Study;
import org.glia.model.TrainingSettings;
import org.glia.model.WeightMatrix;

/** Fills the Glia {@link EPackage} with its classifiers; the one place the metamodel is defined in code. */
final class MetamodelBuilder {

    private static final EcoreFactory F = EcoreFactory.eINSTANCE;
    private static final EcorePackage E = EcorePackage.eINSTANCE;
    private static final String NAN = "NaN";

    private final EPackage p;

    MetamodelBuilder(EPackage p) {
        this.p = p;
    }

    void build() {
        EEnum kind = enumeration("LayerKind", LayerKind.class, LayerKind.values());
        EEnum activation = enumeration("ActivationFunction", ActivationFunction.class, ActivationFunction.values());
        EDataType doubles = F.createEDataType();
        doubles.setName("DoubleArray");
        doubles.setInstanceClass(double[].class);
        doubles.setSerializable(false);
        p.getEClassifiers().add(doubles);

        EClass study = eClass("Study", Study.class);
        EClass version = eClass("ModelVersion", ModelVersion.class);
        EClass network = eClass("Network", Network.class);
        EClass layer = eClass("Layer", Layer.class);
        EClass node = eClass("Node", Node.class);
        EClass matrix = eClass("WeightMatrix", WeightMatrix.class);
        EClass settings = eClass("TrainingSettings", TrainingSettings.class);
        EClass metrics = eClass("Metrics", Metrics.class);
        EClass fold = eClass("FoldMetrics", FoldMetrics.class);

        attribute(study, "name", E.getEString());
        attribute(study, "cohortPath", E.getEString());
        attribute(study, "featureSet", E.getEString());
        many(attribute(study, "classes", E.getEString()), true);
        attribute(study, "seed", E.getELong());
        containment(study, "network", network, false);
        containment(study, "versions", version, true);
        reference(study, "currentVersion", version);
        many(attribute(study, "pendingEdits", E.getEString()), false);

        attribute(version, "id", E.getEString());
        reference(version, "parent", version);
        many(attribute(version, "edits", E.getEString()), false);
        attribute(version, "timestamp", E.getEDate());
        attribute(version, "note", E.getEString());
        containment(version, "settings", settings, false);
        containment(version, "metrics", metrics, false);
        containment(version, "network", network, false);

        containment(network, "layers", layer, true);
        attribute(network, "seed", E.getELong());
        attribute(network, "initCount", E.getEInt());
        attribute(network, "nodeCount", E.getEInt());
        many(attribute(network, "inputShift", E.getEDouble()), false);
        many(attribute(network, "inputScale", E.getEDouble()), false);

        attribute(layer, "kind", kind);
        attribute(layer, "activation", activation);
        containment(layer, "nodes", node, true);
        containment(layer, "weights", matrix, false);

        attribute(node, "id", E.getEString());
        attribute(node, "label", E.getEString());
        attribute(node, "bias", E.getEDouble());

        attribute(matrix, "rows", E.getEInt());
        attribute(matrix, "cols", E.getEInt());
        attribute(matrix, "values", doubles).setTransient(true);

        attribute(settings, "engine", E.getEString());
        attribute(settings, "learningRate", E.getEDouble());
        attribute(settings, "epochs", E.getEInt());
        attribute(settings, "batchSize", E.getEInt());
        attribute(settings, "l2", E.getEDouble());
        attribute(settings, "patience", E.getEInt());
        attribute(settings, "validationFraction", E.getEDouble());
        attribute(settings, "seed", E.getELong());
        attribute(settings, "folds", E.getEInt());

        attribute(metrics, "folds", E.getEInt());
        for (String name : new String[] {"accuracy", "accuracySd", "balancedAccuracy", "balancedAccuracySd", "auc",
                "aucSd"}) {
            attribute(metrics, name, E.getEDouble()).setDefaultValueLiteral(NAN);
        }
        many(attribute(metrics, "confusion", E.getEInt()), false);
        containment(metrics, "foldMetrics", fold, true);

        attribute(fold, "fold", E.getEInt());
        attribute(fold, "testSize", E.getEInt());
        attribute(fold, "epochs", E.getEInt());
        for (String name : new String[] {"accuracy", "balancedAccuracy", "auc"}) {
            attribute(fold, name, E.getEDouble()).setDefaultValueLiteral(NAN);
        }
    }

    private EClass eClass(String name, Class<?> api) {
        EClass c = F.createEClass();
        c.setName(name);
        c.setInstanceClass(api);
        p.getEClassifiers().add(c);
        return c;
    }

    private <L extends Enum<L> & Enumerator> EEnum enumeration(String name, Class<L> type, L[] values) {
        EEnum e = F.createEEnum();
        e.setName(name);
        e.setInstanceClass(type);
        for (L v : values) {
            EEnumLiteral l = F.createEEnumLiteral();
            l.setName(v.getName());
            l.setLiteral(v.getLiteral());
            l.setValue(v.getValue());
            l.setInstance(v);
            e.getELiterals().add(l);
        }
        p.getEClassifiers().add(e);
        return e;
    }

    private static EAttribute attribute(EClass owner, String name, EClassifier type) {
        EAttribute a = F.createEAttribute();
        a.setName(name);
        a.setEType(type);
        owner.getEStructuralFeatures().add(a);
        return a;
    }

    private static void many(EStructuralFeature f, boolean unique) {
        f.setUpperBound(EStructuralFeature.UNBOUNDED_MULTIPLICITY);
        f.setUnique(unique);
    }

    private static void containment(EClass owner, String name, EClass type, boolean many) {
        EReference r = reference(owner, name, type);
        r.setContainment(true);
        r.setResolveProxies(false);
        if (many) {
            r.setUpperBound(EStructuralFeature.UNBOUNDED_MULTIPLICITY);
        }
    }

    private static EReference reference(EClass owner, String name, EClass type) {
        EReference r = F.createEReference();
        r.setName(name);
        r.setEType(type);
        owner.getEStructuralFeatures().add(r);
        return r;
    }
}
