"""The PySide6 window. Calls ``unioncase`` services; never opens a session or writes SQL."""
