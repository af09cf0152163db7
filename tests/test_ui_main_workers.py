"""The background runner other screens share: results, errors and cancelling reach the GUI
thread as signals."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from ui.workers import LatestOnly, Task
from ui_support import survives_session


def test_a_task_runs_off_the_gui_thread_and_reports_progress(qtbot):
    seen = []

    def work(progress):
        seen.append(QThread.currentThread() is QApplication.instance().thread())
        for n in range(1, 4):
            progress(n, 3)
        return "done"

    task = Task(work)
    steps = []
    task.progressed.connect(lambda done, total: steps.append((done, total)))
    with qtbot.waitSignal(task.succeeded, raising=True) as result:
        task.start()
    assert result.args == ["done"] and seen == [False]
    assert steps == [(1, 3), (2, 3), (3, 3)]


def test_a_failing_task_reports_its_error(qtbot):
    task = Task(lambda progress: 1 / 0)
    with qtbot.waitSignal(task.failed, raising=True) as failure:
        task.start()
    assert isinstance(failure.args[0], ZeroDivisionError)


def test_a_cancelled_task_stops_at_its_next_step(qtbot):
    release = threading.Event()
    steps = []

    def work(progress):
        release.wait(5)
        for n in range(100):
            progress(n, 100)
            steps.append(n)
        return "finished anyway"

    task = Task(work)
    succeeded = []
    task.succeeded.connect(succeeded.append)
    with qtbot.waitSignal(task.cancelled, raising=True):
        task.start()
        task.cancel()
        release.set()
    assert steps == [] and succeeded == []


def test_only_the_latest_answer_is_delivered(qtbot):
    loader = LatestOnly()
    gate = threading.Event()
    answers = []
    loader.ready.connect(answers.append)
    loader.run(lambda: gate.wait(5) and "old")
    loader.run(lambda: "new")
    qtbot.waitUntil(lambda: answers == ["new"])
    gate.set()
    qtbot.wait(200)
    assert answers == ["new"] and not loader.loading


def test_a_task_that_ends_after_qt_destroyed_its_receiver_is_dropped_quietly(qtbot, caplog):
    """Quitting while a query runs: the answer has nowhere to go, and no traceback is printed."""
    import shiboken6
    from PySide6.QtCore import QThreadPool

    gate = threading.Event()
    task = Task(lambda _progress: gate.wait(5) and "late")
    relay = task._relay
    task.start()
    shiboken6.delete(relay)
    with caplog.at_level("INFO", logger="ui.workers"):
        gate.set()
        assert QThreadPool.globalInstance().waitForDone(5000)
    assert "finished after its window was gone: 'late'" in caplog.text


def test_thousands_of_tasks_in_windows_that_come_and_go_do_not_crash_the_program(tmp_path):
    """A day's work: dialogs that run background queries and are closed. The worker thread
    used to drop the last reference to a task's relay while its signals were still queued,
    and the program died with a segmentation fault after a few thousand tasks."""
    survives_session(
        tmp_path,
        "from PySide6.QtCore import QEventLoop\n"
        "from PySide6.QtWidgets import QApplication, QDialog, QLabel\n"
        "from ui.qt_workarounds import pin_singletons\n"
        "from ui.workers import Task\n"
        "pin_singletons()\n"
        "app = QApplication([])\n"
        "class Dialog(QDialog):\n"
        "    def __init__(self):\n"
        "        super().__init__()\n"
        "        self.task, self.result = None, QLabel(self)\n"
        "    def start(self):\n"
        "        self.task = Task(lambda progress: (progress(1, 2), sum(range(2000)))[1], self)\n"
        "        self.task.succeeded.connect(lambda n: self.result.setText(str(n)))\n"
        "        self.task.finished.connect(self.done)\n"
        "        self.task.start()\n"
        "        while self.task is not None:\n"
        "            app.processEvents(QEventLoop.AllEvents, 5)\n"
        "    def done(self):\n"
        "        self.task = None\n"
        "for n in range(1500):\n"
        "    dialog = Dialog()\n"
        "    dialog.start()\n"
        "    dialog.start()\n"
        "    app.processEvents()\n"
        "    dialog.deleteLater()\n"
        "print('still here')\n")


def test_widgets_given_to_qtbot_live_until_teardown(qtbot):
    """The harness keeps them (see the qtbot fixture in conftest): a dialog referenced only by
    a lambda on its own task otherwise dies inside the task's destructor, and the run crashes."""
    import gc
    import weakref

    from PySide6.QtWidgets import QDialog

    dialog = QDialog()
    qtbot.addWidget(dialog)
    alive = weakref.ref(dialog)
    del dialog
    gc.collect()
    assert alive() is not None
