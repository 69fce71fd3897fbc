"""The simulator: synthetic debtors through the real negotiation pipeline (``negotiator simulate``).

A creditor measures a policy before a real debtor sees it: thousands of synthetic debtors, each a
persona (:mod:`.personas`) with an account in one of the policy's portfolios (:mod:`.population`),
chat with the bot (:mod:`.debtor`, in words from :mod:`.phrasebook`), and :mod:`.metrics` adds
up what came of it; :mod:`.report` and :mod:`.html_report` print and write it, :mod:`.comparison`
puts two policies side by side on the same debtors.

The bot they meet is the real one: :mod:`.wiring` gets the conversation service from
:func:`negotiator.bootstrap.bootstrap` (the same understanding, screening, dialog engine and
script, catalogs, offer engine and compliance filters as ``negotiator run``), and
:mod:`.pipeline` runs each event through those parts exactly as
:meth:`~negotiator.services.conversation.ConversationService.handle` does. What it bypasses,
compared with a Telegram update:

* the database: no inbox, per-debtor lock, conversation rows, message records, offers,
  agreements, cases or audit chain are written; the talk stays in memory instead of being
  stored as JSON between messages (agreements are numbered as the service numbers them);
* the outbox and the sender (nothing is sent; replies are read from the returned value), and
  the written confirmation (PDF);
* the agents' desk: a case is never taken over (``agent_holding`` is false) and nothing is
  mirrored to a topic.

``tests/integration/test_simulate.py`` plays debtors of every kind through this pipeline and
through the real service on SQLite, and requires the same replies, verdicts and talk after every
event. The clock is fixed (:data:`.wiring.SIMULATED_AT`) and every debtor is drawn and played
from its own seed, so a seed gives the same figures, byte for byte, on any number of workers.
"""
