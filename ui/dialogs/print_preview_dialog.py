"""Print preview of a rendered form: scroll, zoom, save as PDF, print."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QMargins,
    QObject,
    QRect,
    QSaveFile,
    QSize,
    QSizeF,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QShortcut,
)
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)

ZOOM_STEP = 1.25
ZOOM_MIN = 0.25
ZOOM_MAX = 4.0
# Pages are rendered for the printer at its resolution, up to this: 600 dpi text is as sharp as
# paper shows, while 1200 dpi (what PDF and CUPS printers report) takes four times the time and
# memory.  Each page is rendered in horizontal bands of at most BAND_PIXELS pixels, so it never
# needs one huge image.
MAX_PRINT_DPI = 600
BAND_PIXELS = 8_000_000


class PrintPreviewDialog(QDialog):
    """Shows a PDF (all pages, scrolling) and saves or prints it.

    The PDF bytes are the source of truth: "Save as PDF" writes them unchanged, "Print" renders
    every page at the printer's resolution.
    """

    saved = Signal(str)  # the path written
    printed = Signal(int)  # the number of pages sent to the printer

    def __init__(self, pdf: bytes, suggested_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printPreviewDialog")
        self.pdf = bytes(pdf)
        self.suggested_name = suggested_name
        # The document reads from the buffer lazily: keep both (and the bytes) alive.
        self._data = QByteArray(self.pdf)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self._printer: QPrinter | None = None
        self._print_dialog: QPrintDialog | None = None
        self._build_ui()
        self._connect()
        self.retranslate_ui()
        self._fit_to_screen(900, 1000)

    # -- construction --------------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.zoom_out_button = QToolButton(self)
        self.zoom_out_button.setObjectName("zoomOutButton")
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("zoomLabel")
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000%"))
        self.zoom_in_button = QToolButton(self)
        self.zoom_in_button.setObjectName("zoomInButton")
        self.fit_width_button = QToolButton(self)
        self.fit_width_button.setObjectName("fitWidthButton")
        self.fit_width_button.setCheckable(True)
        self.page_label = QLabel(self)
        self.page_label.setObjectName("pageLabel")

        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocumentMargins(QMargins(12, 12, 12, 12))
        self.view.setPageSpacing(12)
        self.view.setDocument(self.document)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A long saved path must not widen the dialog.
        self.status_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveButton")
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("printButton")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeButton")
        for button in (self.save_button, self.print_button, self.close_button):
            button.setAutoDefault(False)

        # Ctrl+= too: on most keyboards "+" needs Shift.
        self.zoom_in_shortcuts = self._shortcuts(QKeySequence.StandardKey.ZoomIn, "Ctrl+=")
        self.zoom_out_shortcuts = self._shortcuts(QKeySequence.StandardKey.ZoomOut)
        self.save_shortcuts = self._shortcuts(QKeySequence.StandardKey.Save)
        self.print_shortcuts = self._shortcuts(QKeySequence.StandardKey.Print)

        tools = QHBoxLayout()
        tools.addWidget(self.zoom_out_button)
        tools.addWidget(self.zoom_label)
        tools.addWidget(self.zoom_in_button)
        tools.addWidget(self.fit_width_button)
        tools.addStretch(1)
        tools.addWidget(self.page_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        ready = self.document.status() == QPdfDocument.Status.Ready
        self.print_button.setEnabled(ready and self.document.pageCount() > 0)
        if not ready:
            log.warning("cannot show the PDF: %s", self.document.error())

    def _connect(self) -> None:
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.fit_width_button.clicked.connect(self.fit_width)
        for shortcuts, slot in ((self.zoom_in_shortcuts, self.zoom_in),
                                (self.zoom_out_shortcuts, self.zoom_out),
                                (self.save_shortcuts, self._on_save_clicked),
                                (self.print_shortcuts, self._on_print_clicked)):
            for shortcut in shortcuts:
                shortcut.activated.connect(slot)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.close_button.clicked.connect(self.reject)
        self.view.zoomFactorChanged.connect(self._update_zoom)
        self.view.zoomModeChanged.connect(self._update_zoom)
        self.view.pageNavigator().currentPageChanged.connect(self._update_page)
        self.view.viewport().installEventFilter(self)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(
            self.tr("UnionCase - Print preview - %1").replace("%1", self.suggested_name))
        self.zoom_out_button.setText(self.tr("Zoom out"))
        self.zoom_out_button.setToolTip(self._with_key(self.tr("Zoom out"),
                                                       self.zoom_out_shortcuts))
        self.zoom_in_button.setText(self.tr("Zoom in"))
        self.zoom_in_button.setToolTip(self._with_key(self.tr("Zoom in"), self.zoom_in_shortcuts))
        self.fit_width_button.setText(self.tr("Fit width"))
        self.save_button.setText(self.tr("Save as PDF..."))
        self.save_button.setToolTip(self._with_key(self.tr("Save as PDF"), self.save_shortcuts))
        self.print_button.setText(self.tr("Print..."))
        self.print_button.setToolTip(self._with_key(self.tr("Print"), self.print_shortcuts))
        self.close_button.setText(self.tr("Close"))
        self._update_zoom()
        self._update_page()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Fit-width zoom follows the viewport's width: keep the percentage shown current.
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._update_zoom()
        return super().eventFilter(watched, event)

    def _shortcuts(self, standard: QKeySequence.StandardKey, *extra: str) -> list[QShortcut]:
        keys = [*QKeySequence.keyBindings(standard), *(QKeySequence(k) for k in extra)]
        unique = list(dict.fromkeys(k.toString() for k in keys if not k.isEmpty()))
        return [QShortcut(QKeySequence(key), self) for key in unique]

    @staticmethod
    def _with_key(text: str, shortcuts: list[QShortcut]) -> str:
        if not shortcuts:
            return text
        key = shortcuts[0].key().toString(QKeySequence.SequenceFormat.NativeText)
        return f"{text} ({key})"

    def _fit_to_screen(self, width: int, height: int) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, available.width() - 40)
            height = min(height, available.height() - 60)
        self.resize(width, height)

    # -- viewing ------------------------------------------------------------------------------
    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        """The page in view, counted from 0."""
        return self.view.pageNavigator().currentPage()

    def zoom(self) -> float:
        """The zoom actually shown: 1.0 is the paper's real size on the screen."""
        if self.view.zoomMode() != QPdfView.ZoomMode.FitToWidth:
            return self.view.zoomFactor()
        # QPdfView fits the widest page into the viewport; its zoomFactor() stays unchanged.
        widest = max((self.document.pagePointSize(p).width() for p in range(self.page_count())),
                     default=0.0)
        screen = self.screen() or QGuiApplication.primaryScreen()
        dpi = screen.logicalDotsPerInch() if screen is not None else 96.0
        if widest <= 0:
            return 1.0
        margins = self.view.documentMargins()
        room = self.view.viewport().width() - margins.left() - margins.right()
        return max(room, 1) / (widest * dpi / 72.0)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def set_zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(max(factor, ZOOM_MIN), ZOOM_MAX))
        self._update_zoom()

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocumentMargins(QMargins(12, 12, 12, 12))
        self.view.setPageSpacing(12)
        self._update_zoom()

    def _update_zoom(self) -> None:
        fitting = self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
        self.fit_width_button.setChecked(fitting)
        zoom = self.zoom()
        self.zoom_label.setText(f"{round(zoom * 100)}%")
        self.zoom_in_button.setEnabled(zoom < ZOOM_MAX - 1e-6)
        self.zoom_out_button.setEnabled(zoom > ZOOM_MIN + 1e-6)

    def _update_page(self) -> None:
        if self.document.status() != QPdfDocument.Status.Ready:
            self.page_label.setText(self.tr("Cannot show this PDF"))
            return
        self.page_label.setText(self.tr("Page %1 of %2")
                                .replace("%1", str(self.current_page() + 1))
                                .replace("%2", str(self.page_count())))

    # -- saving -------------------------------------------------------------------------------
    def _ask_save_path(self) -> str:
        """Ask where to save ("" if cancelled). Tests replace this."""
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), str(Path(folder) / self.suggested_name),
            self.tr("PDF files (*.pdf)"))
        return path

    def _on_save_clicked(self) -> None:
        path = self._ask_save_path()
        if path:
            self.save_to(path)

    def save_to(self, path: str) -> bool:
        """Write the PDF bytes atomically (a temporary file, then a rename over the target)."""
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        # QSaveFile writes a temporary file beside the target and renames it on commit, so an
        # existing file is never left half-written.
        file = QSaveFile(str(target))
        ok = (file.open(QIODevice.OpenModeFlag.WriteOnly)
              and file.write(self.pdf) == len(self.pdf)
              and file.commit())
        if not ok:
            reason = file.errorString()
            file.cancelWriting()
            log.warning("saving the PDF failed: %s", reason)
            self._warn(self.tr("The PDF could not be saved:\n%1").replace("%1", reason))
            return False
        log.info("saved a PDF of %d bytes", len(self.pdf))
        self.status_label.setText(self.tr("Saved to %1").replace("%1", str(target)))
        self.status_label.setToolTip(str(target))
        self.saved.emit(str(target))
        return True

    def _warn(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, "UnionCase", text,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("previewErrorBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- printing -----------------------------------------------------------------------------
    def make_printer(self) -> QPrinter:
        """A printer set up for this document: its name, its paper size and orientation."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name)
        if self.page_count() > 0:
            size = self.document.pagePointSize(0)
            landscape = size.width() > size.height()
            if landscape:
                size = QSizeF(size.height(), size.width())
            printer.setPageSize(QPageSize(size, QPageSize.Unit.Point))  # fuzzy: A4 stays A4
            printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape
                                       else QPageLayout.Orientation.Portrait)
        return printer

    def _on_print_clicked(self) -> None:
        if not self.print_button.isEnabled():
            return
        self._printer = self.make_printer()
        dialog = QPrintDialog(self._printer, self)
        dialog.setObjectName("printDialog")
        dialog.setMinMax(1, self.page_count())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._on_print_accepted)
        self._print_dialog = dialog
        QDialog.open(dialog)  # QPrintDialog.open() wants a receiver; the plain one is enough

    def _on_print_accepted(self) -> None:
        if self._printer is not None:
            self.print_to(self._printer)

    def pages_for(self, printer: QPrinter) -> list[int]:
        """The pages (from 0) the printer's settings ask for, in printing order."""
        count = self.page_count()
        pages = list(range(count))
        match printer.printRange():
            case QPrinter.PrintRange.PageRange if printer.fromPage() > 0:
                last = printer.toPage() if printer.toPage() > 0 else count
                pages = list(range(printer.fromPage() - 1, min(last, count)))
            case QPrinter.PrintRange.CurrentPage:
                pages = [min(self.current_page(), count - 1)] if count else []
            case _:
                pass
        if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
            pages.reverse()
        if not printer.supportsMultipleCopies() and printer.copyCount() > 1:
            copies = printer.copyCount()
            if printer.collateCopies():
                pages = pages * copies
            else:
                pages = [page for page in pages for _ in range(copies)]
        return pages

    def print_to(self, printer: QPrinter) -> int:
        """Paint the pages into ``printer`` at its resolution. Returns the number of pages."""
        pages = self.pages_for(printer)
        if not pages:
            return 0
        # Paper coordinates: the form keeps its real size and its own margins.
        printer.setFullPage(True)
        painter = QPainter()
        if not painter.begin(printer):
            log.warning("the printer could not be started")
            self._warn(self.tr("The printer could not be started."))
            return 0
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            for n, page in enumerate(pages):
                if n and not printer.newPage():
                    log.warning("the printer refused page %d", n + 1)
                    printer.abort()
                    self._warn(self.tr("Printing failed."))
                    return 0
                self._paint_page(painter, printer, page)
        finally:
            painter.end()
            QApplication.restoreOverrideCursor()
        log.info("printed %d pages", len(pages))
        self.status_label.setText(self.tr("Sent %n page(s) to the printer.", "", len(pages)))
        self.printed.emit(len(pages))
        return len(pages)

    def _paint_page(self, painter: QPainter, printer: QPrinter, page: int) -> None:
        paper = printer.paperRect(QPrinter.Unit.DevicePixel)
        dpi_x, dpi_y = printer.logicalDpiX(), printer.logicalDpiY()
        points = self.document.pagePointSize(page)
        # Real size, shrunk (never enlarged) to fit the paper, centred.
        width, height = points.width() * dpi_x / 72.0, points.height() * dpi_y / 72.0
        fit = min(1.0, paper.width() / width, paper.height() / height)
        width, height = width * fit, height * fit
        # The image: the printer's resolution, up to MAX_PRINT_DPI.
        image_size = QSize(max(1, round(width * min(1.0, MAX_PRINT_DPI / dpi_x))),
                           max(1, round(height * min(1.0, MAX_PRINT_DPI / dpi_y))))
        painter.save()
        painter.translate((paper.width() - width) / 2, (paper.height() - height) / 2)
        painter.scale(width / image_size.width(), height / image_size.height())
        band = max(1, BAND_PIXELS // image_size.width())
        for y in range(0, image_size.height(), band):
            rows = min(band, image_size.height() - y)
            options = QPdfDocumentRenderOptions()
            options.setScaledSize(image_size)
            options.setScaledClipRect(QRect(0, y, image_size.width(), rows))
            image = self.document.render(page, QSize(image_size.width(), rows), options)
            painter.drawImage(0, y, _on_white(image))
        painter.restore()


def _on_white(image: QImage) -> QImage:
    """The page image over white paper, without an alpha channel (printers prefer that)."""
    out = QImage(image.size(), QImage.Format.Format_RGB32)
    out.fill(QColor(Qt.GlobalColor.white))
    painter = QPainter(out)
    painter.drawImage(0, 0, image)
    painter.end()
    return out
