"""Demo data of the complaints app: the real reference data, the demo officers' agencies,
the demo citizen's details and two cases of theirs."""

from django.contrib.auth import get_user_model

from complaints.agencies.seed import load_reference_data
from complaints.cases import workflow
from complaints.indicators import store
from complaints.models import Agency, Category, Membership

DEPENDS_ON = ["core"]  # the demo users, for their memberships and cases

DEMO_MEMBERSHIPS = [
    ("officer@example.com", "MOI", Membership.Role.OFFICER),
    ("supervisor@example.com", "MOI", Membership.Role.SUPERVISOR),
]

DEMO_CITIZEN = "citizen@example.com"
DEMO_CASES = [
    {
        "agency": "MOI-NCA", "category": "CIVIL-ID", "kind": "request",
        "subject": "تأخر إصدار البطاقة الوطنية الموحدة",
        "details": "قدّمت طلب البطاقة الوطنية في دائرة الأحوال المدنية في الكرخ قبل شهرين "
                   "ولم أستلمها حتى الآن، وأرجو معرفة سبب التأخير.",
    },
    {
        "agency": "GOV-BASRA", "category": "BASRA-MUNICIPAL", "kind": "complaint",
        "subject": "انقطاع رفع النفايات في حي الجزائر",
        "details": "لم تُرفع النفايات من شارعنا منذ أسبوعين، ونطلب جدولة الرفع بانتظام.",
    },
]


def load(*, with_users, stdout):
    load_reference_data(holidays=True)
    stdout.write(f"{Agency.objects.count()} agencies, {Category.objects.count()} categories.")
    if not with_users:
        return
    User = get_user_model()
    for email, code, role in DEMO_MEMBERSHIPS:
        Membership.objects.get_or_create(
            user=User.objects.get(email=email), agency=Agency.objects.get(code=code),
            defaults={"role": role},
        )
    citizen = User.objects.get(email=DEMO_CITIZEN)
    if not citizen.has_citizen_details:
        citizen.full_name = "علي حسن كاظم السعدي"
        citizen.phone = "+9647701234567"
        citizen.residence = "baghdad"
        citizen.save()
    for spec in [] if citizen.cases.exists() else DEMO_CASES:
        category = Category.objects.filter(code=spec["category"]).first()
        agency = Agency.objects.get(code=spec["agency"])
        if category is None:
            continue
        workflow.submit_case(
            citizen=citizen, kind=spec["kind"], category=category, agency=agency,
            subject=spec["subject"], details=spec["details"], place="baghdad",
            place_country="", consent_to_publish=False, files=[], language="ar",
        )
    store.refresh()  # so the indicators show the demo cases at once
