/**
 * {@code mll serve}: a REST service and web page over paper-B selection and reuse, on the JDK's embedded HTTP
 * server. {@link io.mll4j.server.MllServer} wires the routes; models are opened lazily and shared across requests
 * and tasks by {@link io.mll4j.server.ModelPool}, which releases them when idle. Every failure becomes a JSON error
 * ({@link io.mll4j.server.ApiError}): bad input 400/422 naming the field, unknown ids 404, model load and inference
 * failures 500.
 */
package io.mll4j.server;
