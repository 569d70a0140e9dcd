package org.glia.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every refusal of {@code ./glia run}: exit code 2 and a message naming the file and, for a step, its number and
 * the fault.
 */
class ErrorsTest {

    private static final String NET = "{\"network\": {\"hidden\": [2], \"seed\": 1}}";
    private static final String TRAIN = "{\"train\": {\"epochs\": 5}}";

    @TempDir
    Path tmp;

    @BeforeEach
    void cohort() throws Exception {
        Fixture.cohort(tmp.resolve("cohort"));
    }

    /** Runs the steps as x.json through the command; asserts exit 2 and returns the message. */
    private String refused(String... steps) throws Exception {
        return refusedFile(Fixture.steps(steps));
    }

    private String refusedFile(String json) throws Exception {
        Path file = Fixture.experiment(tmp.resolve("exp"), "x.json", json);
        Fixture.Exit e = Fixture.launch(tmp, "exp/x.json");
        assertEquals(2, e.code(), json);
        assertTrue(e.message().contains(file.toString()), e.message());
        return e.message();
    }

    private static void contains(String message, String... parts) {
        for (String p : parts) {
            assertTrue(message.contains(p), "expected '" + p + "' in: " + message);
        }
    }

    @Test
    void unknownStep() throws Exception {
        contains(refused(Fixture.head("../cohort"), NET, "{\"trian\": {\"epochs\": 5}}"),
                "step 4 (trian): unknown step 'trian' (known: load, classes, network, train, cv,");
    }

    @Test
    void everyMalformedStepIsReportedBeforeAnythingRuns() throws Exception {
        String m = refused("{\"load\": \"../missing\"}", "{\"undo\": 0}", "{\"frobnicate\": 1}");
        contains(m, "malformed steps (2 problems)", "step 2 (undo): expects a whole number of at least 1",
                "step 3 (frobnicate): unknown step");
        assertTrue(!m.contains("step 1"), "the load did not run: " + m);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"train\": {\"epochs\": \"200\"}}|step 4 (train): the field 'epochs' must be a whole number from 1 to",
        "{\"train\": {\"epochs\": 2.5}}|step 4 (train): the field 'epochs' must be a whole number",
        "{\"train\": {\"epoch\": 5}}|step 4 (train): unknown field 'epoch' (known: batch, engine, epochs, l2,",
        "{\"train\": {\"learning_rate\": -1}}|step 4 (train): the learning rate must be a positive number",
        "{\"train\": {\"engine\": \"gpu\"}}|step 4 (train): unknown engine 'gpu' (known: java, dl4j, auto)",
        "{\"train\": {\"seed\": 1.5}}|step 4 (train): the field 'seed' must be a whole number, not 1.5",
        "{\"train\": [200]}|step 4 (train): expects an object, e.g. {\"train\": {\"epochs\": 200",
        "{\"cv\": {\"folds\": 1}}|step 4 (cv): the field 'folds' must be a whole number from 2 to",
        "{\"cv\": {\"replay\": \"yes\"}}|step 4 (cv): the field 'replay' must be true or false",
        "{\"add_nodes\": {\"layer\": 1}}|step 4 (add_nodes): needs the field 'count', e.g. {\"add_nodes\": {\"layer\": 1, \"count\": 4}}",
        "{\"add_nodes\": {\"layer\": \"one\", \"count\": 4}}|step 4 (add_nodes): the field 'layer' must be a whole number",
        "{\"delete_node\": {\"layer\": 1, \"node\": -1}}|step 4 (delete_node): the field 'node' must be a whole number of at least 0",
        "{\"insert_layer\": {\"before\": \"input\", \"size\": 2}}|step 4 (insert_layer): the field 'before' must be \"output\" or a layer number",
        "{\"insert_layer\": {\"before\": 1, \"size\": 2, \"activation\": \"softmax\"}}|step 4 (insert_layer): the field 'activation' must be one of identity, relu, tanh, sigmoid",
        "{\"set_weight\": {\"layer\": 1, \"from\": 0, \"to\": 0, \"value\": \"big\"}}|step 4 (set_weight): the field 'value' must be a number",
        "{\"set_bias\": {\"layer\": 1, \"node\": 0}}|step 4 (set_bias): needs the field 'value'",
        "{\"undo\": \"1\"}|step 4 (undo): expects a whole number of at least 1",
        "{\"redo\": true}|step 4 (redo): expects a whole number of at least 1",
        "{\"save\": 5}|step 4 (save): expects a non-empty string",
        "{\"out\": \"\"}|step 4 (out): expects a non-empty string",
    })
    void badFieldsNameTheStepAndTheField(String step, String expected) throws Exception {
        contains(refused(Fixture.head("../cohort"), NET, step), expected);
    }

    @Test
    void badNetworkAndClassesValues() throws Exception {
        contains(refused("{\"load\": \"../cohort\"}", "{\"classes\": \"HC\"}"), "step 2 (classes): expects a list of names");
        contains(refused("{\"load\": 3}"), "step 1 (load): expects a non-empty string");
        contains(refused(Fixture.head("../cohort"), "{\"network\": {\"hidden\": 4}}"),
                "step 3 (network): the field 'hidden' must be a list of whole numbers");
        contains(refused(Fixture.head("../cohort"), "{\"network\": {\"hidden\": [0]}}"),
                "step 3 (network): the field 'hidden' must be a list of whole numbers from 1 to");
        contains(refused(Fixture.head("../cohort"), "{\"network\": {\"hidden\": [2], \"activation\": \"gelu\"}}"),
                "step 3 (network): the field 'activation' must be one of identity, relu, tanh, sigmoid");
    }

    @Test
    void refusedEditsGiveTheModelsReason() throws Exception {
        contains(refused(Fixture.head("../cohort"), NET, "{\"delete_node\": {\"layer\": 2, \"node\": 0}}"),
                "step 4 (delete_node): refused: Layer 2 is the output layer");
        contains(refused(Fixture.head("../cohort"), NET, "{\"add_nodes\": {\"layer\": 0, \"count\": 1}}"),
                "step 4 (add_nodes): refused: Layer 0 is the input layer");
        contains(refused(Fixture.head("../cohort"), NET, "{\"delete_node\": {\"layer\": 1, \"node\": 0}}",
                "{\"delete_node\": {\"layer\": 1, \"node\": 0}}"), "step 5 (delete_node): refused: ");
        contains(refused(Fixture.head("../cohort"), NET, "{\"set_weight\": {\"layer\": 1, \"from\": 0, \"to\": 7, "
                + "\"value\": 1}}"), "step 4 (set_weight): refused: ");
        contains(refused(Fixture.head("../cohort"), NET, "{\"remove_layer\": {\"layer\": 9}}"),
                "step 4 (remove_layer): refused: There is no layer 9");
        contains(refused(Fixture.head("../cohort"), NET, "{\"insert_layer\": {\"before\": 0, \"size\": 2}}"),
                "step 4 (insert_layer): refused: A layer can be inserted at positions 1 to 2");
    }

    @Test
    void undoAndRedoWithNothingLeft() throws Exception {
        contains(refused(Fixture.head("../cohort"), NET, "{\"undo\": 1}"), "step 4 (undo): there is nothing to undo");
        contains(refused(Fixture.head("../cohort"), NET, TRAIN, "{\"undo\": 3}"),
                "step 5 (undo): only 1 change could be undone, not 3");
        contains(refused(Fixture.head("../cohort"), NET, "{\"redo\": 1}"), "step 4 (redo): there is nothing to redo");
        contains(refused(Fixture.head("../cohort"), NET, TRAIN, "{\"undo\": 1}",
                "{\"set_bias\": {\"layer\": 1, \"node\": 0, \"value\": 1}}", "{\"redo\": 1}"),
                "step 7 (redo): there is nothing to redo");
        contains(refused(Fixture.head("../cohort"), "{\"undo\": 1}"),
                "step 3 (undo): there is no network yet: put a network (or open) step first");
    }

    @Test
    void stepsInTheWrongOrder() throws Exception {
        contains(refused(NET), "step 1 (network): there is no cohort yet: put a load step first");
        contains(refused(Fixture.head("../cohort"), TRAIN), "step 3 (train): there is no network yet");
        contains(refused("{\"classes\": [\"HC\", \"AD\"]}"), "step 1 (classes): there is no cohort yet");
        contains(refused(Fixture.head("../cohort"), NET, "{\"classes\": [\"HC\", \"MCI\"]}"),
                "step 4 (classes): the network classifies [HC, AD]; choose the classes before the network step");
        contains(refused(Fixture.head("../cohort"), "{\"save\": \"m.glia\"}"), "step 3 (save): there is no network yet");
    }

    @Test
    void refusedCohortAndClasses() throws Exception {
        String m = refused("{\"load\": \"../nowhere\"}");
        contains(m, "step 1 (load): the cohort " + tmp.resolve("nowhere") + " was refused");
        contains(refused("{\"load\": \"../cohort\"}", "{\"classes\": [\"HC\", \"XX\"]}"),
                "step 2 (classes): the cohort has no subject with diagnosis 'XX' (it has HC, MCI, AD)");
        contains(refused("{\"load\": \"../cohort\"}", "{\"classes\": [\"HC\"]}"),
                "step 2 (classes): a classifier needs at least two classes");
        contains(refused("{\"load\": \"../cohort\"}", "{\"classes\": [\"HC\", \"HC\"]}"),
                "step 2 (classes): the class 'HC' is listed twice");
    }

    @Test
    void cvSettingsThatDoNotDescribeTheTraining() throws Exception {
        contains(refused(Fixture.head("../cohort"), NET, TRAIN, "{\"cv\": {\"folds\": 3, \"epochs\": 9}}"),
                "step 5 (cv): a cv right after a train evaluates that train with its settings; remove epochs");
        contains(refused(Fixture.head("../cohort"), NET, "{\"cv\": {\"folds\": 3, \"epochs\": 9}}", TRAIN),
                "step 5 (train): the cv of step 4 trained its folds with other settings", "epochs 9", "epochs 5");
        contains(refused(Fixture.head("../cohort"), NET, "{\"cv\": {\"folds\": 40}}"),
                "step 4 (cv): 40 folds need at least 40 subjects, there are 30");
    }

    @Test
    void missingUnreadableAndMalformedFiles() throws Exception {
        Fixture.Exit missing = Fixture.launch(tmp, "nope.json");
        assertEquals(2, missing.code());
        contains(missing.message(), tmp.resolve("nope.json").toString(), "the experiment file does not exist");
        Fixture.Exit folder = Fixture.launch(tmp, "cohort");
        assertEquals(2, folder.code());
        contains(folder.message(), "is a folder, not an experiment file");
        contains(refusedFile("[\n  {\"load\": \"../cohort\"},\n  {\"train\": {\"epochs\": 2,}}\n]"),
                "x.json: line 3, column 27: is not valid JSON: expected name");
        contains(refusedFile("[{\"load\": \"../cohort\"}"), "is not valid JSON");
        contains(refusedFile(""), "is empty");
        contains(refusedFile("// steps\n[]"), "line 1, column 2: is not valid JSON: not strict JSON");
        contains(refusedFile("[] []"), "is not valid JSON");
        contains(refusedFile("42"), "expected a list of steps");
        contains(refusedFile("[]"), "has no steps");
        contains(refusedFile("{\"stepz\": []}"), "unknown key 'stepz'");
        contains(refusedFile("[{\"load\": \"../cohort\", \"classes\": [\"HC\", \"AD\"]}]"),
                "step 1: each step is an object with one member");
        contains(refusedFile("[\"load\"]"), "step 1: each step is an object with one member");
        Files.write(tmp.resolve("exp/bin.json"), new byte[] {(byte) 0xff, (byte) 0xfe, 0x5b, 0x5d});
        Fixture.Exit binary = Fixture.launch(tmp, "exp/bin.json");
        assertEquals(2, binary.code());
        contains(binary.message(), "bin.json");
    }

    @Test
    void usageErrors() throws Exception {
        assertEquals(2, Fixture.launch(tmp).code());
        assertEquals(2, Fixture.launch(tmp, "a.json", "b.json").code());
        assertEquals(2, Fixture.launch(tmp, "a.json", "--out", "x").code());
    }

    @Test
    void corruptDocumentAndReplayOfAnOpenedStudy() throws Exception {
        Files.createDirectories(tmp.resolve("exp"));
        Files.writeString(tmp.resolve("exp/bad.glia"), "not a zip");
        contains(refused("{\"open\": \"bad.glia\"}"), "step 1 (open): " + tmp.resolve("exp/bad.glia") + " was refused");
        contains(refused("{\"open\": \"none.glia\"}"), "step 1 (open)");
    }
}
