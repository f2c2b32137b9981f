"""HTML mail bodies as plain text: what a reader sees, never markup.

lxml's HTML parser (libxml2) reads the markup: it is linear in its input and recovers from any
markup, where the stdlib's html.parser takes quadratic time on unclosed tags, comments and
attribute quotes (100 kB of `<a b='` took 44 s). libxml2 stops descending at 256 nested
elements; what lies deeper is dropped.

Quoted text is marked as the plain-text clients mark it, so that ``quotes.split_body`` reads both
alike: lines inside a `<blockquote>` start with "> ", a horizontal rule (`<hr>`, or Outlook's
top-bordered header box) becomes a line of underscores. Where a mail client wraps the earlier
mail in a container of its own (Gmail's `gmail_quote`, Outlook's `divRplyFwdMsg`, …), the line
where it starts is given as `quote_line`: everything from there on is not the writer's new text.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from worker.mail import clean

RULE = "_" * 32

_BLOCK = frozenset({
    "address", "article", "aside", "blockquote", "caption", "center", "dd", "details", "dir",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
    "h4", "h5", "h6", "header", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
    "summary", "table", "tr", "ul",
})  # fmt: skip
_SKIP = frozenset({"script", "style", "head", "title", "template", "noscript", "xml", "object"})
_CELL = frozenset({"td", "th"})
# containers mail clients put the earlier mail in (ids may carry OWA's "x_" prefix)
_QUOTE_IDS = frozenset({
    "divrplyfwdmsg", "appendonsend", "olk_src_body_section",
    "mail-editor-reference-message-container",
})  # fmt: skip
_QUOTE_CLASSES = frozenset({
    "gmail_quote", "gmail_quote_container", "outlookmessageheader", "yahoo_quoted",
    "moz-forward-container", "protonmail_quote", "zmail_extra",
})  # fmt: skip


@dataclass(frozen=True)
class HtmlText:
    text: str
    quote_line: int | None = None  # index in text.split("\n") where the client's quote begins


def html_to_text(html: str) -> str:
    return read_html(html).text


def read_html(html: str) -> HtmlText:
    html = clean.text(html, len(html))  # libxml2 refuses control characters
    root = _parse(html)
    if root is None:
        return HtmlText("")
    writer = _Writer()
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            writer.open(tag.lower(), element)
            writer.data(element.text)
        else:
            writer.close(tag.lower())
            writer.data(element.tail)
    return writer.result()


def _parse(html: str):
    parser = etree.HTMLParser(recover=True, no_network=True, remove_comments=True, remove_pis=True)
    try:
        return etree.fromstring(html, parser)
    except (etree.LxmlError, ValueError):  # e.g. an XML encoding declaration in a str
        try:
            return etree.fromstring(html.encode("utf-8"), etree.HTMLParser(
                encoding="utf-8", recover=True, no_network=True, remove_comments=True,
                remove_pis=True,
            ))  # fmt: skip
        except (etree.LxmlError, ValueError):
            return None


class _Writer:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.quote_line: int | None = None
        self._line: list[str] = []
        self._skip = 0
        self._quote_depth = 0
        self._pre = 0
        self._opened: list[str] = []  # per open element: "skip", "quote", "pre" or ""
        self._container_pending = False

    def open(self, tag: str, element) -> None:
        role = ""
        if tag in _SKIP:
            role = "skip"
            self._skip += 1
        elif tag == "br":
            self._newline()
        elif tag == "hr":
            self._rule()
        elif tag in _BLOCK:
            self._newline()
            if tag == "blockquote":
                role = "quote"
                self._quote_depth += 1
            elif tag == "pre":
                role = "pre"
                self._pre += 1
            if _is_quote_container(element):
                self._start_container()
            elif tag == "div" and _has_top_border(element):
                self._rule()  # Outlook's header box ("From: … Sent: …") under a line
        elif tag in _CELL:
            self._line.append(" ")
        self._opened.append(role)

    def close(self, tag: str) -> None:
        role = self._opened.pop() if self._opened else ""
        if role == "skip":
            self._skip -= 1
        elif tag in _BLOCK:
            self._newline()
            if role == "quote":
                self._quote_depth -= 1
            elif role == "pre":
                self._pre -= 1

    def data(self, text: str | None) -> None:
        if not text or self._skip:
            return
        if not self._pre:
            self._line.append(text)
            return
        first, *more = text.split("\n")  # preformatted: its line breaks are the text's
        self._line.append(first)
        for piece in more:
            self._newline(keep_blank=True)
            self._line.append(piece)

    def _newline(self, keep_blank: bool = False) -> None:
        text = " ".join("".join(self._line).split())
        self._line = []
        if text:
            if self._container_pending:
                self.quote_line = len(self.lines)
                self._container_pending = False
            self.lines.append(("> " if self._quote_depth else "") + text)
        elif self.lines and (keep_blank or (self.lines[-1] and self.lines[-1] != ">")):
            self.lines.append(">" if self._quote_depth else "")

    def _rule(self) -> None:
        self._newline()
        self._line = [RULE]
        self._newline()

    def _start_container(self) -> None:
        if self.quote_line is not None or self._container_pending:
            return
        last = next((i for i in range(len(self.lines) - 1, -1, -1) if self.lines[i]), None)
        if last is not None and self.lines[last].endswith(RULE):
            self.quote_line = last  # the client's own divider line belongs to the quote
        else:
            self._container_pending = True

    def result(self) -> HtmlText:
        self._newline()
        while self.lines and not self.lines[-1].strip(">"):
            self.lines.pop()
        quote_line = self.quote_line if self.quote_line is not None else None
        if quote_line is not None and quote_line >= len(self.lines):
            quote_line = None
        return HtmlText("\n".join(self.lines), quote_line)


def _is_quote_container(element) -> bool:
    ident = (element.get("id") or "").lower()
    if ident.startswith("x_"):
        ident = ident[2:]
    if ident in _QUOTE_IDS:
        return True
    classes = (element.get("class") or "").lower().split()
    return any(c.removeprefix("x_") in _QUOTE_CLASSES for c in classes)


def _has_top_border(element) -> bool:
    style = (element.get("style") or "").lower().replace(" ", "")
    return "border-top:solid" in style and "border:none" in style
