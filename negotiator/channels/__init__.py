"""Channels: the ways debtors and agents reach the pipeline (Telegram, the terminal)."""
