package io.mll4j.bench;

import io.mll4j.data.ImageDataset;
import io.mll4j.exception.DataException;
import io.mll4j.exception.TaskException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaskSuiteTest {
    @TempDir
    Path dir;

    @Test
    void read_repositorySuite_hasTheRequiredTasks() {
        Path file = Path.of(System.getProperty("mll4j.repo.root", "..")).resolve(TaskSuite.DEFAULT_FILE);
        TaskSuite suite = TaskSuite.read(file);
        Set<String> names = suite.tasks().stream().map(BenchTask::name).collect(Collectors.toSet());
        assertThat(names).contains("cifar10", "fashion-mnist", "mnist");
        assertThat(suite.tasks()).hasSizeGreaterThanOrEqualTo(9);
        suite.checkSources(Map.of(
                "cifar10", List.of("airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck"),
                "fashion-mnist", List.of("t-shirt-top", "trouser", "pullover", "dress", "coat", "sandal", "shirt",
                        "sneaker", "bag", "ankle-boot"),
                "mnist", List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9")));
    }

    @Test
    void read_duplicateClass_namesTheClass() throws IOException {
        Path f = dir.resolve("s.json");
        Files.writeString(f, """
                {"version": 1, "perClass": 5, "tasks": [{"name": "t", "classes": [
                  {"name": "cat", "images": ["cifar10/cat"]}, {"name": "Cat", "images": ["cifar10/dog"]}]}]}""");
        assertThatThrownBy(() -> TaskSuite.read(f)).isInstanceOf(DataException.class).hasMessageContaining("Cat")
                .hasMessageContaining("twice");
    }

    @Test
    void read_badSourceAndBadName_areNamed() throws IOException {
        Path f = dir.resolve("s.json");
        Files.writeString(f, """
                {"version": 1, "perClass": 5, "tasks": [{"name": "t", "classes": [{"name": "cat", "images": ["cat"]}]}]}""");
        assertThatThrownBy(() -> TaskSuite.read(f)).isInstanceOf(DataException.class).hasMessageContaining("'cat'")
                .hasMessageContaining("dataset/classId");
        Files.writeString(f, """
                {"version": 1, "perClass": 5, "tasks": [{"name": "Bad Name", "classes": [{"name": "c", "images": ["d/c"]}]}]}""");
        assertThatThrownBy(() -> TaskSuite.read(f)).isInstanceOf(DataException.class).hasMessageContaining("Bad Name");
    }

    @Test
    void checkSources_unknownDatasetOrClass_namesTaskClassAndSource() {
        TaskSuite suite = new TaskSuite(1, 5, List.of(new BenchTask("t", null,
                List.of(new BenchClass("car", List.of("cifar10/car"), null)), null)));
        assertThatThrownBy(() -> suite.checkSources(Map.of("cifar10", List.of("automobile"))))
                .isInstanceOf(DataException.class).hasMessageContaining("'t'").hasMessageContaining("'car'")
                .hasMessageContaining("automobile");
        assertThatThrownBy(() -> suite.checkSources(Map.of())).isInstanceOf(DataException.class)
                .hasMessageContaining("unknown data set 'cifar10'");
    }

    @Test
    void task_emptyOrDuplicated_isRejected() {
        assertThatThrownBy(() -> new BenchTask("t", null, List.of(), null)).isInstanceOf(DataException.class);
        assertThatThrownBy(() -> new TaskSuite(1, 5, List.of(new BenchTask("t", null, List.of(
                new BenchClass("a b", List.of("d/x"), null), new BenchClass("a_b", List.of("d/y"), null)), null))))
                .isInstanceOf(TaskException.class);
    }

    @Test
    void select_unknownTask_isRejected() {
        TaskSuite suite = new TaskSuite(1, 5, List.of(new BenchTask("t", null,
                List.of(new BenchClass("c", List.of("d/c"), null)), null)));
        assertThatThrownBy(() -> suite.select(List.of("nope"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nope");
    }

    /** Ten items: classes x x y x y y x y x y. */
    private static ImageDataset tiny() {
        int[] labels = {0, 0, 1, 0, 1, 1, 0, 1, 0, 1};
        return new ImageDataset() {
            public String name() {
                return "d/test";
            }

            public List<String> classIds() {
                return List.of("x", "y");
            }

            public List<String> classNames() {
                return List.of("x", "y");
            }

            public int size() {
                return labels.length;
            }

            public String id(int index) {
                return "i" + index;
            }

            public int label(int index) {
                return labels[index];
            }

            public BufferedImage image(int index) {
                return new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
            }
        };
    }

    @Test
    void scoredImages_takeTheFirstPerClass_andShareAPooledClassEvenly() {
        TestSplits splits = new TestSplits(d -> tiny());
        BenchTask task = new BenchTask("t", null, List.of(new BenchClass("only y", List.of("d/y"), null),
                new BenchClass("both", List.of("d/x", "d/y"), null)), null);
        ScoredImages images = ScoredImages.of(task, 3, splits);
        // "only y": first 3 y items (2, 4, 5); "both": ceil(3/2) = 2 of each (x: 0, 1; y: 2, 4)
        assertThat(images.images()).extracting(ScoredImages.ImageRef::index).containsExactly(2, 4, 5, 0, 1, 2, 4);
        assertThat(images.labels()).containsExactly(0, 0, 0, 1, 1, 1, 1);
        assertThat(images.byDataset().get("d")).containsExactly(0, 1, 2, 4, 5);
    }
}
