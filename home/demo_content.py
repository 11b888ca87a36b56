"""Demo content for the home app, in Arabic, Central Kurdish (Sorani) and English.

Written to read naturally in each language; loaded by home.demo."""

HOME = {
    "ar": {
        "title": "حكومة المواطن الإلكترونية",
        "lead": (
            "قدّم طلبك أو شكواك أو مقترحك إلى أي وزارة أو محافظة أو جهة حكومية من مكان واحد، "
            "وتابِعه خطوة بخطوة حتى يصلك الرد، سواء كنت داخل العراق أو خارجه."),
        "submit_description": (
            "اختر الجهة المعنية وفئة الموضوع، واكتب التفاصيل وأرفق المستندات إن وُجدت، لتحصل على "
            "رقم مرجعي فور تسجيل طلبك."),
        "follow_up_description": (
            "أدخل الرقم المرجعي لطلبك أو رقم الهاتف الذي سجّلت به لتعرف حالته وآخر ما اتُّخذ "
            "بشأنه."),
        "body": [
            ("heading", {"text": "كيف تعمل الخدمة", "level": "h2"}),
            ("paragraph", (
                "<ol><li><b>التقديم:</b> اختر الجهة المعنية وفئة الموضوع، واكتب التفاصيل وارفع "
                "مستنداتك في الصفحة نفسها.</li><li><b>التسجيل:</b> يُسجَّل طلبك فور وصوله برقم "
                "مرجعي يظهر في الإيصال، ثم يُحال إلى الجهة المختصة.</li><li><b>المتابعة:</b> "
                "يُدوَّن كل إجراء يُتخذ بشأن طلبك، من إحالة أو استيضاح أو رد، وتطّلع على حالته "
                "متى شئت من صفحة «طلباتي».</li><li><b>الأرشفة:</b> بعد الرد النهائي يُؤرشَف "
                "الطلب ومستنداته إلكترونياً، ويدخل في مؤشرات أداء الجهة المعنية.</li></ol>")),
            ("heading", {"text": "أسئلة شائعة", "level": "h2"}),
            ("question", {
                "question": "من يستطيع تقديم طلب أو شكوى؟",
                "answer": (
                    "<p>يستطيع كل مواطن عراقي، داخل العراق أو خارجه، استخدام البوابة بعد إنشاء "
                    "حساب وتأكيد بريده الإلكتروني.</p>"),
            }),
            ("question", {
                "question": "كم يستغرق الرد على طلبي؟",
                "answer": (
                    "<p>لكل فئة من فئات الطلبات مدة إنجاز محددة تُحتسب بأيام العمل، وتظهر هذه "
                    "المدة في الإيصال الذي تحصل عليه عند التقديم. ويمكنك متابعة سير طلبك في أي "
                    "وقت بالرقم المرجعي.</p>"),
            }),
            ("question", {
                "question": "هل بياناتي في أمان؟",
                "answer": (
                    "<p>نعم. لا يطّلع على طلبك إلا الموظفون المعنيون به: موظفو الاستقبال في "
                    "الأمانة العامة لمجلس الوزراء وموظفو الجهة التي أُحيل إليها. ولا تُرسَل كلمة "
                    "المرور عبر البريد الإلكتروني أبداً.</p>"),
            }),
        ],
    },
    "ckb": {
        "title": "حکوومەتی ئەلیکترۆنی هاووڵاتی",
        "lead": (
            "داواکاری، سکاڵا یان پێشنیازەکەت لە یەک شوێنەوە بنێرە بۆ هەر وەزارەت، پارێزگا یان "
            "دامەزراوەیەکی حکوومی، و هەنگاو بە هەنگاو بەدوایدا بچۆ تا وەڵام وەردەگریت، چ لە "
            "ناوەوەی عێراق بیت چ لە دەرەوەی."),
        "submit_description": (
            "لایەنی پەیوەندیدار و جۆری بابەتەکە هەڵبژێرە، وردەکارییەکان بنووسە و ئەگەر "
            "بەڵگەنامەت هەیە هاوپێچی بکە؛ هەر کە تۆمار کرا ژمارەیەکی ئاماژەت پێ دەدرێت."),
        "follow_up_description": (
            "ژمارەی ئاماژەی داواکارییەکەت، یان ئەو ژمارە تەلەفۆنەی پێی تۆمار بوویت، بنووسە بۆ "
            "ئەوەی بزانیت داواکارییەکەت گەیشتووەتە کوێ."),
        "body": [
            ("heading", {"text": "خزمەتگوزارییەکە چۆن کار دەکات", "level": "h2"}),
            ("paragraph", (
                "<ol><li><b>پێشکەشکردن:</b> لایەنی پەیوەندیدار و جۆری بابەتەکە هەڵبژێرە، "
                "وردەکارییەکان بنووسە و لە هەمان پەڕەدا بەڵگەنامەکانت بار بکە.</li>"
                "<li><b>تۆمارکردن:</b> داواکارییەکەت هەر کە گەیشت بە ژمارەیەکی ئاماژە تۆمار "
                "دەکرێت کە لەسەر پسوڵەکەت دەردەکەوێت، پاشان ڕەوانەی لایەنی پەیوەندیدار "
                "دەکرێت.</li><li><b>بەدواداچوون:</b> هەموو هەنگاوێک کە بۆ داواکارییەکەت دەنرێت "
                "تۆمار دەکرێت، لە ڕەوانەکردن و داوای ڕوونکردنەوەوە تا وەڵام، و هەر کاتێک بتەوێت "
                "لە پەڕەی «داواکارییەکانم» دەیبینیت.</li><li><b>ئەرشیفکردن:</b> دوای وەڵامی "
                "کۆتایی، داواکارییەکە و بەڵگەنامەکانی بە شێوەی ئەلیکترۆنی ئەرشیف دەکرێن و لە "
                "نیشاندەرەکانی ئەدای لایەنی پەیوەندیداردا هەژمار دەکرێن.</li></ol>")),
            ("heading", {"text": "پرسیارە باوەکان", "level": "h2"}),
            ("question", {
                "question": "کێ دەتوانێت داواکاری یان سکاڵا پێشکەش بکات؟",
                "answer": (
                    "<p>هەموو هاووڵاتییەکی عێراقی، چ لە ناوەوەی عێراق بێت چ لە دەرەوەی، دوای "
                    "دروستکردنی هەژمار و پشتڕاستکردنەوەی ئیمەیڵەکەی دەتوانێت دەروازەکە "
                    "بەکاربهێنێت.</p>"),
            }),
            ("question", {
                "question": "وەڵامدانەوە چەند دەخایەنێت؟",
                "answer": (
                    "<p>هەر جۆرێکی داواکاری ماوەیەکی دیاریکراوی جێبەجێکردنی هەیە کە بە ڕۆژی کار "
                    "دەژمێردرێت، و ئەم ماوەیە لەسەر ئەو پسوڵەیە نووسراوە کە لە کاتی پێشکەشکردندا "
                    "وەریدەگریت. هەر کاتێک بتەوێت دەتوانیت بە ژمارەی ئاماژەکە بەدواداچوون "
                    "بکەیت.</p>"),
            }),
            ("question", {
                "question": "ئایا زانیارییەکانم پارێزراون؟",
                "answer": (
                    "<p>بەڵێ. تەنها ئەو فەرمانبەرانەی کاریان پێیەتی داواکارییەکەت دەبینن: "
                    "فەرمانبەرانی وەرگرتن لە ئەمینداریی گشتیی ئەنجومەنی وەزیران و فەرمانبەرانی "
                    "ئەو لایەنەی داواکارییەکەی بۆ ڕەوانە کراوە. وشەی نهێنی هەرگیز بە ئیمەیڵ "
                    "نانێردرێت.</p>"),
            }),
        ],
    },
    "en": {
        "title": "Citizen E-Government",
        "lead": (
            "Send a request, complaint or suggestion to any ministry, governorate or public body "
            "from one place, and follow it step by step until you get an answer, whether you "
            "live in Iraq or abroad."),
        "submit_description": (
            "Choose the body concerned and a category, describe your case and attach any "
            "documents; you get a reference number as soon as it is registered."),
        "follow_up_description": (
            "Enter your reference number, or the phone number you registered with, to see where "
            "your request stands and what has been done."),
        "body": [
            ("heading", {"text": "How it works", "level": "h2"}),
            ("paragraph", (
                "<ol><li><b>Submission:</b> choose the body concerned and a category, write out "
                "the details and upload any documents on the same page.</li>"
                "<li><b>Registration:</b> your case is registered as soon as it arrives, with a "
                "reference number shown on your receipt, and routed to the competent body.</li>"
                "<li><b>Follow-up:</b> every step taken on your case is recorded, whether a "
                "referral, a request for clarification or an answer, and you can check it at "
                "any time on the My requests page.</li><li><b>Archiving:</b> once answered, the "
                "case and its documents are archived electronically and count towards the "
                "performance indicators of the body concerned.</li></ol>")),
            ("heading", {"text": "Frequently asked questions", "level": "h2"}),
            ("question", {
                "question": "Who can submit a request or complaint?",
                "answer": (
                    "<p>Any Iraqi citizen, in Iraq or abroad, can use the portal after creating "
                    "an account and confirming their email address.</p>"),
            }),
            ("question", {
                "question": "How long will it take to get an answer?",
                "answer": (
                    "<p>Each category has a service level set in working days, and it is shown "
                    "on the receipt you get when you submit. You can check progress at any time "
                    "with your reference number.</p>"),
            }),
            ("question", {
                "question": "Is my data safe?",
                "answer": (
                    "<p>Yes. Your case is seen only by the staff who need to see it: the intake "
                    "team at the General Secretariat of the Council of Ministers and the staff "
                    "of the body it is routed to. Passwords are never sent by email.</p>"),
            }),
        ],
    },
}

# Pages under the home page, in menu order. "slug" is ASCII and the same in all languages.
PAGES = [
    {
        "slug": "about",
        "show_contact_details": False,
        "ar": {
            "title": "عن البرنامج",
            "introduction": (
                "نافذة موحّدة بين المواطن ومؤسسات الدولة، تديرها الأمانة العامة لمجلس الوزراء "
                "منذ عام 2014."),
            "search_description": (
                "تعرّف على برنامج حكومة المواطن الإلكترونية: نشأته وتشكيلاته وأهدافه ومحوري عمله."),
            "body": [
                ("heading", {"text": "نشأة البرنامج", "level": "h2"}),
                ("paragraph", (
                    "<p>انطلق البرنامج عام 2014 بمبادرة من دائرة شؤون المواطنين في الأمانة "
                    "العامة لمجلس الوزراء، ليستقبل طلبات المواطنين العراقيين وشكاواهم من داخل "
                    "العراق وخارجه ويوصلها إلى الجهات المختصة بإنجازها. وهو ثمرة تجارب سبقته: "
                    "برنامج <b>أبجد</b> عام 2011 للأرشفة الإلكترونية الداخلية، ثم برنامج "
                    "<b>طلبات المواطنين الإلكترونية</b> عام 2012.</p><p>ويضم البرنامج اليوم 50 "
                    "تشكيلاً مركزياً و24 تشكيلاً فرعياً، منها بوابة وزارة التربية (e-tarbeya) "
                    "وبوابة وزارة الموارد المائية (e-mawared) وبوابة محافظة البصرة (e-basra)، "
                    "وتعمل جميعها على تحسين مستوى الأداء وتصنيف الطلبات والشكاوى الواردة وتحليل "
                    "أسبابها وإيجاد سبل معالجتها.</p>")),
                ("heading", {"text": "أهدافنا", "level": "h2"}),
                ("paragraph", (
                    "<ul><li>أتمتة معاملات المواطن مع مؤسسات الدولة بصورة شاملة وسريعة "
                    "وميسّرة.</li><li>توثيق الصلة بين أقسام شؤون المواطنين في جميع الوزارات "
                    "والمحافظات.</li><li>الحد من الاعتماد على المعاملات الورقية.</li><li>توفير "
                    "مؤشرات لقياس أداء التشكيلات الحكومية.</li></ul>")),
                ("heading", {"text": "محورا العمل", "level": "h2"}),
                ("paragraph", (
                    "<p><b>المحور الأول: شكاوى المواطنين.</b> رعاية مصالح المواطن وتعزيز علاقته "
                    "بمؤسسات الدولة في إطار من الشفافية والموضوعية والاحترام المتبادل، وتنويع "
                    "قنوات استقبال الطلبات والمقترحات والشكاوى، واستحداث أقسام لشؤون المواطنين "
                    "في الوزارات والمحافظات والجهات غير المرتبطة بوزارة.</p><p><b>المحور "
                    "الثاني: العلاقات العامة.</b> تلمّس توجهات المواطنين واهتماماتهم عبر "
                    "الاجتماعات والنشرات والندوات والفعاليات ووسائل الإعلام، ورصد الظواهر "
                    "الاجتماعية المهمة، وتنظيم حملات توعية بحقوق المواطن القانونية والدستورية "
                    "وبنشاطات المؤسسات الحكومية.</p>")),
                ("quote", {
                    "quote": (
                        "نسعى إلى أن تصبح التوعية بحقوق المواطن ونشاطات المؤسسات الحكومية رسالةً "
                        "جماعية تترك انطباعاً إيجابياً عن التعامل بين الطرفين."),
                    "attribution": "من أهداف محور العلاقات العامة",
                }),
            ],
        },
        "ckb": {
            "title": "دەربارەی بەرنامەکە",
            "introduction": (
                "دەروازەیەکی یەکگرتوو لە نێوان هاووڵاتی و دامەزراوەکانی دەوڵەتدا، کە ئەمینداریی "
                "گشتیی ئەنجومەنی وەزیران لە ساڵی 2014ەوە بەڕێوەی دەبات."),
            "search_description": (
                "ناسینی بەرنامەی حکوومەتی ئەلیکترۆنی هاووڵاتی: سەرهەڵدان، پێکهاتەکان، ئامانجەکان "
                "و تەوەرەکانی کارکردنی."),
            "body": [
                ("heading", {"text": "سەرهەڵدانی بەرنامەکە", "level": "h2"}),
                ("paragraph", (
                    "<p>بەرنامەکە لە ساڵی 2014 بە دەستپێشخەریی فەرمانگەی کاروباری هاووڵاتیان لە "
                    "ئەمینداریی گشتیی ئەنجومەنی وەزیران دەستی بە کار کرد، بۆ ئەوەی داواکاری و "
                    "سکاڵای هاووڵاتیانی عێراقی لە ناوەوە و دەرەوەی وڵات وەربگرێت و بیانگەیەنێتە "
                    "ئەو لایەنانەی کە جێبەجێکردنیان لە ئەستۆیە. بەرنامەکە درێژەپێدەری چەند "
                    "ئەزموونێکی پێشووترە: بەرنامەی <b>ئەبجەد</b> لە ساڵی 2011 بۆ ئەرشیفکردنی "
                    "ئەلیکترۆنیی ناوخۆیی، و دواتر بەرنامەی <b>داواکارییە ئەلیکترۆنییەکانی "
                    "هاووڵاتیان</b> لە ساڵی 2012.</p><p>ئەمڕۆ بەرنامەکە 50 پێکهاتەی ناوەندی و "
                    "24 پێکهاتەی لاوەکی لەخۆ دەگرێت، لەوانە دەروازەی وەزارەتی پەروەردە "
                    "(e-tarbeya)، دەروازەی وەزارەتی سەرچاوەکانی ئاو (e-mawared) و دەروازەی "
                    "پارێزگای بەسرە (e-basra). هەموویان کار بۆ باشترکردنی ئەدا، پۆلێنکردنی ئەو "
                    "داواکاری و سکاڵایانەی پێیان دەگات، شیکردنەوەی هۆکارەکانیان و دۆزینەوەی "
                    "ڕێگای چارەسەرکردنیان دەکەن.</p>")),
                ("heading", {"text": "ئامانجەکانمان", "level": "h2"}),
                ("paragraph", (
                    "<ul><li>ئۆتۆماتیککردنی مامەڵەکانی هاووڵاتی لەگەڵ دامەزراوەکانی دەوڵەت بە "
                    "شێوەیەکی گشتگیر، خێرا و ئاسان.</li><li>پتەوکردنی پەیوەندیی نێوان بەشەکانی "
                    "کاروباری هاووڵاتیان لە هەموو وەزارەت و پارێزگاکاندا.</li><li>کەمکردنەوەی "
                    "پشتبەستن بە مامەڵەی کاغەزی.</li><li>دابینکردنی نیشاندەر بۆ هەڵسەنگاندنی "
                    "ئەدای پێکهاتە حکوومییەکان.</li></ul>")),
                ("heading", {"text": "دوو تەوەری کار", "level": "h2"}),
                ("paragraph", (
                    "<p><b>تەوەری یەکەم: سکاڵاکانی هاووڵاتیان.</b> پاراستنی بەرژەوەندیی "
                    "هاووڵاتی و پتەوکردنی پەیوەندیی نێوان هاووڵاتی و دامەزراوەکانی دەوڵەت، لە "
                    "چوارچێوەی شەفافیەت، بێلایەنی و ڕێزی دوولایەنەدا؛ زیادکردنی کەناڵەکانی "
                    "وەرگرتنی داواکاری، پێشنیاز و سکاڵا؛ و دامەزراندنی بەشی کاروباری هاووڵاتیان "
                    "لە وەزارەت و پارێزگاکان و ئەو لایەنانەی سەر بە هیچ وەزارەتێک نین.</p>"
                    "<p><b>تەوەری دووەم: پەیوەندییە گشتییەکان.</b> ناسینی ئاراستە و خەمەکانی "
                    "هاووڵاتیان لە ڕێگەی کۆبوونەوە، بڵاوکراوە، سیمینار، بۆنەکان و میدیاوە؛ "
                    "چاودێریکردنی دیاردە کۆمەڵایەتییە گرنگەکان؛ و ڕێکخستنی هەڵمەتی "
                    "هۆشیارکردنەوە سەبارەت بە مافە یاسایی و دەستوورییەکانی هاووڵاتی و "
                    "چالاکییەکانی دامەزراوە حکوومییەکان.</p>")),
                ("quote", {
                    "quote": (
                        "دەمانەوێت هۆشیارکردنەوە بە مافەکانی هاووڵاتی و چالاکییەکانی دامەزراوە "
                        "حکوومییەکان ببێتە پەیامێکی هاوبەش کە وێنەیەکی ئەرێنی لە پەیوەندیی نێوان "
                        "هەردوو لا بەجێ بهێڵێت."),
                    "attribution": "لە ئامانجەکانی تەوەری پەیوەندییە گشتییەکان",
                }),
            ],
        },
        "en": {
            "title": "About the programme",
            "introduction": (
                "A single gateway between citizens and the institutions of the state, run by the "
                "General Secretariat of the Council of Ministers since 2014."),
            "search_description": (
                "About Iraq's Citizen E-Government programme: how it began, its formations, its "
                "goals and its two areas of work."),
            "body": [
                ("heading", {"text": "How it began", "level": "h2"}),
                ("paragraph", (
                    "<p>The programme went live in 2014 as an initiative of the Citizens' "
                    "Affairs Department at the General Secretariat of the Council of Ministers, "
                    "to receive requests and complaints from Iraqis at home and abroad and pass "
                    "them to the bodies responsible for resolving them. It builds on two "
                    "earlier efforts: <b>Abjad</b> (2011), an internal electronic archive, and "
                    "the <b>Citizens' Electronic Requests</b> programme (2012).</p><p>Today it "
                    "brings together 50 central formations and 24 sub-formations, among them "
                    "the portals of the Ministry of Education (e-tarbeya), the Ministry of "
                    "Water Resources (e-mawared) and Basra Governorate (e-basra). All of them "
                    "work to improve performance, classify the requests and complaints they "
                    "receive, analyse their causes and find ways to address them.</p>")),
                ("heading", {"text": "Our goals", "level": "h2"}),
                ("paragraph", (
                    "<ul><li>Make citizens' dealings with state institutions fully electronic, "
                    "quick and simple.</li><li>Build strong working links between the citizens' "
                    "affairs sections of every ministry and governorate.</li><li>Cut down on "
                    "paperwork.</li><li>Provide indicators of how well each government "
                    "formation performs.</li></ul>")),
                ("heading", {"text": "Two areas of work", "level": "h2"}),
                ("paragraph", (
                    "<p><b>Citizens' complaints.</b> Looking after citizens' interests and "
                    "strengthening their relationship with public institutions, in a spirit of "
                    "transparency, objectivity and mutual respect; opening more channels for "
                    "requests, suggestions and complaints; and setting up citizens' affairs "
                    "sections in ministries, governorates and bodies not attached to a "
                    "ministry.</p><p><b>Public relations.</b> Listening to citizens' views and "
                    "concerns through meetings, bulletins, seminars, events and the media; "
                    "monitoring significant social trends; and running awareness campaigns on "
                    "citizens' legal and constitutional rights and on the work of government "
                    "institutions.</p>")),
                ("quote", {
                    "quote": (
                        "We want awareness of citizens' rights and of the work of public "
                        "institutions to become a shared message, one that leaves a positive "
                        "impression of how citizens and the state deal with each other."),
                    "attribution": "From the aims of the programme's public relations work",
                }),
            ],
        },
    },
    {
        "slug": "privacy",
        "show_contact_details": False,
        "ar": {
            "title": "إشعار الخصوصية",
            "introduction": (
                "يوضح هذا الإشعار البيانات الشخصية التي نجمعها عند استخدامك البوابة، وسبب جمعها، "
                "ومن يطّلع عليها، وكيف نحميها."),
            "search_description": (
                "كيف تجمع بوابة حكومة المواطن الإلكترونية بياناتك الشخصية وتستخدمها وتحميها، وما "
                "حقوقك فيها."),
            "body": [
                ("heading", {"text": "البيانات التي نجمعها", "level": "h2"}),
                ("paragraph", (
                    "<p>عند إنشاء حسابك وتقديم طلباتك نجمع البيانات الآتية:</p><ul><li>الاسم "
                    "الكامل.</li><li>البريد الإلكتروني.</li><li>رقم الهاتف المحمول.</li><li>محل "
                    "الإقامة، داخل العراق أو خارجه.</li><li>مضمون الطلبات والشكاوى والمقترحات "
                    "وما يُرفق بها من مستندات.</li></ul>")),
                ("heading", {"text": "لماذا نجمعها ومن يطّلع عليها", "level": "h2"}),
                ("paragraph", (
                    "<p>نستخدم بياناتك لتسجيل طلبك وإحالته إلى الجهة المختصة والتواصل معك "
                    "بشأنه، ولإعداد مؤشرات أداء إجمالية لا تكشف هوية أحد. ولا يطّلع على طلبك "
                    "إلا موظفو استقبال الطلبات في الأمانة العامة لمجلس الوزراء وموظفو الجهة "
                    "التي أُحيل إليها. ولا نبيع بياناتك ولا نستخدمها لأي غرض تجاري.</p><p>لا "
                    "نرسل كلمة المرور عبر البريد الإلكتروني في أي حال، بل نؤكد بريدك برابط تحقق "
                    "وتختار أنت كلمة مرورك بنفسك. ولن يطلب منك أي موظف كلمة المرور، فلا تُطلِع "
                    "عليها أحداً.</p>")),
                ("heading", {"text": "النشر والاحتفاظ بالبيانات", "level": "h2"}),
                ("paragraph", (
                    "<p>قد ننشر بعض الأسئلة وأجوبتها ليستفيد منها المواطنون الآخرون، لكن "
                    "بموافقة صاحبها فقط وبعد حذف كل ما يدل على هويته.</p><p>ينتقل الطلب المنجز إلى "
                    "الأرشيف بعد 90 يومًا من الإجابة عنه أو إغلاقه. وبعد خمس سنوات من أرشفته نحذف "
                    "منه اسمك ورقم هاتفك وبريدك الإلكتروني ونص طلبك وملفاته والرسائل المتعلقة "
                    "به. وما يبقى (الرقم المرجعي والجهة والتصنيف والتواريخ والنتيجة) لا يدل على "
                    "أحد، ويحفظ صحة مؤشرات الأداء. ولا يظهر الطلب بعد ذلك في قائمة طلباتك.</p>")),
                ("heading", {"text": "حقوقك", "level": "h2"}),
                ("paragraph", (
                    "<p>يحق لك الاطلاع على البيانات الشخصية المحفوظة عنك وطلب تصحيح ما كان منها "
                    "غير دقيق. ويمكنك تعديل معظم بياناتك من صفحة حسابك، ولأي استفسار آخر يتعلق "
                    "بالخصوصية راسلنا عبر صفحة «اتصل بنا».</p>")),
            ],
        },
        "ckb": {
            "title": "سیاسەتی تایبەتمەندی",
            "introduction": (
                "ئەم پەڕەیە ڕوونی دەکاتەوە کە لە کاتی بەکارهێنانی دەروازەکەدا چ زانیارییەکی "
                "کەسیت کۆ دەکەینەوە، بۆچی، کێ دەیبینێت و چۆن دەیپارێزین."),
            "search_description": (
                "دەروازەی حکوومەتی ئەلیکترۆنی هاووڵاتی چۆن زانیارییە کەسییەکانت کۆ دەکاتەوە، "
                "بەکاریان دەهێنێت و دەیانپارێزێت، و مافەکانت چین."),
            "body": [
                ("heading", {"text": "چ زانیارییەک کۆ دەکەینەوە", "level": "h2"}),
                ("paragraph", (
                    "<p>کاتێک هەژمار دروست دەکەیت و داواکاری پێشکەش دەکەیت، ئەم زانیارییانە کۆ "
                    "دەکەینەوە:</p><ul><li>ناوی تەواوت.</li><li>ئیمەیڵەکەت.</li><li>ژمارەی "
                    "مۆبایلەکەت.</li><li>شوێنی نیشتەجێبوونت، لە عێراق یان لە دەرەوە.</li>"
                    "<li>ناوەڕۆکی داواکاری، سکاڵا و پێشنیازەکانت و ئەو بەڵگەنامانەی هاوپێچیان "
                    "دەکەیت.</li></ul>")),
                ("heading", {"text": "بۆچی بەکاریان دەهێنین و کێ دەیانبینێت", "level": "h2"}),
                ("paragraph", (
                    "<p>زانیارییەکانت بۆ تۆمارکردنی داواکارییەکەت، ڕەوانەکردنی بۆ لایەنی "
                    "پەیوەندیدار و پەیوەندیکردن پێتەوە سەبارەت بەو داواکارییە بەکاردەهێنین، "
                    "هەروەها بۆ ئامادەکردنی نیشاندەری گشتیی ئەدا کە ناسنامەی هیچ کەسێک ئاشکرا "
                    "ناکەن. تەنها فەرمانبەرانی وەرگرتن لە ئەمینداریی گشتیی ئەنجومەنی وەزیران و "
                    "فەرمانبەرانی ئەو لایەنەی داواکارییەکەت بۆی ڕەوانە کراوە دەتوانن بیبینن. "
                    "زانیارییەکانت نافرۆشین و بۆ هیچ مەبەستێکی بازرگانی بەکاریان ناهێنین.</p>"
                    "<p>هەرگیز وشەی نهێنی بە ئیمەیڵ نانێرین. ئیمەیڵەکەت بە بەستەرێکی "
                    "پشتڕاستکردنەوە دڵنیا دەکەینەوە و وشەی نهێنی خۆت هەڵدەبژێریت. هیچ "
                    "فەرمانبەرێک داوای وشەی نهێنییەکەت لێ ناکات، بۆیە بە هیچ کەسێکی مەڵێ.</p>")),
                ("heading", {"text": "بڵاوکردنەوە و هەڵگرتنی زانیاری", "level": "h2"}),
                ("paragraph", (
                    "<p>لەوانەیە هەندێک پرسیار و وەڵام بڵاو بکەینەوە بۆ ئەوەی هاووڵاتیانی تریش "
                    "سوودیان لێ ببینن، بەڵام تەنها بە ڕەزامەندیی خاوەنەکەی و دوای لابردنی هەر "
                    "شتێک کە ناسنامەی ئاشکرا بکات.</p><p>داواکارییەکی تەواوبوو 90 ڕۆژ دوای "
                    "وەڵامدانەوە یان داخستنی دەچێتە ئەرشیفەوە. پێنج ساڵ دوای ئەوە، ناو، ژمارەی "
                    "مۆبایل، ئیمەیڵ، دەقی داواکارییەکە، پەڕگەکانی و ئەو نامانەی پەیوەستن پێیەوە "
                    "دەسڕینەوە. ئەوەی دەمێنێتەوە (ژمارەی سەرچاوە، لایەن، پۆل، بەروارەکان و "
                    "ئەنجام) کەس ناناسێنێت و پێوەرەکانی ئەدا دروست دەهێڵێتەوە. دوای ئەوە "
                    "داواکارییەکە لە لیستی داواکارییەکانتدا دەرناکەوێت.</p>")),
                ("heading", {"text": "مافەکانت", "level": "h2"}),
                ("paragraph", (
                    "<p>مافی ئەوەت هەیە ئەو زانیارییە کەسییانە ببینیت کە لەلامانە و داوای "
                    "ڕاستکردنەوەی هەر زانیارییەکی نادروست بکەیت. زۆربەی زانیارییەکانت لە پەڕەی "
                    "هەژمارەکەتەوە نوێ دەکرێنەوە؛ بۆ هەر پرسیارێکی تری پەیوەست بە تایبەتمەندی، "
                    "لە ڕێگەی پەڕەی «پەیوەندیمان پێوە بکە»وە بۆمان بنووسە.</p>")),
            ],
        },
        "en": {
            "title": "Privacy notice",
            "introduction": (
                "This notice explains what personal data we collect when you use the portal, why "
                "we collect it, who can see it and how we protect it."),
            "search_description": (
                "How the Citizen E-Government portal collects, uses and protects your personal "
                "data, and what rights you have over it."),
            "body": [
                ("heading", {"text": "What we collect", "level": "h2"}),
                ("paragraph", (
                    "<p>When you create an account and submit a case, we collect:</p><ul>"
                    "<li>your full name;</li><li>your email address;</li><li>your mobile phone "
                    "number;</li><li>your place of residence, in Iraq or abroad;</li><li>the "
                    "content of your requests, complaints and suggestions, and any documents "
                    "you attach.</li></ul>")),
                ("heading", {"text": "Why we use it and who sees it", "level": "h2"}),
                ("paragraph", (
                    "<p>We use your data to register your case, route it to the competent body "
                    "and contact you about it, and to produce overall performance figures that "
                    "identify no one. Your case is seen only by the intake staff of the General "
                    "Secretariat of the Council of Ministers and the staff of the body it is "
                    "routed to. We do not sell your data or use it for any commercial "
                    "purpose.</p><p>We never send passwords by email. We confirm your address "
                    "with a verification link and you choose your own password. No member of "
                    "staff will ever ask you for it, so do not share it with anyone.</p>")),
                ("heading", {"text": "Publication and retention", "level": "h2"}),
                ("paragraph", (
                    "<p>We may publish some questions and answers to help other citizens, but "
                    "only with the consent of the person who asked and only after removing "
                    "anything that could identify them.</p><p>A finished case moves to the "
                    "archive 90 days after it is answered or closed. Five years after that, we "
                    "delete from it your name, phone number, email address, the text of your "
                    "case, its files and the messages about it. What remains (reference number, "
                    "body, category, dates and outcome) identifies no one and keeps the "
                    "performance figures right. The case then no longer appears in your list "
                    "of requests.</p>")),
                ("heading", {"text": "Your rights", "level": "h2"}),
                ("paragraph", (
                    "<p>You have the right to see the personal data we hold about you and to "
                    "have anything inaccurate corrected. You can update most of your details "
                    "from your account page; for any other privacy question, write to us "
                    "through the Contact us page.</p>")),
            ],
        },
    },
    {
        "slug": "terms",
        "show_contact_details": False,
        "ar": {
            "title": "شروط الاستخدام",
            "introduction": (
                "باستخدامك البوابة فإنك توافق على هذه الشروط، وقد وُضعت لتبقى الخدمة عادلة "
                "وسريعة لجميع المواطنين."),
            "search_description": (
                "شروط استخدام بوابة حكومة المواطن الإلكترونية: صحة المعلومات، والمرفقات "
                "المقبولة، وحدود الخدمة، وحالات الطوارئ."),
            "body": [
                ("heading", {"text": "ما نطلبه منك", "level": "h2"}),
                ("paragraph", (
                    "<ul><li>قدّم معلومات صحيحة ودقيقة، فالمعلومات غير الصحيحة تؤخر المعالجة "
                    "وقد تؤدي إلى رد الطلب.</li><li>التزم بلغة لائقة، فلا يُقبل أي محتوى مسيء "
                    "أو فيه تشهير أو تهديد أو تحريض على الكراهية.</li><li>قدّم طلباً واحداً لكل "
                    "موضوع، وتابِع طلبك القائم بدلاً من تكراره، إذ تُدمج الطلبات المكررة أو "
                    "تُحفظ.</li><li>أرفق المستندات المتعلقة بموضوعك فقط، بصيغة PDF أو JPEG أو "
                    "PNG أو WebP.</li></ul>")),
                ("heading", {"text": "حدود الخدمة", "level": "h2"}),
                ("paragraph", (
                    "<p>البوابة قناة للتواصل مع الجهات الحكومية ومتابعة معاملاتك لديها، وليست "
                    "بديلاً عن المحاكم ولا عن طرق الطعن والتظلم المقررة قانوناً. وتقديم الطلب "
                    "عبرها لا يوقف أي مدة قانونية ولا يمددها.</p>")),
                ("heading", {"text": "في حالات الطوارئ", "level": "h2"}),
                ("paragraph", (
                    "<p>لا تستخدم البوابة للإبلاغ عن حالة طارئة، فالطلبات لا تُعالَج في الحال. "
                    "اتصل مباشرة بـ:</p><ul><li>الشرطة: 104</li><li>الإسعاف: 122</li><li>الدفاع "
                    "المدني: 115</li></ul>")),
            ],
        },
        "ckb": {
            "title": "مەرجەکانی بەکارهێنان",
            "introduction": (
                "بە بەکارهێنانی دەروازەکە ڕەزامەندی لەسەر ئەم مەرجانە دەدەیت، کە دانراون بۆ "
                "ئەوەی خزمەتگوزارییەکە بۆ هەموو هاووڵاتیان دادپەروەر و خێرا بمێنێتەوە."),
            "search_description": (
                "مەرجەکانی بەکارهێنانی دەروازەی حکوومەتی ئەلیکترۆنی هاووڵاتی: زانیاریی ڕاست، "
                "هاوپێچە پەسەندکراوەکان، سنووری خزمەتگوزاری و حاڵەتی لەناکاو."),
            "body": [
                ("heading", {"text": "ئەوەی لێت داوا دەکەین", "level": "h2"}),
                ("paragraph", (
                    "<ul><li>زانیاریی ڕاست و ورد بدە؛ زانیاریی هەڵە کارەکە دوا دەخات و لەوانەیە "
                    "ببێتە هۆی ڕەتکردنەوەی داواکارییەکە.</li><li>زمانێکی ڕێزدار بەکاربهێنە؛ "
                    "ناوەڕۆکی سووکایەتیئامێز، بوختان، هەڕەشە یان هاندان بۆ ڕق و کینە "
                    "وەرناگیرێت.</li><li>بۆ هەر بابەتێک تەنها یەک داواکاری پێشکەش بکە، و لە "
                    "جیاتی دووبارەکردنەوە بەدوای داواکارییە کراوەکەتدا بچۆ؛ داواکارییە "
                    "دووبارەکان یەک دەخرێن یان دادەخرێن.</li><li>تەنها ئەو بەڵگەنامانە هاوپێچ "
                    "بکە کە پەیوەندییان بە بابەتەکەتەوە هەیە، بە شێوازی PDF، JPEG، PNG یان "
                    "WebP.</li></ul>")),
                ("heading", {"text": "سنووری خزمەتگوزارییەکە", "level": "h2"}),
                ("paragraph", (
                    "<p>دەروازەکە کەناڵێکە بۆ گەیشتن بە لایەنە حکوومییەکان و بەدواداچوونی "
                    "مامەڵەکانت لایان، نەک جێگرەوەی دادگاکان یان ڕێگا یاساییەکانی تانەدان و "
                    "سکاڵای فەرمی. پێشکەشکردنی داواکاری لێرەدا هیچ ماوەیەکی یاسایی ڕاناگرێت و "
                    "درێژیشی ناکاتەوە.</p>")),
                ("heading", {"text": "لە حاڵەتی لەناکاودا", "level": "h2"}),
                ("paragraph", (
                    "<p>دەروازەکە بۆ ڕاگەیاندنی حاڵەتی لەناکاو بەکارمەهێنە، چونکە داواکارییەکان "
                    "دەستبەجێ چارەسەر ناکرێن. ڕاستەوخۆ پەیوەندی بکە بە:</p><ul><li>پۆلیس: "
                    "104</li><li>ئەمبولانس: 122</li><li>بەرگریی شارستانی: 115</li></ul>")),
            ],
        },
        "en": {
            "title": "Terms of use",
            "introduction": (
                "By using the portal you agree to these terms, which are there to keep the "
                "service fair and quick for every citizen."),
            "search_description": (
                "Terms of use for the Citizen E-Government portal: accurate information, "
                "accepted attachments, limits of the service and emergencies."),
            "body": [
                ("heading", {"text": "What we ask of you", "level": "h2"}),
                ("paragraph", (
                    "<ul><li>Give true and accurate information; incorrect information delays "
                    "the work and may lead to the case being rejected.</li><li>Keep your "
                    "language respectful. Abusive, defamatory or threatening content, or "
                    "anything that stirs up hatred, will not be accepted.</li><li>Open one case "
                    "per subject. If you already have a case open, follow it up instead of "
                    "submitting it again; duplicates are merged or closed.</li><li>Attach only "
                    "documents that are relevant to your case, as PDF, JPEG, PNG or WebP "
                    "files.</li></ul>")),
                ("heading", {"text": "What the portal is not", "level": "h2"}),
                ("paragraph", (
                    "<p>The portal is a way to reach government bodies and follow up your "
                    "dealings with them. It does not replace the courts or the formal routes of "
                    "appeal and objection, and submitting a case here neither stops nor extends "
                    "any legal deadline.</p>")),
                ("heading", {"text": "Emergencies", "level": "h2"}),
                ("paragraph", (
                    "<p>Do not use the portal to report an emergency: cases are not handled in "
                    "real time. Call directly:</p><ul><li>Police: 104</li><li>Ambulance: "
                    "122</li><li>Civil defence: 115</li></ul>")),
            ],
        },
    },
    {
        "slug": "contact",
        "show_contact_details": True,
        "ar": {
            "title": "اتصل بنا",
            "introduction": "نحن هنا لمساعدتك في تقديم طلبك أو متابعته، عبر القناة التي تناسبك.",
            "search_description": (
                "قنوات التواصل مع دائرة شؤون المواطنين والعلاقات العامة: النموذج الإلكتروني "
                "والخط الساخن والبريد والمراجعة الشخصية."),
            "body": [
                ("heading", {"text": "قنوات التواصل", "level": "h2"}),
                ("paragraph", (
                    "<p>أسرع طريقة لتقديم طلب أو شكوى أو مقترح هي النموذج الإلكتروني في هذه "
                    "البوابة، إذ يُسجَّل طلبك فوراً برقم مرجعي ويمكنك متابعته في أي وقت. "
                    "وللاستفسارات العامة، أو إذا واجهت صعوبة في استخدام البوابة، اتصل بالخط "
                    "الساخن أو راسلنا بالبريد الإلكتروني خلال أوقات الدوام الرسمي.</p><p>ويمكنك "
                    "أيضاً مراجعة قسم استقبال المواطنين في الأمانة العامة لمجلس الوزراء شخصياً، "
                    "مصطحباً مستمسكاتك الرسمية وأي مستندات تتعلق بموضوعك.</p>")),
                ("question", {
                    "question": "ماذا أفعل إذا لم يصلني رد في المدة المحددة؟",
                    "answer": (
                        "<p>إذا تجاوز طلبك مدة الإنجاز المبيّنة في الإيصال دون رد، فأضف ملاحظة "
                        "على الطلب نفسه من صفحة متابعته، أو اتصل بالخط الساخن واذكر الرقم "
                        "المرجعي، وسنتابع الأمر مع الجهة المعنية.</p>"),
                }),
            ],
        },
        "ckb": {
            "title": "پەیوەندیمان پێوە بکە",
            "introduction": (
                "ئێمە لێرەین بۆ ئەوەی لە پێشکەشکردن یان بەدواداچوونی داواکارییەکەتدا یارمەتیت "
                "بدەین، لە ڕێگەی هەر کەناڵێکەوە کە بۆت گونجاوە."),
            "search_description": (
                "پەیوەندیکردن بە فەرمانگەی کاروباری هاووڵاتیان و پەیوەندییە گشتییەکانەوە: فۆڕمی "
                "ئەلیکترۆنی، هێڵی گەرم، ئیمەیڵ یان سەردانی ڕاستەوخۆ."),
            "body": [
                ("heading", {"text": "ڕێگاکانی پەیوەندیکردن", "level": "h2"}),
                ("paragraph", (
                    "<p>خێراترین ڕێگا بۆ پێشکەشکردنی داواکاری، سکاڵا یان پێشنیاز فۆڕمی "
                    "ئەلیکترۆنیی ئەم دەروازەیەیە: داواکارییەکەت دەستبەجێ بە ژمارەیەکی ئاماژە "
                    "تۆمار دەکرێت و هەر کاتێک بتەوێت دەتوانیت بەدوایدا بچیت. بۆ پرسیاری گشتی، "
                    "یان ئەگەر لە بەکارهێنانی دەروازەکەدا تووشی کێشە بوویت، لە کاتی دەوامی "
                    "فەرمیدا پەیوەندی بە هێڵی گەرمەوە بکە یان ئیمەیڵمان بۆ بنێرە.</p><p>هەروەها "
                    "دەتوانیت ڕاستەوخۆ سەردانی بەشی پێشوازیی هاووڵاتیان لە ئەمینداریی گشتیی "
                    "ئەنجومەنی وەزیران بکەیت؛ بەڵگەنامە فەرمییەکانی ناسنامەت و هەر بەڵگەیەکی "
                    "پەیوەست بە بابەتەکەت لەگەڵ خۆت بهێنە.</p>")),
                ("question", {
                    "question": "ئەگەر لە ماوەی دیاریکراودا وەڵامم وەرنەگرت چی بکەم؟",
                    "answer": (
                        "<p>ئەگەر داواکارییەکەت ماوەی جێبەجێکردنی سەر پسوڵەکەی تێپەڕاند و وەڵام "
                        "نەدرایەوە، لە پەڕەی بەدواداچوونەکەیەوە تێبینییەک بۆ داواکارییەکە زیاد "
                        "بکە، یان بە ژمارەی ئاماژەکەوە پەیوەندی بە هێڵی گەرمەوە بکە، ئێمەش لەگەڵ "
                        "لایەنی پەیوەندیدار بەدوایدا دەچین.</p>"),
                }),
            ],
        },
        "en": {
            "title": "Contact us",
            "introduction": (
                "We are here to help you submit or follow up a case, through whichever channel "
                "suits you best."),
            "search_description": (
                "How to reach the Department of Citizens' Affairs and Public Relations: online "
                "form, hotline, email or in person in Baghdad."),
            "body": [
                ("heading", {"text": "How to reach us", "level": "h2"}),
                ("paragraph", (
                    "<p>The quickest way to submit a request, complaint or suggestion is the "
                    "online form on this portal: your case is registered at once with a "
                    "reference number and you can follow it at any time. For general enquiries, "
                    "or if you have trouble using the portal, call the hotline or email us "
                    "during working hours.</p><p>You can also come in person to the citizens' "
                    "reception at the General Secretariat of the Council of Ministers; bring "
                    "your official identity documents and any papers related to your case.</p>")),
                ("question", {
                    "question": "What if I have not had an answer in time?",
                    "answer": (
                        "<p>If your case has passed the service level shown on your receipt "
                        "without an answer, add a note to it from its follow-up page, or call "
                        "the hotline and give your reference number, and we will take it up with "
                        "the body concerned.</p>"),
                }),
            ],
        },
    },
]

CONTACT = {
    "hotline": "5599",
    "phone": "+964 1 538 0000",
    "email": "citizens@cabinet.gov.iq",
    "address": {
        "ar": (
            "دائرة شؤون المواطنين والعلاقات العامة، الأمانة العامة لمجلس الوزراء، المنطقة "
            "الخضراء، الكرخ، بغداد، العراق"),
        "ckb": (
            "فەرمانگەی کاروباری هاووڵاتیان و پەیوەندییە گشتییەکان، ئەمینداریی گشتیی ئەنجومەنی "
            "وەزیران، ناوچەی سەوز، کەرخ، بەغدا، عێراق"),
        "en": (
            "Department of Citizens' Affairs and Public Relations, General Secretariat of the "
            "Council of Ministers, International Zone, Karkh, Baghdad, Iraq"),
    },
    "working_hours": {
        "ar": "من الأحد إلى الخميس، من الساعة 8:00 حتى الساعة 14:00",
        "ckb": "یەکشەممە تا پێنجشەممە، لە کاتژمێر 8:00 تا 14:00",
        "en": "Sunday to Thursday, 8:00 to 14:00",
    },
}
