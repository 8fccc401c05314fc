#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the language domain (Escuela Alameda)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, H, O = "student-answers.txt", "admissions-notes.md", "courses-and-fees.html", "faq-2021.html"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The student answers say the course fee covers tuition, course books and the placement test, while the admissions notes say the fee includes tuition and the placement test only, with books sold separately.",
  "what the course fee includes", side(T, "Your course fee covers tuition, course books and the online placement test"), side(M, "The fee includes tuition and the placement test only")),
 ("list", "The admissions notes hold the Alameda Diploma in March and November only, while the fees page lists March, June and November sittings.",
  "Alameda Diploma exam sessions", side(M, "The Alameda Diploma exam sits in March and November only"), side(H, "Diploma exams are held in March, June and November")),
 ("list", "The student answers need a passport scan, proof of payment and a health insurance certificate for a visa letter, while the old page needs only a passport copy and a payment receipt.",
  "documents needed for a visa letter", side(T, "we need a scan of your passport, proof that your fees are paid"), side(O, "we only need a copy of your passport and a receipt for full payment")),
 # polarity
 ("polarity", "The student answers refund the enrolment fee when a visa is refused, while the fees page says the registration fee is never refundable, a refused visa included.",
  "refund of the enrolment fee after a visa refusal", side(T, "we refund the full course fee and the €60 enrolment fee"), side(H, "The course registration fee is non-refundable under any circumstances")),
 ("polarity", "The student answers let students move from classroom lessons to Online Live during the course, while the fees page says switching between in-person and online study is not possible once the course has started.",
  "switching between classroom and online study mid-course", side(T, "You can move from classroom lessons to Online Live at any point in your course"), side(H, "Switching between in-person and online study is not possible once your course has started")),
 ("polarity", "The admissions notes include the Saturday excursions in the course fee, while the old page says weekend trips are not covered by tuition.",
  "Saturday excursions included in the fee", side(M, "Saturday excursions are included in the course fee"), side(O, "Weekend trips are not covered by your tuition and are paid for separately")),
 # numeric
 ("numeric", "The student answers cap classroom groups at 8 students, while the old page allows up to 10 learners in a class at the Seville school.",
  "maximum in-person class size", side(T, "Classroom groups have a maximum of 8 students"), side(O, "There are never more than 10 learners in a class")),
 ("numeric", "The admissions notes give a 50-minute lesson, while the fees page says a class period is 45 minutes.",
  "lesson length", side(M, "Each lesson lasts 50 minutes, with a 10-minute break"), side(H, "A class period is 45 minutes long")),
 ("numeric", "The old page gives the Intensive course 30 lessons a week, while the admissions notes give Intensive students 25.",
  "Intensive course lessons per week", side(O, "Intensive classes add up to 30 lessons a week"), side(M, "Intensive students get 25 lessons per week, five every weekday")),
 ("numeric", "The fees page asks for visa letters at least 8 weeks before the start date, while the old page says they need 6 weeks' notice.",
  "notice needed for a visa letter", side(H, "Request your visa letter at least 8 weeks before your start date"), side(O, "Visa support letters need 6 weeks' notice")),
 # arithmetic
 ("arithmetic", "3 x €450 is €1,350, not €1,500.",
  "three weeks of one-to-one tuition", side(T, "three weeks at €450 a week"), side(T, "comes to €1,500, with 10 hours of private lessons")),
 ("arithmetic", "80% of 20 lessons is 16, not 18.",
  "minimum attendance on a 20-lesson week", side(M, "Visa students must attend 80% of their lessons. On a 20-lesson week"), side(M, "that means at least 18 lessons, and reception logs any shortfall")),
 ("arithmetic", "€2,160 over 12 weeks is €180 a week, not €200.",
  "weekly cost of the Semester course", side(H, "The 12-week Semester course costs €2,160"), side(H, "which works out at €200 per week")),
 # stale
 ("stale", "A 2021 answer prices the Standard course at €180 a week, while a 2025 answer gives €210 a week for Standard group tuition.",
  "Standard course weekly price", side(O, "(2021) The Standard course is €180 per week"), side(T, "As of 2025, Standard group tuition costs €210 a week")),
 ("stale", "A 2022 note prices a half-board homestay at €190 a week, while an answer dated 2024 gives €235 a week for a homestay room with breakfast and dinner.",
  "homestay weekly price", side(M, "(2022) Homestay with half board is €190 a week"), side(H, "Since 2024, a homestay room with breakfast and dinner costs €235")),
 ("stale", "A 2021 note charges €35 for the airport pick-up, while a 2025 answer charges €45 each way for the airport transfer.",
  "airport transfer price", side(M, "(2021) Airport pick-up from Seville airport costs €35"), side(H, "As of 2025, the airport transfer is €45 each way")),
]

traps = [
 ("Different condition: 6 is the cap for Online Live groups, 8 the cap for classroom groups.",
  side(H, "Online Live groups are capped at 6 participants"), side(T, "maximum of 8 students, so everyone gets plenty of speaking time")),
 ("Different condition: the €20 supplement applies in July and August; October to May has none.",
  side(H, "In July and August, a €20 weekly high-season supplement applies"), side(O, "There is no seasonal supplement for courses taken between October and May")),
 ("Similarly named products: Online Live has 4 hours of live classes a week, Online Live Plus 8 hours.",
  side(H, "Online Live includes 4 hours of live classes each week"), side(M, "Online Live Plus gives 8 hours of live teaching a week")),
 ("Same value in other units: 1.2 km is 1,200 metres.",
  side(T, "Our student residence is 1.2 km from the school"), side(O, "The Residencia Triana is a 1,200-metre walk from our classrooms")),
 ("Correct computation: 2 x €290 = €580.",
  side(M, "Two weeks of Intensive at €290 a week"), side(M, "come to €580, before accommodation and the enrolment fee")),
 ("Correct percentage: 10% off €1,680 is €1,512 (and 8 x €210 = €1,680).",
  side(T, "Book 8 weeks or more and we take 10% off the tuition"), side(T, "an 8-week Standard course drops from €1,680 to €1,512")),
 ("Correct computation: 3 x €650 = €1,950.",
  side(H, "three children at €650 each"), side(H, "pay €1,950 for the two-week course")),
 ("The typical 10 weeks lies inside the 8 to 12 week range.",
  side(T, "Most students need 8 to 12 weeks of Standard classes"), side(M, "It usually takes about 10 weeks to complete a level")),
 ("30 minutes is a hedged example for a beginner, not the typical hour on the Intensive course.",
  side(O, "For example, a beginner might only need 30 minutes a day"), side(T, "Expect about an hour of homework per day on the Intensive course")),
 ("The €95 exam fee is explicitly the pre-2024 price; €120 is current.",
  side(M, "Exam registration used to be €95 before the 2024 price change"), side(H, "Registering for the Alameda Diploma exam costs €120")),
 ("'Up to 10 working days' is a maximum; most visa letters go out within 3.",
  side(T, "Visa letters can take up to 10 working days to issue"), side(O, "Most visa letters are sent out within 3 working days")),
 ("The activities list is open ('include'), so tapas evenings are consistent.",
  side(M, "Afternoon activities include flamenco workshops, cooking classes and city walks"), side(O, "We also run guided tapas evenings once a month")),
 ("The same 14-day cancellation rule stated in both directions.",
  side(T, "Cancel at least 14 days before your start date and you get a full refund"), side(M, "Cancellations made less than 14 days before the course starts are not refunded")),
 ("Different condition: €45 an hour is for private lessons at the school, €38 for online one-to-one sessions.",
  side(O, "Private lessons at the school cost €45 per hour"), side(H, "Online one-to-one sessions are €38 per hour")),
 ("Different tests: Diploma results take up to 4 weeks, end-of-level tests are marked by Friday of the same week.",
  side(O, "Diploma results come out within 4 weeks of the exam date"), side(M, "End-of-level tests are marked by the Friday of the same week")),
]

DOMAIN = ("Escuela Alameda, a fictional Spanish language school in Seville, Spain (euros): course formats and levels, "
          "class sizes and lesson lengths, online and in-person study, fees, discounts and refunds, accommodation and "
          "airport transfers, visa letters, attendance rules and the school's own Diploma exam.")
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

# student answers (10 answers)
aq = "Classroom groups have a maximum of 8 students"
cl(T, aq, "Classroom groups have a maximum of 8 students, so everyone gets plenty of speaking time in every lesson", "a maximum of 8 students", None, 8, "students", "<=", "classroom group", "class size", "limit")

aq = "One-to-one tuition is charged by the week"
sq = "three weeks at €450 a week comes to €1,500, with 10 hours of private lessons in each week"
cl(T, aq, sq, "three weeks", 3, 3, "week", "=", "one-to-one tuition booking", "length", "duration")
cl(T, aq, sq, "€450 a week", 450, 450, "EUR/week", "=", "one-to-one tuition", "weekly price", "price")
cl(T, aq, sq, "€1,500", 1500, 1500, "EUR", "=", "three weeks of one-to-one tuition", "total price", "price")
cl(T, aq, sq, "10 hours", 10, 10, "hour/week", "=", "one-to-one tuition", "private lesson hours per week", "duration")

aq = "As of 2025, Standard group tuition costs €210 a week"
sq = "As of 2025, Standard group tuition costs €210 a week for 20 lessons, Monday to Friday"
cl(T, aq, sq, "€210 a week", 210, 210, "EUR/week", "=", "Standard group course", "weekly price", "price")
cl(T, aq, sq, "20 lessons", 20, 20, "lessons/week", "=", "Standard group course", "lessons per week", "count")

aq = "If your student visa is refused"
cl(T, aq, "If your student visa is refused, we refund the full course fee and the €60 enrolment fee once you send us the refusal letter", "€60", 60, 60, "EUR", "=", "enrolment fee", "amount", "price")

aq = "Most students need 8 to 12 weeks"
cl(T, aq, "Most students need 8 to 12 weeks of Standard classes to move up one level", "8 to 12 weeks", 8, 12, "week", "=", "moving up one level in Standard classes", "time needed", "duration")

aq = "Visa letters can take up to 10 working days"
cl(T, aq, "Visa letters can take up to 10 working days to issue in the busy summer months", "up to 10 working days", None, 10, "working day", "<=", "visa letter", "time to issue", "duration")

aq = "Cancel at least 14 days before your start date"
cl(T, aq, "Cancel at least 14 days before your start date and you get a full refund of your tuition", "at least 14 days", 14, None, "day", ">=", "cancellation with full refund", "notice before start date", "duration")

aq = "Our student residence is 1.2 km from the school"
cl(T, aq, "Our student residence is 1.2 km from the school, an easy walk along the river", "1.2 km", 1.2, 1.2, "km", "=", "student residence", "distance from school", "other")

aq = "Book 8 weeks or more"
sq = "Book 8 weeks or more and we take 10% off the tuition, so an 8-week Standard course drops from €1,680 to €1,512"
cl(T, aq, sq, "8 weeks or more", 8, None, "week", ">=", "long-booking discount", "minimum booking length", "duration")
cl(T, aq, sq, "10%", 10, 10, "%", "=", "long-booking discount", "discount on tuition", "percentage")
cl(T, aq, sq, "€1,680", 1680, 1680, "EUR", "=", "8-week Standard course", "price before discount", "price")
cl(T, aq, sq, "€1,512", 1512, 1512, "EUR", "=", "8-week Standard course", "price after discount", "price")

aq = "Expect about an hour of homework per day"
cl(T, aq, "Expect about an hour of homework per day on the Intensive course", "about an hour", 1, 1, "hour/day", "~", "Intensive course", "homework per day", "duration")

# admissions notes (11 answers)
aq = "The fee includes tuition and the placement test only."
cl(M, aq, "Course books are sold at reception on the first day, usually around €35 per level", "around €35 per level", 35, 35, "EUR/level", "~", "course books", "price", "price")

aq = "Each lesson lasts 50 minutes"
sq = "Each lesson lasts 50 minutes, with a 10-minute break between lessons"
cl(M, aq, sq, "50 minutes", 50, 50, "minute", "=", "lesson", "length", "duration")
cl(M, aq, sq, "10-minute break", 10, 10, "minute", "=", "break between lessons", "length", "duration")

aq = "Intensive students get 25 lessons per week"
sq = "Intensive students get 25 lessons per week, five every weekday, split between the morning and early afternoon"
cl(M, aq, sq, "25 lessons per week", 25, 25, "lessons/week", "=", "Intensive course", "lessons per week", "count")
cl(M, aq, sq, "five every weekday", 5, 5, "lessons/day", "=", "Intensive course", "lessons per weekday", "count")

aq = "Visa students must attend 80% of their lessons."
cl(M, aq, "Visa students must attend 80% of their lessons", "80%", 80, None, "%", ">=", "visa student", "minimum attendance", "percentage")
sq = "On a 20-lesson week that means at least 18 lessons, and reception logs any shortfall for the immigration report"
cl(M, aq, sq, "20-lesson week", 20, 20, "lessons/week", "=", "example week", "lessons per week", "count")
cl(M, aq, sq, "at least 18 lessons", 18, None, "lessons", ">=", "visa student on a 20-lesson week", "minimum lessons attended", "count")

aq = "(2022) Homestay with half board is €190 a week"
cl(M, aq, "(2022) Homestay with half board is €190 a week for a single room, with sheets and towels provided", "€190 a week", 190, 190, "EUR/week", "=", "half-board homestay", "weekly price", "price")

aq = "Online Live Plus gives 8 hours of live teaching a week"
cl(M, aq, "Online Live Plus gives 8 hours of live teaching a week, with a one-to-one tutor call every Friday", "8 hours of live teaching a week", 8, 8, "hour/week", "=", "Online Live Plus", "live teaching per week", "duration")

aq = "Two weeks of Intensive at €290 a week"
sq = "Two weeks of Intensive at €290 a week come to €580, before accommodation and the enrolment fee"
cl(M, aq, sq, "Two weeks", 2, 2, "week", "=", "Intensive booking", "length", "duration")
cl(M, aq, sq, "€290 a week", 290, 290, "EUR/week", "=", "Intensive course", "weekly price", "price")
cl(M, aq, sq, "€580", 580, 580, "EUR", "=", "two weeks of Intensive", "total price", "price")

aq = "It usually takes about 10 weeks to complete a level"
cl(M, aq, "It usually takes about 10 weeks to complete a level in a Standard group", "about 10 weeks", 10, 10, "week", "~", "completing a level in a Standard group", "time needed", "duration")

aq = "Exam registration used to be €95"
cl(M, aq, "Exam registration used to be €95 before the 2024 price change", "€95", 95, 95, "EUR", "=", "Diploma exam registration before 2024", "fee", "price")

aq = "Cancellations made less than 14 days before the course starts"
cl(M, aq, "Cancellations made less than 14 days before the course starts are not refunded", "less than 14 days", None, 14, "day", "<", "late cancellation without refund", "notice before start date", "duration")

aq = "(2021) Airport pick-up from Seville airport costs €35"
cl(M, aq, "(2021) Airport pick-up from Seville airport costs €35, and the driver waits in arrivals with a school sign", "€35", 35, 35, "EUR", "=", "airport pick-up", "price", "price")

# fees page (11 answers)
aq = "A class period is 45 minutes long"
cl(H, aq, "A class period is 45 minutes long, and there is a short break after each one", "45 minutes", 45, 45, "minute", "=", "class period", "length", "duration")

aq = "Online Live groups are capped at 6 participants"
cl(H, aq, "Online Live groups are capped at 6 participants so the teacher can hear everyone speak", "capped at 6 participants", None, 6, "participants", "<=", "Online Live group", "class size", "limit")

aq = "Online Live includes 4 hours of live classes each week"
cl(H, aq, "Online Live includes 4 hours of live classes each week, plus self-study material on the learning platform", "4 hours of live classes each week", 4, 4, "hour/week", "=", "Online Live", "live teaching per week", "duration")

aq = "Yes. Brothers and sisters book together"
sq = "Brothers and sisters book together at the standard Summer Junior rate, so three children at €650 each pay €1,950 for the two-week course"
cl(H, aq, sq, "three children", 3, 3, "children", "=", "family booking example", "number of children", "count")
cl(H, aq, sq, "€650 each", 650, 650, "EUR", "=", "Summer Junior course", "price per child", "price")
cl(H, aq, sq, "€1,950", 1950, 1950, "EUR", "=", "three children on the Summer Junior course", "total price", "price")
cl(H, aq, sq, "two-week course", 2, 2, "week", "=", "Summer Junior course", "length", "duration")

aq = "The 12-week Semester course costs €2,160"
sq = "The 12-week Semester course costs €2,160, which works out at €200 per week, and it includes your exam registration"
cl(H, aq, sq, "12-week", 12, 12, "week", "=", "Semester course", "length", "duration")
cl(H, aq, sq, "€2,160", 2160, 2160, "EUR", "=", "Semester course", "price", "price")
cl(H, aq, sq, "€200 per week", 200, 200, "EUR/week", "=", "Semester course", "weekly cost", "price")

aq = "Since 2024, a homestay room with breakfast and dinner"
cl(H, aq, "Since 2024, a homestay room with breakfast and dinner costs €235 per week", "€235 per week", 235, 235, "EUR/week", "=", "homestay with breakfast and dinner", "weekly price", "price")

aq = "In July and August, a €20 weekly high-season supplement"
cl(H, aq, "In July and August, a €20 weekly high-season supplement applies to all group courses", "€20 weekly", 20, 20, "EUR/week", "=", "group courses in July and August", "high-season supplement", "price")

aq = "Online one-to-one sessions are €38 per hour"
cl(H, aq, "Online one-to-one sessions are €38 per hour, and you can book them at times that suit your time zone", "€38 per hour", 38, 38, "EUR/hour", "=", "online one-to-one session", "hourly price", "price")

aq = "As of 2025, the airport transfer is €45 each way"
sq = "As of 2025, the airport transfer is €45 each way, and we need your flight details at least 3 days ahead"
cl(H, aq, sq, "€45 each way", 45, 45, "EUR", "=", "airport transfer", "price per journey", "price")
cl(H, aq, sq, "at least 3 days ahead", 3, None, "day", ">=", "airport transfer booking", "notice for flight details", "duration")

aq = "Request your visa letter at least 8 weeks"
cl(H, aq, "Request your visa letter at least 8 weeks before your start date, so there's time to get a consulate appointment", "at least 8 weeks", 8, None, "week", ">=", "visa letter request", "notice before start date", "duration")

aq = "Registering for the Alameda Diploma exam costs €120"
cl(H, aq, "Registering for the Alameda Diploma exam costs €120, payable when you book your seat", "€120", 120, 120, "EUR", "=", "Alameda Diploma exam registration", "fee", "price")

# old page (10 answers)
aq = "There are never more than 10 learners in a class"
cl(O, aq, "There are never more than 10 learners in a class at our Seville school", "never more than 10 learners", None, 10, "students", "<=", "class at the Seville school", "class size", "limit")

aq = "(2021) The Standard course is €180 per week"
sq = "(2021) The Standard course is €180 per week for 20 lessons"
cl(O, aq, sq, "€180 per week", 180, 180, "EUR/week", "=", "Standard course", "weekly price", "price")
cl(O, aq, sq, "20 lessons", 20, 20, "lessons/week", "=", "Standard course", "lessons per week", "count")

aq = "Intensive classes add up to 30 lessons a week"
cl(O, aq, "Intensive classes add up to 30 lessons a week, mornings and afternoons", "30 lessons a week", 30, 30, "lessons/week", "=", "Intensive course", "lessons per week", "count")

aq = "Visa support letters need 6 weeks' notice"
cl(O, aq, "Visa support letters need 6 weeks' notice, so please write to us in good time", "6 weeks' notice", 6, 6, "week", "=", "visa support letter", "notice needed", "duration")

aq = "The Residencia Triana is a 1,200-metre walk"
cl(O, aq, "The Residencia Triana is a 1,200-metre walk from our classrooms", "1,200-metre", 1200, 1200, "m", "=", "Residencia Triana", "distance from school", "other")

aq = "Most visa letters are sent out within 3 working days"
cl(O, aq, "Most visa letters are sent out within 3 working days of receiving your documents", "within 3 working days", None, 3, "working day", "<=", "visa letter", "time to issue", "duration")

aq = "It depends on your level."
cl(O, aq, "For example, a beginner might only need 30 minutes a day", "30 minutes a day", 30, 30, "minute/day", "=", "beginner", "homework per day", "duration", True)

aq = "Private lessons at the school cost €45 per hour"
sq = "Private lessons at the school cost €45 per hour, with a minimum booking of 5 hours"
cl(O, aq, sq, "€45 per hour", 45, 45, "EUR/hour", "=", "private lesson at the school", "hourly price", "price")
cl(O, aq, sq, "minimum booking of 5 hours", 5, None, "hour", ">=", "private lessons", "minimum booking", "limit")

aq = "We also run guided tapas evenings"
cl(O, aq, "We also run guided tapas evenings once a month for students over 18", "over 18", 18, None, "year", ">", "tapas evening participant", "age", "limit")

aq = "Diploma results come out within 4 weeks"
cl(O, aq, "Diploma results come out within 4 weeks of the exam date and are posted to your home address", "within 4 weeks", None, 4, "week", "<=", "Diploma results", "time to publish", "duration")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(C)} claims")
