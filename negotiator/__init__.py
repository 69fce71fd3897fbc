"""negotiator: a Telegram bot that negotiates overdue debts lawfully, politely and inside limits."""

__version__ = "0.1.0"
