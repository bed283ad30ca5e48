"""The ``veil`` command: a thin Typer shell over the library.

Errors are handled in one place (``main``): a ``VeilError`` prints one red line and exits
with its code; anything else is a bug and prints one line asking for ``--debug``, which
shows the traceback.
"""

from __future__ import annotations

import sys

import typer

from veil import __version__
from veil.errors import VeilError

from . import _access, _demo, _detect, _keys, _protect, _vault
from ._console import err_console, state

__all__ = ["app", "main"]

app = typer.Typer(
    name="veil",
    help="veil: a self-hosted privacy vault for AI data. Find, protect and govern PII, PHI "
    "and secrets.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"veil {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version and exit."
    ),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks on errors."),
) -> None:
    state.debug = debug


app.command("detect")(_detect.detect)
app.command("scan")(_detect.scan)
app.command("demo")(_demo.demo)
app.command("init")(_keys.init)
app.command("encrypt")(_keys.encrypt)
app.command("decrypt")(_keys.decrypt)
app.add_typer(_keys.keys_app, name="keys")
app.command("tokenize")(_vault.tokenize)
app.command("detokenize")(_vault.detokenize)
app.add_typer(_vault.vault_app, name="vault")
app.add_typer(_vault.audit_app, name="audit")
app.command("protect")(_protect.protect)
app.add_typer(_protect.policy_app, name="policy")
app.command("risk")(_protect.risk)
_protect.policy_app.command("check")(_access.policy_check)
app.command("serve")(_access.serve)
app.command("gateway")(_access.gateway)
app.command("leak-index")(_access.leak_index)
app.add_typer(_access.certs_app, name="certs")
app.add_typer(_access.users_app, name="users")
app.add_typer(_access.clients_app, name="clients")
app.add_typer(_access.access_app, name="access")


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script; returns the exit code.

    Typer/Click handle usage errors themselves (message + exit 2); veil's own errors are
    printed here as one red line with their exit code.
    """
    args = sys.argv[1:] if argv is None else argv
    state.debug = "--debug" in args
    try:
        app(args=args, prog_name="veil", standalone_mode=True)
    except SystemExit as e:
        code = e.code
        return code if isinstance(code, int) else (0 if code is None else 1)
    except VeilError as e:
        if state.debug:
            err_console.print_exception()
        err_console.print(f"[red]error:[/red] {e}", highlight=False, soft_wrap=True)
        return e.exit_code
    except KeyboardInterrupt:
        err_console.print("[red]interrupted[/red]")
        return 130
    except Exception as e:  # a bug: say so in one line unless --debug
        if state.debug:
            err_console.print_exception()
        else:
            err_console.print(
                f"[red]internal error:[/red] {type(e).__name__}: {e} (rerun with --debug for "
                "the traceback)",
                highlight=False,
                soft_wrap=True,
            )
        return 1
    return 0


def run() -> None:  # pragma: no cover - console script
    sys.exit(main())
