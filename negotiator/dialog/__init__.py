"""Conversations declared as data (``dialogs/*.yaml``) and the engine that steps them.

The package is pure: it reads scripts once at start-up and afterwards only maps values to
values (state + event + account + policy + clock -> decision). Nothing here sends a message.
"""
