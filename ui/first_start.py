"""The first start on an empty registry: load the Bishkek example, or start empty."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout

from i18n import _
from models.demo import load_demo
from models.records import InstrumentFilter
from models.registry import Registry

DECLINED_KEY = "first_start_declined"  # registry setting: the clerk chose to start empty


class FirstStartDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(_("Welcome to Kelishim"))
        self.setMinimumWidth(560)
        title = QLabel(_("The registry is empty"))
        title.setObjectName("dialogTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(_(
            "You can load an example to look around first: the talks of the presidents of "
            "Kyrgyzstan and Russia in Bishkek on 26.11.2025, the seven documents signed there "
            "and the 2017 treaty that one of them amends. Example records can be deleted like "
            "any others.\n\nOr start with an empty registry and register your own "
            "instruments."))
        text.setWordWrap(True)
        text.setTextFormat(Qt.PlainText)
        self.demo_button = QPushButton(_("Load the example"))
        self.empty_button = QPushButton(_("Start empty"))
        self.demo_button.setDefault(True)
        buttons = QDialogButtonBox()
        buttons.addButton(self.demo_button, QDialogButtonBox.AcceptRole)
        buttons.addButton(self.empty_button, QDialogButtonBox.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addSpacing(12)
        layout.addWidget(buttons)


def is_new(registry: Registry) -> bool:
    """Nothing registered yet (not even in the trash), and the offer not declined before."""
    return (registry.count_instruments() == 0
            and registry.count_instruments(InstrumentFilter(deleted=True)) == 0
            and registry.meetings().total == 0 and registry.meetings(deleted=True).total == 0
            and registry.setting(DECLINED_KEY) != "yes")


def apply_choice(registry: Registry, load_example: bool) -> None:
    if load_example:
        load_demo(registry)
    else:
        registry.set_setting(DECLINED_KEY, "yes")


def offer_first_start(registry: Registry, parent=None) -> None:
    """On a new registry, ask whether to load the example."""
    if is_new(registry):
        apply_choice(registry, FirstStartDialog(parent).exec() == QDialog.Accepted)
