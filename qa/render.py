"""Terminal output for people (rich): answers with their sources, search hits."""
from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table

from .types import Answer, Hit


def print_answer(answer: Answer, console: Console | None = None) -> None:
    console = console or Console()
    style = "green" if answer.answered else "yellow"
    console.print(Panel(escape(answer.answer), title=escape(answer.question), border_style=style))
    for c in answer.citations:
        head = f"[bold][{c.n}][/bold] {escape(c.title)} — {escape(c.source or '출처 미상')}, {escape(c.date or '날짜 미상')}"
        if c.page:
            head += f", {c.page}쪽"
        console.print(head)
        console.print(f"    “{escape(c.quote)}”", style="dim")
        if c.url:
            console.print(f"    {escape(c.url)}", style="blue")
    for n in answer.notes:
        if not n.startswith("evidence"):
            console.print(escape(n), style="yellow")


def print_hits(question: str, hits: list[Hit], console: Console | None = None) -> None:
    console = console or Console()
    table = Table(title=escape(question), show_lines=True)
    table.add_column("#", justify="right")
    table.add_column("문서")
    table.add_column("구절")
    table.add_column("점수", justify="right")
    for h in hits:
        table.add_row(str(h.rank), escape(h.chunk.doc_id), escape(h.chunk.text), f"{h.score:.4f}")
    console.print(table)
