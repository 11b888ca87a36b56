"""Demo content of the publications app, loaded by publications/demo.py, in Arabic, Central
Kurdish and English."""

INDEXES = {
    "bulletins": {
        "slug": "bulletins",
        "ar": {
            "title": "النشرات",
            "introduction": "النشرات الدورية التي يصدرها قسم العلاقات العامة عن نشاط البوابة.",
        },
        "ckb": {
            "title": "بڵاوکراوەکان",
            "introduction": (
                "ئەو بڵاوکراوە خولییانەی بەشی پەیوەندییە گشتییەکان دەربارەی چالاکیی دەروازەکە "
                "دەریان دەکات."
            ),
        },
        "en": {
            "title": "Bulletins",
            "introduction": (
                "Periodic bulletins from the Public Relations Department on the portal's work."
            ),
        },
    },
    "news": {
        "slug": "news",
        "ar": {
            "title": "الأخبار",
            "introduction": "أخبار البوابة وبياناتها الصحفية ومشاركاتها الإعلامية.",
        },
        "ckb": {
            "title": "هەواڵەکان",
            "introduction": (
                "هەواڵ و ڕاگەیەندراوە ڕۆژنامەوانییەکان و بەشدارییە میدیاییەکانی دەروازەکە."
            ),
        },
        "en": {
            "title": "News",
            "introduction": (
                "News, press releases, statements and media appearances from the portal."
            ),
        },
    },
    "events": {
        "slug": "events",
        "ar": {
            "title": "الفعاليات",
            "introduction": (
                "الندوات واللقاءات وورش العمل والمناسبات التي ينظمها القسم أو يشارك فيها."
            ),
        },
        "ckb": {
            "title": "چالاکییەکان",
            "introduction": (
                "ئەو سیمینار و کۆبوونەوە و وۆرکشۆپ و بۆنانەی بەشەکە ڕێکیان دەخات یان بەشدارییان "
                "تێدا دەکات."
            ),
        },
        "en": {
            "title": "Events",
            "introduction": (
                "Seminars, meetings, workshops and occasions that the department organises or "
                "joins."
            ),
        },
    },
    "reports": {
        "slug": "reports",
        "ar": {
            "title": "تقارير الرصد",
            "introduction": (
                "تقارير رصد الظواهر الاجتماعية المهمة المستندة إلى طلبات المواطنين وشكاواهم."
            ),
        },
        "ckb": {
            "title": "ڕاپۆرتەکانی چاودێری",
            "introduction": (
                "ڕاپۆرتەکانی چاودێریکردنی دیاردە کۆمەڵایەتییە گرنگەکان لەسەر بنەمای داواکاری و "
                "سکاڵای هاووڵاتیان."
            ),
        },
        "en": {
            "title": "Monitoring reports",
            "introduction": (
                "Reports monitoring important social issues, based on citizens' requests and "
                "complaints."
            ),
        },
    },
}

BULLETINS = [
    {
        "slug": "bulletin-1",
        "issue_number": 1,
        "days_ago": 70,
        "ar": {
            "title": "نشرة العدد الأول: حصيلة نشاط البوابة للربع الأخير",
            "summary": "تستعرض هذه النشرة أبرز ما أنجزته البوابة خلال الربع الأخير من السنة.",
            "body": [
                ["heading", {"text": "أبرز المؤشرات", "level": "h2"}],
                [
                    "paragraph",
                    "<p>استقبلت البوابة خلال الربع الأخير <b>نحو 18 ألف</b> طلب وشكوى، أُحيل "
                    "معظمها إلى الجهات المختصة خلال يومي عمل. "
                    "وارتفعت نسبة المعاملات المنجزة مقارنةً بالربع السابق.</p>",
                ],
                [
                    "paragraph",
                    "<p>وشمل نشاط القسم ما يأتي:</p><ul><li>ربط تشكيلين فرعيين جديدين "
                    "بالبوابة.</li>"
                    "<li>تدريب موظفي أقسام شؤون المواطنين في خمس محافظات.</li></ul>",
                ],
            ],
        },
        "ckb": {
            "title": "بڵاوکراوەی ژمارە یەک: ئەنجامی چالاکیی دەروازەکە لە چارەکی کۆتاییدا",
            "summary": (
                "ئەم بڵاوکراوەیە گرنگترین دەستکەوتەکانی دەروازەکە لە چارەکی کۆتایی ساڵدا دەخاتە "
                "ڕوو."
            ),
            "body": [
                ["heading", {"text": "گرنگترین نیشاندەرەکان", "level": "h2"}],
                [
                    "paragraph",
                    "<p>دەروازەکە لە چارەکی کۆتاییدا <b>نزیکەی 18 هەزار</b> داواکاری و سکاڵای "
                    "وەرگرت، کە زۆربەیان لە ماوەی دوو ڕۆژی کاردا ڕەوانەی لایەنە پەیوەندیدارەکان "
                    "کران. "
                    "ڕێژەی مامەڵە تەواوکراوەکانیش بە بەراورد لەگەڵ چارەکی پێشوو بەرز بووەوە.</p>",
                ],
                [
                    "paragraph",
                    "<p>چالاکییەکانی بەشەکە ئەمانەی گرتەوە:</p><ul><li>بەستنەوەی دوو پێکهاتەی "
                    "لاوەکیی نوێ بە دەروازەکەوە.</li>"
                    "<li>ڕاهێنانی فەرمانبەرانی بەشەکانی کاروباری هاووڵاتیان لە پێنج "
                    "پارێزگادا.</li></ul>",
                ],
            ],
        },
        "en": {
            "title": "Bulletin No. 1: the portal's activity in the last quarter",
            "summary": (
                "This bulletin reviews the portal's main achievements in the last quarter of the "
                "year."
            ),
            "body": [
                ["heading", {"text": "Key figures", "level": "h2"}],
                [
                    "paragraph",
                    "<p>In the last quarter the portal received <b>about 18,000</b> requests and "
                    "complaints, most of them referred to the competent bodies within two working "
                    "days. "
                    "The share of completed transactions rose compared with the previous "
                    "quarter.</p>",
                ],
                [
                    "paragraph",
                    "<p>The department's work included:</p><ul><li>connecting two new "
                    "sub-formations to the portal;</li>"
                    "<li>training citizens' affairs staff in five governorates.</li></ul>",
                ],
            ],
        },
    },
    {
        "slug": "bulletin-2",
        "issue_number": 2,
        "days_ago": 40,
        "ar": {
            "title": "نشرة العدد الثاني: خدمة إلكترونية جديدة للمواطنين في الخارج",
            "summary": (
                "أطلقت البوابة خدمة تتيح للعراقيين المقيمين في الخارج تقديم طلباتهم ومتابعتها "
                "إلكترونياً."
            ),
            "body": [
                ["heading", {"text": "ما الذي تقدمه الخدمة؟", "level": "h2"}],
                [
                    "paragraph",
                    "<p>تتيح الخدمة الجديدة للمواطن المقيم خارج العراق تقديم طلبات تجديد "
                    "المستمسكات أو استبدال التالف منها دون مراجعة الدوائر شخصياً. "
                    "ويحصل مقدّم الطلب على رقم متابعة يطّلع به على مراحل معاملته.</p>",
                ],
                [
                    "quote",
                    {
                        "quote": "هدفنا أن يصل صوت كل مواطن إلى الجهة المعنية أينما كان مقيماً.",
                        "attribution": "مدير قسم العلاقات العامة",
                    },
                ],
            ],
        },
        "ckb": {
            "title": "بڵاوکراوەی ژمارە دوو: خزمەتگوزارییەکی ئەلیکترۆنیی نوێ بۆ هاووڵاتیانی دەرەوە",
            "summary": (
                "دەروازەکە خزمەتگوزارییەکی دەستپێکرد کە عێراقییانی دانیشتووی دەرەوە دەتوانن "
                "داواکارییەکانیان بە ئەلیکترۆنی پێشکەش بکەن و بەدوادا بچن."
            ),
            "body": [
                ["heading", {"text": "خزمەتگوزارییەکە چی پێشکەش دەکات؟", "level": "h2"}],
                [
                    "paragraph",
                    "<p>خزمەتگوزارییە نوێیەکە ڕێگە بە هاووڵاتیی دانیشتووی دەرەوەی عێراق دەدات "
                    "داوای نوێکردنەوەی بەڵگەنامەکانی یان گۆڕینی بەڵگەنامەی تێکچوو بکات بێ ئەوەی "
                    "خۆی سەردانی فەرمانگەکان بکات. "
                    "داواکار ژمارەیەکی بەدواداچوون وەردەگرێت بۆ ئەوەی قۆناغەکانی مامەڵەکەی "
                    "ببینێت.</p>",
                ],
                [
                    "quote",
                    {
                        "quote": (
                            "ئامانجمان ئەوەیە دەنگی هەموو هاووڵاتییەک، لە هەر کوێیەک بێت، بگاتە "
                            "لایەنی پەیوەندیدار."
                        ),
                        "attribution": "بەڕێوەبەری بەشی پەیوەندییە گشتییەکان",
                    },
                ],
            ],
        },
        "en": {
            "title": "Bulletin No. 2: a new online service for citizens abroad",
            "summary": (
                "The portal has launched a service that lets Iraqis living abroad submit and "
                "follow their requests online."
            ),
            "body": [
                ["heading", {"text": "What the service offers", "level": "h2"}],
                [
                    "paragraph",
                    "<p>Citizens living outside Iraq can now apply to renew identity documents or "
                    "replace damaged ones without visiting an office in person. "
                    "Each applicant receives a tracking number to follow the stages of the "
                    "request.</p>",
                ],
                [
                    "quote",
                    {
                        "quote": (
                            "Our aim is that every citizen's voice reaches the right body, "
                            "wherever they live."
                        ),
                        "attribution": "Director of the Public Relations Department",
                    },
                ],
            ],
        },
    },
    {
        "slug": "bulletin-3",
        "issue_number": 3,
        "days_ago": 10,
        "ar": {
            "title": "نشرة العدد الثالث: نتائج استبيان رضا المواطنين",
            "summary": (
                "تعرض النشرة نتائج استبيان قاس رضا المواطنين عن سرعة الاستجابة ووضوح الإجراءات."
            ),
            "body": [
                ["heading", {"text": "النتائج الرئيسة", "level": "h2"}],
                [
                    "paragraph",
                    "<p>شارك في الاستبيان <b>نحو 3 آلاف</b> مواطن، وأبدى أكثر من ثلثيهم رضاهم عن "
                    "سهولة تقديم الطلب عبر البوابة. "
                    "في حين طالب كثيرون بتقليص مدة الرد على الشكاوى.</p>",
                ],
                [
                    "paragraph",
                    "<p>وسيعمل القسم مع التشكيلات المرتبطة على وضع مدد زمنية معلنة للرد على كل نوع "
                    "من أنواع الطلبات.</p>",
                ],
            ],
        },
        "ckb": {
            "title": "بڵاوکراوەی ژمارە سێ: ئەنجامەکانی ڕاپرسیی ڕەزامەندیی هاووڵاتیان",
            "summary": (
                "بڵاوکراوەکە ئەنجامی ڕاپرسییەک دەخاتە ڕوو کە ڕەزامەندیی هاووڵاتیانی لەسەر خێرایی "
                "وەڵامدانەوە و ڕوونیی ڕێکارەکان پێواوە."
            ),
            "body": [
                ["heading", {"text": "ئەنجامە سەرەکییەکان", "level": "h2"}],
                [
                    "paragraph",
                    "<p><b>نزیکەی 3 هەزار</b> هاووڵاتی بەشدارییان لە ڕاپرسییەکەدا کرد و زیاتر لە "
                    "دوو لەسەر سێیان لە ئاسانیی پێشکەشکردنی داواکاری لە ڕێگەی دەروازەکەوە ڕازی "
                    "بوون. "
                    "بەڵام زۆریان داوای کورتکردنەوەی ماوەی وەڵامدانەوەی سکاڵاکانیان کرد.</p>",
                ],
                [
                    "paragraph",
                    "<p>بەشەکە لەگەڵ پێکهاتە پەیوەندیدارەکان کار دەکات بۆ دیاریکردنی ماوەی "
                    "ڕاگەیەندراو بۆ وەڵامدانەوەی هەر جۆرێکی داواکاری.</p>",
                ],
            ],
        },
        "en": {
            "title": "Bulletin No. 3: results of the citizen satisfaction survey",
            "summary": (
                "This bulletin presents a survey of citizens' satisfaction with response times and "
                "clarity of procedures."
            ),
            "body": [
                ["heading", {"text": "Main findings", "level": "h2"}],
                [
                    "paragraph",
                    "<p><b>About 3,000</b> citizens took part, and more than two thirds were "
                    "satisfied with how easy it is to submit a request through the portal. "
                    "Many, however, asked for complaints to be answered more quickly.</p>",
                ],
                [
                    "paragraph",
                    "<p>The department will work with the connected formations to publish target "
                    "response times for each type of request.</p>",
                ],
            ],
        },
    },
]

NEWS = [
    {
        "slug": "ministries-join-portal",
        "kind": "news",
        "days_ago": 5,
        "link": "",
        "ar": {
            "title": "ثلاثة تشكيلات حكومية جديدة تنضم إلى البوابة",
            "summary": (
                "انضمت ثلاثة تشكيلات حكومية إلى البوابة لتستقبل طلبات المواطنين وشكاواهم إلكترونياً."
            ),
            "body": [
                [
                    "paragraph",
                    "<p>أعلن قسم شؤون المواطنين والعلاقات العامة ربط ثلاثة تشكيلات جديدة بالبوابة، "
                    "ليصبح بإمكان المواطنين مخاطبتها إلكترونياً. "
                    "وجرى تدريب موظفي أقسام شؤون المواطنين فيها على استلام الطلبات وتصنيفها.</p>",
                ],
                [
                    "paragraph",
                    "<p>ويأتي ذلك ضمن خطة توحيد المعاملات في عموم محافظات الجمهورية وتقليل "
                    "الاعتماد على الورق.</p>",
                ],
            ],
            "outlet": "",
            "programme": "",
        },
        "ckb": {
            "title": "سێ پێکهاتەی حکوومیی نوێ پەیوەست بە دەروازەکە بوون",
            "summary": (
                "سێ پێکهاتەی حکوومی پەیوەست بە دەروازەکە بوون بۆ وەرگرتنی داواکاری و سکاڵای "
                "هاووڵاتیان بە ئەلیکترۆنی."
            ),
            "body": [
                [
                    "paragraph",
                    "<p>بەشی کاروباری هاووڵاتیان و پەیوەندییە گشتییەکان ڕایگەیاند کە سێ پێکهاتەی "
                    "نوێ بە دەروازەکەوە بەستراونەتەوە و هاووڵاتیان دەتوانن بە ئەلیکترۆنی "
                    "پەیوەندییان پێوە بکەن. "
                    "فەرمانبەرانی بەشەکانی کاروباری هاووڵاتیانیش لەسەر وەرگرتن و پۆلێنکردنی "
                    "داواکارییەکان ڕاهێنران.</p>",
                ],
                [
                    "paragraph",
                    "<p>ئەمە بەشێکە لە پلانی یەکخستنی مامەڵەکان لە هەموو پارێزگاکانی کۆمار و "
                    "کەمکردنەوەی بەکارهێنانی کاغەز.</p>",
                ],
            ],
            "outlet": "",
            "programme": "",
        },
        "en": {
            "title": "Three more government formations join the portal",
            "summary": (
                "Three government formations have joined the portal and now receive citizens' "
                "requests and complaints online."
            ),
            "body": [
                [
                    "paragraph",
                    "<p>The Citizens' Affairs and Public Relations Department has connected three "
                    "new formations to the portal, so citizens can now contact them online. "
                    "Their citizens' affairs staff have been trained to receive and classify "
                    "requests.</p>",
                ],
                [
                    "paragraph",
                    "<p>The step is part of the plan to unify transactions across all governorates "
                    "and reduce paperwork.</p>",
                ],
            ],
            "outlet": "",
            "programme": "",
        },
    },
    {
        "slug": "tracking-by-text-message",
        "kind": "press_release",
        "days_ago": 15,
        "link": "",
        "ar": {
            "title": "بيان صحفي: إشعارات نصية لمتابعة الطلبات",
            "summary": "بات المواطن يتلقى رسالة نصية عند انتقال طلبه من مرحلة إلى أخرى.",
            "body": [
                [
                    "paragraph",
                    "<p>تعلن البوابة عن تفعيل خدمة الإشعارات النصية، إذ يتلقى مقدّم الطلب رسالة "
                    "عند تسجيل طلبه وعند إحالته وعند إنجازه. "
                    "ولا تتطلب الخدمة أي إجراء إضافي من المواطن.</p>",
                ],
                [
                    "paragraph",
                    "<p>وتذكّر البوابة بأنها لا تطلب عبر الرسائل أي كلمة مرور أو معلومات "
                    "مصرفية.</p>",
                ],
            ],
            "outlet": "",
            "programme": "",
        },
        "ckb": {
            "title": (
                "ڕاگەیەندراوی ڕۆژنامەوانی: ئاگادارکردنەوەی نامەی کورت بۆ بەدواداچوونی داواکارییەکان"
            ),
            "summary": (
                "ئێستا هاووڵاتی کاتێک داواکارییەکەی لە قۆناغێکەوە دەچێتە قۆناغێکی تر نامەیەکی کورت "
                "وەردەگرێت."
            ),
            "body": [
                [
                    "paragraph",
                    "<p>دەروازەکە خزمەتگوزاریی ئاگادارکردنەوە بە نامەی کورتی چالاک کرد، بەم پێیە "
                    "داواکار لە کاتی تۆمارکردن و ڕەوانەکردن و تەواوبوونی داواکارییەکەیدا نامەیەک "
                    "وەردەگرێت. "
                    "ئەم خزمەتگوزارییە هیچ هەنگاوێکی زیادەی لە هاووڵاتی ناوێت.</p>",
                ],
                [
                    "paragraph",
                    "<p>دەروازەکە بیر دەخاتەوە کە هەرگیز لە ڕێگەی نامەوە داوای وشەی نهێنی یان "
                    "زانیاریی بانکی ناکات.</p>",
                ],
            ],
            "outlet": "",
            "programme": "",
        },
        "en": {
            "title": "Press release: text-message updates on requests",
            "summary": (
                "Citizens now receive a text message each time their request moves to a new stage."
            ),
            "body": [
                [
                    "paragraph",
                    "<p>The portal has switched on text-message notifications: applicants are told "
                    "when a request is registered, referred and completed. "
                    "Citizens do not need to do anything to receive them.</p>",
                ],
                [
                    "paragraph",
                    "<p>The portal reminds citizens that it never asks for passwords or bank "
                    "details by message.</p>",
                ],
            ],
            "outlet": "",
            "programme": "",
        },
    },
    {
        "slug": "statement-fake-pages",
        "kind": "statement",
        "days_ago": 22,
        "link": "",
        "ar": {
            "title": "بيان بشأن صفحات منتحلة لاسم البوابة",
            "summary": (
                "يحذّر القسم من صفحات على مواقع التواصل تنتحل اسم البوابة وتطلب رسوماً من المواطنين."
            ),
            "body": [
                [
                    "paragraph",
                    "<p>رصد القسم صفحات على مواقع التواصل الاجتماعي تدّعي تقديم الطلبات نيابةً عن "
                    "المواطنين مقابل مبالغ مالية. "
                    "ويؤكد القسم أن تقديم الطلبات والشكاوى عبر البوابة مجاني بالكامل.</p>",
                ],
                [
                    "quote",
                    {
                        "quote": "لا توجد أي جهة وسيطة مخوّلة بتقديم الطلبات نيابةً عن المواطنين.",
                        "attribution": "قسم شؤون المواطنين والعلاقات العامة",
                    },
                ],
            ],
            "outlet": "",
            "programme": "",
        },
        "ckb": {
            "title": "ڕاگەیەندراوێک دەربارەی ئەو پەڕانەی ناوی دەروازەکە بەکاردەهێنن",
            "summary": (
                "بەشەکە ئاگاداری دەداتەوە لەو پەڕانەی تۆڕە کۆمەڵایەتییەکان کە خۆیان بە دەروازەکە "
                "دەناسێنن و پارە لە هاووڵاتیان داوا دەکەن."
            ),
            "body": [
                [
                    "paragraph",
                    "<p>بەشەکە چەند پەڕەیەکی لە تۆڕە کۆمەڵایەتییەکاندا بەدی کردووە کە بانگەشەی "
                    "پێشکەشکردنی داواکاری لە جیاتی هاووڵاتیان دەکەن لە بەرامبەر پارەدا. "
                    "بەشەکە جەخت دەکاتەوە کە پێشکەشکردنی داواکاری و سکاڵا لە ڕێگەی دەروازەکەوە بە "
                    "تەواوی بێبەرامبەرە.</p>",
                ],
                [
                    "quote",
                    {
                        "quote": (
                            "هیچ لایەنێکی ناوەندگیر ڕێگەپێدراو نییە داواکاری لە جیاتی هاووڵاتیان "
                            "پێشکەش بکات."
                        ),
                        "attribution": "بەشی کاروباری هاووڵاتیان و پەیوەندییە گشتییەکان",
                    },
                ],
            ],
            "outlet": "",
            "programme": "",
        },
        "en": {
            "title": "Statement on social media pages impersonating the portal",
            "summary": (
                "The department warns against social media pages that use the portal's name and "
                "charge citizens fees."
            ),
            "body": [
                [
                    "paragraph",
                    "<p>The department has found social media pages offering to submit requests on "
                    "citizens' behalf for a fee. "
                    "Submitting requests and complaints through the portal is entirely free.</p>",
                ],
                [
                    "quote",
                    {
                        "quote": (
                            "No intermediary is authorised to submit requests on behalf of "
                            "citizens."
                        ),
                        "attribution": "Citizens' Affairs and Public Relations Department",
                    },
                ],
            ],
            "outlet": "",
            "programme": "",
        },
    },
    {
        "slug": "citizen-hour-interview",
        "kind": "media_appearance",
        "days_ago": 30,
        "link": "https://example.org/programmes/citizen-hour",
        "ar": {
            "title": "مدير القسم ضيفاً على برنامج «ساعة المواطن»",
            "summary": "تحدث مدير القسم عن مراحل معالجة الطلبات وحقوق المواطن في متابعة شكواه.",
            "body": [
                [
                    "paragraph",
                    "<p>شرح مدير قسم العلاقات العامة المراحل الأربع لمعالجة الطلب: التقديم "
                    "والتسجيل والمتابعة والأرشفة. "
                    "وأجاب عن أسئلة المشاهدين بشأن مدد الرد على الشكاوى.</p>",
                ],
                [
                    "paragraph",
                    "<p>ودعا المواطنين إلى الاحتفاظ برقم المتابعة وعدم تكرار تقديم الطلب نفسه.</p>",
                ],
            ],
            "outlet": "قناة النخيل الفضائية",
            "programme": "ساعة المواطن",
        },
        "ckb": {
            "title": "بەڕێوەبەری بەشەکە میوانی بەرنامەی «کاتژمێری هاووڵاتی» بوو",
            "summary": (
                "بەڕێوەبەری بەشەکە باسی قۆناغەکانی چارەسەرکردنی داواکارییەکان و مافی هاووڵاتی لە "
                "بەدواداچوونی سکاڵاکەیدا کرد."
            ),
            "body": [
                [
                    "paragraph",
                    "<p>بەڕێوەبەری بەشی پەیوەندییە گشتییەکان چوار قۆناغەکەی چارەسەرکردنی داواکاریی "
                    "ڕوون کردەوە: پێشکەشکردن، تۆمارکردن، بەدواداچوون و ئەرشیفکردن. "
                    "هەروەها وەڵامی پرسیارەکانی بینەرانی دەربارەی ماوەی وەڵامدانەوەی سکاڵاکان "
                    "دایەوە.</p>",
                ],
                [
                    "paragraph",
                    "<p>داوای لە هاووڵاتیان کرد ژمارەی بەدواداچوون بپارێزن و هەمان داواکاری "
                    "دووبارە پێشکەش نەکەنەوە.</p>",
                ],
            ],
            "outlet": "کەناڵی ئاسمانیی نەخیل",
            "programme": "کاتژمێری هاووڵاتی",
        },
        "en": {
            "title": "Department director interviewed on “Citizen Hour”",
            "summary": (
                "The director explained how requests are handled and citizens' right to follow up "
                "their complaints."
            ),
            "body": [
                [
                    "paragraph",
                    "<p>The director of the Public Relations Department outlined the four stages "
                    "of a request: submission, registration, follow-up and archiving. "
                    "He also answered viewers' questions about complaint response times.</p>",
                ],
                [
                    "paragraph",
                    "<p>He urged citizens to keep their tracking number and not to submit the same "
                    "request twice.</p>",
                ],
            ],
            "outlet": "Al-Nakheel Satellite Channel",
            "programme": "Citizen Hour",
        },
    },
]

EVENTS = [
    {
        "slug": "rights-seminar-baghdad",
        "kind": "seminar",
        "days_from_today": 12,
        "start_time": "10:00",
        "hours": 3,
        "governorate": "baghdad",
        "online_url": "",
        "registration": True,
        "ar": {
            "title": "ندوة: حقوق المواطن الدستورية وكيفية تقديم الشكوى",
            "summary": (
                "ندوة توعوية تعرّف المواطنين بحقوقهم الدستورية وبطرق تقديم الشكوى ومتابعتها."
            ),
            "venue": "قاعة المؤتمرات في الأمانة العامة لمجلس الوزراء، بغداد",
            "body": [
                [
                    "paragraph",
                    "<p>تأتي الندوة ضمن حملات التوعية بالحقوق القانونية والدستورية للمواطنين، "
                    "ويقدمها مختصون في القانون والإدارة العامة. "
                    "وتتضمن عرضاً عملياً لتقديم شكوى عبر البوابة.</p>",
                ],
                [
                    "paragraph",
                    "<p>محاور الندوة:</p><ul><li>الحقوق التي كفلها الدستور للمواطن.</li>"
                    "<li>خطوات تقديم الشكوى ومتابعتها.</li><li>أسئلة الحضور ومناقشتها.</li></ul>",
                ],
            ],
            "registration": {
                "title": "التسجيل في ندوة حقوق المواطن",
                "intro": "يرجى ملء الاستمارة لحجز مقعدك، فالمقاعد محدودة.",
                "thank_you": (
                    "شكراً لتسجيلك، وسنرسل إليك تأكيداً بالبريد الإلكتروني قبل موعد الندوة."
                ),
            },
        },
        "ckb": {
            "title": "سیمینار: مافە دەستوورییەکانی هاووڵاتی و چۆنیەتیی پێشکەشکردنی سکاڵا",
            "summary": (
                "سیمینارێکی هۆشیارکردنەوەیە بۆ ناساندنی مافە دەستوورییەکانی هاووڵاتیان و ڕێگاکانی "
                "پێشکەشکردن و بەدواداچوونی سکاڵا."
            ),
            "venue": "هۆڵی کۆنفرانسەکانی ئەمیندارێتیی گشتیی ئەنجومەنی وەزیران، بەغدا",
            "body": [
                [
                    "paragraph",
                    "<p>ئەم سیمینارە بەشێکە لە هەڵمەتەکانی هۆشیارکردنەوە بە مافە یاسایی و "
                    "دەستوورییەکانی هاووڵاتیان و پسپۆڕانی یاسا و کارگێڕیی گشتی پێشکەشی دەکەن. "
                    "نمایشێکی کرداریی پێشکەشکردنی سکاڵا لە ڕێگەی دەروازەکەوەش لەخۆ دەگرێت.</p>",
                ],
                [
                    "paragraph",
                    "<p>تەوەرەکانی سیمینارەکە:</p><ul><li>ئەو مافانەی دەستوور بۆ هاووڵاتیی "
                    "دەستەبەر کردووە.</li>"
                    "<li>هەنگاوەکانی پێشکەشکردن و بەدواداچوونی سکاڵا.</li><li>پرسیار و گفتوگۆی "
                    "ئامادەبووان.</li></ul>",
                ],
            ],
            "registration": {
                "title": "خۆتۆمارکردن لە سیمیناری مافەکانی هاووڵاتی",
                "intro": "تکایە فۆڕمەکە پڕ بکەرەوە بۆ گرتنی شوێنێک، چونکە شوێنەکان سنووردارن.",
                "thank_you": (
                    "سوپاس بۆ خۆتۆمارکردنت، پێش کاتی سیمینارەکە بە ئیمەیڵ پشتڕاستکردنەوەت بۆ "
                    "دەنێرین."
                ),
            },
        },
        "en": {
            "title": "Seminar: citizens' constitutional rights and how to complain",
            "summary": (
                "An awareness seminar on citizens' constitutional rights and how to submit and "
                "follow up a complaint."
            ),
            "venue": "Conference hall, General Secretariat of the Council of Ministers, Baghdad",
            "body": [
                [
                    "paragraph",
                    "<p>The seminar is part of the campaign to raise awareness of citizens' legal "
                    "and constitutional rights and is led by specialists in law and public "
                    "administration. "
                    "It includes a live demonstration of submitting a complaint through the "
                    "portal.</p>",
                ],
                [
                    "paragraph",
                    "<p>Topics:</p><ul><li>the rights the Constitution guarantees to citizens;</li>"
                    "<li>the steps for submitting and following up a complaint;</li><li>questions "
                    "and discussion.</li></ul>",
                ],
            ],
            "registration": {
                "title": "Register for the citizens' rights seminar",
                "intro": "Please fill in the form to reserve a seat, as places are limited.",
                "thank_you": (
                    "Thank you for registering; we will email you a confirmation before the "
                    "seminar."
                ),
            },
        },
        "registration_fields": [
            {
                "ar": "الاسم الكامل",
                "ckb": "ناوی تەواو",
                "en": "Full name",
                "type": "singleline",
                "required": True,
            },
            {
                "ar": "البريد الإلكتروني",
                "ckb": "ئیمەیڵ",
                "en": "Email address",
                "type": "email",
                "required": True,
            },
            {
                "ar": "نوع الجهة",
                "ckb": "جۆری لایەن",
                "en": "Type of organisation",
                "type": "dropdown",
                "required": False,
                "choices": {
                    "ar": "مواطن,منظمة مجتمع مدني,جهة حكومية",
                    "ckb": "هاووڵاتی,ڕێکخراوی کۆمەڵگەی مەدەنی,لایەنی حکوومی",
                    "en": "Citizen,Civil society organisation,Government body",
                },
            },
        ],
    },
    {
        "slug": "online-workshop-submitting",
        "kind": "workshop",
        "days_from_today": 30,
        "start_time": "10:00",
        "hours": 3,
        "governorate": "",
        "online_url": "https://meet.example.org/citizen-portal",
        "registration": False,
        "ar": {
            "title": "ورشة إلكترونية: كيف تقدّم طلبك من خارج العراق",
            "summary": (
                "ورشة عبر الإنترنت تعلّم المواطنين المقيمين في الخارج استخدام البوابة خطوة بخطوة."
            ),
            "venue": "",
            "body": [
                [
                    "paragraph",
                    "<p>يشرح موظفو البوابة في هذه الورشة طريقة إنشاء الطلب وإرفاق المستمسكات "
                    "ومتابعة الطلب برقم المتابعة. "
                    "والمشاركة مفتوحة للجميع دون تسجيل مسبق عبر الرابط المنشور.</p>",
                ],
                [
                    "paragraph",
                    "<p>ننصح المشاركين بتجهيز نسخ إلكترونية من مستمسكاتهم قبل بدء الورشة.</p>",
                ],
            ],
        },
        "ckb": {
            "title": "وۆرکشۆپی ئۆنلاین: چۆن لە دەرەوەی عێراقەوە داواکارییەکەت پێشکەش بکەیت",
            "summary": (
                "وۆرکشۆپێکی ئۆنلاینە کە هەنگاو بە هەنگاو بەکارهێنانی دەروازەکە فێری هاووڵاتیانی "
                "دانیشتووی دەرەوە دەکات."
            ),
            "venue": "",
            "body": [
                [
                    "paragraph",
                    "<p>فەرمانبەرانی دەروازەکە لەم وۆرکشۆپەدا چۆنیەتیی دروستکردنی داواکاری و "
                    "هاوپێچکردنی بەڵگەنامەکان و بەدواداچوون بە ژمارەی بەدواداچوون ڕوون دەکەنەوە. "
                    "بەشداریکردن بۆ هەمووان کراوەیە بێ خۆتۆمارکردنی پێشوەختە، لە ڕێگەی بەستەرە "
                    "بڵاوکراوەکەوە.</p>",
                ],
                [
                    "paragraph",
                    "<p>ئامۆژگاریی بەشداربووان دەکەین پێش دەستپێکردنی وۆرکشۆپەکە کۆپیی ئەلیکترۆنیی "
                    "بەڵگەنامەکانیان ئامادە بکەن.</p>",
                ],
            ],
        },
        "en": {
            "title": "Online workshop: submitting your request from outside Iraq",
            "summary": (
                "An online workshop that walks citizens living abroad through using the portal "
                "step by step."
            ),
            "venue": "",
            "body": [
                [
                    "paragraph",
                    "<p>Portal staff will show how to create a request, attach documents and "
                    "follow it with the tracking number. "
                    "Anyone may join through the published link; no registration is needed.</p>",
                ],
                [
                    "paragraph",
                    "<p>Participants are advised to have scanned copies of their documents ready "
                    "before the workshop starts.</p>",
                ],
            ],
        },
    },
    {
        "slug": "basra-governorate-meeting",
        "kind": "meeting",
        "days_from_today": -20,
        "start_time": "10:00",
        "hours": 3,
        "governorate": "basra",
        "online_url": "",
        "registration": False,
        "ar": {
            "title": "لقاء مع دوائر محافظة البصرة بشأن مدد الرد على الشكاوى",
            "summary": (
                "عقد القسم لقاءً مع دوائر محافظة البصرة لمراجعة مدد الرد على شكاوى المواطنين."
            ),
            "venue": "ديوان محافظة البصرة",
            "body": [
                [
                    "paragraph",
                    "<p>ناقش اللقاء أسباب تأخر الرد على بعض الشكاوى، ولا سيما المتعلقة بالخدمات "
                    "البلدية والماء. "
                    "واتفق الحاضرون على مدة قصوى للرد تُعلن للمواطنين.</p>",
                ],
                [
                    "quote",
                    {
                        "quote": "الرد السريع على الشكوى جزء من احترام المواطن.",
                        "attribution": "ممثل قسم شؤون المواطنين في المحافظة",
                    },
                ],
            ],
        },
        "ckb": {
            "title": (
                "کۆبوونەوە لەگەڵ فەرمانگەکانی پارێزگای بەسرە دەربارەی ماوەی وەڵامدانەوەی سکاڵاکان"
            ),
            "summary": (
                "بەشەکە کۆبوونەوەیەکی لەگەڵ فەرمانگەکانی پارێزگای بەسرە ئەنجامدا بۆ پێداچوونەوە بە "
                "ماوەی وەڵامدانەوەی سکاڵای هاووڵاتیان."
            ),
            "venue": "دیوانی پارێزگای بەسرە",
            "body": [
                [
                    "paragraph",
                    "<p>کۆبوونەوەکە هۆکارەکانی دواکەوتنی وەڵامدانەوەی هەندێک سکاڵای تاوتوێ کرد، "
                    "بەتایبەتی ئەوانەی پەیوەندییان بە خزمەتگوزارییە شارەوانییەکان و ئاوەوە هەیە. "
                    "ئامادەبووان لەسەر ماوەیەکی زۆرینە بۆ وەڵامدانەوە ڕێککەوتن کە بۆ هاووڵاتیان "
                    "ڕادەگەیەندرێت.</p>",
                ],
                [
                    "quote",
                    {
                        "quote": "وەڵامدانەوەی خێرا بە سکاڵا بەشێکە لە ڕێزگرتن لە هاووڵاتی.",
                        "attribution": "نوێنەری بەشی کاروباری هاووڵاتیان لە پارێزگاکە",
                    },
                ],
            ],
        },
        "en": {
            "title": "Meeting with Basra Governorate departments on complaint response times",
            "summary": (
                "The department met Basra Governorate departments to review how quickly citizens' "
                "complaints are answered."
            ),
            "venue": "Basra Governorate Office",
            "body": [
                [
                    "paragraph",
                    "<p>The meeting looked at why some complaints are answered late, particularly "
                    "those on municipal services and water. "
                    "Participants agreed on a maximum response time to be published for "
                    "citizens.</p>",
                ],
                [
                    "quote",
                    {
                        "quote": "Answering a complaint quickly is part of respecting the citizen.",
                        "attribution": "Citizens' affairs representative of the governorate",
                    },
                ],
            ],
        },
    },
]

REPORTS = [
    {
        "slug": "school-drop-out-complaints",
        "days_ago": 25,
        "governorate": "",
        "ar": {
            "title": "تقرير رصد: شكاوى التسرب من المدارس بحسب المحافظة",
            "summary": (
                "يرصد التقرير الشكاوى الواردة إلى البوابة بشأن تسرب التلاميذ من المدارس في عدد من "
                "المحافظات."
            ),
            "body": [
                [
                    "paragraph",
                    "<p>تلقت البوابة خلال العام الدراسي الماضي شكاوى تتعلق بتسرب التلاميذ، أُحيلت "
                    "إلى وزارة التربية عبر تشكيلها المرتبط بالبوابة. "
                    "وتعود أغلب الأسباب المذكورة إلى بُعد المدارس والظروف المعيشية للأسر.</p>",
                ],
                [
                    "table",
                    {
                        "caption": "شكاوى التسرب من المدارس بحسب المحافظة",
                        "header": [
                            "المحافظة",
                            "الشكاوى الواردة",
                            "المحالة إلى وزارة التربية",
                            "المعالجة",
                        ],
                        "rows": [
                            ["بغداد", "412", "398", "251"],
                            ["نينوى", "318", "301", "172"],
                            ["البصرة", "236", "230", "140"],
                            ["ذي قار", "194", "188", "103"],
                            ["الأنبار", "127", "120", "81"],
                        ],
                        "source": "سجلات البوابة، أرقام توضيحية",
                    },
                ],
                [
                    "paragraph",
                    "<p>يوصي التقرير بتوفير النقل المدرسي في المناطق النائية وبمتابعة الحالات "
                    "المحالة حتى إغلاقها.</p>",
                ],
            ],
        },
        "ckb": {
            "title": "ڕاپۆرتی چاودێری: سکاڵاکانی وازهێنان لە خوێندن بەپێی پارێزگا",
            "summary": (
                "ڕاپۆرتەکە ئەو سکاڵایانە دەخاتە ڕوو کە دەربارەی وازهێنانی قوتابیان لە قوتابخانە لە "
                "چەند پارێزگایەکەوە گەیشتوونەتە دەروازەکە."
            ),
            "body": [
                [
                    "paragraph",
                    "<p>دەروازەکە لە ساڵی خوێندنی ڕابردوودا سکاڵای پەیوەندیدار بە وازهێنانی "
                    "قوتابیانی وەرگرت و لە ڕێگەی پێکهاتە بەستراوەکەیەوە ڕەوانەی وەزارەتی پەروەردە "
                    "کران. "
                    "زۆربەی هۆکارە ئاماژەپێکراوەکان دووریی قوتابخانەکان و بارودۆخی ژیانی "
                    "خێزانەکانن.</p>",
                ],
                [
                    "table",
                    {
                        "caption": "سکاڵاکانی وازهێنان لە خوێندن بەپێی پارێزگا",
                        "header": [
                            "پارێزگا",
                            "سکاڵا وەرگیراوەکان",
                            "ڕەوانەکراو بۆ وەزارەتی پەروەردە",
                            "چارەسەرکراو",
                        ],
                        "rows": [
                            ["بەغدا", "412", "398", "251"],
                            ["نەینەوا", "318", "301", "172"],
                            ["بەسرە", "236", "230", "140"],
                            ["زیقار", "194", "188", "103"],
                            ["ئەنبار", "127", "120", "81"],
                        ],
                        "source": "تۆمارەکانی دەروازەکە، ژمارەی نموونەیی",
                    },
                ],
                [
                    "paragraph",
                    "<p>ڕاپۆرتەکە ڕاسپاردەی دابینکردنی گواستنەوەی قوتابخانە لە ناوچە دوورەدەستەکان "
                    "و بەدواداچوونی دۆسیە ڕەوانەکراوەکان تا داخستنیان دەدات.</p>",
                ],
            ],
        },
        "en": {
            "title": "Monitoring report: school drop-out complaints by governorate",
            "summary": (
                "This report reviews complaints the portal received about pupils leaving school in "
                "several governorates."
            ),
            "body": [
                [
                    "paragraph",
                    "<p>Over the last school year the portal received complaints about pupils "
                    "dropping out, which were referred to the Ministry of Education through its "
                    "connected formation. "
                    "The reasons most often given were distance from school and families' living "
                    "conditions.</p>",
                ],
                [
                    "table",
                    {
                        "caption": "School drop-out complaints by governorate",
                        "header": [
                            "Governorate",
                            "Complaints received",
                            "Referred to Ministry of Education",
                            "Resolved",
                        ],
                        "rows": [
                            ["Baghdad", "412", "398", "251"],
                            ["Nineveh", "318", "301", "172"],
                            ["Basra", "236", "230", "140"],
                            ["Dhi Qar", "194", "188", "103"],
                            ["Anbar", "127", "120", "81"],
                        ],
                        "source": "Portal records; illustrative figures",
                    },
                ],
                [
                    "paragraph",
                    "<p>The report recommends school transport in remote areas and following "
                    "referred cases until they are closed.</p>",
                ],
            ],
        },
    },
    {
        "slug": "basra-national-card-delays",
        "days_ago": 50,
        "governorate": "basra",
        "ar": {
            "title": "تقرير رصد: التأخر في إصدار البطاقة الوطنية الموحدة في البصرة",
            "summary": (
                "يرصد التقرير شكاوى المواطنين من تأخر إصدار البطاقة الوطنية الموحدة في أقضية "
                "محافظة البصرة."
            ),
            "body": [
                [
                    "paragraph",
                    "<p>ازدادت الشكاوى الخاصة بتأخر إصدار البطاقة الوطنية الموحدة في البصرة خلال "
                    "الأشهر الماضية. "
                    "ويعرض الجدول عدد الشكاوى ومتوسط مدة الانتظار في عدد من الأقضية.</p>",
                ],
                [
                    "table",
                    {
                        "caption": "شكاوى تأخر البطاقة الوطنية بحسب القضاء",
                        "header": ["القضاء", "عدد الشكاوى", "متوسط الانتظار (يوم)", "المعالجة"],
                        "rows": [
                            ["مركز البصرة", "184", "46", "120"],
                            ["الزبير", "97", "52", "58"],
                            ["أبو الخصيب", "63", "38", "47"],
                            ["القرنة", "41", "60", "22"],
                        ],
                        "source": "سجلات البوابة، أرقام توضيحية",
                    },
                ],
                [
                    "paragraph",
                    "<p>يوصي التقرير بزيادة منافذ التسجيل وبإبلاغ المواطن بموعد استلام بطاقته عبر "
                    "رسالة نصية.</p>",
                ],
            ],
        },
        "ckb": {
            "title": "ڕاپۆرتی چاودێری: دواکەوتنی دەرکردنی کارتی نیشتمانیی یەکگرتوو لە بەسرە",
            "summary": (
                "ڕاپۆرتەکە سکاڵای هاووڵاتیان لە دواکەوتنی دەرکردنی کارتی نیشتمانیی یەکگرتوو لە "
                "قەزاکانی پارێزگای بەسرە دەخاتە ڕوو."
            ),
            "body": [
                [
                    "paragraph",
                    "<p>لە مانگەکانی ڕابردوودا سکاڵاکانی دواکەوتنی دەرکردنی کارتی نیشتمانیی "
                    "یەکگرتوو لە بەسرە زیادیان کرد. "
                    "خشتەکە ژمارەی سکاڵاکان و تێکڕای ماوەی چاوەڕوانی لە چەند قەزایەکدا پیشان "
                    "دەدات.</p>",
                ],
                [
                    "table",
                    {
                        "caption": "سکاڵاکانی دواکەوتنی کارتی نیشتمانی بەپێی قەزا",
                        "header": [
                            "قەزا",
                            "ژمارەی سکاڵاکان",
                            "تێکڕای چاوەڕوانی (ڕۆژ)",
                            "چارەسەرکراو",
                        ],
                        "rows": [
                            ["ناوەندی بەسرە", "184", "46", "120"],
                            ["زوبێر", "97", "52", "58"],
                            ["ئەبولخەسیب", "63", "38", "47"],
                            ["قوڕنە", "41", "60", "22"],
                        ],
                        "source": "تۆمارەکانی دەروازەکە، ژمارەی نموونەیی",
                    },
                ],
                [
                    "paragraph",
                    "<p>ڕاپۆرتەکە ڕاسپاردەی زیادکردنی خاڵەکانی تۆمارکردن و ئاگادارکردنەوەی "
                    "هاووڵاتی بە کاتی وەرگرتنی کارتەکەی لە ڕێگەی نامەی کورتەوە دەدات.</p>",
                ],
            ],
        },
        "en": {
            "title": "Monitoring report: delays in issuing the unified national card in Basra",
            "summary": (
                "This report reviews citizens' complaints about delays in issuing the unified "
                "national card across Basra's districts."
            ),
            "body": [
                [
                    "paragraph",
                    "<p>Complaints about delays in issuing the unified national card in Basra have "
                    "risen in recent months. "
                    "The table shows the number of complaints and the average wait in several "
                    "districts.</p>",
                ],
                [
                    "table",
                    {
                        "caption": "National card delay complaints by district",
                        "header": ["District", "Complaints", "Average wait (days)", "Resolved"],
                        "rows": [
                            ["Basra centre", "184", "46", "120"],
                            ["Zubair", "97", "52", "58"],
                            ["Abu Al-Khasib", "63", "38", "47"],
                            ["Qurna", "41", "60", "22"],
                        ],
                        "source": "Portal records; illustrative figures",
                    },
                ],
                [
                    "paragraph",
                    "<p>The report recommends more registration points and notifying citizens by "
                    "text message when their card is ready.</p>",
                ],
            ],
        },
    },
]
