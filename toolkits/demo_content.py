"""Demo text for the toolkits and case studies, written from the council's documents in ../shared/seeds/.

Sources: Annual Report 2019/20 (the Loneliness Toolkit, SHIRE grant case studies, consultation
practice), Annual Report 2020/21 (online engagement, community buildings, Botcheston), the draft
Communities Approach 2022-26 (parish and town councils) and the 2014 Communities Strategy consultation
(case studies, the building blocks, help in other languages). Support services, local phone numbers,
email addresses and the files are examples and say so. Case studies state only what the documents say.
"""

EXAMPLE_PHONE = "0116 000 0000"  # the site's example number (see home/demo/content.py)

# Example files, drawn by home.demo.media; keys are used below.
DOCUMENTS = {
    "booklet": {
        "title": "Tackling Loneliness in Leicestershire: booklet (example file)",
        "filename": "tackling-loneliness-booklet-example.pdf",
        "heading": "Tackling Loneliness in Leicestershire",
        "lines": [
            "Example file for the demonstration site.",
            "The real toolkit is an 8-page booklet with ideas to help",
            "with feelings of loneliness, local sources of support and",
            "how to get involved in community groups and activities.",
        ],
    },
    "summary": {
        "title": "Tackling Loneliness in Leicestershire: 2-sided summary (example file)",
        "filename": "tackling-loneliness-summary-example.pdf",
        "heading": "Tackling Loneliness: summary",
        "lines": [
            "Example file for the demonstration site.",
            "The real summary is a 2-sided A4 sheet with the key",
            "information from the Tackling Loneliness booklet.",
        ],
    },
    "engagement-plan": {
        "title": "Engagement planning checklist (example template)",
        "filename": "engagement-planning-checklist-example.pdf",
        "heading": "Engagement planning checklist",
        "lines": [
            "Example template for the demonstration site.",
            "1. What do we want to find out, and what can change?",
            "2. Who do we need to hear from, including seldom-heard groups?",
            "3. Which methods will we use?",
            "4. How long will people have to respond?",
            "5. How will we tell people what we decided, and why?",
        ],
    },
    "feedback": {
        "title": "You said, we did: feedback template (example template)",
        "filename": "you-said-we-did-template-example.pdf",
        "heading": "You said, we did",
        "lines": [
            "Example template for the demonstration site.",
            "What we asked:",
            "How many people took part, and how:",
            "What you told us:",
            "What we decided, and why:",
            "What happens next:",
        ],
    },
    "survey": {
        "title": "Short village survey (example template)",
        "filename": "village-survey-template-example.pdf",
        "heading": "Short village survey",
        "lines": [
            "Example template for the demonstration site.",
            "About the proposal: (one sentence in plain words)",
            "How would it affect you?",
            "What do you like about it? What would you change?",
            "How to reply, and the closing date:",
            "Ask us for this survey in large print, Easy Read or another language.",
        ],
    },
}


def _heading(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def _paragraph(html):
    return {"type": "paragraph", "value": html}


LONELINESS_TOOLKIT = {
    "slug": "tackling-loneliness",
    "title": "Tackling Loneliness in Leicestershire",
    "summary": (
        "Ideas to help with feelings of loneliness, where to find local support, and how to get involved "
        "in community groups, projects and activities."
    ),
    "search_description": (
        "The Tackling Loneliness in Leicestershire toolkit: getting help, looking after yourself, local "
        "support services and ways to get involved."
    ),
    "audience": "Residents, carers, community groups and professionals",
    "intro": (
        "<p>Anyone can feel lonely. This toolkit has ideas to help with feelings of loneliness, "
        "information about local sources of support, and ways to get involved in community groups, "
        "projects and activities.</p>"
        "<p>It was suggested in July 2019 by a group of local voluntary and community organisations, "
        "based on a similar toolkit made in Reading. The county council's Communities Board agreed it in "
        "September 2019. It was ready in December 2019 as an 8-page booklet with a shorter 2-sided "
        "summary.</p>"
        "<p>Read it chapter by chapter, view the whole toolkit on one page to print it, or download the "
        "booklet and the summary.</p>"
    ),
    "downloads": ["booklet", "summary"],
}

LONELINESS_CHAPTERS = [
    {
        "slug": "get-help-now",
        "title": "Get help now",
        "summary": "Who to call if you need to talk to someone now, or if someone is in danger.",
        "body": [
            {
                "type": "get_help_now",
                "value": {
                    "heading": "Who to call",
                    "introduction": "If you or someone else is in danger now, call 999.",
                    "lines": [
                        {
                            "name": "Samaritans",
                            "phone": "116 123",
                            "opening_times": "24 hours a day, every day",
                            "description": (
                                "Free national helpline. Talk about anything that is troubling you."
                            ),
                        },
                        {
                            "name": "NHS 111",
                            "phone": "111",
                            "opening_times": "24 hours a day, every day",
                            "description": (
                                "National NHS line for urgent medical help that is not an emergency."
                            ),
                        },
                        {
                            "name": "Emergency services",
                            "phone": "999",
                            "opening_times": "At any time",
                            "description": "If someone's life is at risk or they are in danger now.",
                        },
                        {
                            "name": "Communities Team (example number)",
                            "phone": EXAMPLE_PHONE,
                            "opening_times": "Monday to Friday, 9am to 5pm (example)",
                            "description": (
                                "Example local number for the demonstration site. The Communities Team "
                                "will confirm the real number before launch."
                            ),
                        },
                    ],
                },
            },
            _heading("If you feel lonely"),
            _paragraph(
                "<p>Feeling lonely is not your fault, and it can get better. Talking to someone is a good "
                "first step. That could be a friend, a neighbour, your GP or one of the services in this "
                "toolkit.</p>"
                "<p>If loneliness is affecting your health, talk to your GP surgery. They can put you in "
                "touch with local support.</p>"
            ),
            _heading("If you are worried about someone"),
            _paragraph(
                "<p>A phone call, a visit or a chat over the garden fence can make a real difference. "
                "If you think someone needs more help, the numbers above and the local support chapter "
                "of this toolkit can help.</p>"
            ),
        ],
    },
    {
        "slug": "understanding-loneliness",
        "title": "Understanding loneliness",
        "summary": "What loneliness is, who it affects, and what is being done about it in Leicestershire.",
        "body": [
            _heading("What loneliness is"),
            _paragraph(
                "<p>Loneliness is the feeling we get when we do not have the contact with other people "
                "that we want or need. It is different from being alone: some people live alone and do "
                "not feel lonely, and some people feel lonely with others around them.</p>"
            ),
            _heading("Who can feel lonely"),
            _paragraph(
                "<p>Loneliness can affect anyone, at any age. The Loneliness Summit held in Leicester in "
                "November 2018 looked at loneliness and social isolation among many groups, including:</p>"
                "<ul><li>young people</li><li>older people</li><li>people with disabilities</li>"
                "<li>people with mental health issues</li></ul>"
                "<p>Some moments in life can make loneliness more likely, such as a new diagnosis, "
                "caring for someone, losing someone close to you, or living in a rural area far from "
                "other people and services.</p>"
            ),
            {
                "type": "did_you_know",
                "value": {
                    "fact": (
                        "<p>In November 2018 the Government published its first strategy for tackling "
                        "loneliness, <b>A connected society</b>.</p>"
                    ),
                    "source": "Leicestershire Communities Annual Report 2019/20",
                },
            },
            _heading("What is happening in Leicestershire"),
            _paragraph(
                "<p>In November 2018 the county council and the University of Leicester held a Loneliness "
                "Summit at College Court in Leicester. People from the public sector, universities and "
                "voluntary and community organisations agreed to work together on loneliness.</p>"
                "<p>Since then, in 2019/20:</p>"
                "<ul><li>the council set up a Loneliness Project Team</li>"
                "<li>a chapter on loneliness was written for the Joint Strategic Needs Assessment</li>"
                "<li>a group of voluntary and community organisations was set up to take forward ideas "
                "from the summit; it suggested this toolkit</li></ul>"
            ),
        ],
    },
    {
        "slug": "looking-after-yourself",
        "title": "Looking after yourself",
        "summary": "Small steps that can help when you feel lonely.",
        "body": [
            _paragraph(
                "<p>There is no single answer to loneliness. These are ideas to try. Start with one that "
                "feels possible today.</p>"
            ),
            {
                "type": "checklist",
                "value": {
                    "heading": "Ideas to try",
                    "introduction": "Pick one to try this week.",
                    "items": [
                        "Get in touch with one person today, by phone, message or a visit",
                        "Say hello to a neighbour or someone you see often",
                        "Keep a routine: get up, get dressed and plan something for each day",
                        "Spend some time outdoors, for example a walk to the shops or the park",
                        "Try a group or activity near you, such as a lunch club or a library reading group",
                        "Learn to video call family and friends (ask about digital help sessions)",
                        "Offer to help someone else: volunteering is a good way to meet people",
                    ],
                },
            },
            {
                "type": "steps",
                "value": {
                    "heading": "Trying a new group",
                    "steps": [
                        {
                            "title": "Think about what you enjoy",
                            "text": "<p>Music, walking, crafts, gardening, a chat over a cup of tea.</p>",
                        },
                        {
                            "title": "Find something near you",
                            "text": "<p>Look at the local support chapter, or ask at your library.</p>",
                        },
                        {
                            "title": "Get in touch before you go",
                            "text": "<p>Ask if you can bring a friend, or if someone can meet you.</p>",
                        },
                        {
                            "title": "Give it more than one go",
                            "text": "<p>The first visit is often the hardest.</p>",
                        },
                    ],
                },
            },
        ],
    },
    {
        "slug": "local-support",
        "title": "Local support",
        "summary": "Find befriending, lunch clubs, carers' groups and other support near you.",
        "body": [
            _paragraph(
                "<p>Choose your district and the kind of support you are looking for. Every service listed "
                "here is an example for the demonstration site: its name, contact details and times are "
                "invented.</p>"
            ),
            {
                "type": "support_services",
                "value": {
                    "heading": "Find local support",
                    "introduction": "Services are listed in alphabetical order.",
                },
            },
            {
                "type": "inset",
                "value": (
                    "<p><b>Do you run a service?</b> Tell the Communities Team so it can be added to this "
                    "list (example contact: communities@example.gov.uk).</p>"
                ),
            },
        ],
    },
    {
        "slug": "getting-involved",
        "title": "Getting involved",
        "summary": "Volunteering and community groups: ways to meet people and help others.",
        "body": [
            _heading("Volunteering"),
            _paragraph(
                "<p>Volunteering can be anything from being a good neighbour to a formal role with "
                "training. As well as helping others, it can reduce isolation and loneliness, help you "
                "learn new skills, and give you experience to get back into work or change job.</p>"
            ),
            {
                "type": "did_you_know",
                "value": {
                    "fact": (
                        "<p>Good neighbour schemes in Leicestershire villages offer companionship and "
                        "practical help, arranged by a co-ordinator and given by volunteers.</p>"
                    ),
                    "source": "Communities Strategy consultation, 2014",
                },
            },
            _heading("Community groups and projects"),
            _paragraph(
                "<p>Community groups, village halls, libraries and faith groups run many activities where "
                "people can meet. The Communities Team's Friendly Communities of Leicestershire approach "
                "helps communities grow ideas that already work, such as Friendly Benches, Autism Friendly "
                "Environments and Dementia Friendly Communities. Ideas like these help people feel less "
                "isolated and lonely.</p>"
            ),
            {
                "type": "call_to_action",
                "value": {
                    "heading": "See what others have done",
                    "text": "Read about projects in Leicestershire, from a dementia café to a coffee van.",
                    "button_label": "Read the case studies",
                    "page": "case-studies",
                },
            },
        ],
    },
    {
        "slug": "for-professionals",
        "title": "For professionals",
        "summary": "Using the toolkit with the people you support, and where to refer them.",
        "body": [
            _paragraph(
                "<p>The toolkit has been asked for by residents, carers, professionals, GP surgeries and "
                "parish councils. You can use it with the people you support.</p>"
            ),
            {
                "type": "steps",
                "value": {
                    "heading": "Using the toolkit with someone",
                    "steps": [
                        {
                            "title": "Give them the summary",
                            "text": "<p>The 2-sided summary has the key information. Print it from the "
                            "downloads chapter.</p>",
                        },
                        {
                            "title": "Look at local support together",
                            "text": "<p>Filter by their district and what they enjoy or need.</p>",
                        },
                        {
                            "title": "Help them make the first contact",
                            "text": "<p>Offer to make the call with them, or check if a referral is "
                            "needed.</p>",
                        },
                    ],
                },
            },
            _heading("Support you can refer people to"),
            _paragraph(
                "<p>Leicestershire has several ways of supporting people early, before they need more "
                "intensive help. They include:</p>"
                "<ul><li><b>Local Area Coordination</b>: coordinators based in the community, with close "
                "links to local GP practices</li>"
                "<li><b>First Contact</b></li>"
                "<li><b>Social prescribing</b>, explained by the council's Public Health department at "
                "the launch of this toolkit</li>"
                "<li><b>Dementia Friends</b> and <b>Keep Safe Places</b></li></ul>"
            ),
            {
                "type": "did_you_know",
                "value": {
                    "fact": (
                        "<p>Over 1,000 copies of the 2-sided summary and around 500 copies of the 8-page "
                        "booklet have been given out.</p>"
                    ),
                    "source": "Leicestershire Communities Annual Report 2019/20",
                },
            },
        ],
    },
    {
        "slug": "downloads",
        "title": "Downloads",
        "summary": "The booklet and the 2-sided summary, to print or share.",
        "body": [
            {
                "type": "templates",
                "value": {
                    "heading": "Download the toolkit",
                    "items": [
                        {
                            "document": "booklet",
                            "description": "The full 8-page booklet. This is an example file.",
                        },
                        {
                            "document": "summary",
                            "description": "The 2-sided summary with the key information. An example file.",
                        },
                    ],
                },
            },
            {
                "type": "inset",
                "value": (
                    "<p>Need the toolkit in another format, such as large print? Contact the Communities "
                    "Team (example contact: communities@example.gov.uk).</p>"
                ),
            },
        ],
    },
]

ENGAGEMENT_TOOLKIT = {
    "slug": "community-engagement-toolkit",
    "title": "Community Engagement Toolkit for Parish and Town Councils",
    "summary": (
        "How parish and town councils can involve local people: planning an engagement, choosing "
        "methods, consulting well and making materials accessible."
    ),
    "search_description": (
        "The Community Engagement Toolkit for Parish and Town Councils in Leicestershire: planning, "
        "methods, consultation principles, accessible materials and templates."
    ),
    "audience": "Parish and town councils, parish meetings, clerks and councillors",
    "intro": (
        "<p>Leicestershire has 7 town councils, 160 parish councils and 55 parish meetings. They know "
        "their communities well and many provide local services.</p>"
        "<p>This toolkit helps councils involve local people in their work: why it matters, how to plan "
        "it, which methods to use, and how to consult in a fair and accessible way. The county council "
        "supports parish and town councils with the Leicestershire and Rutland Association of Local "
        "Councils (LRALC).</p>"
    ),
    "downloads": ["engagement-plan", "feedback"],
}

ENGAGEMENT_CHAPTERS = [
    {
        "slug": "why-engage",
        "title": "Why engage",
        "summary": "Why involving local people leads to better decisions.",
        "body": [
            _paragraph(
                "<p>People who live and work in an area know it best. Involving them early helps a council "
                "understand what matters locally, find ideas it had not thought of and make decisions "
                "people understand, even when not everyone agrees.</p>"
            ),
            _heading("Hear from everyone"),
            _paragraph(
                "<p>The council's Communities Strategy asks communities to understand the needs of "
                "<b>all</b> sections of their community, particularly the most vulnerable and the "
                "hardest to reach. The people who come to every meeting are not the only voices.</p>"
            ),
            _heading("Involve people before decisions are made"),
            _paragraph(
                "<p>Engagement works best when people can still influence the outcome. Talk to people "
                "while there is time to change the plan.</p>"
            ),
            {
                "type": "quote",
                "value": {
                    "quote": (
                        "There has to be honest discussions about the reality of potential cuts to "
                        "services, and communities need to think about what they could do to protect those "
                        "services that are vital to their local area – to think about what they would be "
                        "prepared to lose in favour of those that they would not want to lose."
                    ),
                    "attribution": (
                        "A message from the county council's survey of over 140 people and organisations "
                        "about the role of communities, quoted in its 2014 Communities Strategy"
                    ),
                },
            },
        ],
    },
    {
        "slug": "planning-an-engagement",
        "title": "Planning an engagement",
        "summary": "Six steps to plan how you will involve people.",
        "body": [
            {
                "type": "steps",
                "value": {
                    "heading": "Six steps",
                    "steps": [
                        {
                            "title": "Be clear what you want to find out",
                            "text": "<p>Say what is already decided and what people can still change.</p>",
                        },
                        {
                            "title": "Decide who you need to hear from",
                            "text": "<p>Think about who is affected and who you do not usually hear "
                            "from.</p>",
                        },
                        {
                            "title": "Choose your methods",
                            "text": "<p>Use more than one, so everyone has a way to take part.</p>",
                        },
                        {
                            "title": "Set a timetable",
                            "text": "<p>Give people enough time to respond and avoid holiday periods "
                            "if you can.</p>",
                        },
                        {
                            "title": "Prepare clear, accessible materials",
                            "text": "<p>See the chapter on accessible materials.</p>",
                        },
                        {
                            "title": "Plan how you will feed back",
                            "text": "<p>Decide now when and how you will tell people what you decided.</p>",
                        },
                    ],
                },
            },
            {
                "type": "inset",
                "value": (
                    "<p>Check what else is being asked of your community at the same time. The county "
                    "council tries to co-ordinate its own engagement to avoid “engagement overload”.</p>"
                ),
            },
        ],
    },
    {
        "slug": "choosing-methods",
        "title": "Choosing methods",
        "summary": "Surveys, drop-in events, online engagement, young people and seldom-heard groups.",
        "body": [
            _paragraph(
                "<p>Most engagements use a mix of methods. The county council uses its website and online "
                "questionnaires, meetings with people who use services, and materials in other formats, "
                "such as British Sign Language and display models.</p>"
            ),
            _heading("Surveys"),
            _paragraph(
                "<p>Surveys reach many people and are easy to count. Keep them short, explain the proposal "
                "in plain words, and offer paper copies as well as an online form.</p>"
            ),
            _heading("Drop-in events"),
            _paragraph(
                "<p>A drop-in at the village hall, library or a local event lets people look at plans, ask "
                "questions and talk to councillors at a time that suits them.</p>"
            ),
            _heading("Online engagement"),
            _paragraph(
                "<p>During the Covid-19 pandemic the county council moved almost all its engagement online. "
                "It ran focus groups by video call and online exhibitions where people could look at maps "
                "and diagrams, comment on proposals and ask questions. It also trialled Mentimeter, an "
                "interactive presentation tool.</p>"
                "<p>Online methods do not reach everyone. The council found that digital poverty, literacy "
                "levels and other barriers still stop many people getting involved, so keep offering "
                "other ways to take part.</p>"
            ),
            _heading("Working with young people"),
            _paragraph(
                "<p>Involve young people in things that affect them, where they already are: schools, "
                "youth clubs and youth cafés. When Birstall extended its youth café, youth workers and young "
                "people helped with the interior design and painted the walls.</p>"
            ),
            _heading("Seldom-heard groups"),
            _paragraph(
                "<p>Some people are rarely heard in consultations: people who are isolated, disabled, "
                "caring for someone, working long hours or who speak little English. Go to them through "
                "groups they trust, offer materials in other formats and languages, and ask how they would "
                "like to take part.</p>"
            ),
            {
                "type": "did_you_know",
                "value": {
                    "fact": (
                        "<p>In 2020/21 the county council ran 16 formal consultations and 3 large informal "
                        "engagement projects.</p>"
                    ),
                    "source": "Leicestershire Communities Annual Report 2020/21",
                },
            },
        ],
    },
    {
        "slug": "consultation-principles",
        "title": "Consultation principles",
        "summary": "Clear proposals, enough time to respond and feedback on the outcome.",
        "body": [
            _paragraph(
                "<p>The county council found that its most effective consultations had specific "
                "proposals, so people could comment on what they would mean for them; used clear and "
                "concise language; were about a topic of immediate interest; and had easy, accessible ways "
                "to respond.</p>"
            ),
            _heading("Clear proposals"),
            _paragraph(
                "<p>Say exactly what you are proposing, why, and what the choices are. Explain what will "
                "happen if nothing changes.</p>"
            ),
            _heading("Enough time"),
            _paragraph(
                "<p>Give people enough time to find out about the consultation, think about it and reply. "
                "Say the closing date everywhere you publicise it.</p>"
            ),
            _heading("Feedback on the outcome"),
            _paragraph(
                "<p>Tell people what you heard, what you decided and why, even if the answer is not what "
                "they wanted to hear. A short “you said, we did” note in the parish newsletter, on the "
                "noticeboard and online is enough.</p>"
            ),
            {
                "type": "checklist",
                "value": {
                    "heading": "Before you launch a consultation",
                    "items": [
                        "The proposal is specific and explained in plain words",
                        "People know what can still change",
                        "There is a closing date and enough time to respond",
                        "There are easy ways to respond, online and on paper",
                        "You know how and when you will report back",
                    ],
                },
            },
        ],
    },
    {
        "slug": "accessible-materials",
        "title": "Accessible materials",
        "summary": "Making consultation materials everyone can read and respond to.",
        "body": [
            _paragraph(
                "<p>If people cannot read or understand your materials, they cannot take part. Plan "
                "accessible formats from the start, not when someone asks.</p>"
            ),
            {
                "type": "checklist",
                "value": {
                    "heading": "Checklist for your materials",
                    "items": [
                        "Use plain words and short sentences",
                        "Use a clear font at a readable size, with good contrast",
                        "Describe maps and pictures in words as well",
                        "Offer large print and Easy Read versions",
                        "Say how to ask for another language or British Sign Language",
                        "Give a phone number as well as an email address and a website",
                    ],
                },
            },
            {
                "type": "did_you_know",
                "value": {
                    "fact": (
                        "<p>The county council's 2014 strategy consultation offered an Easy Read version, "
                        "and a phone number for help to understand it in other languages, including "
                        "Gujarati, Bengali, Urdu and Chinese.</p>"
                    ),
                    "source": "Communities Strategy consultation, 2014",
                },
            },
        ],
    },
    {
        "slug": "templates-and-checklists",
        "title": "Templates and checklists",
        "summary": "Templates to adapt for your own engagement.",
        "body": [
            {
                "type": "templates",
                "value": {
                    "heading": "Templates",
                    "items": [
                        {
                            "document": "engagement-plan",
                            "description": "Plan your engagement in five questions. Example template.",
                        },
                        {
                            "document": "survey",
                            "description": "A short survey to adapt for your village. Example template.",
                        },
                        {
                            "document": "feedback",
                            "description": "Report back to people on what you decided. Example template.",
                        },
                    ],
                },
            },
            {
                "type": "checklist",
                "value": {
                    "heading": "Engagement checklist",
                    "items": [
                        "We know what we want to find out and what can change",
                        "We have listed who is affected, including seldom-heard groups",
                        "We are using more than one method",
                        "Our materials are clear and accessible",
                        "We have set a closing date and a date to report back",
                        "We have told people what we decided, and why",
                    ],
                },
            },
        ],
    },
]

# Example support services: invented names and contact details, each marked "(example)".
_EXAMPLE_NOTE = " This is an example service for the demonstration site."
ALL_DISTRICTS = [
    "blaby",
    "charnwood",
    "harborough",
    "hinckley-and-bosworth",
    "melton",
    "north-west-leicestershire",
    "oadby-and-wigston",
]

SUPPORT_SERVICES = [
    {
        "name": "Friendly Voices telephone befriending (example)",
        "organisation": "Example Befriending Charity",
        "description": "A weekly friendly phone call from a trained volunteer." + _EXAMPLE_NOTE,
        "who_it_is_for": "Adults who feel lonely or cut off, anywhere in Leicestershire",
        "categories": ["befriending", "older-people"],
        "districts": ALL_DISTRICTS,
        "phone": "0116 000 0101",
        "email": "friendly.voices@example.org",
        "website": "https://example.org/friendly-voices",
        "opening_times": "Monday to Friday, 10am to 4pm (example)",
        "cost": "Free",
        "charge": "free",
        "audience": "everyone",
        "how_to_refer": "Call to refer yourself, or ask a relative, your GP or a Local Area Coordinator.",
    },
    {
        "name": "Charnwood good neighbours visiting scheme (example)",
        "organisation": "Example Good Neighbours Group",
        "description": "Volunteers visit for a chat and a cup of tea, and can help with small jobs."
        + _EXAMPLE_NOTE,
        "who_it_is_for": "Anyone living in Charnwood who would like a regular visitor",
        "categories": ["befriending", "volunteering"],
        "districts": ["charnwood"],
        "phone": "0116 000 0102",
        "email": "good.neighbours@example.org",
        "website": "",
        "opening_times": "Co-ordinator answers calls 8am to 8pm every day (example)",
        "cost": "Free",
        "charge": "free",
        "audience": "everyone",
        "how_to_refer": "Call the co-ordinator, who will arrange a DBS-checked volunteer.",
    },
    {
        "name": "Harborough Friday lunch club (example)",
        "organisation": "Example Community Centre",
        "description": "A hot two-course lunch and a chat every Friday." + _EXAMPLE_NOTE,
        "who_it_is_for": "Older people in and around Market Harborough",
        "categories": ["lunch-clubs", "older-people"],
        "districts": ["harborough"],
        "phone": "0116 000 0103",
        "email": "",
        "website": "",
        "opening_times": "Fridays, 12 noon to 2pm (example)",
        "cost": "£4 for lunch (example)",
        "charge": "paid",
        "audience": "older-people",
        "address": "A community centre in Market Harborough (example venue)",
        "town": "Market Harborough",
        "accessibility": "Step-free entrance and an accessible toilet (example)",
        "how_to_refer": "Just come along, or call to book transport.",
    },
    {
        "name": "Carers coffee morning (example)",
        "organisation": "Example Carers Network",
        "description": "Time out with other carers, with information and a listening ear." + _EXAMPLE_NOTE,
        "who_it_is_for": "Anyone caring for a relative, partner or friend",
        "categories": ["carers"],
        "districts": ["blaby", "oadby-and-wigston"],
        "phone": "0116 000 0104",
        "email": "carers.coffee@example.org",
        "website": "",
        "opening_times": "First Wednesday of the month, 10am to 12 noon (example)",
        "cost": "Free",
        "charge": "free",
        "audience": "carers",
        "address": "A community café in Wigston (example venue)",
        "town": "Wigston",
        "accessibility": "Step-free entrance; a quiet room is available (example)",
        "how_to_refer": "Come along, or call first if you would like someone to meet you.",
    },
    {
        "name": "Talking Together peer support group (example)",
        "organisation": "Example Wellbeing Charity",
        "description": "A friendly group for people who feel low or anxious, led by trained volunteers."
        + _EXAMPLE_NOTE,
        "who_it_is_for": "Adults aged 18 and over",
        "categories": ["mental-health"],
        "districts": ["north-west-leicestershire", "hinckley-and-bosworth"],
        "phone": "0116 000 0105",
        "email": "talking.together@example.org",
        "website": "https://example.org/talking-together",
        "opening_times": "Tuesday evenings, 6pm to 8pm (example)",
        "cost": "Free",
        "charge": "free",
        "audience": "mental-health",
        "address": "A church hall in Coalville (example venue)",
        "town": "Coalville",
        "how_to_refer": "Refer yourself by phone or email.",
    },
    {
        "name": "Melton bereavement drop-in (example)",
        "organisation": "Example Bereavement Support",
        "description": "A quiet space to talk with others who have lost someone close." + _EXAMPLE_NOTE,
        "who_it_is_for": "Anyone who has been bereaved",
        "categories": ["bereavement"],
        "districts": ["melton"],
        "phone": "0116 000 0106",
        "email": "",
        "website": "",
        "opening_times": "Second and fourth Thursday of the month, 2pm to 4pm (example)",
        "cost": "Free",
        "charge": "free",
        "audience": "everyone",
        "address": "A community hall in Melton Mowbray (example venue)",
        "town": "Melton Mowbray",
        "how_to_refer": "Just come along.",
    },
    {
        "name": "Get Online digital help sessions (example)",
        "organisation": "Example Digital Inclusion Project",
        "description": "Help to use a phone, tablet or computer, for example to video call family."
        + _EXAMPLE_NOTE,
        "who_it_is_for": "Anyone who wants help to get online",
        "categories": ["digital-help"],
        "districts": ["hinckley-and-bosworth", "north-west-leicestershire", "blaby"],
        "phone": "0116 000 0107",
        "email": "get.online@example.org",
        "website": "",
        "opening_times": "Weekly sessions in libraries; call for times (example)",
        "cost": "Free",
        "charge": "free",
        "audience": "everyone",
        "how_to_refer": "Call to book a session.",
    },
    {
        "name": "Village car scheme (example)",
        "organisation": "Example Community Transport",
        "description": "Volunteer drivers take people to appointments, the shops and activities."
        + _EXAMPLE_NOTE,
        "who_it_is_for": "People who cannot use public transport or have none nearby",
        "categories": ["transport", "older-people"],
        "districts": ["melton", "harborough"],
        "phone": "0116 000 0108",
        "email": "",
        "website": "",
        "opening_times": "Book Monday to Friday, 9am to 1pm (example)",
        "cost": "A mileage charge; ask when you book (example)",
        "charge": "paid",
        "audience": "older-people",
        "how_to_refer": "Call at least two days before your journey.",
    },
    {
        "name": "Youth drop-in and peer support (example)",
        "organisation": "Example Youth Project",
        "description": "A safe place to meet friends, with youth workers to talk to." + _EXAMPLE_NOTE,
        "who_it_is_for": "Young people aged 11 to 18",
        "categories": ["young-people", "mental-health"],
        "districts": ["charnwood", "oadby-and-wigston"],
        "phone": "0116 000 0109",
        "email": "youth.dropin@example.org",
        "website": "",
        "opening_times": "Monday and Wednesday, 4pm to 7pm (example)",
        "cost": "Free",
        "how_to_refer": "Just come along.",
    },
    {
        "name": "Walk and talk befriending group (example)",
        "organisation": "Example Walking Group",
        "description": "Short, gentle walks with time for a chat afterwards." + _EXAMPLE_NOTE,
        "who_it_is_for": "Anyone who would like company on a walk",
        "categories": ["befriending"],
        "districts": ["melton", "harborough"],
        "phone": "0116 000 0110",
        "email": "",
        "website": "",
        "opening_times": "Saturdays, 10am (example)",
        "cost": "Free",
        "charge": "free",
        "audience": "everyone",
        "how_to_refer": "Call to find out where the walk starts.",
    },
]

# Case studies: only what the seed documents say. "illustrates" names (toolkit slug, chapter slug).
LONELINESS = "tackling-loneliness"
ENGAGEMENT = "community-engagement-toolkit"

CASE_STUDIES = [
    {
        "slug": "market-harborough-dementia-cafe",
        "title": "Market Harborough Dementia Café",
        "summary": (
            "A café set up by volunteers in 2011 for people newly diagnosed with dementia and the people "
            "who care for them."
        ),
        "organisation": "Local volunteers, in partnership with the NHS Community Mental Health Team",
        "place": "Market Harborough",
        "district": "harborough",
        "funding_amount": None,
        "funding_source": "A two-year sponsorship from Sainsbury's supermarket in Harborough",
        "themes": ["dementia", "carers", "loneliness", "older-people", "volunteering"],
        "illustrates": [(LONELINESS, "understanding-loneliness"), (LONELINESS, "getting-involved")],
        "body": [
            _paragraph(
                "<p>Harborough has the highest proportion of people aged 65 and over in the county. "
                "Before starting, volunteers checked the need for a new service and spoke to many care "
                "groups.</p>"
                "<p>The café was set up in 2011 to support people newly diagnosed with dementia and their "
                "families. At its sessions people come together with those they care for, have time out, "
                "share information and meet others. Speakers talk about topics members are interested "
                "in, and there are activities such as laughing yoga. Above all, each meeting is a chance "
                "for coffee, cake and conversation.</p>"
            ),
            _heading("How it has grown"),
            _paragraph(
                "<ul><li>a members' resource library</li>"
                "<li>memory workshops at the monthly meetings</li>"
                "<li>a Singing for Memories group, on the first Tuesday of the month at the same "
                "venue</li></ul>"
            ),
            _heading("Who helped"),
            _paragraph(
                "<p>The NHS Community Mental Health Team, which has a partnership agreement with the café, "
                "and Voluntary Action South Leicestershire helped set it up. Sainsbury's in Harborough "
                "sponsored it for two years with funding and provisions, and some of its staff became "
                "volunteers. The Rotary Club of Market Harborough and Robert Smyth Academy put on a "
                "Christmas concert with the school's jazz band.</p>"
            ),
        ],
        "outcomes": (
            "<p>More than 120 people signed up as members between March 2011 and the 2014 Communities "
            "Strategy consultation, and new members kept joining.</p>"
            "<p>The café was one of the few places in Harborough district supporting both people with "
            "dementia and their carers.</p>"
        ),
        "contact": "",
    },
    {
        "slug": "long-clawson-good-neighbour-scheme",
        "title": "Long Clawson Good Neighbour Scheme",
        "summary": (
            "Volunteers in Long Clawson offer companionship and practical help to anyone in the village, "
            "arranged by a co-ordinator."
        ),
        "organisation": "Long Clawson Good Neighbour Scheme",
        "place": "Long Clawson",
        "district": "melton",
        "funding_amount": 3847,
        "funding_source": "Leicestershire County Council (part of the cost)",
        "themes": ["loneliness", "volunteering", "older-people", "rural-communities", "transport"],
        "illustrates": [(LONELINESS, "getting-involved")],
        "body": [
            _paragraph(
                "<p>The scheme is open to everyone in the village. A co-ordinator can be called between "
                "8am and 8pm every day, and arranges for one of the registered, DBS-checked volunteers to "
                "help. The help on offer includes:</p>"
                "<ul><li>companionship: a chat and a cup of tea, or a game of Scrabble</li>"
                "<li>support while recovering from illness, such as gardening, taking children to "
                "school, light housework, caring for pets, and transport to hospital, doctors, "
                "opticians, hairdressers, dentists or the shops</li>"
                "<li>household jobs such as changing light bulbs, replacing batteries or moving small "
                "items of furniture</li>"
                "<li>help writing letters or filling in forms, reading to people with a visual impairment, "
                "and learning to use email and the internet</li></ul>"
            ),
        ],
        "outcomes": (
            "<p>The county council's 2014 Communities Strategy described the scheme as a good example of "
            "early support that can help people stay well at home, for example by helping to avoid a fall "
            "that could lead to a hospital stay.</p>"
        ),
        "contact": "",
    },
    {
        "slug": "anstey-and-thurcaston-footpath",
        "title": "Anstey and Thurcaston footpath",
        "summary": (
            "Two parish councils and 20 volunteers built a footpath between Anstey and Thurcaston, "
            "where the only walking routes were two miles over fields or along a 60mph road."
        ),
        "organisation": "Anstey Parish Council and Thurcaston & Cropston Parish Council",
        "place": "Anstey and Thurcaston",
        "district": "charnwood",
        "funding_amount": 9311,
        "funding_source": "Leicestershire County Council, with £1,000 from each parish council",
        "themes": ["parish-and-town-councils", "volunteering", "transport"],
        "illustrates": [(ENGAGEMENT, "why-engage"), (ENGAGEMENT, "planning-an-engagement")],
        "body": [
            _paragraph(
                "<p>The need was first raised by a local mum who walked her children to playgroup in "
                "Thurcaston. The shortest walking route between the villages was two miles over fields. "
                "The road was quicker, but there was no room to walk beside it and the speed limit was "
                "60mph.</p>"
            ),
            _heading("How the two councils worked together"),
            _paragraph(
                "<p>The two parish councils set up a joint committee and shared the organising. Anstey "
                "Parish Council arranged storage and transport of materials and got landowners' "
                "permission to cut back hedgerows. Its Quality Parish Council status, which gave it the "
                "general power of competence, helped with the legal side. Thurcaston & Cropston Parish "
                "Council provided many of the volunteers.</p>"
                "<p>In September 2012, 20 volunteers laid the footpath, helped by two excavator "
                "operators.</p>"
            ),
            _heading("Local support"),
            _paragraph(
                "<p>The Co-op provided lunch for volunteers each day at a reduced cost. E L Fencing lent "
                "its driveway for vehicles and for storing materials, with tea and coffee. Park View "
                "Riding School took the spare soil.</p>"
                "<p>The county council identified who owned the land, provided reports on BT lines and "
                "sewer pipes, organised the road closure and looked into liability. A highways engineer "
                "was on site every day. The parish councils now maintain the path under a legal agreement "
                "with the county council.</p>"
            ),
        ],
        "outcomes": (
            "<ul><li>The project was finished on time and on budget, thanks to the volunteers.</li>"
            "<li>People can now walk between the two villages: parents with children, dog walkers, "
            "joggers, and children walking home to Thurcaston from Anstey Martin High School instead of "
            "relying on lifts.</li>"
            "<li>There is safe walking access to the riding school, and less traffic on Anstey Lane.</li>"
            "</ul>"
        ),
        "contact": "",
    },
    {
        "slug": "birstall-youth-cafe",
        "title": "Birstall Youth Café",
        "summary": (
            "Birstall Parish Council extended its pavilion to expand its youth café, which works with "
            "young people who are hard to reach."
        ),
        "organisation": "Birstall Parish Council",
        "place": "Birstall",
        "district": "charnwood",
        "funding_amount": 9250,
        "funding_source": "Big Society Grant Fund, Leicestershire County Council",
        "themes": ["young-people", "community-buildings", "parish-and-town-councils"],
        "illustrates": [(ENGAGEMENT, "choosing-methods")],
        "body": [
            _paragraph(
                "<p>The grant helped Birstall Parish Council expand its youth facilities and activities, "
                "including the youth café. After planning permission was granted, the pavilion was "
                "extended to give the café more meeting and activity space.</p>"
                "<p>The extra space allows more activities, including alternative curriculum activities "
                "for young people who are hard to reach or disaffected. Counselling, education and skills "
                "work grew to include sexual health awareness, tobacco, drug and alcohol awareness, and "
                "behavioural contracts. Other community groups, such as fun and family groups, use the "
                "building too.</p>"
            ),
            _heading("Who was involved"),
            _paragraph(
                "<p>All twenty parish councillors took an active interest, and the contractors were all "
                "local firms. Four youth workers and many of the café's young members helped with the "
                "interior design, such as the flooring, and painted the walls.</p>"
            ),
        ],
        "outcomes": (
            "<p>The council's 2014 Communities Strategy reported a notable reduction in anti-social "
            "behaviour. The café became a model for other parishes: Mountsorrel, Barrow upon Soar and "
            "Anstey were keen to follow Birstall's approach.</p>"
        ),
        "contact": "",
    },
    {
        "slug": "rcc-rural-coffee-connect",
        "title": "RCC Rural Coffee Connect",
        "summary": (
            "A pop-up mobile coffee van to visit 20 rural locations, reaching people who are isolated "
            "and helping them feel less lonely."
        ),
        "organisation": "RCC",
        "place": "",
        "district": "",
        "funding_amount": 10000,
        "funding_source": "SHIRE Community Grant, Leicestershire County Council (2019/20)",
        "themes": ["loneliness", "rural-communities", "grants-and-funding"],
        "illustrates": [(LONELINESS, "understanding-loneliness"), (LONELINESS, "local-support")],
        "body": [
            _paragraph(
                "<p>RCC was awarded £10,000 in 2019/20 towards a pop-up mobile coffee van to travel to 20 "
                "rural locations around the county.</p>"
                "<p>The van aims to reach people who are isolated in rural areas, break down social "
                "barriers, and connect people with others in their community and with local activities "
                "and services, to reduce loneliness and improve health and wellbeing.</p>"
            ),
        ],
        "outcomes": "",
        "contact": "",
    },
    {
        "slug": "new-life-community-church-food-bank",
        "title": "New Life Community Church food bank",
        "summary": (
            "A church food bank in Loughborough that gave emergency food to over 130 people, "
            "with a grant for a part-time Food Bank Manager."
        ),
        "organisation": "New Life Community Church",
        "place": "Gorse Covert, Loughborough",
        "district": "charnwood",
        "funding_amount": None,
        "funding_source": "SHIRE Community Grant, Leicestershire County Council (2019/20)",
        "themes": ["food", "volunteering", "grants-and-funding"],
        "illustrates": [],
        "body": [
            _paragraph(
                "<p>New Life Community Church, in the Gorse Covert area of Loughborough, set up a food "
                "bank in December 2019.</p>"
                "<p>As more people needed the food bank, it became clear that someone was needed to "
                "oversee it. A grant let the church recruit a part-time, paid Food Bank Manager to "
                "co-ordinate its work, train and supervise volunteers, and make sure the service is run to "
                "a high standard.</p>"
            ),
        ],
        "outcomes": "<p>The food bank provided emergency food for over 130 people.</p>",
        "contact": "",
    },
    {
        "slug": "botcheston-village-hall-support-network",
        "title": "Botcheston Village Hall support network",
        "summary": (
            "During the Covid-19 pandemic the village hall became a shopping hub for food for local "
            "people who were isolating."
        ),
        "organisation": "Botcheston Support Network",
        "place": "Botcheston",
        "district": "hinckley-and-bosworth",
        "funding_amount": None,
        "funding_source": "",
        "themes": ["community-buildings", "food", "volunteering", "loneliness"],
        "illustrates": [(LONELINESS, "getting-involved")],
        "body": [
            _paragraph(
                "<p>Botcheston Village Hall was the base for the Botcheston Support Network. It was used "
                "as a shopping hub: food was bought wholesale and given out to local people who were "
                "isolating.</p>"
                "<p>During the pandemic the county council's support for community buildings focused on "
                "information, advice and guidance, from lockdown rules and Covid-secure measures to "
                "funding, foodbanks and trustee meetings. Training for people who run village halls "
                "continued by webinar, including on loneliness.</p>"
            ),
        ],
        "outcomes": "",
        "contact": "",
    },
]

FEATURED_CASE_STUDIES = [
    "market-harborough-dementia-cafe",
    "long-clawson-good-neighbour-scheme",
    "rcc-rural-coffee-connect",
]
