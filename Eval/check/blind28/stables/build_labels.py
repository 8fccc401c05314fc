#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the stables domain (Stajnia Lipowa riding school and livery yard)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, H, J = "office-email-replies.txt", "yard-staff-notes.md", "rider-and-parent-questions.html", "staff-answer-bank.json"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The email replies say full livery includes a stable, hay, hard feed, daily turnout and rugging, while the Logseq page says a full livery place pays for the stable, hay and turnout only, with hard feed and rugging charged on top.",
  "what full livery includes", side(T, "Full livery includes a stable, hay, hard feed, daily turnout and rugging"), side(H, "A full livery place pays for the stable, hay and turnout, nothing else")),
 ("list", "The staff notes say the office takes cash, card, BLIK and bank transfer for lesson packages, while the Typeform answer says packages can only be paid by bank transfer or BLIK.",
  "ways to pay for a lesson package", side(M, "The office takes cash, card, BLIK and bank transfer for lesson packages"), side(J, "Lesson packages can only be paid by bank transfer or BLIK")),
 ("list", "The Typeform answer asks parents to send the signed consent form, the child's PESEL number and proof of accident insurance before pony camp, while the email replies say the signed consent form is the only paperwork needed.",
  "paperwork needed for pony camp", side(J, "send the signed consent form, the child's PESEL number and proof of accident insurance"), side(T, "The only paperwork we need for pony camp is the signed parental consent form")),
 # polarity
 ("polarity", "The Logseq page welcomes parents to watch lessons from the gallery, while the staff notes say family members are not allowed to watch lessons at all.",
  "parents watching lessons", side(H, "Parents are welcome to watch lessons from the gallery"), side(M, "Family members are not allowed to watch lessons at all")),
 ("polarity", "The email replies let adult riders who passed the trail check ride out on the forest tracks alone, while the Typeform answer says nobody rides out on the trails without a guide.",
  "riding out on the trails without a guide", side(T, "may take a horse out on the forest tracks alone"), side(J, "Nobody rides out on the trails without one of our guides")),
 ("polarity", "The staff notes let livery owners book their own farrier, while the Logseq page says outside farriers are not permitted and the yard's own farrier shoes every horse.",
  "livery owners using their own farrier", side(M, "Livery owners can book their own farrier"), side(H, "Outside farriers are not permitted on the yard")),
 # numeric
 ("numeric", "The email replies say the school horses carry riders up to 90 kg, while the Typeform answer puts the rider weight limit on lesson horses at 80 kg.",
  "maximum rider weight on the school horses", side(T, "Our school horses can carry riders weighing up to 90 kg"), side(J, "The rider weight limit on lesson horses is 80 kg")),
 ("numeric", "The Logseq page allows a maximum of 6 riders in a group lesson, while the staff notes say no group lesson has more than 4 riders.",
  "maximum number of riders in a group lesson", side(H, "Group lessons take a maximum of 6 riders"), side(M, "No group lesson has more than 4 riders, whatever the level")),
 ("numeric", "The Typeform answer opens pony camp to children from 7 years old, while the Logseq page says children must be at least 9.",
  "minimum age for pony camp", side(J, "Pony camp is open to children from 7 years old"), side(H, "Children must be at least 9 to join a pony camp")),
 ("numeric", "The staff notes hire out the outdoor arena for PLN 80 an hour, while the email replies say renting the outdoor sand arena costs 120 zl an hour.",
  "hourly price for hiring the outdoor arena", side(M, "The outdoor arena can be hired for PLN 80 an hour"), side(T, "Renting the outdoor sand arena costs 120 zł for each hour")),
 # arithmetic
 ("arithmetic", "12 bales at PLN 25 a bale is PLN 300, not PLN 260.",
  "a month of extra hay for a DIY livery", side(M, "Extra hay for DIY liveries is PLN 25 a bale, so the 12 bales"), side(M, "a horse eats in a month come to PLN 260 in total")),
 ("arithmetic", "12 months at 1 150 PLN a month is 13 800 PLN, not 12 600 PLN.",
  "a year of DIY livery", side(J, "DIY livery is 1 150 PLN a month, so 12 months"), side(J, "of DIY livery come to 12 600 PLN")),
 ("arithmetic", "18 km at about 6 km an hour takes about 3 hours, not around 2 hours.",
  "time to ride the long forest trail", side(T, "is 18 km and we ride it at about 6 km an hour"), side(T, "so the whole ride takes around 2 hours")),
 # stale
 ("stale", "A 2022 note prices a private lesson at PLN 130, while a 2025 answer says a one-to-one lesson is 170 PLN.",
  "price of a 45-minute private lesson", side(M, "(2022) A private lesson costs PLN 130 for 45 minutes"), side(J, "As of 2025, a one-to-one lesson is 170 PLN")),
 ("stale", "A 2023 answer says the school string is 22 horses and ponies, while a 2025 reply says the yard keeps 30 since the new barn.",
  "number of school horses and ponies", side(H, "(2023) The school string is 22 horses and ponies"), side(T, "Since 2025, with the new barn finished, we keep 30 school horses and ponies")),
 ("stale", "A 2022 answer says a week at pony camp costs 1 450 PLN, while a 2025 answer puts one week of pony camp at 1 890,00 zl.",
  "price of a week of pony camp", side(J, "(2022) A week at pony camp costs 1 450 PLN"), side(H, "As of 2025, one week of pony camp is 1 890,00 zł")),
]

traps = [
 ("Different tier of lesson: a 30-minute pony lesson for a child is 70 zl, a 45-minute adult group lesson on a horse 120,00 zl.",
  side(T, "A 30-minute pony lesson for a child costs 70 zł"), side(H, "An adult group lesson on a horse is 120,00 zł for 45 minutes")),
 ("Different condition (day of the week): a one-hour hack is PLN 110 on a weekday and 140 PLN at the weekend.",
  side(M, "A one-hour hack on a weekday is PLN 110"), side(J, "Weekend hacks cost 140 PLN for the hour")),
 ("Different size of box: full livery in a standard box is PLN 1800 a month, in one of the large corner boxes 2 100 zl a month.",
  side(M, "A standard box on full livery is PLN 1800 a month"), side(T, "the large corner boxes costs 2 100 zł a month")),
 ("Different condition (season): about 10 hours of turnout a day in summer, around 4 hours in winter.",
  side(H, "In summer the horses are turned out for about 10 hours a day"), side(J, "In winter, turnout is cut to around 4 hours a day")),
 ("Similarly named memberships: Pony Club is 250 PLN a term, Pony Club Plus (with a weekly ride added) PLN 390 a term.",
  side(J, "Pony Club membership costs 250 PLN a term"), side(M, "Pony Club Plus is PLN 390 a term and adds a weekly ride")),
 ("Same value in other units: 12 hectares is about 29.7 acres, i.e. roughly 30 acres.",
  side(T, "The yard, paddocks and arenas cover 12 hectares"), side(H, "There are roughly 30 acres of grazing, tracks and arenas")),
 ("Correct computation: 15 PLN a day for a five-day camp is 75 PLN.",
  side(J, "Day accident insurance for non-members is 15 PLN a day"), side(J, "so a five-day camp adds 75 PLN to the bill")),
 ("Correct percentage: 15% off PLN 800 is PLN 680.",
  side(M, "A second child gets 15% off their lesson package"), side(M, "so a PLN 800 package becomes PLN 680")),
 ("About 10 private lessons lies inside the range of 8 to 12 private lessons before a beginner joins a group.",
  side(T, "usually needs 8 to 12 private lessons before joining a group"), side(M, "Most beginners join a group after about 10 private lessons")),
 ("650zl is a hedged example ('For example ... might') for a night colic call-out, not the typical vet visit of around 200,00 zl.",
  side(H, "Most vet visits on the yard cost around 200,00 zł"), side(J, "For example, a colic call-out at night might cost 650zl")),
 ("The 5,00 zl helmet hire is explicitly the price before 2024; 15 zl is the current price.",
  side(H, "Helmet hire used to cost 5,00 zł before 2024"), side(T, "Renting a riding helmet for a lesson costs 15 zł")),
 ("'Up to two hours' is the longest shoeing, for a horse that won't stand still; shoeing all round usually takes about an hour.",
  side(M, "Shoeing a horse all round usually takes about an hour"), side(J, "can take up to two hours to shoe")),
 ("The list of facilities for livery clients is open ('such as'), so the lunging pen as another facility is consistent.",
  side(M, "may use facilities such as the tack room, wash bay, solarium and horse walker"), side(J, "the lunging pen is also open to livery clients")),
 ("The same consent rule stated in both directions (under 16 needs a parent's consent / only 16 or older may book without a parent's signature).",
  side(T, "Riders under 16 must have a parent's signed consent"), side(H, "Only riders aged 16 or older can book lessons without a parent's signature")),
]

DOMAIN = ("Stajnia Lipowa, a fictional riding school and livery yard in Mogilany near Krak\u00f3w, Poland (prices in Polish "
          "zloty, written '2 100 z\u0142' and '70 z\u0142' in the email replies, 'PLN 1800' and 'PLN 80' in the staff notes, "
          "'120,00 z\u0142' and '1 890,00 z\u0142' on the Logseq page, '1 150 PLN' and '650zl' in the Typeform answers): lessons for "
          "children and adults (pony and adult lesson prices, private lessons old and current, group sizes, beginners' "
          "progress, parents watching, the consent age, helmet hire old and current, the rider weight limit), lesson "
          "packages (payment methods, the sibling discount), pony camps (minimum age, paperwork, weekly price old and "
          "current, day insurance), Pony Club and Pony Club Plus, hacking (weekday and weekend prices, riding out alone, "
          "the long forest trail), full and DIY livery (what full livery includes, box prices by size, DIY livery over a "
          "year, extra hay, facilities, turnout in summer and winter), farrier and vet visits, arena hire, the size of "
          "the grounds, the number of school horses, cancellations, parking, parties, toilets and lost property.")
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

# email replies (10 answers)
aq = "Our school horses can carry riders weighing up to 90 kg"
cl(T, aq, "Our school horses can carry riders weighing up to 90 kg, so most adults can ride them", "up to 90 kg", None, 90, "kg", "<=", "school horse", "maximum rider weight", "limit")
aq = "Renting the outdoor sand arena costs 120 zł for each hour"
cl(T, aq, "Renting the outdoor sand arena costs 120 zł for each hour, and you can book it by text message", "120 zł for each hour", 120, 120, "PLN/hour", "=", "outdoor arena hire", "hourly price", "price")
aq = "The long forest trail is 18 km"
sq = "The long forest trail is 18 km and we ride it at about 6 km an hour, so the whole ride takes around 2 hours"
cl(T, aq, sq, "18 km", 18, 18, "km", "=", "long forest trail", "length", "other")
cl(T, aq, sq, "about 6 km an hour", 6, 6, "km/h", "~", "trail ride", "riding speed", "other")
cl(T, aq, sq, "around 2 hours", 2, 2, "hour", "~", "riding the long forest trail", "time taken", "duration")
aq = "Since 2025, with the new barn finished, we keep 30 school horses"
cl(T, aq, "Since 2025, with the new barn finished, we keep 30 school horses and ponies for lessons", "30 school horses and ponies", 30, 30, "horses", "=", "Stajnia Lipowa", "number of school horses", "count")
aq = "A 30-minute pony lesson for a child costs 70 zł"
sq = "A 30-minute pony lesson for a child costs 70 zł, and a parent may lead the pony for the youngest riders"
cl(T, aq, sq, "30-minute", 30, 30, "minute", "=", "child's pony lesson", "lesson length", "duration")
cl(T, aq, sq, "70 zł", 70, 70, "PLN", "=", "30-minute pony lesson for a child", "price", "price")
aq = "Full livery in one of the large corner boxes"
cl(T, aq, "Full livery in one of the large corner boxes costs 2 100 zł a month, because those boxes take more bedding", "2 100 zł a month", 2100, 2100, "PLN/month", "=", "full livery in a large corner box", "monthly price", "price")
aq = "The yard, paddocks and arenas cover 12 hectares"
cl(T, aq, "The yard, paddocks and arenas cover 12 hectares on the edge of the village, with the forest right behind", "12 hectares", 12, 12, "hectare", "=", "Stajnia Lipowa grounds", "area", "other")
aq = "A complete beginner usually needs 8 to 12 private lessons"
cl(T, aq, "A complete beginner usually needs 8 to 12 private lessons before joining a group", "8 to 12 private lessons", 8, 12, "lessons", "=", "complete beginner", "private lessons before joining a group", "count")
aq = "Renting a riding helmet for a lesson costs 15 zł"
cl(T, aq, "Renting a riding helmet for a lesson costs 15 zł, and every helmet is cleaned after use", "15 zł", 15, 15, "PLN", "=", "helmet hire for a lesson", "price", "price")
aq = "Riders under 16 must have a parent's signed consent"
cl(T, aq, "Riders under 16 must have a parent's signed consent before their first lesson, even for a pony ride", "under 16", 16, None, "year", ">=", "rider booking without a parent's consent", "minimum age", "limit")

# staff notes (10 answers)
aq = "No group lesson has more than 4 riders"
cl(M, aq, "No group lesson has more than 4 riders, whatever the level", "more than 4 riders", None, 4, "riders", "<=", "group lesson", "maximum riders per group", "limit")
aq = "The outdoor arena can be hired for PLN 80 an hour"
cl(M, aq, "The outdoor arena can be hired for PLN 80 an hour by anyone bringing their own horse", "PLN 80 an hour", 80, 80, "PLN/hour", "=", "outdoor arena hire", "hourly price", "price")
aq = "Extra hay for DIY liveries is PLN 25 a bale"
sq = "Extra hay for DIY liveries is PLN 25 a bale, so the 12 bales a horse eats in a month come to PLN 260 in total"
cl(M, aq, sq, "PLN 25 a bale", 25, 25, "PLN/bale", "=", "extra hay for DIY liveries", "price per bale", "price")
cl(M, aq, sq, "12 bales", 12, 12, "bales", "=", "hay eaten by one horse in a month", "bales per month", "count")
cl(M, aq, sq, "PLN 260", 260, 260, "PLN", "=", "a month of extra hay", "total price", "price")
aq = "(2022) A private lesson costs PLN 130"
sq = "(2022) A private lesson costs PLN 130 for 45 minutes with any instructor"
cl(M, aq, sq, "PLN 130", 130, 130, "PLN", "=", "private lesson", "price", "price")
cl(M, aq, sq, "45 minutes", 45, 45, "minute", "=", "private lesson", "lesson length", "duration")
aq = "A one-hour hack on a weekday is PLN 110"
sq = "A one-hour hack on a weekday is PLN 110 per rider"
cl(M, aq, sq, "one-hour", 1, 1, "hour", "=", "weekday hack", "length", "duration")
cl(M, aq, sq, "PLN 110", 110, 110, "PLN", "=", "one-hour weekday hack", "price", "price")
aq = "A standard box on full livery is PLN 1800 a month"
cl(M, aq, "A standard box on full livery is PLN 1800 a month", "PLN 1800 a month", 1800, 1800, "PLN/month", "=", "full livery in a standard box", "monthly price", "price")
aq = "Pony Club Plus is PLN 390 a term"
cl(M, aq, "Pony Club Plus is PLN 390 a term and adds a weekly ride to the stable-management session", "PLN 390 a term", 390, 390, "PLN/term", "=", "Pony Club Plus", "price per term", "price")
aq = "A second child gets 15% off their lesson package"
sq = "A second child gets 15% off their lesson package, so a PLN 800 package becomes PLN 680"
cl(M, aq, sq, "15% off", 15, 15, "%", "=", "second child's lesson package", "discount", "percentage")
cl(M, aq, sq, "PLN 800", 800, 800, "PLN", "=", "example lesson package", "full price", "price")
cl(M, aq, sq, "PLN 680", 680, 680, "PLN", "=", "example lesson package for a second child", "discounted price", "price")
aq = "Most beginners join a group after about 10 private lessons"
cl(M, aq, "Most beginners join a group after about 10 private lessons", "about 10 private lessons", 10, 10, "lessons", "~", "typical beginner", "private lessons before joining a group", "count")
aq = "Shoeing a horse all round usually takes about an hour"
cl(M, aq, "Shoeing a horse all round usually takes about an hour", "about an hour", 1, 1, "hour", "~", "shoeing a horse all round", "time taken", "duration")

# Logseq page (12 answers)
aq = "Group lessons take a maximum of 6 riders"
cl(H, aq, "Group lessons take a maximum of 6 riders, sorted by age and level", "a maximum of 6 riders", None, 6, "riders", "<=", "group lesson", "maximum riders per group", "limit")
aq = "An adult group lesson on a horse is 120,00 zł"
sq = "An adult group lesson on a horse is 120,00 zł for 45 minutes"
cl(H, aq, sq, "120,00 zł", 120, 120, "PLN", "=", "adult group lesson on a horse", "price", "price")
cl(H, aq, sq, "45 minutes", 45, 45, "minute", "=", "adult group lesson", "lesson length", "duration")
aq = "Only riders aged 16 or older can book lessons"
cl(H, aq, "Only riders aged 16 or older can book lessons without a parent's signature", "aged 16 or older", 16, None, "year", ">=", "rider booking without a parent's consent", "minimum age", "limit")
aq = "Helmet hire used to cost 5,00 zł before 2024."
cl(H, aq, "Helmet hire used to cost 5,00 zł before 2024", "5,00 zł", 5, 5, "PLN", "=", "helmet hire before 2024", "old price", "price")
aq = "Children must be at least 9 to join a pony camp"
cl(H, aq, "Children must be at least 9 to join a pony camp, because the days are long and busy", "at least 9", 9, None, "year", ">=", "child at pony camp", "minimum age", "limit")
aq = "As of 2025, one week of pony camp is 1 890,00 zł"
cl(H, aq, "As of 2025, one week of pony camp is 1 890,00 zł, with lunch and a camp T-shirt included", "1 890,00 zł", 1890, 1890, "PLN/week", "=", "pony camp", "price per week", "price")
aq = "Yes. Pony parties run on Saturday afternoons"
cl(H, aq, "Pony parties run on Saturday afternoons for up to 10 children, with a short ride each and a picnic in the barn", "up to 10 children", None, 10, "children", "<=", "pony party", "maximum children", "limit")
aq = "Outside farriers are not permitted on the yard"
cl(H, aq, "Outside farriers are not permitted on the yard; our own farrier shoes every horse and comes every six weeks", "every six weeks", 6, 6, "week", "=", "yard farrier", "visit interval", "duration")
aq = "In summer the horses are turned out"
cl(H, aq, "In summer the horses are turned out for about 10 hours a day", "about 10 hours a day", 10, 10, "hour", "~", "turnout in summer", "hours out per day", "duration")
aq = "Most vet visits on the yard cost around 200,00 zł"
cl(H, aq, "Most vet visits on the yard cost around 200,00 zł, paid straight to the vet", "around 200,00 zł", 200, 200, "PLN", "~", "typical vet visit", "price", "price")
aq = "(2023) The school string is 22 horses and ponies"
cl(H, aq, "(2023) The school string is 22 horses and ponies, all kept on the yard", "22 horses and ponies", 22, 22, "horses", "=", "Stajnia Lipowa", "number of school horses", "count")
aq = "There are roughly 30 acres of grazing"
cl(H, aq, "There are roughly 30 acres of grazing, tracks and arenas to explore", "roughly 30 acres", 30, 30, "acre", "~", "Stajnia Lipowa grounds", "area", "other")

# staff answer bank, Typeform JSON (11 answers)
aq = "The rider weight limit on lesson horses is 80 kg"
cl(J, aq, "The rider weight limit on lesson horses is 80 kg, clothes and boots included", "80 kg", None, 80, "kg", "<=", "lesson horse", "maximum rider weight", "limit")
aq = "Pony camp is open to children from 7 years old"
cl(J, aq, "Pony camp is open to children from 7 years old; the youngest ones ride the small ponies", "from 7 years old", 7, None, "year", ">=", "child at pony camp", "minimum age", "limit")
aq = "DIY livery is 1 150 PLN a month"
sq = "DIY livery is 1 150 PLN a month, so 12 months of DIY livery come to 12 600 PLN"
cl(J, aq, sq, "1 150 PLN a month", 1150, 1150, "PLN/month", "=", "DIY livery", "monthly price", "price")
cl(J, aq, sq, "12 months", 12, 12, "month", "=", "a year of DIY livery", "length", "duration")
cl(J, aq, sq, "12 600 PLN", 12600, 12600, "PLN", "=", "12 months of DIY livery", "total price", "price")
aq = "As of 2025, a one-to-one lesson is 170 PLN"
sq = "As of 2025, a one-to-one lesson is 170 PLN for 45 minutes with any of our instructors"
cl(J, aq, sq, "170 PLN", 170, 170, "PLN", "=", "private lesson", "price", "price")
cl(J, aq, sq, "45 minutes", 45, 45, "minute", "=", "private lesson", "lesson length", "duration")
aq = "(2022) A week at pony camp costs 1 450 PLN"
cl(J, aq, "(2022) A week at pony camp costs 1 450 PLN including lunch", "1 450 PLN", 1450, 1450, "PLN/week", "=", "pony camp", "price per week", "price")
aq = "Weekend hacks cost 140 PLN for the hour"
cl(J, aq, "Weekend hacks cost 140 PLN for the hour, because the yard staff are paid weekend rates", "140 PLN", 140, 140, "PLN", "=", "one-hour weekend hack", "price", "price")
aq = "In winter, turnout is cut to around 4 hours a day"
cl(J, aq, "In winter, turnout is cut to around 4 hours a day so the fields do not turn to mud", "around 4 hours a day", 4, 4, "hour", "~", "turnout in winter", "hours out per day", "duration")
aq = "Pony Club membership costs 250 PLN a term"
sq = "Pony Club membership costs 250 PLN a term and includes one stable-management session a week"
cl(J, aq, sq, "250 PLN a term", 250, 250, "PLN/term", "=", "Pony Club membership", "price per term", "price")
cl(J, aq, sq, "one stable-management session a week", 1, 1, "sessions/week", "=", "Pony Club membership", "stable-management sessions per week", "count")
aq = "Day accident insurance for non-members is 15 PLN a day"
sq = "Day accident insurance for non-members is 15 PLN a day, so a five-day camp adds 75 PLN to the bill"
cl(J, aq, sq, "15 PLN a day", 15, 15, "PLN/day", "=", "day accident insurance for non-members", "daily price", "price")
cl(J, aq, sq, "five-day camp", 5, 5, "day", "=", "pony camp", "length", "duration")
cl(J, aq, sq, "75 PLN", 75, 75, "PLN", "=", "accident insurance for a five-day camp", "total price", "price")
aq = "It depends on what the vet has to do."
cl(J, aq, "For example, a colic call-out at night might cost 650zl with the drugs", "650zl", 650, 650, "PLN", "=", "example night colic call-out", "price", "price", True)
aq = "A horse that won't stand still can take up to two hours"
cl(J, aq, "A horse that won't stand still can take up to two hours to shoe, so book the farrier's last slot of the day", "up to two hours", None, 2, "hour", "<=", "shoeing a difficult horse", "time taken", "duration")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(C)} claims")
