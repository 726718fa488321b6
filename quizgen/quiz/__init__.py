"""The interactive terminal quiz."""

from .session import NotATerminalError, run_quiz

__all__ = ["NotATerminalError", "run_quiz"]
