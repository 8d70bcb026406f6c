"""The main window: the four lines of work and the registries as tabs, menus, global search."""

from __future__ import annotations

import gc
import logging
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QTabWidget,
    QToolBar,
    QWidget,
)

from ui import i18n
from ui.dialogs.aid_application_dialog import AidApplicationDialog
from ui.dialogs.aid_case_page import AidCasePage
from ui.dialogs.enterprise_dialog import EnterpriseDialog
from ui.dialogs.intake_case_page import IntakeCasePage
from ui.dialogs.intake_entry_dialog import IntakeEntryDialog
from ui.dialogs.mediation_case_page import MediationCasePage
from ui.dialogs.mediation_entry_dialog import MediationEntryDialog
from ui.dialogs.person_dialog import PersonDialog
from ui.dialogs.person_page import PersonPage
from ui.messages import show_error
from ui.settings import Settings
from ui.tabs.aid_tab import AidTab
from ui.tabs.enterprises_tab import EnterprisesTab
from ui.tabs.intake_tab import IntakeTab
from ui.tabs.jobs_tab import JobsTab
from ui.tabs.mediation_tab import MediationTab
from ui.tabs.persons_tab import PersonsTab
from ui.tabs.statistics_tab import StatisticsTab
from ui.tasks import TaskRunner
from ui.widgets.passphrase_field import PassphraseMemory
from ui.widgets.search_popup import SearchPopup
from unioncase import __version__
from unioncase.domain.errors import NotFoundError, UnionCaseError
from unioncase.domain.intake import IntakeChannel
from unioncase.models import PersonRead
from unioncase.models.aid import AidApplicationRead, HardshipFileRead
from unioncase.models.intake import IntakeCaseRead
from unioncase.models.jobs import JobSeekerRead
from unioncase.models.mediation import MediationCaseRead
from unioncase.services import UnionCase
from unioncase.services.printing import PrintedForm
from unioncase.services.search import SearchHit

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    preview_opened = Signal(object)  # the PrintPreviewDialog, for tests

    def __init__(self, app: UnionCase, runner: TaskRunner, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.runner = runner
        self.settings = settings
        self._pages: dict[int, PersonPage] = {}
        self._intake_pages: dict[int, IntakeCasePage] = {}
        self._entry_dialog: IntakeEntryDialog | None = None
        self._mediation_pages: dict[int, MediationCasePage] = {}
        self._mediation_dialogs: dict[int, MediationEntryDialog] = {}  # case id (0 = new)
        self._aid_pages: dict[int, AidCasePage] = {}
        self._job_pages: dict[int, QDialog] = {}
        self.sync_passphrase = PassphraseMemory()  # for this session only, never on disk
        self._warmed = False
        self.setObjectName("mainWindow")
        self._build_ui()
        self._connect()
        self.retranslate_ui()
        self._restore_state()

    # -- construction ------------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.intake_tab = IntakeTab(self.app, self.tabs, self.runner)
        self.mediation_tab = MediationTab(self.app, self.tabs, self.runner)
        self.aid_tab = AidTab(self.app, self.tabs, self.runner)
        self.jobs_tab = JobsTab(self.app, self.tabs, self.runner)
        self.statistics_tab = StatisticsTab(self.app, self.runner, self.tabs)
        self.persons_tab = PersonsTab(self.app, self.tabs, self.runner)
        self.enterprises_tab = EnterprisesTab(self.app, self.tabs, self.runner)
        for tab in self.tab_widgets():
            self.tabs.addTab(tab, "")
        self.setCentralWidget(self.tabs)

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("globalSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(380)
        self.search_popup = SearchPopup(self)
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.title_label = QLabel(self.toolbar)
        self.title_label.setObjectName("titleLabel")
        self.title_label.setStyleSheet("font-weight: bold; padding: 0 8px;")
        self.toolbar.addWidget(self.title_label)
        spacer = QWidget(self.toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addWidget(self.search_edit)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

        self._build_menus()

        self.station_label = QLabel(self)
        self.station_label.setObjectName("stationStatus")
        self.operator_label = QLabel(self)
        self.operator_label.setObjectName("operatorStatus")
        self.database_label = QLabel(self)
        self.database_label.setObjectName("databaseStatus")
        status = self.statusBar()
        status.addWidget(self.station_label)
        status.addWidget(self.operator_label)
        status.addPermanentWidget(self.database_label)
        self.resize(1280, 800)

    def tab_widgets(self) -> list[QWidget]:
        return [self.intake_tab, self.mediation_tab, self.aid_tab, self.jobs_tab,
                self.statistics_tab, self.persons_tab, self.enterprises_tab]

    def _action(self, menu: Any, shortcut: QKeySequence | str | None, slot: Any,
                name: str) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.new_intake_action = self._action(self.file_menu, "Ctrl+Shift+I",
                                              lambda: self.new_intake(""), "newIntakeAction")
        self.new_mediation_action = self._action(self.file_menu, "Ctrl+Shift+M",
                                                 self.new_mediation, "newMediationAction")
        self.new_aid_action = self._action(self.file_menu, "Ctrl+Shift+A",
                                           lambda: self.new_aid(), "newAidAction")
        self.new_seeker_action = self._action(self.file_menu, "Ctrl+Shift+J",
                                              self.new_seeker, "newSeekerAction")
        self.new_person_action = self._action(self.file_menu, QKeySequence.StandardKey.New,
                                              self.new_person, "newPersonAction")
        self.new_enterprise_action = self._action(self.file_menu, "Ctrl+Shift+N",
                                                  self.new_enterprise, "newEnterpriseAction")
        self.file_menu.addSeparator()
        self.import_ledger_action = self._action(self.file_menu, "Ctrl+Shift+L",
                                                 self.import_ledger, "importLedgerAction")
        self.export_sync_action = self._action(self.file_menu, "Ctrl+Shift+E",
                                               lambda: self.export_sync(), "exportSyncAction")
        # Ctrl+Shift+I is a new intake.
        self.import_sync_action = self._action(self.file_menu, "Ctrl+Shift+O",
                                               self.import_sync, "importSyncAction")
        self.file_menu.addSeparator()
        self.print_action = self._action(self.file_menu, QKeySequence.StandardKey.Print,
                                         self._on_print_action, "printAction")
        self.file_menu.addSeparator()
        self.quit_action = self._action(self.file_menu, QKeySequence.StandardKey.Quit,
                                        self.close, "quitAction")

        self.edit_menu = bar.addMenu("")
        self.find_action = self._action(self.edit_menu, QKeySequence.StandardKey.Find,
                                        self.focus_search, "findAction")
        self.refresh_action = self._action(self.edit_menu, QKeySequence.StandardKey.Refresh,
                                           self.refresh_current, "refreshAction")

        self.view_menu = bar.addMenu("")
        self.tab_actions: list[QAction] = []
        for i in range(len(self.tab_widgets())):
            action = self._action(self.view_menu, f"Ctrl+{i + 1}",
                                  lambda _=False, i=i: self.tabs.setCurrentIndex(i),
                                  f"tabAction{i + 1}")
            self.tab_actions.append(action)

        self.tools_menu = bar.addMenu("")
        self.calendar_action = self._action(self.tools_menu, None, self.open_calendar,
                                            "calendarAction")
        self.categories_action = self._action(self.tools_menu, None, self.open_categories,
                                              "categoriesAction")
        self.mediation_registry_action = self._action(
            self.tools_menu, None, self.open_mediation_registries, "mediationRegistryAction")
        self.hardship_registry_action = self._action(
            self.tools_menu, None, lambda: self.open_hardship_registry(), "hardshipRegistryAction")
        self.aid_batches_action = self._action(self.tools_menu, None, self.open_aid_batches,
                                               "aidBatchesAction")
        self.job_fairs_action = self._action(self.tools_menu, None, self.open_job_fairs,
                                             "jobFairsAction")
        self.tools_menu.addSeparator()
        self.sync_conflicts_action = self._action(self.tools_menu, None,
                                                  self.open_sync_conflicts, "syncConflictsAction")
        self.sync_status_action = self._action(self.tools_menu, None, self.open_sync_status,
                                               "syncStatusAction")
        self.tools_menu.addSeparator()
        self.backup_action = self._action(self.tools_menu, None, self.open_backups,
                                          "backupAction")
        self.settings_action = self._action(self.tools_menu, QKeySequence.StandardKey.Preferences,
                                            self.open_settings, "settingsAction")
        if self.settings_action.shortcut().isEmpty():
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))

        self.help_menu = bar.addMenu("")
        self.about_action = self._action(self.help_menu, QKeySequence.StandardKey.HelpContents,
                                         self.show_about, "aboutAction")

    def _connect(self) -> None:
        self.search_edit.returnPressed.connect(self.run_search)
        self.search_popup.hit_activated.connect(self.open_hit)
        self.persons_tab.open_person_requested.connect(self.open_person)
        self.persons_tab.new_person_requested.connect(self.new_person)
        self.persons_tab.print_requested.connect(self.print_record)
        self.enterprises_tab.open_enterprise_requested.connect(self.open_enterprise)
        self.intake_tab.open_case_requested.connect(self.open_intake)
        self.intake_tab.new_intake_requested.connect(self.new_intake)
        self.intake_tab.print_requested.connect(self.print_record)
        self.mediation_tab.open_case_requested.connect(self.open_mediation)
        self.mediation_tab.new_case_requested.connect(self.new_mediation)
        self.mediation_tab.print_requested.connect(self.print_record)
        self.aid_tab.open_case_requested.connect(self.open_aid)
        self.aid_tab.new_case_requested.connect(lambda: self.new_aid())
        self.aid_tab.print_requested.connect(self.print_record)
        self.aid_tab.registry_requested.connect(self._on_registry_requested)
        self.aid_tab.batches_requested.connect(self.open_aid_batches)
        self.jobs_tab.open_case_requested.connect(self.open_jobs)
        self.jobs_tab.new_case_requested.connect(self.new_seeker)
        self.jobs_tab.print_requested.connect(self.print_record)
        self.jobs_tab.fairs_requested.connect(self.open_job_fairs)
        self.statistics_tab.case_requested.connect(self.open_case)
        self.statistics_tab.fairs_requested.connect(self.open_job_fairs)
        self.statistics_tab.registries_requested.connect(self.open_mediation_registries)
        self.statistics_tab.report_saved.connect(lambda path: self.statusBar().showMessage(
            self.tr("Report written to %1").replace("%1", path), 8000))
        self.enterprises_tab.new_enterprise_requested.connect(self.new_enterprise)
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search_edit,
                          self.search_edit.clear)
        clear.setContext(Qt.ShortcutContext.WidgetShortcut)

    def retranslate_ui(self) -> None:
        station = self.app.stations.current()
        station_name = station.name if station else ""
        self.setWindowTitle(f"UnionCase — {station_name}" if station_name else "UnionCase")
        self.title_label.setText(station_name or "UnionCase")
        titles = [self.tr("Petitions && hotline"), self.tr("Dispute mediation"),
                  self.tr("Hardship aid"), self.tr("Jobs && referrals"), self.tr("Statistics"),
                  self.tr("Persons"), self.tr("Enterprises")]
        for i, title in enumerate(titles):
            self.tabs.setTabText(i, title)
            self.tab_actions[i].setText(title)
        self.search_edit.setPlaceholderText(
            self.tr("Search persons, enterprises, case numbers (Ctrl+F)"))
        self.file_menu.setTitle(self.tr("&File"))
        self.new_intake_action.setText(self.tr("New &intake (visit, call, letter)..."))
        self.new_mediation_action.setText(self.tr("New &mediation case..."))
        self.new_aid_action.setText(self.tr("New &aid application..."))
        self.new_seeker_action.setText(self.tr("Register a &job seeker..."))
        self.new_person_action.setText(self.tr("New &person..."))
        self.new_enterprise_action.setText(self.tr("New &enterprise..."))
        self.import_ledger_action.setText(self.tr("Import a &ledger (Excel)..."))
        self.export_sync_action.setText(self.tr("E&xport a sync bundle..."))
        self.import_sync_action.setText(self.tr("Import a sync b&undle..."))
        self.print_action.setText(self.tr("&Print selected record..."))
        self.quit_action.setText(self.tr("&Quit"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.find_action.setText(self.tr("&Find..."))
        self.refresh_action.setText(self.tr("&Refresh"))
        self.view_menu.setTitle(self.tr("&View"))
        self.tools_menu.setTitle(self.tr("&Tools"))
        self.calendar_action.setText(self.tr("&Holiday calendar..."))
        self.categories_action.setText(self.tr("Petition &categories..."))
        self.mediation_registry_action.setText(
            self.tr("&Mediation organizations and mediators..."))
        self.hardship_registry_action.setText(self.tr("&Hardship registry..."))
        self.aid_batches_action.setText(self.tr("Aid &programs and batches..."))
        self.job_fairs_action.setText(self.tr("&Job fairs..."))
        self.sync_conflicts_action.setText(self.tr("Sync c&onflicts..."))
        self.sync_status_action.setText(self.tr("Sync s&tatus..."))
        self.backup_action.setText(self.tr("&Backup and restore..."))
        self.settings_action.setText(self.tr("&Settings..."))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About UnionCase"))
        self._update_status()

    def _update_status(self) -> None:
        station = self.app.stations.current()
        self.station_label.setText(
            self.tr("Station: %1").replace("%1", f"{station.name}（{station.code}）"
                                           if station else self.tr("not set")))
        self.operator_label.setText(self.tr("Operator: %1").replace("%1",
                                                                     self.app.operator_name))
        self.database_label.setText(self.tr("Database: %1").replace(
            "%1", str(self.app.db.path or self.app.db.url)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _restore_state(self) -> None:
        geometry = self.settings.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
        tab = self.settings.window_tab
        if 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._warmed:
            self._warmed = True
            # What start-up made (modules, models, widgets: most of the heap) lives as long as
            # the window: the cyclic collector need not walk it again. A full pass over it took
            # 0.1 s, and fell on whichever list was loading.
            gc.freeze()
            # After the shown tab's own rows (already queued): the other lists' first rows
            # in the background, so that the first switch to a tab finds them fast.
            self.runner.run(self.app.warm_up, on_error=lambda _exc: None, owner=self)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.save_window(self.saveGeometry(), self.saveState(),
                                  self.tabs.currentIndex())
        self.settings.sync()
        for page in [*self._pages.values(), *self._intake_pages.values(),
                     *self._mediation_pages.values(), *self._aid_pages.values(),
                     *self._job_pages.values()]:
            page.close()
        self.runner.drain()
        super().closeEvent(event)

    # -- search ------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def run_search(self) -> None:
        text = self.search_edit.text().strip()
        if not text:
            return
        self.runner.run(lambda: self.app.search.search(text), self._on_search_done, owner=self)

    def _on_search_done(self, hits: list[SearchHit]) -> None:
        self.search_popup.show_hits(hits, self.search_edit)

    def open_hit(self, hit: SearchHit) -> None:
        if hit.kind == "person":
            self.open_person(hit.record_id)
        elif hit.kind == "enterprise":
            self.open_enterprise(hit.record_id)
        elif hit.kind == "intake":
            self.open_intake(hit.record_id)
        elif hit.kind == "mediation":
            self.open_mediation(hit.record_id)
        elif hit.kind == "aid":
            self.open_aid(hit.record_id)
        elif hit.kind == "jobs":
            self.open_jobs(hit.record_id)

    # -- records -----------------------------------------------------------------------------
    def new_person(self) -> None:
        dialog = PersonDialog(self.app, parent=self)
        dialog.person_saved.connect(self._on_person_saved)
        dialog.existing_person_requested.connect(self.open_person)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def edit_person(self, person: PersonRead) -> None:
        dialog = PersonDialog(self.app, person, parent=self)
        dialog.person_saved.connect(self._on_person_saved)
        dialog.existing_person_requested.connect(self.open_person)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_person_saved(self, person: PersonRead) -> None:
        self.persons_tab.reload()
        page = self._pages.get(person.id)
        if page is not None:
            page.refresh()
        else:
            self.open_person(person.id)
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", person.number), 5000)

    def open_person(self, person_id: int) -> PersonPage | None:
        page = self._pages.get(person_id)
        if page is None:
            try:
                page = PersonPage(self.app, person_id, self)
            except Exception as exc:
                show_error(self, exc)
                return None
            page.edit_requested.connect(self.edit_person)
            page.print_requested.connect(self.print_record)
            page.case_requested.connect(self.open_case)
            page.closed.connect(lambda pid=person_id: self._pages.pop(pid, None))
            self._pages[person_id] = page
        page.show()
        page.raise_()
        page.activateWindow()
        return page

    def open_case(self, kind: str, number: str) -> QWidget | None:
        """A record of one of the lines of work, by its kind and number (from a person's page).
        Kinds the window cannot open yet are ignored."""
        services: dict[str, Any] = {"intake": (self.app.intake, self.open_intake),
                                    "mediation": (self.app.mediation, self.open_mediation),
                                    "aid": (self.app.aid, self.open_aid),
                                    "jobs": (self.app.jobs, self.open_jobs)}
        if kind not in services:
            log.debug("no page for records of kind %s yet", kind)
            return None
        service, opener = services[kind]
        try:
            found = service.by_number(number)
        except UnionCaseError as exc:
            show_error(self, exc)
            return None
        if found is None:
            show_error(self, NotFoundError(key=number))
            return None
        page: QWidget | None = opener(found.id)
        return page

    def new_intake(self, channel: str = "") -> IntakeEntryDialog:
        """The quick-entry form; one at a time (a second request brings it forward)."""
        dialog = self._entry_dialog
        if dialog is not None:
            if channel and not dialog.has_input():
                dialog.selector.set_channel(IntakeChannel(channel))
            dialog.show()
            dialog.raise_()
            dialog.activateWindow()
            return dialog
        dialog = IntakeEntryDialog(self.app, channel, self)
        dialog.case_registered.connect(self._on_intake_registered)
        dialog.finished.connect(self._on_entry_dialog_finished)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._entry_dialog = dialog
        dialog.show()
        return dialog

    def _on_entry_dialog_finished(self, _result: int) -> None:
        self._entry_dialog = None

    def _on_intake_registered(self, case: IntakeCaseRead) -> None:
        self.intake_tab.on_case_changed(case)
        self.statusBar().showMessage(self.tr("Registered %1").replace("%1", case.number), 8000)

    def _on_intake_changed(self, case: IntakeCaseRead) -> None:
        self.intake_tab.on_case_changed(case)
        page = self._pages.get(case.person_id)
        if page is not None:
            page.refresh()

    def open_intake(self, case_id: int) -> IntakeCasePage | None:
        page = self._intake_pages.get(case_id)
        if page is None:
            try:
                page = IntakeCasePage(self.app, case_id, self, runner=self.runner)
            except Exception as exc:
                show_error(self, exc)
                return None
            page.print_requested.connect(self.print_record)
            page.person_requested.connect(self.open_person)
            page.intake_case_requested.connect(self.open_intake)
            page.case_requested.connect(self.open_case)
            page.case_changed.connect(self._on_intake_changed)
            page.closed.connect(lambda cid=case_id: self._intake_pages.pop(cid, None))
            self._intake_pages[case_id] = page
        page.show()
        page.raise_()
        page.activateWindow()
        return page

    # -- mediation ---------------------------------------------------------------------------
    def new_mediation(self) -> MediationEntryDialog:
        return self._mediation_dialog(None)

    def edit_mediation(self, case_id: int) -> MediationEntryDialog | None:
        try:
            case = self.app.mediation.get(case_id)
        except UnionCaseError as exc:
            show_error(self, exc)
            return None
        return self._mediation_dialog(case)

    def _mediation_dialog(self, case: MediationCaseRead | None) -> MediationEntryDialog:
        """One application form per case (and one for a new case); a second request brings it
        forward."""
        key = case.id if case is not None else 0
        dialog = self._mediation_dialogs.get(key)
        if dialog is None:
            dialog = MediationEntryDialog(self.app, self, case=case)
            dialog.case_saved.connect(self._on_mediation_saved)
            dialog.finished.connect(lambda _r, k=key: self._mediation_dialogs.pop(k, None))
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self._mediation_dialogs[key] = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _on_mediation_saved(self, case: MediationCaseRead) -> None:
        self._on_mediation_changed(case)
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", case.number), 8000)
        if case.id not in self._mediation_pages:
            self.open_mediation(case.id)

    def _on_mediation_changed(self, case: MediationCaseRead) -> None:
        self.mediation_tab.on_case_changed(case)
        page = self._mediation_pages.get(case.id)
        if page is not None:
            page.refresh()
        for applicant in case.applicants:
            person_page = self._pages.get(applicant.person_id)
            if person_page is not None:
                person_page.refresh()

    def open_mediation(self, case_id: int) -> MediationCasePage | None:
        page = self._mediation_pages.get(case_id)
        if page is None:
            try:
                page = MediationCasePage(self.app, case_id, self, runner=self.runner)
            except Exception as exc:
                show_error(self, exc)
                return None
            page.print_requested.connect(self.print_record)
            page.person_requested.connect(self.open_person)
            page.enterprise_requested.connect(self.open_enterprise)
            page.linked_case_requested.connect(self.open_case)
            page.edit_requested.connect(self.edit_mediation)
            page.case_changed.connect(self._on_mediation_changed)
            page.closed.connect(lambda cid=case_id: self._mediation_pages.pop(cid, None))
            self._mediation_pages[case_id] = page
        page.show()
        page.raise_()
        page.activateWindow()
        return page

    def open_mediation_registries(self) -> QDialog:
        from ui.dialogs.mediation_registry_dialog import MediationRegistryDialog

        dialog = MediationRegistryDialog(self.app, self)
        dialog.registries_changed.connect(self.mediation_tab.reload_registries)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # -- hardship aid ------------------------------------------------------------------------
    def new_aid(self, person: PersonRead | None = None) -> AidApplicationDialog:
        dialog = AidApplicationDialog(self.app, self, person=person)
        dialog.application_saved.connect(self._on_aid_saved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _on_aid_saved(self, case: AidApplicationRead) -> None:
        self._on_aid_changed(case)
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", case.number), 8000)
        self.open_aid(case.id)

    def _on_aid_changed(self, case: AidApplicationRead) -> None:
        self.aid_tab.on_case_changed(case)
        page = self._pages.get(case.person_id)
        if page is not None:
            page.refresh()

    def open_aid(self, case_id: int) -> AidCasePage | None:
        page = self._aid_pages.get(case_id)
        if page is None:
            try:
                page = AidCasePage(self.app, case_id, self, runner=self.runner)
            except Exception as exc:
                show_error(self, exc)
                return None
            page.print_requested.connect(self.print_record)
            page.person_requested.connect(self.open_person)
            page.file_requested.connect(self.open_hardship_file)
            page.linked_case_requested.connect(self.open_case)
            page.case_changed.connect(self._on_aid_changed)
            page.closed.connect(lambda cid=case_id: self._aid_pages.pop(cid, None))
            self._aid_pages[case_id] = page
        page.show()
        page.raise_()
        page.activateWindow()
        return page

    def _on_registry_requested(self, person_id: int) -> None:
        if person_id:
            self.open_hardship_file(person_id)
        else:
            self.open_hardship_registry()

    def open_hardship_file(self, person_id: int) -> QDialog | None:
        from ui.dialogs.hardship_file_dialog import HardshipFileDialog

        try:
            person = self.app.persons.get(person_id)
        except UnionCaseError as exc:
            show_error(self, exc)
            return None
        dialog = HardshipFileDialog(self.app, person, self)
        dialog.file_saved.connect(self._on_hardship_file_saved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _on_hardship_file_saved(self, file: HardshipFileRead) -> None:
        from ui.dialogs.hardship_registry_dialog import HardshipRegistryDialog

        if self.aid_tab.isVisible():
            self.aid_tab.reload()
        for registry in self.findChildren(HardshipRegistryDialog):
            registry.on_file_changed(file)

    def open_hardship_registry(self) -> QDialog:
        from ui.dialogs.hardship_registry_dialog import HardshipRegistryDialog

        dialog = HardshipRegistryDialog(self.app, self)
        dialog.file_requested.connect(self.open_hardship_file)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_aid_batches(self) -> QDialog:
        from ui.dialogs.aid_batches_dialog import AidBatchesDialog

        dialog = AidBatchesDialog(self.app, self)
        dialog.batches_changed.connect(self.aid_tab.reload_registries)
        dialog.roster_ready.connect(self._show_pdf)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # -- jobs ----------------------------------------------------------------------------------
    def new_seeker(self) -> QDialog:
        from ui.dialogs.job_seeker_dialog import JobSeekerDialog

        dialog = JobSeekerDialog(self.app, self)
        dialog.seeker_saved.connect(self._on_seeker_changed)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _on_seeker_changed(self, seeker: JobSeekerRead) -> None:
        self.jobs_tab.on_case_changed(seeker)
        page = self._pages.get(seeker.person_id)
        if page is not None:
            page.refresh()

    def open_jobs(self, seeker_id: int) -> QDialog | None:
        from ui.dialogs.job_seeker_page import JobSeekerPage

        page = self._job_pages.get(seeker_id)
        if page is None:
            try:
                page = JobSeekerPage(self.app, seeker_id, self, runner=self.runner)
            except Exception as exc:
                show_error(self, exc)
                return None
            page.print_requested.connect(self.print_record)
            page.person_requested.connect(self.open_person)
            page.linked_case_requested.connect(self.open_case)
            page.case_changed.connect(self._on_seeker_changed)
            page.closed.connect(lambda sid=seeker_id: self._job_pages.pop(sid, None))
            self._job_pages[seeker_id] = page
        page.show()
        page.raise_()
        page.activateWindow()
        return page

    def open_job_fairs(self) -> QDialog:
        from ui.dialogs.job_fairs_dialog import JobFairsDialog

        dialog = JobFairsDialog(self.app, self)
        dialog.fairs_changed.connect(self.jobs_tab.reload_fairs)
        dialog.summary_ready.connect(self._show_pdf)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _show_pdf(self, pdf: bytes, filename: str) -> None:
        from ui.dialogs.print_preview_dialog import PrintPreviewDialog

        dialog = PrintPreviewDialog(pdf, filename, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.preview_opened.emit(dialog)

    def new_enterprise(self) -> None:
        dialog = EnterpriseDialog(self.app, parent=self)
        dialog.enterprise_saved.connect(lambda _e: self.enterprises_tab.reload())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_enterprise(self, enterprise_id: int) -> None:
        try:
            enterprise = self.app.enterprises.get(enterprise_id)
        except Exception as exc:
            show_error(self, exc)
            return
        dialog = EnterpriseDialog(self.app, enterprise, parent=self)
        dialog.enterprise_saved.connect(lambda _e: self.enterprises_tab.reload())
        dialog.person_requested.connect(self.open_person)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def refresh_current(self) -> None:
        tab = self.tabs.currentWidget()
        reload = getattr(tab, "reload", None)
        if callable(reload):
            reload()

    # -- printing ----------------------------------------------------------------------------
    def _on_print_action(self) -> None:
        tab = self.tabs.currentWidget()
        if tab is self.persons_tab:
            row = self.persons_tab.selected_row()
            if row is not None:
                self.print_record(self.persons_tab.model.record(row).number)
                return
        if tab in (self.intake_tab, self.mediation_tab, self.aid_tab, self.jobs_tab):
            case = tab.selected_case()  # type: ignore[attr-defined]
            if case is not None:
                self.print_record(case.number)
                return
        self.statusBar().showMessage(self.tr("Select a record to print first"), 5000)

    def print_record(self, number: str, form: str | None = None) -> None:
        self.statusBar().showMessage(self.tr("Preparing the form..."))
        form = form or None  # "" asks for the record's default form
        self.runner.run(lambda: self.app.printing.render(number, form), self._on_printed,
                        owner=self, lane="files")

    def _on_printed(self, printed: PrintedForm) -> None:
        from ui.dialogs.print_preview_dialog import PrintPreviewDialog

        self.statusBar().clearMessage()
        dialog = PrintPreviewDialog(printed.pdf, printed.filename, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.preview_opened.emit(dialog)

    # -- ledgers -----------------------------------------------------------------------------
    def import_ledger(self) -> QDialog:
        from ui.dialogs.ledger_import_dialog import LedgerImportDialog

        dialog = LedgerImportDialog(self.app, self.runner, self)
        dialog.ledger_imported.connect(lambda _result: self.reload_lists())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def reload_lists(self) -> None:
        """Lists already filled show new records at once (after an import or a restore); the
        others load them when first shown."""
        for tab in self.tab_widgets():
            if getattr(tab, "_loaded", False) and callable(getattr(tab, "reload", None)):
                tab.reload()  # type: ignore[attr-defined]

    # -- offline sync ------------------------------------------------------------------------
    def export_sync(self, ack_for: str | None = None) -> QDialog:
        from ui.dialogs.sync_export_dialog import SyncExportDialog

        dialog = SyncExportDialog(self.app, self.runner, self, memory=self.sync_passphrase,
                                  ack_for=ack_for)
        dialog.bundle_exported.connect(lambda _summary: self._refresh_sync_dialogs())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def import_sync(self) -> QDialog:
        from ui.dialogs.sync_import_dialog import SyncImportDialog

        dialog = SyncImportDialog(self.app, self.runner, self, memory=self.sync_passphrase)
        dialog.bundle_imported.connect(lambda _summary: self._on_sync_changed())
        dialog.conflicts_requested.connect(self.open_sync_conflicts)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _shown(self, kind: type[QDialog]) -> QDialog | None:
        """The open one of a dialog kind there is one of: brought forward and refreshed."""
        for dialog in self.findChildren(kind):
            if dialog.isVisible():
                dialog.reload()  # type: ignore[attr-defined]
                dialog.raise_()
                dialog.activateWindow()
                return dialog
        return None

    def open_sync_conflicts(self) -> QDialog:
        from ui.dialogs.sync_conflicts_dialog import SyncConflictsDialog

        shown = self._shown(SyncConflictsDialog)
        if shown is not None:
            return shown
        dialog = SyncConflictsDialog(self.app, self.runner, self)
        dialog.conflict_resolved.connect(lambda _conflict: self._on_sync_changed())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_sync_status(self) -> QDialog:
        from ui.dialogs.sync_status_dialog import SyncStatusDialog

        shown = self._shown(SyncStatusDialog)
        if shown is not None:
            return shown
        dialog = SyncStatusDialog(self.app, self.runner, self)
        dialog.acknowledgement_requested.connect(lambda code: self.export_sync(ack_for=code))
        dialog.conflicts_requested.connect(self.open_sync_conflicts)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _on_sync_changed(self) -> None:
        """Records arrived or a conflict was settled: lists, station names, open sync views."""
        self._update_status()
        self.reload_lists()
        self._refresh_sync_dialogs()

    def _refresh_sync_dialogs(self) -> None:
        from ui.dialogs.sync_conflicts_dialog import SyncConflictsDialog
        from ui.dialogs.sync_status_dialog import SyncStatusDialog

        for kind in (SyncStatusDialog, SyncConflictsDialog):
            for dialog in self.findChildren(kind):
                if dialog.isVisible():
                    dialog.reload()

    # -- tools -------------------------------------------------------------------------------
    def open_calendar(self) -> None:
        from ui.dialogs.calendar_dialog import CalendarDialog

        dialog = CalendarDialog(self.app, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_categories(self) -> QDialog:
        from ui.dialogs.category_dialog import CategoryDialog

        dialog = CategoryDialog(self.app, self)
        dialog.categories_changed.connect(self._on_categories_changed)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_categories_changed(self) -> None:
        """The intake list's filter and an open entry form offer the new categories."""
        self.intake_tab.reload_categories()
        if self._entry_dialog is not None:
            self._entry_dialog.reload_categories()

    def open_backups(self) -> QDialog:
        from ui.dialogs.backup_dialog import BackupDialog

        dialog = BackupDialog(self.app, self.runner, self)
        dialog.database_restored.connect(self._on_database_restored)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _on_database_restored(self) -> None:
        """Another database's content: every page shown of the old one closes, lists reload."""
        for page in [*self._pages.values(), *self._intake_pages.values(),
                     *self._mediation_pages.values(), *self._aid_pages.values(),
                     *self._job_pages.values()]:
            page.close()
        self.retranslate_ui()  # the station's name
        self.reload_lists()

    def open_settings(self) -> None:
        from ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        dialog.language_changed.connect(self._on_language_changed)
        dialog.settings_saved.connect(self.settings.apply_pdf_font)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_language_changed(self, language: str) -> None:
        app = QApplication.instance()
        if app is not None:
            i18n.install(app, language)

    def show_about(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About UnionCase"),
                          self.tr("UnionCase %1\nCase management for trade-union worker service "
                                  "centers.").replace("%1", __version__),
                          QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
