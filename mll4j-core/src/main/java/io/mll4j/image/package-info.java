/** Images: decoding with clear errors, and preprocessing described by data (carried in model manifests). */
package io.mll4j.image;
