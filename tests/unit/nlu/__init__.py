"""Tests of the interpreter of debtor messages (negotiator.nlu)."""
