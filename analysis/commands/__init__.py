"""One module per ``newslens`` subcommand: ``add_parser(subparsers)`` and ``run(args) -> int``."""
