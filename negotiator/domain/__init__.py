"""The pure core: money, accounts, the creditor's policy and limits, plans and agreements.

Nothing here does I/O or imports aiogram or SQLAlchemy; everything takes values and returns values.
"""
