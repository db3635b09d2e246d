/**
 * The model hub: one folder per model ({@code <hub>/<id>/entry.json} plus its files), admitted through a
 * {@link io.mll4j.hub.ModelChecker} and optional {@link io.mll4j.hub.SynsetValidator} (learnware's market:
 * organizer + checker), written atomically, read without locks.
 */
package io.mll4j.hub;
