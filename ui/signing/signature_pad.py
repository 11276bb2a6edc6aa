"""A pad to draw a signature with the mouse, a touchpad or a pen; the result is a PNG."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

INK = QColor("#14213d")
# The largest stored image: wide and short like a signature, sharp enough to print.
IMAGE_SIZE = QSize(900, 300)
PADDING = 12


class SignaturePad(QWidget):
    """Strokes are kept in the pad's own coordinates and rendered to a PNG on demand."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setMinimumSize(360, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAccessibleName(self.tr("Signature pad"))
        self.setToolTip(self.tr("Sign here with the mouse, touchpad or pen"))
        self._strokes: list[list[QPointF]] = []
        self._drawing = False

    def sizeHint(self) -> QSize:
        return QSize(480, 160)

    def is_empty(self) -> bool:
        return not any(len(stroke) > 1 for stroke in self._strokes)

    def clear(self) -> None:
        self._strokes.clear()
        self.update()
        self.changed.emit()

    def strokes(self) -> list[list[QPointF]]:
        return [list(stroke) for stroke in self._strokes]

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._drawing = True
            self._strokes.append([event.position()])
            self.update()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drawing and event.buttons() & Qt.MouseButton.LeftButton:
            self._strokes[-1].append(event.position())
            self.update()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drawing and event.button() == Qt.MouseButton.LeftButton:
            self._drawing = False
            stroke = self._strokes[-1]
            if event.position() != stroke[-1]:
                stroke.append(event.position())
            if len(stroke) == 1:
                # A tap leaves a dot: a tiny segment so it shows and counts.
                stroke.append(stroke[0] + QPointF(0.5, 0.5))
            self.update()
            self.changed.emit()
        super().mouseReleaseEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QPen(QColor("#b8c2cc"), 1))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        baseline = self.height() - 28
        painter.setPen(QPen(QColor("#9aa5b1"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(PADDING, baseline, self.width() - PADDING, baseline)
        if self.is_empty() and not self._drawing:
            painter.setPen(QColor("#8a96a3"))
            painter.drawText(QRectF(0, baseline, self.width(), 26), Qt.AlignmentFlag.AlignCenter,
                             self.tr("Sign above the line"))
        self._paint_strokes(painter, 2.2)
        painter.end()

    def _paint_strokes(self, painter: QPainter, width: float) -> None:
        pen = QPen(INK, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                   Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for stroke in self._strokes:
            if len(stroke) < 2:
                continue
            path = QPainterPath(stroke[0])
            for point in stroke[1:]:
                path.lineTo(point)
            painter.drawPath(path)

    def ink_rect(self) -> QRectF:
        """The bounding box of the strokes, with room for the pen."""
        points = [point for stroke in self._strokes for point in stroke]
        left = min(p.x() for p in points)
        top = min(p.y() for p in points)
        right = max(p.x() for p in points)
        bottom = max(p.y() for p in points)
        return QRectF(left, top, right - left, bottom - top).adjusted(-6, -6, 6, 6)

    def image(self) -> QImage | None:
        """The ink, cropped and scaled to fit IMAGE_SIZE, on a transparent image; None when
        nothing was drawn. Cropping makes the signature fill its box in the document."""
        if self.is_empty():
            return None
        ink = self.ink_rect()
        scale = min(IMAGE_SIZE.width() / ink.width(), IMAGE_SIZE.height() / ink.height(), 3.0)
        size = QSize(max(1, round(ink.width() * scale)), max(1, round(ink.height() * scale)))
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(scale, scale)
        painter.translate(-ink.left(), -ink.top())
        self._paint_strokes(painter, 2.4)
        painter.end()
        return image

    def png(self) -> bytes | None:
        image = self.image()
        if image is None:
            return None
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # The stubs type the format as bytes; PySide6 6.11 accepts only str here.
        image.save(buffer, "PNG")  # type: ignore[call-overload]
        return bytes(buffer.data().data())
