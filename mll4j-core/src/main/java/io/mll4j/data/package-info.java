/**
 * Data sets: installing them ({@link io.mll4j.data.DataSetup}, {@code mll data setup}), reading them
 * ({@link io.mll4j.data.ImageDataset} and its readers), and the one split policy every trainer, graph builder and
 * benchmark uses ({@link io.mll4j.data.Split}, {@link io.mll4j.data.SplitPolicy}, {@link io.mll4j.data.DatasetCatalog}).
 */
package io.mll4j.data;
