"""Two-way binding between input widgets and the session's current agreement.

Every change a person makes is sent at once through ``session.edit`` (no Apply button):
keystrokes in one field merge into one undo step (a merge key per field and focus visit),
and input that cannot be taken yet (not a number, out of range, refused by the core's rules)
shows the core's message under the field and is not written. When the agreement changes
(an edit elsewhere, undo, another agreement selected) every bound widget shows the new value,
except the one being typed in while it still says the same thing.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from slaworkshop.model import Agreement, Problem, ValidationError
from ui.session import AgreementSession
from ui.widgets.error_label import ErrorLabel

Getter = Callable[[Agreement], Any]
Setter = Callable[[Agreement, Any], None]
Parser = Callable[[str], Any]
Shower = Callable[[Any], str]
Choices = Callable[[Agreement], Sequence[tuple[str, Any]]]

_visits = itertools.count(1)


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _strip(text: str) -> str:
    return text.strip()


class _Binding:
    def __init__(self, binder: Binder, widget: QWidget, error: ErrorLabel | None, key: str,
                 undo_text: str, get: Getter, set_: Setter) -> None:
        self.binder = binder
        self.widget = widget
        self.error = error
        self.key = key
        self.undo_text = undo_text
        self.get = get
        self.set = set_
        self.pending = False
        self.visit = next(_visits)

    def merge_key(self) -> str:
        agreement = self.binder.session.agreement
        agreement_id = None if agreement is None else agreement.id
        return f"{self.key}@{agreement_id}#{self.visit}"

    def new_visit(self) -> None:
        self.visit = next(_visits)

    def current(self) -> tuple[bool, Any]:
        agreement = self.binder.session.agreement
        if agreement is None:
            return False, None
        try:
            return True, self.get(agreement)
        except (IndexError, KeyError):
            return False, None

    def send(self, value: Any, merge: bool) -> None:
        ok, current = self.current()
        if not ok:
            return
        if value == current:
            self.clear_error()
            return
        setter = self.set

        def mutate(agreement: Agreement) -> None:
            setter(agreement, value)

        problems = self.binder.edit(self.undo_text, mutate, self.merge_key() if merge else None)
        if problems:
            self.show_error(problems)
        else:
            self.clear_error()

    def show_error(self, problems: Sequence[Problem]) -> None:
        self.pending = True
        if self.error is not None:
            self.error.show_problems(problems)

    def clear_error(self) -> None:
        self.pending = False
        if self.error is not None:
            self.error.clear_problems()

    def refresh(self) -> None:
        raise NotImplementedError


class _LineBinding(_Binding):
    widget: QLineEdit

    def __init__(self, *args: Any, parse: Parser, show: Shower) -> None:
        super().__init__(*args)
        self.parse = parse
        self.show = show
        self._refreshed: tuple[Any, str] | None = None  # (value, text) after a refresh
        self.widget.textEdited.connect(self.on_edited)
        self.widget.editingFinished.connect(self.on_finished)

    def on_edited(self, text: str) -> None:
        try:
            value = self.parse(text)
        except ValidationError as exc:
            self.show_error(exc.problems)
            self.binder.session.editRefused.emit(exc.problems)
            return
        self.send(value, merge=True)

    def on_finished(self) -> None:
        self.new_visit()
        if self.pending:
            # What was typed was never taken: show what the agreement really says.
            self.clear_error()
            self.refresh(force=True)

    def refresh(self, force: bool = False) -> None:
        ok, value = self.current()
        shown = (value, self.widget.text())
        # The same value and the same text as after the last refresh: it would do nothing
        # again (most fields of an editor after a keystroke in another one).
        if not force and ok and not self.pending and shown == self._refreshed:
            return
        self._refresh(force, ok, value)
        self._refreshed = (value, self.widget.text()) if ok else None

    def _refresh(self, force: bool, ok: bool, value: Any) -> None:
        text = self.show(value) if ok else ""
        if not force and self.widget.hasFocus():
            if self.pending:
                return
            try:
                if self.parse(self.widget.text()) == value:
                    return
            except ValidationError:
                pass
        if self.widget.text() != text:
            self.widget.setText(text)
            if not self.widget.hasFocus():
                self.widget.setCursorPosition(0)
        self.clear_error()


class _PlainTextBinding(_Binding):
    widget: QPlainTextEdit

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.widget.textChanged.connect(self.on_changed)

    def on_changed(self) -> None:
        if self.binder.updating:
            return
        self.send(self.widget.toPlainText(), merge=True)

    def refresh(self) -> None:
        ok, value = self.current()
        text = _text(value) if ok else ""
        if self.widget.toPlainText() != text and not (self.widget.hasFocus() and self.pending):
            self.widget.setPlainText(text)
        if not self.widget.hasFocus():
            self.new_visit()
        self.clear_error()


class _ComboBinding(_Binding):
    widget: QComboBox

    def __init__(self, *args: Any, choices: Choices) -> None:
        super().__init__(*args)
        self.choices = choices
        # The Python values behind the items (Qt would turn enums into plain strings).
        self.items: list[tuple[str, Any]] = []
        self.widget.activated.connect(self.on_activated)

    def on_activated(self, index: int) -> None:
        if 0 <= index < len(self.items):
            self.send(self.items[index][1], merge=False)

    def refresh(self) -> None:
        agreement = self.binder.session.agreement
        ok, value = self.current()
        items = list(self.choices(agreement)) if agreement is not None else []
        if ok and value not in [data for _, data in items]:
            items.append((_text(value), value))
        if items != self.items:
            self.items = items
            self.widget.clear()
            for label, _data in items:
                self.widget.addItem(label)
        index = next((i for i, (_, data) in enumerate(items) if data == value), -1)
        if self.widget.currentIndex() != index:
            self.widget.setCurrentIndex(index)
        self.clear_error()


class _SpinBinding(_Binding):
    widget: QSpinBox

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.widget.valueChanged.connect(self.on_changed)
        self.widget.editingFinished.connect(self.new_visit)

    def on_changed(self, value: int) -> None:
        if self.binder.updating:
            return
        self.send(value, merge=True)

    def refresh(self) -> None:
        ok, value = self.current()
        if ok and isinstance(value, int) and self.widget.value() != value:
            self.widget.setValue(value)
        self.clear_error()


class Binder(QObject):
    """The bindings of one editor; ``refresh()`` after the agreement changed."""

    refused = Signal(list)

    def __init__(self, session: AgreementSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.bindings: list[_Binding] = []
        self.updating = False
        self._last_refusal: list[Problem] = []
        session.editRefused.connect(self._remember)

    def _remember(self, problems: list[Problem]) -> None:
        self._last_refusal = list(problems)

    def edit(self, text: str, mutate: Callable[[Agreement], None],
             merge_key: str | None) -> list[Problem]:
        """Send one edit; the problems that refused it (empty when it was taken)."""
        self._last_refusal = []
        if self.session.edit(text, mutate, merge_key=merge_key):
            return []
        return self._last_refusal or ([] if not self.session.editable else [Problem(
            "", self.tr("the change was not made"))])

    def line(self, widget: QLineEdit, error: ErrorLabel | None, *, key: str, text: str,
             get: Getter, set: Setter, parse: Parser = _strip,
             show: Shower = _text) -> None:
        self.bindings.append(_LineBinding(self, widget, error, key, text, get, set,
                                          parse=parse, show=show))

    def plain_text(self, widget: QPlainTextEdit, error: ErrorLabel | None, *, key: str,
                   text: str, get: Getter, set: Setter) -> None:
        self.bindings.append(_PlainTextBinding(self, widget, error, key, text, get, set))

    def combo(self, widget: QComboBox, error: ErrorLabel | None, *, key: str, text: str,
              get: Getter, set: Setter, choices: Choices) -> None:
        self.bindings.append(_ComboBinding(self, widget, error, key, text, get, set,
                                           choices=choices))

    def spin(self, widget: QSpinBox, error: ErrorLabel | None, *, key: str, text: str,
             get: Getter, set: Setter) -> None:
        self.bindings.append(_SpinBinding(self, widget, error, key, text, get, set))

    def refresh(self) -> None:
        self.updating = True
        try:
            for binding in self.bindings:
                binding.widget.blockSignals(True)
                try:
                    binding.refresh()
                finally:
                    binding.widget.blockSignals(False)
        finally:
            self.updating = False

    def set_editable(self, editable: bool) -> None:
        for binding in self.bindings:
            binding.widget.setEnabled(editable)
