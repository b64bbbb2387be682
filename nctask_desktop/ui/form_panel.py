"""The centre of the New-task screen: the chosen task's form, Submit, and below it the submitted
task's live status and then its result, in place (the same result view as History)."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from nctask_desktop.services.submissions import Submission, SubmissionState

from .result_view import ResultView
from .widgets import Banner, MutedLabel, ProgressRow, scaled_font


class FormPanel(QWidget):
    """The chosen type's name and description, its form, upload progress, Submit, and the result
    of what was submitted from here."""

    def __init__(self, result: ResultView, parent: QWidget | None = None) -> None:
        """`result` is the view of the submitted task's result; the panel takes it in."""
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        top = QWidget(self.splitter)
        layout = QVBoxLayout(top)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(top)
        self.title.setFont(scaled_font(self, 1.35, bold=True))
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.description = MutedLabel("", top)
        layout.addWidget(self.title)
        layout.addWidget(self.description)
        self.forms = QStackedWidget(top)
        self.placeholder = MutedLabel(self.tr("Choose a task on the left."), top)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.forms.addWidget(self.placeholder)
        layout.addWidget(self.forms, 1)
        self.upload = ProgressRow(
            self.tr("Upload progress"), self.tr("Cancel upload"), self.tr("Cancel upload"), top
        )
        self.upload_cancel = self.upload.stop_button
        layout.addWidget(self.upload)
        submit_row = QHBoxLayout()
        self.notice = Banner(top, kind="info")
        submit_row.addWidget(self.notice, 1)
        submit_row.addStretch(0)  # the buttons keep to the right while the notice is hidden
        key = QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText)
        self.submit_button = QPushButton(self.tr("Submit"), top)
        self.submit_button.setAccessibleName(self.tr("Submit the task"))
        self.submit_button.setToolTip(self.tr("Submit the task ({key})").format(key=key))
        self.submit_button.setDefault(True)
        self.submit_button.setEnabled(False)
        self.submit_button.setMinimumWidth(self.fontMetrics().averageCharWidth() * 16)
        # one task per file (ui/batch_flow.py shows it for tasks with a file input)
        self.many_button = QPushButton(self.tr("Run on many files…"), top)
        self.many_button.setAccessibleName(self.tr("Run the task on many files"))
        self.many_button.setAutoDefault(False)
        self.many_button.hide()
        for button in (self.many_button, self.submit_button):
            submit_row.addWidget(button, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        layout.addLayout(submit_row)

        self.result_box = QWidget(self.splitter)
        result_layout = QVBoxLayout(self.result_box)
        result_layout.setContentsMargins(0, 0, 0, 0)
        self.result_title = QLabel(self.tr("Result"), self.result_box)
        self.result_title.setFont(scaled_font(self, 1.1, bold=True))
        self.sending = MutedLabel("", self.result_box)
        self.sending.setAccessibleName(self.tr("Where the submitted task stands"))
        self.sending.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.result = result
        result.setParent(self.result_box)
        self.result.setAccessibleName(self.tr("The submitted task and its result"))
        header = QHBoxLayout()
        header.addWidget(self.result_title, 1)
        self.cancel_button = QPushButton(self.tr("Cancel task"), self.result_box)
        self.cancel_button.setAccessibleName(self.tr("Cancel the submitted task"))
        self.cancel_button.hide()
        header.addWidget(self.cancel_button)
        result_layout.addLayout(header)
        result_layout.addWidget(self.sending)
        result_layout.addWidget(self.result, 1)
        self.batch: QWidget | None = None  # a batch's overview, in place of the result
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.result_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.result_box.hide()
        outer.addWidget(self.splitter)

    def show_upload(self, submission: Submission | None) -> None:
        uploading = submission is not None and submission.state is SubmissionState.UPLOADING
        fraction = (submission.upload_fraction or 0.0) if submission and uploading else None
        self.upload.show_at(fraction, self.tr("Uploading files to your Nextcloud…"))

    def _reveal(self) -> None:
        """The result area appears with room for the result: most of the height goes to it."""
        if not self.result_box.isHidden():
            return
        self.result_box.show()
        total = sum(self.splitter.sizes()) or self.height()
        self.splitter.setSizes([total * 2 // 5, total - total * 2 // 5])

    def show_batch(self, view: QWidget) -> None:
        """A batch's overview where the result is shown (until a task is shown again)."""
        if self.batch is not view:
            self.batch = view
            view.setParent(self.result_box)
            cast(QVBoxLayout, self.result_box.layout()).addWidget(view, 1)
        self._reveal()
        for widget in (self.result_title, self.cancel_button, self.sending, self.result):
            widget.hide()
        view.show()

    def _hide_batch(self) -> None:
        if self.batch is not None:
            self.batch.hide()
        self.result_title.show()

    def show_sending(self, text: str) -> None:
        """Before the server has the task: its way there (queued, uploading, waiting…)."""
        self._hide_batch()
        self._reveal()
        self.sending.setText(text)
        self.sending.setVisible(bool(text))
        self.result.hide()

    def show_task(self) -> None:
        """The server has the task: its status, then its result, in the result view."""
        self._hide_batch()
        self._reveal()
        self.sending.hide()
        self.result.show()

    def hide_result(self) -> None:
        self._hide_batch()
        self.result_box.hide()
        self.result.show_entry(None)
