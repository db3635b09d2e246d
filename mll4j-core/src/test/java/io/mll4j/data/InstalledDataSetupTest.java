package io.mll4j.data;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Setup on the real data home, after {@code mll data setup}: running it again changes nothing. */
@Tag("data")
class InstalledDataSetupTest {
    @Test
    void run_afterSetup_isNoOpAndKeepsStamp() throws IOException {
        DataSetup setup = DataSetup.builder().build();
        setup.run();
        Path stamp = setup.dataHome().resolve(SetupStamp.FILE);
        byte[] before = Files.readAllBytes(stamp);
        SetupReport again = DataSetup.builder().build().run();
        assertThat(again.noOp()).isTrue();
        assertThat(again.actions()).isEmpty();
        assertThat(Files.readAllBytes(stamp)).isEqualTo(before);
    }
}
