"""Understanding debtors: one message in, an ``Interpretation`` out (see ``interpretation``)."""
