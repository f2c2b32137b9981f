"""HTML mail bodies as plain text: what a reader sees, never markup (stdlib html.parser)."""

from __future__ import annotations

from html.parser import HTMLParser

_BLOCK = {
    "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset", "figure",
    "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
    "ol", "p", "pre", "section", "table", "tr", "ul",
}  # fmt: skip
_SKIP = {"script", "style", "head", "title", "template", "noscript", "xml"}


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self._line: list[str] = []
        self._skip_depth = 0
        self._quote_depth = 0

    def _newline(self) -> None:
        text = " ".join("".join(self._line).split())
        prefix = "> " * self._quote_depth
        if text or (self.lines and self.lines[-1] != prefix.rstrip()):
            self.lines.append((prefix + text).rstrip())
        self._line = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip_depth += 1
        elif tag == "br":
            self._newline()
        elif tag in _BLOCK:
            self._newline()
            if tag == "blockquote" or _is_gmail_quote(attrs):
                self._quote_depth += 1
        elif tag in ("td", "th"):
            self._line.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BLOCK:
            self._newline()
            if tag == "blockquote" and self._quote_depth:
                self._quote_depth -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self._line.append(data)

    def text(self) -> str:
        self._newline()
        out: list[str] = []
        for line in self.lines:
            if line or (out and out[-1]):
                out.append(line)
        return "\n".join(out).strip("\n")


def _is_gmail_quote(attrs: list[tuple[str, str | None]]) -> bool:
    classes = dict(attrs).get("class") or ""
    return "gmail_quote" in classes.split()


def html_to_text(html: str) -> str:
    parser = _TextExtractor()
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError):  # malformed markup: keep what was read
        pass
    return parser.text()
