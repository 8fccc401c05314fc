#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the unilib domain (Northmere University Libraries & IT Services)
and checks every quote against the corpus files."""
import json, os, re, sys, html as htmlmod
HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
T, M, H, J = "help-answers.txt", "staff-notes.md", "library-faq.html", "kb-export.json"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The help answers say laptops can be borrowed at Calder, Riverside and the Health Sciences Library, while the knowledge base says laptop lending runs only at Calder and Riverside.",
  "libraries that lend laptops", side(T, "You can borrow a laptop at Calder, Riverside and the Health Sciences Library"), side(J, "Laptop lending runs only at the Calder and Riverside service desks")),
 ("list", "The staff notes list Microsoft 365, MATLAB, SPSS and NVivo as free for students, while the FAQ page limits the free bundle to Microsoft 365, MATLAB and SPSS.",
  "software licensed free to students", side(M, "Students get Microsoft 365, MATLAB, SPSS and NVivo at no cost"), side(H, "The free software bundle for students covers Microsoft 365, MATLAB and SPSS only")),
 ("list", "The knowledge base lets alumni cardholders reserve group study rooms besides borrowing and database use, while the staff notes say the card covers borrowing and walk-in database access and nothing else.",
  "privileges of the alumni library card", side(J, "borrow print books, use licensed databases on site and reserve group study rooms"), side(M, "An alumni card covers print borrowing and walk-in database access, nothing else")),
 # polarity
 ("polarity", "The FAQ page says undergraduates can request interlibrary loans at no charge, while the knowledge base says interlibrary loan is not open to undergraduates.",
  "interlibrary loan for undergraduates", side(H, "Undergraduate students can place interlibrary loan requests at no charge"), side(J, "Interlibrary loan is not open to undergraduates")),
 ("polarity", "The staff notes say printing from personal laptops isn't supported, while the FAQ page says students can print from their own laptop or phone through MobilePrint.",
  "printing from a student's own laptop", side(M, "Wireless printing from personal laptops isn't supported"), side(H, "You can send print jobs from your own laptop or phone through MobilePrint")),
 ("polarity", "The help answers say graduates keep their @northmere.ca email, while the staff notes say graduates lose their Northmere mailbox.",
  "student email after graduation", side(T, "you keep your @northmere.ca email address after you graduate"), side(M, "Graduates lose access to their Northmere mailbox once their degree is conferred")),
 # numeric
 ("numeric", "The help answers give undergraduates a limit of 25 items, while the knowledge base gives a cap of 40 items.",
  "undergraduate borrowing limit", side(T, "Undergraduates may have up to 25 items checked out at once"), side(J, "The borrowing cap for undergraduate students is 40 items")),
 ("numeric", "The FAQ page gives every student 1 TB of OneDrive storage, while the staff notes cap student OneDrive at 100 GB.",
  "student OneDrive storage quota", side(H, "Every student gets 1 TB of OneDrive storage with their Microsoft 365 account"), side(M, "Student OneDrive accounts are capped at 100 GB")),
 ("numeric", "The help answers allow 8 registered Wi-Fi devices per NetID, while the knowledge base allows 5 per student.",
  "registered Wi-Fi devices per student", side(T, "register a maximum of 8 devices to your NetID on the university wireless network"), side(J, "Campus Wi-Fi allows up to 5 registered devices per student")),
 ("numeric", "The help answers price black-and-white printing at 10 cents a page, while the FAQ page gives $0.12 a page.",
  "black-and-white printing price per page", side(T, "Black-and-white printing is 10 cents a page"), side(H, "Each black and white page costs $0.12")),
 # arithmetic
 ("arithmetic", "3 hours at $5 an hour is $15, not $20.",
  "late charge for a LaptopGo laptop returned 3 hours late", side(J, "LaptopGo laptops are charged $5 for every hour they're late"), side(J, "so a laptop returned 3 hours late costs $20")),
 ("arithmetic", "25% off $60 is $45, not $50.",
  "first-year alumni card price for a new graduate", side(H, "An Alumni Library Card is $60 a year, and recent graduates get 25% off"), side(H, "so a new graduate pays $50")),
 ("arithmetic", "8 am to 11 pm is 15 hours, not 16.",
  "daily opening hours of the Riverside Learning Commons", side(T, "The Riverside Learning Commons is open 8 am to 11 pm Monday to Thursday"), side(T, "which is 16 hours a day")),
 # stale
 ("stale", "A 2021 note puts the lost-book processing fee at $15, while a 2025 answer gives a $25 processing charge.",
  "processing fee for a lost item", side(M, "(2021) The processing fee for a lost book is $15"), side(H, "As of 2025, lost items carry a $25 processing charge")),
 ("stale", "A 2022 article gives full-time students $15 of print credit per term, while a 2024 answer gives $20.",
  "print credit per term for full-time students", side(J, "(2022) Each full-time student receives $15 of print credit per term"), side(T, "Since 2024, full-time students get a $20 printing allowance each term")),
 ("stale", "A 2021 note says visitor Wi-Fi codes last 24 hours, while a 2024 article says a guest code stays active for 7 days.",
  "validity of a guest Wi-Fi code", side(M, "(2021) Visitor Wi-Fi codes are valid for 24 hours"), side(J, "As of 2024, a guest Wi-Fi code stays active for 7 days")),
]

traps = [
 ("Similarly named services: a LaptopGo locker laptop is due in 4 hours, a LaptopGo Term laptop (long-loan program) goes out for 90 days.",
  side(T, "A LaptopGo locker laptop must be back within 4 hours"), side(M, "LaptopGo Term laptops go out for 90 days")),
 ("Different user type: faculty and librarians may borrow up to 200 items, graduate students 100.",
  side(M, "Faculty and librarians: up to 200 items at a time"), side(H, "Graduate students may have 100 items checked out at a time")),
 ("Different campus: study rooms can be booked for up to 3 hours a day at Calder, 2 hours a day at Riverside.",
  side(J, "At Calder, each student can book a group room for up to 3 hours"), side(H, "Group study rooms at the Riverside Learning Commons can be booked for 2 hours")),
 ("Different item type: late course reserves are charged $2 per hour, late interlibrary loan books $1 per day.",
  side(T, "Late course reserve items are charged $2 per hour"), side(M, "Interlibrary loan books that come back late are charged $1 per day")),
 ("Different period: Calder's regular hours are 7 am to midnight; during exam periods it stays open 24 hours.",
  side(H, "Regular hours at Calder Library are 7 am to midnight"), side(J, "During exam periods, Calder Library stays open 24 hours a day")),
 ("Same value in other units: three weeks is 21 days.",
  side(J, "Undergraduate loans run for three weeks"), side(T, "Regular-collection books are due 21 days after checkout for undergraduate borrowers")),
 ("Correct computation: $45 + $30 = $75.",
  side(M, "A lost charger is billed at $45 and lost headphones at $30"), side(M, "so losing both comes to $75")),
 ("Correct percentage: 50% off $40 is $20.",
  side(J, "A semester locker at Calder costs $40"), side(J, "students registered with Accessible Learning get 50% off, paying $20")),
 ("The typical 3 business days lies inside the 2 to 4 business day range.",
  side(M, "Holds are usually ready for pickup in 2 to 4 business days"), side(H, "Most holds are on the shelf within about 3 business days")),
 ("6 hours is a hedged example for a nearby library ('For example ... might'), not the usual 3 business days.",
  side(J, "a journal article from a nearby library might reach your inbox in 6 hours"), side(T, "Interlibrary loan articles usually arrive by email in about 3 business days")),
 ("The 75-cent colour price is explicitly the rate before the 2023 fleet change; 50 cents is current.",
  side(M, "Older handouts still quote 75 cents for a colour page"), side(T, "Colour pages cost 50 cents each")),
 ("'Up to 1 Gbps' is the peak on the newest access points; most students see around 150 Mbps.",
  side(H, "eduroam and NorthmereSecure deliver up to 1 Gbps per device"), side(M, "Most students see around 150 Mbps on NorthmereSecure in the libraries")),
 ("The accessibility services list is open ('including'), so retrieval from the stacks is consistent.",
  side(H, "We offer accessibility services including extended loan periods, alternate-format textbooks and assistive-technology workstations"), side(J, "can also ask staff to retrieve items from the stacks for them")),
 ("The three-renewal limit stated in both directions.",
  side(J, "Each item can be renewed up to three times online"), side(M, "After the third renewal, an item has to come back to the library")),
]

DOMAIN = ("Northmere University Libraries & IT Services, a fictional Canadian university library and student IT service "
          "(three campus libraries: Calder, Riverside Learning Commons, Health Sciences): borrowing limits by user type, loan "
          "periods, renewals, holds, interlibrary loan, fines and fees in CAD, printing prices and credits, laptop loans, Wi-Fi "
          "and eduroam, storage quotas, student software, opening hours, study-room booking, lockers, accessibility services "
          "and alumni access.")
labels = {"domain": DOMAIN, "conflicts": [], "traps": []}
for i, (k, what, subj, a, b) in enumerate(conflicts, 1):
    labels["conflicts"].append({"id": f"c{i}", "kind": k, "what": what, "subject": subj, "sides": [a, b]})
for i, (why, a, b) in enumerate(traps, 1):
    labels["traps"].append({"id": f"t{i}", "why_not": why, "sides": [a, b]})

# ---- claims: every numeric claim in the listed answers
C = []
def cl(f, aq, sq, surface, low, high, unit, comp, subject, metric, mclass, hedged=False):
    C.append({"file": f, "answer_quote": aq, "sentence_quote": sq, "surface": surface, "low": low, "high": high,
              "unit": unit, "comparator": comp, "subject": subject, "metric": metric, "metric_class": mclass, "hedged": hedged})

# help answers (10 answers)
aq = "Undergraduates may have up to 25 items"
sq = "Undergraduates may have up to 25 items checked out at once, and that limit covers all three campus libraries together"
cl(T, aq, sq, "up to 25 items", None, 25, "items", "<=", "undergraduate students", "borrowing limit", "limit")
cl(T, aq, sq, "all three campus libraries", 3, 3, "libraries", "=", "Northmere campus libraries", "number of libraries", "count")
aq = "Black-and-white printing is 10 cents a page"
cl(T, aq, "Black-and-white printing is 10 cents a page on any campus printer, and the charge comes off your print balance when you release the job", "10 cents a page", 0.10, 0.10, "CAD", "=", "black-and-white printing", "price per page", "price")
aq = "The Riverside Learning Commons is open 8 am to 11 pm"
sq = "The Riverside Learning Commons is open 8 am to 11 pm Monday to Thursday, which is 16 hours a day, and it closes at 6 pm on Fridays"
cl(T, aq, sq, "8 am to 11 pm", 8, 23, "hour of day", "=", "Riverside Learning Commons, Monday to Thursday", "opening hours", "other")
cl(T, aq, sq, "16 hours a day", 16, 16, "hour", "=", "Riverside Learning Commons, Monday to Thursday", "daily opening time", "duration")
cl(T, aq, sq, "6 pm", 18, 18, "hour of day", "=", "Riverside Learning Commons, Friday", "closing time", "other")
aq = "Since 2024, full-time students get a $20 printing allowance"
cl(T, aq, "Since 2024, full-time students get a $20 printing allowance each term, loaded onto the OneCard in the first week of classes", "$20", 20, 20, "CAD", "=", "full-time students", "print credit per term", "price")
aq = "You can register a maximum of 8 devices"
cl(T, aq, "You can register a maximum of 8 devices to your NetID on the university wireless network", "a maximum of 8 devices", None, 8, "devices", "<=", "NetID on the university wireless network", "registered devices", "limit")
aq = "A LaptopGo locker laptop must be back within 4 hours"
cl(T, aq, "A LaptopGo locker laptop must be back within 4 hours of checkout, and you're free to borrow another one as soon as it's returned", "within 4 hours", None, 4, "hour", "<=", "LaptopGo locker laptop", "loan period", "duration")
aq = "Course reserves go out for 3 hours."
cl(T, aq, "Course reserves go out for 3 hours", "3 hours", 3, 3, "hour", "=", "course reserve items", "loan period", "duration")
cl(T, aq, "Late course reserve items are charged $2 per hour, up to the cost of the item", "$2 per hour", 2, 2, "CAD/hour", "=", "late course reserve items", "overdue charge", "price")
aq = "Interlibrary loan articles usually arrive by email"
cl(T, aq, "Interlibrary loan articles usually arrive by email in about 3 business days; books from other libraries take longer", "about 3 business days", 3, 3, "business day", "~", "interlibrary loan articles", "delivery time", "duration")
aq = "Colour pages cost 50 cents each"
cl(T, aq, "Colour pages cost 50 cents each, and the release station shows your total before anything prints", "50 cents", 0.50, 0.50, "CAD", "=", "colour printing", "price per page", "price")
aq = "Regular-collection books are due 21 days after checkout"
cl(T, aq, "Regular-collection books are due 21 days after checkout for undergraduate borrowers", "21 days", 21, 21, "day", "=", "regular-collection books, undergraduate borrowers", "loan period", "duration")

# staff notes (11 answers)
aq = "Student OneDrive accounts are capped at 100 GB."
cl(M, aq, "Student OneDrive accounts are capped at 100 GB", "100 GB", None, 100, "GB", "<=", "student OneDrive account", "storage quota", "limit")
aq = "(2021) The processing fee for a lost book is $15"
cl(M, aq, "(2021) The processing fee for a lost book is $15 on top of the replacement cost", "$15", 15, 15, "CAD", "=", "lost book", "processing fee", "price")
cl(M, aq, "Anything 30 days overdue is billed as lost automatically, and the bill is cancelled if the item comes back", "30 days", 30, 30, "day", "=", "overdue items", "overdue period before billing as lost", "duration")
aq = "(2021) Visitor Wi-Fi codes are valid for 24 hours."
cl(M, aq, "(2021) Visitor Wi-Fi codes are valid for 24 hours", "24 hours", 24, 24, "hour", "=", "visitor Wi-Fi code", "validity", "duration")
aq = "LaptopGo Term is the long-loan program"
cl(M, aq, "LaptopGo Term laptops go out for 90 days, and applications go through Financial Aid, not the desk", "90 days", 90, 90, "day", "=", "LaptopGo Term laptop", "loan period", "duration")
aq = "Interlibrary loan books that come back late"
cl(M, aq, "Interlibrary loan books that come back late are charged $1 per day, because the lending library bills us for them", "$1 per day", 1, 1, "CAD/day", "=", "late interlibrary loan books", "overdue charge", "price")
aq = "Chargers and headphones can be added to any laptop loan."
sq = "A lost charger is billed at $45 and lost headphones at $30, so losing both comes to $75"
cl(M, aq, sq, "$45", 45, 45, "CAD", "=", "lost laptop charger", "replacement charge", "price")
cl(M, aq, sq, "$30", 30, 30, "CAD", "=", "lost headphones", "replacement charge", "price")
cl(M, aq, sq, "$75", 75, 75, "CAD", "=", "lost charger and headphones together", "replacement charge", "price")
aq = "Older handouts still quote 75 cents for a colour page."
cl(M, aq, "Older handouts still quote 75 cents for a colour page", "75 cents", 0.75, 0.75, "CAD", "=", "colour printing before 2023", "price per page", "price")
aq = "- Faculty and librarians: up to 200 items at a time"
cl(M, aq, "Faculty and librarians: up to 200 items at a time", "up to 200 items", None, 200, "items", "<=", "faculty and librarians", "borrowing limit", "limit")
cl(M, aq, "Support staff: up to 50 items, on 21-day loans", "up to 50 items", None, 50, "items", "<=", "support staff", "borrowing limit", "limit")
cl(M, aq, "Support staff: up to 50 items, on 21-day loans", "21-day", 21, 21, "day", "=", "support staff", "loan period", "duration")
cl(M, aq, "Emeriti and visiting scholars: up to 100 items", "up to 100 items", None, 100, "items", "<=", "emeriti and visiting scholars", "borrowing limit", "limit")
aq = "Holds are usually ready for pickup in 2 to 4 business days."
cl(M, aq, "Holds are usually ready for pickup in 2 to 4 business days", "2 to 4 business days", 2, 4, "business day", "=", "holds", "time until ready for pickup", "duration")
cl(M, aq, "They stay on the hold shelf for 7 days, then go back into circulation", "7 days", 7, 7, "day", "=", "holds", "time on the hold shelf", "duration")
aq = "Most students see around 150 Mbps on NorthmereSecure"
cl(M, aq, "Most students see around 150 Mbps on NorthmereSecure in the libraries", "around 150 Mbps", 150, 150, "Mbps", "~", "NorthmereSecure in the libraries", "typical Wi-Fi speed", "other")
cl(M, aq, "Anything under 20 Mbps is worth a ticket; note the room and the access point name", "under 20 Mbps", None, 20, "Mbps", "<", "Wi-Fi speed worth a ticket", "speed threshold", "limit")
aq = "After the third renewal, an item has to come back to the library."
cl(M, aq, "After the third renewal, an item has to come back to the library", "third renewal", None, 3, "renewals", "<=", "library items", "renewals allowed", "limit")

# FAQ page (9 answers)
aq = "Graduate students may have 100 items checked out at a time"
sq = "Graduate students may have 100 items checked out at a time, and their loans run for 120 days"
cl(H, aq, sq, "100 items", None, 100, "items", "<=", "graduate students", "borrowing limit", "limit")
cl(H, aq, sq, "120 days", 120, 120, "day", "=", "graduate students", "loan period", "duration")
aq = "Most holds are on the shelf within about 3 business days"
cl(H, aq, "Most holds are on the shelf within about 3 business days, and we'll email you when yours is ready", "about 3 business days", 3, 3, "business day", "~", "holds", "time until ready for pickup", "duration")
aq = "As of 2025, lost items carry a $25 processing charge"
cl(H, aq, "As of 2025, lost items carry a $25 processing charge on top of the replacement cost", "$25", 25, 25, "CAD", "=", "lost item", "processing fee", "price")
aq = "Each black and white page costs $0.12"
cl(H, aq, "Each black and white page costs $0.12, whether it's printed on one side or both", "$0.12", 0.12, 0.12, "CAD", "=", "black-and-white printing", "price per page", "price")
aq = "Regular hours at Calder Library are 7 am to midnight"
cl(H, aq, "Regular hours at Calder Library are 7 am to midnight, every day of the week", "7 am to midnight", 7, 24, "hour of day", "=", "Calder Library, regular hours", "opening hours", "other")
aq = "Group study rooms at the Riverside Learning Commons"
cl(H, aq, "Group study rooms at the Riverside Learning Commons can be booked for 2 hours per day per student", "2 hours per day", None, 2, "hour", "<=", "Riverside group study room", "booking time per student per day", "limit")
aq = "Every student gets 1 TB of OneDrive storage"
cl(H, aq, "Every student gets 1 TB of OneDrive storage with their Microsoft 365 account", "1 TB", 1, 1, "TB", "=", "student OneDrive account", "storage quota", "limit")
aq = "On campus, eduroam and NorthmereSecure deliver up to 1 Gbps"
cl(H, aq, "On campus, eduroam and NorthmereSecure deliver up to 1 Gbps per device on our newest access points", "up to 1 Gbps", None, 1, "Gbps", "<=", "campus Wi-Fi on the newest access points", "maximum Wi-Fi speed", "limit")
aq = "An Alumni Library Card is $60 a year"
sq = "An Alumni Library Card is $60 a year, and recent graduates get 25% off for their first year, so a new graduate pays $50"
cl(H, aq, sq, "$60", 60, 60, "CAD", "=", "Alumni Library Card", "annual price", "price")
cl(H, aq, sq, "25% off", 25, 25, "%", "=", "Alumni Library Card for recent graduates", "first-year discount", "percentage")
cl(H, aq, sq, "$50", 50, 50, "CAD", "=", "Alumni Library Card for a new graduate", "first-year price", "price")

# knowledge base articles (11 answers)
aq = "The borrowing cap for undergraduate students is 40 items."
cl(J, aq, "The borrowing cap for undergraduate students is 40 items", "40 items", None, 40, "items", "<=", "undergraduate students", "borrowing limit", "limit")
aq = "Campus Wi-Fi allows up to 5 registered devices per student."
cl(J, aq, "Campus Wi-Fi allows up to 5 registered devices per student", "up to 5 registered devices", None, 5, "devices", "<=", "student on campus Wi-Fi", "registered devices", "limit")
aq = "LaptopGo laptops are charged $5 for every hour they're late"
sq = "LaptopGo laptops are charged $5 for every hour they're late, so a laptop returned 3 hours late costs $20"
cl(J, aq, sq, "$5 for every hour", 5, 5, "CAD/hour", "=", "late LaptopGo laptop", "overdue charge", "price")
cl(J, aq, sq, "3 hours late", 3, 3, "hour", "=", "example late LaptopGo return", "time overdue", "duration")
cl(J, aq, sq, "$20", 20, 20, "CAD", "=", "example late LaptopGo return", "overdue charge", "price")
aq = "(2022) Each full-time student receives $15 of print credit per term."
cl(J, aq, "(2022) Each full-time student receives $15 of print credit per term", "$15", 15, 15, "CAD", "=", "full-time students", "print credit per term", "price")
aq = "As of 2024, a guest Wi-Fi code stays active for 7 days"
sq = "As of 2024, a guest Wi-Fi code stays active for 7 days, and desk staff can print up to 10 codes for a visiting group"
cl(J, aq, sq, "7 days", 7, 7, "day", "=", "guest Wi-Fi code", "validity", "duration")
cl(J, aq, sq, "up to 10 codes", None, 10, "codes", "<=", "visiting group", "guest Wi-Fi codes per group", "limit")
aq = "At Calder, each student can book a group room for up to 3 hours a day."
cl(J, aq, "At Calder, each student can book a group room for up to 3 hours a day", "up to 3 hours a day", None, 3, "hour", "<=", "Calder group study room", "booking time per student per day", "limit")
aq = "During exam periods, Calder Library stays open 24 hours a day."
cl(J, aq, "During exam periods, Calder Library stays open 24 hours a day", "24 hours a day", 24, 24, "hour", "=", "Calder Library during exam periods", "daily opening time", "duration")
aq = "Undergraduate loans run for three weeks"
cl(J, aq, "Undergraduate loans run for three weeks, and you'll get a courtesy reminder by email before the due date", "three weeks", 3, 3, "week", "=", "undergraduate loans", "loan period", "duration")
aq = "A semester locker at Calder costs $40"
sq = "A semester locker at Calder costs $40, and students registered with Accessible Learning get 50% off, paying $20"
cl(J, aq, sq, "$40", 40, 40, "CAD", "=", "semester locker at Calder", "price", "price")
cl(J, aq, sq, "50% off", 50, 50, "%", "=", "locker for students registered with Accessible Learning", "discount", "percentage")
cl(J, aq, sq, "$20", 20, 20, "CAD", "=", "locker for students registered with Accessible Learning", "discounted price", "price")
aq = "Scanned articles come from partner libraries"
cl(J, aq, "For example, a journal article from a nearby library might reach your inbox in 6 hours", "6 hours", 6, 6, "hour", "=", "interlibrary loan article from a nearby library", "delivery time", "duration", True)
aq = "Each item can be renewed up to three times online"
cl(J, aq, "Each item can be renewed up to three times online, as long as nobody has placed a hold on it", "up to three times", None, 3, "renewals", "<=", "library items", "renewals allowed", "limit")

# ================= checks =================
errors = []
def read(f):
    with open(os.path.join(CORPUS, f), encoding="utf-8") as fh: return fh.read()
RAW = {f: read(f) for f in (T, M, H, J)}

def ws(s): return re.sub(r"\s+", " ", s).strip()

def answers_txt(raw):
    lines = raw.split("\n")
    if lines and lines[-1] == "": lines = lines[:-1]
    if any(not l.strip() for l in lines): errors.append(f"{T}: blank line")
    out, pos = [], 0
    spans = []
    for l in lines:
        spans.append((pos, pos + len(l))); pos += len(l) + 1
    for (s, e), l in list(zip(spans, lines))[1:-1]:   # skip title and sign-off
        out.append((s, e, l))
    return out

def answers_md(raw):
    heads = [m for m in re.finditer(r"^## .*$", raw, re.M)]
    out = []
    for i, m in enumerate(heads):
        s = m.end(); e = heads[i + 1].start() if i + 1 < len(heads) else len(raw)
        body = raw[s:e]
        lead = len(body) - len(body.lstrip())
        out.append((s + lead, e, body.strip()))
    return out

def visible(fragment):
    frag = re.sub(r"<script.*?</script>|<style.*?</style>|<head>.*?</head>", " ", fragment, flags=re.S)
    return ws(htmlmod.unescape(re.sub(r"<[^>]+>", " ", frag)))

def answers_html(raw):
    marks = [m for m in re.finditer(r"<h[23][^>]*>.*?</h[23]>|<aside", raw, re.S)]
    out = []
    for i, m in enumerate(marks):
        if not m.group(0).startswith("<h3"): continue
        s = m.end(); e = marks[i + 1].start() if i + 1 < len(marks) else raw.index("</main>")
        out.append((s, e, visible(raw[s:e])))
    return out

doc = json.loads(RAW[J])
for a in doc["articles"]:
    if not a.get("title") or not a.get("body"): errors.append(f"{J}: article {a.get('kb_number')} lacks title or body")
BODIES = [a["body"] for a in doc["articles"]]
ANS = {T: answers_txt(RAW[T]), M: answers_md(RAW[M]), H: answers_html(RAW[H]), J: None}
VIS_H = visible(RAW[H])

def locate(f, q):
    """Return an answer id for quote q in file f, or None (recording errors)."""
    raw = RAW[f]
    n = raw.count(q)
    if n != 1: errors.append(f"{f}: quote occurs {n} times: {q!r}"); return None
    if f == J:
        if '"' in q or "\\" in q: errors.append(f"{J}: quote has a quote char or backslash: {q!r}")
        hits = [i for i, b in enumerate(BODIES) if q in b]
        if len(hits) != 1: errors.append(f"{J}: quote in {len(hits)} bodies: {q!r}"); return None
        return (f, hits[0])
    if f == H:
        if "<" in q or ">" in q: errors.append(f"{H}: quote crosses a tag: {q!r}")
        if "&" in q: errors.append(f"{H}: quote has an entity: {q!r}")
        if VIS_H.count(q) != 1: errors.append(f"{H}: quote not once in visible text: {q!r}")
    p = raw.index(q)
    hits = [i for i, (s, e, _) in enumerate(ANS[f]) if s <= p and p + len(q) <= e]
    if len(hits) != 1: errors.append(f"{f}: quote not inside exactly one answer: {q!r}"); return None
    return (f, hits[0])

def answer_text(aid):
    f, i = aid
    return BODIES[i] if f == J else ANS[f][i][2]

seen_quotes, seen_pairs = set(), {}
def check_label(lid, sides, same_answer_ok):
    ids = []
    for sd in sides:
        q = sd["quote"]
        nw = len(q.split())
        if not 5 <= nw <= 15: errors.append(f"{lid}: quote has {nw} words: {q!r}")
        if q in seen_quotes: errors.append(f"{lid}: quote used twice: {q!r}")
        seen_quotes.add(q)
        ids.append(locate(sd["file"], q))
    if None in ids: return
    pair = tuple(sorted(ids))
    if pair in seen_pairs: errors.append(f"{lid}: answer pair already labelled by {seen_pairs[pair]}")
    seen_pairs[pair] = lid
    if same_answer_ok is True and ids[0] != ids[1]: errors.append(f"{lid}: sides should sit in one answer")
    if same_answer_ok is False and ids[0] == ids[1]: errors.append(f"{lid}: sides sit in one answer")

for c in labels["conflicts"]:
    check_label(c["id"], c["sides"], c["kind"] == "arithmetic")
for t in labels["traps"]:
    check_label(t["id"], t["sides"], None)
kinds = {}
for c in labels["conflicts"]: kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
for k, n in (("list", 3), ("polarity", 3), ("numeric", 4), ("arithmetic", 3), ("stale", 3)):
    if kinds.get(k) != n: errors.append(f"conflict kind {k}: {kinds.get(k)} (want {n})")
if len(labels["traps"]) != 14: errors.append(f"{len(labels['traps'])} traps (want 14)")
for c in labels["conflicts"]:
    if c["kind"] == "stale":
        for sd in c["sides"]:
            if not re.search(r"\b20\d\d\b", sd["quote"]): errors.append(f"{c['id']}: stale side without a year: {sd['quote']!r}")

FIELDS = ["file", "answer_quote", "sentence_quote", "surface", "low", "high", "unit", "comparator", "subject", "metric", "metric_class", "hedged"]
claim_answers = set()
for n, c in enumerate(C, 1):
    if list(c) != FIELDS: errors.append(f"claim {n}: fields out of order")
    f = c["file"]
    texts = BODIES if f == J else [a[2] for a in ANS[f]]
    starts = [i for i, t in enumerate(texts) if t.startswith(c["answer_quote"])]
    if len(starts) != 1: errors.append(f"claim {n}: answer_quote starts {len(starts)} answers: {c['answer_quote']!r}"); continue
    claim_answers.add((f, starts[0]))
    if c["sentence_quote"] not in texts[starts[0]]: errors.append(f"claim {n}: sentence not in answer: {c['sentence_quote']!r}")
    if c["surface"] not in c["sentence_quote"]: errors.append(f"claim {n}: surface not in sentence: {c['surface']!r}")
    lo, hi, cmp_ = c["low"], c["high"], c["comparator"]
    ok = {"=": lo is not None and hi is not None and lo <= hi, "~": lo is not None and lo == hi,
          "<=": lo is None and hi is not None, "<": lo is None and hi is not None,
          ">=": lo is not None and hi is None, ">": lo is not None and hi is None}.get(cmp_, False)
    if not ok: errors.append(f"claim {n}: comparator {cmp_} disagrees with low/high ({lo}, {hi})")
    if not any(ch.isdigit() for ch in c["surface"]) and not re.search(r"\b(one|two|three|four|five|six|seven|eight|nine|ten|third)\b", c["surface"]):
        errors.append(f"claim {n}: surface has no number: {c['surface']!r}")

if errors:
    for e in errors: print("ERROR:", e)
    sys.exit(1)

with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
    json.dump(labels, fh, indent=1, ensure_ascii=False); fh.write("\n")
with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C: fh.write(json.dumps(c, ensure_ascii=False) + "\n")
n_ans = sum(len(ANS[f]) for f in (T, M, H)) + len(BODIES)
by_file = {f: len({a for a in claim_answers if a[0] == f}) for f in (T, M, H, J)}
print(f"answers: {n_ans} ({', '.join(f'{f} {len(ANS[f]) if f != J else len(BODIES)}' for f in (T, M, H, J))})")
print(f"wrote {len(labels['conflicts'])} conflicts {kinds}, {len(labels['traps'])} traps, "
      f"{len(C)} claims over {len(claim_answers)} answers {by_file}; 0 errors")
