package org.glia.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.glia.ui.GliaPreferences;
import org.glia.ui.internal.preferences.PreferenceRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The preference page's rules without a workbench: every key covered, defaults accepted, bad values refused. */
class PreferenceRulesTest {

    /** Every key GliaPreferences declares (its public String constants). */
    static Set<String> declaredKeys() {
        return Arrays.stream(GliaPreferences.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(PreferenceRulesTest::value).collect(Collectors.toSet());
    }

    private static String value(Field f) {
        try {
            return (String) f.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void everyKeyIsCoveredOnceAndItsDefaultIsAccepted() {
        List<String> keys = PreferenceRules.keys();
        assertEquals(keys.size(), new HashSet<>(keys).size(), "no key twice");
        assertEquals(declaredKeys(), new HashSet<>(keys));
        for (String key : keys) {
            assertNull(PreferenceRules.problem(key, GliaPreferences.defaultOf(key)), key);
            assertTrue(!PreferenceRules.label(key).isBlank(), key);
        }
        assertThrows(IllegalArgumentException.class, () -> PreferenceRules.problem("nope", "1"));
    }

    @ParameterizedTest(name = "{0} = ''{1}''")
    @CsvSource(delimiter = '|', value = {
        "colorMap|hot", "divergingColorMap|coolwarm", "threshold|''", "threshold|0.25", "threshold|-1e-3",
        "thresholdMode|hide", "topK|0", "topK|50", "engine|dl4j", "engine|java", "learningRate|0.001",
        "epochs|1", "batchSize|0", "batchSize|32", "l2|0", "folds|0", "folds|5", "triangleBudget|100000",
        "autosaveSeconds|0", "autosaveSeconds| 30 "})
    void acceptable(String key, String value) {
        assertNull(PreferenceRules.problem(key, value));
    }

    @ParameterizedTest(name = "{0} = ''{1}''")
    @CsvSource(delimiter = '|', value = {
        "colorMap|rainbowish|Importance colour map", "thresholdMode|transparent|Below the threshold",
        "threshold|low|Threshold", "threshold|NaN|Threshold", "topK|51|Top-k", "topK|-1|Top-k", "topK|2.5|Top-k",
        "engine|torch|Training engine", "learningRate|0|Learning rate", "learningRate|fast|Learning rate",
        "learningRate|Infinity|Learning rate", "epochs|0|Epochs", "epochs|ten|Epochs", "batchSize|-4|Batch size",
        "l2|-0.1|L2", "folds|1|folds", "folds|101|folds", "triangleBudget|10|triangle budget",
        "autosaveSeconds|-5|Autosave", "learningRate|''|Learning rate", "epochs|1d|Epochs", "l2|1f|L2"})
    void refusedWithTheFieldAndTheValueNamed(String key, String value, String field) {
        String problem = PreferenceRules.problem(key, value);
        assertNotNull(problem, key + "=" + value);
        assertTrue(problem.contains(field), problem);
        assertTrue(problem.contains(value.trim()), problem);
    }

    @Test
    void choicesOfChoiceKeysOnly() {
        assertTrue(PreferenceRules.choices(GliaPreferences.COLOR_MAP).contains("viridis"));
        assertEquals(List.of("glass", "hide"), PreferenceRules.choices(GliaPreferences.THRESHOLD_MODE));
        assertEquals(List.of("auto", "java", "dl4j"), PreferenceRules.choices(GliaPreferences.ENGINE));
        assertTrue(PreferenceRules.choices(GliaPreferences.EPOCHS).isEmpty());
    }
}
