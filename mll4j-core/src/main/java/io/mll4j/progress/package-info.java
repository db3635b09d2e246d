/** Progress reporting for long jobs (items, rate, ETA are computed by the renderer). */
package io.mll4j.progress;
