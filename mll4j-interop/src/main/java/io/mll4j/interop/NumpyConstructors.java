package io.mll4j.interop;

import io.mll4j.exception.DataException;
import net.razorvine.pickle.IObjectConstructor;
import net.razorvine.pickle.Unpickler;

import java.nio.ByteBuffer;

/**
 * Teaches Pyrolite the numpy (1.x {@code numpy.core}, 2.x {@code numpy._core}) globals that pickled arrays use, and
 * turns pickled torch tensors into a clear error. Pyrolite's registry is global; registering twice is harmless.
 */
final class NumpyConstructors {
    private static final String[] CORE = {"numpy.core", "numpy._core"};

    private NumpyConstructors() {
    }

    static synchronized void register() {
        for (String core : CORE) {
            Unpickler.registerConstructor(core + ".multiarray", "_reconstruct", args -> new NumpyArray());
            Unpickler.registerConstructor(core + ".numeric", "_frombuffer", NumpyConstructors::fromBuffer);
            Unpickler.registerConstructor(core + ".multiarray", "scalar", NumpyConstructors::scalar);
        }
        Unpickler.registerConstructor("numpy", "dtype", args -> new NumpyDtype(String.valueOf(args[0])));
        IObjectConstructor torch = args -> {
            throw new DataException("the pickle holds torch tensors, which cannot be read without torch; save the "
                    + "rows as numpy arrays (tensor.cpu().numpy()) or lists of floats");
        };
        Unpickler.registerConstructor("torch._utils", "_rebuild_tensor_v2", torch);
        Unpickler.registerConstructor("torch._utils", "_rebuild_tensor", torch);
        Unpickler.registerConstructor("torch.storage", "_load_from_bytes", torch);
    }

    /** Protocol 5: {@code _frombuffer(buffer, dtype, shape, order)}. */
    private static Object fromBuffer(Object[] args) {
        if (args.length != 4 || !(args[0] instanceof byte[] data) || !(args[1] instanceof NumpyDtype dtype)) {
            throw new DataException("unexpected numpy _frombuffer arguments (out-of-band buffers are not supported)");
        }
        return new NumpyArray(data, dtype, args[2], args[3]);
    }

    /** A numpy scalar, e.g. one {@code np.float32} in a list: {@code scalar(dtype, bytes)}. */
    private static Object scalar(Object[] args) {
        if (args.length != 2 || !(args[0] instanceof NumpyDtype dtype) || !(args[1] instanceof byte[] data)) {
            throw new DataException("unexpected numpy scalar arguments");
        }
        return (double) ScoreEncoding.of(dtype).read(ByteBuffer.wrap(data).order(dtype.order()), 0, 0);
    }
}
