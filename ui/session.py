"""The one object the widgets share: the open store, the undo stack and the current agreement.

Every edit goes through ``edit()``, which validates with the core's rules and pushes an undo
command. The command shows the change at once (the agreement as the file will hold it, the
plan, the widgets) and the session writes it in the same event-loop turn, right after the
window has painted it (DESIGN §5): one transaction, rollback journal, synchronous=FULL. At most
one edit is ever waiting: anything else that touches the file (another edit, undo, switching
agreements, export, sign, closing) calls ``flush()`` first. ``saved`` says when an edit is in
the file; a write that fails puts the agreement shown back to what the file holds.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from slaworkshop.model import (
    Agreement,
    Problem,
    ValidationError,
    unique_name,
    validate_agreement,
    validate_change,
)
from slaworkshop.plan import Plan, plan_for
from slaworkshop.store import AgreementSummary, DeletedAgreement, Store, StoreError, now_iso
from ui.core_text import error_text

Mutation = Callable[[Agreement], None]
Confirm = Callable[[str], bool]

# The posted event that writes the waiting edit. Posted below the priority of the window's
# UpdateRequest (Qt.LowEventPriority), so the same pass over the posted events paints the change
# first and writes it next: one event-loop turn, the paint never waiting for the disk.
_FLUSH_EVENT = QEvent.Type(QEvent.registerEventType())
_FLUSH_PRIORITY = int(Qt.EventPriority.LowEventPriority.value) - 1
# SQLite's NOCASE collation, which orders the list of agreements: ASCII letters only.
_NOCASE = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


class AgreementSession(QObject):
    """State shared by the main window, editors, chart, wizard and presenter."""

    # The current agreement's content or plan changed (also after undo/redo).
    changed = Signal()
    # The list of agreements in the file changed (created, deleted, renamed, signed...).
    agreementsChanged = Signal()
    # The selection moved to another agreement (or to none: -1); ``changed`` follows at once,
    # so what only shows the current agreement listens to ``changed`` alone.
    currentChanged = Signal(int)
    # An edit was refused; the problems say why (field and message).
    editRefused = Signal(list)
    # A change could not be written to the file (disk full, storage removed...); the text
    # says why. Nothing changed: neither the file, nor the agreement shown (put back to what the
    # file holds), nor the undo stack.
    writeFailed = Signal(str)
    # An edit is shown but not yet in the file (it will be within this event-loop turn).
    savePending = Signal()
    # Every change made so far is in the file (committed): what "saved" may be reported on.
    saved = Signal()
    # Actuals were imported or an import was undone: the views showing a month move to the
    # latest month with actuals (unless the user picked one by hand).
    actualsImported = Signal()

    def __init__(self, store: Store, undo_stack: QUndoStack | None = None,
                 confirm: Confirm | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        # The user chose a report month by hand: imports no longer move the views.
        self.month_picked_by_hand = False
        # Asked before an edit clears existing signatures; the window shows a question.
        self.confirm = confirm or (lambda _message: True)
        self.agreement: Agreement | None = None
        self.plan: Plan | None = None
        self.problems: list[Problem] = []
        # The list of agreements, read again only after the file was written (here or by
        # another program).
        self._summaries: list[AgreementSummary] | None = None
        self._summaries_version = -1
        # The error of the last command that could not write, until the next one runs.
        self.failed_write: StoreError | None = None
        # The edit shown but not yet written (at most one), and what the file holds of the
        # current agreement: a failed write puts the agreement shown back to it.
        self._pending: SaveAgreementCommand | None = None
        self._flush_posted = False
        self._in_file: Agreement | None = None
        # Set while the session writes an edit whose listed fields it already updated in
        # ``_summaries``: that write keeps the list instead of reading it again.
        self._keep_summaries = False
        store.listeners.append(self._forget_summaries)

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
        version = self.store.others_version()
        if self._summaries is None or version != self._summaries_version:
            self.flush()
            self._summaries = self.store.list_agreements()
            self._summaries_version = version
        return list(self._summaries)

    def _forget_summaries(self) -> None:
        if not self._keep_summaries:
            self._summaries = None

    def _update_summary(self, agreement: Agreement) -> None:
        """Show an edit of a listed field (title, period...) in the cached list of agreements,
        in the file's order, without reading the list again."""
        if self._summaries is None:
            return
        for i, summary in enumerate(self._summaries):
            if summary.id == agreement.id:
                self._summaries[i] = dataclasses.replace(
                    summary, title=agreement.title, organisation=agreement.organisation,
                    start=agreement.start, months=agreement.months, status=agreement.status,
                    revision=agreement.revision, updated_at=now_iso())
                self._summaries.sort(key=lambda s: (s.title.translate(_NOCASE), s.revision,
                                                    s.id))
                return

    def actuals(self, agreement_id: int) -> dict[str, dict[str, Decimal]]:
        """The actuals in the file, after the waiting edit (a stage renamed carries its
        actuals along only once written)."""
        self.flush()
        return self.store.actuals(agreement_id)

    # The waiting edit.
    @property
    def pending(self) -> bool:
        """True while an edit is shown but not yet in the file."""
        return self._pending is not None

    def _defer(self, command: SaveAgreementCommand) -> None:
        self._pending = command
        self.savePending.emit()
        if not self._flush_posted:
            self._flush_posted = True
            QCoreApplication.postEvent(self, QEvent(_FLUSH_EVENT), _FLUSH_PRIORITY)

    def event(self, event: QEvent) -> bool:
        if event.type() == _FLUSH_EVENT:
            self._flush_posted = False
            self.flush()
            return True
        return super().event(event)

    def flush(self) -> bool:
        """Write the edit shown but not yet in the file, if any; False when the file could
        not take it (then the agreement shown is put back to the file's, the step leaves the
        undo stack and ``writeFailed`` says why)."""
        command = self._pending
        if command is None:
            return True
        self._pending = None
        self._keep_summaries = True
        try:
            saved = self.store.save_returning(command.after)
        except StoreError as exc:
            self._roll_back(command, exc)
            return False
        finally:
            self._keep_summaries = False
        command.written = saved.agreement
        self._in_file = saved.agreement
        if self.current_id == saved.agreement.id:
            if saved.agreement != self.agreement:
                # The file said otherwise (signatures another program added, say): show it.
                self.adopt(saved.agreement)
            elif self.agreement is command.after:
                # The same values, as the file reads them back (a Decimal where an int was
                # given): the session holds exactly what the file holds; nothing to redraw.
                # The step holds it too, and the next step's ``before`` is the same object:
                # a long session's undo history keeps one agreement a step, not three.
                self.agreement = command.after = saved.agreement
        self.saved.emit()
        return True

    def _roll_back(self, command: SaveAgreementCommand, exc: StoreError) -> None:
        self.failed_write = exc
        top = self.undo_stack.command(self.undo_stack.index() - 1)
        if command.written is None and top is command:
            # Never in the file: the step leaves the stack, as if it had never been made.
            command.discarded = True
            self.undo_stack.undo()
        elif command.written is not None:
            # Keystrokes merged into a step already written: the step keeps what was written.
            command.after = command.written.copy()
        else:
            command.setObsolete(True)
        if self._in_file is not None and self._in_file.id == self.current_id:
            self.adopt(self._in_file)
        self.writeFailed.emit(error_text(exc))
        self.editRefused.emit([Problem("file", error_text(exc))])

    def select(self, agreement_id: int | None) -> None:
        self.flush()
        if agreement_id is not None and not self.store.exists(agreement_id):
            agreement_id = None
        if agreement_id is None:
            self.agreement, self.plan, self.problems = None, None, []
            self._in_file = None
        else:
            self._load(agreement_id)
        self.currentChanged.emit(-1 if agreement_id is None else agreement_id)
        self.changed.emit()

    def _load(self, agreement_id: int) -> None:
        self.agreement = self._in_file = self.store.load(agreement_id)
        self.problems = validate_agreement(self.agreement)
        self.plan = None if self.problems else plan_for(self.agreement)

    def adopt(self, agreement: Agreement, checked: bool = False) -> None:
        """Take ``agreement``, what the file holds or will hold once the waiting edit is
        written (``Store.stored_form``; for an unsigned draft the edit itself, equal to it),
        as the current one. It was validated; ``checked``: just now, so its plan need not
        check it again."""
        self.agreement = agreement
        self.problems = []
        self.plan = plan_for(agreement, checked=checked)
        self.changed.emit()

    def reload(self) -> None:
        """Re-read the current agreement from the file (after a command ran)."""
        self.flush()
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
        if self.problems:  # not valid as it is (read from the file): every rule
            return after, validate_agreement(after)
        return after, validate_change(self.agreement, after)

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
        if not self.flush():
            return False
        # The edit before this one is written; if that failed, this one was previewed on an
        # agreement the file never held.
        self.failed_write = None
        self.undo_stack.push(SaveAgreementCommand(self, self.agreement, after, text, merge_key))
        return True

    def push(self, command: QUndoCommand) -> bool:
        """Push an undo command whose redo writes through ``run_write``; False (and
        ``failed_write`` set) when the file could not take it."""
        if not self.flush():
            return False
        self.failed_write = None
        self.undo_stack.push(command)
        return self.failed_write is None

    def _raise_failed_write(self) -> None:
        if self.failed_write is not None:
            raise self.failed_write

    def replace(self, text: str, after: Agreement) -> bool:
        """Replace the whole current agreement (e.g. from a dialog) as one undo step."""
        return self.edit(text, lambda target: _assign(target, after))

    def create(self, agreement: Agreement, text: str | None = None) -> int:
        """Create a draft as one undo step and select it; returns its id."""
        command = CreateAgreementCommand(self, agreement, text or self.tr("New agreement"))
        self.push(command)
        self._raise_failed_write()
        assert command.agreement_id is not None
        return command.agreement_id

    def delete(self, agreement_id: int) -> None:
        self.flush()
        self.push(DeleteAgreementCommand(self, agreement_id))
        self._raise_failed_write()

    def duplicate(self, agreement_id: int) -> int:
        self.flush()
        copy = self.store.load(agreement_id).new_draft()
        copy.title = unique_name(self.tr("%1 (copy)").replace("%1", copy.title),
                                 [s.title for s in self.summaries()])
        return self.create(copy, self.tr("Duplicate agreement"))


def run_write(command: QUndoCommand, session: AgreementSession,
             write: Callable[[], None]) -> None:
    """Run a command's write; when the file cannot be written, the command takes itself off
    the undo stack (obsolete) and the session says why."""
    try:
        session.flush()
        write()
    except StoreError as exc:
        command.setObsolete(True)
        session.failed_write = exc
        session.writeFailed.emit(error_text(exc))
    else:
        session.saved.emit()


def _listed(agreement: Agreement | None) -> tuple[object, ...]:
    """What the list of agreements shows of an agreement."""
    if agreement is None:
        return ()
    return (agreement.id, agreement.title, agreement.organisation, agreement.start,
            agreement.months, agreement.status, agreement.revision)


def _assign(target: Agreement, source: Agreement) -> None:
    keep_id = target.id
    target.__dict__.update(source.copy().__dict__)
    target.id = keep_id


class SaveAgreementCommand(QUndoCommand):
    """Replace a draft's content: redo writes ``after``, undo writes ``before``."""

    MERGE_ID = 0x5157

    def __init__(self, session: AgreementSession, before: Agreement, after: Agreement,
                 text: str, merge_key: str | None = None) -> None:
        super().__init__(text)
        self.session = session
        # The session's agreement is never changed in place (each change replaces it with
        # the stored form of a new one), so the step can keep it as it is.
        self.before = before
        # The session hands over the agreement it previewed, made for this step alone.
        self.after = after
        self.merge_key = merge_key
        # What of ``after`` is in the file (None until its first write), and whether a failed
        # first write took it off the stack.
        self.written: Agreement | None = None
        self.discarded = False
        # The first redo is the edit being made: shown now, written at the end of the turn.
        self._pushed = False

    def id(self) -> int:
        return self.MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (not isinstance(other, SaveAgreementCommand) or other.merge_key != self.merge_key
                or other.isObsolete()):
            return False
        if other.after.id != self.after.id:
            return False
        self.after = other.after  # ``other`` is deleted: its agreement is this step's now
        if self.session._pending is other:
            # Qt deletes ``other``: this step is the one waiting to be written now.
            self.session._pending = self
        return True

    def _write(self, agreement: Agreement) -> None:
        assert agreement.id is not None
        session = self.session
        listed_before = _listed(session.agreement)
        saved = session.store.save_returning(agreement)
        session._in_file = saved.agreement
        if session.current_id != agreement.id:
            session.select(agreement.id)
        else:
            # The store hands back what it wrote: no second load per keystroke.
            session.adopt(saved.agreement)
        # Most keystrokes change nothing the list of agreements shows.
        if saved.signatures_cleared or _listed(saved.agreement) != listed_before:
            session.agreementsChanged.emit()

    def _show(self) -> None:
        """The edit being made: the agreement as the file will hold it is shown now; the
        session writes it after the paint (``flush``). Nothing is read from the file."""
        session = self.session
        assert session._in_file is not None and session.current_id == self.after.id
        listed_before = _listed(session.agreement)
        if session._in_file.signatures:
            # What the file will hold, signatures cleared or kept, before the paint.
            saved = session.store.stored_form(self.after, session._in_file)
            shown, cleared = saved.agreement, saved.signatures_cleared
        else:
            # A draft nobody signed: the file will hold the edit as it is, up to the types
            # it reads back (an int for a Decimal), which the write puts right (``flush``).
            shown, cleared = self.after, False
        session._defer(self)
        session.adopt(shown, checked=True)  # validated by ``edit`` (``preview``)
        if cleared or _listed(shown) != listed_before:
            session._update_summary(shown)
            session.agreementsChanged.emit()

    def redo(self) -> None:
        session = self.session
        if (not self._pushed and session.current_id == self.after.id
                and session._in_file is not None and session._in_file.id == self.after.id):
            self._pushed = True
            self._show()
            return
        run_write(self, session, lambda: self._write(self.after))

    def undo(self) -> None:
        session = self.session
        if self.discarded:
            # Its write failed (see AgreementSession._roll_back): nothing to undo in the file.
            self.setObsolete(True)
            return
        if session._pending is self:
            # Undone before it was written: the file gets ``before`` straight away.
            session._pending = None
        session.flush()
        run_write(self, session, lambda: self._write(self.before))


class CreateAgreementCommand(QUndoCommand):
    def __init__(self, session: AgreementSession, agreement: Agreement, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.agreement = agreement.copy()
        self.agreement_id: int | None = None
        # What undo removed, for redo to put back exactly.
        self.deleted: DeletedAgreement | None = None
        self.previous_id = session.current_id

    def redo(self) -> None:
        run_write(self, self.session, self._redo)

    def _redo(self) -> None:
        if self.agreement_id is None:
            self.agreement_id = self.session.store.create(self.agreement)
            self.agreement.id = self.agreement_id
        else:
            assert self.deleted is not None
            self.session.store.undelete(self.deleted)
        self.session.agreementsChanged.emit()
        self.session.select(self.agreement_id)

    def undo(self) -> None:
        run_write(self, self.session, self._undo)

    def _undo(self) -> None:
        assert self.agreement_id is not None
        self.deleted = self.session.store.delete(self.agreement_id)
        self.session.agreementsChanged.emit()
        self.session.select(self.previous_id)


class DeleteAgreementCommand(QUndoCommand):
    def __init__(self, session: AgreementSession, agreement_id: int) -> None:
        super().__init__(session.tr("Delete agreement"))
        self.session = session
        self.agreement = session.store.load(agreement_id)
        self.deleted: DeletedAgreement | None = None
        if not self.agreement.is_editable:
            raise ValidationError([Problem("status", session.tr(
                "only drafts can be deleted; signed revisions are kept"))])

    def redo(self) -> None:
        run_write(self, self.session, self._redo)

    def _redo(self) -> None:
        assert self.agreement.id is not None
        # Everything that goes with the draft (actuals, imports, signatures) is kept for undo.
        self.deleted = self.session.store.delete(self.agreement.id)
        self.session.agreementsChanged.emit()
        remaining = self.session.summaries()
        self.session.select(remaining[0].id if remaining else None)

    def undo(self) -> None:
        run_write(self, self.session, self._undo)

    def _undo(self) -> None:
        assert self.deleted is not None
        self.session.store.undelete(self.deleted)
        self.session.agreementsChanged.emit()
        self.session.select(self.agreement.id)
