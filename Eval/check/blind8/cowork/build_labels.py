#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the cowork domain (Halyard Workspaces) and checks every quote."""
import json, os, re, sys, html as htmlmod
HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
T, M, H, J = "member-answers.txt", "community-notes.md", "help-centre.html", "faq-export.json"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The member answers offer bike storage in Manchester, Bristol and Edinburgh, while the help centre says cycle racks are only at the Manchester and Bristol buildings.",
  "sites with bike storage", side(T, "We have secure bike storage in Manchester, Bristol and Edinburgh"), side(H, "Covered cycle racks are only available at our Manchester and Bristol buildings")),
 ("list", "The FAQ export lists a monitor among the Fixed Desk inclusions, while the community notes list pedestal, business address and 24/7 access and say monitors are not part of the package.",
  "what a Fixed Desk (dedicated desk) includes", side(J, "A Fixed Desk comes with a lockable pedestal, a 27-inch monitor and a business address"), side(M, "Dedicated desk members get a lockable pedestal, a business address and 24/7 fob access")),
 ("list", "The help centre includes printing in a day pass, while the member answers say a day pass covers a desk, Wi-Fi and hot drinks only.",
  "what a day pass includes", side(H, "A day pass gets you a hot desk, Wi-Fi, hot drinks and printing"), side(T, "covers a desk, Wi-Fi and hot drinks only")),
 # polarity
 ("polarity", "The member answers let day pass holders sign in a guest, while the FAQ export says guests can't be registered on a day pass.",
  "guests on a day pass", side(T, "day pass holders can sign in one guest for free"), side(J, "Guests can't be registered on a day pass")),
 ("polarity", "The community notes say a registered business address isn't included with Roam, while the help centre says Roam members can use their site as a registered company address at no extra cost.",
  "registered company address for Roam members", side(M, "A registered business address isn't included with Roam"), side(H, "Roam members can use their Halyard site as a registered company address")),
 ("polarity", "The FAQ export welcomes well-behaved dogs at all three sites, while the community notes say pets aren't allowed at any site.",
  "dogs in the buildings", side(J, "Well-behaved dogs are welcome at all three of our sites"), side(M, "We don't allow pets at any Halyard site")),
 # numeric
 ("numeric", "The help centre gives one calendar month's notice for a Fixed Desk, while the FAQ export says dedicated desks need two months' notice.",
  "notice period for a Fixed Desk", side(H, "A Fixed Desk can be cancelled with one calendar month's notice"), side(J, "Dedicated desks need two months' notice to cancel")),
 ("numeric", "The member answers give Roam 100 free black-and-white pages a month, while the community notes give 50 mono prints per month.",
  "monthly print allowance on Roam", side(T, "Roam members get 100 free black-and-white pages a month"), side(M, "Roam includes 50 mono prints per month")),
 ("numeric", "The community notes set the Studio deposit at two months' fees, while the FAQ export says private offices need a deposit of one month's fees.",
  "deposit on a private office (Studio)", side(M, "Studio agreements need a deposit equal to two months' fees"), side(J, "Private offices also need a deposit of one month's fees")),
 ("numeric", "The FAQ export includes 10 hours of meeting rooms a month with a Fixed Desk, while the member answers give a 6-hour monthly allowance.",
  "monthly meeting-room hours included with a Fixed Desk", side(J, "Every Fixed Desk membership includes 10 hours of meeting rooms per month"), side(T, "Your monthly meeting-room allowance on a fixed desk is 6 hours")),
 # arithmetic
 ("arithmetic", "12 x £290 = £3,480; 5% off gives £3,306, not £3,132 (which would be 10% off).",
  "annual price of a Fixed Desk paid upfront", side(T, "A Fixed Desk is £290 a month with 5% off if you pay yearly"), side(T, "so a year upfront costs £3,132")),
 ("arithmetic", "250 pages at 8p is £20, not £25.",
  "cost of a 250-page black-and-white print run", side(H, "black-and-white printing is 8p per page"), side(H, "so a 250-page print run costs £25")),
 ("arithmetic", "£1,600 shared by four people is £400 per person, not £350.",
  "per-person cost of a four-person Studio", side(M, "A four-person Studio is £1,600 a month"), side(M, "which works out at £350 per person including bills")),
 # stale
 ("stale", "A 2022 note prices meeting-room hire for non-members at £30 an hour, while a 2025 answer gives £40 an hour.",
  "hourly meeting-room rate for non-members", side(M, "(2022) Non-members can hire a meeting room for £30 an hour"), side(H, "As of 2025, room hire for non-members is £40 an hour")),
 ("stale", "A 2022 record prices a Manchester parking permit at £60 a month, while a 2024 answer gives £85 a month.",
  "monthly parking at the Manchester site", side(J, "(2022) A monthly parking permit at the Manchester site is £60"), side(T, "As of 2024, a car parking space at our Manchester building costs £85 a month")),
 ("stale", "A 2023 answer rents lockers at £15 a month, while a 2025 note gives £20 per month.",
  "monthly locker rental", side(H, "(2023) Lockers can be rented for £15 a month"), side(M, "Since 2025, a personal locker costs £20 per month")),
]

traps = [
 ("Similarly named products: Roam (hot desk) is £185 a month, Roam Plus (with 24/7 access and a locker) is £245.",
  side(T, "Roam, our hot desk plan, costs £185 a month"), side(J, "Roam Plus costs £245 a month")),
 ("Different city: Manchester reception is staffed 8am to 6pm, Edinburgh reception 9am to 5:30pm.",
  side(T, "Our Manchester reception is staffed 8am to 6pm on weekdays"), side(H, "Edinburgh reception is open 9am to 5:30pm, Monday to Friday")),
 ("Different tier: Roam gets 2 hours of meeting rooms a month, a Studio team 20 hours.",
  side(H, "Roam members get 2 hours of meeting rooms a month"), side(M, "Studio teams get 20 hours of meeting-room time a month")),
 ("Different size: a two-person Studio is £850 a month, the eight-person Studio £2,900.",
  side(J, "A two-person Studio is £850 a month"), side(H, "the eight-person Studio, is £2,900 a month including furniture")),
 ("Different tier: Roam access is 8am to 7pm on weekdays, Fixed Desk access is 24 hours a day, 7 days a week.",
  side(M, "Roam access hours: 8am to 7pm, Monday to Friday"), side(T, "Fixed Desk members can get in 24 hours a day, 7 days a week")),
 ("Same value in other units: 90 minutes is one and a half hours.",
  side(H, "Phone booths can be booked for up to 90 minutes at a time"), side(J, "The longest you can book a phone booth for is one and a half hours")),
 ("Correct computation: 40 pages x 15p = £6.",
  side(T, "Colour printing is 15p a page"), side(T, "so a 40-page colour brochure costs £6")),
 ("Correct percentage: 10% off £1,200 is £1,080.",
  side(J, "Registered charities get 10% off any membership"), side(J, "so a £1,200 monthly bill comes to £1,080")),
 ("A range containing the other value: a Bristol wait of 6 to 10 weeks contains 'around 8 weeks'.",
  side(M, "Bristol has a waiting list for private offices of 6 to 10 weeks"), side(T, "The Bristol waiting list for a private office is currently around 8 weeks")),
 ("A hedged example ('For example ... might') on a busy Monday vs the usual 30 minutes.",
  side(J, "usually about 30 minutes after delivery"), side(H, "on a busy Monday morning a parcel might not be logged for 2 hours")),
 ("The £18 Manchester day pass is explicitly the pre-2023 price; £24 is current.",
  side(M, "Day passes in Manchester used to be £18 before the 2023 refurbishment"), side(T, "A Manchester day pass is £24")),
 ("'Up to 1 Gbps' is the maximum line speed; most members see around 300 Mbps.",
  side(H, "Internet speeds reach up to 1 Gbps on our wired and wireless networks"), side(M, "Most members see around 300 Mbps on the Wi-Fi")),
 ("The bike list is open ('including'), so cargo bikes are consistent.",
  side(T, "The bike store takes cycles including road bikes, e-bikes and folding bikes"), side(J, "Cargo bikes are welcome in the bike store too")),
 ("The same 30-day Roam notice rule stated in both directions.",
  side(J, "You can cancel Roam at any time by giving 30 days' notice"), side(M, "Roam can't be cancelled on less than 30 days' notice")),
]

DOMAIN = ("Halyard Workspaces, a fictional UK coworking operator with sites in Manchester, Bristol and Edinburgh (GBP): "
          "day passes, Roam and Roam Plus hot desks, Fixed Desk, Studio private offices, meeting-room hours and credits, "
          "phone booths, guests, dogs, registered addresses and post, printing allowances and prices, opening hours and "
          "24/7 access by tier, deposits, notice periods, lockers, parking, bike storage and Wi-Fi.")
labels = {"domain": DOMAIN, "conflicts": [], "traps": []}
for i, (k, what, subj, a, b) in enumerate(conflicts, 1):
    labels["conflicts"].append({"id": f"c{i}", "kind": k, "what": what, "subject": subj, "sides": [a, b]})
for i, (why, a, b) in enumerate(traps, 1):
    labels["traps"].append({"id": f"t{i}", "why_not": why, "sides": [a, b]})
with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
    json.dump(labels, fh, indent=1, ensure_ascii=False)
    fh.write("\n")

# ---- claims: every numeric claim in the listed answers
C = []
def cl(f, aq, sq, surface, low, high, unit, comp, subject, metric, mclass, hedged=False):
    C.append({"file": f, "answer_quote": aq, "sentence_quote": sq, "surface": surface, "low": low, "high": high,
              "unit": unit, "comparator": comp, "subject": subject, "metric": metric, "metric_class": mclass, "hedged": hedged})
TOD = "time of day (24 h)"

# member answers (11 answers)
aq = "A Manchester day pass is £24"
cl(T, aq, "A Manchester day pass is £24 and covers a desk, Wi-Fi and hot drinks only; printing is charged separately", "£24", 24, 24, "GBP", "=", "Manchester day pass", "price", "price")
aq = "Roam members get 100 free black-and-white pages a month"
cl(T, aq, "Roam members get 100 free black-and-white pages a month, and the counter resets on the 1st", "100 free black-and-white pages", 100, 100, "pages", "=", "Roam membership", "monthly black-and-white print allowance", "count")
aq = "Your monthly meeting-room allowance on a fixed desk"
cl(T, aq, "Your monthly meeting-room allowance on a fixed desk is 6 hours, and unused hours don't roll over", "6 hours", 6, 6, "hour", "=", "Fixed Desk", "monthly meeting-room allowance", "duration")
aq = "A Fixed Desk is £290 a month"
sq = "A Fixed Desk is £290 a month with 5% off if you pay yearly, so a year upfront costs £3,132"
cl(T, aq, sq, "£290", 290, 290, "GBP", "=", "Fixed Desk", "monthly price", "price")
cl(T, aq, sq, "5% off", 5, 5, "%", "=", "Fixed Desk paid yearly", "discount", "percentage")
cl(T, aq, sq, "£3,132", 3132, 3132, "GBP", "=", "Fixed Desk paid a year upfront", "annual price", "price")
aq = "As of 2024, a car parking space at our Manchester building"
cl(T, aq, "As of 2024, a car parking space at our Manchester building costs £85 a month, and there's usually a short waiting list", "£85", 85, 85, "GBP", "=", "Manchester parking space", "monthly price", "price")
aq = "Roam, our hot desk plan, costs £185 a month"
cl(T, aq, "Roam, our hot desk plan, costs £185 a month and there's no deposit to pay", "£185", 185, 185, "GBP", "=", "Roam", "monthly price", "price")
aq = "Our Manchester reception is staffed 8am to 6pm"
cl(T, aq, "Our Manchester reception is staffed 8am to 6pm on weekdays; outside those hours, use your fob at the side door", "8am to 6pm", 8, 18, TOD, "=", "Manchester reception", "staffed hours", "other")
aq = "Fixed Desk members can get in 24 hours a day"
sq = "Fixed Desk members can get in 24 hours a day, 7 days a week, using their fob"
cl(T, aq, sq, "24 hours a day", 24, 24, "hour", "=", "Fixed Desk access", "access hours per day", "duration")
cl(T, aq, sq, "7 days a week", 7, 7, "day", "=", "Fixed Desk access", "access days per week", "duration")
aq = "Colour printing is 15p a page"
sq = "Colour printing is 15p a page, so a 40-page colour brochure costs £6"
cl(T, aq, sq, "15p a page", 15, 15, "p/page", "=", "colour printing", "price per page", "price")
cl(T, aq, sq, "40-page", 40, 40, "pages", "=", "example colour brochure", "pages", "count")
cl(T, aq, sq, "£6", 6, 6, "GBP", "=", "example colour brochure", "print cost", "price")
aq = "The Bristol waiting list for a private office"
cl(T, aq, "The Bristol waiting list for a private office is currently around 8 weeks, so join it early if your team is growing", "around 8 weeks", 8, 8, "week", "~", "Bristol private office", "waiting list", "duration")
aq = "Lost your fob? A replacement costs £12"
sq = "A replacement costs £12, and reception can usually activate it within 10 minutes"
cl(T, aq, sq, "£12", 12, 12, "GBP", "=", "replacement fob", "price", "price")
cl(T, aq, sq, "within 10 minutes", None, 10, "minute", "<=", "replacement fob", "activation time", "duration")

# community notes (10 answers)
aq = "Quick reference for Roam (hot desk) members:"
cl(M, aq, "Roam access hours: 8am to 7pm, Monday to Friday", "8am to 7pm", 8, 19, TOD, "=", "Roam access", "access hours", "other")
cl(M, aq, "Roam includes 50 mono prints per month", "50 mono prints", 50, 50, "pages", "=", "Roam membership", "monthly black-and-white print allowance", "count")
aq = "Studio agreements need a deposit equal to two months' fees"
cl(M, aq, "Studio agreements need a deposit equal to two months' fees, taken before keys are handed over", "two months' fees", 2, 2, "months' fees", "=", "Studio", "deposit", "price")
cl(M, aq, "We return it within 30 days of move-out, less any repair costs", "within 30 days", None, 30, "day", "<=", "Studio deposit", "refund time", "duration")
aq = "A four-person Studio is £1,600 a month"
sq = "A four-person Studio is £1,600 a month, which works out at £350 per person including bills, cleaning and Wi-Fi"
cl(M, aq, sq, "four-person", 4, 4, "people", "=", "Studio", "capacity", "count")
cl(M, aq, sq, "£1,600", 1600, 1600, "GBP", "=", "four-person Studio", "monthly price", "price")
cl(M, aq, sq, "£350 per person", 350, 350, "GBP", "=", "four-person Studio", "monthly price per person", "price")
aq = "(2022) Non-members can hire a meeting room for £30 an hour"
cl(M, aq, "(2022) Non-members can hire a meeting room for £30 an hour, tea and coffee included", "£30 an hour", 30, 30, "GBP/hour", "=", "meeting room for non-members", "hourly rate", "price")
aq = "Since 2025, a personal locker costs £20 per month"
cl(M, aq, "Since 2025, a personal locker costs £20 per month at every site", "£20 per month", 20, 20, "GBP", "=", "personal locker", "monthly price", "price")
aq = "Studio teams get 20 hours of meeting-room time a month"
cl(M, aq, "Studio teams get 20 hours of meeting-room time a month, shared across everyone on the agreement", "20 hours", 20, 20, "hour", "=", "Studio", "monthly meeting-room allowance", "duration")
aq = "Bristol has a waiting list for private offices"
cl(M, aq, "Bristol has a waiting list for private offices of 6 to 10 weeks, depending on the size the team needs", "6 to 10 weeks", 6, 10, "week", "=", "Bristol private office", "waiting list", "duration")
aq = "Day passes in Manchester used to be £18"
cl(M, aq, "Day passes in Manchester used to be £18 before the 2023 refurbishment", "£18", 18, 18, "GBP", "=", "Manchester day pass before 2023", "price", "price")
aq = "Most members see around 300 Mbps on the Wi-Fi"
cl(M, aq, "Most members see around 300 Mbps on the Wi-Fi during the day", "around 300 Mbps", 300, 300, "Mbps", "~", "Wi-Fi", "typical speed", "other")
aq = "No. Roam can't be cancelled on less than 30 days' notice"
cl(M, aq, "Roam can't be cancelled on less than 30 days' notice, even if the member hasn't used the space that month", "30 days' notice", 30, None, "day", ">=", "Roam", "notice period", "duration")

# help centre (11 answers)
aq = "A day pass gets you a hot desk"
cl(H, aq, "A day pass gets you a hot desk, Wi-Fi, hot drinks and printing from 9am to 5pm at any of our sites", "9am to 5pm", 9, 17, TOD, "=", "day pass", "valid hours", "other")
aq = "A Fixed Desk can be cancelled with one calendar month's notice"
cl(H, aq, "A Fixed Desk can be cancelled with one calendar month's notice, given in writing to your community manager", "one calendar month's notice", 1, 1, "month", "=", "Fixed Desk", "notice period", "duration")
aq = "Our largest private office, the eight-person Studio"
sq = "Our largest private office, the eight-person Studio, is £2,900 a month including furniture, bills and cleaning"
cl(H, aq, sq, "eight-person", 8, 8, "people", "=", "Studio", "capacity", "count")
cl(H, aq, sq, "£2,900", 2900, 2900, "GBP", "=", "eight-person Studio", "monthly price", "price")
aq = "(2023) Lockers can be rented for £15 a month"
cl(H, aq, "(2023) Lockers can be rented for £15 a month, and each one fits a laptop bag and a coat", "£15 a month", 15, 15, "GBP", "=", "locker", "monthly price", "price")
aq = "Edinburgh reception is open 9am to 5:30pm"
cl(H, aq, "Edinburgh reception is open 9am to 5:30pm, Monday to Friday", "9am to 5:30pm", 9, 17.5, TOD, "=", "Edinburgh reception", "staffed hours", "other")
aq = "Internet speeds reach up to 1 Gbps"
sq = "Internet speeds reach up to 1 Gbps on our wired and wireless networks at all three sites"
cl(H, aq, sq, "up to 1 Gbps", None, 1, "Gbps", "<=", "internet connection", "maximum speed", "limit")
cl(H, aq, sq, "all three sites", 3, 3, "sites", "=", "Halyard Workspaces", "number of sites", "count")
aq = "Roam members get 2 hours of meeting rooms a month"
cl(H, aq, "Roam members get 2 hours of meeting rooms a month, and extra time can be bought in the app", "2 hours", 2, 2, "hour", "=", "Roam", "monthly meeting-room allowance", "duration")
aq = "Phone booths can be booked for up to 90 minutes"
cl(H, aq, "Phone booths can be booked for up to 90 minutes at a time, and they don't use any credits", "up to 90 minutes", None, 90, "minute", "<=", "phone booth booking", "maximum length", "limit")
aq = "As of 2025, room hire for non-members is £40 an hour."
cl(H, aq, "As of 2025, room hire for non-members is £40 an hour", "£40 an hour", 40, 40, "GBP/hour", "=", "meeting room for non-members", "hourly rate", "price")
aq = "Parcels are logged in the order they arrive."
cl(H, aq, "For example, on a busy Monday morning a parcel might not be logged for 2 hours, so please bear with us", "2 hours", 2, 2, "hour", "=", "parcel logging on a busy Monday", "time to log a parcel", "duration", True)
aq = "Once your allowance is used up, black-and-white printing"
sq = "Once your allowance is used up, black-and-white printing is 8p per page, so a 250-page print run costs £25"
cl(H, aq, sq, "8p per page", 8, 8, "p/page", "=", "black-and-white printing beyond the allowance", "price per page", "price")
cl(H, aq, sq, "250-page", 250, 250, "pages", "=", "example print run", "pages", "count")
cl(H, aq, sq, "£25", 25, 25, "GBP", "=", "example print run", "print cost", "price")

# FAQ export (10 answers)
aq = "Dedicated desks need two months' notice to cancel"
cl(J, aq, "Dedicated desks need two months' notice to cancel, and notice runs from the 1st of the following month", "two months' notice", 2, 2, "month", "=", "dedicated desk", "notice period", "duration")
aq = "A two-person Studio is £850 a month."
cl(J, aq, "A two-person Studio is £850 a month", "two-person", 2, 2, "people", "=", "Studio", "capacity", "count")
cl(J, aq, "A two-person Studio is £850 a month", "£850", 850, 850, "GBP", "=", "two-person Studio", "monthly price", "price")
cl(J, aq, "Private offices also need a deposit of one month's fees, which we refund when you leave", "one month's fees", 1, 1, "months' fees", "=", "private office", "deposit", "price")
aq = "Every Fixed Desk membership includes 10 hours of meeting rooms"
cl(J, aq, "Every Fixed Desk membership includes 10 hours of meeting rooms per month, bookable in the Halyard app", "10 hours", 10, 10, "hour", "=", "Fixed Desk", "monthly meeting-room allowance", "duration")
aq = "(2022) A monthly parking permit at the Manchester site is £60."
cl(J, aq, "(2022) A monthly parking permit at the Manchester site is £60", "£60", 60, 60, "GBP", "=", "Manchester parking permit", "monthly price", "price")
aq = "Roam Plus costs £245 a month and adds 24/7 access"
cl(J, aq, "Roam Plus costs £245 a month and adds 24/7 access and a personal locker to a hot desk", "£245", 245, 245, "GBP", "=", "Roam Plus", "monthly price", "price")
aq = "The longest you can book a phone booth for"
cl(J, aq, "The longest you can book a phone booth for is one and a half hours, so there's always one free for a quick call", "one and a half hours", None, 1.5, "hour", "<=", "phone booth booking", "maximum length", "limit")
aq = "Registered charities get 10% off any membership"
sq = "Registered charities get 10% off any membership, so a £1,200 monthly bill comes to £1,080"
cl(J, aq, sq, "10% off", 10, 10, "%", "=", "charity discount", "discount", "percentage")
cl(J, aq, sq, "£1,200", 1200, 1200, "GBP", "=", "example monthly bill", "price before discount", "price")
cl(J, aq, sq, "£1,080", 1080, 1080, "GBP", "=", "example monthly bill", "price after discount", "price")
aq = "We log parcels and notify you in the app"
cl(J, aq, "We log parcels and notify you in the app, usually about 30 minutes after delivery", "about 30 minutes", 30, 30, "minute", "~", "parcel notification", "time after delivery", "duration")
cl(J, aq, "We can't accept single parcels over 20 kg", "over 20 kg", None, 20, "kg", "<=", "parcel accepted", "maximum weight", "limit")
aq = "You can cancel Roam at any time by giving 30 days' notice"
cl(J, aq, "You can cancel Roam at any time by giving 30 days' notice in the app", "30 days' notice", 30, 30, "day", "=", "Roam", "notice period", "duration")
aq = "We hold uncollected parcels for 14 days"
cl(J, aq, "We hold uncollected parcels for 14 days, then return them to the sender", "14 days", 14, 14, "day", "=", "uncollected parcels", "holding period", "duration")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")

# ---------------------------------------------------------------- checks
errors = []
def err(msg): errors.append(msg)

raw = {f: open(os.path.join(CORPUS, f), encoding="utf-8").read() for f in (T, M, H, J)}

def answers_of(f):
    """Return list of (start, end) spans of answers in the raw file text."""
    s = raw[f]; spans = []
    if f == T:
        lines = s.split("\n")
        if lines and lines[-1] == "": lines = lines[:-1]
        if any(l.strip() == "" for l in lines): err("txt has a blank line")
        pos = 0
        for i, l in enumerate(lines):
            if 0 < i < len(lines) - 1: spans.append((pos, pos + len(l)))
            pos += len(l) + 1
    elif f == M:
        heads = [m for m in re.finditer(r"^## .*$", s, re.M)]
        for i, h in enumerate(heads):
            end = heads[i + 1].start() if i + 1 < len(heads) else len(s)
            body = s[h.end():end]
            lead = len(body) - len(body.lstrip())
            spans.append((h.end() + lead, h.end() + len(body.rstrip())))
    elif f == H:
        for sec in re.finditer(r"<section\b.*?</section>", s, re.S):
            hs = list(re.finditer(r"<h3>.*?</h3>", sec.group(0), re.S))
            for i, h in enumerate(hs):
                st = sec.start() + h.end()
                en = sec.start() + (hs[i + 1].start() if i + 1 < len(hs) else sec.group(0).rindex("</section>"))
                body = s[st:en]
                lead = len(body) - len(body.lstrip())
                spans.append((st + lead, st + len(body.rstrip())))
    elif f == J:
        recs = json.loads(s)
        pos = 0
        for r in recs:
            if not r.get("q") or not r.get("a"): err(f"json record without q/a: {r}")
            enc = json.dumps(r["a"], ensure_ascii=False)[1:-1]
            i = s.index('"a": "' + enc + '"', pos) + 6
            spans.append((i, i + len(enc))); pos = i
    return spans

SPANS = {f: answers_of(f) for f in raw}
def visible(t): return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", t))

def answer_index(f, q):
    s = raw[f]
    if s.count(q) != 1: err(f"{f}: quote occurs {s.count(q)} times: {q!r}"); return None
    i = s.index(q)
    hits = [k for k, (a, b) in enumerate(SPANS[f]) if a <= i and i + len(q) <= b]
    if len(hits) != 1: err(f"{f}: quote not inside exactly one answer: {q!r}"); return None
    return hits[0]

def check_quote(f, q):
    n = len(q.split())
    if not 5 <= n <= 15: err(f"{f}: quote has {n} words: {q!r}")
    if f == H:
        if "<" in q or ">" in q or "&" in q: err(f"html quote crosses a tag or has an entity: {q!r}")
        if visible(raw[H]).count(q) != 1: err(f"html quote not once in visible text: {q!r}")
    if f == J and ('"' in q or "\\" in q): err(f"json quote has a quote char or escape: {q!r}")
    if "’" in q: err(f"curly apostrophe: {q!r}")
    return answer_index(f, q)

pairs, quotes = {}, set()
for kind, items in (("conflict", labels["conflicts"]), ("trap", labels["traps"])):
    for it in items:
        ends = []
        for sd in it["sides"]:
            q = sd["quote"]
            if q in quotes: err(f"quote used twice: {q!r}")
            quotes.add(q)
            ends.append((sd["file"], check_quote(sd["file"], q)))
        if None in [e[1] for e in ends]: continue
        if it.get("kind") == "arithmetic" and ends[0] != ends[1]: err(f"{it['id']}: arithmetic not in one answer")
        if kind == "trap" and ends[0] == ends[1]:
            pass  # correct-computation traps sit in one answer
        if kind == "conflict" and it["kind"] != "arithmetic" and ends[0] == ends[1]: err(f"{it['id']}: both sides in one answer")
        key = frozenset(ends) if ends[0] != ends[1] else frozenset([ends[0], ("same", ends[0])])
        if key in pairs: err(f"{it['id']}: answer pair already labelled by {pairs[key]}")
        pairs[key] = it["id"]
        if kind == "conflict" and it["kind"] == "stale":
            for sd in it["sides"]:
                if not re.search(r"(19|20)\d\d", sd["quote"]): err(f"{it['id']}: stale side without a year: {sd['quote']!r}")

FIELDS = ["file", "answer_quote", "sentence_quote", "surface", "low", "high", "unit", "comparator", "subject", "metric", "metric_class", "hedged"]
claim_answers = set()
for c in C:
    if list(c) != FIELDS: err(f"claim fields out of order: {c}")
    f = c["file"]; s = raw[f]
    texts = [s[a:b] for a, b in SPANS[f]]
    starts = [k for k, t in enumerate(texts) if (visible(t).strip() if f == H else t).startswith(c["answer_quote"])]
    if len(starts) != 1: err(f"{f}: answer_quote starts {len(starts)} answers: {c['answer_quote']!r}"); continue
    k = starts[0]; claim_answers.add((f, k))
    at = visible(texts[k]) if f == H else texts[k]
    if c["sentence_quote"] not in at: err(f"{f}: sentence_quote not in answer: {c['sentence_quote']!r}")
    if c["surface"] not in c["sentence_quote"]: err(f"surface not in sentence: {c['surface']!r}")
    lo, hi, cp = c["low"], c["high"], c["comparator"]
    if cp in ("<=", "<") and not (lo is None and hi is not None): err(f"comparator {cp} with low/high {lo}/{hi}")
    if cp in (">=", ">") and not (hi is None and lo is not None): err(f"comparator {cp} with low/high {lo}/{hi}")
    if cp in ("=", "~") and (lo is None or hi is None or lo > hi): err(f"comparator {cp} with low/high {lo}/{hi}")
    if not (5 <= len(c["answer_quote"].split()) <= 15): err(f"answer_quote word count: {c['answer_quote']!r}")
    if s.count(c["answer_quote"]) != 1: err(f"answer_quote not unique: {c['answer_quote']!r}")

from collections import Counter
kinds = Counter(c["kind"] for c in labels["conflicts"])
n_ans = {f: len(SPANS[f]) for f in raw}
for e in errors: print("ERROR:", e)
print(f"answers: {n_ans} total {sum(n_ans.values())}")
print(f"wrote {len(labels['conflicts'])} conflicts {dict(kinds)}, {len(labels['traps'])} traps, {len(C)} claims in {len(claim_answers)} answers "
      f"({dict(Counter(f for f, _ in claim_answers))})")
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
