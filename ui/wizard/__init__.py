"""The guided wizard for a new agreement."""

from ui.wizard.wizard import AgreementWizard

__all__ = ["AgreementWizard"]
