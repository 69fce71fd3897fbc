"""Understanding debtors: one message in, an :class:`~negotiator.nlu.interpretation.Interpretation` out."""
