"""Side-by-side peer for `sitrep eval throughput`: trafilatura on the same HTML pages.

Maintainer script, not part of the product. Run in a venv with trafilatura installed:

    python3 -m venv /tmp/peer-venv && /tmp/peer-venv/bin/pip install trafilatura lxml_html_clean
    /tmp/peer-venv/bin/python bench/peer_trafilatura.py ../shared/data

It reads the Zyte benchmark's 181 gzipped pages, decompresses them before the clock starts
(sitrep's figure includes reading and gunzip), then runs `trafilatura.extract` on each page
in one process, one thread, `passes` times, and prints pages per second.
"""

import gzip
import pathlib
import sys
import time

import trafilatura


def main() -> None:
    data = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
    passes = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    pages = [
        gzip.decompress(p.read_bytes())
        for p in sorted((data / "article-extraction-benchmark" / "html").glob("*.html.gz"))
    ]
    # Warm-up on one page so that imports and lazy initialisation are not timed.
    trafilatura.extract(pages[0])
    start = time.perf_counter()
    chars = 0
    for _ in range(passes):
        for page in pages:
            text = trafilatura.extract(page) or ""
            chars += len(text)
    seconds = time.perf_counter() - start
    n = len(pages) * passes
    mb = sum(len(p) for p in pages) * passes / 1e6
    print(f"trafilatura {trafilatura.__version__}: {n} pages in {seconds:.2f} s = "
          f"{n / seconds:.1f} pages/s, {mb / seconds:.2f} MB/s ({chars} chars extracted)")


if __name__ == "__main__":
    main()
