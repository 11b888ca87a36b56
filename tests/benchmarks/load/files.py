"""Small, valid attachments that differ every time, and how to recognise them once stored.

A PDF is stored byte for byte, so its SHA-256 is what the citizen sent. An image is re-encoded
on upload (complaints/cases/uploads.py drops its metadata), so its bytes change; what the
portal promises is the picture itself, so a PNG is recognised by the hash of its pixels.
"""

import hashlib
import io
import random

from PIL import Image

PDF = "application/pdf"
PNG = "image/png"


def pdf_bytes(rng: random.Random, label: str) -> bytes:
    """A one-page PDF (header, objects, cross-reference table, trailer) of a few kilobytes."""
    lines = [
        f"({label} {rng.getrandbits(64):016x} line {n}) Tj T*" for n in range(rng.randint(20, 400))
    ]
    stream = ("BT /F1 10 Tf 12 TL 56 800 Td\n" + "\n".join(lines) + "\nET").encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def png_bytes(rng: random.Random) -> bytes:
    """A small photo-like PNG: noise does not compress, so it weighs tens of kilobytes."""
    width, height = rng.randint(40, 160), rng.randint(30, 120)
    image = Image.frombytes("RGB", (width, height), rng.randbytes(width * height * 3))
    output = io.BytesIO()
    image.save(output, "PNG")
    return output.getvalue()


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def pixels_sha256(data: bytes) -> str:
    """The picture's identity: mode, size and every pixel, whatever the file around them."""
    with Image.open(io.BytesIO(data)) as image:
        image.load()
        header = f"{image.mode} {image.size[0]}x{image.size[1]}\n".encode()
        return hashlib.sha256(header + image.tobytes()).hexdigest()


def attachment(rng: random.Random, label: str) -> dict:
    """One file to send: its name, type, bytes and the hashes the checker compares."""
    if rng.random() < 0.6:
        data = pdf_bytes(rng, label)
        return {"name": f"{label}.pdf", "type": PDF, "data": data, "sha256": sha256(data)}
    data = png_bytes(rng)
    return {
        "name": f"{label}.png",
        "type": PNG,
        "data": data,
        "sha256": sha256(data),
        "pixels": pixels_sha256(data),
    }
