package org.glia.model.internal;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.impl.EFactoryImpl;
import org.glia.model.FoldMetrics;
import org.glia.model.GliaFactory;
import org.glia.model.Layer;
import org.glia.model.Metrics;
import org.glia.model.ModelVersion;
import org.glia.model.Network;
import org.glia.model.Node;
import org.glia.model.Study;
import org.glia.model.TrainingSettings;
import org.glia.model.WeightMatrix;

/** Creates the Java implementations of the Glia classes (used by EMF when loading, copying and creating). */
public class GliaFactoryImpl extends EFactoryImpl implements GliaFactory {

    @Override
    public EObject create(EClass eClass) {
        if (eClass.getEPackage() != getEPackage()) {
            throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not of the Glia package");
        }
        return switch (eClass.getName()) {
            case "Study" -> createStudy();
            case "ModelVersion" -> createModelVersion();
            case "Network" -> createNetwork();
            case "Layer" -> createLayer();
            case "Node" -> createNode();
            case "WeightMatrix" -> createWeightMatrix();
            case "TrainingSettings" -> createTrainingSettings();
            case "Metrics" -> createMetrics();
            case "FoldMetrics" -> createFoldMetrics();
            default -> throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
        };
    }

    /** Turns an enumeration literal into its Java enum constant (EMF's default would give the literal object). */
    @Override
    public Object createFromString(EDataType type, String value) {
        if (type instanceof EEnum e) {
            EEnumLiteral literal = e.getEEnumLiteralByLiteral(value);
            if (literal == null) {
                throw new IllegalArgumentException("'" + value + "' is not a " + e.getName() + "; expected one of "
                        + e.getELiterals().stream().map(EEnumLiteral::getLiteral).toList());
            }
            return literal.getInstance();
        }
        return super.createFromString(type, value);
    }

    @Override
    public Study createStudy() {
        return new StudyImpl();
    }

    @Override
    public ModelVersion createModelVersion() {
        return new ModelVersionImpl();
    }

    @Override
    public Network createNetwork() {
        return new NetworkImpl();
    }

    @Override
    public Layer createLayer() {
        return new LayerImpl();
    }

    @Override
    public Node createNode() {
        return new NodeImpl();
    }

    @Override
    public WeightMatrix createWeightMatrix() {
        return new WeightMatrixImpl();
    }

    @Override
    public TrainingSettings createTrainingSettings() {
        return new TrainingSettingsImpl();
    }

    @Override
    public Metrics createMetrics() {
        return new MetricsImpl();
    }

    @Override
    public FoldMetrics createFoldMetrics() {
        return new FoldMetricsImpl();
    }
}
