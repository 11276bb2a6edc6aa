"""The one object the widgets share: the open store, the undo stack and the current agreement.

Every edit goes through ``edit()``, which validates with the core's rules and pushes an undo
command; the command writes the change to the file at once (one transaction), so nothing is
ever waiting to be saved.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from slaworkshop.model import (
    Agreement,
    Direction,
    KpiKind,
    Problem,
    Status,
    Unit,
    ValidationError,
    validate_agreement,
)
from slaworkshop.plan import Plan, plan_for
from slaworkshop.store import AgreementSummary, Store

Mutation = Callable[[Agreement], None]
Confirm = Callable[[str], bool]


class AgreementSession(QObject):
    """State shared by the main window, editors, chart, wizard and presenter."""

    # The current agreement's content or plan changed (also after undo/redo).
    changed = Signal()
    # The list of agreements in the file changed (created, deleted, renamed, signed...).
    agreementsChanged = Signal()
    # The selection moved to another agreement (or to none: -1).
    currentChanged = Signal(int)
    # An edit was refused; the problems say why (field and message).
    editRefused = Signal(list)

    def __init__(self, store: Store, undo_stack: QUndoStack | None = None,
                 confirm: Confirm | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        # Asked before an edit clears existing signatures; the window shows a question.
        self.confirm = confirm or (lambda _message: True)
        self.agreement: Agreement | None = None
        self.plan: Plan | None = None
        self.problems: list[Problem] = []

    @property
    def current_id(self) -> int | None:
        return None if self.agreement is None else self.agreement.id

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    @property
    def editable(self) -> bool:
        return (not self.store.read_only and self.agreement is not None
                and self.agreement.is_editable)

    def summaries(self) -> list[AgreementSummary]:
        return self.store.list_agreements()

    def select(self, agreement_id: int | None) -> None:
        if agreement_id is not None and not self.store.exists(agreement_id):
            agreement_id = None
        if agreement_id is None:
            self.agreement, self.plan, self.problems = None, None, []
        else:
            self._load(agreement_id)
        self.currentChanged.emit(-1 if agreement_id is None else agreement_id)
        self.changed.emit()

    def _load(self, agreement_id: int) -> None:
        self.agreement = self.store.load(agreement_id)
        self.problems = validate_agreement(self.agreement)
        self.plan = None if self.problems else plan_for(self.agreement)

    def _adopt(self, agreement: Agreement, revalidate: bool) -> None:
        """Take ``agreement`` as the current one: it is exactly what the file now holds."""
        self.agreement = agreement
        # Store.save validated this very content; only a normalised value needs it again.
        self.problems = validate_agreement(agreement) if revalidate else []
        self.plan = None if self.problems else plan_for(agreement)
        self.changed.emit()

    def reload(self) -> None:
        """Re-read the current agreement from the file (after a command ran)."""
        if self.agreement is not None and self.agreement.id is not None:
            if self.store.exists(self.agreement.id):
                self._load(self.agreement.id)
            else:
                self.agreement, self.plan = None, None
        self.changed.emit()

    def preview(self, mutate: Mutation) -> tuple[Agreement | None, list[Problem]]:
        """The agreement as it would be after ``mutate``, and what would be wrong with it."""
        if self.agreement is None:
            return None, [Problem("agreement", self.tr("no agreement is selected"))]
        after = self.agreement.copy()
        mutate(after)
        return after, validate_agreement(after)

    def edit(self, text: str, mutate: Mutation, merge_key: str | None = None) -> bool:
        """Apply one user edit as one undo step; False (and editRefused) when refused.

        Consecutive edits with the same ``merge_key`` (keystrokes in one field) merge into a
        single undo step.
        """
        if not self.editable or self.agreement is None:
            return False
        after, problems = self.preview(mutate)
        if problems or after is None:
            self.editRefused.emit(problems)
            return False
        if self.agreement.signatures and not self.confirm(self.tr(
                "This revision has already been signed by some parties. Changing it clears "
                "their signatures, and they will have to sign again. Change it?")):
            return False
        self.undo_stack.push(SaveAgreementCommand(self, self.agreement, after, text, merge_key))
        return True

    def replace(self, text: str, after: Agreement) -> bool:
        """Replace the whole current agreement (e.g. from a dialog) as one undo step."""
        return self.edit(text, lambda target: _assign(target, after))

    def create(self, agreement: Agreement, text: str | None = None) -> int:
        """Create a draft as one undo step and select it; returns its id."""
        command = CreateAgreementCommand(self, agreement, text or self.tr("New agreement"))
        self.undo_stack.push(command)
        assert command.agreement_id is not None
        return command.agreement_id

    def delete(self, agreement_id: int) -> None:
        self.undo_stack.push(DeleteAgreementCommand(self, agreement_id))

    def duplicate(self, agreement_id: int) -> int:
        copy = self.store.load(agreement_id)
        copy.id = None
        copy.signatures = []
        copy.fingerprint = None
        from slaworkshop.model import unique_name

        copy.status = Status.DRAFT
        copy.revision = 1
        copy.supersedes = None
        copy.title = unique_name(self.tr("%1 (copy)").replace("%1", copy.title),
                                 [s.title for s in self.summaries()])
        return self.create(copy, self.tr("Duplicate agreement"))


def _assign(target: Agreement, source: Agreement) -> None:
    keep_id = target.id
    target.__dict__.update(source.copy().__dict__)
    target.id = keep_id


_PLAIN_TYPES: dict[str, tuple[type, ...]] = {
    "str": (str,), "str | None": (str, type(None)), "int": (int,),
    "int | None": (int, type(None)), "Decimal": (Decimal,),
    "Decimal | None": (Decimal, type(None)), "list[str]": (str,),
    "list[Decimal]": (Decimal,), "list[Decimal | None]": (Decimal, type(None)),
    "Status": (Status,), "KpiKind": (KpiKind,), "Unit": (Unit,), "Direction": (Direction,),
}


def _plain(item: object) -> bool:
    """Whether every field of a dataclass holds exactly the type the store reads back."""
    for field in dataclasses.fields(item):  # type: ignore[arg-type]
        allowed = _PLAIN_TYPES.get(str(field.type))
        if allowed is None:
            continue
        value = getattr(item, field.name)
        values = value if str(field.type).startswith("list[") else [value]
        if not isinstance(values, list) or any(type(v) not in allowed for v in values):
            return False
    return True


def _as_stored(saved: Agreement, before: Agreement, cleared: bool) -> Agreement | None:
    """``saved`` as ``Store.load`` reads it back just after ``Store.save(saved)``, or None
    when that is not certain without reading the file.

    ``before`` is what the file held (the session's agreement). ``Store.save`` writes every
    value as given except the currency (trimmed, upper case); it keeps the status and
    fingerprint in the file and the signatures unless it cleared them. A value of another
    type than the store reads back (an int for a Decimal...) is left to a reload.
    """
    if (saved.status is not before.status or saved.fingerprint != before.fingerprint
            or (not cleared and saved.signatures != before.signatures)):
        return None
    parts: list[object] = [saved, saved.objective, saved.thresholds, *saved.stages,
                           *saved.parties, *saved.protocols, *saved.custom_kpis]
    if not all(_plain(part) for part in parts):
        return None
    if any(k.kind is not KpiKind.CUSTOM or k.stage is not None for k in saved.custom_kpis):
        return None
    stored = saved.copy()
    stored.currency = stored.currency.strip().upper()
    if cleared:
        stored.signatures = []
    return stored


class SaveAgreementCommand(QUndoCommand):
    """Replace a draft's content: redo writes ``after``, undo writes ``before``."""

    MERGE_ID = 0x5157

    def __init__(self, session: AgreementSession, before: Agreement, after: Agreement,
                 text: str, merge_key: str | None = None) -> None:
        super().__init__(text)
        self.session = session
        self.before = before.copy()
        self.after = after.copy()
        self.merge_key = merge_key

    def id(self) -> int:
        return self.MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SaveAgreementCommand) or other.merge_key != self.merge_key:
            return False
        if other.after.id != self.after.id:
            return False
        self.after = other.after.copy()
        return True

    def _write(self, agreement: Agreement) -> None:
        assert agreement.id is not None
        current = self.session.agreement
        cleared = self.session.store.save(agreement)
        if self.session.current_id != agreement.id:
            self.session.select(agreement.id)
        else:
            # What was just written, without reading it back, when that is certain (a
            # second load and validation per keystroke cost a good part of a frame).
            stored = None if current is None else _as_stored(agreement, current, cleared)
            if stored is None:
                self.session.reload()
            else:
                self.session._adopt(stored, revalidate=stored.currency != agreement.currency)
        self.session.agreementsChanged.emit()

    def redo(self) -> None:
        self._write(self.after)

    def undo(self) -> None:
        self._write(self.before)


class CreateAgreementCommand(QUndoCommand):
    def __init__(self, session: AgreementSession, agreement: Agreement, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.agreement = agreement.copy()
        self.agreement_id: int | None = None
        self.previous_id = session.current_id

    def redo(self) -> None:
        if self.agreement_id is None:
            self.agreement_id = self.session.store.create(self.agreement)
            self.agreement.id = self.agreement_id
        else:
            self.session.store.restore(self.agreement)
        self.session.agreementsChanged.emit()
        self.session.select(self.agreement_id)

    def undo(self) -> None:
        assert self.agreement_id is not None
        self.session.store.delete(self.agreement_id)
        self.session.agreementsChanged.emit()
        self.session.select(self.previous_id)


class DeleteAgreementCommand(QUndoCommand):
    def __init__(self, session: AgreementSession, agreement_id: int) -> None:
        super().__init__(session.tr("Delete agreement"))
        self.session = session
        self.agreement = session.store.load(agreement_id)
        if not self.agreement.is_editable:
            raise ValidationError([Problem("status", session.tr(
                "only drafts can be deleted; signed revisions are kept"))])

    def redo(self) -> None:
        assert self.agreement.id is not None
        self.session.store.delete(self.agreement.id)
        self.session.agreementsChanged.emit()
        remaining = self.session.summaries()
        self.session.select(remaining[0].id if remaining else None)

    def undo(self) -> None:
        self.session.store.restore(self.agreement)
        self.session.agreementsChanged.emit()
        self.session.select(self.agreement.id)
