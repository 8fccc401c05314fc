#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the drivingschool domain (Kestrel Lane School of Motoring)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, H, W = "pupil-answers.txt", "instructor-notes.md", "lessons-faq.html", "pupil-handbook.html"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The pupil answers give free pickup in Cork city, Douglas, Ballincollig and Carrigaline, while the FAQ page limits free pickup to Cork city, Douglas and Ballincollig (Carrigaline pays a travel charge).",
  "areas with free pickup", side(T, "free of charge anywhere in Cork city, Douglas, Ballincollig or Carrigaline"), side(H, "Free pickup covers Cork city, Douglas and Ballincollig only")),
 ("list", "The instructor notes offer test-day car hire at Wilton, Mallow and Skibbereen, while the handbook offers it at Wilton and Mallow only.",
  "test centres where the school's car can be hired for the test", side(M, "Pupils can hire one of our cars for the test at Wilton, Mallow and Skibbereen"), side(W, "Test-day car hire is available at the Wilton and Mallow centres only")),
 ("list", "The pupil answers offer lessons in English, Irish and Polish, while the handbook says instructors teach in English and Polish.",
  "languages lessons are taught in", side(T, "Lessons are available in English, Irish and Polish"), side(W, "Our instructors teach in English and Polish")),
 # polarity
 ("polarity", "The pupil answers let pupils take lessons in their own car, while the handbook says the school doesn't give lessons in pupils' own cars.",
  "lessons in the pupil's own car", side(T, "You're welcome to take some of your lessons in your own car"), side(W, "We don’t give lessons in pupils’ own cars")),
 ("polarity", "The instructor notes say the intensive week price includes the test fee, while the handbook says no package includes it, the intensive week included.",
  "whether the intensive week includes the test fee", side(M, "that price includes the €85 test fee"), side(W, "never include the test fee, and that goes for the intensive week too")),
 ("polarity", "The pupil answers welcome a parent or friend in the back seat, while the instructor notes say no passengers are taken, parents included.",
  "passengers during a lesson", side(T, "A parent or friend is welcome to sit in the back during a lesson"), side(M, "We don't take passengers of any kind, parents included")),
 # numeric
 ("numeric", "The pupil answers need at least 48 hours' notice to cancel without charge, while the instructor notes allow free cancellation up to 24 hours before.",
  "notice needed to cancel a lesson without charge", side(T, "give us at least 48 hours' notice, or the lesson is charged in full"), side(M, "Pupils can cancel up to 24 hours before a lesson without paying anything")),
 ("numeric", "The instructor notes quote a first-time pass rate of 82%, while the handbook says just under two thirds pass at the first attempt.",
  "first-time pass rate", side(M, "We quote a first-time pass rate of 82%"), side(W, "Just under two thirds of our pupils pass at their first attempt")),
 ("numeric", "The FAQ page opens intensive courses to anyone aged 17 or over, while the handbook requires 18 or older.",
  "minimum age for an intensive course", side(H, "Intensive courses are open to anyone aged 17 or over"), side(W, "You have to be 18 or older to book an intensive week")),
 ("numeric", "The FAQ page puts the automatic surcharge at €5 an hour, while the handbook puts it at €8.",
  "surcharge for automatic lessons", side(H, "Automatic lessons cost €5 more per hour than manual ones"), side(W, "Lessons in an automatic car carry an €8 supplement")),
 # arithmetic
 ("arithmetic", "Ten lessons at €45 are €450; €450 - €395 is a €55 saving, not €65.",
  "saving on the 10-lesson bundle", side(T, "Ten single lessons at €45 would cost €450, so the 10-lesson bundle at €395"), side(T, "saves you €65, and bundle lessons never expire")),
 ("arithmetic", "5 days x 4 hours + a 2-hour mock test is 22 hours, not 24.",
  "hours of tuition in the intensive week", side(H, "five days of four hours' driving, plus a two-hour mock test at the end"), side(H, "which comes to 24 hours of tuition in total")),
 ("arithmetic", "15% off €420 is €357, not €367.",
  "student price of the EDT package", side(M, "Full-time students get 15% off the €420 EDT package"), side(M, "which brings it down to €367")),
 # stale
 ("stale", "A 2023 note prices test-day car hire at €90, while a 2025 answer gives €110.",
  "price of test-day car hire", side(M, "(2023) Car hire for the driving test is €90"), side(H, "As of 2025, hiring one of our cars on test day costs €110")),
 ("stale", "A 2022 handbook entry has six dual-control cars, all manual, while a 2024 answer has nine, three of them automatics.",
  "size of the school's fleet", side(W, "(2022) The school has six dual-control cars, all of them manual"), side(T, "Since 2024, we've run nine dual-control cars, three of them automatics")),
 ("stale", "A 2022 note makes gift vouchers valid for 12 months, while a 2024 answer makes them valid for two years.",
  "how long gift vouchers are valid", side(M, "(2022) Gift vouchers are valid for 12 months from the date"), side(W, "Since 2024, gift vouchers stay valid for two full years")),
]

traps = [
 ("Different condition (day of the week): €45 for a weekday lesson, €50 an hour at weekends.",
  side(H, "A one-hour lesson on a weekday costs €45"), side(W, "Weekend lessons are charged at €50 an hour")),
 ("Different tier (instructor type): €35 an hour with a trainee instructor, €45 with a fully qualified one.",
  side(M, "Lessons with one of our trainee instructors cost €35 an hour"), side(W, "An hour with one of our fully qualified (ADI) instructors costs €45")),
 ("Different region (test centre): about 10 weeks' wait at Wilton, within 5 weeks at Mallow.",
  side(M, "At Wilton, the wait for a test date is around 10 weeks"), side(H, "Mallow test dates are usually available within 5 weeks of applying")),
 ("Different condition (experience): complete beginners need around 20 lessons, drivers converting a foreign licence 4 or 5.",
  side(T, "Complete beginners usually need around 20 lessons before they're ready"), side(M, "Drivers converting from a foreign licence usually need only 4 or 5 lessons")),
 ("Similarly named packages: Test Ready is €160 with three lessons, Test Ready Plus is €270 with five lessons and a mock test.",
  side(T, "Our Test Ready package is €160 and gives you three pre-test lessons"), side(H, "Test Ready Plus is €270 and adds a full mock test")),
 ("Same value in other units: 90 minutes is an hour and a half.",
  side(T, "Refresher lessons for returning drivers run for 90 minutes"), side(W, "A refresher session lasts an hour and a half")),
 ("Correct computation: €255 / 6 lessons = €42.50 a lesson.",
  side(H, "A block of 6 lessons is €255"), side(H, "which works out at €42.50 a lesson")),
 ("Correct percentage: 10% off a €200 voucher is €180.",
  side(T, "Gift vouchers bought in December get 10% off"), side(T, "so a €200 voucher costs you €180")),
 ("About a month (about 4 weeks) lies inside the 3 to 6 week range.",
  side(M, "Intensive weeks have to be booked 3 to 6 weeks ahead"), side(H, "We normally need about a month's notice to fit in an intensive week")),
 ("40 lessons is a hedged example for a very nervous learner ('For example ... might'), not the usual figure of around 20.",
  side(M, "a very nervous learner might need 40 lessons or more"), side(T, "Complete beginners usually need around 20 lessons")),
 ("The €40 lesson price is explicitly the price before the 2024 change; €45 is current.",
  side(M, "A single lesson was €40 before the 2024 price change"), side(H, "A one-hour lesson on a weekday costs €45. You can pay as you go")),
 ("'Up to 15 minutes late' is the worst case; instructors typically arrive within 5 minutes.",
  side(T, "your instructor could be up to 15 minutes late to collect you"), side(H, "Our instructors typically arrive within 5 minutes of the booked time")),
 ("The list of skills is open ('such as'), so night driving is consistent.",
  side(H, "skills such as roundabouts, hill starts, reverse parking and the turnabout"), side(W, "We’ll also practise night driving with you")),
 ("The same six-month learner permit rule stated in both directions.",
  side(T, "held your learner permit for at least six months before you can sit"), side(W, "Nobody can sit the test within six months of getting their first learner permit")),
]

DOMAIN = ("Kestrel Lane School of Motoring, a fictional driving school in Cork, Ireland (prices in euro): lesson prices "
          "and packages, trainee and fully qualified instructors, manual and automatic cars, the intensive week, the "
          "test fee and test-day car hire, cancellation notice, pickup areas and test centres, languages, age rules, "
          "learner permits, gift vouchers and pass rates.")
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

# pupil answers (8 answers)
aq = "If you need to cancel or move a lesson"
cl(T, aq, "If you need to cancel or move a lesson, give us at least 48 hours' notice, or the lesson is charged in full (we'll always waive it if you're ill)", "at least 48 hours' notice", 48, None, "hour", ">=", "cancelling a lesson", "notice needed to avoid a charge", "duration")
aq = "Ten single lessons at €45 would cost €450"
sq = "Ten single lessons at €45 would cost €450, so the 10-lesson bundle at €395 saves you €65, and bundle lessons never expire"
cl(T, aq, sq, "Ten single lessons", 10, 10, "lessons", "=", "bundle example", "number of single lessons", "count")
cl(T, aq, sq, "€45", 45, 45, "EUR", "=", "single lesson", "lesson price", "price")
cl(T, aq, sq, "€450", 450, 450, "EUR", "=", "ten single lessons", "total price", "price")
cl(T, aq, sq, "10-lesson bundle", 10, 10, "lessons", "=", "lesson bundle", "lessons in the bundle", "count")
cl(T, aq, sq, "€395", 395, 395, "EUR", "=", "10-lesson bundle", "bundle price", "price")
cl(T, aq, sq, "€65", 65, 65, "EUR", "=", "10-lesson bundle", "saving against single lessons", "price")
aq = "Since 2024, we've run nine dual-control cars"
sq = "Since 2024, we've run nine dual-control cars, three of them automatics, so there's nearly always a car free for a last-minute lesson before a test"
cl(T, aq, sq, "nine dual-control cars", 9, 9, "cars", "=", "school fleet", "dual-control cars", "count")
cl(T, aq, sq, "three of them automatics", 3, 3, "cars", "=", "school fleet", "automatic cars", "count")
aq = "Complete beginners usually need around 20 lessons"
cl(T, aq, "Complete beginners usually need around 20 lessons before they're ready for the test, though everyone learns at their own pace", "around 20 lessons", 20, 20, "lessons", "~", "complete beginners", "lessons before the test", "count")
aq = "Gift vouchers bought in December get 10% off"
sq = "Gift vouchers bought in December get 10% off, so a €200 voucher costs you €180 and still buys €200 worth of lessons"
cl(T, aq, sq, "10% off", 10, 10, "%", "=", "gift vouchers bought in December", "discount", "percentage")
cl(T, aq, sq, "€200 voucher", 200, 200, "EUR", "=", "example gift voucher", "voucher value", "price")
cl(T, aq, sq, "€180", 180, 180, "EUR", "=", "€200 gift voucher bought in December", "price paid", "price")
aq = "Refresher lessons for returning drivers run for 90 minutes"
cl(T, aq, "Refresher lessons for returning drivers run for 90 minutes, which leaves time for a proper spin on the N40 and some city-centre parking", "90 minutes", 90, 90, "minute", "=", "refresher lesson", "lesson length", "duration")
aq = "Traffic in Cork being what it is"
cl(T, aq, "Traffic in Cork being what it is, your instructor could be up to 15 minutes late to collect you, but you'll always get your full lesson time", "up to 15 minutes late", None, 15, "minute", "<=", "instructor pickup", "lateness", "duration")
aq = "You must have held your learner permit for at least six months"
cl(T, aq, "You must have held your learner permit for at least six months before you can sit the driving test, so don't leave applying until the last minute", "at least six months", 6, None, "month", ">=", "learner permit before the driving test", "time held", "limit")

# instructor notes (12 answers)
aq = "Pupils can cancel up to 24 hours before a lesson"
cl(M, aq, "Pupils can cancel up to 24 hours before a lesson without paying anything", "up to 24 hours before", 24, None, "hour", ">=", "cancelling a lesson", "notice needed to avoid a charge", "duration")
aq = "We quote a first-time pass rate of 82%"
cl(M, aq, "We quote a first-time pass rate of 82%, based on every pupil who sat the test with us last year", "82%", 82, 82, "%", "=", "pupils sitting the test", "first-time pass rate", "percentage")
aq = "Full-time students get 15% off the €420 EDT package"
sq = "Full-time students get 15% off the €420 EDT package, which brings it down to €367"
cl(M, aq, sq, "15% off", 15, 15, "%", "=", "full-time students", "discount on the EDT package", "percentage")
cl(M, aq, sq, "€420", 420, 420, "EUR", "=", "EDT package", "package price", "price")
cl(M, aq, sq, "€367", 367, 367, "EUR", "=", "EDT package for full-time students", "discounted price", "price")
aq = "(2023) Car hire for the driving test is €90"
cl(M, aq, "(2023) Car hire for the driving test is €90, and that includes the warm-up drive beforehand", "€90", 90, 90, "EUR", "=", "test-day car hire", "hire price", "price")
aq = "(2022) Gift vouchers are valid for 12 months"
cl(M, aq, "(2022) Gift vouchers are valid for 12 months from the date they're bought", "12 months", 12, 12, "month", "=", "gift vouchers", "validity", "duration")
aq = "Lessons with one of our trainee instructors cost €35 an hour"
cl(M, aq, "Lessons with one of our trainee instructors cost €35 an hour", "€35 an hour", 35, 35, "EUR/hour", "=", "lesson with a trainee instructor", "hourly price", "price")
aq = "At Wilton, the wait for a test date is around 10 weeks"
cl(M, aq, "At Wilton, the wait for a test date is around 10 weeks at the moment, so get pupils to apply early", "around 10 weeks", 10, 10, "week", "~", "Wilton test centre", "wait for a test date", "duration")
aq = "Intensive weeks have to be booked 3 to 6 weeks ahead"
sq = "Intensive weeks have to be booked 3 to 6 weeks ahead, because we block out one instructor for the whole five days"
cl(M, aq, sq, "3 to 6 weeks", 3, 6, "week", "=", "intensive week booking", "notice needed", "duration")
cl(M, aq, sq, "one instructor", 1, 1, "instructors", "=", "intensive week", "instructors assigned", "count")
cl(M, aq, sq, "five days", 5, 5, "day", "=", "intensive week", "course length", "duration")
aq = "Go at the pupil's pace"
cl(M, aq, "For example, a very nervous learner might need 40 lessons or more, and that's fine", "40 lessons or more", 40, None, "lessons", ">=", "very nervous learner", "lessons before the test", "count", True)
aq = "A single lesson was €40 before the 2024 price change"
cl(M, aq, "A single lesson was €40 before the 2024 price change", "€40", 40, 40, "EUR", "=", "single lesson before 2024", "lesson price", "price")
aq = "Drivers converting from a foreign licence"
cl(M, aq, "Drivers converting from a foreign licence usually need only 4 or 5 lessons, mostly to get used to Irish roads and the way the test is run", "4 or 5 lessons", 4, 5, "lessons", "=", "drivers converting a foreign licence", "lessons needed", "count")
aq = "The intensive week is €1,150"
sq = "The intensive week is €1,150, and that price includes the €85 test fee, so pupils don't have to book the test themselves"
cl(M, aq, sq, "€1,150", 1150, 1150, "EUR", "=", "intensive week", "course price", "price")
cl(M, aq, sq, "€85 test fee", 85, 85, "EUR", "=", "driving test", "test fee", "price")

# FAQ page (10 answers)
aq = "A one-hour lesson on a weekday costs €45."
cl(H, aq, "A one-hour lesson on a weekday costs €45", "€45", 45, 45, "EUR/hour", "=", "weekday lesson", "hourly price", "price")
aq = "Yes. A block of 6 lessons is €255"
sq = "A block of 6 lessons is €255, which works out at €42.50 a lesson"
cl(H, aq, sq, "6 lessons", 6, 6, "lessons", "=", "lesson block", "lessons in the block", "count")
cl(H, aq, sq, "€255", 255, 255, "EUR", "=", "block of 6 lessons", "block price", "price")
cl(H, aq, sq, "€42.50 a lesson", 42.5, 42.5, "EUR", "=", "lesson in a block of 6", "price per lesson", "price")
aq = "A little. Automatic lessons cost €5 more per hour"
cl(H, aq, "Automatic lessons cost €5 more per hour than manual ones, because the cars cost more to run and insure", "€5 more per hour", 5, 5, "EUR/hour", "=", "automatic lessons", "surcharge over manual", "price")
aq = "Test Ready Plus is €270"
sq = "Test Ready Plus is €270 and adds a full mock test to five pre-test lessons, marked just the way a tester would mark it"
cl(H, aq, sq, "€270", 270, 270, "EUR", "=", "Test Ready Plus package", "package price", "price")
cl(H, aq, sq, "five pre-test lessons", 5, 5, "lessons", "=", "Test Ready Plus package", "lessons included", "count")
aq = "As of 2025, hiring one of our cars on test day costs €110"
sq = "As of 2025, hiring one of our cars on test day costs €110, and we include a 45-minute warm-up lesson beforehand"
cl(H, aq, sq, "€110", 110, 110, "EUR", "=", "test-day car hire", "hire price", "price")
cl(H, aq, sq, "45-minute", 45, 45, "minute", "=", "warm-up lesson before the test", "lesson length", "duration")
aq = "The intensive week is five days of four hours' driving"
sq = "The intensive week is five days of four hours' driving, plus a two-hour mock test at the end, which comes to 24 hours of tuition in total"
cl(H, aq, sq, "five days", 5, 5, "day", "=", "intensive week", "course length", "duration")
cl(H, aq, sq, "four hours'", 4, 4, "hour", "=", "each day of the intensive week", "driving time", "duration")
cl(H, aq, sq, "two-hour", 2, 2, "hour", "=", "mock test in the intensive week", "length", "duration")
cl(H, aq, sq, "24 hours of tuition", 24, 24, "hour", "=", "intensive week", "total tuition", "duration")
aq = "Intensive courses are open to anyone aged 17 or over"
cl(H, aq, "Intensive courses are open to anyone aged 17 or over who holds a current learner permit", "17 or over", 17, None, "year", ">=", "intensive course pupils", "minimum age", "limit")
aq = "We normally need about a month's notice"
cl(H, aq, "We normally need about a month's notice to fit in an intensive week, and longer during the summer holidays", "about a month's notice", 1, 1, "month", "~", "intensive week booking", "notice needed", "duration")
aq = "Our instructors typically arrive within 5 minutes"
cl(H, aq, "Our instructors typically arrive within 5 minutes of the booked time, and they'll text you if they're held up", "within 5 minutes", None, 5, "minute", "<=", "instructor pickup", "typical lateness", "duration")
aq = "Mallow test dates are usually available within 5 weeks"
cl(H, aq, "Mallow test dates are usually available within 5 weeks of applying, so Mallow is worth considering if you live north of the city", "within 5 weeks", None, 5, "week", "<=", "Mallow test centre", "wait for a test date", "duration")

# handbook (9 answers); Word wraps its source lines, so a sentence_quote stops at the first line break
aq = "(2022) The school has six dual-control cars"
sq = "(2022) The school has six dual-control cars, all of them manual, and each one is replaced every three years"
cl(W, aq, sq, "six dual-control cars", 6, 6, "cars", "=", "school fleet", "dual-control cars", "count")
cl(W, aq, sq, "every three years", 3, 3, "year", "=", "school cars", "replacement interval", "duration")
aq = "An hour with one of our fully qualified (ADI) instructors"
cl(W, aq, "An hour with one of our fully qualified (ADI) instructors costs €45, whichever", "€45", 45, 45, "EUR/hour", "=", "lesson with a fully qualified instructor", "hourly price", "price")
aq = "A refresher session lasts an hour and a half"
cl(W, aq, "A refresher session lasts an hour and a half, and we plan the route", "an hour and a half", 1.5, 1.5, "hour", "=", "refresher lesson", "lesson length", "duration")
aq = "Weekend lessons are charged at €50 an hour"
cl(W, aq, "Weekend lessons are charged at €50 an hour, and Sunday slots are kept", "€50 an hour", 50, 50, "EUR/hour", "=", "weekend lesson", "hourly price", "price")
aq = "Lessons in an automatic car carry an €8 supplement"
cl(W, aq, "Lessons in an automatic car carry an €8 supplement on top of the", "€8 supplement", 8, 8, "EUR/hour", "=", "automatic lessons", "surcharge over manual", "price")
aq = "Since 2024, gift vouchers stay valid for two full years"
cl(W, aq, "Since 2024, gift vouchers stay valid for two full years, and they can", "two full years", 2, 2, "year", "=", "gift vouchers", "validity", "duration")
aq = "Just under two thirds of our pupils pass"
cl(W, aq, "Just under two thirds of our pupils pass at their first attempt", "Just under two thirds", None, 66.7, "%", "<", "pupils sitting the test", "first-time pass rate", "percentage")
aq = "You have to be 18 or older to book an intensive week"
cl(W, aq, "You have to be 18 or older to book an intensive week, because the long", "18 or older", 18, None, "year", ">=", "intensive course pupils", "minimum age", "limit")
aq = "Nobody can sit the test within six months"
cl(W, aq, "Nobody can sit the test within six months of getting their first learner permit, so", "within six months", 6, None, "month", ">=", "learner permit before the driving test", "time held", "limit")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(C)} claims")
