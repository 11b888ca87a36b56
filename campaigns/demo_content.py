"""Demo content of the campaigns app, loaded by campaigns/demo.py, in Arabic, Central Kurdish
and English.
"""

INDEXES = {
    "campaigns": {
        "slug": "campaigns",
        "ar": {
            "title": "حملات التوعية",
            "introduction": (
                "حملات توعوية ينظمها قسم العلاقات العامة لتعريف المواطنين بحقوقهم القانونية "
                "والدستورية وبسبل الحصول على الخدمات الحكومية."
            ),
        },
        "ckb": {
            "title": "هەڵمەتەکانی هۆشیارکردنەوە",
            "introduction": (
                "بەشی پەیوەندییە گشتییەکان ئەم هەڵمەتانە ڕێکدەخات بۆ ئەوەی هاووڵاتیان مافە "
                "یاسایی و دەستوورییەکانیان و ڕێگاکانی وەرگرتنی خزمەتگوزارییە حکومییەکان بناسن."
            ),
        },
        "en": {
            "title": "Awareness campaigns",
            "introduction": (
                "Campaigns run by the Public Relations Department to help citizens understand "
                "their legal and constitutional rights and how to obtain government services."
            ),
        },
    },
    "rights": {
        "slug": "your-rights",
        "ar": {
            "title": "اعرف حقوقك",
            "introduction": (
                "مكتبة مبسطة تشرح أهم حقوق المواطن وأساسها القانوني وخطوات المطالبة بها."
            ),
        },
        "ckb": {
            "title": "مافەکانت بناسە",
            "introduction": (
                "کتێبخانەیەکی سادە کە گرنگترین مافەکانی هاووڵاتی و بنەمای یاساییان و "
                "هەنگاوەکانی داواکردنیان ڕوون دەکاتەوە."
            ),
        },
        "en": {
            "title": "Know your rights",
            "introduction": (
                "A plain-language library explaining key citizens' rights, their legal basis "
                "and the steps to claim them."
            ),
        },
    },
}

RIGHTS = [
    {
        "slug": "right-to-education",
        "basis_kind": "constitution",
        "category_codes": ["SCHOOL"],
        "ar": {
            "title": "الحق في التعليم المجاني",
            "summary": "لكل عراقي الحق في التعليم المجاني بمراحله المختلفة في المدارس الحكومية.",
            "legal_basis": "دستور جمهورية العراق لسنة 2005، المادة 34",
            "how_to_claim": [
                "راجع إدارة أقرب مدرسة حكومية إلى سكنك مع المستمسكات الرسمية للطالب.",
                "إذا رُفض التسجيل أو طُلبت منك رسوم، فاطلب سبب الرفض مكتوبًا.",
                "قدّم شكوى عبر البوابة ضمن فئة «المدارس» وأرفق ما لديك من وثائق.",
            ],
            "body": [
                ["heading", {"text": "ماذا يعني هذا الحق؟", "level": "h2"}],
                [
                    "paragraph",
                    (
                        "<p>ينص الدستور على أن التعليم <b>حق تكفله الدولة</b>، وأنه إلزامي في "
                        "المرحلة الابتدائية ومجاني في جميع مراحله.</p>"
                    ),
                ],
                [
                    "question",
                    {
                        "question": "هل يجوز للمدرسة الحكومية أن تطلب رسوم تسجيل؟",
                        "answer": (
                            "<p>لا، فالتسجيل في المدارس الحكومية مجاني، ويمكنك الإبلاغ عن أي "
                            "رسوم غير قانونية عبر البوابة.</p>"
                        ),
                    },
                ],
            ],
        },
        "ckb": {
            "title": "مافی خوێندنی بێبەرامبەر",
            "summary": (
                "هەموو عێراقییەک مافی خوێندنی بێبەرامبەری هەیە لە هەموو قۆناغەکاندا لە "
                "قوتابخانە حکومییەکاندا."
            ),
            "legal_basis": "دەستووری کۆماری عێراق ساڵی 2005، ماددەی 34",
            "how_to_claim": [
                "سەردانی بەڕێوەبەرایەتیی نزیکترین قوتابخانەی حکومی بکە لەگەڵ بەڵگەنامە "
                "فەرمییەکانی قوتابی.",
                "ئەگەر تۆمارکردن ڕەتکرایەوە یان پارەت لێ داوا کرا، هۆکاری ڕەتکردنەوەکە بە "
                "نووسراو داوا بکە.",
                "سکاڵایەک لە ڕێگەی دەروازەکەوە لە پۆلی «قوتابخانەکان» پێشکەش بکە و "
                "بەڵگەنامەکانت هاوپێچ بکە.",
            ],
            "body": [
                ["heading", {"text": "ئەم مافە چی دەگەیەنێت؟", "level": "h2"}],
                [
                    "paragraph",
                    (
                        "<p>دەستوور دەڵێت خوێندن <b>مافێکە دەوڵەت دەستەبەری دەکات</b>؛ لە "
                        "قۆناغی سەرەتاییدا ناچارییە و لە هەموو قۆناغەکاندا بێبەرامبەرە.</p>"
                    ),
                ],
                [
                    "question",
                    {
                        "question": "ئایا قوتابخانەی حکومی بۆی هەیە پارەی تۆمارکردن وەربگرێت؟",
                        "answer": (
                            "<p>نەخێر، تۆمارکردن لە قوتابخانە حکومییەکاندا بێبەرامبەرە و دەتوانیت "
                            "هەر پارەیەکی نایاسایی لە ڕێگەی دەروازەکەوە ڕاپۆرت بکەیت.</p>"
                        ),
                    },
                ],
            ],
        },
        "en": {
            "title": "The right to free education",
            "summary": (
                "Every Iraqi has the right to free education at all stages in state schools."
            ),
            "legal_basis": "Constitution of the Republic of Iraq (2005), article 34",
            "how_to_claim": [
                "Visit the administration of the nearest state school with the pupil's "
                "official documents.",
                "If enrolment is refused or you are asked to pay fees, ask for the reason "
                "in writing.",
                "Submit a complaint through the portal under the “Schools” category and "
                "attach any documents you have.",
            ],
            "body": [
                ["heading", {"text": "What does this right mean?", "level": "h2"}],
                [
                    "paragraph",
                    (
                        "<p>The Constitution states that education is <b>a right guaranteed by "
                        "the state</b>: compulsory at primary level and free at every stage.</p>"
                    ),
                ],
                [
                    "question",
                    {
                        "question": "May a state school charge an enrolment fee?",
                        "answer": (
                            "<p>No. Enrolment in state schools is free, and you can report any "
                            "unlawful fee through the portal.</p>"
                        ),
                    },
                ],
            ],
        },
    },
    {
        "slug": "right-to-nationality-documents",
        "basis_kind": "constitution",
        "category_codes": ["CIVIL-ID", "NAT-ISSUE", "PASSPORT"],
        "ar": {
            "title": "الحق في الجنسية ووثائق الهوية",
            "summary": (
                "الجنسية العراقية حق لكل من وُلد لأب عراقي أو لأم عراقية، ويترتب عليها حقه "
                "في الحصول على وثائق الهوية."
            ),
            "legal_basis": "دستور جمهورية العراق لسنة 2005، المادة 18",
            "how_to_claim": [
                "قدّم طلب البطاقة الوطنية أو شهادة الجنسية أو جواز السفر لدى الدائرة المختصة.",
                "احتفظ بوصل الاستلام ورقم المعاملة لمتابعة طلبك.",
                "إذا تأخرت المعاملة أو رُفضت دون سبب، فقدّم شكوى عبر البوابة.",
            ],
            "body": [
                ["heading", {"text": "وثائقك حق لك", "level": "h2"}],
                [
                    "paragraph",
                    (
                        "<p>يعدّ الدستور كل من وُلد لأب عراقي أو لأم عراقية <b>عراقيًا</b>، "
                        "ولا يجوز إسقاط الجنسية عن العراقي بالولادة لأي سبب.</p>"
                    ),
                ],
                [
                    "paragraph",
                    (
                        "<p>تشمل الوثائق الأساسية:</p><ul><li>البطاقة الوطنية الموحدة</li>"
                        "<li>شهادة الجنسية العراقية</li><li>جواز السفر</li></ul>"
                    ),
                ],
            ],
        },
        "ckb": {
            "title": "مافی ڕەگەزنامە و بەڵگەنامەکانی ناسنامە",
            "summary": (
                "ڕەگەزنامەی عێراقی مافی هەر کەسێکە کە لە باوکێکی عێراقی یان دایکێکی عێراقی "
                "لەدایک بووبێت، و مافی وەرگرتنی بەڵگەنامەکانی ناسنامەی پێدەبەخشێت."
            ),
            "legal_basis": "دەستووری کۆماری عێراق ساڵی 2005، ماددەی 18",
            "how_to_claim": [
                "داواکاریی کارتی نیشتمانی، ڕەگەزنامە یان پاسپۆرت لە فەرمانگەی پەیوەندیدار "
                "پێشکەش بکە.",
                "پسوڵەی وەرگرتن و ژمارەی مامەڵەکە بپارێزە بۆ بەدواداچوونی داواکارییەکەت.",
                "ئەگەر مامەڵەکە دواکەوت یان بێ هۆکار ڕەتکرایەوە، لە ڕێگەی دەروازەکەوە سکاڵا "
                "پێشکەش بکە.",
            ],
            "body": [
                ["heading", {"text": "بەڵگەنامەکانت مافی خۆتن", "level": "h2"}],
                [
                    "paragraph",
                    (
                        "<p>دەستوور هەر کەسێک کە لە باوکێکی عێراقی یان دایکێکی عێراقی لەدایک "
                        "بووبێت بە <b>عێراقی</b> دادەنێت، و ڕەگەزنامەی عێراقیی لەدایکبوو بە "
                        "هیچ هۆیەک لێ ناسەندرێتەوە.</p>"
                    ),
                ],
                [
                    "paragraph",
                    (
                        "<p>بەڵگەنامە سەرەکییەکان بریتین لە:</p><ul><li>کارتی نیشتمانیی "
                        "یەکگرتوو</li><li>ڕەگەزنامەی عێراقی</li><li>پاسپۆرت</li></ul>"
                    ),
                ],
            ],
        },
        "en": {
            "title": "The right to nationality and identity documents",
            "summary": (
                "Anyone born to an Iraqi father or an Iraqi mother is Iraqi and is entitled "
                "to the documents that prove it."
            ),
            "legal_basis": "Constitution of the Republic of Iraq (2005), article 18",
            "how_to_claim": [
                "Apply for the national ID card, nationality certificate or passport at the "
                "competent office.",
                "Keep the receipt and the transaction number so you can follow up your "
                "application.",
                "If your application is delayed or refused without reason, submit a "
                "complaint through the portal.",
            ],
            "body": [
                ["heading", {"text": "Your documents are your right", "level": "h2"}],
                [
                    "paragraph",
                    (
                        "<p>The Constitution regards anyone born to an Iraqi father or mother "
                        "as <b>Iraqi</b>, and an Iraqi by birth may not lose that nationality "
                        "for any reason.</p>"
                    ),
                ],
                [
                    "paragraph",
                    (
                        "<p>The essential documents are:</p><ul><li>the unified national ID "
                        "card</li><li>the Iraqi nationality certificate</li><li>the "
                        "passport</li></ul>"
                    ),
                ],
            ],
        },
    },
    {
        "slug": "right-to-fair-treatment",
        "basis_kind": "constitution",
        "category_codes": ["CONDUCT", "DELAY", "SERVICE"],
        "ar": {
            "title": "الحق في المعاملة العادلة والمحترمة",
            "summary": (
                "من حقك أن تُعامَل في الدوائر الحكومية بمساواة واحترام، وأن تشتكي إذا لم "
                "يحصل ذلك."
            ),
            "legal_basis": (
                "دستور جمهورية العراق لسنة 2005، المادة 14 (المساواة أمام القانون)"
            ),
            "how_to_claim": [
                "دوّن تاريخ المراجعة واسم الدائرة وما حدث بدقة.",
                "اطلب مقابلة المسؤول المباشر أو قسم شؤون المواطنين في الدائرة نفسها.",
                "قدّم شكوى عبر البوابة ضمن فئة «سلوك الموظفين» أو «التأخير».",
            ],
            "body": [
                ["heading", {"text": "المساواة في كل مراجعة", "level": "h2"}],
                [
                    "paragraph",
                    (
                        "<p>العراقيون متساوون أمام القانون دون تمييز، ولذلك يجب أن تُنجز "
                        "معاملتك <b>وفق الضوابط نفسها</b> المطبقة على الجميع.</p>"
                    ),
                ],
                [
                    "question",
                    {
                        "question": "هل تؤثر الشكوى في معاملتي الجارية؟",
                        "answer": (
                            "<p>لا، فتقديم الشكوى حق مكفول، ولا يجوز أن يترتب عليه تأخير "
                            "معاملتك أو الإساءة إليك.</p>"
                        ),
                    },
                ],
            ],
        },
        "ckb": {
            "title": "مافی مامەڵەی دادپەروەرانە و بە ڕێزەوە",
            "summary": (
                "مافی خۆتە لە فەرمانگە حکومییەکاندا بە یەکسانی و ڕێزەوە مامەڵەت لەگەڵ بکرێت، "
                "و ئەگەر وا نەبوو سکاڵا بکەیت."
            ),
            "legal_basis": (
                "دەستووری کۆماری عێراق ساڵی 2005، ماددەی 14 (یەکسانی لەبەردەم یاسادا)"
            ),
            "how_to_claim": [
                "ڕێکەوتی سەردانەکە، ناوی فەرمانگەکە و ئەوەی ڕوویدا بە وردی بنووسەوە.",
                "داوای بینینی بەرپرسی ڕاستەوخۆ یان بەشی کاروباری هاووڵاتیان لە هەمان "
                "فەرمانگە بکە.",
                "لە ڕێگەی دەروازەکەوە لە پۆلی «ڕەفتاری فەرمانبەران» یان «دواکەوتن» سکاڵا "
                "پێشکەش بکە.",
            ],
            "body": [
                ["heading", {"text": "یەکسانی لە هەموو سەردانێکدا", "level": "h2"}],
                [
                    "paragraph",
                    (
                        "<p>عێراقییەکان بێ جیاوازی لەبەردەم یاسادا یەکسانن، بۆیە دەبێت "
                        "مامەڵەکەت <b>بە هەمان ڕێساکان</b> جێبەجێ بکرێت کە بۆ هەمووان "
                        "پەیڕەو دەکرێن.</p>"
                    ),
                ],
                [
                    "question",
                    {
                        "question": "ئایا سکاڵاکردن کار دەکاتە سەر مامەڵە چاوەڕوانکراوەکەم؟",
                        "answer": (
                            "<p>نەخێر، سکاڵاکردن مافێکی پارێزراوە و نابێت ببێتە هۆی دواخستنی "
                            "مامەڵەکەت یان خراپ ڕەفتارکردن لەگەڵت.</p>"
                        ),
                    },
                ],
            ],
        },
        "en": {
            "title": "The right to fair and respectful treatment",
            "summary": (
                "You are entitled to equal and respectful treatment in public offices, and "
                "to complain when you do not receive it."
            ),
            "legal_basis": (
                "Constitution of the Republic of Iraq (2005), article 14 (equality before "
                "the law)"
            ),
            "how_to_claim": [
                "Note the date of your visit, the name of the office and exactly what "
                "happened.",
                "Ask to see the line manager or the office's citizens' affairs section.",
                "Submit a complaint through the portal under “Staff conduct” or "
                "“Delays”.",
            ],
            "body": [
                ["heading", {"text": "Equality at every visit", "level": "h2"}],
                [
                    "paragraph",
                    (
                        "<p>Iraqis are equal before the law without discrimination, so your "
                        "application must be handled <b>under the same rules</b> as "
                        "everyone else's.</p>"
                    ),
                ],
                [
                    "question",
                    {
                        "question": "Will complaining affect my pending application?",
                        "answer": (
                            "<p>No. Complaining is a protected right and must not lead to your "
                            "application being delayed or to you being mistreated.</p>"
                        ),
                    },
                ],
            ],
        },
    },
    {
        "slug": "right-to-public-services",
        "basis_kind": "law",
        "category_codes": ["ELECTRICITY", "SERVICE"],
        "ar": {
            "title": "الحق في الكهرباء والماء",
            "summary": (
                "من حقك الحصول على خدمتي الكهرباء والماء وإصلاح أعطالهما خلال مدة معقولة."
            ),
            "legal_basis": "القوانين والأنظمة النافذة التي تنظم تقديم الخدمات العامة",
            "how_to_claim": [
                "أبلغ دائرة الكهرباء أو الماء في منطقتك عن العطل واحصل على رقم البلاغ.",
                "إذا لم يُعالَج العطل خلال مدة معقولة، فراجع الدائرة مع رقم البلاغ.",
                "قدّم شكوى عبر البوابة ضمن فئة «الكهرباء» أو «الخدمات».",
            ],
            "body": [
                ["heading", {"text": "خدمات لا غنى عنها", "level": "h2"}],
                [
                    "paragraph",
                    (
                        "<p>تلتزم الدوائر الخدمية بإيصال الكهرباء والماء إلى المواطنين "
                        "<b>دون تمييز</b>، وبمعالجة الأعطال والشكاوى خلال مدة معقولة.</p>"
                    ),
                ],
                [
                    "paragraph",
                    (
                        "<p>احتفظ دائمًا برقم البلاغ، فهو يسهّل متابعة شكواك وتحديد الجهة "
                        "المسؤولة عن التأخير.</p>"
                    ),
                ],
            ],
        },
        "ckb": {
            "title": "مافی کارەبا و ئاو",
            "summary": (
                "مافی خۆتە خزمەتگوزاریی کارەبا و ئاوت دەست بکەوێت و تێکچوونەکانیان لە "
                "ماوەیەکی گونجاودا چاک بکرێنەوە."
            ),
            "legal_basis": "یاسا و ڕێنماییە کارپێکراوەکانی ڕێکخستنی خزمەتگوزارییە گشتییەکان",
            "how_to_claim": [
                "تێکچوونەکە بە فەرمانگەی کارەبا یان ئاوی ناوچەکەت ڕابگەیەنە و ژمارەی "
                "ڕاپۆرتەکە وەربگرە.",
                "ئەگەر لە ماوەیەکی گونجاودا چاک نەکرایەوە، بە ژمارەی ڕاپۆرتەکەوە سەردانی "
                "فەرمانگەکە بکە.",
                "لە ڕێگەی دەروازەکەوە لە پۆلی «کارەبا» یان «خزمەتگوزارییەکان» سکاڵا پێشکەش بکە.",
            ],
            "body": [
                ["heading", {"text": "خزمەتگوزارییە پێویستەکان", "level": "h2"}],
                [
                    "paragraph",
                    (
                        "<p>فەرمانگە خزمەتگوزارییەکان پابەندن بە گەیاندنی کارەبا و ئاو بە "
                        "هاووڵاتیان <b>بێ جیاوازی</b>، و چارەسەرکردنی تێکچوون و سکاڵاکان لە "
                        "ماوەیەکی گونجاودا.</p>"
                    ),
                ],
                [
                    "paragraph",
                    (
                        "<p>هەمیشە ژمارەی ڕاپۆرتەکە بپارێزە، چونکە بەدواداچوونی سکاڵاکەت و "
                        "دیاریکردنی لایەنی بەرپرس لە دواکەوتنەکە ئاسان دەکات.</p>"
                    ),
                ],
            ],
        },
        "en": {
            "title": "The right to electricity and water",
            "summary": (
                "You are entitled to electricity and water supply, and to have faults repaired "
                "within a reasonable time."
            ),
            "legal_basis": "The laws and regulations in force governing public services",
            "how_to_claim": [
                "Report the fault to your local electricity or water directorate and obtain "
                "a report number.",
                "If the fault is not repaired within a reasonable time, visit the "
                "directorate with the report number.",
                "Submit a complaint through the portal under “Electricity” or "
                "“Services”.",
            ],
            "body": [
                ["heading", {"text": "Essential services", "level": "h2"}],
                [
                    "paragraph",
                    (
                        "<p>Service directorates must supply electricity and water to citizens "
                        "<b>without discrimination</b> and deal with faults and complaints "
                        "within a reasonable time.</p>"
                    ),
                ],
                [
                    "paragraph",
                    (
                        "<p>Always keep the report number: it makes your complaint easier to "
                        "follow up and shows who is responsible for any delay.</p>"
                    ),
                ],
            ],
        },
    },
]

CAMPAIGNS = [
    {
        "slug": "back-to-school",
        "start_days_from_today": -10,
        "end_days_from_today": 50,
        "category_codes": ["SCHOOL"],
        "rights": ["right-to-education"],
        "related": ["rights-seminar-baghdad"],
        "ar": {
            "title": "العودة إلى المدرسة",
            "summary": "حملة تذكّر الأسر بأن التسجيل في المدارس الحكومية مجاني وحق لكل طفل.",
            "audience": "أولياء أمور التلاميذ والطلبة في جميع المحافظات",
            "goals": [
                "تعريف الأسر بحق أبنائها في التعليم المجاني.",
                "تشجيع الإبلاغ عن أي رسوم غير قانونية أو رفض للتسجيل.",
            ],
            "body": [
                ["heading", {"text": "سجّل أبناءك دون رسوم", "level": "h2"}],
                [
                    "paragraph",
                    (
                        "<p>مع بداية العام الدراسي، تذكّر البوابة بأن التسجيل في المدارس "
                        "الحكومية <b>مجاني</b>، وأن الشكوى متاحة إذا واجهتك أي عقبة.</p>"
                    ),
                ],
                [
                    "quote",
                    {
                        "quote": "التعليم حق لكل طفل، لا امتياز لبعضهم.",
                        "attribution": "قسم العلاقات العامة",
                    },
                ],
            ],
        },
        "ckb": {
            "title": "گەڕانەوە بۆ قوتابخانە",
            "summary": (
                "هەڵمەتێک کە بیری خێزانەکان دەخاتەوە تۆمارکردن لە قوتابخانە حکومییەکاندا "
                "بێبەرامبەرە و مافی هەموو منداڵێکە."
            ),
            "audience": "دایک و باوکی قوتابیان و خوێندکاران لە هەموو پارێزگاکاندا",
            "goals": [
                "ناساندنی مافی منداڵان بۆ خوێندنی بێبەرامبەر بە خێزانەکان.",
                "هاندانی ڕاپۆرتکردنی هەر پارەیەکی نایاسایی یان ڕەتکردنەوەی تۆمارکردن.",
            ],
            "body": [
                ["heading", {"text": "منداڵەکانت بێ پارە تۆمار بکە", "level": "h2"}],
                [
                    "paragraph",
                    (
                        "<p>لەگەڵ دەستپێکی ساڵی خوێندن، دەروازەکە بیرت دەخاتەوە کە تۆمارکردن "
                        "لە قوتابخانە حکومییەکاندا <b>بێبەرامبەرە</b> و دەتوانیت سکاڵا بکەیت "
                        "ئەگەر ڕووبەڕووی هەر کۆسپێک بوویتەوە.</p>"
                    ),
                ],
                [
                    "quote",
                    {
                        "quote": "خوێندن مافی هەموو منداڵێکە، نەک ئیمتیازی هەندێکیان.",
                        "attribution": "بەشی پەیوەندییە گشتییەکان",
                    },
                ],
            ],
        },
        "en": {
            "title": "Back to school",
            "summary": (
                "A campaign reminding families that enrolment in state schools is free and "
                "every child's right."
            ),
            "audience": "Parents, pupils and students in every governorate",
            "goals": [
                "Make families aware of their children's right to free education.",
                "Encourage reporting of unlawful fees or refused enrolment.",
            ],
            "body": [
                ["heading", {"text": "Enrol your children free of charge", "level": "h2"}],
                [
                    "paragraph",
                    (
                        "<p>As the school year begins, the portal reminds you that enrolment in "
                        "state schools is <b>free</b>, and that you can complain if you meet "
                        "any obstacle.</p>"
                    ),
                ],
                [
                    "quote",
                    {
                        "quote": "Education is every child's right, not a privilege for some.",
                        "attribution": "Public Relations Department",
                    },
                ],
            ],
        },
    },
    {
        "slug": "documents-abroad",
        "start_days_from_today": 20,
        "end_days_from_today": 80,
        "category_codes": ["PASSPORT", "NAT-ISSUE"],
        "rights": ["right-to-nationality-documents"],
        "related": ["online-workshop-submitting"],
        "ar": {
            "title": "وثائقك وأنت في الخارج",
            "summary": (
                "حملة تشرح للعراقيين المقيمين في الخارج كيفية الحصول على وثائقهم الرسمية "
                "وتجديدها."
            ),
            "audience": "العراقيون المقيمون خارج العراق وذووهم داخل البلاد",
            "goals": [
                "شرح خطوات إصدار جواز السفر وشهادة الجنسية وتجديدهما من الخارج.",
                "تعريف المواطنين بحقهم في الشكوى عند تأخر معاملاتهم.",
                "تقليل الحاجة إلى السفر لإنجاز المعاملات.",
            ],
            "body": [
                ["heading", {"text": "حقك في وثائقك لا يسقط بالسفر", "level": "h2"}],
                [
                    "paragraph",
                    (
                        "<p>يحق للعراقي المقيم في الخارج الحصول على وثائق هويته عبر البعثات "
                        "الدبلوماسية العراقية، ومتابعة معاملته <b>إلكترونيًا</b> عبر "
                        "البوابة.</p>"
                    ),
                ],
                [
                    "question",
                    {
                        "question": "ماذا أفعل إذا تأخر تجديد جواز سفري في السفارة؟",
                        "answer": (
                            "<p>قدّم شكوى عبر البوابة ضمن فئة «جواز السفر» واذكر رقم "
                            "معاملتك وتاريخ تقديمها.</p>"
                        ),
                    },
                ],
            ],
        },
        "ckb": {
            "title": "بەڵگەنامەکانت لە کاتی مانەوە لە دەرەوە",
            "summary": (
                "هەڵمەتێک کە بۆ عێراقییەکانی دانیشتووی دەرەوە ڕوون دەکاتەوە چۆن "
                "بەڵگەنامە فەرمییەکانیان وەربگرن و نوێیان بکەنەوە."
            ),
            "audience": "عێراقییەکانی دانیشتووی دەرەوەی عێراق و کەسوکاریان لە ناوخۆ",
            "goals": [
                "ڕوونکردنەوەی هەنگاوەکانی دەرکردن و نوێکردنەوەی پاسپۆرت و ڕەگەزنامە لە دەرەوە.",
                "ناساندنی مافی سکاڵاکردن بە هاووڵاتیان کاتێک مامەڵەکانیان دوادەکەوێت.",
                "کەمکردنەوەی پێویستی گەشتکردن بۆ تەواوکردنی مامەڵەکان.",
            ],
            "body": [
                ["heading", {"text": "گەشتکردن مافی بەڵگەنامەکانت ناسڕێتەوە", "level": "h2"}],
                [
                    "paragraph",
                    (
                        "<p>عێراقیی دانیشتووی دەرەوە مافی هەیە لە ڕێگەی نوێنەرایەتییە "
                        "دیپلۆماسییەکانی عێراقەوە بەڵگەنامەکانی ناسنامەی وەربگرێت و "
                        "<b>بە ئەلیکترۆنی</b> لە ڕێگەی دەروازەکەوە بەدواداچوون بۆ مامەڵەکەی "
                        "بکات.</p>"
                    ),
                ],
                [
                    "question",
                    {
                        "question": "ئەگەر نوێکردنەوەی پاسپۆرتەکەم لە باڵیۆزخانە دواکەوت چی بکەم؟",
                        "answer": (
                            "<p>لە ڕێگەی دەروازەکەوە لە پۆلی «پاسپۆرت» سکاڵا پێشکەش بکە و "
                            "ژمارە و ڕێکەوتی پێشکەشکردنی مامەڵەکەت بنووسە.</p>"
                        ),
                    },
                ],
            ],
        },
        "en": {
            "title": "Your documents while abroad",
            "summary": (
                "A campaign explaining how Iraqis living abroad can obtain and renew their "
                "official documents."
            ),
            "audience": "Iraqis living outside Iraq and their families at home",
            "goals": [
                "Explain how to issue and renew passports and nationality certificates "
                "from abroad.",
                "Make citizens aware of their right to complain when applications are delayed.",
                "Reduce the need to travel in order to complete applications.",
            ],
            "body": [
                ["heading", {"text": "Living abroad does not cancel your rights", "level": "h2"}],
                [
                    "paragraph",
                    (
                        "<p>Iraqis living abroad can obtain their identity documents through "
                        "Iraqi diplomatic missions and follow their application <b>online</b> "
                        "through the portal.</p>"
                    ),
                ],
                [
                    "question",
                    {
                        "question": (
                            "What should I do if my passport renewal at the embassy is delayed?"
                        ),
                        "answer": (
                            "<p>Submit a complaint through the portal under “Passport” and "
                            "give your transaction number and the date you applied.</p>"
                        ),
                    },
                ],
            ],
        },
    },
    {
        "slug": "respect-in-public-offices",
        "start_days_from_today": -120,
        "end_days_from_today": -60,
        "category_codes": ["CONDUCT"],
        "rights": ["right-to-fair-treatment"],
        "related": [],
        "ar": {
            "title": "الاحترام في الدوائر الحكومية",
            "summary": (
                "حملة عرّفت المواطنين بحقهم في معاملة محترمة في الدوائر الحكومية وبطريقة "
                "الإبلاغ عن الإساءة."
            ),
            "audience": "مراجعو الدوائر الحكومية والموظفون المتعاملون مع الجمهور",
            "goals": [
                "ترسيخ ثقافة الاحترام المتبادل بين المواطن والموظف.",
                "تعريف المواطنين بطريقة الإبلاغ عن سوء المعاملة عبر البوابة.",
            ],
            "body": [
                ["heading", {"text": "الاحترام حق وواجب", "level": "h2"}],
                [
                    "paragraph",
                    (
                        "<p>ركّزت الحملة على أن الموظف العام في <b>خدمة المواطن</b>، وأن "
                        "لكل مراجع الحق في الإبلاغ عن أي إساءة يتعرض لها.</p>"
                    ),
                ],
                [
                    "quote",
                    {
                        "quote": "المعاملة المحترمة جزء من الخدمة، لا فضل فيها لأحد.",
                        "attribution": "قسم شؤون المواطنين والعلاقات العامة",
                    },
                ],
            ],
        },
        "ckb": {
            "title": "ڕێز لە فەرمانگە حکومییەکاندا",
            "summary": (
                "هەڵمەتێک کە هاووڵاتیانی بە مافی مامەڵەی بە ڕێز لە فەرمانگە حکومییەکاندا و "
                "ڕێگای ڕاپۆرتکردنی خراپ ڕەفتارکردن ئاشنا کرد."
            ),
            "audience": (
                "سەردانکەرانی فەرمانگە حکومییەکان و ئەو فەرمانبەرانەی مامەڵە لەگەڵ خەڵک دەکەن"
            ),
            "goals": [
                "چەسپاندنی کولتووری ڕێزی دوولایەنە لە نێوان هاووڵاتی و فەرمانبەردا.",
                "ناساندنی ڕێگای ڕاپۆرتکردنی خراپ ڕەفتارکردن لە ڕێگەی دەروازەکەوە.",
            ],
            "body": [
                ["heading", {"text": "ڕێز مافە و ئەرکیشە", "level": "h2"}],
                [
                    "paragraph",
                    (
                        "<p>هەڵمەتەکە جەختی لەوە کردەوە کە فەرمانبەری گشتی لە <b>خزمەتی "
                        "هاووڵاتیدایە</b>، و هەر سەردانکەرێک مافی هەیە ڕاپۆرتی هەر خراپ "
                        "ڕەفتارکردنێک بکات.</p>"
                    ),
                ],
                [
                    "quote",
                    {
                        "quote": "مامەڵەی بە ڕێز بەشێکە لە خزمەتگوزاری، نەک چاکەیەک.",
                        "attribution": "بەشی کاروباری هاووڵاتیان و پەیوەندییە گشتییەکان",
                    },
                ],
            ],
        },
        "en": {
            "title": "Respect in public offices",
            "summary": (
                "A campaign that informed citizens of their right to respectful treatment in "
                "public offices and how to report mistreatment."
            ),
            "audience": "Visitors to public offices and staff who deal with the public",
            "goals": [
                "Build a culture of mutual respect between citizens and public servants.",
                "Show citizens how to report mistreatment through the portal.",
            ],
            "body": [
                ["heading", {"text": "Respect is a right and a duty", "level": "h2"}],
                [
                    "paragraph",
                    (
                        "<p>The campaign stressed that public servants are <b>there to serve "
                        "citizens</b>, and that every visitor may report any mistreatment.</p>"
                    ),
                ],
                [
                    "quote",
                    {
                        "quote": "Respectful treatment is part of the service, not a favour.",
                        "attribution": "Citizens' Affairs and Public Relations Department",
                    },
                ],
            ],
        },
    },
]
