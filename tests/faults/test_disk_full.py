"""The disk fills while an attachment is written: the citizen is told clearly that nothing
was saved and to choose the files again, the text stays in the form, and no row is left
without its file nor a file without its row.

Two disks: a real one, a 64 KiB tmpfs (mounting needs root, as CI runs; elsewhere that case
is skipped), and a storage that writes half the file and then fails as a full disk does.
"""

import errno
import os
import subprocess

import pytest
from bs4 import BeautifulSoup
from django.core.files.storage import FileSystemStorage

from complaints.models import Attachment, Case, CaseEvent, PendingUpload
from tests.complaints.conftest import PDF_BYTES, make_citizen, upload

from .conftest import SUBMIT, big_pdf, files_named_by_rows, files_on_disk, form_data

pytestmark = pytest.mark.django_db

FILES_NOT_KEPT = {
    "ar": "أما الملفات التي اخترتها فلم تُحفظ",
    "ckb": "بەڵام ئەو فایلانەی هەڵتبژاردبوون نا",
    "en": "but the files you chose are not",
}


class HalfWrittenStorage(FileSystemStorage):
    """A disk that fills half-way through each file while ``full`` is set."""

    full = True

    @classmethod
    def make_room(cls):
        cls.full = False

    def _save(self, name, content):
        if not type(self).full:
            return super()._save(name, content)
        path = self.path(name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        data = content.read()
        with open(path, "wb") as partial:
            partial.write(data[: len(data) // 2])
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


class TinyDisk:
    def __init__(self, mountpoint):
        self.mountpoint = mountpoint

    def mount(self):
        self.mountpoint.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(self.mountpoint)],
            check=True,
            capture_output=True,
        )

    def make_room(self):
        subprocess.run(
            ["mount", "-o", "remount,size=16m", str(self.mountpoint)],
            check=True,
            capture_output=True,
        )

    def unmount(self):
        subprocess.run(["umount", str(self.mountpoint)], check=False, capture_output=True)


@pytest.fixture(params=["tmpfs", "half-written"])
def full_disk(request, settings, tmp_path):
    """The private storage on a full disk; calling the result makes room again."""
    root = tmp_path / "private"
    disk = None
    if request.param == "tmpfs":
        disk = TinyDisk(root)
        try:
            disk.mount()
        except (OSError, subprocess.CalledProcessError):
            pytest.skip("mounting a 64 KiB tmpfs needs root; the half-written case stands in")
        backend, make_room = "django.core.files.storage.FileSystemStorage", disk.make_room
    else:
        root.mkdir()
        HalfWrittenStorage.full = True
        backend, make_room = f"{__name__}.HalfWrittenStorage", HalfWrittenStorage.make_room
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {"BACKEND": backend, "OPTIONS": {"location": str(root), "base_url": None}},
    }
    yield root, make_room
    if disk is not None:
        disk.unmount()


@pytest.mark.parametrize("language", ["ar", "ckb", "en"])
def test_a_full_disk_keeps_no_half_case_says_so_and_the_form_sent_again_makes_one_case(
    client, reference_data, full_disk, language
):
    root, make_room = full_disk
    client.force_login(make_citizen("citizen.one@example.com"))
    data = form_data(subject="انقطاع الماء", details="لا ماء في الحي منذ أسبوع.")
    submit = SUBMIT.replace("/ar/", f"/{language}/")
    files = [upload("letter.pdf", PDF_BYTES), upload("scan.pdf", big_pdf())]

    response = client.post(submit, {**data, "attachments": files})

    assert response.status_code == 503
    page = BeautifulSoup(response.content, "html.parser")
    assert FILES_NOT_KEPT[language] in page.select_one("[role=alert]").get_text()
    assert page.select_one("#id_subject")["value"] == "انقطاع الماء"
    assert page.select_one("#id_details").get_text().strip() == "لا ماء في الحي منذ أسبوع."
    assert not page.select("input[name=kept_uploads]")
    assert not Case.objects.exists()
    assert not CaseEvent.objects.exists()
    assert not Attachment.objects.exists()
    assert not PendingUpload.objects.exists()
    assert files_on_disk(root) == set()  # the half-written file went too

    make_room()
    files = [upload("letter.pdf", PDF_BYTES), upload("scan.pdf", big_pdf())]
    again = client.post(submit, {**data, "attachments": files})

    assert again.status_code == 302
    case = Case.objects.get()
    assert sorted(a.original_name for a in case.attachments.all()) == ["letter.pdf", "scan.pdf"]
    assert files_on_disk(root) == files_named_by_rows()
    assert len(files_named_by_rows()) == 2


def test_a_file_kept_from_an_earlier_attempt_stays_with_its_row_when_the_disk_is_full(
    client, reference_data, full_disk
):
    """A kept file is taken over by the case, not copied: a full disk cannot lose it."""
    root, make_room = full_disk
    make_room()
    client.force_login(make_citizen("citizen.one@example.com"))
    data = form_data()
    failed = client.post(
        SUBMIT, {**data, "subject": "", "attachments": [upload("a.pdf", PDF_BYTES)]}
    )
    kept = [
        f["value"]
        for f in BeautifulSoup(failed.content, "html.parser").select("input[name=kept_uploads]")
    ]
    assert len(kept) == 1
    HalfWrittenStorage.full = True
    if root.is_mount():
        subprocess.run(["mount", "-o", "remount,size=64k", str(root)], check=True)

    response = client.post(
        SUBMIT, {**data, "kept_uploads": kept, "attachments": [upload("scan.pdf", big_pdf())]}
    )

    assert response.status_code == 503
    assert not Case.objects.exists()
    assert PendingUpload.objects.count() == 1  # still there, with its file
    assert files_on_disk(root) == files_named_by_rows()
    page = BeautifulSoup(response.content, "html.parser")
    assert [f["value"] for f in page.select("input[name=kept_uploads]")] == kept
