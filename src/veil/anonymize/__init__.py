"""Dataset protection: policies, column operators, k-anonymity / l-diversity / t-closeness
(local recoding and full-domain generalization), verification, risk and utility report.

>>> from veil.anonymize import load_policy, protect, read_table    # doctest: +SKIP
>>> table, _ = read_table("patients.csv")
>>> result = protect(table, load_policy("policy.yaml"), OperatorContext(...))
"""

from __future__ import annotations

from veil.anonymize.engine import anonymize
from veil.anonymize.hierarchy import Hierarchy
from veil.anonymize.model import Anonymized, PrivacyModel, QuasiIdentifier
from veil.anonymize.operators import OperatorContext
from veil.anonymize.policy import Policy, load_policy, parse_policy, policy_schema
from veil.anonymize.protect import ProtectResult, protect, read_table, write_table
from veil.anonymize.report import build_report, render_html, report_json
from veil.anonymize.risk import RiskProfile, UtilityReport, risk, utility
from veil.anonymize.suggest import suggest_policy
from veil.anonymize.verify import check

__all__ = [
    "Anonymized",
    "Hierarchy",
    "OperatorContext",
    "Policy",
    "PrivacyModel",
    "ProtectResult",
    "QuasiIdentifier",
    "RiskProfile",
    "UtilityReport",
    "anonymize",
    "build_report",
    "check",
    "load_policy",
    "parse_policy",
    "policy_schema",
    "protect",
    "read_table",
    "render_html",
    "report_json",
    "risk",
    "suggest_policy",
    "utility",
    "write_table",
]
