"""Demo page text for the Leicestershire Communities site.

Facts come from the council's documents in /work/shared/seeds/. Anything that is
only an example (contact details, privacy and accessibility wording) is marked as
an example in the text and must be confirmed by the Communities Team before launch.
"""

from django.conf import settings

RETENTION_DAYS = settings.PERSONAL_DATA_RETENTION_DAYS

HOME = {
    "title": "Leicestershire Communities",
    "seo_title": "Leicestershire Communities | Leicestershire County Council",
    "search_description": (
        "Information, toolkits and local pages to help people in Leicestershire "
        "take part in and support their communities."
    ),
    "hero_heading": "Helping Leicestershire communities to be strong and resilient",
    "hero_text": (
        "Find out about community managed libraries, neighbourhood planning and our toolkits. "
        "Read how local people have made a difference where they live."
    ),
    "intro": (
        "<p>This website is run by the Communities Team at Leicestershire County Council. "
        "It shares information, tools and ideas to help people and groups take part "
        "in their communities.</p>"
        "<p>Some pages are kept up to date by local volunteers, such as people from "
        "community managed libraries and the Neighbourhood Planning Network.</p>"
        "<p>The Communities Team's mission is: “Together we will empower Leicestershire "
        "Communities to become Strong, Resilient, Happier and Healthier”.</p>"
    ),
}

COMMUNITIES_NETWORK_PAGE = {
    "slug": "join-the-communities-network",
    "title": "Join the Communities Network",
    "summary": "Get news, information on upcoming events and ideas for community action in Leicestershire.",
    "intro": (
        "<p>The Communities Network is for individuals and groups who want to take part in their "
        "communities. Members hear from the Communities Team at Leicestershire County Council.</p>"
    ),
    "purpose": (
        "<p>Example wording: the Communities Team will use your name, email address, area and interests "
        "only to send you news, information on upcoming events and invitations about community action "
        "in Leicestershire. Every email has a link to leave, and leaving deletes your details. See the "
        "privacy notice.</p>"
    ),
    "thank_you": "<p>We will email you with news and upcoming events.</p>",
}

SECTIONS = [
    {
        "factory": "libraries.factories.LibraryIndexPageFactory",
        "slug": "community-managed-libraries",
        "title": "Community managed libraries",
        "summary": (
            "Find a library run by local volunteers and see what it offers, "
            "from books to work clubs and meeting space."
        ),
        "search_description": (
            "Community managed libraries in Leicestershire: libraries run by local volunteers "
            "that are also hubs for their community."
        ),
        "intro": (
            "<p>Community managed libraries are run by local volunteers. "
            "They are part of the Leicestershire Library Service.</p>"
            "<p>Leicestershire County Council's annual reports for 2019/20 and 2020/21 both "
            "count 35 community managed libraries in the county.</p>"
            "<p>As well as the usual library services, the libraries are hubs for their area. "
            "Between them they offer:</p>"
            "<ul><li>adult learning</li><li>work clubs</li><li>Keep Safe Places</li>"
            "<li>café facilities</li><li>meeting areas for community groups</li>"
            "<li>bases for Local Area Coordination</li></ul>"
            "<p>Libraries have their own pages on this website, which their volunteers update. "
            "The Communities Team works with the Communities and Wellbeing Service and "
            "Voluntary Action Leicestershire to help the libraries work together and "
            "stay strong for the future.</p>"
        ),
    },
    {
        "factory": "neighbourhood.factories.NeighbourhoodPlanningIndexPageFactory",
        "slug": "neighbourhood-planning",
        "title": "Neighbourhood planning",
        "summary": (
            "Find out how local people can write a plan for how their area grows, "
            "and see where each plan has got to."
        ),
        "search_description": (
            "Neighbourhood planning in Leicestershire: what a neighbourhood plan is, the stages "
            "of a plan and support from the Communities Team."
        ),
        "intro": (
            "<p>A neighbourhood plan is written by the people who live and work in an area. "
            "It sets out a shared vision for the area. It helps shape how the area grows "
            "and develops.</p>"
            "<p>In outline, a plan goes through these stages:</p>"
            "<ol><li>The area the plan will cover is agreed. This is called a designated "
            "area.</li>"
            "<li>A local group writes the plan with local people.</li>"
            "<li>People are asked for their views on the draft plan.</li>"
            "<li>An independent examiner checks the plan.</li>"
            "<li>Local people vote on the plan in a referendum.</li>"
            "<li>If the vote is yes, the plan is adopted. This is called a made plan.</li></ol>"
            "<p>In 2020/21 there were 125 active neighbourhood planning groups in Leicestershire. "
            "Between them they had 38 adopted plans and 105 designated areas. "
            "A year earlier, in 2019/20, there were 123 groups and 64 designated areas.</p>"
            "<p>The Communities Team gives advice to groups writing a plan. It also sends the "
            "county council's comments when a plan is out for consultation. In 2019/20 the "
            "Neighbourhood Planning Network had 250 members.</p>"
        ),
    },
    {
        "factory": "toolkits.factories.ToolkitIndexPageFactory",
        "slug": "toolkits",
        "title": "Toolkits",
        "summary": (
            "Practical guides on tackling loneliness and on how parish and town councils "
            "can involve local people."
        ),
        "search_description": (
            "Toolkits from Leicestershire County Council: Tackling Loneliness in Leicestershire "
            "and the Community Engagement Toolkit for Parish and Town Councils."
        ),
        "intro": (
            "<p>Our toolkits give you practical help and ideas to use in your community.</p>"
            "<p><b>Tackling Loneliness in Leicestershire.</b> In July 2019 a group of local "
            "voluntary and community organisations suggested a loneliness toolkit for the county. "
            "It was based on a similar guide made in Reading. The council's Communities Board "
            "agreed it in September 2019 and it was ready by December 2019. It is an 8-page "
            "booklet with a shorter 2-sided summary. It has ideas to help with feelings of "
            "loneliness, where to find local support and how to join in with local groups.</p>"
            "<p>The 2019/20 annual report says over 1,000 copies of the summary and around "
            "500 copies of the booklet had been given out. Residents, carers, GP surgeries "
            "and parish councils all asked for copies.</p>"
            "<p><b>Community Engagement Toolkit for Parish and Town Councils.</b> This toolkit "
            "helps parish and town councils to involve local people in their work. The council's "
            "draft Communities Approach 2022-26 counts 7 town councils, 160 parish councils "
            "and 55 parish meetings in Leicestershire.</p>"
        ),
    },
    {
        "factory": "toolkits.factories.CaseStudyIndexPageFactory",
        "slug": "case-studies",
        "title": "Case studies",
        "summary": (
            "Real projects where local people in Leicestershire came together to help their community."
        ),
        "search_description": (
            "Case studies of community projects in Leicestershire, including a dementia café, "
            "a good neighbour scheme and a youth café."
        ),
        "intro": (
            "<p>These case studies show what local people have done to help their "
            "communities. They come from Leicestershire County Council's annual reports and "
            "its 2014 Communities Strategy consultation.</p>"
            "<p>They include a dementia café in Market Harborough, a good neighbour scheme in "
            "Long Clawson and a youth café in Birstall. Some projects were helped by council "
            "grants, such as SHIRE Community Grants.</p>"
            "<p>We hope they give you ideas for your own area. You can read each case study "
            "below.</p>"
        ),
    },
    {
        "factory": "toolkits.factories.SupportDirectoryPageFactory",
        "slug": "find-local-support",
        "title": "Find local support",
        "summary": (
            "Befriending, lunch clubs, carers' groups and other local support in Leicestershire, "
            "by district, kind of help, cost and who it is for."
        ),
        "search_description": (
            "Find local support services in Leicestershire near your town, village or postcode."
        ),
        "intro": (
            "<p>Local groups and charities offering support such as befriending, lunch clubs and "
            "help for carers. The Tackling Loneliness in Leicestershire toolkit includes a guide to "
            "where to find local support.</p>"
            "<p>The services listed on this demonstration site are examples.</p>"
        ),
    },
]

STANDARD_PAGES = [
    {
        "slug": "about-us",
        "title": "About the Communities Team",
        "summary": ("Who we are, what we do and how we help communities across Leicestershire."),
        "search_description": (
            "About the Leicestershire County Council Communities Team: our mission, our work "
            "and this website."
        ),
        "show_in_menus": True,
        "body": [
            {"type": "heading", "value": {"text": "What the Communities Team does", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>The Communities Team is part of Leicestershire County Council. We work with "
                    "local people, community groups, volunteers and parish and town councils across "
                    "the county. Our work is about:</p>"
                    "<ul><li>helping communities to be active, resilient and inclusive</li>"
                    "<li>prevention: stopping problems early, so fewer people need council services "
                    "later</li>"
                    "<li>helping communities to plan and run services locally, sometimes with grants "
                    "and funding</li></ul>"
                ),
            },
            {
                "type": "inset",
                "value": (
                    "<p><b>Our mission:</b> “Together we will empower Leicestershire Communities to "
                    "become Strong, Resilient, Happier and Healthier”</p>"
                ),
            },
            {"type": "heading", "value": {"text": "About this website", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>This website shares information, tools and resources to help people and groups "
                    "take part in their communities. It has help with setting up a community group "
                    "and finding grants and funding. It also has stories of successful community "
                    "projects.</p>"
                    "<p>Many pages are looked after by local volunteers. The Communities Team trains "
                    "them to do this. Community managed libraries and the Neighbourhood Planning "
                    "Network have their own pages, which volunteers keep up to date.</p>"
                ),
            },
            {
                "type": "inset",
                "value": (
                    "<p>From April 2020 to March 2021 the website had over 100,000 page views "
                    "and just under 25,000 users.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Our Communities Approach 2022-26", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>The council's draft Communities Approach 2022-26 sets out how it wants to "
                    "work with communities. It starts with what is already strong in a community: "
                    "the skills, knowledge and connections of local people and places. This is called "
                    "an asset-based approach.</p>"
                    "<p>It also values social action. This means people coming together to improve "
                    "their lives and solve the problems that matter where they live.</p>"
                ),
            },
            {
                "type": "accordion",
                "value": {
                    "heading": "What we support",
                    "items": [
                        {
                            "heading": "Community managed libraries",
                            "content": (
                                "<p>There are 35 community managed libraries run by volunteers. "
                                "We work with the Communities and Wellbeing Service and Voluntary "
                                "Action Leicestershire to support them.</p>"
                            ),
                        },
                        {
                            "heading": "Neighbourhood planning",
                            "content": (
                                "<p>We give advice to groups writing a neighbourhood plan. We send "
                                "the county council's comments on draft plans. In 2019/20 the "
                                "Neighbourhood Planning Network had 250 members.</p>"
                            ),
                        },
                        {
                            "heading": "Tackling loneliness",
                            "content": (
                                "<p>The council organised a Loneliness Summit in November 2018. Local "
                                "groups then helped create the Tackling Loneliness in Leicestershire "
                                "toolkit.</p>"
                            ),
                        },
                        {
                            "heading": "Parish and town councils",
                            "content": (
                                "<p>We work with the Leicestershire and Rutland Association of Local "
                                "Councils to support parish and town councils. We meet parish clerks "
                                "regularly. We also offer a Community Engagement Toolkit for Parish "
                                "and Town Councils.</p>"
                            ),
                        },
                        {
                            "heading": "Volunteering",
                            "content": (
                                "<p>We promote and support all kinds of volunteering, from being a "
                                "good neighbour to formal volunteer roles. Volunteering can help "
                                "people feel less lonely, learn new skills and get back into "
                                "work.</p>"
                            ),
                        },
                    ],
                },
            },
            {
                "type": "call_to_action",
                "value": {
                    "heading": "Find a toolkit",
                    "text": "Practical guides on tackling loneliness and on involving your community.",
                    "button_label": "See the toolkits",
                    "page": "toolkits",
                },
            },
        ],
    },
    {
        "slug": "accessibility-statement",
        "title": "Accessibility statement",
        "summary": "How accessible this website is and how to report a problem.",
        "search_description": ("Accessibility statement for the Leicestershire Communities website."),
        "show_in_menus": False,
        "body": [
            {
                "type": "inset",
                "value": (
                    "<p>This is an example draft for the demonstration site. It must be completed "
                    "after an independent accessibility audit, and the Communities Team must "
                    "confirm it before launch.</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>This accessibility statement applies to the Leicestershire Communities "
                    "website. The website is run by the Communities Team at Leicestershire County "
                    "Council.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Using this website", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>We want as many people as possible to be able to use this website. "
                    "For example, that means you should be able to:</p>"
                    "<ul><li>change colours, contrast levels and fonts using your browser or "
                    "device settings</li>"
                    "<li>zoom in up to 400% without the text spilling off the screen</li>"
                    "<li>move around the website using just a keyboard</li>"
                    "<li>move around the website using speech recognition software</li>"
                    "<li>listen to the website using a screen reader</li></ul>"
                    "<p>We have also made the text as simple as we can.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "How accessible this website is", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>This website has not yet had an independent audit, so we cannot yet say how "
                    "accessible it is. We build it with accessibility in mind. We test pages with "
                    "automated checks (axe-core) and we check that they work with a keyboard.</p>"
                    "<p>When the audit is finished, we will list any problems it finds here.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Feedback and contact information", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>If you need information on this website in a different format, such as large "
                    "print, easy read or audio, contact us. These contact details are examples:</p>"
                    "<ul><li>email communities@example.gov.uk</li>"
                    "<li>call 0116 000 0000</li></ul>"
                    "<p>We will consider your request and reply within 10 working days "
                    "(example).</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Reporting accessibility problems", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>We are always looking to improve the accessibility of this website. If you "
                    "find any problems, or think we are not meeting accessibility requirements, "
                    "please email communities@example.gov.uk (example address).</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Enforcement procedure", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>The Equality and Human Rights Commission (EHRC) is responsible for enforcing "
                    "the Public Sector Bodies (Websites and Mobile Applications) (No. 2) "
                    "Accessibility Regulations 2018 (the accessibility regulations).</p>"
                    "<p>If you are not happy with how we respond to your complaint, contact the "
                    "Equality Advisory and Support Service (EASS).</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Technical information about this website's accessibility",
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Leicestershire County Council is committed to making this website accessible, "
                    "in line with the Public Sector Bodies (Websites and Mobile Applications) (No. 2) "
                    "Accessibility Regulations 2018.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Compliance status", "level": "h3"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>We aim to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 "
                    "AA standard. This section will be completed after the independent audit. "
                    "It will then say whether the website is fully compliant, partially compliant "
                    "or not compliant with that standard.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "What we're doing to improve accessibility", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>We run automated accessibility checks (axe-core) when we build and change "
                    "the website. We test pages with a keyboard. We plan to arrange an independent "
                    "audit and to test the website with disabled people, including people who use "
                    "screen readers.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Preparation of this statement", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>This statement was prepared as an example for the demonstration site in "
                    "November 2026. It will be reviewed and dated again after the independent "
                    "audit.</p>"
                ),
            },
        ],
    },
    {
        "slug": "privacy-notice",
        "title": "Privacy notice",
        "summary": "How we collect and use your personal information.",
        "search_description": ("Privacy notice for the Leicestershire Communities website."),
        "show_in_menus": False,
        "body": [
            {
                "type": "inset",
                "value": (
                    "<p>This is example text for the demonstration site. "
                    "The Communities Team must confirm it before launch.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Who we are", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>The Leicestershire Communities website is run by the Communities Team at "
                    "Leicestershire County Council. The council is responsible for the personal "
                    "information you give us through this website (example).</p>"
                ),
            },
            {"type": "heading", "value": {"text": "What information we collect", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>We only collect information you choose to give us. For example, we may "
                    "collect your name, email address and the group or area you belong to when "
                    "you:</p>"
                    "<ul><li>join the Communities Network or the Neighbourhood Planning Network</li>"
                    "<li>contact us by email, phone or a form on this website</li>"
                    "<li>become a volunteer editor who updates pages on this website</li></ul>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "Why we use it and the lawful basis", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>We use your information to reply to you, to send you network news you have "
                    "asked for, and to manage volunteer accounts. Example lawful basis: supporting "
                    "communities is part of the council's public task. Where we rely on your "
                    "consent, for example for a newsletter, you can withdraw it at any time.</p>"
                    "<p>We do not sell your information.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "How long we keep it", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>If you ask to join a network but do not follow the link in our email "
                    "within 3 days, we delete your details. We delete a network member's details "
                    f"{RETENTION_DAYS} days after they confirmed, or at once when they use the link to "
                    "leave in any of our emails: join again to stay on the list. An invitation to become a "
                    f"volunteer editor that is not taken up is deleted after {RETENTION_DAYS} days. "
                    "What people type into the search box is kept, without who typed it and with "
                    "email addresses, phone numbers and postcodes blanked out, for "
                    f"{RETENTION_DAYS} days after it was last searched for. Our web server's "
                    "records of visits never include what you typed into a search or the library "
                    "finder.</p>"
                    "<p>Example: we keep volunteer editors' accounts while they edit pages and "
                    "delete them within 12 months after they leave. We keep emails about an "
                    "enquiry for 2 years.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Your rights", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>You have the right to:</p>"
                    "<ul><li>ask for a copy of the information we hold about you</li>"
                    "<li>ask us to correct information that is wrong</li>"
                    "<li>ask us to delete your information</li>"
                    "<li>object to, or ask us to limit, how we use your information</li></ul>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "Contact the Data Protection Officer", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Example contact details: email dataprotection@example.gov.uk or write to "
                    "the Data Protection Officer, County Hall, Glenfield, Leicester (example "
                    "address).</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Complaints to the ICO", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>If you are not happy with how we use your information, you can complain to "
                    "the Information Commissioner's Office (ICO). The ICO is the UK's independent "
                    "body for information rights. You can contact them at ico.org.uk.</p>"
                ),
            },
        ],
    },
]

# All contact values below are EXAMPLES for the demonstration site.
# The Communities Team must confirm real details before launch.
SITE_SETTINGS = {
    "organisation_name": "Leicestershire County Council Communities Team",
    "email": "communities@example.gov.uk",  # example
    "phone": "0116 000 0000",  # example
    "phone_hours": "Monday to Friday, 9am to 5pm (example)",  # example
    "address": "Example address: County Hall, Glenfield, Leicester",  # example
}
