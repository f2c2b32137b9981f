"""Reading one file: runs inside the sandbox process only (see sandbox.py).

Parses untrusted bytes with pypdf, Pillow and Tesseract. The result is a small JSON-able dict
holding what the decision needs and nothing else: which check digits passed, the expiry, the
holder's name, the document kind, a hash of the document number. The text of the document and
the optional data of the MRZ (the Belgian national register number) never leave this process.
"""

from __future__ import annotations

import io
import logging
import os
import shutil
import subprocess
import time
import warnings
from typing import Any

from worker.idcheck.markers import find_markers
from worker.idcheck.mrz import Mrz, document_hash, find_mrz

MAX_PAGES = 4  # an ID copy has one or two pages; more are not read
MAX_IMAGES_PER_PAGE = 4
MAX_IMAGE_PIXELS = 60_000_000  # a 48-megapixel phone photo passes; a 100-megapixel bomb does not
MIN_IMAGE_SIDE = 300  # smaller pictures are logos and icons
MAX_TEXT = 200_000  # characters of text layer kept for the search
OCR_SIDE = 2000  # pictures are scaled to about this many pixels on their long side for OCR
MRZ_WHITELIST = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"
PIL_FORMATS = ["PNG", "JPEG", "TIFF", "HEIF"]

# pypdf's limits lowered for ID copies (its defaults are sized for any PDF in the world)
PYPDF_LIMITS = {
    "maximum_declared_stream_length": 20_000_000,
    "array_based_stream_maximum_output_length": 20_000_000,
    "array_maximum_element_count": 20_000,
    "dictionary_maximum_element_count": 20_000,
    "jbig2_maximum_output_length": 20_000_000,
    "lzw_maximum_output_length": 20_000_000,
    "run_length_maximum_output_length": 20_000_000,
    "zlib_maximum_output_length": 20_000_000,
    "zlib_maximum_recovery_input_length": 1_000_000,
    "brotli_maximum_output_length": 20_000_000,
    "flate_maximum_columns": 20_000,
    "flate_maximum_row_length": 1_000_000,
    "image_maximum_buffer_size": 40_000_000,
    "stream_filters_maximum_length": 4,
    "stream_decoding_work_maximum_length": 60_000_000,
    "stream_parsing_work_maximum_count": 500_000,
    "xmp_maximum_input_length": 500_000,
    "outline_maximum_entries": 1_000,
    "outline_maximum_depth": 20,
    "page_tree_maximum_entries": 1_000,
    "page_tree_maximum_depth": 20,
    "page_tree_maximum_page_entries": 10_000,
    "form_fields_maximum_entries": 1_000,
    "form_fields_maximum_depth": 20,
    "named_destinations_maximum_entries": 1_000,
    "named_destinations_maximum_depth": 20,
    "xform_maximum_invocations_per_extraction": 200,
    "xfa_decoding_work_maximum_length": 10_000_000,
}
# the same for pypdf releases before its Configuration class (module constants)
_LEGACY_LIMITS = {
    "ZLIB_MAX_OUTPUT_LENGTH": 20_000_000,
    "LZW_MAX_OUTPUT_LENGTH": 20_000_000,
    "JBIG2_MAX_OUTPUT_LENGTH": 20_000_000,
    "RUN_LENGTH_MAX_OUTPUT_LENGTH": 20_000_000,
    "MAX_DECLARED_STREAM_LENGTH": 20_000_000,
    "MAX_ARRAY_BASED_STREAM_OUTPUT_LENGTH": 20_000_000,
    "ZLIB_MAX_RECOVERY_INPUT_LENGTH": 1_000_000,
}


class ReadError(Exception):
    """A file that cannot be read; .code is one of the codes the parent understands."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def configure() -> None:
    """Limits of the libraries; called once in the sandbox before anything is parsed."""
    logging.disable(logging.CRITICAL)  # pypdf warns with details of the file: not wanted
    warnings.simplefilter("ignore")
    import pypdf
    from PIL import Image

    if hasattr(pypdf, "overwrite_configuration"):
        from pypdf import Configuration

        known = {f for f in getattr(Configuration, "__dataclass_fields__", {})}
        pypdf.overwrite_configuration(
            disable_legacy_handling=True,
            **{k: v for k, v in PYPDF_LIMITS.items() if k in known},
        )
    else:  # pragma: no cover - older pypdf
        from pypdf import filters

        for name, value in _LEGACY_LIMITS.items():
            if hasattr(filters, name):
                setattr(filters, name, value)
    Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
    try:
        from pillow_heif import register_heif_opener

        register_heif_opener()
    except ImportError:
        pass
    # Pillow opens only what an ID copy can be, also where pypdf hands it a picture's bytes
    Image.init()
    allowed = {*PIL_FORMATS, "JPEG2000"}  # scanners put JPEG 2000 (JPXDecode) in PDFs
    for name in list(Image.OPEN):
        if name not in allowed:
            del Image.OPEN[name]
    Image.ID[:] = [name for name in Image.ID if name in allowed]
    warnings.simplefilter("error", Image.DecompressionBombWarning)


def heif_available() -> bool:
    from PIL import Image

    return "HEIF" in Image.OPEN


def tesseract_binary() -> str | None:
    return shutil.which("tesseract")


# ---------------------------------------------------------------------------------------------


def read_document(content: bytes, mime: str, *, ocr: bool = True, deadline: float = 0) -> dict:
    """What one attachment holds, as a dict for the parent (see the module doc)."""
    deadline = deadline or time.monotonic() + 20
    result: dict[str, Any] = {
        "error": "",
        "source": "",
        "text_layer": False,
        "images": 0,
        "markers": {"kind": "", "identity": False},
        "mrz": None,
    }
    if mime == "application/pdf":
        _read_pdf(content, result, ocr=ocr, deadline=deadline)
    else:
        image = open_image(content, mime)
        result["images"] = 1
        _ocr_images([image], result, ocr=ocr, deadline=deadline)
    return result


def _mrz_dict(mrz: Mrz, source: str) -> dict[str, Any]:
    return {
        "format": mrz.format,
        "kind": mrz.document_kind,
        "issuer": mrz.issuer,
        "checks": mrz.checks,
        "redacted": list(mrz.redacted),
        "expiry": mrz.expiry.isoformat() if mrz.expiry else None,
        "birth_valid": mrz.birth_valid,
        "surname": mrz.surname,
        "given_names": mrz.given_names,
        "doc_hash": document_hash(mrz.issuer, mrz.document_number) if mrz.document_number else "",
        "source": source,
    }


def _better(new: Mrz, old: Mrz | None) -> bool:
    return old is None or (len(new.failed), len(new.unchecked)) < (
        len(old.failed),
        len(old.unchecked),
    )


def _read_pdf(content: bytes, result: dict, *, ocr: bool, deadline: float) -> None:
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    try:
        reader = PdfReader(io.BytesIO(content), strict=False)
        if reader.is_encrypted:
            try:
                decrypted = reader.decrypt("")  # an owner password only: readable all the same
            except Exception:
                decrypted = 0
            if not decrypted:
                raise ReadError("encrypted")
        pages = []
        for i, page in enumerate(reader.pages):
            if i >= MAX_PAGES:
                break
            pages.append(page)
    except ReadError:
        raise
    except FileNotDecryptedError as exc:
        raise ReadError("encrypted") from exc
    except RecursionError as exc:
        raise ReadError("nesting") from exc
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise ReadError("corrupt") from exc
    except Exception as exc:  # pypdf raises many kinds on hostile input
        raise ReadError(_code_of(exc)) from exc
    if not pages:
        raise ReadError("corrupt")

    text_parts: list[str] = []
    size = 0
    for page in pages:
        try:
            contents = page.get_contents()
            if contents is not None:
                contents.get_data()  # pypdf's text extraction hides a reached limit: not this
        except RecursionError as exc:
            raise ReadError("nesting") from exc
        except Exception as exc:
            if _code_of(exc) in ("limit", "memory"):
                raise ReadError(_code_of(exc)) from exc
        try:
            part = page.extract_text() or ""
        except RecursionError as exc:
            raise ReadError("nesting") from exc
        except Exception as exc:
            if _code_of(exc) == "limit":
                raise ReadError("limit") from exc
            part = ""
        text_parts.append(part[: MAX_TEXT - size])
        size += len(text_parts[-1])
        if time.monotonic() > deadline:
            raise ReadError("timeout")
    text = "\n".join(text_parts)
    result["text_layer"] = bool(text.strip())
    markers = find_markers(text)
    result["markers"] = {
        "kind": markers.document_kind,
        "identity": markers.looks_like_identity_document,
    }
    mrz = find_mrz(text)
    if mrz is not None:
        result["source"] = "text"
        result["mrz"] = _mrz_dict(mrz, "text")
        if not mrz.failed and not mrz.unchecked:
            return
    images = list(_pdf_images(pages, deadline))
    result["images"] = len(images)
    if images:
        _ocr_images(images, result, ocr=ocr, deadline=deadline, prior=mrz)


def _code_of(exc: BaseException) -> str:
    name = type(exc).__name__
    if "Limit" in name or "limit" in str(exc).lower():
        return "limit"
    if isinstance(exc, MemoryError):
        return "memory"
    if isinstance(exc, RecursionError):
        return "nesting"
    return "corrupt"


def _pdf_images(pages: list, deadline: float):
    """The pictures of the first pages, their size checked before they are decoded."""
    from pypdf.generic import NameObject

    for page in pages:
        try:
            resources = page.get("/Resources") or {}
            xobjects = resources.get("/XObject") or {}
            names = []
            for name, ref in list(xobjects.items())[:MAX_IMAGES_PER_PAGE]:
                obj = ref.get_object()
                if obj.get("/Subtype") != NameObject("/Image"):
                    continue
                width, height = int(obj.get("/Width", 0)), int(obj.get("/Height", 0))
                if width * height > MAX_IMAGE_PIXELS:
                    raise ReadError("image_too_large")
                if min(width, height) < MIN_IMAGE_SIDE // 2:
                    continue
                names.append(name)
            if not names:
                continue
            for image_file in page.images:
                if time.monotonic() > deadline:
                    raise ReadError("timeout")
                if any(str(image_file.name).startswith(n.lstrip("/")) for n in names):
                    yield image_file.image
        except ReadError:
            raise
        except RecursionError as exc:
            raise ReadError("nesting") from exc
        except Exception as exc:
            if _code_of(exc) in ("limit", "memory"):
                raise ReadError(_code_of(exc)) from exc
            continue


def open_image(content: bytes, mime: str):
    """A decoded picture, after Pillow checked its format and size; ReadError otherwise."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    if mime in ("image/heic", "image/heif") and not heif_available():
        raise ReadError("heic_unsupported")
    try:
        image = Image.open(io.BytesIO(content), formats=PIL_FORMATS)
        width, height = image.size
        if width * height > MAX_IMAGE_PIXELS:
            raise ReadError("image_too_large")
        if image.format == "JPEG":
            image.draft("L", (OCR_SIDE * 2, OCR_SIDE * 2))  # decode at a reduced size: cheaper
        image.load()
        image = ImageOps.exif_transpose(image)
    except ReadError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ReadError("image_too_large") from exc
    except UnidentifiedImageError as exc:
        raise ReadError("corrupt") from exc
    except MemoryError as exc:
        raise ReadError("memory") from exc
    except Exception as exc:  # truncated or damaged data
        raise ReadError("corrupt") from exc
    return image


def _prepare(image):
    """Grey, scaled to a size where MRZ characters are 25-60 pixels high."""
    from PIL import Image, ImageOps

    if image.mode not in ("L", "RGB"):
        image = image.convert("RGB")
    image = ImageOps.grayscale(image)
    width, height = image.size
    if min(width, height) < MIN_IMAGE_SIDE:
        raise ReadError("image_too_small")
    scale = OCR_SIDE / max(width, height)
    if scale < 1 or scale > 1.5:
        image = image.resize(
            (max(1, int(width * scale)), max(1, int(height * scale))), Image.Resampling.LANCZOS
        )
    return ImageOps.autocontrast(image)


def _ocr(image, deadline: float) -> str:
    binary = tesseract_binary()
    if binary is None:
        raise ReadError("no_ocr")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    remaining = deadline - time.monotonic()
    if remaining <= 1:
        raise ReadError("timeout")
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "OMP_THREAD_LIMIT": "1",
        "LANG": "C.UTF-8",
    }
    if "TESSDATA_PREFIX" in os.environ:
        env["TESSDATA_PREFIX"] = os.environ["TESSDATA_PREFIX"]
    try:
        done = subprocess.run(
            [
                binary,
                "stdin",
                "stdout",
                "--psm",
                "6",
                "-l",
                "eng",
                "-c",
                f"tessedit_char_whitelist={MRZ_WHITELIST}",
                "-c",
                "load_system_dawg=0",
                "-c",
                "load_freq_dawg=0",
            ],
            input=buffer.getvalue(),
            capture_output=True,
            timeout=remaining,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise ReadError("timeout") from exc
    except OSError as exc:
        raise ReadError("no_ocr") from exc
    if done.returncode != 0:
        return ""
    return done.stdout.decode("utf-8", "replace")


def _ocr_images(
    images: list, result: dict, *, ocr: bool, deadline: float, prior: Mrz | None = None
) -> None:
    """Tesseract on each picture, turned each way if need be, until a zone passes its checks."""
    if not ocr or tesseract_binary() is None:
        if result["mrz"] is None:
            raise ReadError("no_ocr")
        return
    best = prior
    best_source = result["source"]
    too_small = 0
    for image in images:
        try:
            prepared = _prepare(image)
        except ReadError:
            too_small += 1
            continue
        width, height = prepared.size
        attempts: list[float] = [0, 180] if width >= height else [90, 270]
        attempts += [a for a in (0, 90, 180, 270) if a not in attempts]
        tried: set[float] = set()
        while attempts:
            angle = attempts.pop(0)
            if angle in tried or time.monotonic() > deadline - 1:
                continue
            tried.add(angle)
            turned = prepared.rotate(angle, expand=True, fillcolor=255) if angle else prepared
            text = _ocr(turned, deadline)
            markers = find_markers(text)
            if markers.looks_like_identity_document and not result["markers"]["identity"]:
                result["markers"] = {"kind": markers.document_kind, "identity": True}
            mrz = find_mrz(text)
            if mrz is not None and _better(mrz, best):
                best, best_source = mrz, "ocr"
            if best is not None and not best.failed and not best.unchecked:
                break
            if mrz is not None and angle % 90 == 0:
                # the zone is this way up but misread: a slightly tilted photo or scan
                base = angle
                attempts = [base + d for d in (-2.5, 2.5, -1.2, 1.2, -4.0, 4.0)]
        if best is not None and not best.failed and not best.unchecked:
            break
    if too_small and too_small == len(images) and best is None:
        raise ReadError("image_too_small")
    if best is not None and best_source == "ocr":
        result["source"] = "ocr"
        result["mrz"] = _mrz_dict(best, "ocr")
    elif result["source"] == "" and best is None:
        result["source"] = "ocr"
