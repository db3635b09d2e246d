/**
 * Paper A's methods as benchmark plug-ins: CHCO with and without the VLM patch, under a budget, against the best
 * single covering expert, all experts, random and oracle combinations, the growth of the expert hub, and paper A's
 * fusion as a reuser of paper-B selections. They share one {@link io.mll4j.bench.papera.PaperATasks} cache: per task
 * its combination model (from the stored labels) and every head's log-likelihood terms on the scored images.
 */
package io.mll4j.bench.papera;
