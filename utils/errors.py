"""The one exception type for a user's mistake: bad article, table or argument.

Every message starts with the file (or value) it is about, so the command line
can print it on one line and exit with status 2.
"""


class InputError(ValueError):
    """A user's input cannot be used; the message names the file and the problem."""

    def __init__(self, source: object, problem: str) -> None:
        self.source = str(source)
        self.problem = problem
        super().__init__(f"{self.source}: {problem}")


ArticleError = InputError  # the name the issues use; one type, two names
