"""Writes the golden official-format fixtures of OfficialLabelsTest / OfficialSelectionTest (python3 + numpy).

Run from this folder: python3 make_fixtures.py. Every score is a multiple of 1/64 in [10, 30], exact in float16.
"""
import io
import json
import pickle

import numpy as np

NODES = 5
IMAGES = [3, 2, 1, 4, 2]
rng = np.random.default_rng(8)
rows = [[(rng.integers(640, 1920, NODES) / 64.0) for _ in range(n)] for n in IMAGES]
# a tie at the top of one row: argmax must take the earlier candidate
rows[0][1][2] = rows[0][1][4] = 31.0


def numpy_rows(dtype):
    return [[r.astype(dtype) for r in node] for node in rows]


class Numpy1Pickler(pickle._Pickler):
    """Writes numpy 1.x global names (numpy.core.*) although numpy 2 (numpy._core.*) is installed."""

    def save_global(self, obj, name=None):
        module = getattr(obj, '__module__', '')
        if module.startswith('numpy._core'):
            self.write(pickle.GLOBAL + module.replace('numpy._core', 'numpy.core').encode() + b'\n'
                       + obj.__name__.encode() + b'\n')
            self.memoize(obj)
            return
        super().save_global(obj, name)


def dump(name, value, protocol, numpy1=False):
    with open(name, 'wb') as f:
        if numpy1:
            Numpy1Pickler(f, protocol).dump(value)
        else:
            pickle.dump(value, f, protocol=protocol)


dump('label_f16_p4.pkl', numpy_rows(np.float16), 4)                 # what the official label.py writes
dump('label_f32_p5.pkl', numpy_rows(np.float32), 5)                 # protocol 5: _frombuffer
dump('label_f64_be_p2.pkl', numpy_rows('>f8'), 2)                   # big-endian, bytes via _codecs.encode
dump('label_f32_numpy1_p4.pkl', numpy_rows(np.float32), 4, numpy1=True)
dump('label_matrix.pkl', [np.stack(node).astype(np.float32) for node in rows], 4)
dump('label_lists.pkl', [[[float(x) for x in r] for r in node] for node in rows], 4)
dump('label_scalars.pkl', [[[np.float32(x) for x in r] for r in node] for node in rows], 4)
with open('label_values.json', 'w') as f:
    json.dump([[[float(x) for x in r] for r in node] for node in rows], f)

selection = {
    'apple': ['RN50_openai', 'ViT-B-32_laion2b_s34b_b79k'],
    'Côte d\'Ivoire': ['RN101_openai'],
    'quote " back \\ slash / tab \t nl \n del \x7f': ['x'],
    'emoji \U0001F600 and ctrl \x01': [],
    '': ['empty'],
}
with open('selected_0.7_3.json', 'w') as f:
    json.dump(selection, f)
with open('selection_input.json', 'w', encoding='utf-8') as f:
    json.dump(list(selection.items()), f, ensure_ascii=False)
with open('python_float_repr.txt', 'w') as f:
    for x in [0.7, 0.5, 1.0, 0.0, 0.1 + 0.2, 1e-4, 1e-5, 1.5e-7, 123456.0, 1e16, 1.25e17, 0.9, 1/3]:
        f.write(repr(x) + ' ' + f'{x!r}' + ' ' + x.hex() + '\n')
