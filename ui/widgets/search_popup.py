"""The global search's results: a drop-down list under the search box."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QFrame, QLabel, QTreeView, QVBoxLayout, QWidget

from unioncase.services.search import SearchHit

HIT_ROLE = Qt.ItemDataRole.UserRole + 1


class SearchPopup(QFrame):
    hit_activated = Signal(object)  # SearchHit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("searchPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.model = QStandardItemModel(self)
        self.list = QTreeView(self)
        self.list.setObjectName("searchResults")
        self.list.setModel(self.model)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("searchEmpty")
        self.empty_label.setContentsMargins(8, 6, 8, 6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.list)
        self.list.activated.connect(self._on_list_activated)
        self.list.clicked.connect(self._on_list_activated)
        self.resize(560, 360)

    def kind_label(self, kind: str) -> str:
        labels = {"person": self.tr("Person"), "enterprise": self.tr("Enterprise"),
                  "intake": self.tr("Petition"), "mediation": self.tr("Mediation"),
                  "aid": self.tr("Aid"), "job": self.tr("Job seeker")}
        return labels.get(kind, kind)

    def show_hits(self, hits: list[SearchHit], anchor: QWidget) -> None:
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Name"), self.tr("Number"), self.tr("Details")])
        for hit in hits:
            row = [QStandardItem(self.kind_label(hit.kind)), QStandardItem(hit.title),
                   QStandardItem(hit.number), QStandardItem(hit.subtitle)]
            row[0].setData(hit, HIT_ROLE)
            self.model.appendRow(row)
        for column in range(3):
            self.list.resizeColumnToContents(column)
        self.empty_label.setText(self.tr("Nothing found") if not hits
                                 else self.tr("%n result(s)", "", len(hits)))
        width = max(anchor.width(), 760)
        self.resize(width, 380)
        self.move(anchor.mapToGlobal(QPoint(anchor.width() - width, anchor.height())))
        self.show()
        if hits:
            self.list.setCurrentIndex(self.model.index(0, 0))
        self.list.setFocus()

    def activate_current(self) -> None:
        self._on_list_activated(self.list.currentIndex())

    def _on_list_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        hit = index.siblingAtColumn(0).data(HIT_ROLE)
        self.hide()
        self.hit_activated.emit(hit)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activate_current()
            return
        super().keyPressEvent(event)
