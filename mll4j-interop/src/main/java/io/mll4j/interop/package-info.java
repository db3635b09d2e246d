/**
 * The official MLL artifacts (github.com/LAMDASZ-ML/MLL): label pickles {@code label/{model}_{pretrained}.pkl},
 * caption JSONs, class-name files and {@code selected_{α}_{k}.json}. Pickles are read with Pyrolite; numpy arrays
 * (float16/32/64, numpy 1.x and 2.x module names, pickle protocols 2-5), Python float lists and {@code array.array}
 * rows are understood. Torch tensors are not (convert with {@code .numpy()} first).
 */
package io.mll4j.interop;
