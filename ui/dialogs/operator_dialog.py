"""Start-up: pick (or set up) the station and the operator."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.messages import show_error
from ui.widgets.field_form import FieldForm
from unioncase.domain.enums import StaffRole, StationLevel
from unioncase.domain.errors import UnionCaseError
from unioncase.services import UnionCase

NEW_OPERATOR = "__new__"


class OperatorDialog(QDialog):
    """Shows the station (or asks for it on a new database) and who is working."""

    operator_chosen = Signal(str)

    def __init__(self, app: UnionCase, last_operator: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.setObjectName("operatorDialog")
        self._needs_station = app.stations.current() is None
        self._station_fields = self._needs_station  # the form as built (stays after saving)
        self._build_ui()
        self._connect()
        self.retranslate_ui()
        self._fill(last_operator)

    def _build_ui(self) -> None:
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.fields = FieldForm(self)
        self.station_label = QLabel(self)
        self.station_label.setObjectName("stationLabel")
        self.station_code_edit = QLineEdit(self)
        self.station_code_edit.setObjectName("stationCodeEdit")
        self.station_name_edit = QLineEdit(self)
        self.station_name_edit.setObjectName("stationNameEdit")
        self.level_combo = QComboBox(self)
        self.level_combo.setObjectName("levelCombo")
        for level in StationLevel:
            self.level_combo.addItem(level.value, level.value)
        self.level_combo.setCurrentIndex(self.level_combo.findData(StationLevel.TOWN.value))
        self.operator_combo = QComboBox(self)
        self.operator_combo.setObjectName("operatorCombo")
        self.new_name_edit = QLineEdit(self)
        self.new_name_edit.setObjectName("newOperatorEdit")
        self.role_combo = QComboBox(self)
        self.role_combo.setObjectName("roleCombo")
        for role in StaffRole:
            self.role_combo.addItem(role.value, role.value)

        if self._needs_station:
            self.fields.add_field("station_code", self.station_code_edit)
            self.fields.add_field("station_name", self.station_name_edit)
            self.fields.add_field("level", self.level_combo)
            self.station_label.hide()
        else:
            self.fields.add_field("station", self.station_label)
            for widget in (self.station_code_edit, self.station_name_edit, self.level_combo):
                widget.hide()
        self.fields.add_field("operator", self.operator_combo)
        self.fields.add_field("name", self.new_name_edit)
        self.fields.add_field("role", self.role_combo)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.fields)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def _connect(self) -> None:
        self.buttons.accepted.connect(self._on_accepted)
        self.buttons.rejected.connect(self.reject)
        self.operator_combo.currentIndexChanged.connect(self._on_operator_changed)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("UnionCase - Sign in"))
        self.intro.setText(
            self.tr("This database has no station yet. Enter the code and name of your service "
                    "station: every record made here will belong to it.")
            if self._needs_station else self.tr("Choose who is working today."))
        if self._station_fields:
            self.fields.label("station_code").setText(self.tr("Station code"))
            self.fields.label("station_name").setText(self.tr("Station name"))
            self.fields.label("level").setText(self.tr("Level"))
            self.station_code_edit.setPlaceholderText(self.tr("e.g. 330402001"))
        else:
            self.fields.label("station").setText(self.tr("Station"))
        self.fields.label("operator").setText(self.tr("&Operator"))
        self.fields.label("name").setText(self.tr("New operator"))
        self.fields.label("role").setText(self.tr("Role"))
        index = self.operator_combo.findData(NEW_OPERATOR)
        if index >= 0:
            self.operator_combo.setItemText(index, self.tr("New operator..."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _fill(self, last_operator: str) -> None:
        station = self.app.stations.current()
        if station is not None:
            self.station_label.setText(f"{station.name}（{station.code}）")
        self.operator_combo.blockSignals(True)
        for staff in self.app.staff.list():
            self.operator_combo.addItem(f"{staff.name}（{staff.role.value}）", staff.name)
        self.operator_combo.addItem(self.tr("New operator..."), NEW_OPERATOR)
        index = self.operator_combo.findData(last_operator) if last_operator else 0
        self.operator_combo.setCurrentIndex(max(index, 0))
        self.operator_combo.blockSignals(False)
        self._on_operator_changed()

    def _on_operator_changed(self) -> None:
        new = self.operator_combo.currentData() == NEW_OPERATOR
        for key, widget in (("name", self.new_name_edit), ("role", self.role_combo)):
            widget.setVisible(new)
            self.fields.label(key).setVisible(new)
        if self._needs_station:
            self.station_code_edit.setFocus()
        elif new:
            self.new_name_edit.setFocus()

    def _on_accepted(self) -> None:
        self.fields.clear_errors()
        try:
            if self._needs_station:
                self.app.stations.init_station(self.station_code_edit.text(),
                                               self.station_name_edit.text(),
                                               str(self.level_combo.currentData()))
                self._needs_station = False
            name = str(self.operator_combo.currentData())
            if name == NEW_OPERATOR:
                staff = self.app.staff.create(self.new_name_edit.text(),
                                              str(self.role_combo.currentData()))
                name = staff.name
        except UnionCaseError as exc:
            if not self.fields.show_errors(exc):
                show_error(self, exc)
            return
        self.app.login(name)
        self.operator_chosen.emit(name)
        self.accept()
