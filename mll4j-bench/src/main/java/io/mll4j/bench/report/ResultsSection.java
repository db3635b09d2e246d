package io.mll4j.bench.report;

import java.util.Map;
import java.util.Set;

/**
 * A section that a group of plug-in methods adds to results.md (e.g. paper A's), after the sweeps and the hub growth.
 * Its own study methods are kept out of the main tables and the k sweep (their k means something else), and it sees
 * every run.
 */
public interface ResultsSection {
    /** Methods reported only in this section. */
    Set<String> ownMethods();

    /** SVG plots by id, written to {@code results/<id>.svg}. */
    Map<String, String> plots(ResultIndex all);

    /**
     * The Markdown section.
     *
     * @param all       every run
     * @param plotFiles plot files relative to the document, by id
     * @return Markdown, starting with a level-2 heading
     */
    String render(ResultIndex all, Map<String, String> plotFiles);
}
