#!/usr/bin/env python3
"""Writes expected.json for the blind16 pages2 set (same schema as Eval/pages/blind8/expected.json)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

pages = [
 ("shortcodes-ultimate-oceanwp.html",
  "WordPress 6.6 site in the OceanWP theme with Shortcodes Ultimate 7 shortcodes: The SEO Framework meta and @graph JSON-LD, plus a separate FAQPage JSON-LD block in <head> covering only three of the eight questions (with shortened answers); body.oceanwp-theme > #outer-wrap > #wrap with #top-bar-wrap (phone line, social icons), header#site-header.minimal-header (custom logo, nav#site-navigation ul.main-menu.dropdown-menu.sf-menu with a sub-menu and a search-toggle dropdown form, mobile menu icon), main#main > header.page-header with h1.page-header-title and nav.site-breadcrumbs ol.trail-items; #content-wrap > #primary > article > div.entry: intro <p>, a standalone non-question su-spoiler (style fancy) 'Christmas and New Year office hours' holding a su-table, a plain non-question <h2>, div.su-accordion.su-u-trim with four div.su-spoiler (div.su-spoiler-title[role=button][tabindex=0] with an empty span.su-spoiler-icon then the question text, div.su-spoiler-content.su-u-clearfix.su-u-trim answer: <p>+div.su-table table+<p>, bare text with no <p>, <p>+div.su-list icon list+<p>, two <p>+div.su-note callout), the fourth a statement-shaped entry ('Cancelling or moving a lesson'); a second non-question <h2> and su-accordion with four more (one <p>, <p>+<ul>+<p>, two <p>+div.su-box 'Good to know' callout, <p>+<ol>+<p>); one question is two sentences; then a su-box CTA whose title is a question ('Ready to get behind the wheel?') with a su-button; aside#right-sidebar with widgets ('Nervous about driving?' text widget, 'From the blog' recent posts including a question-shaped post title, OceanWP contact-info widget); footer#footer with three footer widgets and #footer-bottom copyright; #scroll-top; #mobile-dropdown repeating the menu; a Complianz cookie banner (with its own <details>/<summary> categories) at the end of the body",
  [("How much do driving lessons cost?", "charged at a reduced introductory rate"),
   ("Do you offer discounts for booking in blocks?", "they cannot be transferred to another learner"),
   ("How can I pay?", "We do not take cash in the car"),
   ("Cancelling or moving a lesson", "instructors are rarely able to fill a slot"),
   ("Will you pick me up from home?", "finish somewhere different from where they started"),
   ("Can I learn in an automatic car?", "learning in a manual from the start is cheaper"),
   ("I passed my test abroad. Do I still need lessons?", "unlearn habits the examiner would mark as faults"),
   ("How will I know when I am ready for my test?", "a mock test with a different instructor")],
  ["Ready to get behind the wheel?",
   "Nervous about driving?",
   "Is a dashcam worth it for new drivers?",
   "To give you the best experience, we use cookies to remember your booking preferences and to see which pages learners visit.",
   "Registered in England and Wales, company number 09127733."],
  ["Manual lessons", "Automatic lessons", "Intensive courses", "Pass Plus", "Our instructors", "Gift vouchers",
   "FAQs", "Contact", "Driving lesson FAQs", "Christmas and New Year office hours", "Booking and paying",
   "Lessons and instructors", "Book your assessment", "From the blog", "Ten roundabouts in Wexcombe explained",
   "The new Ashby Vale test routes", "Get in touch", "About us", "Quick links", "Book a lesson",
   "Instructor training", "Privacy policy", "Terms and conditions", "Find us", "Manage Cookie Consent",
   "View preferences"]),
 ("scotgov-ds-accordion.html",
  "Page built with the Scottish Government Design System (ds_ classes, as used by gov.scot and mygov.scot on Bloomreach/Hippo freemarker templates): div.ds_page > ds_page__top with ds_skip-links, a ds_notification--cookie banner, ds_site-header (ds_site-branding logo and title, mobile menu toggle, ds_site-navigation--mobile, collapsible ds_site-search, desktop ds_site-header__navigation), a ds_phase-banner ('Beta') and a dismissable ds_notification wildfire warning; ds_page__middle > main.ds_layout.ds_layout--article: ds_layout__header with ds_breadcrumbs and ds_page-header (content label, h1, ds_metadata 'Last updated'/'From'); ds_layout__content with a ds_leader paragraph, a ds_contents-nav 'Contents' listing the three non-question <h2> sections, then two ds_accordion blocks (each with an 'Open all sections' button; ds_accordion-item > input.ds_accordion-item__control checkbox + div.ds_accordion-item__header > h3.ds_accordion-item__title question + empty span.ds_accordion-item__indicator + label holding visually-hidden 'Show this section', then div.ds_accordion-item__body answer: <p>+ds_table-wrapper table+<p>, two <p>, <p>+ds_inset-text, <p>+<ul>+<p>, one <p>, <p>+ds_warning-text); one accordion title is statement-shaped ('Staying overnight in a campervan or motorhome'); the third section is rich text with an intro <p> and plain <h3> questions answered by two <p> and one <p>; ds_layout__sidebar with two ds_article-aside boxes ('Related content' links and a question-shaped 'Need help with a booking?'); ds_layout__feedback with 'Was this page helpful?' ds_radio yes/no and a hidden 'How could we improve this page?' textarea; ds_page__bottom with ds_back-to-top and ds_site-footer (site items, Open Government Licence copyright, org logo); an Article JSON-LD block in <head>",
  [("Where do I need a camping permit?", "wild camp under the Scottish Outdoor Access Code"),
   ("How much does a permit cost?", "Permits are booked per pitch, not per person"),
   ("Can I book on the day?", "Bookings open 28 days ahead and close at 11pm"),
   ("Staying overnight in a campervan or motorhome", "can lead to a fixed penalty"),
   ("How many nights can I stay?", "move to a different zone or leave"),
   ("What if a ranger asks to see my permit?", "look up bookings by surname and car registration"),
   ("Can I light a fire?", "Cutting branches from living trees damages woodland"),
   ("Where can I go to the toilet?", "bury waste in a hole 15 centimetres deep")],
  ["Wildfire risk is very high this week.",
   "This is a new service.",
   "Need help with a booking?",
   "Was this page helpful?",
   "How could we improve this page?"],
  ["Skip to main content", "Accept all cookies", "Use essential cookies only", "Set cookie preferences",
   "Visit Glen Corrach", "Visiting", "Wildlife and conservation", "Planning", "About us", "Camping",
   "Camping permits: questions and answers", "Guidance", "Last updated", "Ranger Service", "Contents",
   "Permits and booking", "At your pitch", "Fires and toilets", "Open all", "Show this section",
   "Related content", "Book a camping permit", "Camping management zones map", "Outdoor access rights",
   "Dogs and livestock", "Send feedback", "Back to top", "Accessibility", "Privacy", "Contact us",
   "Open Government Licence v3.0"]),
]

out = {"pages": [
    {"file": f, "markup": m,
     "questions": [{"question": q, "answer_phrase": a} for q, a in qs],
     "chrome_phrases": chrome, "toc_entries": toc}
    for f, m, qs, chrome, toc in pages]}

def render():
    return json.dumps(out, ensure_ascii=False, indent=1) + "\n"

if __name__ == "__main__":
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        fh.write(render())
    print("pages:", len(pages), "questions:", sum(len(p[2]) for p in pages),
          "chrome:", sum(len(p[3]) for p in pages), "toc:", sum(len(p[4]) for p in pages))
