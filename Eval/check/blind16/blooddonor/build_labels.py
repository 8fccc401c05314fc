#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the blooddonor domain (Prairie Crest Blood Services)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, H, J = "donor-answers.txt", "clinic-team-notes.md", "eligibility.html", "donor-kb.json"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The donor answers accept a driver's licence, a passport or a provincial health card as ID, while the knowledge base accepts only a passport or a driver's licence.",
  "forms of ID accepted at registration", side(T, "We accept a driver's licence, a passport or a provincial health card"), side(J, "The only accepted forms of ID are a passport or a driver's licence")),
 ("list", "The team notes collect platelets in Winnipeg, Regina and Saskatoon, while the eligibility page offers platelet donation only in Winnipeg and Saskatoon.",
  "centres that collect platelets", side(M, "Platelets are collected at our Winnipeg, Regina and Saskatoon centres"), side(H, "Platelet donation is only offered at our Winnipeg and Saskatoon centres")),
 ("list", "The donor answers say the donor line takes calls in English, French and Cree, while the team notes say phone support is in English and French only.",
  "languages on the donor line", side(T, "The donor line answers calls in English, French and Cree"), side(M, "Phone support on the donor line is in English and French only")),
 # polarity
 ("polarity", "The donor answers say you can't donate while taking antibiotics, while the eligibility page says you can give blood on a course of antibiotics.",
  "donating while taking antibiotics", side(T, "You can't donate while you're taking antibiotics for an infection"), side(H, "you can give blood while on a course of antibiotics")),
 ("polarity", "The team notes welcome children in the waiting area, while the knowledge base says children can't be allowed in donor centres.",
  "children at donor centres", side(M, "Children are welcome in the waiting area as long as another adult supervises them"), side(J, "we can't allow children in our donor centres")),
 ("polarity", "The eligibility page welcomes donors whose diabetes is controlled with insulin, while the team notes say insulin users are not eligible.",
  "donating with insulin-treated diabetes", side(H, "If your diabetes is controlled with insulin, you're welcome to donate"), side(M, "Donors who use insulin are not eligible to give blood")),
 # numeric
 ("numeric", "The donor answers give a 3-month wait after a new tattoo, while the eligibility page gives six months.",
  "wait after a new tattoo", side(T, "After getting a new tattoo, please wait 3 months before giving blood"), side(H, "New tattoos and piercings mean a six-month wait before your next donation")),
 ("numeric", "The team notes set the minimum age for first-time donors at 17, while the knowledge base says 18 or older.",
  "minimum age for first-time donors", side(M, "First-time donors must be at least 17 years old"), side(J, "You need to be 18 or older to give blood for the first time")),
 ("numeric", "The donor answers say a whole blood donation collects about 450 mL, while the knowledge base says 500 mL is collected.",
  "volume of a whole blood donation", side(T, "Each whole blood donation collects about 450 mL"), side(J, "We collect 500 mL of whole blood per donation")),
 ("numeric", "The team notes say to skip hard exercise for 24 hours after donating, while the eligibility page says 12 hours.",
  "time to avoid strenuous exercise after a whole blood donation", side(M, "skip heavy lifting and hard workouts for 24 hours"), side(H, "Avoid strenuous exercise for 12 hours after giving blood")),
 # arithmetic
 ("arithmetic", "30 + 10 + 15 minutes is 55 minutes, not 45.",
  "length of a whole blood visit", side(H, "registration and screening (30 minutes), the donation (10 minutes) and a snack (15 minutes)"), side(H, "All told, the whole visit adds up to 45 minutes")),
 ("arithmetic", "Once every 7 days is up to 52 donations a year, not 26.",
  "maximum plasma donations in a year", side(M, "Plasma donors can give once every 7 days"), side(M, "which works out to as many as 26 donations over a full year")),
 ("arithmetic", "4 donations helping up to 3 patients each is up to 12 people, not 15.",
  "patients helped by four donations", side(T, "can help up to 3 patients, so if you give blood 4 times"), side(T, "you could help as many as 15 people")),
 # stale
 ("stale", "A 2022 record lets donors book up to 8 weeks ahead, while a 2024 answer gives 12 weeks.",
  "how far ahead appointments can be booked", side(J, "(2022) Appointments can be booked up to 8 weeks ahead"), side(T, "Since 2024, you can book appointments up to 12 weeks in advance")),
 ("stale", "A 2022 note gives a 12-month wait after a malaria-risk area, while a 2024 answer gives 3 months.",
  "wait after travel to a malaria-risk area", side(M, "(2022) Donors who have visited a malaria-risk area must wait 12 months"), side(H, "Since 2024, the wait after travel to a malaria-risk country is 3 months")),
 ("stale", "A 2022 record has the mobile clinic stopping in 31 towns, while a 2025 answer has it visiting 44 communities.",
  "number of places on the mobile clinic route", side(J, "(2022) The mobile clinic stops in 31 towns"), side(T, "As of 2025, our mobile clinic visits 44 communities")),
]

traps = [
 ("Different condition (sex): the haemoglobin minimum is 125 g/L for female donors and 130 g/L for male donors.",
  side(T, "For female donors, the minimum haemoglobin is 125 g/L"), side(J, "Male donors need a haemoglobin level of at least 130 g/L")),
 ("Different region: Winnipeg donors get their blood type within 7 days, Saskatchewan donors in about 10 days.",
  side(H, "Winnipeg donors usually get their blood type by text within 7 days"), side(M, "Tell Saskatchewan donors to expect their blood type in about 10 days")),
 ("Different condition (donation type): 56 days between whole blood donations, 14 days between platelet donations.",
  side(J, "After giving whole blood, wait 56 days"), side(H, "After a platelet donation you can give again in 14 days")),
 ("Different condition (new vs regular donors): new donors can't be older than 71 at their first donation; regular donors can keep giving until 80.",
  side(M, "new donors can't be older than 71 on the day of their first donation"), side(T, "Regular donors can keep giving until their 80th birthday")),
 ("Similarly named sites: a plasma visit takes about 75 minutes at a PlasmaPoint centre and about 45 minutes at a PlasmaPoint Express site.",
  side(J, "Plan on about 75 minutes for a plasma visit at a PlasmaPoint centre"), side(H, "A plasma visit at a PlasmaPoint Express site takes about 45 minutes")),
 ("Same value in other units: 50 kg is about 110 lb.",
  side(T, "To give whole blood you must weigh at least 50 kg"), side(H, "You need to weigh at least 110 lb")),
 ("Correct computation: 1,400 donations a week / 7 days = 200 a day.",
  side(M, "we need about 1,400 donations a week"), side(M, "which is roughly 200 every day of the year")),
 ("Correct percentage: 38% of 50 donors is 19.",
  side(T, "About 38% of our donors have O positive blood"), side(T, "we'd expect around 19 of them to be O positive")),
 ("The typical 8 weeks lies inside the 6 to 12 week range.",
  side(H, "Iron stores usually take 6 to 12 weeks to recover"), side(J, "Most donors' iron is back to normal in about 8 weeks")),
 ("90 minutes is a hedged busy-Saturday example ('For example ... might'), not the usual wait of around 20 minutes.",
  side(J, "on a busy Saturday a walk-in donor might wait 90 minutes"), side(M, "Walk-in donors usually wait around 20 minutes before screening")),
 ("The 72-hour wait after dental work is explicitly the pre-2024 rule; 24 hours is current.",
  side(M, "Donors used to wait 72 hours after dental work, before the 2024 rule change"), side(J, "After a routine dental cleaning, wait 24 hours before donating")),
 ("'Up to 2 hours' is the platelet maximum; most platelet donations take about 90 minutes.",
  side(M, "A platelet donation can take up to 2 hours"), side(T, "Most platelet donations take about 90 minutes with the needle in")),
 ("The iron-rich food list is open ('such as'), so tofu is consistent.",
  side(H, "foods such as red meat, lentils, spinach and fortified cereal"), side(J, "Tofu is another good source of iron")),
 ("The same six-donations-a-year rule stated in both directions.",
  side(T, "Whole blood donors can give up to 6 times a year"), side(H, "No donor may give whole blood more than 6 times in any 12-month period")),
]

DOMAIN = ("Prairie Crest Blood Services, a fictional not-for-profit blood, plasma and platelet collection service in "
          "Manitoba and Saskatchewan, Canada: donor eligibility (age, weight, haemoglobin, medication, tattoos, travel, "
          "dental work, pregnancy), donation volumes and intervals, visit lengths, centres and the mobile clinic, "
          "booking, walk-in waits, blood type results and aftercare.")
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

# donor answers (12 answers)
aq = "You can't donate while you're taking antibiotics"
cl(T, aq, "Come back once you've finished the course and have felt well for at least 48 hours", "at least 48 hours", 48, None, "hour", ">=", "donor after a course of antibiotics", "time feeling well before donating", "duration")
aq = "After getting a new tattoo, please wait 3 months"
cl(T, aq, "After getting a new tattoo, please wait 3 months before giving blood, even if the studio is licensed and used single-use needles", "3 months", 3, 3, "month", "=", "donor with a new tattoo", "wait before donating", "duration")
aq = "Each whole blood donation collects about 450 mL"
sq = "Each whole blood donation collects about 450 mL, and your body replaces the lost fluid within 24 hours if you keep drinking"
cl(T, aq, sq, "about 450 mL", 450, 450, "mL", "~", "whole blood donation", "volume collected", "other")
cl(T, aq, sq, "within 24 hours", None, 24, "hour", "<=", "fluid lost in a whole blood donation", "time to replace", "duration")
aq = "Every donation can help up to 3 patients"
sq = "Every donation can help up to 3 patients, so if you give blood 4 times this year you could help as many as 15 people"
cl(T, aq, sq, "up to 3 patients", None, 3, "patients", "<=", "one donation", "patients helped", "count")
cl(T, aq, sq, "4 times", 4, 4, "donations", "=", "example donor this year", "donations in the year", "count")
cl(T, aq, sq, "as many as 15 people", None, 15, "patients", "<=", "four donations", "patients helped", "count")
aq = "Since 2024, you can book appointments up to 12 weeks"
cl(T, aq, "Since 2024, you can book appointments up to 12 weeks in advance, either in the app or through the donor line", "up to 12 weeks", None, 12, "week", "<=", "appointment booking", "how far ahead", "limit")
aq = "As of 2025, our mobile clinic visits 44 communities"
sq = "As of 2025, our mobile clinic visits 44 communities across rural Manitoba and Saskatchewan, stopping in each one about once every three months"
cl(T, aq, sq, "44 communities", 44, 44, "communities", "=", "mobile clinic route", "places visited", "count")
cl(T, aq, sq, "about once every three months", 3, 3, "month", "~", "mobile clinic stop", "interval between visits", "duration")
aq = "For female donors, the minimum haemoglobin is 125 g/L"
cl(T, aq, "For female donors, the minimum haemoglobin is 125 g/L, and we check it with a quick finger-prick test before every donation", "125 g/L", 125, None, "g/L", ">=", "female donors", "minimum haemoglobin", "limit")
aq = "Regular donors can keep giving until their 80th birthday"
cl(T, aq, "Regular donors can keep giving until their 80th birthday, provided they pass the usual health screening each time they come in", "until their 80th birthday", None, 80, "year", "<", "regular donors", "maximum age", "limit")
aq = "To give whole blood you must weigh at least 50 kg."
cl(T, aq, "To give whole blood you must weigh at least 50 kg", "at least 50 kg", 50, None, "kg", ">=", "whole blood donors", "minimum weight", "limit")
aq = "About 38% of our donors have O positive blood"
sq = "About 38% of our donors have O positive blood, so at a mobile clinic with 50 donors we'd expect around 19 of them to be O positive"
cl(T, aq, sq, "About 38%", 38, 38, "%", "~", "donors with O positive blood", "share of donors", "percentage")
cl(T, aq, sq, "50 donors", 50, 50, "donors", "=", "example mobile clinic", "donors", "count")
cl(T, aq, sq, "around 19", 19, 19, "donors", "~", "O positive donors at the example clinic", "expected donors", "count")
aq = "Most platelet donations take about 90 minutes"
cl(T, aq, "Most platelet donations take about 90 minutes with the needle in, so bring a book or download a show before you come", "about 90 minutes", 90, 90, "minute", "~", "platelet donation", "typical duration", "duration")
aq = "Whole blood donors can give up to 6 times a year"
cl(T, aq, "Whole blood donors can give up to 6 times a year, and the app sends a reminder as soon as you're eligible again", "up to 6 times a year", None, 6, "donations/year", "<=", "whole blood donors", "donations per year", "limit")

# team notes (10 answers)
aq = "First-time donors must be at least 17 years old."
cl(M, aq, "First-time donors must be at least 17 years old", "at least 17 years old", 17, None, "year", ">=", "first-time donors", "minimum age", "limit")
cl(M, aq, "At the other end, new donors can't be older than 71 on the day of their first donation", "older than 71", None, 71, "year", "<=", "first-time donors", "maximum age", "limit")
aq = "Tell them to skip heavy lifting and hard workouts"
cl(M, aq, "Tell them to skip heavy lifting and hard workouts for 24 hours after a whole blood donation, and to drink plenty", "24 hours", 24, 24, "hour", "=", "donor after a whole blood donation", "time to avoid hard exercise", "duration")
aq = "Plasma donors can give once every 7 days"
sq = "Plasma donors can give once every 7 days, which works out to as many as 26 donations over a full year"
cl(M, aq, sq, "once every 7 days", 7, 7, "day", "=", "plasma donors", "interval between donations", "duration")
cl(M, aq, sq, "as many as 26 donations over a full year", None, 26, "donations/year", "<=", "plasma donors", "donations per year", "limit")
aq = "(2022) Donors who have visited a malaria-risk area"
cl(M, aq, "(2022) Donors who have visited a malaria-risk area must wait 12 months before giving whole blood", "12 months", 12, 12, "month", "=", "donor back from a malaria-risk area", "wait before donating", "duration")
aq = "Tell Saskatchewan donors to expect their blood type"
cl(M, aq, "Tell Saskatchewan donors to expect their blood type in about 10 days", "about 10 days", 10, 10, "day", "~", "Saskatchewan donors", "time to receive blood type", "duration")
aq = "Across both provinces we need about 1,400 donations a week"
sq = "Across both provinces we need about 1,400 donations a week, which is roughly 200 every day of the year"
cl(M, aq, sq, "about 1,400 donations a week", 1400, 1400, "donations/week", "~", "Manitoba and Saskatchewan", "donations needed", "count")
cl(M, aq, sq, "roughly 200 every day", 200, 200, "donations/day", "~", "Manitoba and Saskatchewan", "donations needed", "count")
aq = "Walk-in donors usually wait around 20 minutes"
cl(M, aq, "Walk-in donors usually wait around 20 minutes before screening, and less on weekday mornings", "around 20 minutes", 20, 20, "minute", "~", "walk-in donors", "typical wait", "duration")
aq = "Donors used to wait 72 hours after dental work"
cl(M, aq, "Donors used to wait 72 hours after dental work, before the 2024 rule change", "72 hours", 72, 72, "hour", "=", "donor after dental work before 2024", "wait before donating", "duration")
aq = "A platelet donation can take up to 2 hours"
cl(M, aq, "A platelet donation can take up to 2 hours, so don't book one for a donor who has to be somewhere soon afterwards", "up to 2 hours", None, 2, "hour", "<=", "platelet donation", "maximum duration", "limit")
aq = "Offer juice and a salty snack"
cl(M, aq, "Offer juice and a salty snack, and keep the donor seated for at least 15 minutes before they head out", "at least 15 minutes", 15, None, "minute", ">=", "donor after donating", "time seated", "duration")

# eligibility page (11 answers)
aq = "New tattoos and piercings mean a six-month wait"
cl(H, aq, "New tattoos and piercings mean a six-month wait before your next donation, counted from the day the work was done", "six-month", 6, 6, "month", "=", "donor with a new tattoo or piercing", "wait before donating", "duration")
aq = "Wait until you've had no symptoms for 7 days"
cl(H, aq, "Wait until you've had no symptoms for 7 days, then book your next appointment as usual", "7 days", 7, None, "day", ">=", "donor after a cold", "symptom-free time before donating", "duration")
aq = "You need to weigh at least 110 lb"
cl(H, aq, "You need to weigh at least 110 lb to donate whole blood", "at least 110 lb", 110, None, "lb", ">=", "whole blood donors", "minimum weight", "limit")
aq = "Since 2024, the wait after travel to a malaria-risk country"
cl(H, aq, "Since 2024, the wait after travel to a malaria-risk country is 3 months, and plasma donors can usually give straight away", "3 months", 3, 3, "month", "=", "donor back from a malaria-risk country", "wait before donating", "duration")
aq = "A whole blood visit has three parts"
sq = "A whole blood visit has three parts: registration and screening (30 minutes), the donation (10 minutes) and a snack (15 minutes)"
cl(H, aq, sq, "three parts", 3, 3, "parts", "=", "whole blood visit", "parts of the visit", "count")
cl(H, aq, sq, "30 minutes", 30, 30, "minute", "=", "registration and screening", "duration", "duration")
cl(H, aq, sq, "10 minutes", 10, 10, "minute", "=", "whole blood donation", "duration", "duration")
cl(H, aq, sq, "15 minutes", 15, 15, "minute", "=", "snack after donating", "duration", "duration")
cl(H, aq, "All told, the whole visit adds up to 45 minutes", "45 minutes", 45, 45, "minute", "=", "whole blood visit", "total duration", "duration")
aq = "A plasma visit at a PlasmaPoint Express site"
cl(H, aq, "A plasma visit at a PlasmaPoint Express site takes about 45 minutes, thanks to our newest collection machines", "about 45 minutes", 45, 45, "minute", "~", "plasma visit at PlasmaPoint Express", "duration", "duration")
aq = "Avoid strenuous exercise for 12 hours"
sq = "Avoid strenuous exercise for 12 hours after giving blood, and keep the bandage on for at least 4 hours"
cl(H, aq, sq, "12 hours", 12, 12, "hour", "=", "donor after giving blood", "time to avoid strenuous exercise", "duration")
cl(H, aq, sq, "at least 4 hours", 4, None, "hour", ">=", "bandage after giving blood", "time to keep on", "duration")
aq = "After a platelet donation you can give again in 14 days"
cl(H, aq, "After a platelet donation you can give again in 14 days, up to the yearly limit for platelets", "14 days", 14, 14, "day", "=", "platelet donors", "interval between donations", "duration")
aq = "No donor may give whole blood more than 6 times"
cl(H, aq, "No donor may give whole blood more than 6 times in any 12-month period", "more than 6 times in any 12-month period", None, 6, "donations/year", "<=", "whole blood donors", "donations per year", "limit")
aq = "Iron stores usually take 6 to 12 weeks to recover"
cl(H, aq, "Iron stores usually take 6 to 12 weeks to recover after a whole blood donation, which is one reason for the gap between visits", "6 to 12 weeks", 6, 12, "week", "=", "iron stores after a whole blood donation", "recovery time", "duration")
aq = "Winnipeg donors usually get their blood type by text"
cl(H, aq, "Winnipeg donors usually get their blood type by text within 7 days of their first donation", "within 7 days", None, 7, "day", "<=", "Winnipeg donors", "time to receive blood type", "duration")

# knowledge base records (10 answers)
aq = "You need to be 18 or older to give blood for the first time."
cl(J, aq, "You need to be 18 or older to give blood for the first time", "18 or older", 18, None, "year", ">=", "first-time donors", "minimum age", "limit")
aq = "We collect 500 mL of whole blood per donation"
sq = "We collect 500 mL of whole blood per donation, plus three small test tubes for screening"
cl(J, aq, sq, "500 mL", 500, 500, "mL", "=", "whole blood donation", "volume collected", "other")
cl(J, aq, sq, "three small test tubes", 3, 3, "tubes", "=", "screening samples per donation", "test tubes", "count")
aq = "(2022) Appointments can be booked up to 8 weeks ahead"
cl(J, aq, "(2022) Appointments can be booked up to 8 weeks ahead through the website or by phone", "up to 8 weeks", None, 8, "week", "<=", "appointment booking", "how far ahead", "limit")
aq = "(2022) The mobile clinic stops in 31 towns"
cl(J, aq, "(2022) The mobile clinic stops in 31 towns on its regular route", "31 towns", 31, 31, "communities", "=", "mobile clinic route", "places visited", "count")
aq = "Male donors need a haemoglobin level of at least 130 g/L"
cl(J, aq, "Male donors need a haemoglobin level of at least 130 g/L, which we measure with a drop of blood from your finger", "at least 130 g/L", 130, None, "g/L", ">=", "male donors", "minimum haemoglobin", "limit")
aq = "After giving whole blood, wait 56 days"
cl(J, aq, "After giving whole blood, wait 56 days before your next whole blood donation, so your body can rebuild its red cells", "56 days", 56, 56, "day", "=", "whole blood donors", "interval between donations", "duration")
aq = "Plan on about 75 minutes for a plasma visit"
cl(J, aq, "Plan on about 75 minutes for a plasma visit at a PlasmaPoint centre, including the health check and a drink afterwards", "about 75 minutes", 75, 75, "minute", "~", "plasma visit at a PlasmaPoint centre", "duration", "duration")
aq = "Most donors' iron is back to normal in about 8 weeks"
cl(J, aq, "Most donors' iron is back to normal in about 8 weeks, and an iron supplement can speed that up", "about 8 weeks", 8, 8, "week", "~", "iron stores after donating", "recovery time", "duration")
aq = "Walk-ins are welcome."
cl(J, aq, "For example, on a busy Saturday a walk-in donor might wait 90 minutes, so booking ahead is usually quicker", "90 minutes", 90, 90, "minute", "=", "walk-in donor on a busy Saturday", "wait", "duration", True)
aq = "After a routine dental cleaning, wait 24 hours"
cl(J, aq, "After a routine dental cleaning, wait 24 hours before donating", "24 hours", 24, 24, "hour", "=", "donor after a dental cleaning", "wait before donating", "duration")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(C)} claims")
