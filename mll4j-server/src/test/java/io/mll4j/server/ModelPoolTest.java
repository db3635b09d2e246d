package io.mll4j.server;

import io.mll4j.hub.HubEntry;
import io.mll4j.hub.ModelHub;
import io.mll4j.model.VisionLanguageModel;
import io.mll4j.onnx.HubModels;
import io.mll4j.testkit.ColourWorld;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Lazy loading, sharing and release of real ONNX models, on a clock the test moves. */
class ModelPoolTest {
    private static final Duration IDLE = Duration.ofMinutes(10);
    @TempDir
    Path tmp;
    private final AtomicLong now = new AtomicLong();
    private ModelHub hub;
    private ModelPool pool;

    @BeforeEach
    void setUp() throws IOException {
        ColourWorld.buildHub(tmp.resolve("hub"), tmp.resolve("packages"));
        hub = ModelHub.builder().optDirectory(tmp.resolve("hub")).build();
        pool = new ModelPool(HubModels.builder().build(), IDLE, 2, now::get);
    }

    @AfterEach
    void tearDown() {
        pool.close();
        hub.close();
    }

    private HubEntry entry(String id) {
        return hub.get(id);
    }

    private void advance(Duration d) {
        now.addAndGet(d.toNanos());
    }

    private static float[][] run(VisionLanguageModel vlm) {
        return vlm.encodeImages(List.of(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB)));
    }

    @Test
    void vlm_leasedTwice_loadsOnceAndShares() {
        try (ModelPool.Lease a = pool.lease(List.of(entry("vlm-a")));
             ModelPool.Lease b = pool.lease(List.of(entry("vlm-a")))) {
            assertThat(pool.loaded()).isEmpty(); // leasing does not load
            float[][] first = run(pool.vlm(entry("vlm-a")));
            float[][] second = run(pool.vlm(entry("vlm-a")));
            assertThat(second).isDeepEqualTo(first);
            assertThat(pool.loaded()).singleElement().satisfies(l -> {
                assertThat(l.id()).isEqualTo("vlm-a");
                assertThat(l.leases()).isEqualTo(2);
            });
        }
    }

    @Test
    void vlm_withoutLease_refused() {
        assertThatThrownBy(() -> pool.vlm(entry("vlm-a"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("vlm-a");
    }

    @Test
    void evictIdle_idleBeyondTimeout_releasedAndLoadedAgainOnNextUse() {
        VisionLanguageModel vlm;
        try (ModelPool.Lease ignored = pool.lease(List.of(entry("vlm-a")))) {
            vlm = pool.vlm(entry("vlm-a"));
            run(vlm);
        }
        advance(IDLE.minusSeconds(1));
        pool.evictIdle();
        assertThat(pool.isLoaded(entry("vlm-a"))).isTrue();

        advance(Duration.ofSeconds(1));
        pool.evictIdle();
        assertThat(pool.isLoaded(entry("vlm-a"))).isFalse();
        assertThat(pool.loaded()).isEmpty();
        VisionLanguageModel released = vlm;
        assertThatThrownBy(() -> run(released)).isInstanceOf(RuntimeException.class); // closed under the old handle

        try (ModelPool.Lease ignored = pool.lease(List.of(entry("vlm-a")))) {
            assertThat(run(pool.vlm(entry("vlm-a")))).hasNumberOfRows(1);
        }
    }

    @Test
    void evictIdle_leasedModel_neverReleasedHoweverLongIdle() {
        try (ModelPool.Lease ignored = pool.lease(List.of(entry("vlm-b")))) {
            run(pool.vlm(entry("vlm-b")));
            advance(IDLE.multipliedBy(5));
            pool.evictIdle();
            assertThat(pool.isLoaded(entry("vlm-b"))).isTrue();
            assertThat(run(pool.vlm(entry("vlm-b")))).hasNumberOfRows(1);
        }
    }

    @Test
    void lease_beyondTheCap_leastRecentlyUsedIdleModelReleased() {
        for (String id : List.of("vlm-a", "vlm-b", "vlm-c")) {
            try (ModelPool.Lease ignored = pool.lease(List.of(entry(id)))) {
                run(pool.vlm(entry(id)));
            }
            advance(Duration.ofSeconds(1));
        }
        assertThat(pool.loaded()).extracting(ModelPool.Loaded::id).containsExactly("vlm-c", "vlm-b");
    }
}
