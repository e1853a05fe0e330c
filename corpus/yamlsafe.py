"""YAML from untrusted files, with alias expansion bounded ("billion laughs" refused).

``safe_load_bounded`` is PyYAML's safe loader (plain data, never objects or code;
libyaml's when installed) plus limits checked on the composed node graph, before
anything is built:

* at most ``max_aliases`` alias uses (``*name``) in the document (default 100);
* when aliases are used, the document expanded as a tree (every alias replaced by
  what it names, recursively) has at most ``max_nodes`` nodes (default 10,000).

An alias bomb is a few hundred bytes whose aliases name lists of aliases: nine
levels of ten are a billion strings once expanded, and anything that walks the
result (printing it, copying it, converting it) runs out of time and memory. The
limits refuse it in microseconds, while ordinary anchors (a shared default block)
pass. A recursive alias (a node that contains itself) is refused as well.

Everything wrong raises :class:`YamlError` (a ``ValueError``) with ``origin``,
``line`` (1-based, in ``text``, or None) and ``reason``; ``str(err)`` is
"origin, line N: reason". Used for article front matter; meant for any YAML a
user hands over (alias files, parameter files).
"""

from __future__ import annotations

import yaml

from corpus.errors import NewslensError

MAX_ALIASES = 100
MAX_NODES = 10_000


class YamlError(NewslensError, ValueError):
    def __init__(self, origin: str, line: int | None, reason: str) -> None:
        where = f"{origin}, line {line}" if line is not None else origin
        super().__init__(f"{where}: {reason}")
        self.origin = origin
        self.line = line
        self.reason = reason


class _Refused(Exception):
    def __init__(self, mark, reason: str) -> None:
        super().__init__(reason)
        self.mark = mark
        self.reason = reason


# libyaml's loader where PyYAML has it (it also caps nesting depth); the same safe constructor.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load_bounded(text: str, *, origin: str, max_aliases: int = MAX_ALIASES, max_nodes: int = MAX_NODES):
    """The data in one YAML document (None for an empty one); raises :class:`YamlError`."""
    loader = _LOADER(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _check_graph(node, max_aliases, max_nodes)
        return loader.construct_document(node)
    except _Refused as err:
        raise YamlError(origin, _line(err.mark), err.reason) from None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None) or getattr(err, "context_mark", None)
        reason = " ".join(str(getattr(err, "problem", None) or err).split())
        raise YamlError(origin, _line(mark), f"invalid YAML: {reason}") from None
    except RecursionError:
        raise YamlError(origin, None, "invalid YAML: nested too deeply") from None
    except (ValueError, OverflowError) as err:  # a value the constructor cannot build (a 5000-digit int)
        raise YamlError(origin, None, f"invalid YAML: a value that cannot be read ({err})") from None
    finally:
        loader.dispose()


def _line(mark) -> int | None:
    return mark.line + 1 if mark is not None else None


def _check_graph(root, max_aliases: int, max_nodes: int) -> None:
    """Raise _Refused for too many aliases, a recursive one, or too large an expansion.

    The composer returns the node an alias names, so an alias use is a second
    visit of a node. Sizes (the node expanded as a tree) are memoised per node:
    the cost is linear in the document, not in its expansion.
    """
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()
    aliases = 0

    def size(node) -> int:
        nonlocal aliases
        key = id(node)
        if key in sizes or key in open_nodes:
            aliases += 1
            if aliases > max_aliases:
                raise _Refused(node.start_mark, f"more than {max_aliases} alias uses (*name): a possible alias bomb")
            if key in open_nodes:
                raise _Refused(node.start_mark, "a recursive alias (a value that contains itself)")
            return sizes[key]
        open_nodes.add(key)
        total = 1
        if isinstance(node, yaml.SequenceNode):
            children = node.value
        elif isinstance(node, yaml.MappingNode):
            children = [child for pair in node.value for child in pair]
        else:
            children = ()
        for child in children:
            total += size(child)
            if aliases and total > max_nodes:
                raise _Refused(node.start_mark, f"aliases would expand the value here to more than "
                                                f"{max_nodes:,} values (an alias bomb)")
        open_nodes.discard(key)
        sizes[key] = total
        return total

    size(root)
