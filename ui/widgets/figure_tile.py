"""A key figure as a tile: caption, value, a line of detail; clicked (or Enter/Space when it
has the focus), it asks for the records behind the figure."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget


class FigureTile(QFrame):
    activated = Signal(str)  # the figure key ("intake.cases" ...)

    def __init__(self, figure: str, accent: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure = figure
        self.setProperty("figureTile", True)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setStyleSheet(
            f"QFrame[figureTile=\"true\"] {{ background: palette(base);"
            f" border: 1px solid #d5d8dc; border-left: 4px solid {accent};"
            f" border-radius: 6px; }}"
            f"QFrame[figureTile=\"true\"]:hover {{ background: #f4f7fa;"
            f" border-color: {accent}; }}"
            f"QFrame[figureTile=\"true\"]:focus {{ border: 2px solid {accent};"
            f" border-left: 4px solid {accent}; }}"
            "QLabel { border: none; background: transparent; }")
        self.caption_label = QLabel(self)
        self.caption_label.setObjectName("captionLabel")
        self.caption_label.setStyleSheet("color: #566573;")
        self.value_label = QLabel("—", self)
        self.value_label.setObjectName("valueLabel")
        font = self.value_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.value_label.setFont(font)
        self.value_label.setStyleSheet(f"color: {accent};")
        self.detail_label = QLabel(self)
        self.detail_label.setObjectName("detailLabel")
        self.detail_label.setStyleSheet("color: #7f8c8d;")
        small = self.detail_label.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.detail_label.setFont(small)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 6, 10, 6)
        layout.setSpacing(1)
        layout.addWidget(self.caption_label)
        layout.addWidget(self.value_label)
        layout.addWidget(self.detail_label)

    def set_caption(self, text: str) -> None:
        self.caption_label.setText(text)

    def set_value(self, value: str, detail: str = "") -> None:
        self.value_label.setText(value)
        self.detail_label.setText(detail)

    def value(self) -> str:
        return self.value_label.text()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if (event.button() == Qt.MouseButton.LeftButton
                and self.rect().contains(event.position().toPoint())):
            self.activated.emit(self.figure)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.figure)
            event.accept()
            return
        super().keyPressEvent(event)
