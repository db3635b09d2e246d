package io.mll4j.expert;

import java.util.List;

import static io.mll4j.expert.TinyHub.ANIMAL;
import static io.mll4j.expert.TinyHub.BIKE;
import static io.mll4j.expert.TinyHub.CAR;
import static io.mll4j.expert.TinyHub.CAT;
import static io.mll4j.expert.TinyHub.DOG;
import static io.mll4j.expert.TinyHub.ENTITY;
import static io.mll4j.expert.TinyHub.PUPPY;
import static io.mll4j.expert.TinyHub.TASK;
import static io.mll4j.expert.TinyHub.VEHICLE;
import static io.mll4j.expert.TinyHub.p;

/**
 * A hub of four experts and two VLMs on {@link TinyHub}, outputs written by hand. Images: 0 d1, 1 d2 (dog),
 * 2 c1, 3 c2 (cat), 4 r1, 5 r2 (car), 6 b1, 7 b2 (bike), 8 p1 (puppy, one level below dog).
 * <pre>
 * top label per image      d1    d2     c1   c2   r1   r2   b1   b2   p1     outcomes       ms
 * e0 [dog, cat, puppy]     dog   puppy  cat  cat  dog  cat  cat  dog  puppy  dog cat        1
 * e1 [car, bike, vehicle]  veh   veh    veh  car  car  car  bike bike veh    car bike other 2
 * e2 [animal, car]         anim  anim   anim anim car  car  car  anim anim   car other      1
 * e3 [dog, cat, car]       dog   cat    cat  cat  car  car  car  dog  dog    dog cat car    4
 * v0, v1: VLMs over [dog, cat, car, bike]; v1 predicts dog dog cat dog car bike bike bike (dog for p1)
 * </pre>
 * "puppy" covers dog (a descendant of dog's node); "vehicle" and "animal" are above the task's nodes: other.
 */
public final class FourExperts {
    static final int[][] NODE_IMAGES = TinyHub.nodeImages(
            ENTITY, new int[]{0, 1, 2, 3, 4, 5, 6, 7, 8}, ANIMAL, new int[]{0, 1, 2, 3, 8},
            VEHICLE, new int[]{4, 5, 6, 7}, DOG, new int[]{0, 1}, CAT, new int[]{2, 3}, PUPPY, new int[]{8},
            CAR, new int[]{4, 5}, BIKE, new int[]{6, 7});

    /** Hand-computation settings: hard fusion, λ = 1, pooled uncovered rows, no leave-one-out, own images only. */
    public static final CombinationConfig HAND = new CombinationConfig(0, 2, FusionRule.HARD, 1, true, false,
            ClassPrior.UNIFORM, 0);

    public static final int E0 = 0;
    public static final int E1 = 1;
    static final int E2 = 2;
    static final int E3 = 3;
    static final int V0 = 4;
    public static final int V1 = 5;

    private FourExperts() {
    }

    public static List<TaskHead> heads() {
        return List.of(
                TinyHub.expert("e0", TASK, NODE_IMAGES, 1, List.of(DOG, CAT, PUPPY),
                        p(.8, .1, .1), p(.2, .1, .7), p(.1, .8, .1), p(.2, .7, .1), p(.6, .3, .1), p(.3, .6, .1),
                        p(.3, .5, .2), p(.5, .3, .2), p(.2, .1, .7)),
                TinyHub.expert("e1", TASK, NODE_IMAGES, 2, List.of(CAR, BIKE, VEHICLE),
                        p(.1, .1, .8), p(.2, .1, .7), p(.1, .2, .7), p(.6, .1, .3), p(.8, .1, .1), p(.7, .2, .1),
                        p(.1, .8, .1), p(.2, .7, .1), p(.1, .1, .8)),
                TinyHub.expert("e2", TASK, NODE_IMAGES, 1, List.of(ANIMAL, CAR),
                        p(.9, .1), p(.8, .2), p(.9, .1), p(.7, .3), p(.2, .8), p(.1, .9), p(.4, .6), p(.6, .4),
                        p(.9, .1)),
                TinyHub.expert("e3", TASK, NODE_IMAGES, 4, List.of(DOG, CAT, CAR),
                        p(.5, .3, .2), p(.3, .5, .2), p(.2, .7, .1), p(.1, .8, .1), p(.1, .1, .8), p(.2, .1, .7),
                        p(.3, .2, .5), p(.5, .2, .3), p(.6, .2, .2)),
                TinyHub.vlm("v0", TASK, 10,
                        p(.4, .2, .2, .2), p(.2, .4, .2, .2), p(.4, .2, .2, .2), p(.2, .4, .2, .2), p(.2, .2, .4, .2),
                        p(.2, .2, .2, .4), p(.2, .2, .4, .2), p(.2, .2, .2, .4), p(.4, .2, .2, .2)),
                TinyHub.vlm("v1", TASK, 20,
                        p(.7, .1, .1, .1), p(.6, .2, .1, .1), p(.3, .5, .1, .1), p(.5, .3, .1, .1), p(.1, .1, .6, .2),
                        p(.1, .1, .3, .5), p(.1, .1, .2, .6), p(.1, .1, .1, .7), p(.7, .1, .1, .1)));
    }

    public static CombinationEvaluator evaluator(CombinationConfig config) {
        HierarchyDiscount discount = config.discount(TinyHub.GRAPH, NODE_IMAGES);
        return new CombinationEvaluator(TASK, TaskEvidence.of(TinyHub.GRAPH, discount, TASK), heads(), config);
    }
}
