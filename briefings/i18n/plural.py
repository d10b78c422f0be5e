"""A PO file's Plural-Forms header as data: parsed and evaluated here, never by `eval`.

The header comes from a translator, so it is untrusted. The grammar is gettext's C
subset: the variable `n`, decimal integers, parentheses, `?:`, `||`, `&&`, `==`, `!=`,
`<`, `<=`, `>`, `>=`, `+`, `-`, `*`, `/`, `%` and `!`. Expressions are bounded in length
and nesting; `nplurals` is at most 6 (CLDR's largest number of plural categories).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal, SupportsInt, TypeAlias

MAX_NPLURALS = 6
MAX_LENGTH = 400
MAX_DEPTH = 20

_TOKEN = re.compile(r"\s*(?:(\d{1,9})|(n)|(\|\||&&|==|!=|<=|>=|[<>+\-*/%!?:()]))")
_HEADER = re.compile(r"^\s*nplurals\s*=\s*(\d{1,12})\s*;\s*plural\s*=\s*(.+?)\s*;?\s*$", re.S)

_Binary: TypeAlias = Literal["||", "&&", "==", "!=", "<", "<=", ">", ">=", "+", "-", "*", "/", "%"]
_Unary: TypeAlias = Literal["!u", "-u"]
# The syntax tree: ("n",), ("num", 3), ("!u", x), ("%", x, y), ("?", test, yes, no).
Tree: TypeAlias = (
    tuple[Literal["n"]]
    | tuple[Literal["num"], int]
    | tuple[_Unary, "Tree"]
    | tuple[_Binary, "Tree", "Tree"]
    | tuple[Literal["?"], "Tree", "Tree", "Tree"]
)

# binary operators by precedence, lowest first
_BINARY: list[tuple[_Binary, ...]] = [
    ("||",),
    ("&&",),
    ("==", "!="),
    ("<", "<=", ">", ">="),
    ("+", "-"),
    ("*", "/", "%"),
]


class PluralError(ValueError):
    pass


def _tokens(text: str) -> list[str]:
    out: list[str] = []
    pos = 0
    text = text.rstrip()
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if not match or match.end() == pos:
            bad = text[pos:].strip()[:20]
            raise PluralError(f"unexpected {bad!r} (only n, numbers and C operators are allowed)")
        out.append(match.group(match.lastindex or 0))  # a match always has one group
        pos = match.end()
    return out


class _Parser:
    def __init__(self, tokens: list[str]):
        self.tokens, self.pos, self.depth = tokens, 0, 0

    def peek(self) -> str | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self, want: str | None = None) -> str:
        token = self.peek()
        if token is None:
            raise PluralError("the expression ends too early")
        if want is not None and token != want:
            raise PluralError(f"expected {want!r}, found {token!r}")
        self.pos += 1
        return token

    def nest(self) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise PluralError(f"nested more than {MAX_DEPTH} levels deep")

    def ternary(self) -> Tree:
        self.nest()
        cond = self.binary(0)
        if self.peek() == "?":
            self.take()
            yes = self.ternary()
            self.take(":")
            no = self.ternary()
            cond = ("?", cond, yes, no)
        self.depth -= 1
        return cond

    def binary(self, level: int) -> Tree:
        if level == len(_BINARY):
            return self.unary()
        left = self.binary(level + 1)
        while (op := _operator(self.peek(), _BINARY[level])) is not None:
            self.take()
            right = self.binary(level + 1)
            if op in ("/", "%") and right == ("num", 0):
                raise PluralError("division by zero")
            left = (op, left, right)
        return left

    def unary(self) -> Tree:
        token = self.peek()
        if token in ("!", "-"):
            self.take()
            self.nest()
            operand = self.unary()
            self.depth -= 1
            return ("!u" if token == "!" else "-u", operand)
        if token == "(":
            self.take()
            inner = self.ternary()
            self.take(")")
            return inner
        if token == "n":
            self.take()
            return ("n",)
        if token is not None and token.isdigit():
            self.take()
            return ("num", int(token))
        raise PluralError(
            "the expression ends too early" if token is None else f"unexpected {token!r}"
        )


def _operator(token: str | None, operators: tuple[_Binary, ...]) -> _Binary | None:
    """`token` if it is one of `operators`, else None."""
    return next((op for op in operators if op == token), None)


def _c_div(a: int, b: int) -> int:
    if b == 0:
        raise ZeroDivisionError
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def _c_mod(a: int, b: int) -> int:
    return a - b * _c_div(a, b)


def evaluate(tree: Tree, n: int) -> int:
    if tree[0] == "n":
        return n
    if tree[0] == "num":
        return tree[1]
    if tree[0] == "?":
        return evaluate(tree[2], n) if evaluate(tree[1], n) else evaluate(tree[3], n)
    if tree[0] == "!u":
        return int(not evaluate(tree[1], n))
    if tree[0] == "-u":
        return -evaluate(tree[1], n)
    kind = tree[0]
    a = evaluate(tree[1], n)
    if kind == "||":
        return int(bool(a) or bool(evaluate(tree[2], n)))
    if kind == "&&":
        return int(bool(a) and bool(evaluate(tree[2], n)))
    b = evaluate(tree[2], n)
    if kind == "/":
        return _c_div(a, b)
    if kind == "%":
        return _c_mod(a, b)
    return int(
        {
            "==": a == b,
            "!=": a != b,
            "<": a < b,
            "<=": a <= b,
            ">": a > b,
            ">=": a >= b,
            "+": a + b,
            "-": a - b,
            "*": a * b,
        }[kind]
    )


_OPS: dict[str, Callable[[int, int], int]] = {
    "==": lambda a, b: int(a == b),
    "!=": lambda a, b: int(a != b),
    "<": lambda a, b: int(a < b),
    "<=": lambda a, b: int(a <= b),
    ">": lambda a, b: int(a > b),
    ">=": lambda a, b: int(a >= b),
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": _c_div,
    "%": _c_mod,
}


def compiled(tree: Tree) -> Callable[[int], int]:
    """The tree as nested Python closures (no eval, no source code): the same results as
    `evaluate`, about ten times faster, for the plural function used on every lookup."""
    if tree[0] == "n":
        return lambda n: n
    if tree[0] == "num":
        value = tree[1]
        return lambda n: value
    if tree[0] == "?":
        test, yes, no = compiled(tree[1]), compiled(tree[2]), compiled(tree[3])
        return lambda n: yes(n) if test(n) else no(n)
    if tree[0] == "!u":
        inner = compiled(tree[1])
        return lambda n: int(not inner(n))
    if tree[0] == "-u":
        inner = compiled(tree[1])
        return lambda n: -inner(n)
    kind = tree[0]
    left, right = compiled(tree[1]), compiled(tree[2])
    if kind == "||":
        return lambda n: int(bool(left(n)) or bool(right(n)))
    if kind == "&&":
        return lambda n: int(bool(left(n)) and bool(right(n)))
    op = _OPS[kind]
    return lambda n: op(left(n), right(n))


# header -> (nplurals, expression, tree, function): each header checked once
_CHECKED: dict[str, tuple[int, str, Tree, Callable[[int], int]]] = {}


def parse_plural(expression: str) -> Tree:
    """The syntax tree of a plural expression, or PluralError saying what is wrong."""
    if len(expression) > MAX_LENGTH:
        raise PluralError(f"longer than {MAX_LENGTH} characters")
    parser = _Parser(_tokens(expression))
    tree = parser.ternary()
    if parser.peek() is not None:
        raise PluralError(f"unexpected {parser.peek()!r}")
    return tree


class PluralForms:
    """`nplurals` and a safe plural function from a Plural-Forms header value."""

    def __init__(self, header: str):
        if header in _CHECKED:
            self.nplurals, self.expression, self.tree, self.function = _CHECKED[header]
            return
        match = _HEADER.match(header)
        if not match:
            raise PluralError("expected 'nplurals=N; plural=EXPRESSION;'")
        self.nplurals = int(match.group(1))
        if not 1 <= self.nplurals <= MAX_NPLURALS:
            raise PluralError(f"nplurals must be between 1 and {MAX_NPLURALS}, got {self.nplurals}")
        self.expression = match.group(2)
        self.tree = parse_plural(self.expression)
        self.function = compiled(self.tree)
        for n in list(range(0, 1001)) + [10**6, 10**9, 10**12 + 1]:
            try:
                index = self.function(n)
            except ZeroDivisionError:
                raise PluralError(f"division by zero for n={n}") from None
            if not 0 <= index < self.nplurals:
                raise PluralError(f"gives form {index} for n={n}, outside 0..{self.nplurals - 1}")
        _CHECKED[header] = (self.nplurals, self.expression, self.tree, self.function)

    def __call__(self, n: SupportsInt | str) -> int:  # what int() takes; anything else: form 0
        try:
            index = self.function(int(n))
        except (ZeroDivisionError, ValueError, OverflowError, TypeError, RecursionError):
            return 0
        return index if 0 <= index < self.nplurals else 0
