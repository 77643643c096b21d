#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets into OUTDIR/<target>/: the small text seeds of
tests/fuzz/corpus, the fixture article of tests/data/formats, and container and PDF seeds built
here (zip archives for DOCX, ODT and EPUB; a one-page PDF with a text stream), so that no binary
seed is committed.   usage: tests/fuzz/make-seeds.py OUTDIR"""

import io
import pathlib
import shutil
import sys
import zipfile

HERE = pathlib.Path(__file__).resolve().parent
DATA = HERE.parent / "data" / "formats"
TARGETS = ["html", "docx", "odt", "epub", "pdf", "markdown", "articleloader", "analysis",
           "breakers"]
# fuzz_articleloader reads the first byte as the choice of file name (see fuzz_articleloader.cpp).
NAME_BYTE = {"txt": 0, "html": 1, "md": 2, "docx": 3, "odt": 4, "epub": 5, "pdf": 6}


def paragraphs():
    text = (DATA / "article.txt").read_text(encoding="utf-8")
    return [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def make_zip(entries):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data, stored in entries:
            z.writestr(name, data, zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED)
    return out.getvalue()


def docx_xml():
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(f"<w:p><w:r><w:t>{escape(p)}</w:t><w:tab/><w:br/></w:r></w:p>"
                   for p in paragraphs())
    return f'<w:document xmlns:w="{w}"><w:body>{body}</w:body></w:document>'


def docx():
    core = ('<cp:coreProperties xmlns:cp="c" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            "<dc:title>T</dc:title><dc:creator>A</dc:creator></cp:coreProperties>")
    return make_zip([("word/document.xml", docx_xml(), False),
                     ("docProps/core.xml", core, False)])


def odt_xml():
    text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    body = "".join(f'<text:p>{escape(p)}<text:s text:c="2"/><text:span>x</text:span>'
                   "<text:note><text:p>n</text:p></text:note></text:p>" for p in paragraphs())
    return (f'<office:document-content xmlns:office="{office}" xmlns:text="{text}">'
            f"<office:body><office:text>{body}</office:text></office:body>"
            "</office:document-content>")


def odt():
    return make_zip([("mimetype", "application/vnd.oasis.opendocument.text", True),
                     ("content.xml", odt_xml(), False)])


OPF = ('<package><metadata><dc:title xmlns:dc="d">T</dc:title></metadata><manifest>'
       '<item id="c1" href="c%201.xhtml"/></manifest><spine><itemref idref="c1"/></spine>'
       "</package>")


def epub():
    chapter = "<html><body>" + "".join(f"<p>{escape(p)}</p>" for p in paragraphs()) + "</body></html>"
    container = ('<container><rootfiles><rootfile full-path="OEBPS/book.opf"/></rootfiles>'
                 "</container>")
    return make_zip([("mimetype", "application/epub+zip", True),
                     ("META-INF/container.xml", container, False),
                     ("OEBPS/book.opf", OPF, False),
                     ("OEBPS/c 1.xhtml", chapter, False)])


def pdf():
    lines = []
    for p in paragraphs()[:4]:
        words, line = p.split(), ""
        for word in words:
            if len(line) + len(word) > 60:
                lines.append(line)
                line = ""
            line += word + " "
        lines += [line, ""]
    ops = ["BT /F1 11 Tf 72 760 Td 14 TL"]
    for line in lines:
        safe = line.encode("latin-1", "replace").decode("latin-1")
        safe = safe.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"({safe}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    root = pathlib.Path(sys.argv[1])
    seeds = {target: {} for target in TARGETS}
    for target in TARGETS:
        committed = HERE / "corpus" / target
        for path in sorted(committed.glob("*")) if committed.is_dir() else []:
            seeds[target][path.name] = path.read_bytes()
    built = {"txt": (DATA / "article.txt").read_bytes(), "html": (DATA / "article.html").read_bytes(),
             "md": (DATA / "article.md").read_bytes(), "docx": docx(), "odt": odt(),
             "epub": epub(), "pdf": pdf()}
    for kind, target in [("html", "html"), ("md", "markdown"), ("pdf", "pdf"),
                         ("txt", "analysis")]:
        seeds[target]["article." + kind] = built[kind]
    # The breakers read their input as UTF-16.
    seeds["breakers"]["article.txt"] = built["txt"].decode("utf-8").encode("utf-16-le")
    # The container targets read an even first byte as "archive", an odd one as "main part".
    for target, archive, part in [("docx", built["docx"], docx_xml()),
                                  ("odt", built["odt"], odt_xml()), ("epub", built["epub"], OPF)]:
        seeds[target]["article." + target] = b"\x00" + archive
        seeds[target]["part.xml"] = b"\x01" + part.encode("utf-8")
    for kind, data in built.items():
        seeds["articleloader"]["article." + kind] = bytes([NAME_BYTE[kind]]) + data
    for target, files in seeds.items():
        directory = root / target
        shutil.rmtree(directory, ignore_errors=True)
        directory.mkdir(parents=True)
        for name, data in files.items():
            (directory / name).write_bytes(data)
        print(f"{target}: {len(files)} seeds")


if __name__ == "__main__":
    main()
