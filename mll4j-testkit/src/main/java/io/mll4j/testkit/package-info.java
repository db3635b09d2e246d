/**
 * Shared test fixtures built from real components: {@link io.mll4j.testkit.ColourWorld} (a four-colour graph with
 * real WordNet ids, real ONNX towers and real MiniLM) and {@link io.mll4j.testkit.ColourFixture}, which writes it to
 * disk ready to serve. Used by the tests of the CLI, the server and the examples; not shipped with the library.
 */
package io.mll4j.testkit;
