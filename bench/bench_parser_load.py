"""What loading the UDPipe parser (``Model.load``, about 0.28 s) spends its time on.

    python bench/bench_parser_load.py [MODEL] [--runs 5]

UDPipe's model file holds the parser as one LZMA-compressed block (UDPipe's own framing: sizes, a
check value, the LZMA properties, the stream). Loading it inflates the block, reads the embeddings
and the network, and then precomputes, for the first 1,000 words of each embedding (a constant of
Parsito's ``parser::load`` that UDPipe's ``Model.load`` does not expose), that word's product with
the hidden layer at every position the parser looks at. This script prints ``Model.load``'s time,
the time Python's ``lzma`` takes to inflate the same block (UDPipe's decoder is the same algorithm),
what the block holds, and the size of the precomputation; the rest of the load is mostly that
precomputation. Then what the same inflated block would cost in other storage (LZMA with other
settings, zlib, uncompressed): bytes on disk and in a wheel, and decoding time; UDPipe reads only its
own LZMA framing (``compressor::load``), so those are figures for comparison, not options for the
shipped file. CPU times of this process, median of the runs. Asserts nothing.
"""

from __future__ import annotations

import argparse
import lzma
import statistics
import struct
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import ROOT, machine  # noqa: E402

MODEL = ROOT / "quizgen" / "nlp" / "models" / "parser.udpipe"
CACHED_WORDS = 1000  # Parsito's parser::load(…, cache = 1000)


def compressed_block(data: bytes) -> tuple[int, bytes, bytes]:
    """(uncompressed size, LZMA properties, stream) of the first block framed as UDPipe's compressor
    frames it: uint32 uncompressed and compressed sizes, a uint32 check of the two, 5 property bytes."""
    for at in range(len(data) - 17):
        size, packed, check = struct.unpack_from("<III", data, at)
        if check == (size * 19991 + packed * 199999991 + 1234567890) & 0xFFFFFFFF and at + 17 + packed <= len(data):
            return size, data[at + 12:at + 17], data[at + 17:at + 17 + packed]
    raise ValueError("no UDPipe compressed block found")


def inflate(properties: bytes, stream: bytes, size: int) -> bytes:
    bits, dictionary = properties[0], struct.unpack("<I", properties[1:5])[0]
    lc, lp, pb = bits % 9, bits // 9 % 5, bits // 45
    decoder = lzma.LZMADecompressor(lzma.FORMAT_RAW, filters=[
        {"id": lzma.FILTER_LZMA1, "lc": lc, "lp": lp, "pb": pb, "dict_size": dictionary}])
    return decoder.decompress(stream, max_length=size)


class Reader:
    """Parsito's binary_decoder: little-endian integers, strings with a one-byte length (255: a uint32 follows)."""

    def __init__(self, data: bytes):
        self.data, self.at = data, 0

    def int(self, size: int) -> int:
        value = int.from_bytes(self.data[self.at:self.at + size], "little")
        self.at += size
        return value

    def text(self) -> str:
        n = self.int(1)
        if n == 255:
            n = self.int(4)
        self.at += n
        return self.data[self.at - n:self.at].decode("utf-8")


def layout(payload: bytes) -> dict:
    """What the parser block holds (parser_nn::load's order), with each part's size in bytes."""
    r = Reader(payload)
    r.text()  # "nn_versioned"
    r.int(1), r.int(1)  # version, single root
    for _ in range(r.int(2)):
        r.text()  # relations
    r.text()  # transition system
    positions = len([line for line in r.text().splitlines() if line.strip()])  # the node extractor
    values = [r.text() for _ in range(r.int(2))]
    out: dict = {"positions": positions, "embeddings": {}}
    for value in values:
        start = r.at
        dimension, words = r.int(4), r.int(4)
        for _ in range(words):
            r.text()
        unknown = r.int(1)
        r.at += 4 * dimension * (words + (1 if unknown else 0))
        out["embeddings"][value] = (dimension, words, r.at - start)
    r.int(1)  # activation
    for layer in ("hidden", "output"):
        rows, columns = r.int(4), r.int(4)
        r.at += 4 * rows * columns
        out[layer] = (rows, columns, 8 + 4 * rows * columns)
    return out


def cpu_median(work, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.process_time()
        work()
        times.append(time.process_time() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", nargs="?", type=Path, default=MODEL)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    from ufal.udpipe import Model

    data = options.model.read_bytes()
    size, properties, stream = compressed_block(data)
    payload = inflate(properties, stream, size)
    parts = layout(payload)
    print(f"machine: {machine()}")
    print(f"model: {options.model} ({len(data):,} bytes; the parser's block {len(stream):,} bytes compressed, "
          f"{size:,} inflated)")
    loading = cpu_median(lambda: Model.load(str(options.model)), options.runs)
    inflating = cpu_median(lambda: inflate(properties, stream, size), options.runs)
    print(f"Model.load: {loading:.3f} s CPU (median of {options.runs})")
    print(f"  inflating the LZMA block (Python's lzma): {inflating:.3f} s ({inflating / loading:.0%})")
    hidden = parts["hidden"][1]
    products = 0
    for value, (dimension, words, nbytes) in parts["embeddings"].items():
        cached = min(words + 1, CACHED_WORDS)
        products += cached * parts["positions"] * dimension * hidden
        print(f"  embedding {value}: {words:,} words × {dimension} ({nbytes:,} bytes, {nbytes / size:.0%}); "
              f"{cached:,} precomputed")
    print(f"  hidden layer {parts['hidden'][0]:,} × {hidden} ({parts['hidden'][2]:,} bytes, "
          f"{parts['hidden'][2] / size:.0%}); output {parts['output'][0]} × {parts['output'][1]}")
    print(f"  precomputed products: {CACHED_WORDS:,} words at most per embedding × {parts['positions']} positions × "
          f"dimension × hidden {hidden} = {products / 1e6:.0f}M multiply-adds; the rest of the load: "
          f"{loading - inflating:.3f} s")
    other_storage(payload, properties, stream, options.runs)


def other_storage(payload: bytes, properties: bytes, stream: bytes, runs: int) -> None:
    """What the same inflated block would cost to read in other storage: bytes on disk (and in a
    wheel, which deflates each file) and CPU to decode, against the LZMA stream UDPipe reads.
    UDPipe's ``compressor::load`` accepts only its LZMA framing, so these are what another engine
    (or a patched UDPipe) would gain, not options for the shipped file."""
    import zlib

    def wheel_size(data: bytes) -> int:
        return len(zlib.compress(data, 6))  # a wheel's zip entries: deflate, level 6

    # (name, bytes on disk, bytes in a wheel, decode)
    rows = [("LZMA as shipped", len(stream), wheel_size(stream), lambda: inflate(properties, stream, len(payload)))]
    for lc, lp, pb in ((3, 0, 2), (0, 2, 2)):  # xz's default, and contexts aligned to 4-byte floats
        filters = [{"id": lzma.FILTER_LZMA1, "preset": 9 | lzma.PRESET_EXTREME, "lc": lc, "lp": lp, "pb": pb}]
        packed = lzma.compress(payload, lzma.FORMAT_RAW, filters=filters)
        rows.append((f"LZMA -9e lc={lc} lp={lp} pb={pb}", len(packed), wheel_size(packed),
                     lambda packed=packed, filters=filters: lzma.decompress(packed, lzma.FORMAT_RAW, filters=filters)))
    for level in (1, 9):
        packed = zlib.compress(payload, level)
        rows.append((f"zlib level {level}", len(packed), wheel_size(packed), lambda packed=packed: zlib.decompress(packed)))
    rows.append(("uncompressed (one read)", len(payload), wheel_size(payload), lambda: bytes(payload)))
    print("the same block in other storage (UDPipe reads only the first):")
    for name, on_disk, in_wheel, decode in rows:
        print(f"  {name:32} {on_disk / 1e6:5.2f} MB on disk, {in_wheel / 1e6:5.2f} MB in a wheel, "
              f"decoded in {cpu_median(decode, runs):.3f} s CPU")
    print(f"  (the precomputed words are parser::load's argument, {CACHED_WORDS:,}, which Model.load leaves at its"
          " default: not a setting of the model file)")


if __name__ == "__main__":
    main()
